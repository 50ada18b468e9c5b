#include <torch/torch.h>

#include "models/FeatureEncoder.h"
#include "models/detail/EncoderModules.h"

#include "io/SafeTensors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace iqa {

namespace {

int ceilDiv(int a, int b) { return (a + b - 1) / b; }

} // namespace

// ---------------------------------------------------------------- detail

namespace detail {

void EncoderModule::applyMemoryFormat()
{
    torch::NoGradGuard noGrad;
    const auto format = channelsLast ? torch::MemoryFormat::ChannelsLast : torch::MemoryFormat::Contiguous;
    for (torch::Tensor &p : module().parameters()) {
        if (p.dim() == 4)
            p.set_data(p.contiguous(format));
    }
}

void EncoderModule::finishLoading()
{
    module().to(device);
    for (torch::Tensor &p : module().parameters())
        p.set_requires_grad(false);
    module().eval();
    applyMemoryFormat();
}

Expected<torch::Tensor> imageToTensor(const cv::Mat &rgb01, const torch::Device &device, bool channelsLast)
{
    if (rgb01.empty())
        return Expected<torch::Tensor>::failure(QCoreApplication::translate("FeatureEncoder", "The encoder was given an empty image."));
    if (rgb01.type() != CV_32FC3)
        return Expected<torch::Tensor>::failure(
            QCoreApplication::translate("FeatureEncoder", "The encoder needs RGB as 32-bit float with three channels in [0,1] (CV_32FC3)."));
    const cv::Mat continuous = rgb01.isContinuous() ? rgb01 : rgb01.clone();
    // HWC memory seen as CHW is exactly the channels-last layout of NCHW.
    torch::Tensor view = torch::from_blob(const_cast<float *>(continuous.ptr<float>()),
                                          {continuous.rows, continuous.cols, 3}, torch::kFloat32)
                             .permute({2, 0, 1})
                             .unsqueeze(0);
    torch::Tensor t = view.to(device, torch::kFloat32, /*non_blocking=*/false, /*copy=*/true);
    return t.contiguous(channelsLast ? torch::MemoryFormat::ChannelsLast : torch::MemoryFormat::Contiguous);
}

namespace {

torch::Tensor padToStride(const torch::Tensor &x, int stride)
{
    const int h = int(x.size(2)), w = int(x.size(3));
    const int padH = ceilDiv(h, stride) * stride - h;
    const int padW = ceilDiv(w, stride) * stride - w;
    if (padH == 0 && padW == 0)
        return x;
    namespace F = torch::nn::functional;
    // Reflection needs the pad to be smaller than the side; tiny images replicate.
    auto options = F::PadFuncOptions({0, padW, 0, padH});
    if (padH < h && padW < w)
        options.mode(torch::kReflect);
    else
        options.mode(torch::kReplicate);
    return F::pad(x, options);
}

torch::Tensor cropTo(const torch::Tensor &t, int paddedH, int imageH, int imageW, int *strideOut)
{
    const int stride = std::max(1, paddedH / int(t.size(2)));
    if (strideOut)
        *strideOut = stride;
    const int h = ceilDiv(imageH, stride), w = ceilDiv(imageW, stride);
    if (h == t.size(2) && w == t.size(3))
        return t;
    return t.narrow(2, 0, h).narrow(3, 0, w);
}

} // namespace

TapTensors encodePadded(EncoderModule &encoder, const torch::Tensor &rgb01)
{
    const int h = int(rgb01.size(2)), w = int(rgb01.size(3));
    const torch::Tensor padded = padToStride(rgb01, encoder.totalStride);
    TapTensors out = encoder.forwardTaps(padded);
    const int paddedH = int(padded.size(2));
    for (torch::Tensor &t : out.taps)
        t = cropTo(t, paddedH, h, w, nullptr);
    out.latent = cropTo(out.latent, paddedH, h, w, nullptr);
    return out;
}

NamedTensors encodeAllPadded(EncoderModule &encoder, const torch::Tensor &rgb01, std::vector<int> *strides)
{
    const int h = int(rgb01.size(2)), w = int(rgb01.size(3));
    const torch::Tensor padded = padToStride(rgb01, encoder.totalStride);
    NamedTensors out = encoder.forwardAll(padded);
    if (strides)
        strides->clear();
    for (auto &named : out) {
        int stride = 0;
        named.second = cropTo(named.second, int(padded.size(2)), h, w, &stride);
        if (strides)
            strides->push_back(stride);
    }
    return out;
}

FeatureMap toFeatureMap(const QString &name, const torch::Tensor &tensor, int stride)
{
    const torch::Tensor t = tensor.select(0, 0).to(torch::kCPU, torch::kFloat32).contiguous();
    FeatureMap map;
    map.name = name;
    map.stride = stride;
    map.channels = int(t.size(0));
    map.height = int(t.size(1));
    map.width = int(t.size(2));
    map.data.resize(qsizetype(t.numel()));
    std::memcpy(map.data.data(), t.data_ptr<float>(), size_t(t.numel()) * sizeof(float));
    return map;
}

QString shapeText(const QVector<qint64> &shape)
{
    QStringList parts;
    for (qint64 s : shape)
        parts << QString::number(s);
    return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
}

QString shapeText(const torch::Tensor &tensor)
{
    QVector<qint64> shape;
    for (int64_t s : tensor.sizes())
        shape << s;
    return shapeText(shape);
}

QString torchErrorMessage(const std::exception &error)
{
    // c10::Error::what() appends a C++ backtrace; its first line is the message.
    if (const auto *c10error = dynamic_cast<const c10::Error *>(&error))
        return QString::fromStdString(c10error->msg()).section(QLatin1Char('\n'), 0, 0);
    return QString::fromLocal8Bit(error.what()).section(QLatin1Char('\n'), 0, 0);
}

Expected<torch::Device> parseDevice(const QString &device)
{
    try {
        const torch::Device parsed(device.trimmed().toLower().toStdString());
        if (parsed.is_cuda() && !torch::cuda::is_available())
            return Expected<torch::Device>::failure(
                QCoreApplication::translate("FeatureEncoder", "Device %1 was requested, but CUDA is not available in this build or on this machine.")
                    .arg(device));
        if (!parsed.is_cpu() && !parsed.is_cuda())
            return Expected<torch::Device>::failure(QCoreApplication::translate("FeatureEncoder", "Unsupported device %1 (use cpu or cuda:N).").arg(device));
        return parsed;
    } catch (const std::exception &) {
        return Expected<torch::Device>::failure(QCoreApplication::translate("FeatureEncoder", "Unknown device \"%1\" (use cpu or cuda:N).").arg(device));
    }
}

Status loadParameters(torch::nn::Module &module, const SafeTensorsFile &file, const LoadRules &rules)
{
    torch::NoGradGuard noGrad;
    QStringList problems;
    QSet<QString> used;
    for (auto &item : module.named_parameters(/*recurse=*/true)) {
        const QString parameterName = QString::fromStdString(item.key());
        const QString name = rules.fileName(parameterName);
        torch::Tensor &target = item.value();
        const TensorInfo *info = file.info(name);
        if (!info) {
            if (rules.mayBeMissing(parameterName))
                continue;
            problems << QCoreApplication::translate("FeatureEncoder", "tensor '%1' is missing").arg(name);
            continue;
        }
        used.insert(name);
        QVector<qint64> expected;
        for (int64_t s : target.sizes())
            expected << s;
        const bool fits = info->shape == expected
            || (rules.acceptReshape(parameterName) && info->elementCount() == target.numel());
        if (!fits) {
            problems << QCoreApplication::translate("FeatureEncoder", "tensor '%1' has shape %2, expected %3")
                            .arg(name, shapeText(info->shape), shapeText(expected));
            continue;
        }
        Expected<QVector<float>> values = file.toFloat32(name);
        if (!values) {
            problems << values.error();
            continue;
        }
        target.copy_(torch::from_blob(values->data(), target.sizes(), torch::kFloat32));
    }
    for (const QString &name : file.names()) {
        if (!used.contains(name) && rules.mustBeUsed(name))
            problems << QCoreApplication::translate("FeatureEncoder", "tensor '%1' is unexpected").arg(name);
    }
    if (problems.isEmpty())
        return Status::success();
    QString message = QCoreApplication::translate("FeatureEncoder", "The weights file %1 does not fit %2: %3")
                          .arg(QDir::toNativeSeparators(file.path()), rules.what, problems.first());
    if (problems.size() == 2)
        message += QCoreApplication::translate("FeatureEncoder", " (and 1 more problem)");
    else if (problems.size() > 2)
        message += QCoreApplication::translate("FeatureEncoder", " (and %1 more problems)").arg(problems.size() - 1);
    return Status::failure(message + QLatin1Char('.'));
}

Status saveParameters(torch::nn::Module &module, const QString &path, const QMap<QString, QString> &metadata)
{
    SafeTensorsWriter writer;
    writer.setMetadata(metadata);
    for (const auto &item : module.named_parameters()) {
        const torch::Tensor t = item.value().detach().to(torch::kCPU, torch::kFloat32).contiguous();
        QVector<qint64> shape;
        for (const int64_t s : t.sizes())
            shape << s;
        if (Status s = writer.addFloat32(QString::fromStdString(item.key()), shape, t.data_ptr<float>()); !s)
            return s;
    }
    return writer.save(path);
}

} // namespace detail

