#include <torch/torch.h>

#include "models/detail/CrossIqaNetwork.h"
#include "models/detail/EncoderModules.h"

#include "io/SafeTensors.h"

#include <QCoreApplication>

#include <cmath>

namespace iqa::detail {

namespace F = torch::nn::functional;

// ---------------------------------------------------------------- shape

QMap<QString, QString> CrossIqaShape::toMetadata() const
{
    return {{QStringLiteral("model"), QStringLiteral("cross-iqa")},
            {QStringLiteral("image_size"), QString::number(imageSize)},
            {QStringLiteral("patch_size"), QString::number(patchSize)},
            {QStringLiteral("dim"), QString::number(dim)},
            {QStringLiteral("depth"), QString::number(depth)},
            {QStringLiteral("heads"), QString::number(heads)},
            {QStringLiteral("mlp_ratio"), QString::number(mlpRatio)},
            {QStringLiteral("decoder_dim"), QString::number(decoderDim)},
            {QStringLiteral("decoder_depth"), QString::number(decoderDepth)},
            {QStringLiteral("decoder_heads"), QString::number(decoderHeads)},
            {QStringLiteral("decoder_conditioning"), modulatedDecoder ? QStringLiteral("token+modulation") : QStringLiteral("token")}};
}

Expected<CrossIqaShape> CrossIqaShape::fromMetadata(const QString &path, const QMap<QString, QString> &metadata)
{
    const QString model = metadata.value(QStringLiteral("model"));
    if (model != QLatin1String("cross-iqa")) {
        return Expected<CrossIqaShape>::failure(
            model.isEmpty()
                ? QCoreApplication::translate("CrossIqa", "%1 is not a Cross-IQA checkpoint (its metadata names no model).").arg(path)
                : QCoreApplication::translate("CrossIqa", "%1 is a checkpoint of %2, not of Cross-IQA.").arg(path, model));
    }
    CrossIqaShape shape;
    const std::pair<const char *, int *> fields[] = {
        {"image_size", &shape.imageSize}, {"patch_size", &shape.patchSize}, {"dim", &shape.dim},
        {"depth", &shape.depth}, {"heads", &shape.heads}, {"mlp_ratio", &shape.mlpRatio},
        {"decoder_dim", &shape.decoderDim}, {"decoder_depth", &shape.decoderDepth}, {"decoder_heads", &shape.decoderHeads}};
    for (const auto &[key, field] : fields) {
        bool ok = false;
        const int value = metadata.value(QLatin1String(key)).toInt(&ok);
        if (!ok || value < 1 || value > 4096) {
            return Expected<CrossIqaShape>::failure(
                QCoreApplication::translate("CrossIqa", "The Cross-IQA checkpoint %1 has no valid '%2' in its metadata.")
                    .arg(path, QLatin1String(key)));
        }
        *field = value;
    }
    const QString conditioning = metadata.value(QStringLiteral("decoder_conditioning"), QStringLiteral("token"));
    if (conditioning != QLatin1String("token") && conditioning != QLatin1String("token+modulation")) {
        return Expected<CrossIqaShape>::failure(
            QCoreApplication::translate("CrossIqa", "The Cross-IQA checkpoint %1 has an unknown decoder conditioning '%2'.")
                .arg(path, conditioning));
    }
    shape.modulatedDecoder = conditioning == QLatin1String("token+modulation");
    if (shape.imageSize % shape.patchSize != 0 || shape.dim % shape.heads != 0 || shape.decoderDim % shape.decoderHeads != 0) {
        return Expected<CrossIqaShape>::failure(
            QCoreApplication::translate("CrossIqa", "The Cross-IQA checkpoint %1 describes an impossible transformer "
                                                    "(image %2 / patch %3, width %4 / heads %5).")
                .arg(path).arg(shape.imageSize).arg(shape.patchSize).arg(shape.dim).arg(shape.heads));
    }
    return shape;
}

torch::Tensor normaliseForCrossIqa(const torch::Tensor &rgb01) { return (rgb01 - 0.5) / 0.25; }
torch::Tensor denormaliseFromCrossIqa(const torch::Tensor &normalised) { return normalised * 0.25 + 0.5; }

// ---------------------------------------------------------------- modules

CrossIqaAttentionImpl::CrossIqaAttentionImpl(int dim, int heads) : m_heads(heads)
{
    m_qkv = register_module("qkv", torch::nn::Linear(dim, 3 * dim));
    m_proj = register_module("proj", torch::nn::Linear(dim, dim));
}

torch::Tensor CrossIqaAttentionImpl::forward(const torch::Tensor &x, torch::Tensor *weights)
{
    const int64_t n = x.size(0), t = x.size(1), d = x.size(2);
    const int64_t headDim = d / m_heads;
    // N x T x 3 x H x Dh -> 3 x N x H x T x Dh
    const torch::Tensor qkv = m_qkv(x).reshape({n, t, 3, m_heads, headDim}).permute({2, 0, 3, 1, 4});
    const torch::Tensor q = qkv[0], k = qkv[1], v = qkv[2];
    const torch::Tensor attention = torch::softmax(torch::matmul(q, k.transpose(-2, -1)) / std::sqrt(double(headDim)), -1);
    if (weights)
        *weights = attention;
    const torch::Tensor out = torch::matmul(attention, v).transpose(1, 2).reshape({n, t, d});
    return m_proj(out);
}

CrossIqaBlockImpl::CrossIqaBlockImpl(int dim, int heads, int mlpRatio)
{
    m_norm1 = register_module("norm1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({dim}).eps(1e-6)));
    m_attention = register_module("attn", CrossIqaAttention(dim, heads));
    m_norm2 = register_module("norm2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({dim}).eps(1e-6)));
    m_fc1 = register_module("fc1", torch::nn::Linear(dim, dim * mlpRatio));
    m_fc2 = register_module("fc2", torch::nn::Linear(dim * mlpRatio, dim));
}

torch::Tensor CrossIqaBlockImpl::forward(const torch::Tensor &x, torch::Tensor *weights, const CrossIqaModulation *m)
{
    if (!m) {
        torch::Tensor y = x + m_attention(m_norm1(x), weights);
        return y + m_fc2(F::gelu(m_fc1(m_norm2(y))));
    }
    torch::Tensor y = x + (1 + m->gate1) * m_attention(m_norm1(x) * (1 + m->scale1) + m->shift1, weights);
    return y + (1 + m->gate2) * m_fc2(F::gelu(m_fc1(m_norm2(y) * (1 + m->scale2) + m->shift2)));
}

CrossIqaEncoderImpl::CrossIqaEncoderImpl(const CrossIqaShape &shape) : m_shape(shape)
{
    m_patchEmbed = register_module("patch_embed", torch::nn::Conv2d(torch::nn::Conv2dOptions(3, shape.dim, shape.patchSize)
                                                                        .stride(shape.patchSize)));
    m_classToken = register_parameter("cls_token", torch::zeros({1, 1, shape.dim}));
    m_positions = register_parameter("pos_embed", torch::zeros({1, shape.patchCount() + 1, shape.dim}));
    m_blocks = register_module("blocks", torch::nn::ModuleList());
    for (int i = 0; i < shape.depth; ++i)
        m_blocks->push_back(CrossIqaBlock(shape.dim, shape.heads, shape.mlpRatio));
    m_norm = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({shape.dim}).eps(1e-6)));
}

CrossIqaEncoding CrossIqaEncoderImpl::forward(const torch::Tensor &rgb01, bool keepAttention)
{
    const int64_t n = rgb01.size(0);
    torch::Tensor x = m_patchEmbed(normaliseForCrossIqa(rgb01)).flatten(2).transpose(1, 2);  // N x P x D
    x = torch::cat({m_classToken.expand({n, 1, m_shape.dim}), x}, 1) + m_positions;
    CrossIqaEncoding encoding;
    for (const auto &module : *m_blocks) {
        torch::Tensor weights;
        x = module->as<CrossIqaBlock>()->forward(x, keepAttention ? &weights : nullptr);
        if (keepAttention)
            encoding.attention.push_back(weights);
    }
    x = m_norm(x);
    encoding.quality = x.select(1, 0);
    encoding.content = x.slice(1, 1);
    return encoding;
}

CrossIqaDecoderImpl::CrossIqaDecoderImpl(const CrossIqaShape &shape) : m_shape(shape)
{
    m_embed = register_module("embed", torch::nn::Linear(shape.dim, shape.decoderDim));
    m_positions = register_parameter("pos_embed", torch::zeros({1, shape.patchCount() + 1, shape.decoderDim}));
    m_blocks = register_module("blocks", torch::nn::ModuleList());
    for (int i = 0; i < shape.decoderDepth; ++i)
        m_blocks->push_back(CrossIqaBlock(shape.decoderDim, shape.decoderHeads, shape.mlpRatio));
    m_norm = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({shape.decoderDim}).eps(1e-6)));
    m_pixels = register_module("pixels", torch::nn::Linear(shape.decoderDim, shape.patchSize * shape.patchSize * 3));
    if (shape.modulatedDecoder) {
        m_modulation = register_module("modulation", torch::nn::Linear(shape.dim, (6 * shape.decoderDepth + 2) * shape.decoderDim));
        m_logVariance = register_module("log_variance", torch::nn::Linear(shape.decoderDim, 3));
        m_degradation = register_module("degradation", torch::nn::Linear(shape.dim, kCrossIqaDegradationClasses + 1));
        m_maskToken = register_parameter("mask_token", torch::zeros({1, 1, shape.decoderDim}));
    }
}

