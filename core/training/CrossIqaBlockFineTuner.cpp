#include <torch/torch.h>

#include "training/CrossIqaBlockFineTuner.h"

#include "training/HeadTraining.h"

#include "common/SplitMix64.h"
#include "image/ImageLoader.h"
#include "io/FileHash.h"
#include "io/LabelCsv.h"
#include "models/CrossIqaModel.h"
#include "models/detail/CrossIqaModelAccess.h"
#include "models/detail/CrossIqaNetwork.h"
#include "models/detail/EncoderModules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <optional>

namespace iqa {

namespace {

// Below these the validation numbers say little; the user is told how small
// the set is rather than refused (a first look on a handful of images is a
// legitimate use).
constexpr int kFewImages = 30;
constexpr int kShownSkipped = 5;
constexpr double kGradientClip = 1.0;  // global norm, as transformer fine-tuning usually does

// ---------------------------------------------------------------- the encoder in two parts

// The encoder's pieces, found by the names they are registered under.
// CrossIqaEncoderImpl keeps them private and runs every block in one call;
// the fine-tuner must stop after the frozen front blocks (whose output it
// caches) and later run the trained blocks alone.
struct EncoderParts
{
    std::shared_ptr<torch::nn::Conv2dImpl> patchEmbed;
    torch::Tensor classToken, positions;
    std::vector<std::shared_ptr<detail::CrossIqaBlockImpl>> blocks;
    std::shared_ptr<torch::nn::LayerNormImpl> norm;
    int dim = 0;
};

Expected<EncoderParts> encoderParts(detail::CrossIqaNetwork &network)
{
    EncoderParts parts;
    parts.dim = network->shape().dim;
    const auto children = network->encoder->named_children();
    const auto parameters = network->encoder->named_parameters(/*recurse=*/false);
    if (const auto *p = children.find("patch_embed"))
        parts.patchEmbed = std::dynamic_pointer_cast<torch::nn::Conv2dImpl>(*p);
    if (const auto *p = children.find("norm"))
        parts.norm = std::dynamic_pointer_cast<torch::nn::LayerNormImpl>(*p);
    if (const auto *p = parameters.find("cls_token"))
        parts.classToken = *p;
    if (const auto *p = parameters.find("pos_embed"))
        parts.positions = *p;
    if (const auto *p = children.find("blocks"))
        for (const auto &block : (*p)->children())
            if (auto b = std::dynamic_pointer_cast<detail::CrossIqaBlockImpl>(block))
                parts.blocks.push_back(b);
    if (!parts.patchEmbed || !parts.norm || !parts.classToken.defined() || !parts.positions.defined()
        || int(parts.blocks.size()) != network->shape().depth)
        return Expected<EncoderParts>::failure(QCoreApplication::translate("CrossIqaBlockFineTuner", "The Cross-IQA encoder does not have the parts the fine-tuner expects."));
    return parts;
}

// The token sequence entering block `frozenBlocks`: exactly the first steps
// of CrossIqaEncoderImpl::forward, so that cached front + trained tail
// scores what the whole encoder scores (the test compares the two).
torch::Tensor frontTokens(const EncoderParts &parts, int frozenBlocks, const torch::Tensor &tiles)
{
    const int64_t n = tiles.size(0);
    torch::Tensor x = parts.patchEmbed->forward(detail::normaliseForCrossIqa(tiles)).flatten(2).transpose(1, 2);
    x = torch::cat({parts.classToken.expand({n, 1, parts.dim}), x}, 1) + parts.positions;
    for (int i = 0; i < frozenBlocks; ++i)
        x = parts.blocks[size_t(i)]->forward(x);
    return x;
}

// The rest of the encoder: the trained blocks and the final norm; the class token.
torch::Tensor tailClassTokens(const EncoderParts &parts, int frozenBlocks, torch::Tensor x)
{
    for (size_t i = size_t(frozenBlocks); i < parts.blocks.size(); ++i)
        x = parts.blocks[i]->forward(x);
    return parts.norm->forward(x).select(1, 0);
}

// ---------------------------------------------------------------- labelled images in memory

// Every usable labelled image as the cached front tokens of its tiles
// (float32 on the CPU: about 50 kB a tile) and which image each tile belongs
// to. An image's tiles are contiguous: tileStart[i] .. + tileCount[i].
struct ImageTable
{
    std::vector<torch::Tensor> pending;  // per image while encoding
    torch::Tensor tokens;                // tiles x T x D once encoded
    QVector<int> tileStart, tileCount;
    QVector<double> mos;                 // normalised, higher is better
    QVector<QString> image, type;
    int size() const { return int(mos.size()); }
    int tiles() const { return tileCount.isEmpty() ? 0 : tileStart.back() + tileCount.back(); }
};

struct LabelledRow
{
    LabelRow row;
    QString csvName;  // for "labels.csv line N: ..." messages
};

struct EncodeContext
{
    CrossIqaModel *model = nullptr;
    const EncoderParts *parts = nullptr;
    int frozenBlocks = 0;
    int crops = 5;
    const CrossIqaFineTuneCallbacks *callbacks = nullptr;
    const std::atomic_bool *cancel = nullptr;
    int done = 0, total = 0;
};

bool cancelled(const std::atomic_bool *cancel) { return cancel && cancel->load(); }

// Runs every usable row through the frozen front once. Missing, unreadable
// and too small images are skipped with the reason; they never stop the run.
Status encodeRows(EncodeContext &context, const QVector<LabelledRow> &rows, const std::function<double(double)> &normalise,
                  ImageTable *table, QStringList *skipped)
{
    const ImageLoader loader;
    torch::NoGradGuard noGrad;
    for (const LabelledRow &entry : rows) {
        if (cancelled(context.cancel))
            return Status::failure(QCoreApplication::translate("CrossIqaBlockFineTuner", "Fine-tuning was cancelled while encoding; no checkpoint was written."));
        if (context.callbacks->encoding)
            context.callbacks->encoding(context.done, context.total);
        ++context.done;
        const LabelRow &row = entry.row;
        const auto skip = [&](const QString &reason) {
            skipped->append(QCoreApplication::translate("CrossIqaBlockFineTuner", "%1 line %2: %3").arg(entry.csvName).arg(row.line).arg(reason));
        };
        if (!QFileInfo::exists(row.image)) {
            skip(QCoreApplication::translate("CrossIqaBlockFineTuner", "missing file %1").arg(QDir::toNativeSeparators(row.image)));
            continue;
        }
        const auto image = loader.load(row.image);
        if (!image) {
            skip(image.error());
            continue;
        }
        const auto rgb = CrossIqaModelAccess::preparedImage(*context.model, *image);
        if (!rgb) {
            skip(rgb.error());
            continue;
        }
        const QVector<cv::Rect> rects = CrossIqaModel::tileRects(cv::Size(rgb->cols, rgb->rows), context.crops, context.model->tileSize());
        const torch::Tensor tiles = CrossIqaModelAccess::tilesTensor(*context.model, *rgb, rects);
        table->tileStart << table->tiles();
        table->tileCount << int(rects.size());
        table->pending.push_back(frontTokens(*context.parts, context.frozenBlocks, tiles).to(torch::kCPU, torch::kFloat32).contiguous());
        table->mos << normalise(row.mos);
        table->image << row.image;
        table->type << row.extraValue(QStringLiteral("type"));
    }
    if (context.callbacks->encoding)
        context.callbacks->encoding(context.done, context.total);
    if (!table->pending.empty())
        table->tokens = torch::cat(table->pending, 0);
    table->pending.clear();
    return Status::success();
}

// ---------------------------------------------------------------- prediction

// The score of each listed image: the trained blocks on its tiles' cached
// tokens, the class token averaged over the tiles, the head — what
// CrossIqaModel::scoreImage computes from the pixels, in the same order of
// operations (a mean over each image's own tiles).
torch::Tensor predictImages(detail::CrossIqaNetwork &network, const EncoderParts &parts, int frozenBlocks, const ImageTable &table,
                            const std::vector<int> &images, const torch::Device &device)
{
    std::vector<int64_t> tiles;
    for (const int i : images)
        for (int t = 0; t < table.tileCount[i]; ++t)
            tiles.push_back(table.tileStart[i] + t);
    const torch::Tensor x = table.tokens.index_select(0, torch::tensor(tiles, torch::kLong)).to(device);
    const torch::Tensor classTokens = tailClassTokens(parts, frozenBlocks, x);
    std::vector<torch::Tensor> means;
    int64_t offset = 0;
    for (const int i : images) {
        means.push_back(classTokens.narrow(0, offset, table.tileCount[i]).mean(0));
        offset += table.tileCount[i];
    }
    return network->head(torch::stack(means)).squeeze(1);
}

// Scores one image at a time, as CrossIqaModel does, so that the reported
// predictions are the numbers `iqa score` gives for the written checkpoint
// (a batch of several images may round differently in the last bits).
QVector<double> predictAll(detail::CrossIqaNetwork &network, const EncoderParts &parts, int frozenBlocks, const ImageTable &table,
                           const torch::Device &device)
{
    torch::NoGradGuard noGrad;
    QVector<double> out;
    for (int i = 0; i < table.size(); ++i)
        out << predictImages(network, parts, frozenBlocks, table, {i}, device).item<double>();
    return out;
}

QMap<QString, double> srccByType(const QVector<double> &predicted, const ImageTable &table)
{
    QMap<QString, QPair<QVector<double>, QVector<double>>> byType;
    for (int i = 0; i < table.size(); ++i)
        if (!table.type[i].isEmpty()) {
            byType[table.type[i]].first << predicted[i];
            byType[table.type[i]].second << table.mos[i];
        }
    QMap<QString, double> out;
    for (auto it = byType.begin(); it != byType.end(); ++it)
        if (const auto s = spearman(it->first, it->second))
            out.insert(it.key(), *s);
    return out;
}

// ---------------------------------------------------------------- labels and split

Expected<LabelSet> readLabels(const QString &path, const QString &folder, const QString &split, QStringList *skipped)
{
    auto set = LabelCsv::read(path, folder);
    if (!set)
        return set;
    if (set->fullReference)
        return Expected<LabelSet>::failure(QCoreApplication::translate("CrossIqaBlockFineTuner", "%1 has full-reference labels (ref,dist,mos); fine-tuning Cross-IQA needs image,mos labels.")
                                               .arg(QDir::toNativeSeparators(path)));
    const QString name = QFileInfo(path).fileName();
    for (const LabelIssue &issue : set->skipped)
        skipped->append(QCoreApplication::translate("CrossIqaBlockFineTuner", "%1 line %2: %3").arg(name).arg(issue.line).arg(issue.reason));
    if (!split.isEmpty())
        set->keepSplit(split);
    if (set->rows.isEmpty())
        return Expected<LabelSet>::failure(split.isEmpty() ? QCoreApplication::translate("CrossIqaBlockFineTuner", "%1 has no usable rows.").arg(QDir::toNativeSeparators(path))
                                                           : QCoreApplication::translate("CrossIqaBlockFineTuner", "%1 has no rows of split '%2'.").arg(QDir::toNativeSeparators(path), split));
    return set;
}

QVector<LabelledRow> labelled(const QVector<LabelRow> &rows, const QString &path)
{
    QVector<LabelledRow> out;
    for (const LabelRow &row : rows)
        out << LabelledRow{row, QFileInfo(path).fileName()};
    return out;
}

// A seeded share of the distinct images validates; rows naming the same
// image stay on one side.
Status splitByImage(const LabelSet &labels, const CrossIqaFineTuneOptions &o, QVector<LabelledRow> *train, QVector<LabelledRow> *validation)
{
    QStringList images;
    for (const LabelRow &row : labels.rows)
        if (!images.contains(row.image))
            images << row.image;
    if (images.size() < 2)
        return Status::failure(QCoreApplication::translate("CrossIqaBlockFineTuner", "Splitting into training and validation images needs at least two images; %1 names only one. Give validation labels instead.")
                                   .arg(QDir::toNativeSeparators(o.labelsPath)));
    std::sort(images.begin(), images.end());
    SplitMix64 rng(o.seed);
    for (int i = int(images.size()) - 1; i > 0; --i)
        images.swapItemsAt(i, rng.below(i + 1));
    const int held = std::clamp(int(std::lround(o.validationShare * images.size())), 1, int(images.size()) - 1);
    const QSet<QString> validationImages(images.begin(), images.begin() + held);
    for (const LabelledRow &row : labelled(labels.rows, o.labelsPath))
        (validationImages.contains(row.row.image) ? validation : train)->append(row);
    return Status::success();
}

QString shownList(const QStringList &items)
{
    QStringList shown = items.mid(0, kShownSkipped);
    if (items.size() > kShownSkipped)
        shown << QCoreApplication::translate("CrossIqaBlockFineTuner", "… and %n more", nullptr, int(items.size()) - kShownSkipped);
    return shown.join(QStringLiteral("\n  "));
}

// ---------------------------------------------------------------- training

torch::Tensor batchLoss(const CrossIqaFineTuneOptions &o, const torch::Tensor &q, const torch::Tensor &y)
{
    torch::Tensor loss = torch::mse_loss(q, y);
    if (o.loss == FineTuneLoss::Rank) {
        // Hinge over batch pairs with different MOS: the better rated one
        // must score higher by at least the margin (as VaeQaFineTuner).
        const torch::Tensor ordered = y.unsqueeze(1).gt(y.unsqueeze(0) + 1e-6);  // [i][j]: y_i > y_j
        if (ordered.any().item<bool>()) {
            const torch::Tensor violation = torch::relu(o.rankMargin - (q.unsqueeze(1) - q.unsqueeze(0)));
            loss = loss + o.rankWeight * violation.masked_select(ordered).mean();
        }
    }
    return loss;
}

std::vector<int> shuffledOrder(int n, quint64 seed, int epoch)
{
    SplitMix64 rng(seed * 1000003ULL + quint64(epoch));
    std::vector<int> order(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        order[size_t(i)] = i;
    for (int i = n - 1; i > 0; --i)
        std::swap(order[size_t(i)], order[size_t(rng.below(i + 1))]);
    return order;
}

std::vector<torch::Tensor> snapshot(const std::vector<torch::Tensor> &parameters)
{
    std::vector<torch::Tensor> out;
    for (const torch::Tensor &p : parameters)
        out.push_back(p.detach().clone());
    return out;
}

void restore(const std::vector<torch::Tensor> &parameters, const std::vector<torch::Tensor> &saved)
{
    torch::NoGradGuard noGrad;
    for (size_t i = 0; i < parameters.size(); ++i)
        parameters[i].copy_(saved[i]);
}

QJsonObject correlationJson(const CorrelationReport &c, const QMap<QString, double> &types)
{
    const auto number = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); };
    QJsonObject byType;
    for (auto it = types.begin(); it != types.end(); ++it)
        byType.insert(it.key(), it.value());
    return {{QStringLiteral("n"), c.n}, {QStringLiteral("srcc"), number(c.srcc)}, {QStringLiteral("plcc"), number(c.plcc)},
            {QStringLiteral("krcc"), number(c.krcc)}, {QStringLiteral("rmse"), number(c.rmse)},
            {QStringLiteral("srcc_by_type"), byType}};
}

QString lossText(const CrossIqaFineTuneOptions &o)
{
    return o.loss == FineTuneLoss::Rank
        ? QStringLiteral("MSE + %1 x mean hinge(margin %2) over batch pairs with different MOS").arg(o.rankWeight).arg(o.rankMargin)
        : QStringLiteral("MSE");
}

// Everything one run holds between its phases.
struct FineTuneRun
{
    const CrossIqaFineTuneOptions &o;
    const CrossIqaFineTuneCallbacks &callbacks;
    const std::atomic_bool *cancel;
    std::unique_ptr<CrossIqaModel> model;
    EncoderParts parts;
    int frozenBlocks = 0;
    torch::Device device = torch::kCPU;
    ImageTable train, validation;
    QString startPath, startSha256, labelsSha256, validationLabelsSha256;
    QDateTime started;
    std::vector<torch::Tensor> trainable;  // the last blocks, the final norm, the head
    CrossIqaFineTuneResult result;

