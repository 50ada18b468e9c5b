#pragma once

// Internal to core/models and core/training (LibTorch types): the Vision
// Transformer of Cross-IQA (DESIGN.md section 2.2, docs/models/cross-iqa.md)
// — encoder, the decoder of the cross-reconstruction pretext task, and the
// linear quality head. Include after <torch/torch.h>.

#include <torch/torch.h>

#include "common/Expected.h"

#include <QMap>
#include <QString>

#include <vector>

namespace iqa {
class SafeTensorsFile;
}

namespace iqa::detail {

// Sizes of the transformer. The defaults (a 6-block, 192-wide ViT on
// 128 x 128 views cut into 16 x 16 patches) are what two CPU cores can
// pre-train in about an hour; the reasons are in the model card.
struct CrossIqaShape
{
    int imageSize = 128;
    int patchSize = 16;
    int dim = 192;
    int depth = 6;
    int heads = 3;
    int mlpRatio = 4;
    int decoderDim = 128;
    int decoderDepth = 2;
    int decoderHeads = 4;
    // q also modulates every decoder block (scale, shift and gate of each
    // sub-layer, as adaptive LayerNorm does), the decoder predicts a
    // log-variance per patch and channel, and a linear probe reads the
    // degradation's type and level from q alone. Checkpoints written before
    // this existed carry no 'decoder_conditioning' key and read as false.
    // Off by default: the shipped checkpoint was pre-trained without it, and
    // within the runs measured it did not help (docs/models/cross-iqa.md).
    bool modulatedDecoder = false;