torch::Tensor CrossIqaDecoderImpl::forward(const torch::Tensor &quality, const torch::Tensor &content)
{
    return reconstruct(quality, content).pixels;
}

torch::Tensor CrossIqaDecoderImpl::degradationProbe(const torch::Tensor &quality)
{
    // Standardised over the batch per feature (BatchNorm without its affine
    // part or running statistics): a class token that varies little between
    // images, as the untrained swap leaves it, would otherwise give the probe
    // tiny inputs and q tiny gradients.
    // The output is multiplied by a fixed gain: Adam moves each weight by
    // about the learning rate a step, far too slowly for a read-out that has
    // to keep up with the encoder (at 5e-4 the probe stayed at its prior for
    // hundreds of steps), and q gets gradients only through those weights.
    constexpr double kGain = 16.0;
    const torch::Tensor centred = quality - quality.mean(0, true);
    return kGain * m_degradation(centred / (centred.pow(2).mean(0, true) + 1e-8).sqrt());
}

CrossIqaReconstruction CrossIqaDecoderImpl::reconstruct(const torch::Tensor &quality, const torch::Tensor &content,
                                                        const torch::Tensor &hidden)
{
    torch::Tensor tokens = m_embed(torch::cat({quality.unsqueeze(1), content}, 1));
    if (hidden.defined() && m_maskToken.defined()) {
        // Position 0 is q, never hidden.
        const torch::Tensor where = torch::cat({torch::zeros({hidden.size(0), 1}, hidden.options()), hidden}, 1).unsqueeze(2);
        tokens = torch::where(where, m_maskToken.expand_as(tokens), tokens);
    }
    torch::Tensor x = tokens + m_positions;
    CrossIqaReconstruction out;
    if (!m_modulation) {
        for (const auto &module : *m_blocks)
            x = module->as<CrossIqaBlock>()->forward(x);
        out.pixels = patchesToImage(m_pixels(m_norm(x).slice(1, 1)), m_shape);
        return out;
    }
    // N x (6 * depth + 2) x 1 x width: six per block, then the final norm's shift and scale.
    const std::vector<torch::Tensor> parts = m_modulation(quality).reshape({quality.size(0), 6 * m_shape.decoderDepth + 2, 1, m_shape.decoderDim}).unbind(1);
    size_t next = 0;
    for (const auto &module : *m_blocks) {
        const CrossIqaModulation m{parts[next], parts[next + 1], parts[next + 2], parts[next + 3], parts[next + 4], parts[next + 5]};
        next += 6;
        x = module->as<CrossIqaBlock>()->forward(x, nullptr, &m);
    }
    const torch::Tensor patches = (m_norm(x) * (1 + parts[next + 1]) + parts[next]).slice(1, 1);
    out.pixels = patchesToImage(m_pixels(patches), m_shape);
    out.logVariance = m_logVariance(patches);
    return out;
}

