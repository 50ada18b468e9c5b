#include <torch/torch.h>

#include "models/VaeQaHeatmaps.h"
#include "models/QualityModel.h"
#include "models/detail/EncoderModules.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace iqa {

namespace {

// Keeps the division finite; negligible against the norms of real feature
// vectors (order 1 to 100).
constexpr double kNormEpsilon = 1e-12;

// Above this many pixels per image the two images are encoded one after the
// other instead of in one batch of two: the batch saves little time on big
// inputs but holds both images' activations at once. Measured with taef2 on
// a 2000 x 1500 pair: 6.4 GB peak as one batch, 4.7 GB one at a time, the
// same minute either way; on 512 x 512 the batch was the faster.
constexpr qint64 kMaxBatchedPixels = 1'000'000;

// Cosine distance per cell between two C x h x w feature maps, as an h x w
// CV_32FC1 matrix.
cv::Mat cosineDistanceGrid(const torch::Tensor &ref, const torch::Tensor &dist)
{
    const torch::Tensor dot = (ref * dist).sum(0);
    const torch::Tensor refNorm = ref.square().sum(0).sqrt();
    const torch::Tensor distNorm = dist.square().sum(0).sqrt();
    torch::Tensor distance = 1.0 - dot / (refNorm * distNorm + kNormEpsilon);
    // Both vectors zero (possible after the taps' ReLUs): the images agree
    // there, but the formula alone would say 1.
    const torch::Tensor bothZero = refNorm.eq(0) & distNorm.eq(0);
    distance = distance.masked_fill(bothZero, 0.0).clamp(0.0, 2.0);
    const torch::Tensor cpu = distance.to(torch::kCPU, torch::kFloat32).contiguous();
    return cv::Mat(int(cpu.size(0)), int(cpu.size(1)), CV_32FC1, const_cast<float *>(cpu.data_ptr<float>())).clone();
}

// Bilinear upsampling with cell centres aligned: cell j covers pixels
// [j*stride, (j+1)*stride), its centre is at pixel (j + 0.5) * stride - 0.5,
// which is exactly where cv::resize puts source sample j when it enlarges by
// the integer factor `stride`. The grid covers ceil(H / stride) cells, i.e.
// the padded image, so resize to that and crop the image's part.
cv::Mat upsampleToImage(const cv::Mat &grid, int stride, const cv::Size &imageSize)
{
    if (grid.size() == imageSize)
        return grid;
    const cv::Size padded(grid.cols * stride, grid.rows * stride);
    cv::Mat up;
    cv::resize(grid, up, padded, 0, 0, cv::INTER_LINEAR);
    return up(cv::Rect(cv::Point(0, 0), imageSize)).clone();
}

} // namespace

Expected<VaeQaHeatmaps> computeVaeQaHeatmaps(const FeatureEncoder &encoder, const Image &reference,
                                             const Image &distorted)
{
    using Result = Expected<VaeQaHeatmaps>;
    if (reference.isNull() || distorted.isNull())
        return Result::failure(reference.isNull()
                                   ? QCoreApplication::translate("IqaHeatmap", "Heatmaps need two images; the reference image is empty.")
                                   : QCoreApplication::translate("IqaHeatmap", "Heatmaps need two images; the distorted image is empty."));
    if (const Status same = checkSameSize(reference, distorted); !same)
        return Result::failure(same.error());
    if (reference.width() < kMinHeatmapSide || reference.height() < kMinHeatmapSide)
        return Result::failure(QCoreApplication::translate("IqaHeatmap", "Heatmaps need images of at least %1 x %1 pixels; these are %2 x %3.")
                                   .arg(kMinHeatmapSide).arg(reference.width()).arg(reference.height()));

    const std::shared_ptr<detail::EncoderModule> module = encoder.module();
    const cv::Size imageSize(reference.width(), reference.height());
    try {
        torch::InferenceMode inference;
        const Expected<torch::Tensor> ref = detail::imageToTensor(toFloatRgb(reference), module->device, module->channelsLast);
        if (!ref)
            return Result::failure(ref.error());
        const Expected<torch::Tensor> dist = detail::imageToTensor(toFloatRgb(distorted), module->device, module->channelsLast);
        if (!dist)
            return Result::failure(dist.error());
        // refTaps[i] and distTaps[i]: C x h x w views of tap i (they keep
        // their storage alive).
        std::vector<torch::Tensor> refTaps, distTaps;
        if (qint64(imageSize.area()) <= kMaxBatchedPixels) {
            // One batch of two: one pass through the weights instead of two.
            const torch::Tensor batch = torch::cat({*ref, *dist}, 0).contiguous(
                module->channelsLast ? torch::MemoryFormat::ChannelsLast : torch::MemoryFormat::Contiguous);
            for (const torch::Tensor &tap : detail::encodePadded(*module, batch).taps) {
                refTaps.push_back(tap.select(0, 0));
                distTaps.push_back(tap.select(0, 1));
            }
        } else {
            for (const torch::Tensor &tap : detail::encodePadded(*module, *ref).taps)
                refTaps.push_back(tap.select(0, 0));
            for (const torch::Tensor &tap : detail::encodePadded(*module, *dist).taps)
                distTaps.push_back(tap.select(0, 0));
        }
        if (refTaps.size() != size_t(module->taps.size()) || distTaps.size() != refTaps.size())
            return Result::failure(QCoreApplication::translate("IqaHeatmap", "The %1 encoder returned %2 feature maps instead of %3.")
                                       .arg(module->id).arg(std::min(refTaps.size(), distTaps.size())).arg(module->taps.size()));

        VaeQaHeatmaps heatmaps;
        heatmaps.encoderId = module->id;
        heatmaps.combined = cv::Mat::zeros(imageSize, CV_32FC1);
        for (size_t i = 0; i < refTaps.size(); ++i) {
            const FeatureTapInfo &info = module->taps[int(i)];
            LayerHeatmap layer;
            layer.name = info.name;
            layer.stride = info.stride;
            const cv::Mat grid = cosineDistanceGrid(refTaps[i], distTaps[i]);
            if (grid.cols * info.stride < imageSize.width || grid.rows * info.stride < imageSize.height)
                return Result::failure(QCoreApplication::translate("IqaHeatmap", "The %1 encoder's layer %2 has %3 x %4 cells at stride %5, too few to cover a %6 x %7 image.")
                                           .arg(module->id, info.name).arg(grid.cols).arg(grid.rows).arg(info.stride)
                                           .arg(imageSize.width).arg(imageSize.height));
            layer.map = upsampleToImage(grid, info.stride, imageSize);
            heatmaps.combined += layer.map;
            heatmaps.layers << layer;
        }
        heatmaps.combined /= double(heatmaps.layers.size());
        return heatmaps;
    } catch (const std::exception &e) {
        return Result::failure(QCoreApplication::translate("IqaHeatmap", "The %1 encoder failed while computing heatmaps: %2")
                                   .arg(module->id, detail::torchErrorMessage(e)));
    }
}

} // namespace iqa
