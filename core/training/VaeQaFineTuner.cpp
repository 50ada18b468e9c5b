#include <torch/torch.h>

#include "training/VaeQaFineTuner.h"

#include "training/HeadTraining.h"

#include "common/SplitMix64.h"
#include "image/ImageLoader.h"
#include "io/FileHash.h"
#include "io/LabelCsv.h"
#include "io/SafeTensors.h"
#include "metrics/Correlation.h"
#include "models/VaeQaModel.h"
#include "models/detail/EncoderModules.h"
#include "models/detail/VaeQaNetwork.h"

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
#include <map>

namespace iqa {

namespace {

// Below these the validation numbers say little; the user is told how small
// the set is rather than refused (a first look on a handful of pairs is a
// legitimate use).
constexpr int kFewPairs = 30;
constexpr int kFewReferences = 5;
constexpr int kShownSkipped = 5;

// The labelled pairs in memory: per tap the head's input of every crop
// (float32, so that the fine-tuner's predictions and `iqa score` agree to
// the last digit), and which pair each crop belongs to. A pair's crops are
// contiguous: cropStart[p] .. cropStart[p] + cropCount[p].
struct PairTable
{
    std::vector<torch::Tensor> inputs;      // per tap: crops x 3C x G x G
    QVector<int> cropStart, cropCount;
    QVector<double> mos;                    // normalised, higher is better
    QVector<QString> ref, dist, type;
    int size() const { return int(mos.size()); }
};

QString typeOf(const LabelRow &row)
{
    for (auto it = row.extra.begin(); it != row.extra.end(); ++it)
        if (it.key().compare(QLatin1String("type"), Qt::CaseInsensitive) == 0)
            return it.value();
    return QString();
}

// Encodes every usable row once. Rows whose files are missing, unreadable,
// of different sizes or too small are skipped with the reason; they never
// stop the run.
Status encodeRows(VaeQaModel &model, int crops, const QString &csvName, const QVector<LabelRow> &rows, const QVector<double> &mos,
                  PairTable *table, QStringList *skipped, const VaeQaFineTuneCallbacks &callbacks, int done, int total,
                  const std::atomic_bool *cancel)
{
    detail::EncoderModule &encoder = *model.encoder().module();
    const VaeQaHeadInfo &info = model.headInfo();
    const ImageLoader loader;
    std::vector<std::vector<torch::Tensor>> perTap;
    torch::NoGradGuard noGrad;  // not InferenceMode: the features feed a head that is trained
    for (int i = 0; i < rows.size(); ++i) {
        if (cancel && cancel->load())
            return Status::failure(QCoreApplication::translate("VaeQaFineTuner", "Fine-tuning was cancelled while encoding; no head was written."));
        if (callbacks.encoding)
            callbacks.encoding(done + i, total);
        const LabelRow &row = rows[i];
        auto skip = [&](const QString &reason) { skipped->append(QCoreApplication::translate("VaeQaFineTuner", "%1 line %2: %3").arg(csvName).arg(row.line).arg(reason)); };
        QString missing;
        for (const QString &path : {row.ref, row.dist})
            if (!QFileInfo::exists(path))
                missing = path;
        if (!missing.isEmpty()) {
            skip(QCoreApplication::translate("VaeQaFineTuner", "missing file %1").arg(QDir::toNativeSeparators(missing)));
            continue;
        }
        auto reference = loader.load(row.ref);
        auto distorted = loader.load(row.dist);
        if (!reference || !distorted) {
            skip(!reference ? reference.error() : distorted.error());
            continue;
        }
        if (Status same = checkSameSize(*reference, *distorted); !same) {
            skip(same.error());
            continue;
        }
        const cv::Size size(reference->width(), reference->height());
        if (size.width < VaeQaModel::kMinimumSide || size.height < VaeQaModel::kMinimumSide) {
            skip(QCoreApplication::translate("VaeQaFineTuner", "images of %1x%2 pixels are smaller than VAE-QA's minimum of %3x%3")
                     .arg(size.width).arg(size.height).arg(VaeQaModel::kMinimumSide));
            continue;
        }
        const cv::Mat ref = toFloatRgb(*reference);
        const cv::Mat dist = toFloatRgb(*distorted);
        const QVector<cv::Rect> rects = VaeQaModel::cropRects(size, crops, info.cropSize);
        table->cropStart << (perTap.empty() ? 0 : int(perTap.front().size()));
        table->cropCount << rects.size();
        for (const cv::Rect &rect : rects) {
            auto pooled = detail::pooledCropFeatures(encoder, ref, dist, rect, info.grid);
            if (!pooled)
                return Status::failure(pooled.error());
            if (perTap.empty())
                perTap.resize(pooled->size());
            for (size_t l = 0; l < pooled->size(); ++l)
                perTap[l].push_back((*pooled)[l].to(torch::kCPU, torch::kFloat32).contiguous());
        }
        table->mos << mos[i];
        table->ref << row.ref;
        table->dist << row.dist;
        table->type << typeOf(row);
    }
    if (callbacks.encoding)
        callbacks.encoding(done + rows.size(), total);
    for (auto &crops : perTap)
        table->inputs.push_back(torch::cat(crops, 0));
    return Status::success();
}

// The score of each listed pair: the head on all of its crops, averaged.
torch::Tensor predictPairs(detail::VaeQaHead &head, const PairTable &table, const std::vector<int> &pairs)
{
    std::vector<int64_t> crops, owner;
    for (size_t k = 0; k < pairs.size(); ++k) {
        const int p = pairs[k];
        for (int c = 0; c < table.cropCount[p]; ++c) {
            crops.push_back(table.cropStart[p] + c);
            owner.push_back(int64_t(k));
        }
    }
    const torch::Tensor index = torch::tensor(crops, torch::kLong);
    std::vector<torch::Tensor> inputs;
    for (const torch::Tensor &t : table.inputs)
        inputs.push_back(t.index_select(0, index));
    const torch::Tensor q = head->forward(inputs);
    const torch::Tensor sums = torch::zeros({int64_t(pairs.size())}).index_add(0, torch::tensor(owner, torch::kLong), q);
    std::vector<float> counts;
    for (const int p : pairs)
        counts.push_back(float(table.cropCount[p]));
    return sums / torch::tensor(counts);
}

QVector<double> predictAll(detail::VaeQaHead &head, const PairTable &table)
{
    torch::NoGradGuard noGrad;
    head->eval();
    QVector<double> out;
    for (int start = 0; start < table.size(); start += 64) {
        std::vector<int> pairs;
        for (int p = start; p < std::min(table.size(), start + 64); ++p)
            pairs.push_back(p);
        const torch::Tensor q = predictPairs(head, table, pairs);
        for (int64_t i = 0; i < q.size(0); ++i)
            out << q[i].item<double>();
    }
    head->train();
    return out;
}

VaeQaAgreement agreement(const QVector<double> &predicted, const PairTable &table)
{
    VaeQaAgreement a;
    a.n = predicted.size();
    if (auto c = correlate(predicted, table.mos); c) {
        a.srcc = c->srcc;
        a.plcc = c->plcc;
        a.krcc = c->krcc;
        a.rmse = c->rmse;
    }
    QMap<QString, QPair<QVector<double>, QVector<double>>> byType;
    for (int p = 0; p < table.size(); ++p)
        if (!table.type[p].isEmpty()) {
            byType[table.type[p]].first << predicted[p];
            byType[table.type[p]].second << table.mos[p];
        }
    for (auto it = byType.begin(); it != byType.end(); ++it)
        if (auto s = spearman(it->first, it->second); s)
            a.typeSrcc.insert(it.key(), *s);
    return a;
}

Expected<LabelSet> readLabels(const QString &path, const QString &folder, QStringList *skipped)
{
    auto set = LabelCsv::read(path, folder);
    if (!set)
        return set;
    if (!set->fullReference)
        return Expected<LabelSet>::failure(QCoreApplication::translate("VaeQaFineTuner", "%1 is a no-reference label file (image,mos); fine-tuning VAE-QA needs ref,dist,mos.")
                                               .arg(QDir::toNativeSeparators(path)));
    for (const LabelIssue &issue : set->skipped)
        skipped->append(QCoreApplication::translate("VaeQaFineTuner", "%1 line %2: %3").arg(QFileInfo(path).fileName()).arg(issue.line).arg(issue.reason));
    return set;
}

QString shownList(const QStringList &items)
{
    QStringList shown = items.mid(0, kShownSkipped);
    if (items.size() > kShownSkipped)
        shown << QCoreApplication::translate("VaeQaFineTuner", "… and %n more", nullptr, int(items.size()) - kShownSkipped);
    return shown.join(QStringLiteral("\n  "));
}

QJsonValue optionalJson(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); }

} // namespace

