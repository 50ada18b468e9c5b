#include <torch/torch.h>

#include "models/StableDiffusionEncoder.h"
#include "models/detail/EncoderModules.h"

#include "io/SafeTensors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

// The encoder of Stable Diffusion's AutoencoderKL ("kl-f8"), written after
// latent-diffusion's ldm/modules/diffusionmodules/model.py Encoder (whose
// tensor names the modules carry) with ch=128, ch_mult=(1,2,4,4),
// num_res_blocks=2, no attention in the down path, double_z, z_channels=4;
// the base width and z_channels are read from the file.

namespace iqa {

namespace {

constexpr int kGroups = 32;
constexpr int kResBlocks = 2;
const int kChannelMultipliers[] = {1, 2, 4, 4};
constexpr int kLevels = 4;

// For fresh intermediates only (never a tensor a caller may hold as a tap).
torch::Tensor siluInPlace(torch::Tensor t)
{
    return torch::silu_(t);
}

torch::nn::GroupNorm groupNorm(int channels)
{
    return torch::nn::GroupNorm(torch::nn::GroupNormOptions(kGroups, channels).eps(1e-6).affine(true));
}

torch::nn::Conv2d conv(int in, int out, int kernel, int stride = 1, int padding = -1)
{
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel)
                                 .stride(stride)
                                 .padding(padding >= 0 ? padding : kernel / 2));
}

class ResnetBlockImpl : public torch::nn::Module
{
public:
    ResnetBlockImpl(int in, int out)
    {
        norm1 = register_module("norm1", groupNorm(in));
        conv1 = register_module("conv1", conv(in, out, 3));
        norm2 = register_module("norm2", groupNorm(out));
        conv2 = register_module("conv2", conv(out, out, 3));
        if (in != out)
            nin_shortcut = register_module("nin_shortcut", conv(in, out, 1));
    }

    torch::Tensor forward(const torch::Tensor &x)
    {
        // In place only on fresh intermediates: x may be a tapped output.
        torch::Tensor h = conv1(siluInPlace(norm1(x)));
        h = conv2(siluInPlace(norm2(h)));  // dropout is identity at inference
        return h.add_(nin_shortcut ? nin_shortcut(x) : x);
    }

private:
    torch::nn::GroupNorm norm1{nullptr}, norm2{nullptr};
    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, nin_shortcut{nullptr};
};
TORCH_MODULE(ResnetBlock);

// Stride-2 3x3 conv after padding right and bottom by one (LDM's asymmetric pad).
class DownsampleImpl : public torch::nn::Module
{
public:
    explicit DownsampleImpl(int channels) { conv_ = register_module("conv", conv(channels, channels, 3, 2, 0)); }

    torch::Tensor forward(const torch::Tensor &x)
    {
        namespace F = torch::nn::functional;
        return conv_(F::pad(x, F::PadFuncOptions({0, 1, 0, 1}).mode(torch::kConstant).value(0)));
    }

private:
    torch::nn::Conv2d conv_{nullptr};
};
TORCH_MODULE(Downsample);

// Single-head self-attention over all positions; q, k, v, proj_out are 1x1
// convs (diffusers' Linear weights are the same numbers without the 1x1).
class AttentionBlockImpl : public torch::nn::Module
{
public:
    explicit AttentionBlockImpl(int channels)
    {
        norm = register_module("norm", groupNorm(channels));
        q = register_module("q", conv(channels, channels, 1));
        k = register_module("k", conv(channels, channels, 1));
        v = register_module("v", conv(channels, channels, 1));
        proj_out = register_module("proj_out", conv(channels, channels, 1));
    }

