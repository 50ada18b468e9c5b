#pragma once

#include "common/Expected.h"
#include "image/Image.h"
#include "models/FeatureEncoder.h"
#include "models/LayerHeatmap.h"

#include <QString>
#include <QVector>
#include <opencv2/core.hpp>

namespace iqa {

// Where, and at which depth of the frozen encoder, VAE-QA sees a difference
// between a reference and a distorted image (DESIGN.md section 2.1,
// docs/models/vae-qa-heatmaps.md).
//
// Per tapped layer, at every cell of the feature grid, the cosine distance
// between the reference's and the distorted image's channel vectors:
//
//     d = 1 - <f_r, f_d> / (|f_r| |f_d| + eps)        range [0, 2]
//
// which is half the squared distance of the unit-normalised channel vectors
// (the design's "channel-normalised, averaged over channels", up to the
// constant C/2). It is blind to a common gain of all channels and weighs
// every cell alike whatever its activation energy, so a flat sky counts as
// much as a textured wall. A cell whose two vectors are both zero (the tiny
// encoders' taps follow ReLUs) has nothing to compare and gets 0; one zero
// vector against a non-zero one gets 1 (the formula's value).
//
// The grid map is upsampled to the image size with bilinear interpolation
// with cell centres aligned: the encoder crops its outputs to
// ceil(H / stride) cells, so the grid is first resized to the padded size
// (cells * stride) and then cropped to H x W. Values therefore stay in
// [0, 2]; the upsampling only smooths within a stride.

struct VaeQaHeatmaps
{
    QVector<LayerHeatmap> layers;  // the encoder's six taps, shallow -> deep
    cv::Mat combined;              // plain mean of the layer maps, same units
    QString encoderId;
};

// Runs the encoder under inference mode on both images: as one batch of two
// up to a megapixel, one after the other above that (half the peak memory,
// about 1.6 GB per megapixel with taef2). `reference` and `distorted` must have the same size (else the error
// names both sizes) of at least kMinHeatmapSide pixels on each side: the
// deepest taps have a stride of 32 (taesana), and a smaller image would give
// them one cell made mostly of padding.
constexpr int kMinHeatmapSide = 32;
Expected<VaeQaHeatmaps> computeVaeQaHeatmaps(const FeatureEncoder &encoder, const Image &reference,
                                             const Image &distorted);

} // namespace iqa