    void note(const QString &text) const
    {
        if (callbacks.note)
            callbacks.note(text);
    }
    detail::CrossIqaNetwork &network() { return CrossIqaModelAccess::network(*model); }
};

Status checkOptions(const CrossIqaFineTuneOptions &o)
{
    if (o.outPath.isEmpty())
        return Status::failure(QCoreApplication::translate("CrossIqaBlockFineTuner", "No output file for the fine-tuned checkpoint was given."));
    if (o.trainBlocks < 1)
        return Status::failure(QCoreApplication::translate("CrossIqaBlockFineTuner", "At least one transformer block must be trained, not %1.").arg(o.trainBlocks));
    if (o.epochs < 1 || o.batchImages < 2 || !(o.learningRate > 0.0) || o.patience < 1 || o.weightDecay < 0.0)
        return Status::failure(QCoreApplication::translate("CrossIqaBlockFineTuner", "Fine-tuning needs at least one epoch, two images per batch, a positive learning rate, "
                                                                                     "a patience of at least one epoch and a weight decay of at least 0."));
    if (!(o.validationShare > 0.0 && o.validationShare < 1.0))
        return Status::failure(QCoreApplication::translate("CrossIqaBlockFineTuner", "The validation share must lie between 0 and 1, not %1.").arg(o.validationShare));
    if (o.crops < 1)
        return Status::failure(QCoreApplication::translate("CrossIqaBlockFineTuner", "Cross-IQA needs at least one tile, not %1.").arg(o.crops));
    return Status::success();
}

// The start checkpoint through CrossIqaModel, which refuses another model's
// checkpoint and one whose head was never fitted with its own messages.
Status loadStart(FineTuneRun &run)
{
    CrossIqaOptions modelOptions;
    modelOptions.checkpointPath = run.o.checkpointPath;
    modelOptions.device = run.o.device;
    modelOptions.crops = run.o.crops;
    auto model = CrossIqaModel::create(modelOptions);
    if (!model)
        return Status::failure(model.error());
    run.model = std::move(*model);
    const int depth = run.network()->shape().depth;
    if (run.o.trainBlocks > depth)
        return Status::failure(QCoreApplication::translate("CrossIqaBlockFineTuner", "This Cross-IQA transformer has %1 blocks; between 1 and %1 of them can be trained, not %2.")
                                   .arg(depth).arg(run.o.trainBlocks));
    auto parts = encoderParts(run.network());
    if (!parts)
        return Status::failure(parts.error());
    run.parts = *parts;
    run.frozenBlocks = depth - run.o.trainBlocks;
    run.device = run.network()->head->weight.device();
    run.startPath = run.model->card().weightsPath;
    run.startSha256 = run.model->card().weightsSha256;
    return Status::success();
}

// Labels, normalisation, split, and every image through the frozen front.
Status prepareData(FineTuneRun &run)
{
    const CrossIqaFineTuneOptions &o = run.o;
    CrossIqaFineTuneResult &result = run.result;
    auto labels = readLabels(o.labelsPath, o.imagesFolder, o.split, &result.skipped);
    if (!labels)
        return Status::failure(labels.error());
    std::optional<LabelSet> validationLabels;
    if (!o.validationLabelsPath.isEmpty()) {
        auto v = readLabels(o.validationLabelsPath, o.imagesFolder, QString(), &result.skipped);
        if (!v)
            return Status::failure(v.error());
        validationLabels = *v;
    }
    const auto [lowest, highest] = std::minmax_element(labels->rows.cbegin(), labels->rows.cend(),
                                                       [](const LabelRow &a, const LabelRow &b) { return a.mos < b.mos; });
    result.mosMin = lowest->mos;
    result.mosMax = highest->mos;
    if (result.mosMax <= result.mosMin)
        return Status::failure(QCoreApplication::translate("CrossIqaBlockFineTuner", "Every row of %1 has the same MOS (%2): there is nothing to learn from a single value.")
                                   .arg(QDir::toNativeSeparators(o.labelsPath)).arg(result.mosMin));
    // Normalised to [0,1] (higher is better) with the training labels' range:
    // the shipped head scores on BIQ2021's 0..1 scale, so the start is
    // already near the targets' scale whatever scale the user rated on.
    const double mosMin = result.mosMin, mosMax = result.mosMax;
    const std::function<double(double)> normalise = [&o, mosMin, mosMax](double mos) {
        const double unit = (mos - mosMin) / (mosMax - mosMin);
        return o.lowerIsBetter ? 1.0 - unit : unit;
    };
    run.note(o.lowerIsBetter ? QCoreApplication::translate("CrossIqaBlockFineTuner", "MOS normalised to [0,1] from [%1, %2], flipped (lower was better): %2 -> 0, %1 -> 1.").arg(mosMin).arg(mosMax)
                             : QCoreApplication::translate("CrossIqaBlockFineTuner", "MOS normalised to [0,1] from [%1, %2]: %1 -> 0, %2 -> 1.").arg(mosMin).arg(mosMax));

    QVector<LabelledRow> trainRows, validationRows;
    if (validationLabels) {
        trainRows = labelled(labels->rows, o.labelsPath);
        validationRows = labelled(validationLabels->rows, o.validationLabelsPath);
    } else if (Status s = splitByImage(*labels, o, &trainRows, &validationRows); !s) {
        return s;
    }

    EncodeContext context;
    context.model = run.model.get();
    context.parts = &run.parts;
    context.frozenBlocks = run.frozenBlocks;
    context.crops = o.crops;
    context.callbacks = &run.callbacks;
    context.cancel = run.cancel;
    context.total = int(trainRows.size() + validationRows.size());
    QElapsedTimer clock;
    clock.start();
    try {
        if (Status s = encodeRows(context, trainRows, normalise, &run.train, &result.skipped); !s)
            return s;
        if (Status s = encodeRows(context, validationRows, normalise, &run.validation, &result.skipped); !s)
            return s;
    } catch (const std::exception &e) {
        return Status::failure(detail::torchErrorMessage(e));
    }
    result.encodingSeconds = clock.elapsed() / 1000.0;
    if (!result.skipped.isEmpty())
        run.note(QCoreApplication::translate("CrossIqaBlockFineTuner", "%n row(s) skipped:", nullptr, int(result.skipped.size()))
                 + QStringLiteral("\n  ") + shownList(result.skipped));
    run.labelsSha256 = sha256OfFile(o.labelsPath);
    if (validationLabels)
        run.validationLabelsSha256 = sha256OfFile(o.validationLabelsPath);
    return Status::success();
}

Status checkData(FineTuneRun &run)
{
    CrossIqaFineTuneResult &result = run.result;
    result.trainImages = run.train.size();
    result.validationImages = run.validation.size();
    result.trainTiles = run.train.tiles();
    result.validationTiles = run.validation.tiles();
    if (result.trainImages < 2 || result.validationImages < 3)
        return Status::failure(QCoreApplication::translate("CrossIqaBlockFineTuner", "After skipping unusable rows, %1 training and %2 validation images are left; fine-tuning needs at least 2 and 3.")
                                   .arg(result.trainImages).arg(result.validationImages));
    if (QSet<double>(run.train.mos.begin(), run.train.mos.end()).size() < 2)
        return Status::failure(QCoreApplication::translate("CrossIqaBlockFineTuner", "Every usable training image has the same MOS: there is nothing to learn from a single value."));
    if (result.trainImages < kFewImages)
        result.warnings << QCoreApplication::translate("CrossIqaBlockFineTuner", "The training side is small: %1 images (fewer than %2); the validation numbers say little.")
                               .arg(result.trainImages).arg(kFewImages);
    for (const QString &w : result.warnings)
        run.note(QCoreApplication::translate("CrossIqaBlockFineTuner", "warning: %1").arg(w));
    run.note(QCoreApplication::translate("CrossIqaBlockFineTuner", "split: %1 training images (%2 tiles), %3 validation images (%4 tiles); "
                                                                   "training the last %n block(s)", nullptr, run.o.trainBlocks)
                 .arg(result.trainImages).arg(result.trainTiles).arg(result.validationImages).arg(result.validationTiles));
    return Status::success();
}

// The parameters that learn: the last blocks, the final norm, the head.
std::vector<torch::Tensor> trainableParameters(FineTuneRun &run)
{
    std::vector<torch::Tensor> out;
    for (size_t i = size_t(run.frozenBlocks); i < run.parts.blocks.size(); ++i)
        for (const torch::Tensor &p : run.parts.blocks[i]->parameters())
            out.push_back(p);
    for (const torch::Tensor &p : run.parts.norm->parameters())
        out.push_back(p);
    for (const torch::Tensor &p : run.network()->head->parameters())
        out.push_back(p);
    return out;
}

CrossIqaFineTuneEpoch validate(FineTuneRun &run)
{
    CrossIqaFineTuneEpoch report;
    const QVector<double> predicted = predictAll(run.network(), run.parts, run.frozenBlocks, run.validation, run.device);
    // A diverged epoch (NaN scores) fails the correlation and stays at -1:
    // it can never become the best.
    report.validationSrcc = -1.0;
    if (const auto c = correlate(predicted, run.validation.mos); c) {
        report.validationSrcc = c->srcc.value_or(-1.0);
        report.validationPlcc = c->plcc.value_or(0.0);
    }
    return report;
}

// Linear warm-up over the first `warmup` steps, then cosine decay to 0.
// Why the warm-up: the shipped head reads small differences between class
// tokens with large weights (|w| about 10, bias about -26), so Adam's first,
// full-size steps on the blocks move every score far off before its moment
// estimates settle.
double learningRateAt(double base, int step, int warmup, int totalSteps)
{
    if (step < warmup)
        return base * (step + 1) / double(warmup);
    return detail::cosineLearningRate(base, step - warmup, std::max(1, totalSteps - warmup));
}

// One pass over the training images in a seeded order; the mean batch loss.
Expected<double> trainEpoch(FineTuneRun &run, torch::optim::AdamW &optimiser, const torch::Tensor &targets, int epoch, int stepsPerEpoch)
{
    const CrossIqaFineTuneOptions &o = run.o;
    const std::vector<int> order = shuffledOrder(run.train.size(), o.seed, epoch);
    double lossSum = 0.0;
    for (int step = 0; step < stepsPerEpoch; ++step) {
        if (cancelled(run.cancel))
            return Expected<double>::failure(QCoreApplication::translate("CrossIqaBlockFineTuner", "Fine-tuning was cancelled in epoch %1; no checkpoint was written.").arg(epoch));
        const auto first = order.begin() + step * o.batchImages;
        const std::vector<int> images(first, std::min(first + o.batchImages, order.end()));
        detail::setLearningRate(optimiser, learningRateAt(o.learningRate, (epoch - 1) * stepsPerEpoch + step, stepsPerEpoch, stepsPerEpoch * o.epochs));
        const torch::Tensor q = predictImages(run.network(), run.parts, run.frozenBlocks, run.train, images, run.device);
        const torch::Tensor y = targets.index_select(0, torch::tensor(std::vector<int64_t>(images.begin(), images.end()), torch::kLong)).to(run.device);
        const torch::Tensor loss = batchLoss(o, q, y);
        optimiser.zero_grad();
        loss.backward();
        torch::nn::utils::clip_grad_norm_(run.trainable, kGradientClip);
        optimiser.step();
        lossSum += loss.item<double>();
    }
    return lossSum / stepsPerEpoch;
}

// Weight decay on the weight matrices only: decaying LayerNorm gains and
// biases (the head's is about -26) towards 0 would shift every score for no
// regularising benefit.
std::vector<torch::optim::OptimizerParamGroup> parameterGroups(const std::vector<torch::Tensor> &parameters, const CrossIqaFineTuneOptions &o)
{
    std::vector<torch::Tensor> matrices, others;
    for (const torch::Tensor &p : parameters)
        (p.dim() >= 2 ? matrices : others).push_back(p);
    std::vector<torch::optim::OptimizerParamGroup> groups;
    groups.emplace_back(matrices, std::make_unique<torch::optim::AdamWOptions>(torch::optim::AdamWOptions(o.learningRate).weight_decay(o.weightDecay)));
    groups.emplace_back(others, std::make_unique<torch::optim::AdamWOptions>(torch::optim::AdamWOptions(o.learningRate).weight_decay(0.0)));
    return groups;
}

// Epochs with early stopping on validation SRCC; leaves the best weights
// (possibly the start's) in the network.
Status train(FineTuneRun &run)
{
    const CrossIqaFineTuneOptions &o = run.o;
    CrossIqaFineTuneResult &result = run.result;
    run.trainable = trainableParameters(run);
    const std::vector<torch::Tensor> &parameters = run.trainable;
    for (const torch::Tensor &p : parameters) {
        p.set_requires_grad(true);
        result.trainableParameters += p.numel();
    }
    std::vector<torch::Tensor> best = snapshot(parameters);
    result.best = validate(run);  // the start is a candidate too
    torch::optim::AdamW optimiser(parameterGroups(parameters, o), torch::optim::AdamWOptions(o.learningRate));
    const torch::Tensor targets = torch::tensor(std::vector<float>(run.train.mos.begin(), run.train.mos.end()));
    const int stepsPerEpoch = (run.train.size() + o.batchImages - 1) / o.batchImages;
    QElapsedTimer clock;
    clock.start();
    int sinceBest = 0;
    for (int epoch = 1; epoch <= o.epochs && sinceBest < o.patience; ++epoch) {
        QElapsedTimer epochClock;
        epochClock.start();
        const auto loss = trainEpoch(run, optimiser, targets, epoch, stepsPerEpoch);
        if (!loss)
            return Status::failure(loss.error());
        CrossIqaFineTuneEpoch report = validate(run);
        report.epoch = epoch;
        report.epochs = o.epochs;
        report.trainLoss = *loss;
        report.seconds = epochClock.elapsed() / 1000.0;
        if (report.validationSrcc > result.best.validationSrcc) {
            report.best = true;
            result.best = report;
            best = snapshot(parameters);
            sinceBest = 0;
        } else {
            ++sinceBest;
        }
        result.history << report;
        if (run.callbacks.epoch)
            run.callbacks.epoch(report);
    }
    result.trainingSeconds = clock.elapsed() / 1000.0;
    if (sinceBest >= o.patience && result.history.size() < o.epochs)
        run.note(QCoreApplication::translate("CrossIqaBlockFineTuner", "Stopped early after epoch %1: no better validation SRCC for %2 epochs.").arg(result.history.size()).arg(o.patience));
    if (result.best.epoch == 0)
        run.note(QCoreApplication::translate("CrossIqaBlockFineTuner", "No epoch beat the start checkpoint's validation SRCC; the start weights are kept."));
    restore(parameters, best);
    for (const torch::Tensor &p : parameters)
        p.set_requires_grad(false);
    return Status::success();
}

// The checkpoint's metadata: the start's (shape, pre-training) with the
// start's head-fit keys kept under base_ (they describe a head this file no
// longer has), and what this run did.
QMap<QString, QString> checkpointMetadata(const FineTuneRun &run)
{
    const CrossIqaFineTuneOptions &o = run.o;
    const CrossIqaFineTuneResult &r = run.result;
    QMap<QString, QString> m;
    const QMap<QString, QString> start = run.model->checkpointMetadata();
    for (auto it = start.begin(); it != start.end(); ++it) {
        const bool describesStart = (it.key().startsWith(QLatin1String("head_")) && it.key() != QLatin1String("head_trained"))
            || it.key() == QLatin1String("transformer_sha256") || it.key() == QLatin1String("stage") || it.key().startsWith(QLatin1String("finetune_"));
        m.insert(describesStart ? QStringLiteral("base_") + it.key() : it.key(), it.value());
    }
    QStringList blocks;
    for (size_t i = size_t(run.frozenBlocks); i < run.parts.blocks.size(); ++i)
        blocks << QString::number(i);
    const auto number = [](double v) { return QString::number(v, 'g', 8); };
    m.insert(QStringLiteral("stage"), QStringLiteral("fine-tune-blocks"));
    m.insert(QStringLiteral("head_trained"), QStringLiteral("true"));
    m.insert(QStringLiteral("finetune_trained_blocks"), blocks.join(QLatin1Char(',')));
    m.insert(QStringLiteral("finetune_trained_parts"), QStringLiteral("encoder.blocks.{%1}, encoder.norm, head").arg(blocks.join(QLatin1Char(','))));
    m.insert(QStringLiteral("finetune_base_sha256"), run.startSha256);
    m.insert(QStringLiteral("finetune_labels_sha256"), run.labelsSha256);
    m.insert(QStringLiteral("finetune_validation_labels_sha256"), run.validationLabelsSha256);
    m.insert(QStringLiteral("finetune_split"), o.split);
    m.insert(QStringLiteral("finetune_mos_min"), number(r.mosMin));
    m.insert(QStringLiteral("finetune_mos_max"), number(r.mosMax));
    m.insert(QStringLiteral("finetune_lower_is_better"), o.lowerIsBetter ? QStringLiteral("true") : QStringLiteral("false"));
    m.insert(QStringLiteral("finetune_seed"), QString::number(o.seed));
    m.insert(QStringLiteral("finetune_crops"), QString::number(o.crops));
    m.insert(QStringLiteral("finetune_learning_rate"), number(o.learningRate));
    m.insert(QStringLiteral("finetune_weight_decay"), number(o.weightDecay));
    m.insert(QStringLiteral("finetune_batch_images"), QString::number(o.batchImages));
    m.insert(QStringLiteral("finetune_epochs"), QString::number(o.epochs));
    m.insert(QStringLiteral("finetune_patience"), QString::number(o.patience));
    m.insert(QStringLiteral("finetune_loss"), lossText(o));
    m.insert(QStringLiteral("finetune_best_epoch"), QString::number(r.best.epoch));
    m.insert(QStringLiteral("finetune_validation_images"), QString::number(r.validationImages));
    m.insert(QStringLiteral("finetune_validation_srcc_before"), number(r.before.srcc.value_or(0.0)));
    m.insert(QStringLiteral("finetune_validation_srcc_after"), number(r.after.srcc.value_or(0.0)));
    m.insert(QStringLiteral("finetune_validation_plcc_after"), number(r.after.plcc.value_or(0.0)));
    m.insert(QStringLiteral("finetune_trained"), run.started.toString(Qt::ISODate));
    return m;
}

QJsonObject recordJson(const FineTuneRun &run, const QMap<QString, QString> &metadata)
{
    const CrossIqaFineTuneOptions &o = run.o;
    const CrossIqaFineTuneResult &r = run.result;
    QJsonArray history, predictions;
    for (const CrossIqaFineTuneEpoch &e : r.history)
        history.append(e.toJson());
    for (const CrossIqaImagePrediction &p : r.validation)
        predictions.append(QJsonObject{{QStringLiteral("image"), p.image}, {QStringLiteral("mos"), p.mos}, {QStringLiteral("before"), p.before},
                                       {QStringLiteral("after"), p.after}, {QStringLiteral("type"), p.type}});
    const auto optionalPath = [](const QString &path) { return path.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(path); };
    return QJsonObject{
        {QStringLiteral("model"), QStringLiteral("cross-iqa")},
        {QStringLiteral("stage"), QStringLiteral("fine-tune-blocks")},
        {QStringLiteral("output"), QStringLiteral("quality on the training labels' range normalised to [0,1], higher is better")},
        {QStringLiteral("base"), QJsonObject{{QStringLiteral("checkpoint"), run.startPath}, {QStringLiteral("sha256"), run.startSha256}}},
        {QStringLiteral("trained"), QJsonObject{{QStringLiteral("blocks"), metadata.value(QStringLiteral("finetune_trained_blocks"))},
                                                 {QStringLiteral("parts"), metadata.value(QStringLiteral("finetune_trained_parts"))},
                                                 {QStringLiteral("parameters"), double(r.trainableParameters)}}},
        {QStringLiteral("checkpoint"), QJsonObject{{QStringLiteral("file"), QFileInfo(o.outPath).fileName()},
                                                    {QStringLiteral("sha256"), sha256OfFile(o.outPath)},
                                                    {QStringLiteral("metadata"), detail::stringMapToJson(metadata)}}},
        {QStringLiteral("data"), QJsonObject{
            {QStringLiteral("labels"), o.labelsPath},  // as given; the SHA-256 identifies it
            {QStringLiteral("labels_sha256"), run.labelsSha256},
            {QStringLiteral("split_filter"), o.split},
            {QStringLiteral("validation_labels"), optionalPath(o.validationLabelsPath)},
            {QStringLiteral("validation_labels_sha256"), optionalPath(run.validationLabelsSha256)},
            {QStringLiteral("normalisation"), QJsonObject{{QStringLiteral("min"), r.mosMin}, {QStringLiteral("max"), r.mosMax},
                                                           {QStringLiteral("lower_is_better"), o.lowerIsBetter}}},
            {QStringLiteral("split"), QJsonObject{{QStringLiteral("by"), o.validationLabelsPath.isEmpty() ? QStringLiteral("image") : QStringLiteral("validation labels")},
                                                   {QStringLiteral("seed"), QString::number(o.seed)},
                                                   {QStringLiteral("validation_share"), o.validationShare},
                                                   {QStringLiteral("training_images"), r.trainImages},
                                                   {QStringLiteral("training_tiles"), r.trainTiles},
                                                   {QStringLiteral("validation_images"), r.validationImages},
                                                   {QStringLiteral("validation_tiles"), r.validationTiles}}},
            {QStringLiteral("crops"), o.crops},
            {QStringLiteral("skipped_rows"), QJsonArray::fromStringList(r.skipped)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)}}},
        {QStringLiteral("hyper_parameters"), QJsonObject{
            {QStringLiteral("optimiser"), QStringLiteral("AdamW")},
            {QStringLiteral("learning_rate"), o.learningRate},
            {QStringLiteral("schedule"), QStringLiteral("linear warm-up over the first epoch, then cosine to 0")},
            {QStringLiteral("gradient_clip_norm"), kGradientClip},
            {QStringLiteral("weight_decay"), o.weightDecay},
            {QStringLiteral("weight_decay_on"), QStringLiteral("weight matrices (not norms, not biases)")},
            {QStringLiteral("epochs"), o.epochs},
            {QStringLiteral("patience"), o.patience},
            {QStringLiteral("batch_images"), o.batchImages},
            {QStringLiteral("loss"), lossText(o)},
            {QStringLiteral("train_blocks"), o.trainBlocks}}},
        {QStringLiteral("before"), correlationJson(r.before, r.typeSrccBefore)},
        {QStringLiteral("after"), correlationJson(r.after, r.typeSrccAfter)},
        {QStringLiteral("best_epoch"), r.best.epoch},
        {QStringLiteral("history"), history},
        {QStringLiteral("validation_predictions"), predictions},
        {QStringLiteral("command"), o.commandLine},
        {QStringLiteral("started_utc"), run.started.toString(Qt::ISODate)},
        {QStringLiteral("encoding_seconds"), r.encodingSeconds},
        {QStringLiteral("training_seconds"), r.trainingSeconds},
        {QStringLiteral("cpu_threads"), QThread::idealThreadCount()},
    };
}

} // namespace