// ---------------------------------------------------------------- FeatureEncoder

FeatureEncoder::FeatureEncoder(std::shared_ptr<detail::EncoderModule> module) : d(std::move(module)) {}

QStringList FeatureEncoder::encoderIds()
{
    return {QStringLiteral("taef2"), QStringLiteral("taesana"), QStringLiteral("sd-kl-f8")};
}

QString FeatureEncoder::defaultWeightsFile(const QString &encoderId)
{
    if (encoderId == QLatin1String("taef2"))
        return QStringLiteral("taef2/taef2_encoder.safetensors");
    if (encoderId == QLatin1String("taesana"))
        return QStringLiteral("taesana/taesana_encoder.safetensors");
    return QString();
}

Expected<FeatureEncoder> FeatureEncoder::create(const QString &encoderId, const QString &weightsPath,
                                                const QString &device)
{
    const QString id = encoderId.trimmed().toLower();
    if (!encoderIds().contains(id))
        return Expected<FeatureEncoder>::failure(
            QCoreApplication::translate("FeatureEncoder", "Unknown encoder \"%1\" (known: %2).").arg(encoderId, encoderIds().join(QLatin1String(", "))));
    if (!QFileInfo(weightsPath).isFile())
        return Expected<FeatureEncoder>::failure(
            QCoreApplication::translate("FeatureEncoder", "Weights file %1 for the %2 encoder does not exist.").arg(QDir::toNativeSeparators(weightsPath), id));
    const Expected<torch::Device> parsedDevice = detail::parseDevice(device);
    if (!parsedDevice)
        return Expected<FeatureEncoder>::failure(parsedDevice.error());
    try {
        Expected<std::shared_ptr<detail::EncoderModule>> module = id == QLatin1String("sd-kl-f8")
            ? detail::makeStableDiffusionEncoder(weightsPath, *parsedDevice)
            : detail::makeTinyEncoder(id, weightsPath, *parsedDevice);
        if (!module)
            return Expected<FeatureEncoder>::failure(module.error());
        FeatureEncoder encoder(std::move(*module));
        encoder.setChannelsLast(preferChannelsLast(device));
        return encoder;
    } catch (const std::exception &e) {
        return Expected<FeatureEncoder>::failure(QCoreApplication::translate("FeatureEncoder", "Could not load the %1 encoder from %2: %3")
                                                     .arg(id, QDir::toNativeSeparators(weightsPath),
                                                          detail::torchErrorMessage(e)));
    }
}

