#pragma once

// Internal to core/models and core/training (LibTorch types): the trainable
// part of VAE-QA and the feature preparation it reads. Include after
// <torch/torch.h> (the precompiled header of iqa_core_torch puts it first).

#include <torch/torch.h>

#include "common/Expected.h"
#include "models/detail/EncoderModules.h"

#include <QString>
#include <QVector>

#include <vector>

namespace iqa {
class SafeTensorsFile;
}

namespace iqa::detail {

// Shape of the fusion head (DESIGN.md section 2.1). Defaults give 13,643
// trainable parameters for six 64-channel taps (taef2, taesana).
struct VaeQaHeadShape
{
    std::vector<int> tapChannels;  // channels of each tapped layer, shallow -> deep
    int grid = 16;                 // common pooling grid (16 x 16 in the paper)
    int withinChannels = 8;        // per-layer thin convolution
    int acrossChannels = 2;        // across-layer thin convolution
    int mlpHidden = 8;             // both hidden layers of the 3-layer MLP
};

// Per tapped layer, the head's input: the reference and distorted features
// and their absolute difference, each averaged over the cells of a grid x
// grid partition: N x 3C x grid x grid. Features are not unit-normalised
// per position (as LPIPS does): that would hide a change of brightness or
// contrast, which scales the feature vectors without turning them, and it
// magnifies noise in flat regions, where the vectors are short.
//
// Why pooling comes before the head's first convolution, not after it as
// the paper draws it: that convolution is 1x1 and linear, so it commutes
// exactly with area averaging, and moving the ReLU after the pooling is the
// only change. It lets the training cache store 16 x 16 grids instead of
// full-resolution maps (a 256 x 256 crop's first taef2 tap alone is 64 x
// 256 x 256), which is what makes an epoch cost little more than the head.
std::vector<torch::Tensor> pooledPairFeatures(const TapTensors &reference, const TapTensors &distorted, int grid);

// The head's input for one crop of a pair: both crops (CV_32FC3 RGB in
// [0,1]) go through the encoder as one batch of two, then
// pooledPairFeatures. VaeQaModel scores and the fine-tuner trains on exactly
// this. Run it under InferenceMode or NoGradGuard.
Expected<std::vector<torch::Tensor>> pooledCropFeatures(EncoderModule &encoder, const cv::Mat &reference,
                                                        const cv::Mat &distorted, const cv::Rect &crop, int grid);

// Per tapped layer, the energy of the feature difference relative to the
// energy of both feature maps, sum (r - d)^2 / (sum r^2 + sum d^2), in
// [0, 2]: N x taps. The training target is built from it
// (core/training/VaeQaTarget.h).
torch::Tensor layerRelativeDistances(const TapTensors &reference, const TapTensors &distorted);

// Per tapped layer, the DISTS form (Ding et al. 2020) with equal weights:
// per channel a texture term (2 mu_r mu_d + c) / (mu_r^2 + mu_d^2 + c) and
// a structure term (2 cov_rd + c) / (var_r + var_d + c) over all positions,
// distance = 1 - mean over channels of their average, in [0, 2]: N x taps.
torch::Tensor layerStructureTextureDistances(const TapTensors &reference, const TapTensors &distorted);

// Per position, the cosine distance between the reference's and the
// distorted image's channel vectors (N x h x w, range [0, 2]).
torch::Tensor cosineDistanceMap(const torch::Tensor &reference, const torch::Tensor &distorted);

// Within-layer fusion per tap (1x1 conv over [ref, dist, |ref - dist|] ->
// ReLU -> GroupNorm with one group), across-layer fusion (1x1 conv over the
// concatenated layers -> ReLU), then a 3-layer MLP with a sigmoid: quality
// in [0,1], higher is better.
//
// GroupNorm with a single group normalises each sample over all of a
// layer's channels and cells together, so the ratio between channels that
// follow the difference and channels that follow the images survives; with
// one group per channel a distortion that is uniform over the image would be
// normalised away.
class VaeQaHeadImpl : public torch::nn::Module
{
public:
    explicit VaeQaHeadImpl(VaeQaHeadShape shape);

    // pooled: one N x 3C x grid x grid tensor per tap. Returns N quality values.
    torch::Tensor forward(const std::vector<torch::Tensor> &pooled);

    const VaeQaHeadShape &shape() const { return m_shape; }
    qint64 trainableParameterCount() const;

private:
    VaeQaHeadShape m_shape;
    std::vector<torch::nn::Sequential> m_within;
    torch::nn::Sequential m_across{nullptr};
    torch::nn::Sequential m_mlp{nullptr};
};
TORCH_MODULE(VaeQaHead);

// Head weights as safetensors: one F32 tensor per parameter under its
// module name ("within.0.conv.weight", "mlp.0.bias", ...). `metadata` is
// stored in the file's __metadata__ (string map).
Status saveVaeQaHead(VaeQaHead &head, const QString &path, const QMap<QString, QString> &metadata);
// Strict: every parameter present with its exact shape and nothing else.
Status loadVaeQaHead(VaeQaHead &head, const SafeTensorsFile &file);

} // namespace iqa::detail
