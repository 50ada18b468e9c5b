#include "RegionStatistics.h"

#include "metrics/ClassicMetrics.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

iqa::Image cropImage(const iqa::Image &image, const QRect &rect)
{
    iqa::Image crop = image;
    crop.rgb = image.rgb(cv::Rect(rect.x(), rect.y(), rect.width(), rect.height()));
    crop.notes.clear();
    return crop;
}

RegionStatistics computeRegionStatistics(const iqa::Image &reference, const iqa::Image &distorted, const QRect &rect)
{
    RegionStatistics stats;
    if (reference.isNull() || distorted.isNull()) {
        stats.error = QCoreApplication::translate("RegionStatistics", "Region statistics need both images.");
        return stats;
    }
    if (reference.width() != distorted.width() || reference.height() != distorted.height()) {
        stats.error = QCoreApplication::translate("RegionStatistics", "Region statistics need images of equal size.");
        return stats;
    }
    stats.rect = rect.intersected(QRect(0, 0, reference.width(), reference.height()));
    if (stats.rect.isEmpty()) {
        stats.error = QCoreApplication::translate("RegionStatistics", "The region lies outside the image.");
        return stats;
    }
    const iqa::Image ref = cropImage(reference, stats.rect);
    const iqa::Image dist = cropImage(distorted, stats.rect);
    // Statistics of the stored values, scaled to 0..255 afterwards (mean and
    // std scale linearly): no full-size floating-point copies of a large region.
    cv::meanStdDev(ref.rgb, stats.referenceMean, stats.referenceStd);
    cv::meanStdDev(dist.rgb, stats.distortedMean, stats.distortedStd);
    const double refScale = 255.0 / ref.maxValue(), distScale = 255.0 / dist.maxValue();
    stats.referenceMean *= refScale;
    stats.referenceStd *= refScale;
    stats.distortedMean *= distScale;
    stats.distortedStd *= distScale;
    // The two may differ in bit depth: compare on 0..255, a strip at a time.
    constexpr int kStripRows = 128;
    double sum = 0;
    for (int begin = 0; begin < ref.height(); begin += kStripRows) {
        const int end = std::min(begin + kStripRows, ref.height());
        cv::Mat a, b, difference;
        ref.rgb.rowRange(begin, end).convertTo(a, CV_64FC3, refScale);
        dist.rgb.rowRange(begin, end).convertTo(b, CV_64FC3, distScale);
        cv::absdiff(a, b, difference);
        const cv::Scalar total = cv::sum(difference);
        sum += total[0] + total[1] + total[2];
    }
    stats.meanAbsDifference = sum / (3.0 * ref.width() * ref.height());

    const auto psnr = iqa::psnr(ref, dist);
    if (!psnr) {
        stats.error = psnr.error();
        return stats;
    }
    stats.psnr = *psnr;
    stats.mse = std::isinf(stats.psnr) ? 0.0 : 255.0 * 255.0 / std::pow(10.0, stats.psnr / 10.0);
    return stats;
}
