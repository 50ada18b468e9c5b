#pragma once

#include "common/Expected.h"
#include "image/ColorMaps.h"

#include <QCoreApplication>
#include <QString>
#include <opencv2/core.hpp>

// Writing float heatmaps as PNGs with a labelled colour bar, shared by the
// heatmap commands of every model.
namespace cli {

// Translation context of the heatmap commands.
class IqaHeatmap
{
    Q_DECLARE_TR_FUNCTIONS(IqaHeatmap)
};

// The smallest 1, 2 or 5 times a power of ten that is >= `value`, at most
// `cap`: the colour bar then ends on a round number.
double roundRangeUp(double value, double cap);
QString tickText(double value);

// The map coloured from `low` (bottom of the bar) to `low + range` (top),
// with a vertical colour bar on the right: ticks labelled with their values
// and the rotated title, like matplotlib's colorbar. RGB, CV_8UC3.
cv::Mat renderHeatmap(const cv::Mat &map, double low, double range, iqa::ColorMap colorMap, const QString &title);

// PNG through Qt, so that non-ASCII paths work and a failed write leaves no
// half-written file.
iqa::Status writePng(const QString &path, const cv::Mat &rgb);

// "dir/name.png" + "layer2" -> "dir/name_layer2.png".
QString suffixedPath(const QString &out, const QString &key);

} // namespace cli
