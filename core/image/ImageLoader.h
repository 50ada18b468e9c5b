#pragma once

#include "common/Expected.h"
#include "image/Image.h"

#include <QString>

namespace iqa {

// The one image loader (DESIGN.md section 1): reads a file through OpenCV
// into the validated form of Image. Errors name the file and the problem.
class ImageLoader
{
public:
    struct Options
    {
        // Decoding stops before allocating anything larger than this (read
        // from the header for JPEG, PNG, TIFF, WebP, BMP and PNM; other
        // formats are checked right after decoding); users raise it in the
        // settings for panoramas.
        qint64 maxPixels = 150'000'000;
        // Rotate/mirror as the EXIF (or TIFF) orientation tag says, like
        // every viewer does. Off only to reproduce pipelines that ignore the
        // tag (PIL's Image.open does).
        bool applyOrientation = true;
    };

    ImageLoader();
    explicit ImageLoader(Options options);

    Expected<Image> load(const QString &path) const;

    // Same validation for bytes already in memory; `nameForMessages` is what
    // error messages call the data.
    Expected<Image> decode(const QByteArray &bytes, const QString &nameForMessages) const;

private:
    Options m_options;
};

} // namespace iqa
