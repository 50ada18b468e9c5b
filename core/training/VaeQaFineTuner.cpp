#include <torch/torch.h>

#include "training/VaeQaFineTuner.h"

#include "training/FeatureCache.h"
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
#include <QHash>
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
    std::vector<torch::Tensor> inputs;      // per tap: crops x 3C x G x G (after seal())
    QVector<int> cropStart, cropCount;
    QVector<double> mos;                    // normalised, higher is better
    QVector<QString> ref, dist, type;
    QVector<QString> cacheKey;              // empty: no feature cache entry
    QVector<bool> fromCache;
    int size() const { return int(mos.size()); }

    // Pairs arrive one at a time (per tap: its crops x 3C x G x G) and are
    // concatenated once by seal(): one copy instead of one per pair.
    void append(std::vector<torch::Tensor> taps, const LabelRow &row, double normalisedMos, const QString &rowType,
                const QString &key, bool cached)
    {
        cropStart << m_crops;
        cropCount << int(taps.front().size(0));
        m_crops += int(taps.front().size(0));
        if (m_building.empty())
            m_building.resize(taps.size());
        for (size_t l = 0; l < taps.size(); ++l)
            m_building[l].push_back(std::move(taps[l]));
        mos << normalisedMos;
        ref << row.ref;
        dist << row.dist;
        type << rowType;
        cacheKey << key;
        fromCache << cached;
    }
    void seal()
    {
        for (size_t l = 0; l < m_building.size(); ++l)
            inputs.push_back(torch::cat(m_building[l], 0));
        m_building.clear();
    }
    // One pair's input, as views into `inputs`.
    std::vector<torch::Tensor> pairInputs(int p) const
    {
        std::vector<torch::Tensor> out;
        for (const torch::Tensor &t : inputs)
            out.push_back(t.narrow(0, cropStart[p], cropCount[p]));
        return out;
    }

private:
    std::vector<std::vector<torch::Tensor>> m_building;
    int m_crops = 0;
};

QString typeOf(const LabelRow &row)
{
    for (auto it = row.extra.begin(); it != row.extra.end(); ++it)
        if (it.key().compare(QLatin1String("type"), Qt::CaseInsensitive) == 0)
            return it.value();
    return QString();
}

// What stays the same while every label file's rows are encoded.
struct EncodingRun
{
    VaeQaModel &model;
    int crops = 1;
    const VaeQaFineTuneCallbacks &callbacks;
    const std::atomic_bool *cancel = nullptr;
    detail::VaeQaFeatureCache *cache = nullptr;  // nullptr: no feature cache file
    detail::FeatureCacheGeometry geometry;
    QHash<QString, QString> fileHashes;          // a reference appears in many rows: hash it once
    int done = 0, total = 0;
};

QString cachedSha256(EncodingRun &run, const QString &path)
{
    auto it = run.fileHashes.find(path);
    if (it == run.fileHashes.end())
        it = run.fileHashes.insert(path, sha256OfFile(path));
    return it.value();
}

// The row's key in the feature cache; empty without a cache or when a file
// cannot be read (the row is then encoded, or skipped with the reason).
QString cacheKeyOf(EncodingRun &run, const LabelRow &row)
{
    if (!run.cache)
        return QString();
    const QString refSha = cachedSha256(run, row.ref);
    const QString distSha = cachedSha256(run, row.dist);
    if (refSha.isEmpty() || distSha.isEmpty())
        return QString();
    return detail::VaeQaFeatureCache::entryKey(run.geometry, refSha, distSha);
}

// The head's input of every crop of one pair, per tap crops x 3C x G x G;
// a failure is a reason to skip the row, or (encoder error) to stop.
struct EncodedPair
{
    std::vector<torch::Tensor> taps;
    QString skipReason;
};

Expected<EncodedPair> encodePair(EncodingRun &run, const LabelRow &row)
{
    detail::EncoderModule &encoder = *run.model.encoder().module();
    const VaeQaHeadInfo &info = run.model.headInfo();
    const ImageLoader loader;
    EncodedPair out;
    auto reference = loader.load(row.ref);
    auto distorted = loader.load(row.dist);
    if (!reference || !distorted) {
        out.skipReason = !reference ? reference.error() : distorted.error();
        return out;
    }
    if (Status same = checkSameSize(*reference, *distorted); !same) {
        out.skipReason = same.error();
        return out;
    }
    const cv::Size size(reference->width(), reference->height());
    if (size.width < VaeQaModel::kMinimumSide || size.height < VaeQaModel::kMinimumSide) {
        out.skipReason = QCoreApplication::translate("VaeQaFineTuner", "images of %1x%2 pixels are smaller than VAE-QA's minimum of %3x%3")
                             .arg(size.width).arg(size.height).arg(VaeQaModel::kMinimumSide);
        return out;
    }
    const cv::Mat ref = toFloatRgb(*reference);
    const cv::Mat dist = toFloatRgb(*distorted);
    std::vector<std::vector<torch::Tensor>> perTap;
    for (const cv::Rect &rect : VaeQaModel::cropRects(size, run.crops, info.cropSize)) {
        auto pooled = detail::pooledCropFeatures(encoder, ref, dist, rect, info.grid);
        if (!pooled)
            return Expected<EncodedPair>::failure(pooled.error());
        perTap.resize(pooled->size());
        for (size_t l = 0; l < pooled->size(); ++l)
            perTap[l].push_back((*pooled)[l].to(torch::kCPU, torch::kFloat32).contiguous());
    }
    for (const auto &crops : perTap)
        out.taps.push_back(torch::cat(crops, 0));
    return out;
}

