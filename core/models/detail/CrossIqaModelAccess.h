#pragma once

// Internal to core/models and core/training (LibTorch types): what the
// heatmaps and the head trainer need from a loaded CrossIqaModel beyond its
// public interface. Include after <torch/torch.h>.

#include <torch/torch.h>

#include "common/Expected.h"
#include "image/Image.h"
#include "models/CrossIqaModel.h"
#include "models/detail/CrossIqaNetwork.h"

#include <QVector>

namespace iqa {

class CrossIqaModelAccess
{
public:
    // CV_32FC3 RGB [0,1], each side mirrored out to at least one tile;
    // images under kMinimumSide are refused with their size.
    static Expected<cv::Mat> preparedImage(const CrossIqaModel &model, const Image &image);
    // The tiles of `rgb01` at `rects`, N x 3 x S x S on the model's device.
    static torch::Tensor tilesTensor(const CrossIqaModel &model, const cv::Mat &rgb01, const QVector<cv::Rect> &rects);
    // The class token averaged over the scoring tiles (D), on the model's device.
    // Run under InferenceMode or NoGradGuard.
    static Expected<torch::Tensor> meanClassToken(CrossIqaModel &model, const Image &image);
    static detail::CrossIqaNetwork &network(CrossIqaModel &model);
};

} // namespace iqa
