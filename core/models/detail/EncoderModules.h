#pragma once

// Internal to core/models (LibTorch types): the torch side of FeatureEncoder.
// Include only from .cpp files under core/models, after <torch/torch.h>
// (the precompiled header of iqa_core_torch puts it first).

#include <torch/torch.h>

#include "common/Expected.h"
#include "models/FeatureEncoder.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace iqa {
class SafeTensorsFile;
}

namespace iqa::detail {

// The six taps (shallow -> deep) and the latent, N x C x h x w. They may be
// views (channels-last strides, crops of padded outputs, the SD latent is a
// channel slice): call .contiguous() before reading raw memory. The forward
// passes use in-place operations only on their own intermediates, never on
// the input or on a tensor they return.
struct TapTensors
{
    std::vector<torch::Tensor> taps;
    torch::Tensor latent;
};

using NamedTensors = std::vector<std::pair<std::string, torch::Tensor>>;

// A loaded, frozen encoder. The forward functions take N x 3 x H x W RGB in
// [0,1] on device() with H and W multiples of totalStride() (see
// encodePadded() for other sizes) and set no autograd mode themselves:
// FeatureEncoder runs them under torch::InferenceMode; training code that
// feeds the taps into a trainable head must use torch::NoGradGuard instead
// (inference tensors cannot be saved for backward).
class EncoderModule
{
public:
    virtual ~EncoderModule() = default;

    virtual TapTensors forwardTaps(const torch::Tensor &rgb01) = 0;
    virtual NamedTensors forwardAll(const torch::Tensor &rgb01) = 0;
    virtual torch::nn::Module &module() = 0;

    QString id;
    QString weightsPath;
    torch::Device device = torch::kCPU;
    int totalStride = 8;
    int latentChannels = 0;
    QVector<FeatureTapInfo> taps;
    bool channelsLast = false;  // see FeatureEncoder::setChannelsLast

    // Converts the module's 4-D parameters to the chosen memory format.
    void applyMemoryFormat();
    // Moves to the device, freezes the parameters, applies the memory format.
    void finishLoading();
};

// cv::Mat CV_32FC3 RGB [0,1] -> 1 x 3 x H x W on `device` (a copy).
Expected<torch::Tensor> imageToTensor(const cv::Mat &rgb01, const torch::Device &device, bool channelsLast);

// Pads N x 3 x H x W to multiples of the encoder's stride (reflect, or
// replicate when too small), runs forwardTaps and crops every output to
// ceil(H / stride) x ceil(W / stride).
TapTensors encodePadded(EncoderModule &encoder, const torch::Tensor &rgb01);
// Same for forwardAll; `strides` (optional) receives each output's stride.
NamedTensors encodeAllPadded(EncoderModule &encoder, const torch::Tensor &rgb01,
                             std::vector<int> *strides = nullptr);

// Tensor (1 x C x h x w, any device or memory format) -> FeatureMap.
FeatureMap toFeatureMap(const QString &name, const torch::Tensor &tensor, int stride);

// Strict loading of a state dict from a safetensors file.
// `fileName(parameterName)` gives the tensor name in the file; shapes must be
// equal, except where `acceptReshape(parameterName)` allows a tensor with the
// same element count (e.g. a Linear [C,C] for a 1x1 conv [C,C,1,1]).
// Unexpected tensors: every file tensor for which `mustBeUsed(name)` is true
// and that no parameter consumed is an error. A parameter the file lacks is
// an error unless `mayBeMissing(parameterName)`; it then keeps its value.
// Errors name `what`, the file
// and the first offending tensor, plus how many more problems there are.
// Only parameters are loaded: these modules have no buffers.
struct LoadRules
{
    QString what;  // "the taef2 encoder"
    std::function<QString(const QString &)> fileName = [](const QString &n) { return n; };
    std::function<bool(const QString &)> acceptReshape = [](const QString &) { return false; };
    std::function<bool(const QString &)> mustBeUsed = [](const QString &) { return true; };
    std::function<bool(const QString &)> mayBeMissing = [](const QString &) { return false; };
};
Status loadParameters(torch::nn::Module &module, const SafeTensorsFile &file, const LoadRules &rules);
// The counterpart for trained modules: every parameter as F32 under its
// module name, `metadata` in __metadata__, written atomically.
Status saveParameters(torch::nn::Module &module, const QString &path, const QMap<QString, QString> &metadata);

QString shapeText(const QVector<qint64> &shape);
QString shapeText(const torch::Tensor &tensor);

// Exceptions from LibTorch (c10::Error, std::exception) as a message.
QString torchErrorMessage(const std::exception &error);
Expected<torch::Device> parseDevice(const QString &device);

// Factories, implemented next to their modules.
Expected<std::shared_ptr<EncoderModule>> makeTinyEncoder(const QString &encoderId, const QString &weightsPath,
                                                         const torch::Device &device);
Expected<std::shared_ptr<EncoderModule>> makeStableDiffusionEncoder(const QString &weightsPath,
                                                                    const torch::Device &device);

} // namespace iqa::detail