// Encodes every usable row once, or reads it from the feature cache. Rows
// whose files are missing, unreadable, of different sizes or too small are
// skipped with the reason; they never stop the run. On a failure (cancel,
// encoder error) the pairs done so far stay in the table, so that the
// caller can still keep them in the cache.
Status encodeRows(EncodingRun &run, const QString &csvName, const QVector<LabelRow> &rows, const QVector<double> &mos,
                  PairTable *table, QStringList *skipped)
{
    torch::NoGradGuard noGrad;  // not InferenceMode: the features feed a head that is trained
    for (int i = 0; i < rows.size(); ++i, ++run.done) {
        if (run.cancel && run.cancel->load())
            return Status::failure(QCoreApplication::translate("VaeQaFineTuner", "Fine-tuning was cancelled while encoding; no head was written."));
        if (run.callbacks.encoding)
            run.callbacks.encoding(run.done, run.total);
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
        const QString key = cacheKeyOf(run, row);
        if (!key.isEmpty()) {
            if (auto cached = run.cache->find(key)) {
                table->append(std::move(*cached), row, mos[i], typeOf(row), key, true);
                continue;
            }
        }
        auto encoded = encodePair(run, row);
        if (!encoded)
            return Status::failure(encoded.error());
        if (!encoded->skipReason.isEmpty()) {
            skip(encoded->skipReason);
            continue;
        }
        table->append(std::move(encoded->taps), row, mos[i], typeOf(row), key, false);
    }
    if (run.callbacks.encoding)
        run.callbacks.encoding(run.done, run.total);
    return Status::success();
}

// Opens the feature cache named in the options; nothing when there is none.
// An unreadable file is only a note: its pairs are encoded again and save()
// replaces it.
std::optional<detail::VaeQaFeatureCache> openFeatureCache(const VaeQaFineTuneOptions &options, const VaeQaModel &model,
                                                          const std::function<void(const QString &)> &note)
{
    if (options.featureCachePath.isEmpty())
        return std::nullopt;
    const QString shown = QDir::toNativeSeparators(options.featureCachePath);
    const VaeQaHeadInfo &info = model.headInfo();
    detail::FeatureCacheGeometry geometry;
    geometry.encoderId = info.encoderId;
    QString error;
    geometry.encoderSha256 = sha256OfFile(model.encoder().weightsPath(), &error);
    if (geometry.encoderSha256.isEmpty()) {
        note(QCoreApplication::translate("VaeQaFineTuner", "The feature cache %1 is not used: the encoder weights %2 cannot be read to identify them (%3).")
                 .arg(shown, QDir::toNativeSeparators(model.encoder().weightsPath()), error));
        return std::nullopt;
    }
    geometry.crops = options.crops;
    geometry.cropSize = info.cropSize;
    geometry.grid = info.grid;
    geometry.tapChannels = info.tapChannels;
    std::optional<detail::VaeQaFeatureCache> cache(std::in_place, options.featureCachePath, geometry);
    if (Status loaded = cache->load(); !loaded)
        note(QCoreApplication::translate("VaeQaFineTuner", "The feature cache cannot be used: %1. Every pair is encoded again and %2 is rewritten.").arg(loaded.error(), shown));
    return cache;
}

