#include <torch/torch.h>

#include "models/CrossIqaModel.h"
#include "models/detail/CrossIqaModelAccess.h"
#include "models/detail/CrossIqaNetwork.h"
#include "models/detail/EncoderModules.h"

#include "io/FileHash.h"
#include "io/SafeTensors.h"

#include <QCoreApplication>
#include <QDir>

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>

namespace iqa {

struct CrossIqaModel::Private
{
    detail::CrossIqaNetwork network{nullptr};
    torch::Device device = torch::kCPU;
    ModelCard card;
    QMap<QString, QString> metadata;
    int crops = 5;
    bool headTrained = false;
};

CrossIqaModel::CrossIqaModel(std::unique_ptr<Private> p) : d(std::move(p)) {}
CrossIqaModel::~CrossIqaModel() = default;

QString CrossIqaModel::defaultCheckpointPath()
{
    return QStringLiteral(":/models/cross-iqa/cross-iqa.safetensors");
}

Expected<std::unique_ptr<CrossIqaModel>> CrossIqaModel::create(const CrossIqaOptions &options)
{
    using Result = Expected<std::unique_ptr<CrossIqaModel>>;
    if (options.crops < 1)
        return Result::failure(QCoreApplication::translate("CrossIqa", "Cross-IQA needs at least one tile, not %1.").arg(options.crops));
    const auto device = detail::parseDevice(options.device);
    if (!device)
        return Result::failure(device.error());
    auto p = std::make_unique<Private>();
    p->device = *device;
    p->crops = options.crops;
    QString path;
    try {
        if (options.randomInitSeed) {
            const detail::CrossIqaShape shape;
            p->network = detail::CrossIqaNetwork(shape);
            detail::initialiseCrossIqa(p->network, *options.randomInitSeed);
            p->metadata = shape.toMetadata();
            p->metadata.insert(QStringLiteral("stage"), QStringLiteral("random-init"));
            p->metadata.insert(QStringLiteral("random_init_seed"), QString::number(*options.randomInitSeed));
        } else {
            path = options.checkpointPath.isEmpty() ? defaultCheckpointPath() : options.checkpointPath;
            auto file = SafeTensorsFile::open(path);
            if (!file)
                return Result::failure(file.error());
            auto shape = detail::CrossIqaShape::fromMetadata(QDir::toNativeSeparators(path), file->metadata());
            if (!shape)
                return Result::failure(shape.error());
            p->network = detail::CrossIqaNetwork(*shape);
            if (Status loaded = detail::loadCrossIqaNetwork(p->network, *file); !loaded)
                return Result::failure(loaded.error());
            p->metadata = file->metadata();
        }
        p->headTrained = p->metadata.value(QStringLiteral("head_trained")) == QLatin1String("true");
        if (!p->headTrained && !options.allowUntrainedHead) {
            return Result::failure(QCoreApplication::translate("CrossIqa", "%1 holds a pre-trained Cross-IQA transformer whose quality head "
                                                                           "has not been fitted yet: run iqa train --model cross-iqa --stage head on it first.")
                                       .arg(QDir::toNativeSeparators(path)));
        }
        p->network->to(p->device);
        p->network->eval();
        for (auto &parameter : p->network->parameters())
            parameter.set_requires_grad(false);
    } catch (const std::exception &e) {
        return Result::failure(detail::torchErrorMessage(e));
    }

    const detail::CrossIqaShape &shape = p->network->shape();
    ModelCard &c = p->card;
    c.id = QStringLiteral("cross-iqa");
    c.name = QStringLiteral("Cross-IQA");
    c.summary = QCoreApplication::translate("CrossIqa", "Learned no-reference quality: a transformer pre-trained without labels "
                                                        "by cross reconstruction, with a linear head on its class token");
    c.kind = ModelKind::NoReference;
    c.direction = ScoreDirection::HigherIsBetter;
    c.rangeMin = 0.0;
    c.rangeMax = 1.0;
    c.preprocessing = options.crops == 1
        ? QCoreApplication::translate("CrossIqa", "RGB in [0,1]; the centre %1x%1 tile at the image's own resolution").arg(shape.imageSize)
        : QCoreApplication::translate("CrossIqa", "RGB in [0,1]; class token averaged over up to %1x%1 tiles of %2x%2 pixels at the image's own resolution")
              .arg(kMaxTilesPerSide).arg(shape.imageSize);
    c.learned = true;
    c.trainableParameters = p->network->parameterCount(*p->network->head);
    c.weightsPath = path;
    if (!path.isEmpty())
        c.weightsSha256 = sha256OfFile(path);
    return Result(std::unique_ptr<CrossIqaModel>(new CrossIqaModel(std::move(p))));
}

const ModelCard &CrossIqaModel::card() const { return d->card; }
int CrossIqaModel::tileSize() const { return d->network->shape().imageSize; }
int CrossIqaModel::featureSize() const { return d->network->shape().dim; }
bool CrossIqaModel::headTrained() const { return d->headTrained; }
QMap<QString, QString> CrossIqaModel::checkpointMetadata() const { return d->metadata; }

QVector<cv::Rect> CrossIqaModel::tileRects(const cv::Size &size, int crops, int tileSize, int maxPerSide, int overlap)
{
    const auto starts = [&](int length) {
        QVector<int> out;
        const int cover = (length + tileSize - 1) / tileSize;
        const int n = crops == 1 ? 1 : std::clamp(std::max(1, overlap) * cover - (std::max(1, overlap) - 1), 1, std::max(1, maxPerSide));
        if (n == 1) {
            out << (length - tileSize) / 2;
            return out;
        }
        for (int i = 0; i < n; ++i)
            out << int(std::lround(double(i) * (length - tileSize) / (n - 1)));
        return out;
    };
    QVector<cv::Rect> rects;
    for (const int y : starts(size.height))
        for (const int x : starts(size.width))
            rects << cv::Rect(x, y, tileSize, tileSize);
    return rects;
}

// ---------------------------------------------------------------- access for heatmaps and training

Expected<cv::Mat> CrossIqaModelAccess::preparedImage(const CrossIqaModel &model, const Image &image)
{
    if (image.isNull())
        return Expected<cv::Mat>::failure(QCoreApplication::translate("CrossIqa", "The image is empty."));
    if (image.width() < CrossIqaModel::kMinimumSide || image.height() < CrossIqaModel::kMinimumSide) {
        return Expected<cv::Mat>::failure(QCoreApplication::translate("CrossIqa", "Cross-IQA needs images of at least %1x%1 pixels; this one is %2x%3.")
                                              .arg(CrossIqaModel::kMinimumSide).arg(image.width()).arg(image.height()));
    }
    cv::Mat rgb = toFloatRgb(image);
    const int side = model.tileSize();
    if (rgb.cols < side || rgb.rows < side) {
        // Mirrored, not stretched: resampling would change the sharpness and
        // noise the model judges.
        const int padX = std::max(0, side - rgb.cols), padY = std::max(0, side - rgb.rows);
        cv::copyMakeBorder(rgb, rgb, padY / 2, padY - padY / 2, padX / 2, padX - padX / 2, cv::BORDER_REFLECT_101);
    }
    return rgb;
}

torch::Tensor CrossIqaModelAccess::tilesTensor(const CrossIqaModel &model, const cv::Mat &rgb01, const QVector<cv::Rect> &rects)
{
    const int side = model.tileSize();
    torch::Tensor tiles = torch::empty({int64_t(rects.size()), side, side, 3}, torch::kFloat32);
    for (int i = 0; i < rects.size(); ++i) {
        const cv::Mat tile = rgb01(rects[i]).clone();
        std::memcpy(tiles[i].data_ptr<float>(), tile.data, size_t(side) * size_t(side) * 3 * sizeof(float));
    }
    return tiles.permute({0, 3, 1, 2}).contiguous().to(model.d->device);
}

detail::CrossIqaNetwork &CrossIqaModelAccess::network(CrossIqaModel &model) { return model.d->network; }

Expected<torch::Tensor> CrossIqaModelAccess::meanClassToken(CrossIqaModel &model, const Image &image)
{
    const auto rgb = preparedImage(model, image);
    if (!rgb)
        return Expected<torch::Tensor>::failure(rgb.error());
    try {
        const QVector<cv::Rect> rects = CrossIqaModel::tileRects(cv::Size(rgb->cols, rgb->rows), model.d->crops, model.tileSize());
        const torch::Tensor tiles = tilesTensor(model, *rgb, rects);
        return model.d->network->encoder(tiles).quality.mean(0);
    } catch (const std::exception &e) {
        return Expected<torch::Tensor>::failure(detail::torchErrorMessage(e));
    }
}

// ---------------------------------------------------------------- scoring

Expected<QVector<float>> CrossIqaModel::qualityFeatures(const Image &image)
{
    torch::InferenceMode inference;
    const auto token = CrossIqaModelAccess::meanClassToken(*this, image);
    if (!token)
        return Expected<QVector<float>>::failure(token.error());
    const torch::Tensor t = token->to(torch::kCPU, torch::kFloat32).contiguous();
    return QVector<float>(t.data_ptr<float>(), t.data_ptr<float>() + t.numel());
}

Expected<double> CrossIqaModel::scoreImage(const Image &image)
{
    torch::InferenceMode inference;
    const auto token = CrossIqaModelAccess::meanClassToken(*this, image);
    if (!token)
        return Expected<double>::failure(token.error());
    try {
        return d->network->head(token->unsqueeze(0)).item<double>();
    } catch (const std::exception &e) {
        return Expected<double>::failure(detail::torchErrorMessage(e));
    }
}

} // namespace iqa