QString FeatureEncoder::id() const { return d->id; }
QString FeatureEncoder::weightsPath() const { return d->weightsPath; }
QString FeatureEncoder::device() const { return QString::fromStdString(d->device.str()); }
int FeatureEncoder::totalStride() const { return d->totalStride; }
int FeatureEncoder::latentChannels() const { return d->latentChannels; }
QVector<FeatureTapInfo> FeatureEncoder::taps() const { return d->taps; }
bool FeatureEncoder::channelsLast() const { return d->channelsLast; }

qint64 FeatureEncoder::parameterCount() const
{
    qint64 count = 0;
    for (const torch::Tensor &p : d->module().parameters())
        count += p.numel();
    return count;
}

bool FeatureEncoder::preferChannelsLast(const QString &device)
{
    return device.trimmed().toLower() == QLatin1String("cpu") && cv::checkHardwareSupport(CV_CPU_AVX_512F);
}

void FeatureEncoder::setChannelsLast(bool enabled)
{
    if (d->channelsLast == enabled)
        return;
    d->channelsLast = enabled;
    d->applyMemoryFormat();
}

Expected<EncoderFeatures> FeatureEncoder::encode(const cv::Mat &rgb01) const
{
    try {
        torch::InferenceMode inference;
        Expected<torch::Tensor> input = detail::imageToTensor(rgb01, d->device, d->channelsLast);
        if (!input)
            return Expected<EncoderFeatures>::failure(input.error());
        const detail::TapTensors tensors = detail::encodePadded(*d, *input);
        EncoderFeatures features;
        for (size_t i = 0; i < tensors.taps.size(); ++i)
            features.taps << detail::toFeatureMap(d->taps[int(i)].name, tensors.taps[i], d->taps[int(i)].stride);
        features.latent = detail::toFeatureMap(QStringLiteral("latent"), tensors.latent, d->totalStride);
        return features;
    } catch (const std::exception &e) {
        return Expected<EncoderFeatures>::failure(
            QCoreApplication::translate("FeatureEncoder", "The %1 encoder failed: %2").arg(d->id, detail::torchErrorMessage(e)));
    }
}

Expected<QVector<FeatureMap>> FeatureEncoder::encodeAllOutputs(const cv::Mat &rgb01) const
{
    try {
        torch::InferenceMode inference;
        Expected<torch::Tensor> input = detail::imageToTensor(rgb01, d->device, d->channelsLast);
        if (!input)
            return Expected<QVector<FeatureMap>>::failure(input.error());
        std::vector<int> strides;
        const detail::NamedTensors outputs = detail::encodeAllPadded(*d, *input, &strides);
        QVector<FeatureMap> maps;
        for (size_t i = 0; i < outputs.size(); ++i)
            maps << detail::toFeatureMap(QString::fromStdString(outputs[i].first), outputs[i].second, strides[i]);
        return maps;
    } catch (const std::exception &e) {
        return Expected<QVector<FeatureMap>>::failure(
            QCoreApplication::translate("FeatureEncoder", "The %1 encoder failed: %2").arg(d->id, detail::torchErrorMessage(e)));
    }
}

} // namespace iqa