    torch::Tensor forward(const torch::Tensor &x)
    {
        const int64_t b = x.size(0), c = x.size(1), h = x.size(2), w = x.size(3);
        const torch::Tensor n = norm(x);
        // N x HW x C: a view, no copy, when the maps are channels-last.
        const auto tokens = [&](const torch::Tensor &t) { return t.permute({0, 2, 3, 1}).reshape({b, h * w, c}); };
        const torch::Tensor query = tokens(q(n)), key = tokens(k(n)), value = tokens(v(n));
        const torch::Tensor weights =
            torch::softmax(torch::bmm(query, key.transpose(1, 2)) * (1.0 / std::sqrt(double(c))), 2);
        const torch::Tensor attended = torch::bmm(weights, value).reshape({b, h, w, c}).permute({0, 3, 1, 2});
        return proj_out(attended).add_(x);
    }

private:
    torch::nn::GroupNorm norm{nullptr};
    torch::nn::Conv2d q{nullptr}, k{nullptr}, v{nullptr}, proj_out{nullptr};
};
TORCH_MODULE(AttentionBlock);

class DownLevelImpl : public torch::nn::Module
{
public:
    DownLevelImpl(int in, int out, bool downsample)
    {
        auto list = register_module("block", torch::nn::ModuleList());
        for (int i = 0; i < kResBlocks; ++i) {
            blocks.push_back(ResnetBlock(i == 0 ? in : out, out));
            list->push_back(blocks.back());
        }
        if (downsample)
            down = register_module("downsample", Downsample(out));
    }

    torch::Tensor forward(torch::Tensor x)
    {
        for (ResnetBlock &block : blocks)
            x = block(x);
        return down ? down(x) : x;
    }

private:
    std::vector<ResnetBlock> blocks;
    Downsample down{nullptr};
};
TORCH_MODULE(DownLevel);

class MidBlockImpl : public torch::nn::Module
{
public:
    explicit MidBlockImpl(int channels)
    {
        block_1 = register_module("block_1", ResnetBlock(channels, channels));
        attn_1 = register_module("attn_1", AttentionBlock(channels));
        block_2 = register_module("block_2", ResnetBlock(channels, channels));
    }

    torch::Tensor forward(const torch::Tensor &x) { return block_2(attn_1(block_1(x))); }

private:
    ResnetBlock block_1{nullptr}, block_2{nullptr};
    AttentionBlock attn_1{nullptr};
};
TORCH_MODULE(MidBlock);

struct SdConfig
{
    int baseChannels = 128;
    int latentChannels = 4;
    bool quantConv = true;

    int levelChannels(int level) const { return baseChannels * kChannelMultipliers[level]; }
    int deepChannels() const { return levelChannels(kLevels - 1); }
};

class SdEncoderImpl : public torch::nn::Module
{
public:
    explicit SdEncoderImpl(const SdConfig &config)
    {
        conv_in = register_module("conv_in", conv(3, config.baseChannels, 3));
        auto list = register_module("down", torch::nn::ModuleList());
        int in = config.baseChannels;
        for (int level = 0; level < kLevels; ++level) {
            const int out = config.levelChannels(level);
            levels.push_back(DownLevel(in, out, level != kLevels - 1));
            list->push_back(levels.back());
            in = out;
        }
        mid = register_module("mid", MidBlock(in));
        norm_out = register_module("norm_out", groupNorm(in));
        conv_out = register_module("conv_out", conv(in, 2 * config.latentChannels, 3));
    }

    torch::nn::Conv2d conv_in{nullptr}, conv_out{nullptr};
    std::vector<DownLevel> levels;
    MidBlock mid{nullptr};
    torch::nn::GroupNorm norm_out{nullptr};
};
TORCH_MODULE(SdEncoder);

// Top level as in the checkpoints: "encoder.*" and "quant_conv.*".
class SdKlModelImpl : public torch::nn::Module
{
public:
    explicit SdKlModelImpl(const SdConfig &config) : config(config)
    {
        encoder = register_module("encoder", SdEncoder(config));
        if (config.quantConv)
            quant_conv = register_module(
                "quant_conv", conv(2 * config.latentChannels, 2 * config.latentChannels, 1));
    }

