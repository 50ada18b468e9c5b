#include "jobs/PairScoring.h"

#include "image/ImageOps.h"

#include <QFileInfo>

namespace iqa {

PairScoring::PairScoring(Options options)
    : m_options(options), m_loader(options.loader), m_cache(8)
{
}

Expected<Image> PairScoring::load(const QString &path)
{
    const QString key = QFileInfo(path).absoluteFilePath();
    if (const Image *cached = m_cache.object(key))
        return *cached;
    Expected<Image> image = m_loader.load(path);
    if (image)
        m_cache.insert(key, new Image(*image));
    return image;
}

Expected<double> PairScoring::scorePair(QualityModel &model, const QString &refPath, const QString &distPath)
{
    Expected<Image> ref = load(refPath);
    if (!ref)
        return Expected<double>::failure(ref.error());
    Expected<Image> dist = load(distPath);
    if (!dist)
        return Expected<double>::failure(dist.error());
    if (m_options.resizeDistorted)
        return model.scorePair(*ref, resizedTo(*dist, ref->width(), ref->height()));
    return model.scorePair(*ref, *dist);
}

Expected<double> PairScoring::scoreImage(QualityModel &model, const QString &imagePath)
{
    Expected<Image> image = load(imagePath);
    if (!image)
        return Expected<double>::failure(image.error());
    return model.scoreImage(*image);
}

} // namespace iqa
