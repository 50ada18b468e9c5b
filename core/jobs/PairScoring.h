#pragma once

#include "common/Expected.h"
#include "image/ImageLoader.h"
#include "models/QualityModel.h"

#include <QCache>
#include <QString>

namespace iqa {

// Loads images for scoring and scores them with one model: the shared path
// of `iqa score`, `iqa eval` and the GUI's batch scoring. Keeps recently
// used images, because label files repeat each reference many times.
class PairScoring
{
public:
    struct Options
    {
        bool resizeDistorted = false;  // resample the distorted image to the reference's size
        ImageLoader::Options loader;
    };

    explicit PairScoring(Options options);

    Expected<Image> load(const QString &path);
    Expected<double> scorePair(QualityModel &model, const QString &refPath, const QString &distPath);
    Expected<double> scoreImage(QualityModel &model, const QString &imagePath);

private:
    Options m_options;
    ImageLoader m_loader;
    QCache<QString, Image> m_cache;
};

} // namespace iqa
