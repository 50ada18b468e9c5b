#include <torch/torch.h>

#include "models/VaeQaModel.h"
#include "models/detail/EncoderModules.h"
#include "models/detail/VaeQaNetwork.h"

#include "io/FileHash.h"
#include "io/SafeTensors.h"
#include "models/ModelLocator.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace iqa {

namespace {

bool readPositiveInt(const QMap<QString, QString> &metadata, const QString &key, int *out)
{
    if (!metadata.contains(key))
        return true;  // keep the default
    bool ok = false;
    const int value = metadata.value(key).toInt(&ok);
    if (!ok || value <= 0)
        return false;
    *out = value;
    return true;
}

} // namespace

QMap<QString, QString> VaeQaHeadInfo::toMetadata() const
{
    QStringList channels;
    for (const int c : tapChannels)
        channels << QString::number(c);
    return {
        {QStringLiteral("model"), QStringLiteral("vae-qa")},
        {QStringLiteral("encoder"), encoderId},
        {QStringLiteral("tap_channels"), channels.join(QLatin1Char(','))},
        {QStringLiteral("grid"), QString::number(grid)},
        {QStringLiteral("within_channels"), QString::number(withinChannels)},
        {QStringLiteral("across_channels"), QString::number(acrossChannels)},
        {QStringLiteral("mlp_hidden"), QString::number(mlpHidden)},
        {QStringLiteral("crop_size"), QString::number(cropSize)},
    };
}

