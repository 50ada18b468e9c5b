#include <torch/torch.h>

#include "models/TinyAutoEncoder.h"
#include "models/detail/EncoderModules.h"
#include "models/detail/TinyAutoEncoder.h"

#include "io/SafeTensors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace iqa {

namespace {

} // namespace

namespace detail {

TinyBlockImpl::TinyBlockImpl(int channels, bool midBlock)
{
    // In-place ReLUs only on intermediates that no caller sees.
    const auto relu = [] { return torch::nn::ReLU(torch::nn::ReLUOptions().inplace(true)); };
    conv = register_module("conv", torch::nn::Sequential(tinyConv(channels, channels), relu(),
                                                         tinyConv(channels, channels), relu(),
                                                         tinyConv(channels, channels)));
    if (midBlock) {
        const int wide = channels * 4;
        pool = register_module(
            "pool",
            torch::nn::Sequential(
                torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, wide, 1).bias(false)),
                torch::nn::GroupNorm(torch::nn::GroupNormOptions(4, wide).eps(1e-5).affine(true)),
                relu(),
                torch::nn::Conv2d(torch::nn::Conv2dOptions(wide, channels, 1).bias(false))));
    }
}

torch::Tensor TinyBlockImpl::forward(torch::Tensor x)
{
    // x may be a tapped output of the previous layer: never modify it in place.
    if (pool)
        x = pool->forward(x).add_(x);
    return conv->forward(x).add_(x).relu_();
}

torch::nn::Conv2d tinyConv(int in, int out, int stride, bool bias)
{
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).stride(stride).padding(1).bias(bias));
}

torch::nn::Sequential makeTaef2Encoder()
{
    torch::nn::Sequential s;
    s->push_back(tinyConv(3, 64));                  // 0
    s->push_back(TinyBlock(64, false));             // 1
    for (int stage = 0; stage < 3; ++stage) {
        const bool mid = stage == 2;
        s->push_back(tinyConv(64, 64, 2, false));   // 2, 6, 10
        for (int i = 0; i < 3; ++i)
            s->push_back(TinyBlock(64, mid));       // 3-5, 7-9, 11-13
    }
    s->push_back(tinyConv(64, 32));                 // 14
    return s;
}

torch::nn::Sequential makeTaesanaEncoder()
{
    torch::nn::Sequential s;
    s->push_back(tinyConv(3, 32, 2));               // 0
    s->push_back(torch::nn::ReLU());                // 1
    s->push_back(tinyConv(32, 64, 2));              // 2
    s->push_back(torch::nn::ReLU());                // 3
    s->push_back(TinyBlock(64, false));             // 4
    for (int stage = 0; stage < 3; ++stage) {
        s->push_back(tinyConv(64, 64, 2, false));   // 5, 9, 13
        for (int i = 0; i < 3; ++i)
            s->push_back(TinyBlock(64, false));     // 6-8, 10-12, 14-16
    }
    s->push_back(tinyConv(64, 32));                 // 17
    return s;
}

torch::nn::Sequential makeTaef2Decoder()
{
    const auto upsample = [] {
        return torch::nn::Upsample(
            torch::nn::UpsampleOptions().scale_factor(std::vector<double>{2.0, 2.0}).mode(torch::kNearest));
    };
    torch::nn::Sequential s;
    s->push_back(torch::nn::Functional([](torch::Tensor x) { return torch::tanh(x / 3.0) * 3.0; }));  // 0
    s->push_back(tinyConv(32, 64));                 // 1
    s->push_back(torch::nn::ReLU());                // 2
    for (int i = 0; i < 3; ++i)
        s->push_back(TinyBlock(64, true));          // 3-5
    for (int stage = 0; stage < 3; ++stage) {
        s->push_back(upsample());                   // 6, 11, 16
        s->push_back(tinyConv(64, 64, 1, false));   // 7, 12, 17
        const int blocks = stage < 2 ? 3 : 1;
        for (int i = 0; i < blocks; ++i)
            s->push_back(TinyBlock(64, false));     // 8-10, 13-15, 18
    }
    s->push_back(tinyConv(64, 3));                  // 19
    return s;
}

