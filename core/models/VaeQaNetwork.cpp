#include <torch/torch.h>

#include "models/detail/VaeQaNetwork.h"

#include "io/SafeTensors.h"

#include <QCoreApplication>

namespace iqa::detail {

namespace F = torch::nn::functional;

namespace {

// Unit-normalises the channel vector at every position; the epsilon keeps
// all-zero vectors (flat black regions after a ReLU) at zero.
torch::Tensor unitChannels(const torch::Tensor &x)
{
    return x / (x.norm(2, 1, /*keepdim=*/true) + 1e-10);
}

torch::Tensor poolToGrid(const torch::Tensor &x, int grid)
{
    return F::adaptive_avg_pool2d(x, F::AdaptiveAvgPool2dFuncOptions({grid, grid}));
}

} // namespace

std::vector<torch::Tensor> pooledPairFeatures(const TapTensors &reference, const TapTensors &distorted, int grid)
{
    std::vector<torch::Tensor> result;
    result.reserve(reference.taps.size());
    for (size_t i = 0; i < reference.taps.size(); ++i) {
        const torch::Tensor r = reference.taps[i].to(torch::kFloat32);
        const torch::Tensor d = distorted.taps[i].to(torch::kFloat32);
        const torch::Tensor joined = torch::cat({r, d, (r - d).abs()}, 1);
        result.push_back(poolToGrid(joined, grid).contiguous());
    }
    return result;
}

Expected<std::vector<torch::Tensor>> pooledCropFeatures(EncoderModule &encoder, const cv::Mat &reference,
                                                        const cv::Mat &distorted, const cv::Rect &crop, int grid)
{
    using Result = Expected<std::vector<torch::Tensor>>;
    auto r = imageToTensor(reference(crop), encoder.device, encoder.channelsLast);
    if (!r)
        return Result::failure(r.error());
    auto t = imageToTensor(distorted(crop), encoder.device, encoder.channelsLast);
    if (!t)
        return Result::failure(t.error());
    const TapTensors both = encodePadded(encoder, torch::cat({*r, *t}, 0));
    TapTensors refTaps, distTaps;
    for (const torch::Tensor &tap : both.taps) {
        refTaps.taps.push_back(tap.narrow(0, 0, 1));
        distTaps.taps.push_back(tap.narrow(0, 1, 1));
    }
    return pooledPairFeatures(refTaps, distTaps, grid);
}

torch::Tensor cosineDistanceMap(const torch::Tensor &reference, const torch::Tensor &distorted)
{
    const torch::Tensor r = unitChannels(reference.to(torch::kFloat32));
    const torch::Tensor d = unitChannels(distorted.to(torch::kFloat32));
    return (1.0 - (r * d).sum(1)).clamp_min(0.0);  // N x h x w
}

torch::Tensor layerRelativeDistances(const TapTensors &reference, const TapTensors &distorted)
{
    std::vector<torch::Tensor> distances;
    for (size_t i = 0; i < reference.taps.size(); ++i) {
        const torch::Tensor r = reference.taps[i].to(torch::kFloat32);
        const torch::Tensor d = distorted.taps[i].to(torch::kFloat32);
        const torch::Tensor energy = r.square().sum({1, 2, 3}) + d.square().sum({1, 2, 3});
        distances.push_back((r - d).square().sum({1, 2, 3}) / (energy + 1e-12));
    }
    return torch::stack(distances, 1);
}

torch::Tensor layerStructureTextureDistances(const TapTensors &reference, const TapTensors &distorted)
{
    constexpr double c = 1e-6;  // DISTS's stabilising constant
    std::vector<torch::Tensor> distances;
    for (size_t i = 0; i < reference.taps.size(); ++i) {
        const torch::Tensor r = reference.taps[i].to(torch::kFloat32).flatten(2);  // N x C x P
        const torch::Tensor d = distorted.taps[i].to(torch::kFloat32).flatten(2);
        const torch::Tensor muR = r.mean(2), muD = d.mean(2);
        const torch::Tensor varR = (r - muR.unsqueeze(2)).square().mean(2);
        const torch::Tensor varD = (d - muD.unsqueeze(2)).square().mean(2);
        const torch::Tensor cov = ((r - muR.unsqueeze(2)) * (d - muD.unsqueeze(2))).mean(2);
        const torch::Tensor texture = (2 * muR * muD + c) / (muR.square() + muD.square() + c);
        const torch::Tensor structure = (2 * cov + c) / (varR + varD + c);
        distances.push_back(1.0 - (0.5 * (texture + structure)).mean(1));
    }
    return torch::stack(distances, 1);
}

VaeQaHeadImpl::VaeQaHeadImpl(VaeQaHeadShape shape)
    : m_shape(std::move(shape))
{
    namespace nn = torch::nn;
    nn::ModuleList within;
    for (const int channels : m_shape.tapChannels) {
        // Sequential names its children "0", "1", "2": the tensor names in
        // the weights file match a PyTorch nn.Sequential of the same layers.
        nn::Sequential block(nn::Conv2d(nn::Conv2dOptions(3 * channels, m_shape.withinChannels, 1)),
                             nn::ReLU(),
                             nn::GroupNorm(nn::GroupNormOptions(1, m_shape.withinChannels)));
        within->push_back(block);
        m_within.push_back(block);
    }
    register_module("within", within);

    const int fused = int(m_shape.tapChannels.size()) * m_shape.withinChannels;
    m_across = register_module("across", nn::Sequential(
        nn::Conv2d(nn::Conv2dOptions(fused, m_shape.acrossChannels, 1)), nn::ReLU()));
    const int flat = m_shape.acrossChannels * m_shape.grid * m_shape.grid;
    m_mlp = register_module("mlp", nn::Sequential(
        nn::Linear(flat, m_shape.mlpHidden), nn::ReLU(),
        nn::Linear(m_shape.mlpHidden, m_shape.mlpHidden), nn::ReLU(),
        nn::Linear(m_shape.mlpHidden, 1), nn::Sigmoid()));
}

torch::Tensor VaeQaHeadImpl::forward(const std::vector<torch::Tensor> &pooled)
{
    std::vector<torch::Tensor> layers;
    layers.reserve(pooled.size());
    for (size_t i = 0; i < pooled.size(); ++i)
        layers.push_back(m_within[i]->forward(pooled[i]));
    torch::Tensor x = m_across->forward(torch::cat(layers, 1));
    return m_mlp->forward(x.flatten(1)).squeeze(1);
}

qint64 VaeQaHeadImpl::trainableParameterCount() const
{
    qint64 count = 0;
    for (const torch::Tensor &p : parameters())
        if (p.requires_grad())
            count += p.numel();
    return count;
}

Status saveVaeQaHead(VaeQaHead &head, const QString &path, const QMap<QString, QString> &metadata)
{
    return saveParameters(*head, path, metadata);
}

Status loadVaeQaHead(VaeQaHead &head, const SafeTensorsFile &file)
{
    LoadRules rules;
    rules.what = QCoreApplication::translate("VaeQa", "the VAE-QA head");
    return loadParameters(*head, file, rules);
}

} // namespace iqa::detail