Expected<VaeQaHeadInfo> VaeQaHeadInfo::fromMetadata(const QString &path, const QMap<QString, QString> &metadata)
{
    using Result = Expected<VaeQaHeadInfo>;
    const QString shown = QDir::toNativeSeparators(path);
    const QString model = metadata.value(QStringLiteral("model"));
    if (model != QLatin1String("vae-qa")) {
        if (model.isEmpty())
            return Result::failure(QCoreApplication::translate("VaeQa", "%1 is not a VAE-QA head: its metadata names no model.").arg(shown));
        return Result::failure(QCoreApplication::translate("VaeQa", "%1 is a checkpoint of the model '%2', not of VAE-QA.").arg(shown, model));
    }
    VaeQaHeadInfo info;
    info.encoderId = metadata.value(QStringLiteral("encoder"));
    if (!FeatureEncoder::encoderIds().contains(info.encoderId))
        return Result::failure(QCoreApplication::translate("VaeQa", "%1 names an unknown encoder '%2' (known: %3).")
                                   .arg(shown, info.encoderId, FeatureEncoder::encoderIds().join(QStringLiteral(", "))));
    for (const QString &c : metadata.value(QStringLiteral("tap_channels")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int channels = c.toInt(&ok);
        if (!ok || channels <= 0)
            return Result::failure(QCoreApplication::translate("VaeQa", "%1 has a malformed tap_channels entry '%2'.").arg(shown, c));
        info.tapChannels << channels;
    }
    if (info.tapChannels.size() != 6)
        return Result::failure(QCoreApplication::translate("VaeQa", "%1 describes %2 tapped layers; VAE-QA taps six.").arg(shown).arg(info.tapChannels.size()));
    const std::pair<const char *, int *> fields[] = {
        {"grid", &info.grid}, {"within_channels", &info.withinChannels}, {"across_channels", &info.acrossChannels},
        {"mlp_hidden", &info.mlpHidden}, {"crop_size", &info.cropSize}};
    for (const auto &[key, target] : fields) {
        if (!readPositiveInt(metadata, QString::fromLatin1(key), target))
            return Result::failure(QCoreApplication::translate("VaeQa", "%1 has a malformed '%2' value '%3'.")
                                       .arg(shown, QString::fromLatin1(key), metadata.value(QString::fromLatin1(key))));
    }
    return info;
}

struct VaeQaModel::Private
{
    explicit Private(FeatureEncoder e) : encoder(std::move(e)) {}
    FeatureEncoder encoder;
    detail::VaeQaHead head{nullptr};
    VaeQaHeadInfo info;
    ModelCard card;
    int crops = 5;
};

VaeQaModel::VaeQaModel(std::unique_ptr<Private> p) : d(std::move(p)) {}
VaeQaModel::~VaeQaModel() = default;

QString VaeQaModel::defaultHeadPath()
{
    return QStringLiteral(":/models/vae-qa/vae-qa-head.safetensors");
}

Expected<std::unique_ptr<VaeQaModel>> VaeQaModel::create(const VaeQaOptions &options)
{
    using Result = Expected<std::unique_ptr<VaeQaModel>>;
    if (options.crops != 1 && options.crops != 5)
        return Result::failure(QCoreApplication::translate("VaeQa", "VAE-QA scores with 1 or 5 crops, not %1.").arg(options.crops));
    const QString headPath = options.headPath.isEmpty() ? defaultHeadPath() : options.headPath;
    auto file = SafeTensorsFile::open(headPath);
    if (!file)
        return Result::failure(file.error());
    auto info = VaeQaHeadInfo::fromMetadata(headPath, file->metadata());
    if (!info)
        return Result::failure(info.error());

    auto weights = ModelLocator(options.modelsFolder).find(FeatureEncoder::defaultWeightsFile(info->encoderId));
    if (!weights)
        return Result::failure(weights.error());
    auto encoder = FeatureEncoder::create(info->encoderId, *weights, options.device);
    if (!encoder)
        return Result::failure(encoder.error());
    QVector<int> encoderChannels;
    for (const FeatureTapInfo &tap : encoder->taps())
        encoderChannels << tap.channels;
    if (encoderChannels != info->tapChannels)
        return Result::failure(QCoreApplication::translate("VaeQa", "%1 was trained on taps with other channel counts than the %2 encoder has.")
                                   .arg(QDir::toNativeSeparators(headPath), info->encoderId));

    auto p = std::make_unique<Private>(*encoder);
    p->info = *info;
    p->crops = options.crops;
    detail::VaeQaHeadShape shape;
    shape.tapChannels.assign(info->tapChannels.begin(), info->tapChannels.end());
    shape.grid = info->grid;
    shape.withinChannels = info->withinChannels;
    shape.acrossChannels = info->acrossChannels;
    shape.mlpHidden = info->mlpHidden;
    try {
        p->head = detail::VaeQaHead(shape);
        if (Status loaded = detail::loadVaeQaHead(p->head, *file); !loaded)
            return Result::failure(loaded.error());
        p->head->to(encoder->module()->device);
        p->head->eval();
    } catch (const std::exception &e) {
        return Result::failure(detail::torchErrorMessage(e));
    }

    ModelCard &c = p->card;
    c.id = QStringLiteral("vae-qa");
    c.name = QStringLiteral("VAE-QA");
    c.summary = QCoreApplication::translate("VaeQa", "Learned full-reference quality: six layers of a frozen generative encoder, fused by a small head");
    c.kind = ModelKind::FullReference;
    c.direction = ScoreDirection::HigherIsBetter;
    c.rangeMin = 0.0;
    c.rangeMax = 1.0;
    c.preprocessing = QCoreApplication::translate("VaeQa", "RGB in [0,1]; %1 encoder; mean over %2 deterministic %3x%3 crops")
                          .arg(info->encoderId).arg(options.crops).arg(info->cropSize);
    c.learned = true;
    c.trainableParameters = p->head->trainableParameterCount();
    c.weightsPath = headPath;
    c.weightsSha256 = sha256OfFile(headPath);
    return Result(std::unique_ptr<VaeQaModel>(new VaeQaModel(std::move(p))));
}

const ModelCard &VaeQaModel::card() const { return d->card; }
const FeatureEncoder &VaeQaModel::encoder() const { return d->encoder; }
const VaeQaHeadInfo &VaeQaModel::headInfo() const { return d->info; }

QVector<cv::Rect> VaeQaModel::cropRects(const cv::Size &size, int crops, int cropSize)
{
    const int w = std::min(cropSize, size.width);
    const int h = std::min(cropSize, size.height);
    const int right = size.width - w, bottom = size.height - h;
    QVector<cv::Rect> rects{cv::Rect(right / 2, bottom / 2, w, h)};
    if (crops >= 5) {
        for (const cv::Rect &r : {cv::Rect(0, 0, w, h), cv::Rect(right, 0, w, h), cv::Rect(0, bottom, w, h),
                                  cv::Rect(right, bottom, w, h)}) {
            if (!rects.contains(r))
                rects << r;
        }
    }
    return rects;
}

Expected<double> VaeQaModel::scorePair(const Image &reference, const Image &distorted)
{
    if (Status same = checkSameSize(reference, distorted); !same)
        return Expected<double>::failure(same.error());
    const cv::Size size(reference.width(), reference.height());
    if (size.width < kMinimumSide || size.height < kMinimumSide)
        return Expected<double>::failure(QCoreApplication::translate("VaeQa", "VAE-QA needs images of at least %1x%1 pixels; these are %2x%3.")
                                             .arg(kMinimumSide).arg(size.width).arg(size.height));
    const cv::Mat ref = toFloatRgb(reference);
    const cv::Mat dist = toFloatRgb(distorted);
    detail::EncoderModule &encoder = *d->encoder.module();
    try {
        torch::InferenceMode inference;
        double sum = 0.0;
        const QVector<cv::Rect> rects = cropRects(size, d->crops, d->info.cropSize);
        for (const cv::Rect &rect : rects) {
            auto pooled = detail::pooledCropFeatures(encoder, ref, dist, rect, d->info.grid);
            if (!pooled)
                return Expected<double>::failure(pooled.error());
            const torch::Tensor q = d->head->forward(*pooled);
            sum += q.item<double>();
        }
        return sum / rects.size();
    } catch (const std::exception &e) {
        return Expected<double>::failure(detail::torchErrorMessage(e));
    }
}

} // namespace iqa