namespace {

struct TinySpec
{
    int totalStride;
    int latentChannels;
    std::vector<int> tapIndices;
    QVector<FeatureTapInfo> taps;
};

// The six taps, shallow -> deep (docs/models/encoders.md says why these).
TinySpec tinySpec(const QString &id)
{
    if (id == QLatin1String("taef2")) {
        return {8, 32, {1, 5, 7, 9, 11, 13},
                {{QStringLiteral("encoder.1"), 64, 1}, {QStringLiteral("encoder.5"), 64, 2},
                 {QStringLiteral("encoder.7"), 64, 4}, {QStringLiteral("encoder.9"), 64, 4},
                 {QStringLiteral("encoder.11"), 64, 8}, {QStringLiteral("encoder.13"), 64, 8}}};
    }
    return {32, 32, {1, 4, 8, 12, 14, 16},
            {{QStringLiteral("encoder.1"), 32, 2}, {QStringLiteral("encoder.4"), 64, 4},
             {QStringLiteral("encoder.8"), 64, 8}, {QStringLiteral("encoder.12"), 64, 16},
             {QStringLiteral("encoder.14"), 64, 32}, {QStringLiteral("encoder.16"), 64, 32}}};
}

class TinyEncoderModule : public EncoderModule
{
public:
    explicit TinyEncoderModule(torch::nn::Sequential sequence, std::vector<int> tapIndices)
        : m_sequence(std::move(sequence)), m_tapIndices(std::move(tapIndices))
    {
    }

    TapTensors forwardTaps(const torch::Tensor &rgb01) override
    {
        TapTensors out;
        torch::Tensor x = rgb01;
        size_t nextTap = 0;
        int index = 0;
        for (auto &layer : *m_sequence) {
            x = layer.forward(x);
            if (nextTap < m_tapIndices.size() && index == m_tapIndices[nextTap]) {
                out.taps.push_back(x);
                ++nextTap;
            }
            ++index;
        }
        out.latent = x;
        return out;
    }

    NamedTensors forwardAll(const torch::Tensor &rgb01) override
    {
        NamedTensors out;
        torch::Tensor x = rgb01;
        int index = 0;
        for (auto &layer : *m_sequence) {
            x = layer.forward(x);
            out.emplace_back("encoder." + std::to_string(index++), x);
        }
        return out;
    }

    torch::nn::Module &module() override { return *m_sequence; }

private:
    torch::nn::Sequential m_sequence;
    std::vector<int> m_tapIndices;
};

} // namespace

Expected<std::shared_ptr<EncoderModule>> makeTinyEncoder(const QString &encoderId, const QString &weightsPath,
                                                         const torch::Device &device)
{
    using Result = Expected<std::shared_ptr<EncoderModule>>;
    Expected<SafeTensorsFile> file = SafeTensorsFile::open(weightsPath);
    if (!file)
        return Result::failure(file.error());
    const TinySpec spec = tinySpec(encoderId);
    auto encoder = std::make_shared<TinyEncoderModule>(
        encoderId == QLatin1String("taef2") ? makeTaef2Encoder() : makeTaesanaEncoder(), spec.tapIndices);
    LoadRules rules;
    rules.what = QCoreApplication::translate("TinyAutoEncoder", "the %1 encoder").arg(encoderId);
    const Status loaded = loadParameters(encoder->module(), *file, rules);
    if (!loaded)
        return Result::failure(loaded.error());
    encoder->id = encoderId;
    encoder->weightsPath = QFileInfo(weightsPath).absoluteFilePath();
    encoder->device = device;
    encoder->totalStride = spec.totalStride;
    encoder->latentChannels = spec.latentChannels;
    encoder->taps = spec.taps;
    encoder->finishLoading();
    return std::shared_ptr<EncoderModule>(std::move(encoder));
}

} // namespace detail

// ---------------------------------------------------------------- TinyDecoder

struct TinyDecoder::Private
{
    torch::nn::Sequential sequence{nullptr};
    torch::Device device = torch::kCPU;
    bool channelsLast = false;  // slower on CPU, see FeatureEncoder::setChannelsLast
};

TinyDecoder::TinyDecoder(std::shared_ptr<Private> d) : d(std::move(d)) {}

QStringList TinyDecoder::decoderIds() { return {QStringLiteral("taef2")}; }

QString TinyDecoder::defaultWeightsFile(const QString &decoderId)
{
    return decoderId == QLatin1String("taef2") ? QStringLiteral("taef2/taef2_decoder.safetensors") : QString();
}