CrossIqaNetworkImpl::CrossIqaNetworkImpl(const CrossIqaShape &shape) : m_shape(shape)
{
    encoder = register_module("encoder", CrossIqaEncoder(shape));
    decoder = register_module("decoder", CrossIqaDecoder(shape));
    head = register_module("head", torch::nn::Linear(shape.dim, 1));
}

qint64 CrossIqaNetworkImpl::parameterCount(const torch::nn::Module &module) const
{
    qint64 count = 0;
    for (const auto &p : module.parameters())
        count += p.numel();
    return count;
}

void initialiseCrossIqa(CrossIqaNetwork &network, quint64 seed)
{
    torch::NoGradGuard noGrad;
    // LibTorch 1.13's init functions draw from the default generator, so it
    // is seeded here; callers that need their own randomness seed it again.
    torch::manual_seed(seed);
    for (auto &item : network->named_parameters()) {
        const std::string &name = item.key();
        torch::Tensor &p = item.value();
        const bool isBias = name.size() >= 4 && name.compare(name.size() - 4, 4, "bias") == 0;
        if (isBias)
            p.zero_();
        else if (name.find("norm") != std::string::npos)
            p.fill_(1.0);
        else if (isDecoderModulationParameter(QString::fromStdString(name)))
            p.zero_();  // zero modulation: the decoder starts as the unmodulated one; the probe at its prior
        else  // truncated normal, std 0.02, cut at two standard deviations (ViT practice)
            p.normal_(0.0, 0.02).clamp_(-0.04, 0.04);
    }
}

