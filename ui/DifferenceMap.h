#pragma once

#include "image/ColorMaps.h"
#include "image/Image.h"

#include <QImage>

// |reference − distorted| per pixel, the MEAN over the three RGB channels,
// on a 0..255 scale whatever the bit depths (16-bit values are scaled by
// 255/65535, as the classic metrics do). The mean rather than the maximum:
// it is what MSE/PSNR average over, so the map and the numbers agree.
struct DifferenceMap
{
    cv::Mat values;        // CV_32FC1, 0..255
    double maxValue = 0;   // largest value in `values`
    QString error;         // why there is no map (sizes differ, no image)

    bool isNull() const { return values.empty(); }
};

// Pure pixel work, safe on a pool thread. Fails (error set) when an image is
// missing or the sizes differ.
DifferenceMap computeDifferenceMap(const iqa::Image &reference, const iqa::Image &distorted);

// How the colour map's range is chosen.
enum class DifferenceRange { Auto, Fixed };  // 0..max of the map, or 0..255

double differenceRangeMax(const DifferenceMap &map, DifferenceRange range);

// The map coloured with `colorMap` over 0..rangeMax.
QImage renderDifference(const DifferenceMap &map, iqa::ColorMap colorMap, double rangeMax);

// One pixel's values on the 0..255 scale (for the inspector): per channel
// |ref − dist| and their mean, the value the map shows.
cv::Vec3d scaledTo255(const iqa::Image &image, int x, int y);