    // Input RGB in [0,1]; outputs in forward order, the latent (mean) last.
    detail::NamedTensors forwardAll(const torch::Tensor &rgb01)
    {
        detail::NamedTensors out;
        torch::Tensor h = encoder->conv_in(rgb01 * 2.0 - 1.0);
        out.emplace_back("encoder.conv_in", h);
        for (size_t level = 0; level < encoder->levels.size(); ++level) {
            h = encoder->levels[level]->forward(h);
            out.emplace_back("encoder.down." + std::to_string(level), h);
        }
        h = encoder->mid(h);
        out.emplace_back("encoder.mid", h);
        h = encoder->conv_out(siluInPlace(encoder->norm_out(h)));
        out.emplace_back("encoder.conv_out", h);
        if (quant_conv) {
            h = quant_conv(h);
            out.emplace_back("quant_conv", h);
        }
        out.emplace_back("latent", h.narrow(1, 0, config.latentChannels));
        return out;
    }

    SdConfig config;
    SdEncoder encoder{nullptr};
    torch::nn::Conv2d quant_conv{nullptr};
};
TORCH_MODULE(SdKlModel);

constexpr int kTapCount = 6;  // conv_in, down.0-3, mid

class SdEncoderModule : public detail::EncoderModule
{
public:
    explicit SdEncoderModule(SdKlModel model) : m_model(std::move(model)) {}

    detail::TapTensors forwardTaps(const torch::Tensor &rgb01) override
    {
        detail::NamedTensors all = m_model->forwardAll(rgb01);
        detail::TapTensors out;
        for (int i = 0; i < kTapCount; ++i)
            out.taps.push_back(all[size_t(i)].second);
        out.latent = all.back().second;
        return out;
    }

    detail::NamedTensors forwardAll(const torch::Tensor &rgb01) override { return m_model->forwardAll(rgb01); }
    torch::nn::Module &module() override { return *m_model; }

private:
    SdKlModel m_model;
};

// LDM parameter name -> diffusers tensor name.
QString diffusersName(const QString &ldm, bool legacyAttention)
{
    static const QRegularExpression downBlock(QStringLiteral("^encoder\\.down\\.(\\d+)\\.block\\.(\\d+)\\.(.*)$"));
    static const QRegularExpression downsample(QStringLiteral("^encoder\\.down\\.(\\d+)\\.downsample\\.(.*)$"));
    static const QRegularExpression midBlock(QStringLiteral("^encoder\\.mid\\.block_(\\d)\\.(.*)$"));
    static const QRegularExpression attention(QStringLiteral("^encoder\\.mid\\.attn_1\\.(\\w+)\\.(.*)$"));
    const auto resnetPart = [](QString part) {
        return part.startsWith(QLatin1String("nin_shortcut."))
            ? part.replace(0, int(qstrlen("nin_shortcut")), QStringLiteral("conv_shortcut"))
            : part;
    };
    QRegularExpressionMatch m;
    if ((m = downBlock.match(ldm)).hasMatch())
        return QStringLiteral("encoder.down_blocks.%1.resnets.%2.%3").arg(m.captured(1), m.captured(2),
                                                                        resnetPart(m.captured(3)));
    if ((m = downsample.match(ldm)).hasMatch())
        return QStringLiteral("encoder.down_blocks.%1.downsamplers.0.%2").arg(m.captured(1), m.captured(2));
    if ((m = midBlock.match(ldm)).hasMatch())
        return QStringLiteral("encoder.mid_block.resnets.%1.%2")
            .arg(QString::number(m.captured(1).toInt() - 1), resnetPart(m.captured(2)));
    if ((m = attention.match(ldm)).hasMatch()) {
        const QString part = m.captured(1);
        QString name;
        if (part == QLatin1String("norm"))
            name = QStringLiteral("group_norm");
        else if (part == QLatin1String("q"))
            name = legacyAttention ? QStringLiteral("query") : QStringLiteral("to_q");
        else if (part == QLatin1String("k"))
            name = legacyAttention ? QStringLiteral("key") : QStringLiteral("to_k");
        else if (part == QLatin1String("v"))
            name = legacyAttention ? QStringLiteral("value") : QStringLiteral("to_v");
        else
            name = legacyAttention ? QStringLiteral("proj_attn") : QStringLiteral("to_out.0");
        return QStringLiteral("encoder.mid_block.attentions.0.%1.%2").arg(name, m.captured(2));
    }
    if (ldm.startsWith(QLatin1String("encoder.norm_out.")))
        return QStringLiteral("encoder.conv_norm_out.") + ldm.mid(int(qstrlen("encoder.norm_out.")));
    return ldm;
}

