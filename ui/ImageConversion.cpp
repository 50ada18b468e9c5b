#include "ImageConversion.h"

QImage toDisplayImage(const iqa::Image &image)
{
    if (image.isNull())
        return {};
    cv::Mat rgb8;
    if (image.rgb.depth() == CV_16U)
        image.rgb.convertTo(rgb8, CV_8U, 255.0 / 65535.0);
    else
        rgb8 = image.rgb;
    const QImage view(rgb8.data, rgb8.cols, rgb8.rows, int(rgb8.step), QImage::Format_RGB888);
    return view.copy();  // own the pixels: rgb8 dies with this scope
}
