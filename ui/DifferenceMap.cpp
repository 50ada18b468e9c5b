#include "DifferenceMap.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>

#include <algorithm>

namespace {

// Rows per strip: float copies of a strip stay a few MB however large the image.
constexpr int kStripRows = 128;

cv::Mat toFloat255(const iqa::Image &image, int begin, int end)
{
    cv::Mat out;
    image.rgb.rowRange(begin, end).convertTo(out, CV_32FC3, 255.0 / image.maxValue());
    return out;
}

} // namespace

DifferenceMap computeDifferenceMap(const iqa::Image &reference, const iqa::Image &distorted)
{
    DifferenceMap map;
    if (reference.isNull() || distorted.isNull()) {
        map.error = QCoreApplication::translate("DifferenceMap", "Open a reference and a distorted image to see their difference.");
        return map;
    }
    if (reference.width() != distorted.width() || reference.height() != distorted.height()) {
        map.error = QCoreApplication::translate("DifferenceMap", "The images differ in size (%1 x %2 and %3 x %4): no pixel-wise difference.")
                        .arg(reference.width()).arg(reference.height())
                        .arg(distorted.width()).arg(distorted.height());
        return map;
    }
    map.values.create(reference.height(), reference.width(), CV_32FC1);
    for (int begin = 0; begin < reference.height(); begin += kStripRows) {
        const int end = std::min(begin + kStripRows, reference.height());
        cv::Mat difference;
        cv::absdiff(toFloat255(reference, begin, end), toFloat255(distorted, begin, end), difference);
        // Mean over channels: a 1x3 -> 1x1 reduction per pixel.
        cv::Mat strip = map.values.rowRange(begin, end);
        cv::transform(difference, strip, cv::Matx13f(1.0f / 3, 1.0f / 3, 1.0f / 3));
    }
    cv::minMaxLoc(map.values, nullptr, &map.maxValue);
    return map;
}

double differenceRangeMax(const DifferenceMap &map, DifferenceRange range)
{
    if (range == DifferenceRange::Fixed)
        return 255.0;
    return map.maxValue > 0 ? map.maxValue : 1.0;  // identical images: a flat map, not a division by zero
}

QImage renderDifference(const DifferenceMap &map, iqa::ColorMap colorMap, double rangeMax)
{
    if (map.isNull())
        return {};
    const cv::Mat rgb = iqa::colorize(map.values, rangeMax, colorMap);
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

cv::Vec3d scaledTo255(const iqa::Image &image, int x, int y)
{
    const double scale = 255.0 / image.maxValue();
    if (image.rgb.depth() == CV_16U) {
        const cv::Vec3w p = image.rgb.at<cv::Vec3w>(y, x);
        return {p[0] * scale, p[1] * scale, p[2] * scale};
    }
    const cv::Vec3b p = image.rgb.at<cv::Vec3b>(y, x);
    return {p[0] * scale, p[1] * scale, p[2] * scale};
}