QString fileTensorName(const QString &ldm, SdKlNaming naming)
{
    return naming == SdKlNaming::LatentDiffusion
        ? ldm
        : diffusersName(ldm, naming == SdKlNaming::DiffusersLegacyAttention);
}

// Attention projections: Linear [C,C] in diffusers, 1x1 conv [C,C,1,1] in LDM.
bool isAttentionProjection(const QString &ldm)
{
    return ldm.startsWith(QLatin1String("encoder.mid.attn_1.")) && ldm.endsWith(QLatin1String(".weight"))
        && !ldm.contains(QLatin1String(".norm."));
}

QString namingName(SdKlNaming naming)
{
    switch (naming) {
    case SdKlNaming::Diffusers: return QCoreApplication::translate("StableDiffusionEncoder", "diffusers");
    case SdKlNaming::DiffusersLegacyAttention: return QCoreApplication::translate("StableDiffusionEncoder", "diffusers (legacy attention)");
    case SdKlNaming::LatentDiffusion: return QCoreApplication::translate("StableDiffusionEncoder", "latent-diffusion");
    }
    return QString();
}

} // namespace

namespace detail {

Expected<std::shared_ptr<EncoderModule>> makeStableDiffusionEncoder(const QString &weightsPath,
                                                                    const torch::Device &device)
{
    using Result = Expected<std::shared_ptr<EncoderModule>>;
    Expected<SafeTensorsFile> file = SafeTensorsFile::open(weightsPath);
    if (!file)
        return Result::failure(file.error());
    const QString shownPath = QDir::toNativeSeparators(weightsPath);

    // Full SD checkpoints keep the VAE under a prefix.
    QString prefix;
    bool found = false;
    for (const QString &candidate : {QString(), QStringLiteral("first_stage_model."), QStringLiteral("vae.")}) {
        if (file->contains(candidate + QStringLiteral("encoder.conv_in.weight"))) {
            prefix = candidate;
            found = true;
            break;
        }
    }
    if (!found)
        return Result::failure(QCoreApplication::translate("StableDiffusionEncoder", "The weights file %1 is not a Stable-Diffusion AutoencoderKL: it has no "
                                  "tensor 'encoder.conv_in.weight'.")
                                   .arg(shownPath));
    SdKlNaming naming;
    if (file->contains(prefix + QStringLiteral("encoder.down_blocks.0.resnets.0.norm1.weight"))) {
        const bool legacy = !file->contains(prefix + QStringLiteral("encoder.mid_block.attentions.0.to_q.weight"))
            && file->contains(prefix + QStringLiteral("encoder.mid_block.attentions.0.query.weight"));
        naming = legacy ? SdKlNaming::DiffusersLegacyAttention : SdKlNaming::Diffusers;
    } else if (file->contains(prefix + QStringLiteral("encoder.down.0.block.0.norm1.weight"))) {
        naming = SdKlNaming::LatentDiffusion;
    } else {
        return Result::failure(QCoreApplication::translate("StableDiffusionEncoder", "The weights file %1 has neither diffusers names (tensor '%2') nor "
                                  "latent-diffusion names (tensor '%3') for the SD-KL encoder.")
                                   .arg(shownPath, prefix + QStringLiteral("encoder.down_blocks.0.resnets.0.norm1.weight"),
                                        prefix + QStringLiteral("encoder.down.0.block.0.norm1.weight")));
    }

    SdConfig config;
    const TensorInfo *convIn = file->info(prefix + QStringLiteral("encoder.conv_in.weight"));
    if (convIn->shape.size() != 4 || convIn->shape[0] <= 0 || convIn->shape[0] % kGroups != 0)
        return Result::failure(QCoreApplication::translate("StableDiffusionEncoder", "The weights file %1 does not fit the SD-KL encoder: tensor '%2' has shape %3; "
                                  "its output width must be a multiple of %4.")
                                   .arg(shownPath, convIn->name, shapeText(convIn->shape))
                                   .arg(kGroups));
    config.baseChannels = int(convIn->shape[0]);
    const QString convOutName = prefix + QStringLiteral("encoder.conv_out.weight");
    const TensorInfo *convOut = file->info(convOutName);
    if (!convOut)
        return Result::failure(QCoreApplication::translate("StableDiffusionEncoder", "The weights file %1 does not fit the SD-KL encoder: tensor '%2' is missing.")
                                   .arg(shownPath, convOutName));
    if (convOut->shape.size() != 4 || convOut->shape[0] <= 0 || convOut->shape[0] % 2 != 0)
        return Result::failure(QCoreApplication::translate("StableDiffusionEncoder", "The weights file %1 does not fit the SD-KL encoder: tensor '%2' has shape %3; "
                                  "expected an even number of outputs (mean and log-variance).")
                                   .arg(shownPath, convOutName, shapeText(convOut->shape)));
    config.latentChannels = int(convOut->shape[0] / 2);
    config.quantConv = file->contains(prefix + QStringLiteral("quant_conv.weight"))
        || file->contains(prefix + QStringLiteral("quant_conv.bias"));

    auto encoder = std::make_shared<SdEncoderModule>(SdKlModel(config));
    LoadRules rules;
    rules.what = QCoreApplication::translate("StableDiffusionEncoder", "the sd-kl-f8 encoder (%1 names, base width %2)").arg(namingName(naming)).arg(config.baseChannels);
    rules.fileName = [prefix, naming](const QString &name) { return prefix + fileTensorName(name, naming); };
    rules.acceptReshape = isAttentionProjection;
    rules.mustBeUsed = [prefix](const QString &name) {
        return name.startsWith(prefix + QStringLiteral("encoder.")) || name.startsWith(prefix + QStringLiteral("quant_conv."));
    };
    const Status loaded = loadParameters(encoder->module(), *file, rules);
    if (!loaded)
        return Result::failure(loaded.error());

    encoder->id = QStringLiteral("sd-kl-f8");
    encoder->weightsPath = QFileInfo(weightsPath).absoluteFilePath();
    encoder->device = device;
    encoder->totalStride = 8;
    encoder->latentChannels = config.latentChannels;
    const int c = config.baseChannels;
    encoder->taps = {{QStringLiteral("encoder.conv_in"), c, 1},
                     {QStringLiteral("encoder.down.0"), config.levelChannels(0), 2},
                     {QStringLiteral("encoder.down.1"), config.levelChannels(1), 4},
                     {QStringLiteral("encoder.down.2"), config.levelChannels(2), 8},
                     {QStringLiteral("encoder.down.3"), config.levelChannels(3), 8},
                     {QStringLiteral("encoder.mid"), config.deepChannels(), 8}};
    encoder->finishLoading();
    return std::shared_ptr<EncoderModule>(std::move(encoder));
}

} // namespace detail