// Adds the newly encoded pairs to the cache file and writes it when there is
// anything new (or the old file was unusable). A failed write is a note: the
// run itself has everything it needs.
void saveFeatureCache(detail::VaeQaFeatureCache &cache, const PairTable &table, const std::function<void(const QString &)> &note)
{
    const QString shown = QDir::toNativeSeparators(cache.path());
    if (cache.rejected() > 0)
        note(QCoreApplication::translate("VaeQaFineTuner", "%n entry(ies) of the feature cache %1 had the wrong shape or non-finite values; those pairs were encoded again.", nullptr, cache.rejected())
                 .arg(shown));
    for (int p = 0; p < table.size(); ++p)
        if (!table.fromCache[p] && !table.cacheKey[p].isEmpty())
            cache.add(table.cacheKey[p], table.pairInputs(p));
    if (!cache.needsWrite())
        return;
    const int added = cache.pending();
    if (Status saved = cache.save(); !saved)
        note(QCoreApplication::translate("VaeQaFineTuner", "The feature cache %1 could not be written: %2").arg(shown, saved.error()));
    else
        note(QCoreApplication::translate("VaeQaFineTuner", "Feature cache %1 written with %n new pair(s).", nullptr, added).arg(shown));
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

// Predictions for the listed pairs, in their order.
QVector<double> predict(detail::VaeQaHead &head, const PairTable &table, const std::vector<int> &pairs)
{
    torch::NoGradGuard noGrad;
    head->eval();
    QVector<double> out;
    for (size_t start = 0; start < pairs.size(); start += 64) {
        const std::vector<int> batch(pairs.begin() + start, pairs.begin() + std::min(pairs.size(), start + 64));
        const torch::Tensor q = predictPairs(head, table, batch);
        for (int64_t i = 0; i < q.size(0); ++i)
            out << q[i].item<double>();
    }
    head->train();
    return out;
}

QVector<double> mosOf(const PairTable &table, const std::vector<int> &pairs)
{
    QVector<double> out;
    for (const int p : pairs)
        out << table.mos[p];
    return out;
}

std::vector<int> allPairs(int first, int end)
{
    std::vector<int> out;
    for (int p = first; p < end; ++p)
        out.push_back(p);
    return out;
}

// Agreement of `predicted` (in the order of `pairs`) with their MOS.
VaeQaAgreement agreement(const QVector<double> &predicted, const PairTable &table, const std::vector<int> &pairs)
{
    VaeQaAgreement a;
    a.n = predicted.size();
    if (auto c = correlate(predicted, mosOf(table, pairs)); c) {
        a.srcc = c->srcc;
        a.plcc = c->plcc;
        a.krcc = c->krcc;
        a.rmse = c->rmse;
    }
    QMap<QString, QPair<QVector<double>, QVector<double>>> byType;
    for (size_t k = 0; k < pairs.size(); ++k) {
        const int p = pairs[k];
        if (!table.type[p].isEmpty()) {
            byType[table.type[p]].first << predicted[int(k)];
            byType[table.type[p]].second << table.mos[p];
        }
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

// The distinct references, sorted and then shuffled with the seed: the same
// order for the same labels and seed whatever the row order of the CSV.
QStringList shuffledReferences(QStringList references, quint64 seed)
{
    references.removeDuplicates();
    std::sort(references.begin(), references.end());
    SplitMix64 rng(seed);
    for (int i = int(references.size()) - 1; i > 0; --i)
        references.swapItemsAt(i, rng.below(i + 1));
    return references;
}

QStringList referencesOf(const QVector<LabelRow> &rows)
{
    QStringList out;
    for (const LabelRow &row : rows)
        out << row.ref;
    out.removeDuplicates();
    return out;
}

int countReferences(const PairTable &table, const std::vector<int> &pairs)
{
    QSet<QString> refs;
    for (const int p : pairs)
        refs.insert(table.ref[p]);
    return int(refs.size());
}

// Every pair's fold, 1..K: the references of the usable pairs shuffled with
// the seed and dealt out in turn, so that all pairs of one reference share a
// fold and the folds' reference counts differ by at most one.
QVector<int> assignFolds(const PairTable &table, int folds, quint64 seed)
{
    const QStringList references = shuffledReferences(table.ref, seed);
    QHash<QString, int> foldOf;
    for (int i = 0; i < references.size(); ++i)
        foldOf.insert(references[i], i % folds + 1);
    QVector<int> out;
    for (const QString &ref : table.ref)
        out << foldOf.value(ref);
    return out;
}

// The median of the folds' best epochs, rounded: how long the final head
// trains on all pairs. An even count takes the mean of the middle two.
int medianEpochs(QVector<int> epochs)
{
    std::sort(epochs.begin(), epochs.end());
    const int n = int(epochs.size());
    if (n == 0)
        return 0;
    return n % 2 == 1 ? epochs[n / 2] : int(std::lround((epochs[n / 2 - 1] + epochs[n / 2]) / 2.0));
}

// What one training run of the head needs besides the pairs.
struct FitContext
{
    const VaeQaFineTuneOptions &options;
    const VaeQaFineTuneCallbacks &callbacks;
    const std::atomic_bool *cancel;
    const SafeTensorsFile &startFile;
    detail::VaeQaHeadShape shape;
    std::function<void(const QString &)> note;
};

struct FitPlan
{
    int fold = 0;                 // reported with every epoch
    std::vector<int> train;       // pairs the head learns from
    std::vector<int> validation;  // held out for early stopping; empty: train `epochs` epochs and keep the last
    int epochs = 0;
    double startSrcc = -1.0;      // the start head's validation SRCC: the bar the first better epoch must beat
};

struct FitOutcome
{
    detail::VaeQaHead head{nullptr};  // the best epoch's weights (the start when none was better)
    VaeQaFineTuneEpoch best;          // epoch 0: no epoch beat the start
    QVector<VaeQaFineTuneEpoch> history;
};

Expected<detail::VaeQaHead> loadStartHead(const FitContext &context)
{
    detail::VaeQaHead head(context.shape);
    if (Status s = detail::loadVaeQaHead(head, context.startFile); !s)
        return Expected<detail::VaeQaHead>::failure(s.error());
    return head;
}

// A different batch order per fold; fold 0 keeps the order a single split
// has always had.
quint64 batchOrderSeed(quint64 seed, int fold, int epoch)
{
    return (seed + quint64(fold) * 0x9E3779B97F4A7C15ULL) * 1000003ULL + quint64(epoch);
}

// One loss step on a batch of pairs; returns the loss.
double trainStep(detail::VaeQaHead &head, torch::optim::Adam &optimiser, const PairTable &table, const torch::Tensor &targets,
                 const std::vector<int> &pairs, const VaeQaFineTuneOptions &options)
{
    const torch::Tensor q = predictPairs(head, table, pairs);
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
    return loss.item<double>();
}

// Trains a head from the start weights on plan.train. With validation pairs
// it keeps the epoch with the best validation SRCC and stops after
// `patience` epochs without a better one; without, it trains plan.epochs
// epochs and keeps the last.
Status fitHead(const FitContext &context, const PairTable &table, const FitPlan &plan, FitOutcome *out)
{
    const VaeQaFineTuneOptions &options = context.options;
    torch::manual_seed(int64_t(options.seed));
    auto start = loadStartHead(context);
    if (!start)
        return Status::failure(start.error());
    detail::VaeQaHead head = *start;
    detail::VaeQaHead best(context.shape);
    detail::copyParameters(*head, *best);
    const bool validated = !plan.validation.empty();
    out->history.clear();
    out->best = VaeQaFineTuneEpoch();
    out->best.fold = plan.fold;
    out->best.validated = validated;
    out->best.validationSrcc = plan.startSrcc;  // the start is a candidate too

    torch::optim::Adam optimiser(head->parameters(), torch::optim::AdamOptions(options.learningRate).weight_decay(options.weightDecay));
    const torch::Tensor targets = torch::tensor(std::vector<float>(table.mos.begin(), table.mos.end()));
    const int trainPairs = int(plan.train.size());
    const int stepsPerEpoch = (trainPairs + options.batchPairs - 1) / options.batchPairs;
    // The schedule of a full run even when plan.epochs is shorter: the final
    // fit of k-fold stops at the folds' median best epoch, and should get
    // there on the learning-rate curve the folds got there on.
    const int totalSteps = stepsPerEpoch * options.epochs;
    int sinceBest = 0;
    head->train();
    for (int epoch = 1; epoch <= plan.epochs && sinceBest < options.patience; ++epoch) {
        QElapsedTimer epochClock;
        epochClock.start();
        SplitMix64 rng(batchOrderSeed(options.seed, plan.fold, epoch));
        std::vector<int> order = plan.train;
        for (int i = trainPairs - 1; i > 0; --i)
            std::swap(order[size_t(i)], order[size_t(rng.below(i + 1))]);
        double lossSum = 0.0;
        for (int step = 0; step < stepsPerEpoch; ++step) {
            if (context.cancel && context.cancel->load())
                return Status::failure(QCoreApplication::translate("VaeQaFineTuner", "Fine-tuning was cancelled in epoch %1; no head was written.").arg(epoch));
            const auto first = order.begin() + step * options.batchPairs;
            const std::vector<int> pairs(first, std::min(first + options.batchPairs, order.end()));
            detail::setLearningRate(optimiser, detail::cosineLearningRate(options.learningRate, (epoch - 1) * stepsPerEpoch + step, totalSteps));
            lossSum += trainStep(head, optimiser, table, targets, pairs, options);
        }
        VaeQaFineTuneEpoch report;
        report.fold = plan.fold;
        report.epoch = epoch;
        report.epochs = plan.epochs;
        report.trainLoss = lossSum / stepsPerEpoch;
        report.validated = validated;
        if (validated) {
            if (auto c = correlate(predict(head, table, plan.validation), mosOf(table, plan.validation)); c) {
                report.validationSrcc = c->srcc.value_or(0.0);
                report.validationPlcc = c->plcc.value_or(0.0);
            }
        }
        report.seconds = epochClock.elapsed() / 1000.0;
        if (validated && report.validationSrcc > out->best.validationSrcc) {
            report.best = true;
            out->best = report;
            detail::copyParameters(*head, *best);
            sinceBest = 0;
        } else if (validated) {
            ++sinceBest;
        }
        out->history << report;
        if (context.callbacks.epoch)
            context.callbacks.epoch(report);
    }
    if (!validated && !out->history.isEmpty()) {
        detail::copyParameters(*head, *best);
        out->best = out->history.last();
    }
    if (sinceBest >= options.patience) {
        const QString stopped = QCoreApplication::translate("VaeQaFineTuner", "Stopped early after epoch %1: no better validation SRCC for %2 epochs.").arg(out->history.size()).arg(options.patience);
        context.note(plan.fold > 0 ? QCoreApplication::translate("VaeQaFineTuner", "Fold %1: %2").arg(plan.fold).arg(stopped) : stopped);
    }
    out->head = best;
    return Status::success();
}

// What the training phase hands to the writing phase.
struct TrainedHead
{
    detail::VaeQaHead head{nullptr};
    QMap<QString, QString> metadata;  // how the head was chosen, for its file
};

// Single split: train on `train`, stop early on `validation`.
Expected<TrainedHead> trainSingleSplit(const FitContext &context, const PairTable &table, const std::vector<int> &train,
                                       const std::vector<int> &validation, VaeQaFineTuneResult *result)
{
    auto start = loadStartHead(context);
    if (!start)
        return Expected<TrainedHead>::failure(start.error());
    const QVector<double> beforePredictions = predict(*start, table, validation);
    result->before = agreement(beforePredictions, table, validation);

    FitPlan plan;
    plan.train = train;
    plan.validation = validation;
    plan.epochs = context.options.epochs;
    plan.startSrcc = result->before.srcc.value_or(-1.0);
    FitOutcome outcome;
    if (Status s = fitHead(context, table, plan, &outcome); !s)
        return Expected<TrainedHead>::failure(s.error());
    result->history = outcome.history;
    result->best = outcome.best;

    const QVector<double> afterPredictions = predict(outcome.head, table, validation);
    result->after = agreement(afterPredictions, table, validation);
    for (size_t k = 0; k < validation.size(); ++k) {
        const int p = validation[k];
        result->validation << VaeQaPairPrediction{table.ref[p], table.dist[p], table.type[p], table.mos[p],
                                                  beforePredictions[int(k)], afterPredictions[int(k)], 0};
    }
    TrainedHead trained;
    trained.head = outcome.head;
    trained.metadata.insert(QStringLiteral("best_epoch"), QString::number(result->best.epoch));
    return trained;
}

// Why a fold cannot be trained or measured; empty when it can.
QString foldProblem(int fold, const PairTable &table, const std::vector<int> &train, const std::vector<int> &held)
{
    const QVector<double> trainMos = mosOf(table, train);
    if (held.size() < 3)
        return QCoreApplication::translate("VaeQaFineTuner", "Fold %1 holds out only %2 pair(s); measuring it needs at least 3. Use fewer folds.").arg(fold).arg(held.size());
    if (train.size() < 2 || QSet<double>(trainMos.begin(), trainMos.end()).size() < 2)
        return QCoreApplication::translate("VaeQaFineTuner", "The pairs outside fold %1 do not have two different MOS values: there is nothing to learn. Use fewer folds.").arg(fold);
    return QString();
}

void summariseFolds(VaeQaFineTuneResult *result)
{
    QVector<double> srcc;
    for (const VaeQaFoldResult &f : std::as_const(result->foldResults))
        if (f.afterSrcc)
            srcc << *f.afterSrcc;
    if (srcc.isEmpty())
        return;
    double sum = 0.0;
    for (const double s : srcc)
        sum += s;
    const double mean = sum / srcc.size();
    double squares = 0.0;
    for (const double s : srcc)
        squares += (s - mean) * (s - mean);
    result->foldSrccMean = mean;
    if (srcc.size() >= 2)
        result->foldSrccStd = std::sqrt(squares / (srcc.size() - 1));
}

// k-fold cross-validation over the references: every fold's head learns
// from the other folds and stops early on its own, so each pair is predicted
// once by a head that never saw its content. The head that is kept then
// learns from all pairs for the median of the folds' best epochs — it cannot
// be early-stopped, nothing is left to stop it on, and the median is what
// the folds say a head needs on about this much data.
Expected<TrainedHead> trainCrossValidated(const FitContext &context, const PairTable &table, VaeQaFineTuneResult *result)
{
    using Result = Expected<TrainedHead>;
    const int folds = context.options.folds;
    const QVector<int> foldOf = assignFolds(table, folds, context.options.seed);
    const std::vector<int> all = allPairs(0, table.size());
    auto start = loadStartHead(context);
    if (!start)
        return Result::failure(start.error());
    const QVector<double> beforePredictions = predict(*start, table, all);
    result->before = agreement(beforePredictions, table, all);

    QVector<std::vector<int>> held(folds + 1), rest(folds + 1);
    for (int p = 0; p < table.size(); ++p)
        for (int k = 1; k <= folds; ++k)
            (foldOf[p] == k ? held[k] : rest[k]).push_back(p);
    for (int k = 1; k <= folds; ++k)
        if (const QString problem = foldProblem(k, table, rest[k], held[k]); !problem.isEmpty())
            return Result::failure(problem);

    QVector<double> outOfFold(table.size());
    QVector<int> bestEpochs;
    for (int k = 1; k <= folds; ++k) {
        QVector<double> heldBefore;
        for (const int p : held[k])
            heldBefore << beforePredictions[p];
        FitPlan plan;
        plan.fold = k;
        plan.train = rest[k];
        plan.validation = held[k];
        plan.epochs = context.options.epochs;
        plan.startSrcc = spearman(heldBefore, mosOf(table, held[k])).value_or(-1.0);
        FitOutcome outcome;
        if (Status s = fitHead(context, table, plan, &outcome); !s)
            return Result::failure(s.error());
        const QVector<double> heldAfter = predict(outcome.head, table, held[k]);
        for (size_t i = 0; i < held[k].size(); ++i)
            outOfFold[held[k][i]] = heldAfter[int(i)];
        VaeQaFoldResult fold;
        fold.fold = k;
        fold.trainPairs = int(rest[k].size());
        fold.validationPairs = int(held[k].size());
        fold.validationReferences = countReferences(table, held[k]);
        fold.bestEpoch = outcome.best.epoch;
        fold.epochsRun = int(outcome.history.size());
        fold.beforeSrcc = spearman(heldBefore, mosOf(table, held[k]));
        fold.afterSrcc = spearman(heldAfter, mosOf(table, held[k]));
        result->foldResults << fold;
        result->history << outcome.history;
        bestEpochs << outcome.best.epoch;
        context.note(QCoreApplication::translate("VaeQaFineTuner", "Fold %1 of %2: %3 held-out pairs of %4 references, best epoch %5, SRCC %6 -> %7")
                         .arg(k).arg(folds).arg(fold.validationPairs).arg(fold.validationReferences).arg(fold.bestEpoch)
                         .arg(fold.beforeSrcc.value_or(0.0), 0, 'f', 4).arg(fold.afterSrcc.value_or(0.0), 0, 'f', 4));
    }
    summariseFolds(result);
    result->after = agreement(outOfFold, table, all);
    for (int p = 0; p < table.size(); ++p)
        result->validation << VaeQaPairPrediction{table.ref[p], table.dist[p], table.type[p], table.mos[p],
                                                  beforePredictions[p], outOfFold[p], foldOf[p]};

    result->finalEpochs = medianEpochs(bestEpochs);
    QStringList bestList;
    for (const int e : bestEpochs)
        bestList << QString::number(e);
    context.note(QCoreApplication::translate("VaeQaFineTuner", "Final head: all %1 pairs for %2 epoch(s), the median of the folds' best epochs (%3).")
                     .arg(table.size()).arg(result->finalEpochs).arg(bestList.join(QStringLiteral(", "))));
    FitPlan finalPlan;
    finalPlan.train = all;
    finalPlan.epochs = result->finalEpochs;
    FitOutcome outcome;
    if (Status s = fitHead(context, table, finalPlan, &outcome); !s)
        return Result::failure(s.error());
    result->history << outcome.history;
    result->best = outcome.best;

    TrainedHead trained;
    trained.head = outcome.head;
    trained.metadata.insert(QStringLiteral("cross_validation_folds"), QString::number(folds));
    trained.metadata.insert(QStringLiteral("final_fit_epochs"), QString::number(result->finalEpochs));
    trained.metadata.insert(QStringLiteral("final_fit"),
                            QStringLiteral("trained on all %1 pairs for %2 epochs, the median of the %3 folds' best epochs (%4); not early-stopped")
                                .arg(table.size()).arg(result->finalEpochs).arg(folds).arg(bestList.join(QStringLiteral(", "))));
    return trained;
}

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
    return QJsonObject{{QStringLiteral("fold"), fold},
                       {QStringLiteral("epoch"), epoch},
                       {QStringLiteral("train_loss"), trainLoss},
                       {QStringLiteral("validation_srcc"), validated ? QJsonValue(validationSrcc) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("validation_plcc"), validated ? QJsonValue(validationPlcc) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("seconds"), seconds}};
}

QJsonObject VaeQaFoldResult::toJson() const
{
    return QJsonObject{{QStringLiteral("fold"), fold},
                       {QStringLiteral("training_pairs"), trainPairs},
                       {QStringLiteral("validation_pairs"), validationPairs},
                       {QStringLiteral("validation_references"), validationReferences},
                       {QStringLiteral("best_epoch"), bestEpoch},
                       {QStringLiteral("epochs_run"), epochsRun},
                       {QStringLiteral("before_srcc"), optionalJson(beforeSrcc)},
                       {QStringLiteral("after_srcc"), optionalJson(afterSrcc)}};
}

namespace {

// How the labels were split, for OUT.json.
QJsonObject splitJson(const VaeQaFineTuneOptions &options, const VaeQaFineTuneResult &result, const PairTable &table,
                      const std::vector<int> &validation)
{
    QJsonObject split{{QStringLiteral("seed"), QString::number(options.seed)},
                      {QStringLiteral("training_pairs"), result.trainPairs},
                      {QStringLiteral("training_references"), result.trainReferences},
                      {QStringLiteral("validation_pairs"), result.validationPairs}};
    if (result.folds >= 2) {
        split.insert(QStringLiteral("by"), QStringLiteral("ref, k-fold"));
        split.insert(QStringLiteral("folds"), result.folds);  // the folds themselves: cross_validation
        return split;
    }
    QSet<QString> references;
    for (const int p : validation)
        references.insert(table.ref[p]);
    QJsonArray validationReferences;
    for (const QString &ref : references)
        validationReferences.append(ref);
    split.insert(QStringLiteral("by"), options.validationLabelsPath.isEmpty() ? QStringLiteral("ref") : QStringLiteral("validation labels"));
    split.insert(QStringLiteral("validation_share"), options.validationShare);
    split.insert(QStringLiteral("validation_references"), validationReferences);
    return split;
}

QJsonValue crossValidationJson(const VaeQaFineTuneResult &result)
{
    if (result.folds < 2)
        return QJsonValue(QJsonValue::Null);
    QJsonArray folds, bestEpochs;
    for (const VaeQaFoldResult &f : result.foldResults) {
        folds.append(f.toJson());
        bestEpochs.append(f.bestEpoch);
    }
    return QJsonObject{
        {QStringLiteral("folds"), result.folds},
        {QStringLiteral("assignment"), QStringLiteral("references sorted, shuffled with the seed and dealt to the folds in turn")},
        {QStringLiteral("per_fold"), folds},
        {QStringLiteral("after_srcc_mean"), optionalJson(result.foldSrccMean)},
        {QStringLiteral("after_srcc_std"), optionalJson(result.foldSrccStd)},
        {QStringLiteral("before_after"), QStringLiteral("out-of-fold predictions of all pairs")},
        {QStringLiteral("final_fit"), QJsonObject{{QStringLiteral("pairs"), result.trainPairs},
                                                   {QStringLiteral("epochs"), result.finalEpochs},
                                                   {QStringLiteral("rule"), QStringLiteral("median of the folds' best epochs; no early stopping")},
                                                   {QStringLiteral("folds_best_epochs"), bestEpochs}}}};
}

} // namespace

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
    if (options.folds < 0)
        return Result::failure(QCoreApplication::translate("VaeQaFineTuner", "The number of folds must be 2 or more (0 or 1: a single split), not %1.").arg(options.folds));
    const bool crossValidate = options.folds >= 2;
    if (crossValidate && !options.validationLabelsPath.isEmpty())
        return Result::failure(QCoreApplication::translate("VaeQaFineTuner", "Cross-validation folds and validation labels exclude each other: with folds, every reference is held out once and validates the others' heads. Give one of them."));
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();
    VaeQaFineTuneResult result;
    result.folds = crossValidate ? options.folds : 0;

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
    const QStringList references = referencesOf(labels->rows);
    if (crossValidate) {
        // Refused before anything is encoded: the fold count is a typo to
        // fix, not something to find out minutes later.
        if (options.folds > references.size())
            return Result::failure(QCoreApplication::translate("VaeQaFineTuner", "%1 folds need at least %1 reference images, one per fold at least; %2 names %3. Use at most %3 folds.")
                                       .arg(options.folds).arg(QDir::toNativeSeparators(options.labelsPath)).arg(references.size()));
        trainRows = labels->rows;  // every pair trains, every pair is held out once
    } else if (validationLabels) {
        trainRows = labels->rows;
        validationRows = validationLabels->rows;
    } else {
        // All rows of one reference on one side, so that validation measures
        // content the head has not seen.
        if (references.size() < 2)
            return Result::failure(QCoreApplication::translate("VaeQaFineTuner", "Splitting by content needs at least two reference images; %1 names only one. Give --val-labels instead.")
                                       .arg(QDir::toNativeSeparators(options.labelsPath)));
        const QStringList shuffled = shuffledReferences(references, options.seed);
        const int held = std::clamp(int(std::lround(options.validationShare * shuffled.size())), 1, int(shuffled.size()) - 1);
        const QSet<QString> validationRefs(shuffled.begin(), shuffled.begin() + held);
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

    // --- the pairs' features: from the cache file when it has them, else
    // through the encoder. Training pairs first, then validation pairs.
    PairTable table;
    int trainEnd = 0;
    std::optional<detail::VaeQaFeatureCache> cache = openFeatureCache(options, **model, note);
    try {
        EncodingRun run{**model, options.crops, callbacks, cancel};
        run.cache = cache ? &*cache : nullptr;
        if (cache)
            run.geometry = cache->geometry();
        run.total = int(trainRows.size() + validationRows.size());
        Status encoded = encodeRows(run, QFileInfo(options.labelsPath).fileName(), trainRows, trainMos, &table, &result.skipped);
        trainEnd = table.size();
        if (encoded)
            encoded = encodeRows(run, QFileInfo(validationLabels ? options.validationLabelsPath : options.labelsPath).fileName(),
                                 validationRows, validationMos, &table, &result.skipped);
        table.seal();
        // Also after a cancel or an error: what was encoded is not lost.
        if (cache)
            saveFeatureCache(*cache, table, note);
        if (!encoded)
            return Result::failure(encoded.error());
        if (!result.skipped.isEmpty())
            note(QCoreApplication::translate("VaeQaFineTuner", "%n row(s) skipped:", nullptr, result.skipped.size()) + QStringLiteral("\n  ") + shownList(result.skipped));
    } catch (const std::exception &e) {
        return Result::failure(detail::torchErrorMessage(e));
    }
    for (const bool cached : std::as_const(table.fromCache))
        ++(cached ? result.cachedPairs : result.encodedPairs);
    if (cache)
        note(QCoreApplication::translate("VaeQaFineTuner", "Features: %1 pair(s) from the cache %2, %3 encoded.")
                 .arg(result.cachedPairs).arg(QDir::toNativeSeparators(cache->path())).arg(result.encodedPairs));

    const std::vector<int> train = allPairs(0, trainEnd);
    const std::vector<int> validation = crossValidate ? allPairs(0, table.size()) : allPairs(trainEnd, table.size());
    result.trainPairs = int(train.size());
    result.validationPairs = int(validation.size());
    result.trainReferences = countReferences(table, train);
    result.validationReferences = countReferences(table, validation);
    if (crossValidate && result.trainReferences < options.folds)
        return Result::failure(QCoreApplication::translate("VaeQaFineTuner", "After skipping unusable rows, %1 reference images are left for %2 folds; use at most %1 folds.")
                                   .arg(result.trainReferences).arg(options.folds));
    if (train.size() < 2 || validation.size() < 3)
        return Result::failure(QCoreApplication::translate("VaeQaFineTuner", "After skipping unusable rows, %1 training and %2 validation pairs are left; fine-tuning needs at least 2 and 3.")
                                   .arg(train.size()).arg(validation.size()));
    const QVector<double> trainingMos = mosOf(table, train);
    if (QSet<double>(trainingMos.begin(), trainingMos.end()).size() < 2)
        return Result::failure(QCoreApplication::translate("VaeQaFineTuner", "Every usable training pair has the same MOS: there is nothing to learn from a single value."));
    if (train.size() < kFewPairs || result.trainReferences < kFewReferences)
        result.warnings << QCoreApplication::translate("VaeQaFineTuner", "The training side is small: %1 pairs of %2 reference images (fewer than %3 pairs or %4 references); the validation numbers say little.")
                               .arg(train.size()).arg(result.trainReferences).arg(kFewPairs).arg(kFewReferences);
    for (const QString &w : result.warnings)
        note(QCoreApplication::translate("VaeQaFineTuner", "warning: %1").arg(w));
    if (crossValidate)
        note(QCoreApplication::translate("VaeQaFineTuner", "cross-validation: %1 pairs of %2 references in %3 folds by reference")
                 .arg(table.size()).arg(result.trainReferences).arg(options.folds));
    else
        note(QCoreApplication::translate("VaeQaFineTuner", "split: %1 training pairs (%2 references), %3 validation pairs (%4 references)")
                 .arg(train.size()).arg(result.trainReferences).arg(validation.size()).arg(result.validationReferences));

    // --- training
    try {
        auto file = SafeTensorsFile::open(startPath);
        if (!file)
            return Result::failure(file.error());
        const FitContext context{options, callbacks, cancel, *file, shape, note};
        auto trained = crossValidate ? trainCrossValidated(context, table, &result) : trainSingleSplit(context, table, train, validation, &result);
        if (!trained)
            return Result::failure(trained.error());

        // --- the finished head, written in one piece (SafeTensorsWriter
        // commits through QSaveFile) only now that training is over.
        QMap<QString, QString> metadata = info.toMetadata();
        metadata.insert(QStringLiteral("trained"), started.toString(Qt::ISODate));
        metadata.insert(QStringLiteral("fine_tuned_from_sha256"), (*model)->card().weightsSha256);
        metadata.insert(QStringLiteral("labels_sha256"), sha256OfFile(options.labelsPath));
        metadata.insert(trained->metadata);
        if (Status s = detail::saveVaeQaHead(trained->head, options.outPath, metadata); !s)
            return Result::failure(s.error());
        result.headPath = options.outPath;

        QJsonArray history;
        for (const VaeQaFineTuneEpoch &r : result.history)
            history.append(r.toJson());
        const QJsonObject json{
            {QStringLiteral("model"), QStringLiteral("vae-qa")},
            {QStringLiteral("kind"), QStringLiteral("fine-tuned head")},
            {QStringLiteral("output"), QStringLiteral("quality in [0,1], higher is better")},
            {QStringLiteral("encoder"), info.encoderId},
            {QStringLiteral("base"), QJsonObject{{QStringLiteral("checkpoint"), startPath},
                                                  {QStringLiteral("sha256"), (*model)->card().weightsSha256}}},
            {QStringLiteral("head"), QJsonObject{{QStringLiteral("file"), QFileInfo(options.outPath).fileName()},
                                                  {QStringLiteral("sha256"), sha256OfFile(options.outPath)},
                                                  {QStringLiteral("trainable_parameters"), double(trained->head->trainableParameterCount())},
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
                {QStringLiteral("split"), splitJson(options, result, table, validation)},
                {QStringLiteral("crops"), options.crops},
                {QStringLiteral("feature_cache"), options.featureCachePath.isEmpty()
                                                      ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(QJsonObject{{QStringLiteral("file"), options.featureCachePath},
                                                                               {QStringLiteral("format_version"), detail::VaeQaFeatureCache::kFormatVersion}})},
                {QStringLiteral("cached_pairs"), result.cachedPairs},
                {QStringLiteral("encoded_pairs"), result.encodedPairs},
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
            {QStringLiteral("cross_validation"), crossValidationJson(result)},
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