    int gridSide() const { return imageSize / patchSize; }
    int patchCount() const { return gridSide() * gridSide(); }
    QMap<QString, QString> toMetadata() const;
    // Reads and checks the shape keys of a checkpoint's metadata; errors name `path`.
    static Expected<CrossIqaShape> fromMetadata(const QString &path, const QMap<QString, QString> &metadata);
};

// Pixels in [0,1] are mapped to (x - 0.5) / 0.25 before the patch embedding,
// and the decoder predicts pixels on that scale.
torch::Tensor normaliseForCrossIqa(const torch::Tensor &rgb01);
torch::Tensor denormaliseFromCrossIqa(const torch::Tensor &normalised);

class CrossIqaAttentionImpl : public torch::nn::Module
{
public:
    CrossIqaAttentionImpl(int dim, int heads);
    // x: N x T x D. When `weights` is given it receives the softmax
    // attention, N x heads x T x T.
    torch::Tensor forward(const torch::Tensor &x, torch::Tensor *weights = nullptr);

private:
    int m_heads;
    torch::nn::Linear m_qkv{nullptr};
    torch::nn::Linear m_proj{nullptr};
};
TORCH_MODULE(CrossIqaAttention);

// Per-sample modulation of one block, each N x 1 x D: the LayerNorm outputs
// are scaled by (1 + scale) and shifted, the sub-layer outputs scaled by
// (1 + gate). All zero leaves the block as it is without modulation.
struct CrossIqaModulation
{
    torch::Tensor shift1, scale1, gate1, shift2, scale2, gate2;
};

// Pre-norm transformer block: x + attn(LN(x)), then x + MLP(LN(x)).
class CrossIqaBlockImpl : public torch::nn::Module
{
public:
    CrossIqaBlockImpl(int dim, int heads, int mlpRatio);
    torch::Tensor forward(const torch::Tensor &x, torch::Tensor *weights = nullptr,
                          const CrossIqaModulation *modulation = nullptr);

private:
    torch::nn::LayerNorm m_norm1{nullptr};
    CrossIqaAttention m_attention{nullptr};
    torch::nn::LayerNorm m_norm2{nullptr};
    torch::nn::Linear m_fc1{nullptr};
    torch::nn::Linear m_fc2{nullptr};
};
TORCH_MODULE(CrossIqaBlock);

struct CrossIqaEncoding
{
    torch::Tensor quality;   // N x D: the class token after the final norm (q)
    torch::Tensor content;   // N x P x D: the patch tokens after the final norm (c)
    std::vector<torch::Tensor> attention;  // per block N x heads x T x T (when asked)
};

// Patch embedding (a strided convolution), a learned class token, learned
// positions, pre-norm blocks, final LayerNorm.
class CrossIqaEncoderImpl : public torch::nn::Module
{
public:
    explicit CrossIqaEncoderImpl(const CrossIqaShape &shape);
    // rgb01: N x 3 x S x S in [0,1], S = shape.imageSize.
    CrossIqaEncoding forward(const torch::Tensor &rgb01, bool keepAttention = false);

private:
    CrossIqaShape m_shape;
    torch::nn::Conv2d m_patchEmbed{nullptr};
    torch::Tensor m_classToken;
    torch::Tensor m_positions;
    torch::nn::ModuleList m_blocks{nullptr};
    torch::nn::LayerNorm m_norm{nullptr};
};
TORCH_MODULE(CrossIqaEncoder);

struct CrossIqaReconstruction
{
    torch::Tensor pixels;       // N x 3 x S x S, normalised scale
    torch::Tensor logVariance;  // N x P x 3, or undefined without a modulated decoder
};

// Reconstructs a view from a quality token q (N x D) and content tokens c
// (N x P x D): both are projected to the decoder width, q goes first as its
// own token, positions are added, a few blocks mix them, and each patch
// token is projected back to its patch's pixels (normalised scale). With
// shape.modulatedDecoder, q also scales and shifts every block (adaptive
// LayerNorm): as one token among 65 it was easy to ignore, and the swapped
// reconstructions then cannot show the other view's degradation.
class CrossIqaDecoderImpl : public torch::nn::Module
{
public:
    explicit CrossIqaDecoderImpl(const CrossIqaShape &shape);
    torch::Tensor forward(const torch::Tensor &quality, const torch::Tensor &content);
    // `hidden` (N x P bool, modulated decoder only): content tokens replaced
    // by a learned mask token, so that those patches must be synthesised
    // from the visible ones and q.
    CrossIqaReconstruction reconstruct(const torch::Tensor &quality, const torch::Tensor &content,
                                       const torch::Tensor &hidden = {});
    // Modulated decoder only: q (N x D, N > 1: standardised over the batch)
    // -> N x (kCrossIqaDegradationClasses + 1),
    // the logits of the degradation type (DegradationType order, identity
    // first) and the level, standardised as (level - 2.7) / 1.7.
    torch::Tensor degradationProbe(const torch::Tensor &quality);

private:
    CrossIqaShape m_shape;
    torch::nn::Linear m_embed{nullptr};
    torch::Tensor m_positions;
    torch::nn::ModuleList m_blocks{nullptr};
    torch::nn::LayerNorm m_norm{nullptr};
    torch::nn::Linear m_pixels{nullptr};
    torch::nn::Linear m_modulation{nullptr};   // q -> 6 x width per block + shift/scale of the final norm
    torch::nn::Linear m_logVariance{nullptr};  // decoder token -> log-variance of its patch, per channel
    torch::nn::Linear m_degradation{nullptr};  // q -> degradation type logits and level
    torch::Tensor m_maskToken;                 // 1 x 1 x decoder width: a hidden content token
};

// Identity and the bank's 20 degradations.
constexpr int kCrossIqaDegradationClasses = 21;
TORCH_MODULE(CrossIqaDecoder);

// Encoder, decoder and the linear head (class token -> quality). One file
// holds all three: the decoder is what the reconstruction preview and
// further pre-training need, and it is small.
class CrossIqaNetworkImpl : public torch::nn::Module
{
public:
    explicit CrossIqaNetworkImpl(const CrossIqaShape &shape);
    const CrossIqaShape &shape() const { return m_shape; }

    CrossIqaEncoder encoder{nullptr};
    CrossIqaDecoder decoder{nullptr};
    torch::nn::Linear head{nullptr};

    qint64 parameterCount(const torch::nn::Module &module) const;

private:
    CrossIqaShape m_shape;
};
TORCH_MODULE(CrossIqaNetwork);

// Deterministic initialisation (truncated-normal 0.02 weights, zero biases,
// unit LayerNorms) from `seed`: the random-init baseline is reproducible.
void initialiseCrossIqa(CrossIqaNetwork &network, quint64 seed);

// Patch pixels <-> image: N x P x (p*p*3) <-> N x 3 x S x S.
torch::Tensor patchesToImage(const torch::Tensor &patches, const CrossIqaShape &shape);

// Every parameter as F32 under its module name, `metadata` in __metadata__
// (it must carry model=cross-iqa and the shape keys).
Status saveCrossIqaNetwork(CrossIqaNetwork &network, const QString &path, const QMap<QString, QString> &metadata);
// Strict: every parameter present with its exact shape, nothing else. With
// `addModulation`, a file without the decoder's modulation, variance and
// probe layers is accepted and those layers keep their zero start (the
// decoder then computes what the file's decoder computed).
Status loadCrossIqaNetwork(CrossIqaNetwork &network, const SafeTensorsFile &file, bool addModulation = false);
// True for parameters that only a modulated decoder has.
bool isDecoderModulationParameter(const QString &name);

} // namespace iqa::detail
