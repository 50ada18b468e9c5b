#include "image/ImageOps.h"

#include <QCoreApplication>
#include <opencv2/imgproc.hpp>

namespace iqa {

Image resizedTo(const Image &image, int width, int height)
{
    if (image.width() == width && image.height() == height)
        return image;
    Image out = image;
    const bool shrinking = width * height < image.width() * image.height();
    cv::resize(image.rgb, out.rgb, cv::Size(width, height), 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_CUBIC);
    out.notes << QCoreApplication::translate("ImageOps", "resampled from %1 x %2 to %3 x %4")
                     .arg(image.width()).arg(image.height()).arg(width).arg(height);
    return out;
}

} // namespace iqa
