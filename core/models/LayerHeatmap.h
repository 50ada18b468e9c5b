#pragma once

#include <QString>
#include <opencv2/core.hpp>

namespace iqa {

// One float map at image size from one layer of a learned model: what the
// UI overlays and `iqa heatmap` writes. Units depend on the model (see
// VaeQaHeatmaps.h and CrossIqaHeatmaps.h).
struct LayerHeatmap
{
    QString name;   // the layer: "encoder.5", "block.3", ...
    int stride = 0; // image pixels per feature cell
    cv::Mat map;    // CV_32FC1, image size
};

} // namespace iqa