Expected<TinyDecoder> TinyDecoder::create(const QString &decoderId, const QString &weightsPath,
                                          const QString &device)
{
    const QString id = decoderId.trimmed().toLower();
    if (!decoderIds().contains(id))
        return Expected<TinyDecoder>::failure(
            QCoreApplication::translate("TinyAutoEncoder", "Unknown decoder \"%1\" (known: %2).").arg(decoderId, decoderIds().join(QLatin1String(", "))));
    if (!QFileInfo(weightsPath).isFile())
        return Expected<TinyDecoder>::failure(
            QCoreApplication::translate("TinyAutoEncoder", "Weights file %1 for the %2 decoder does not exist.").arg(QDir::toNativeSeparators(weightsPath), id));
    const Expected<torch::Device> parsedDevice = detail::parseDevice(device);
    if (!parsedDevice)
        return Expected<TinyDecoder>::failure(parsedDevice.error());
    try {
        Expected<SafeTensorsFile> file = SafeTensorsFile::open(weightsPath);
        if (!file)
            return Expected<TinyDecoder>::failure(file.error());
        auto d = std::make_shared<Private>();
        d->sequence = detail::makeTaef2Decoder();
        detail::LoadRules rules;
        rules.what = QCoreApplication::translate("TinyAutoEncoder", "the %1 decoder").arg(id);
        const Status loaded = detail::loadParameters(*d->sequence, *file, rules);
        if (!loaded)
            return Expected<TinyDecoder>::failure(loaded.error());
        d->device = *parsedDevice;
        d->sequence->to(d->device);
        torch::NoGradGuard noGrad;
        for (torch::Tensor &p : d->sequence->parameters()) {
            p.set_requires_grad(false);
            if (d->channelsLast && p.dim() == 4)
                p.set_data(p.contiguous(torch::MemoryFormat::ChannelsLast));
        }
        d->sequence->eval();
        return TinyDecoder(std::move(d));
    } catch (const std::exception &e) {
        return Expected<TinyDecoder>::failure(QCoreApplication::translate("TinyAutoEncoder", "Could not load the %1 decoder from %2: %3")
                                                  .arg(id, QDir::toNativeSeparators(weightsPath),
                                                       detail::torchErrorMessage(e)));
    }
}

int TinyDecoder::latentChannels() const { return 32; }
int TinyDecoder::upscale() const { return 8; }

Expected<FeatureMap> TinyDecoder::decode(const FeatureMap &latent) const
{
    if (latent.channels != latentChannels() || latent.height <= 0 || latent.width <= 0
        || latent.data.size() != qsizetype(latent.channels) * latent.height * latent.width)
        return Expected<FeatureMap>::failure(
            QCoreApplication::translate("TinyAutoEncoder", "The decoder needs a latent of %1 channels; it was given %2 x %3 x %4.")
                .arg(latentChannels())
                .arg(latent.channels)
                .arg(latent.height)
                .arg(latent.width));
    try {
        torch::InferenceMode inference;
        torch::Tensor x = torch::from_blob(const_cast<float *>(latent.data.constData()),
                                           {1, latent.channels, latent.height, latent.width}, torch::kFloat32)
                              .to(d->device, torch::kFloat32, false, /*copy=*/true)
                              .contiguous(d->channelsLast ? torch::MemoryFormat::ChannelsLast
                                                          : torch::MemoryFormat::Contiguous);
        x = d->sequence->forward(x);
        return detail::toFeatureMap(QStringLiteral("decoder.output"), x,
                                    latent.stride > 0 ? std::max(1, latent.stride / upscale()) : 1);
    } catch (const std::exception &e) {
        return Expected<FeatureMap>::failure(QCoreApplication::translate("TinyAutoEncoder", "The decoder failed: %1").arg(detail::torchErrorMessage(e)));
    }
}

Expected<cv::Mat> TinyDecoder::decodeToImage(const FeatureMap &latent) const
{
    Expected<FeatureMap> decoded = decode(latent);
    if (!decoded)
        return Expected<cv::Mat>::failure(decoded.error());
    const FeatureMap &m = *decoded;
    cv::Mat rgb(m.height, m.width, CV_32FC3);
    const qsizetype plane = qsizetype(m.height) * m.width;
    for (int y = 0; y < m.height; ++y) {
        auto *row = rgb.ptr<cv::Vec3f>(y);
        for (int x = 0; x < m.width; ++x) {
            const qsizetype i = qsizetype(y) * m.width + x;
            for (int c = 0; c < 3; ++c)
                row[x][c] = std::clamp(m.data[c * plane + i], 0.0f, 1.0f);
        }
    }
    return rgb;
}

} // namespace iqa
