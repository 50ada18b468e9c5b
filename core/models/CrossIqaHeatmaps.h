#pragma once

#include "common/Expected.h"
#include "image/Image.h"
#include "models/CrossIqaModel.h"
#include "models/LayerHeatmap.h"

#include <QVector>

namespace iqa {

// Where Cross-IQA looks and what it thinks of each part of an image
// (DESIGN.md 2.2, docs/models/cross-iqa.md). The image is covered by tiles
// overlapping by half a tile (every pixel in at least one), each tile's maps are
// upsampled from the patch grid to the tile with bilinear interpolation,
// and overlaps are averaged.
//
// - attention: per block, the class token's attention to each patch
//   (mean over heads), times the number of patches: 1 is an even share,
//   4 is four times it.
// - rollout: attention rollout (Abnar & Zuidema 2020): each block's
//   head-averaged attention mixed half and half with the identity for the
//   residual path, rows renormalised, multiplied through the blocks; the
//   class token's row, same units as attention.
// - patchQuality: the linear quality head applied to each patch token
//   instead of the class token, in score units. The head was fitted on
//   class tokens, so this map ranks regions against each other; its level
//   is not a score of the region.
struct CrossIqaHeatmaps
{
    QVector<LayerHeatmap> attention;  // "block.0" ... shallow -> deep
    LayerHeatmap rollout;
    LayerHeatmap patchQuality;
    int tiles = 0;
};

// Images above this are refused for heatmaps (every pixel is covered about
// four times over; a 512 x 512 image is 49 tiles).
constexpr qint64 kMaxCrossIqaHeatmapPixels = 16'000'000;

Expected<CrossIqaHeatmaps> computeCrossIqaHeatmaps(CrossIqaModel &model, const Image &image);

} // namespace iqa
