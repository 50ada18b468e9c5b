#include "image/Image.h"

#include <opencv2/core.hpp>

namespace iqa {

namespace {

// From the pixels rather than `bitDepth`, so an Image built in code without
// setting bitDepth still scales right.
double maxValueOf(const Image &image) { return image.rgb.depth() == CV_16U ? 65535.0 : 255.0; }

} // namespace

cv::Mat toFloatRgb(const Image &image)
{
    cv::Mat out;
    image.rgb.convertTo(out, CV_32FC3, 1.0 / maxValueOf(image));
    return out;
}

cv::Mat toLuma255(const Image &image)
{
    // BT.601 weights 0.299/0.587/0.114 in double precision, unrounded: the
    // luma that tests/reference/classic_metrics.py computes its references on.
    // (MATLAB's rgb2gray uses 0.2989/0.5870/0.1140 and rounds to the input's
    // integer type; the difference is below 0.02 grey levels plus rounding.)
    const double scale = 255.0 / maxValueOf(image);
    cv::Mat rgb;
    image.rgb.convertTo(rgb, CV_64FC3, scale);
    cv::Mat luma;
    cv::transform(rgb, luma, cv::Matx13d(0.299, 0.587, 0.114));
    return luma;
}

} // namespace iqa