Status writeRandomSdKlEncoder(const QString &path, SdKlNaming naming, const SdKlRandomOptions &options)
{
    if (options.baseChannels <= 0 || options.baseChannels % kGroups != 0)
        return Status::failure(QCoreApplication::translate("StableDiffusionEncoder", "The base width of an SD-KL encoder must be a positive multiple of %1, not %2.")
                                   .arg(kGroups)
                                   .arg(options.baseChannels));
    if (options.latentChannels <= 0)
        return Status::failure(QCoreApplication::translate("StableDiffusionEncoder", "An SD-KL encoder needs at least one latent channel."));
    try {
        torch::NoGradGuard noGrad;
        SdConfig config;
        config.baseChannels = options.baseChannels;
        config.latentChannels = options.latentChannels;
        config.quantConv = options.quantConv;
        SdKlModel model(config);

        // Own generator: the values depend on the options only, not on the
        // state of LibTorch's global generator.
        at::Generator generator = at::detail::createCPUGenerator(options.seed);
        const auto uniform = [&generator](const std::vector<int64_t> &shape, double bound) {
            return torch::empty(shape, torch::kFloat32).uniform_(-bound, bound, generator);
        };
        SafeTensorsWriter writer;
        writer.setMetadata({{QStringLiteral("format"), QStringLiteral("pt")},
                            {QStringLiteral("content"), QStringLiteral("randomly initialised SD-KL encoder")},
                            {QStringLiteral("seed"), QString::number(options.seed)}});
        const auto add = [&writer, naming](const QString &name, const torch::Tensor &tensor) {
            const torch::Tensor t = tensor.contiguous();
            QVector<qint64> shape;
            for (int64_t s : t.sizes())
                shape << s;
            if (naming != SdKlNaming::LatentDiffusion && isAttentionProjection(name) && shape.size() == 4)
                shape.resize(2);  // Linear
            return writer.addFloat32(fileTensorName(name, naming), shape, t.data_ptr<float>());
        };
        for (auto &item : model->named_parameters()) {
            const QString name = QString::fromStdString(item.key());
            torch::Tensor &p = item.value();
            // Like LibTorch's default init (bound 1/sqrt(fan-in)); norms near 1 and 0.
            if (name.contains(QLatin1String("norm"))) {
                p.copy_(name.endsWith(QLatin1String(".weight")) ? 1.0 + uniform(p.sizes().vec(), 0.1)
                                                               : uniform(p.sizes().vec(), 0.1));
            } else {
                const double fanIn = name.endsWith(QLatin1String(".weight")) ? double(p.numel() / p.size(0))
                                                                            : double(p.numel());
                p.copy_(uniform(p.sizes().vec(), 1.0 / std::sqrt(std::max(1.0, fanIn))));
            }
            const Status added = add(name, p);
            if (!added)
                return added;
        }
        if (options.nonEncoderTensors) {
            const int z = options.latentChannels;
            const std::vector<std::pair<QString, std::vector<int64_t>>> extras = {
                {QStringLiteral("decoder.conv_in.weight"), {options.baseChannels * 4, z, 3, 3}},
                {QStringLiteral("decoder.conv_in.bias"), {options.baseChannels * 4}},
                {QStringLiteral("post_quant_conv.weight"), {z, z, 1, 1}},
                {QStringLiteral("post_quant_conv.bias"), {z}},
            };
            for (const auto &extra : extras) {
                const torch::Tensor t = uniform(extra.second, 0.1);
                QVector<qint64> shape(extra.second.begin(), extra.second.end());
                const Status added = writer.addFloat32(extra.first, shape, t.data_ptr<float>());
                if (!added)
                    return added;
            }
            if (naming == SdKlNaming::LatentDiffusion) {
                const torch::Tensor logvar = torch::zeros({1});
                const Status added = writer.addFloat32(QStringLiteral("loss.logvar"), {1}, logvar.data_ptr<float>());
                if (!added)
                    return added;
            }
        }
        return writer.save(path);
    } catch (const std::exception &e) {
        return Status::failure(QCoreApplication::translate("StableDiffusionEncoder", "Could not write a random SD-KL encoder to %1: %2")
                                   .arg(QDir::toNativeSeparators(path), detail::torchErrorMessage(e)));
    }
}

} // namespace iqa
