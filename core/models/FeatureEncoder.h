#pragma once

#include "common/Expected.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <opencv2/core.hpp>

#include <memory>

namespace iqa {

namespace detail {
class EncoderModule;
}

// One feature map of one image, channels-major (CHW) float32.
struct FeatureMap
{
    QString name;      // "encoder.5", "encoder.down.2", "latent", ...
    int channels = 0;
    int stride = 0;    // image pixels per feature cell along each axis
    int height = 0;
    int width = 0;
    QVector<float> data;  // channels * height * width values, CHW

    bool isNull() const { return data.isEmpty(); }
    float at(int c, int y, int x) const { return data[(qsizetype(c) * height + y) * width + x]; }
};

// The six tapped layers (shallow -> deep) and the latent of one image.
struct EncoderFeatures
{
    QVector<FeatureMap> taps;
    FeatureMap latent;
};

struct FeatureTapInfo
{
    QString name;
    int channels = 0;
    int stride = 0;
};

// A frozen image encoder of a pre-trained generative auto-encoder, the feature
// extractor of VAE-QA (DESIGN.md section 2.1). Copies share one loaded model.
//
// Input: RGB as CV_32FC3 in [0,1], any size of at least 1x1. Sizes that are not
// a multiple of totalStride() are reflect-padded at the bottom and right to the
// next multiple (replicate-padded when the image is too small to reflect), and
// every output is cropped back to ceil(H / stride) x ceil(W / stride) cells, so
// a cell always covers image pixels, and a multiple-sized input is untouched.
// The cells of the last row/column near a padded border see mirrored pixels.
//
// Tapped layers (documented with the reasons in docs/models/encoders.md):
//
//   taef2 (stride 8, 1.34M params)         taesana (stride 32)
//   tap         channels  stride           tap         channels  stride
//   encoder.1      64       1              encoder.1      32       2
//   encoder.5      64       2              encoder.4      64       4
//   encoder.7      64       4              encoder.8      64       8
//   encoder.9      64       4              encoder.12     64      16
//   encoder.11     64       8              encoder.14     64      32
//   encoder.13     64       8              encoder.16     64      32
//   latent         32       8              latent         32      32
//
//   sd-kl-f8 (stride 8; channels for the full model, base C = 128; a file with
//   another base width C scales them: C, C, 2C, 4C, 4C, 4C)
//   tap              channels  stride
//   encoder.conv_in     128       1
//   encoder.down.0      128       2    (down block 0 incl. its downsample)
//   encoder.down.1      256       4
//   encoder.down.2      512       8
//   encoder.down.3      512       8    (no downsample in the last block)
//   encoder.mid         512       8
//   latent                4       8    (mean: first 4 channels after quant_conv)
class FeatureEncoder
{
public:
    // "taef2", "taesana", "sd-kl-f8".
    static QStringList encoderIds();
    // Path relative to a models folder (for ModelLocator) of the shipped
    // weights; empty for sd-kl-f8, whose weights the user supplies.
    static QString defaultWeightsFile(const QString &encoderId);

    // Loads the encoder's weights from a .safetensors file onto `device`
    // ("cpu", "cuda:0"). Loading is strict: every tensor the architecture
    // needs must be present with the exact shape, and (for the tiny
    // encoders) nothing else may be; the error names the file and the first
    // offending tensor. sd-kl-f8 reads diffusers or latent-diffusion names,
    // ignores decoder/loss tensors and infers its base width from conv_in.
    static Expected<FeatureEncoder> create(const QString &encoderId, const QString &weightsPath,
                                           const QString &device = QStringLiteral("cpu"));

    QString id() const;
    QString weightsPath() const;
    QString device() const;
    int totalStride() const;      // latent stride
    int latentChannels() const;
    qint64 parameterCount() const;
    QVector<FeatureTapInfo> taps() const;  // the six taps, shallow -> deep

    // Channels-last (NHWC) memory format of weights and activations; the
    // results agree to float rounding. The default follows the CPU
    // (preferChannelsLast): with Debian's LibTorch 1.13 (oneDNN 2.6) the NHWC
    // convolution is slower than the blocked NCHW one on an AVX2 CPU (taef2
    // 512x512 1.49 s vs 1.21 s) and faster on an AVX-512 one (VAE-QA 512x512
    // pair 1.40 s vs 2.12 s); docs/models/encoders.md, docs/benchmarks.md.
    // Affects every copy sharing this model.
    bool channelsLast() const;
    void setChannelsLast(bool enabled);
    // On the CPU: true when it has AVX-512 (where oneDNN's NHWC kernels win);
    // elsewhere false. What create() starts with.
    static bool preferChannelsLast(const QString &device);

    // The six taps and the latent.
    Expected<EncoderFeatures> encode(const cv::Mat &rgb01) const;

    // Every top-level output in forward order: for the tiny encoders
    // "encoder.0" ... "encoder.N" (the last is the latent); for sd-kl-f8
    // the taps, "encoder.conv_out" (mean and log-variance), "quant_conv"
    // when the file has one, then "latent".
    Expected<QVector<FeatureMap>> encodeAllOutputs(const cv::Mat &rgb01) const;

    // For code in core/models only (see models/detail/EncoderModules.h),
    // which gets the outputs as tensors without copies.
    std::shared_ptr<detail::EncoderModule> module() const { return d; }

private:
    explicit FeatureEncoder(std::shared_ptr<detail::EncoderModule> module);
    std::shared_ptr<detail::EncoderModule> d;
};

} // namespace iqa