QJsonObject CrossIqaFineTuneEpoch::toJson() const
{
    return QJsonObject{{QStringLiteral("epoch"), epoch},
                       {QStringLiteral("train_loss"), trainLoss},
                       {QStringLiteral("validation_srcc"), validationSrcc},
                       {QStringLiteral("validation_plcc"), validationPlcc},
                       {QStringLiteral("seconds"), seconds}};
}

Expected<CrossIqaFineTuneResult> fineTuneCrossIqaBlocks(const CrossIqaFineTuneOptions &options, const CrossIqaFineTuneCallbacks &callbacks,
                                                        const std::atomic_bool *cancel)
{
    using Result = Expected<CrossIqaFineTuneResult>;
    if (Status s = checkOptions(options); !s)
        return Result::failure(s.error());
    FineTuneRun run{options, callbacks, cancel};
    run.started = QDateTime::currentDateTimeUtc();
    CrossIqaFineTuneResult &result = run.result;
    if (Status s = loadStart(run); !s)
        return Result::failure(s.error());
    result.trainedBlocks = options.trainBlocks;
    if (Status s = prepareData(run); !s)
        return Result::failure(s.error());
    if (Status s = checkData(run); !s)
        return Result::failure(s.error());

    try {
        const QVector<double> before = predictAll(run.network(), run.parts, run.frozenBlocks, run.validation, run.device);
        if (Status s = train(run); !s)
            return Result::failure(s.error());
        const QVector<double> after = predictAll(run.network(), run.parts, run.frozenBlocks, run.validation, run.device);
        const auto beforeAgreement = correlate(before, run.validation.mos);
        const auto afterAgreement = correlate(after, run.validation.mos);
        if (!beforeAgreement || !afterAgreement)
            return Result::failure(!beforeAgreement ? beforeAgreement.error() : afterAgreement.error());
        result.before = *beforeAgreement;
        result.after = *afterAgreement;
        result.typeSrccBefore = srccByType(before, run.validation);
        result.typeSrccAfter = srccByType(after, run.validation);
        for (int i = 0; i < run.validation.size(); ++i)
            result.validation << CrossIqaImagePrediction{run.validation.image[i], run.validation.mos[i], before[i], after[i], run.validation.type[i]};

        // The finished checkpoint, written in one piece (SafeTensorsWriter
        // commits through QSaveFile) only now that training is over.
        const QMap<QString, QString> metadata = checkpointMetadata(run);
        result.checkpointPath = QFileInfo(options.outPath).absoluteFilePath();
        result.metadataPath = result.checkpointPath + QStringLiteral(".json");
        if (Status s = detail::saveCrossIqaNetwork(run.network(), result.checkpointPath, metadata); !s)
            return Result::failure(s.error());
        if (Status s = detail::writeJsonFile(result.metadataPath, recordJson(run, metadata)); !s)
            return Result::failure(s.error());
    } catch (const std::exception &e) {
        return Result::failure(detail::torchErrorMessage(e));
    }
    return result;
}

} // namespace iqa