torch::Tensor patchesToImage(const torch::Tensor &patches, const CrossIqaShape &shape)
{
    const int64_t n = patches.size(0);
    const int g = shape.gridSide(), p = shape.patchSize;
    // N x (g*g) x (p*p*3) -> N x g x g x p x p x 3 -> N x 3 x g x p x g x p
    return patches.reshape({n, g, g, p, p, 3}).permute({0, 5, 1, 3, 2, 4}).reshape({n, 3, g * p, g * p});
}

Status saveCrossIqaNetwork(CrossIqaNetwork &network, const QString &path, const QMap<QString, QString> &metadata)
{
    return saveParameters(*network, path, metadata);
}

bool isDecoderModulationParameter(const QString &name)
{
    return name.startsWith(QLatin1String("decoder.modulation.")) || name.startsWith(QLatin1String("decoder.log_variance."))
        || name.startsWith(QLatin1String("decoder.degradation.")) || name == QLatin1String("decoder.mask_token");
}

Status loadCrossIqaNetwork(CrossIqaNetwork &network, const SafeTensorsFile &file, bool addModulation)
{
    LoadRules rules;
    rules.what = QCoreApplication::translate("CrossIqa", "the Cross-IQA transformer");
    if (addModulation)
        rules.mayBeMissing = isDecoderModulationParameter;
    return loadParameters(*network, file, rules);
}

} // namespace iqa::detail
