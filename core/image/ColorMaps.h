#pragma once

#include <QString>
#include <QStringList>
#include <opencv2/core.hpp>

#include <array>

// Perceptual colour maps for error images (difference maps), as the exact
// published 256-entry tables:
//   magma, viridis - Stéfan van der Walt and Nathaniel Smith for matplotlib,
//                    released CC0 (github.com/BIDS/colormap); the values are
//                    matplotlib's _cm_listed.py.
//   turbo          - Anton Mikhailov, Google LLC, Apache-2.0
//                    (ai.googleblog.com/2019/08/turbo-improved-rainbow-colormap-for.html,
//                    gist mikhailov-work/6a308c20e494d9e0ccc29036b28faa7a), the
//                    same table matplotlib ships as "turbo".

namespace iqa {

enum class ColorMap { Magma, Viridis, Turbo };

// Lower-case ids used in settings and on the command line: "magma", "viridis", "turbo".
QString colorMapId(ColorMap map);
QStringList colorMapIds();
// False (and *map untouched) for an unknown id.
bool parseColorMap(const QString &id, ColorMap *map);

// Entry `index` (0..255) as published, RGB in [0,1].
cv::Vec3f colorMapEntry(ColorMap map, int index);
// The table rounded to 8 bits per channel (nearest), RGB order.
const std::array<cv::Vec3b, 256> &colorMapLut(ColorMap map);

// Colours a CV_32FC1 image of non-negative values: a value v gets entry
// round(v / rangeMax * 255), clamped to 0..255. Returns CV_8UC3 in RGB order.
// rangeMax <= 0 is treated as 1.
cv::Mat colorize(const cv::Mat &values, double rangeMax, ColorMap map);

} // namespace iqa