QJsonObject VaeQaAgreement::toJson() const
{
    QJsonObject types;
    for (auto it = typeSrcc.begin(); it != typeSrcc.end(); ++it)
        types.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("n"), n},
                       {QStringLiteral("srcc"), optionalJson(srcc)},
                       {QStringLiteral("plcc"), optionalJson(plcc)},
                       {QStringLiteral("krcc"), optionalJson(krcc)},
                       {QStringLiteral("rmse"), optionalJson(rmse)},
                       {QStringLiteral("srcc_by_type"), types}};
}

QJsonObject VaeQaFineTuneEpoch::toJson() const
{
    return QJsonObject{{QStringLiteral("epoch"), epoch},
                       {QStringLiteral("train_loss"), trainLoss},
                       {QStringLiteral("validation_srcc"), validationSrcc},
                       {QStringLiteral("validation_plcc"), validationPlcc},
                       {QStringLiteral("seconds"), seconds}};
}

Expected<VaeQaFineTuneResult> fineTuneVaeQaHead(const VaeQaFineTuneOptions &options, const VaeQaFineTuneCallbacks &callbacks,
                                                const std::atomic_bool *cancel)
{
    using Result = Expected<VaeQaFineTuneResult>;
    auto note = [&](const QString &text) {
        if (callbacks.note)
            callbacks.note(text);
    };
    if (options.outPath.isEmpty())
        return Result::failure(QCoreApplication::translate("VaeQaFineTuner", "No output file for the fine-tuned head was given."));
    if (options.epochs < 1 || options.batchPairs < 2 || options.learningRate <= 0.0 || options.patience < 1)
        return Result::failure(QCoreApplication::translate("VaeQaFineTuner", "Fine-tuning needs at least one epoch, two pairs per batch, a positive learning rate and a patience of at least one epoch."));
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();
    VaeQaFineTuneResult result;

    // --- labels, normalisation and the split by content
    auto labels = readLabels(options.labelsPath, options.imagesFolder, &result.skipped);
    if (!labels)
        return Result::failure(labels.error());
    std::optional<LabelSet> validationLabels;
    if (!options.validationLabelsPath.isEmpty()) {
        auto v = readLabels(options.validationLabelsPath, options.imagesFolder, &result.skipped);
        if (!v)
            return Result::failure(v.error());
        validationLabels = *v;
    }
    if (labels->rows.isEmpty())
        return Result::failure(QCoreApplication::translate("VaeQaFineTuner", "%1 has no usable rows.").arg(QDir::toNativeSeparators(options.labelsPath)));
    result.mosMin = result.mosMax = labels->rows.front().mos;
    for (const LabelRow &row : labels->rows) {
        result.mosMin = std::min(result.mosMin, row.mos);
        result.mosMax = std::max(result.mosMax, row.mos);
    }
    if (result.mosMax <= result.mosMin)
        return Result::failure(QCoreApplication::translate("VaeQaFineTuner", "Every row of %1 has the same MOS (%2): there is nothing to learn from a single value.")
                                   .arg(QDir::toNativeSeparators(options.labelsPath)).arg(result.mosMin));
    auto normalise = [&](double mos) {
        const double unit = (mos - result.mosMin) / (result.mosMax - result.mosMin);
        return options.lowerIsBetter ? 1.0 - unit : unit;
    };
    note(options.lowerIsBetter
             ? QCoreApplication::translate("VaeQaFineTuner", "MOS normalised to [0,1] from [%1, %2], flipped (lower was better): %2 -> 0, %1 -> 1.").arg(result.mosMin).arg(result.mosMax)
             : QCoreApplication::translate("VaeQaFineTuner", "MOS normalised to [0,1] from [%1, %2]: %1 -> 0, %2 -> 1.").arg(result.mosMin).arg(result.mosMax));

    QVector<LabelRow> trainRows, validationRows;
    if (validationLabels) {
        trainRows = labels->rows;
        validationRows = validationLabels->rows;
    } else {
        // All rows of one reference on one side, so that validation measures
        // content the head has not seen.
        QStringList references;
        for (const LabelRow &row : labels->rows)
            if (!references.contains(row.ref))
                references << row.ref;
        if (references.size() < 2)
            return Result::failure(QCoreApplication::translate("VaeQaFineTuner", "Splitting by content needs at least two reference images; %1 names only one. Give --val-labels instead.")
                                       .arg(QDir::toNativeSeparators(options.labelsPath)));
        std::sort(references.begin(), references.end());
        SplitMix64 rng(options.seed);
        for (int i = references.size() - 1; i > 0; --i)
            references.swapItemsAt(i, rng.below(i + 1));
        const int held = std::clamp(int(std::lround(options.validationShare * references.size())), 1, int(references.size()) - 1);
        const QSet<QString> validationRefs(references.begin(), references.begin() + held);
        for (const LabelRow &row : labels->rows)
            (validationRefs.contains(row.ref) ? validationRows : trainRows) << row;
    }
    QVector<double> trainMos, validationMos;
    for (const LabelRow &row : trainRows)
        trainMos << normalise(row.mos);
    for (const LabelRow &row : validationRows)
        validationMos << normalise(row.mos);

    // --- the starting head: VaeQaModel validates it (another model's
    // checkpoint is refused with VaeQaHeadInfo's message) and owns the encoder.
    VaeQaOptions modelOptions;
    modelOptions.headPath = options.startHeadPath;
    modelOptions.modelsFolder = options.modelsFolder;
    modelOptions.device = options.device;
    modelOptions.crops = options.crops;
    auto model = VaeQaModel::create(modelOptions);
    if (!model)
        return Result::failure(model.error());
    const QString startPath = options.startHeadPath.isEmpty() ? VaeQaModel::defaultHeadPath() : options.startHeadPath;
    const VaeQaHeadInfo info = (*model)->headInfo();
    detail::VaeQaHeadShape shape;
    shape.tapChannels.assign(info.tapChannels.begin(), info.tapChannels.end());
    shape.grid = info.grid;
    shape.withinChannels = info.withinChannels;
    shape.acrossChannels = info.acrossChannels;
    shape.mlpHidden = info.mlpHidden;

    PairTable train, validation;
    try {
        if (Status s = encodeRows(**model, options.crops, QFileInfo(options.labelsPath).fileName(), trainRows, trainMos, &train, &result.skipped, callbacks,
                                    0, trainRows.size() + validationRows.size(), cancel); !s)
            return Result::failure(s.error());
        if (Status s = encodeRows(**model, options.crops,
                                  QFileInfo(validationLabels ? options.validationLabelsPath : options.labelsPath).fileName(), validationRows, validationMos, &validation, &result.skipped,
                                    callbacks, trainRows.size(), trainRows.size() + validationRows.size(), cancel); !s)
            return Result::failure(s.error());
        if (!result.skipped.isEmpty())
            note(QCoreApplication::translate("VaeQaFineTuner", "%n row(s) skipped:", nullptr, result.skipped.size()) + QStringLiteral("\n  ") + shownList(result.skipped));
    } catch (const std::exception &e) {
        return Result::failure(detail::torchErrorMessage(e));
    }
    auto countReferences = [](const PairTable &t) { return int(QSet<QString>(t.ref.begin(), t.ref.end()).size()); };
    result.trainPairs = train.size();
    result.validationPairs = validation.size();
    result.trainReferences = countReferences(train);
    result.validationReferences = countReferences(validation);
    if (train.size() < 2 || validation.size() < 3)
        return Result::failure(QCoreApplication::translate("VaeQaFineTuner", "After skipping unusable rows, %1 training and %2 validation pairs are left; fine-tuning needs at least 2 and 3.")
                                   .arg(train.size()).arg(validation.size()));
    if (QSet<double>(train.mos.begin(), train.mos.end()).size() < 2)
        return Result::failure(QCoreApplication::translate("VaeQaFineTuner", "Every usable training pair has the same MOS: there is nothing to learn from a single value."));
    if (train.size() < kFewPairs || result.trainReferences < kFewReferences)
        result.warnings << QCoreApplication::translate("VaeQaFineTuner", "The training side is small: %1 pairs of %2 reference images (fewer than %3 pairs or %4 references); the validation numbers say little.")
                               .arg(train.size()).arg(result.trainReferences).arg(kFewPairs).arg(kFewReferences);
    for (const QString &w : result.warnings)
        note(QCoreApplication::translate("VaeQaFineTuner", "warning: %1").arg(w));
    note(QCoreApplication::translate("VaeQaFineTuner", "split: %1 training pairs (%2 references), %3 validation pairs (%4 references)")
             .arg(train.size()).arg(result.trainReferences).arg(validation.size()).arg(result.validationReferences));

    // --- training
    try {
        auto file = SafeTensorsFile::open(startPath);
        if (!file)
            return Result::failure(file.error());
        torch::manual_seed(int64_t(options.seed));
        detail::VaeQaHead head(shape);
        if (Status s = detail::loadVaeQaHead(head, *file); !s)
            return Result::failure(s.error());
        detail::VaeQaHead best(shape);
        detail::copyParameters(*head, *best);

        const QVector<double> beforePredictions = predictAll(head, validation);
        result.before = agreement(beforePredictions, validation);
        result.best.validationSrcc = result.before.srcc.value_or(-1.0);  // the start is a candidate too

        torch::optim::Adam optimiser(head->parameters(),
                                     torch::optim::AdamOptions(options.learningRate).weight_decay(options.weightDecay));
        const torch::Tensor targets = torch::tensor(std::vector<float>(train.mos.begin(), train.mos.end()));
        const int stepsPerEpoch = (train.size() + options.batchPairs - 1) / options.batchPairs;
        const int totalSteps = stepsPerEpoch * options.epochs;
        int sinceBest = 0;
        head->train();
        for (int epoch = 1; epoch <= options.epochs && sinceBest < options.patience; ++epoch) {
            QElapsedTimer epochClock;
            epochClock.start();
            SplitMix64 rng(options.seed * 1000003ULL + quint64(epoch));
            std::vector<int> order(size_t(train.size()));
            for (size_t i = 0; i < order.size(); ++i)
                order[i] = int(i);
            for (int i = int(order.size()) - 1; i > 0; --i)
                std::swap(order[size_t(i)], order[size_t(rng.below(i + 1))]);
            double lossSum = 0.0;
            for (int step = 0; step < stepsPerEpoch; ++step) {
                if (cancel && cancel->load())
                    return Result::failure(QCoreApplication::translate("VaeQaFineTuner", "Fine-tuning was cancelled in epoch %1; no head was written.").arg(epoch));
                const auto first = order.begin() + step * options.batchPairs;
                const std::vector<int> pairs(first, std::min(first + options.batchPairs, order.end()));
                detail::setLearningRate(optimiser, detail::cosineLearningRate(options.learningRate, (epoch - 1) * stepsPerEpoch + step, totalSteps));
                const torch::Tensor q = predictPairs(head, train, pairs);
                const torch::Tensor y = targets.index_select(0, torch::tensor(std::vector<int64_t>(pairs.begin(), pairs.end()), torch::kLong));
                torch::Tensor loss = torch::mse_loss(q, y);
                if (options.loss == FineTuneLoss::Rank) {
                    // Hinge over batch pairs with different MOS: the better
                    // rated one must score higher by at least the margin.
                    const torch::Tensor ordered = y.unsqueeze(1).gt(y.unsqueeze(0) + 1e-6);  // [i][j]: y_i > y_j
                    if (ordered.any().item<bool>()) {
                        const torch::Tensor violation = torch::relu(options.rankMargin - (q.unsqueeze(1) - q.unsqueeze(0)));
                        loss = loss + options.rankWeight * violation.masked_select(ordered).mean();
                    }
                }
                optimiser.zero_grad();
                loss.backward();
                optimiser.step();
                lossSum += loss.item<double>();
            }
            const QVector<double> predicted = predictAll(head, validation);
            VaeQaFineTuneEpoch report;
            if (auto c = correlate(predicted, validation.mos); c) {
                report.validationSrcc = c->srcc.value_or(0.0);
                report.validationPlcc = c->plcc.value_or(0.0);
            }
            report.epoch = epoch;
            report.epochs = options.epochs;
            report.trainLoss = lossSum / stepsPerEpoch;
            report.seconds = epochClock.elapsed() / 1000.0;
            if (report.validationSrcc > result.best.validationSrcc) {
                report.best = true;
                result.best = report;
                detail::copyParameters(*head, *best);
                sinceBest = 0;
            } else {
                ++sinceBest;
            }
            result.history << report;
            if (callbacks.epoch)
                callbacks.epoch(report);
        }
        if (sinceBest >= options.patience)
            note(QCoreApplication::translate("VaeQaFineTuner", "Stopped early after epoch %1: no better validation SRCC for %2 epochs.").arg(result.history.size()).arg(options.patience));

        const QVector<double> afterPredictions = predictAll(best, validation);
        result.after = agreement(afterPredictions, validation);
        for (int p = 0; p < validation.size(); ++p)
            result.validation << VaeQaPairPrediction{validation.ref[p], validation.dist[p], validation.type[p], validation.mos[p],
                                                     beforePredictions[p], afterPredictions[p]};

        // --- the finished head, written in one piece (SafeTensorsWriter
        // commits through QSaveFile) only now that training is over.
        QMap<QString, QString> metadata = info.toMetadata();
        metadata.insert(QStringLiteral("trained"), started.toString(Qt::ISODate));
        metadata.insert(QStringLiteral("fine_tuned_from_sha256"), (*model)->card().weightsSha256);
        metadata.insert(QStringLiteral("labels_sha256"), sha256OfFile(options.labelsPath));
        metadata.insert(QStringLiteral("best_epoch"), QString::number(result.best.epoch));
        if (Status s = detail::saveVaeQaHead(best, options.outPath, metadata); !s)
            return Result::failure(s.error());
        result.headPath = options.outPath;

        QJsonArray history;
        for (const VaeQaFineTuneEpoch &r : result.history)
            history.append(r.toJson());
        QJsonArray validationReferences;
        for (const QString &ref : QSet<QString>(validation.ref.begin(), validation.ref.end()))
            validationReferences.append(ref);
        const QJsonObject json{
            {QStringLiteral("model"), QStringLiteral("vae-qa")},
            {QStringLiteral("kind"), QStringLiteral("fine-tuned head")},
            {QStringLiteral("output"), QStringLiteral("quality in [0,1], higher is better")},
            {QStringLiteral("encoder"), info.encoderId},
            {QStringLiteral("base"), QJsonObject{{QStringLiteral("checkpoint"), startPath},
                                                  {QStringLiteral("sha256"), (*model)->card().weightsSha256}}},
            {QStringLiteral("head"), QJsonObject{{QStringLiteral("file"), QFileInfo(options.outPath).fileName()},
                                                  {QStringLiteral("sha256"), sha256OfFile(options.outPath)},
                                                  {QStringLiteral("trainable_parameters"), double(head->trainableParameterCount())},
                                                  {QStringLiteral("metadata"), detail::stringMapToJson(metadata)}}},
            {QStringLiteral("data"), QJsonObject{
                {QStringLiteral("labels"), options.labelsPath},  // as given; the SHA-256 identifies it
                {QStringLiteral("labels_sha256"), sha256OfFile(options.labelsPath)},
                {QStringLiteral("validation_labels"), options.validationLabelsPath.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                            : QJsonValue(options.validationLabelsPath)},
                {QStringLiteral("validation_labels_sha256"), options.validationLabelsPath.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                                   : QJsonValue(sha256OfFile(options.validationLabelsPath))},
                {QStringLiteral("normalisation"), QJsonObject{{QStringLiteral("min"), result.mosMin},
                                                               {QStringLiteral("max"), result.mosMax},
                                                               {QStringLiteral("lower_is_better"), options.lowerIsBetter}}},
                {QStringLiteral("split"), QJsonObject{{QStringLiteral("by"), validationLabels ? QStringLiteral("validation labels") : QStringLiteral("ref")},
                                                       {QStringLiteral("seed"), QString::number(options.seed)},
                                                       {QStringLiteral("validation_share"), options.validationShare},
                                                       {QStringLiteral("training_pairs"), train.size()},
                                                       {QStringLiteral("training_references"), result.trainReferences},
                                                       {QStringLiteral("validation_pairs"), validation.size()},
                                                       {QStringLiteral("validation_references"), validationReferences}}},
                {QStringLiteral("crops"), options.crops},
                {QStringLiteral("skipped_rows"), QJsonArray::fromStringList(result.skipped)},
                {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)}}},
            {QStringLiteral("hyper_parameters"), QJsonObject{
                {QStringLiteral("optimiser"), QStringLiteral("Adam")},
                {QStringLiteral("learning_rate"), options.learningRate},
                {QStringLiteral("schedule"), QStringLiteral("cosine to 0 over all steps")},
                {QStringLiteral("weight_decay"), options.weightDecay},
                {QStringLiteral("epochs"), options.epochs},
                {QStringLiteral("patience"), options.patience},
                {QStringLiteral("batch_pairs"), options.batchPairs},
                {QStringLiteral("loss"), options.loss == FineTuneLoss::Rank
                                             ? QStringLiteral("MSE + %1 x mean hinge(margin %2) over batch pairs with different MOS").arg(options.rankWeight).arg(options.rankMargin)
                                             : QStringLiteral("MSE")},
                {QStringLiteral("encoder"), QStringLiteral("frozen")}}},
            {QStringLiteral("before"), result.before.toJson()},
            {QStringLiteral("after"), result.after.toJson()},
            {QStringLiteral("best_epoch"), result.best.epoch},
            {QStringLiteral("history"), history},
            {QStringLiteral("command"), options.commandLine},
            {QStringLiteral("started_utc"), started.toString(Qt::ISODate)},
            {QStringLiteral("training_seconds"), clock.elapsed() / 1000.0},
            {QStringLiteral("cpu_threads"), QThread::idealThreadCount()},
        };
        result.metadataPath = options.outPath + QStringLiteral(".json");
        if (Status s = detail::writeJsonFile(result.metadataPath, json); !s)
            return Result::failure(s.error());
    } catch (const std::exception &e) {
        return Result::failure(detail::torchErrorMessage(e));
    }
    return result;
}

} // namespace iqa
