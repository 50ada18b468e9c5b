#pragma once

#include "image/Image.h"

#include <QRect>
#include <QString>

// Statistics of one rectangle of a reference/distorted pair, on the 0..255
// scale of the classic metrics. PSNR comes from iqa::psnr on the two crops,
// MSE is derived from it (MSE = 255² / 10^(PSNR/10)) so the two never disagree.
struct RegionStatistics
{
    QRect rect;                 // image pixels
    cv::Scalar referenceMean;   // per RGB channel
    cv::Scalar referenceStd;    // population standard deviation (divides by N)
    cv::Scalar distortedMean;
    cv::Scalar distortedStd;
    double meanAbsDifference = 0;  // over all pixels and channels
    double mse = 0;
    double psnr = 0;            // +infinity for identical crops
    QString error;
};

// Pure pixel work, safe on a pool thread. `rect` is clipped to the images.
RegionStatistics computeRegionStatistics(const iqa::Image &reference, const iqa::Image &distorted, const QRect &rect);

// The rectangle of `image` as an Image of its own (pixels shared, not copied).
iqa::Image cropImage(const iqa::Image &image, const QRect &rect);
