#include <torch/torch.h>

#include "training/CrossIqaHeadTrainer.h"

#include "common/SplitMix64.h"
#include "image/ImageLoader.h"
#include "io/FileHash.h"
#include "io/LabelCsv.h"
#include "models/CrossIqaModel.h"
#include "models/detail/CrossIqaModelAccess.h"
#include "training/HeadTraining.h"
#include "training/OrderedRidge.h"
#include "image/Degradations.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace iqa {

namespace {

// Strengths tried, on standardised features (so the scale is comparable
// across transformers): from almost least squares to almost the mean.
constexpr double kRidgeGrid[] = {1e-2, 1e-1, 1.0, 10.0, 100.0, 1e3, 1e4, 1e5};

} // namespace

namespace detail {

RidgeSearch searchRidge(const cv::Mat &x, const QVector<double> &mos, int folds, quint64 seed, const OrderingSet *ordering)
{
    const int n = x.rows;
    const int constraints = ordering ? ordering->size() : 0;
    const QVector<int> fold = detail::crossValidationFolds(n, folds, seed);
    RidgeSearch best;
    double bestError = std::numeric_limits<double>::infinity();
    for (const double strength : kRidgeGrid) {
        QVector<double> predictions(n), gaps(constraints);
        for (int k = 0; k < folds; ++k) {
            QVector<int> train, trainOrder;
            for (int i = 0; i < n; ++i)
                if (fold[i] != k)
                    train << i;
            for (int p = 0; p < constraints; ++p)
                if (fold[ordering->image[p]] != k && !ordering->heldOutTypes.contains(ordering->type[p]))
                    trainOrder << p;
            const StandardisedHead fit = fitOrderedRidge(x, mos, train, strength * train.size() / double(n), ordering, trainOrder);
            for (int i = 0; i < n; ++i)
                if (fold[i] == k)
                    predictions[i] = fit.score(x.row(i));
            // The head is linear: the score gap is the head's weights on
            // the standardised difference.
            for (int p = 0; p < constraints; ++p)
                if (fold[ordering->image[p]] == k)
                    gaps[p] = cv::Mat((ordering->difference.row(p) / fit.scaling.scale) * fit.weights).at<double>(0);
        }
        double error = 0;
        for (int i = 0; i < n; ++i)
            error += (predictions[i] - mos[i]) * (predictions[i] - mos[i]);
        error /= n;
        QJsonObject tried{{QStringLiteral("strength"), strength}, {QStringLiteral("out_of_fold_mse"), error},
                          {QStringLiteral("out_of_fold_srcc"), spearman(predictions, mos).value_or(0.0)}};
        if (constraints > 0)
            tried.insert(QStringLiteral("out_of_fold_ordered"),
                         double(std::count_if(gaps.cbegin(), gaps.cend(), [](double g) { return g > 0; })) / constraints);
        best.record.append(tried);
        if (error < bestError) {
            bestError = error;
            best.strength = strength;
            best.predictions = predictions;
            best.orderGaps = gaps;
        }
    }
    return best;
}

} // namespace detail

namespace {

// SRCC before and after within each type; the split by type is what shows a
// head that only learned to tell the types apart.
QVector<CrossIqaTypeAgreement> typeAgreement(const QVector<CrossIqaHeadPrediction> &predictions)
{
    QMap<QString, QVector<int>> byType;
    for (int i = 0; i < predictions.size(); ++i)
        byType[predictions[i].type] << i;
    QVector<CrossIqaTypeAgreement> types;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        QVector<double> mos, before, after;
        for (const int i : it.value()) {
            mos << predictions[i].mos;
            after << predictions[i].after;
            if (predictions[i].before)
                before << *predictions[i].before;
        }
        CrossIqaTypeAgreement t;
        t.type = it.key();
        t.n = int(mos.size());
        t.afterSrcc = spearman(after, mos);
        if (before.size() == mos.size())
            t.beforeSrcc = spearman(before, mos);
        types << t;
    }
    return types;
}

QJsonObject predictionJson(const CrossIqaHeadPrediction &p)
{
    return {{QStringLiteral("image"), p.image},
            {QStringLiteral("mos"), p.mos},
            {QStringLiteral("before"), p.before ? QJsonValue(*p.before) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("after"), p.after},
            {QStringLiteral("type"), p.type}};
}

QJsonObject typeJson(const CrossIqaTypeAgreement &t)
{
    const auto number = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); };
    return {{QStringLiteral("type"), t.type}, {QStringLiteral("n"), t.n},
            {QStringLiteral("before_srcc"), number(t.beforeSrcc)}, {QStringLiteral("after_srcc"), number(t.afterSrcc)}};
}

} // namespace

QJsonObject CrossIqaOrderAgreement::toJson() const
{
    return {{QStringLiteral("type"), type}, {QStringLiteral("pairs"), pairs}, {QStringLiteral("ordered"), ordered}};
}

namespace detail {

Expected<std::unique_ptr<CrossIqaModel>> openCrossIqaForHead(const QString &checkpointPath, std::optional<quint64> randomInitSeed,
                                                             const QString &device, int crops)
{
    CrossIqaOptions modelOptions;
    modelOptions.checkpointPath = checkpointPath;
    modelOptions.device = device;
    modelOptions.crops = crops;
    modelOptions.allowUntrainedHead = true;
    modelOptions.randomInitSeed = randomInitSeed;
    return CrossIqaModel::create(modelOptions);
}

Expected<CrossIqaFeatures> encodeCrossIqaImages(CrossIqaModel &model, const QStringList &paths,
                                                const std::function<void(int, int)> &progress,
                                                const std::function<bool()> &cancelled)
{
    const ImageLoader loader;
    const int total = int(paths.size());
    CrossIqaFeatures out;
    QVector<QVector<float>> rows;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < total; ++i) {
        if (cancelled && cancelled())
            return Expected<CrossIqaFeatures>::failure(QCoreApplication::translate("CrossIqaHeadTrainer", "Cancelled; nothing was written."));
        if (progress)
            progress(i, total);
        auto image = loader.load(paths[i]);
        if (!image) {
            out.failures.insert(i, image.error());
            continue;
        }
        auto f = model.qualityFeatures(*image);
        if (!f) {
            out.failures.insert(i, f.error());
            continue;
        }
        rows << *f;
        out.source << i;
    }
    if (progress)
        progress(total, total);
    out.seconds = clock.elapsed() / 1000.0;
    out.x = cv::Mat(int(rows.size()), model.featureSize(), CV_64F);
    for (int i = 0; i < rows.size(); ++i)
        for (int j = 0; j < out.x.cols; ++j)
            out.x.at<double>(i, j) = rows[i][j];
    return out;
}

std::optional<QVector<double>> crossIqaStartScores(CrossIqaModel &model, const cv::Mat &x)
{
    if (!model.headTrained())
        return std::nullopt;
    // The start head is linear: its score of an image is the head on the
    // same averaged class token the new head reads.
    detail::CrossIqaNetwork &start = CrossIqaModelAccess::network(model);
    torch::NoGradGuard noGrad;
    const torch::Tensor w = start->head->weight.detach().to(torch::kCPU, torch::kFloat64).contiguous();
    const double b = start->head->bias.detach().to(torch::kCPU, torch::kFloat64).item<double>();
    const auto weights = w.accessor<double, 2>();
    QVector<double> scores;
    for (int i = 0; i < x.rows; ++i) {
        double v = b;
        for (int j = 0; j < x.cols; ++j)
            v += weights[0][j] * x.at<double>(i, j);
        scores << v;
    }
    return scores;
}

cv::Mat FeatureScaling::standardise(const cv::Mat &x) const
{
    return (x - cv::repeat(mean, x.rows, 1)) / cv::repeat(scale, x.rows, 1);
}

FeatureScaling featureScaling(const cv::Mat &x)
{
    FeatureScaling s;
    cv::reduce(x, s.mean, 0, cv::REDUCE_AVG);
    const cv::Mat centred = x - cv::repeat(s.mean, x.rows, 1);
    cv::reduce(centred.mul(centred), s.scale, 0, cv::REDUCE_AVG);
    cv::sqrt(s.scale, s.scale);
    s.scale += 1e-8;  // a dead feature stays zero instead of dividing by zero
    return s;
}

cv::Mat selectRows(const cv::Mat &x, const QVector<int> &rows)
{
    cv::Mat out(int(rows.size()), x.cols, x.type());
    for (int i = 0; i < rows.size(); ++i)
        x.row(rows[i]).copyTo(out.row(i));
    return out;
}

double StandardisedHead::score(const cv::Mat &row) const
{
    return cv::Mat(scaling.standardise(row) * weights).at<double>(0) + intercept;
}

QVector<int> crossValidationFolds(int n, int folds, quint64 seed)
{
    QVector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    SplitMix64 random(seed);
    for (int i = n - 1; i > 0; --i)
        std::swap(order[i], order[random.below(i + 1)]);
    QVector<int> fold(n);
    for (int i = 0; i < n; ++i)
        fold[order[i]] = i % folds;
    return fold;
}

Expected<QMap<QString, QString>> saveCrossIqaHead(CrossIqaModel &model, const StandardisedHead &head, bool randomInit,
                                                  const QMap<QString, QString> &headMetadata, const QString &path)
{
    // The standardisation is folded into the linear layer so that scoring is
    // one matrix product.
    const int d = model.featureSize();
    detail::CrossIqaNetwork &network = CrossIqaModelAccess::network(model);
    {
        torch::NoGradGuard noGrad;
        torch::Tensor w = torch::empty({1, d}, torch::kFloat64);
        double bias = head.intercept;
        for (int j = 0; j < d; ++j) {
            const double wj = head.weights.at<double>(j) / head.scaling.scale.at<double>(j);
            w[0][j] = wj;
            bias -= wj * head.scaling.mean.at<double>(j);
        }
        network->head->weight.copy_(w.to(torch::kFloat32));
        network->head->bias.fill_(bias);
    }
    QMap<QString, QString> metadata = model.checkpointMetadata();
    for (auto it = metadata.begin(); it != metadata.end();)
        it = it.key().startsWith(QLatin1String("head_")) ? metadata.erase(it) : std::next(it);
    metadata.insert(QStringLiteral("head_trained"), QStringLiteral("true"));
    for (auto it = headMetadata.cbegin(); it != headMetadata.cend(); ++it)
        metadata.insert(it.key(), it.value());
    if (!randomInit)
        metadata.insert(QStringLiteral("transformer_sha256"), model.card().weightsSha256);
    if (metadata.value(QStringLiteral("stage")) != QLatin1String("random-init"))
        metadata.insert(QStringLiteral("stage"), QStringLiteral("head"));
    if (Status s = detail::saveCrossIqaNetwork(network, path, metadata); !s)
        return Expected<QMap<QString, QString>>::failure(s.error());
    return metadata;
}

// Levels 1 and 2 are left out: on a noisy or soft photograph they can be
// invisible, and "worse than the original" would not hold.
Expected<OrderingSet> encodeOrderingSet(CrossIqaModel &model, const QStringList &paths, const CrossIqaFeatures &features,
                                                const QVector<double> &labels, const CrossIqaHeadOptions &o,
                                                const CrossIqaHeadCallbacks &callbacks)
{
    using R = Expected<OrderingSet>;
    const QVector<DegradationInfo> allTypes = degradationTypes();
    QVector<int> bank;  // indices into allTypes
    for (int t = 0; t < allTypes.size(); ++t)
        if (o.orderTypes.isEmpty() || o.orderTypes.contains(allTypes[t].id))
            bank << t;
    if (bank.isEmpty())
        return R::failure(QCoreApplication::translate("CrossIqaHeadTrainer", "None of the degradations named for the ordered views is in the bank."));
    cv::Scalar mean, spread;
    cv::meanStdDev(cv::Mat(int(labels.size()), 1, CV_64F, const_cast<double *>(labels.constData())), mean, spread);
    const ImageLoader loader;
    SplitMix64 random(o.seed ^ 0x6f72646572ULL);  // its own stream: the folds' draws stay as without views
    const int n = features.x.rows;
    QVector<QVector<double>> rows;
    OrderingSet set;
    for (int r = 0; r < n; ++r) {
        if (callbacks.cancelled && callbacks.cancelled())
            return R::failure(QCoreApplication::translate("CrossIqaHeadTrainer", "Cancelled; nothing was written."));
        if (callbacks.encoding)
            callbacks.encoding(r, n);
        auto image = loader.load(paths[features.source[r]]);
        for (int v = 0; v < o.orderedViews; ++v) {
            const int type = bank[random.below(int(bank.size()))];
            const int level = 3 + random.below(3);
            const quint64 seed = random.next();
            if (!image)
                continue;  // it was encoded a moment ago; a file changed since is left out, not fatal
            auto degraded = degrade(*image, allTypes[type].type, level, seed);
            if (!degraded)
                continue;
            auto f = model.qualityFeatures(*degraded);
            if (!f)
                continue;
            QVector<double> difference(features.x.cols);
            for (int j = 0; j < features.x.cols; ++j)
                difference[j] = features.x.at<double>(r, j) - (*f)[j];
            rows << difference;
            set.margin << spread[0] * level / double(kDegradationLevels);
            set.image << r;
            set.type << type;
        }
    }
    if (callbacks.encoding)
        callbacks.encoding(n, n);
    set.difference = cv::Mat(int(rows.size()), features.x.cols, CV_64F);
    for (int p = 0; p < rows.size(); ++p)
        for (int j = 0; j < features.x.cols; ++j)
            set.difference.at<double>(p, j) = rows[p][j];
    set.weight = rows.isEmpty() ? 0 : o.orderWeight * n / rows.size();
    return set;
}

QVector<CrossIqaOrderAgreement> orderAgreement(const OrderingSet &set, const QVector<double> &gaps)
{
    const QVector<DegradationInfo> bank = degradationTypes();
    QVector<CrossIqaOrderAgreement> out(bank.size() + 1);
    out[0].type = QStringLiteral("all");
    for (int t = 0; t < bank.size(); ++t)
        out[t + 1].type = bank[t].id;
    for (int p = 0; p < set.size(); ++p)
        for (CrossIqaOrderAgreement *a : {&out[0], &out[set.type[p] + 1]}) {
            ++a->pairs;
            a->ordered += gaps[p] > 0 ? 1 : 0;
        }
    QVector<CrossIqaOrderAgreement> kept;
    for (CrossIqaOrderAgreement &a : out)
        if (a.pairs > 0) {
            a.ordered /= a.pairs;
            kept << a;
        }
    return kept;
}

QJsonObject correlationJson(const CorrelationReport &c)
{
    const auto number = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); };
    return {{QStringLiteral("n"), c.n}, {QStringLiteral("srcc"), number(c.srcc)}, {QStringLiteral("plcc"), number(c.plcc)},
            {QStringLiteral("krcc"), number(c.krcc)}, {QStringLiteral("rmse"), number(c.rmse)}};
}

QJsonValue transformerJson(const QString &checkpointPath, std::optional<quint64> randomInitSeed)
{
    if (randomInitSeed)
        return QStringLiteral("random init, seed %1").arg(*randomInitSeed);
    return checkpointPath.isEmpty() ? CrossIqaModel::defaultCheckpointPath() : checkpointPath;
}

} // namespace detail

Expected<CrossIqaHeadResult> trainCrossIqaHead(const CrossIqaHeadOptions &o, const CrossIqaHeadCallbacks &callbacks)
{
    using R = Expected<CrossIqaHeadResult>;
    const auto note = [&](const QString &message) { if (callbacks.note) callbacks.note(message); };
    if (o.outPath.isEmpty())
        return R::failure(QCoreApplication::translate("CrossIqaHeadTrainer", "No output checkpoint was given."));
    if (o.folds < 2)
        return R::failure(QCoreApplication::translate("CrossIqaHeadTrainer", "Cross-validation needs at least 2 folds, not %1.").arg(o.folds));
    if (o.orderedViews < 0 || !(o.orderWeight > 0) || !std::isfinite(o.orderWeight))
        return R::failure(QCoreApplication::translate("CrossIqaHeadTrainer", "Ordered views must be 0 or more and their weight above 0, not %1 and %2.")
                              .arg(o.orderedViews).arg(o.orderWeight));
    for (const QString &id : o.orderTypes) {
        auto type = degradationTypeFromId(id);
        if (!type)
            return R::failure(type.error());
        if (*type == DegradationType::Identity)
            return R::failure(QCoreApplication::translate("CrossIqaHeadTrainer", "An identity view cannot be ordered below its image; name real degradations."));
    }
    auto labels = LabelCsv::read(o.labelsPath, o.imagesFolder);
    if (!labels)
        return R::failure(labels.error());
    if (labels->fullReference)
        return R::failure(QCoreApplication::translate("CrossIqaHeadTrainer", "%1 has full-reference labels (ref,dist,mos); the Cross-IQA head needs image,mos labels.")
                              .arg(QDir::toNativeSeparators(o.labelsPath)));

    auto model = detail::openCrossIqaForHead(o.checkpointPath, o.randomInitSeed, o.device, o.crops);
    if (!model)
        return R::failure(model.error());

    CrossIqaHeadResult result;
    for (const LabelIssue &issue : labels->skipped)
        result.skipped << QCoreApplication::translate("CrossIqaHeadTrainer", "line %1: %2").arg(issue.line).arg(issue.reason);
    if (!o.split.isEmpty())
        labels->keepSplit(o.split);
    const bool typed = labels->hasExtraColumn(QStringLiteral("type"));
    QStringList paths;
    for (const LabelRow &row : labels->rows)
        paths << row.image;
    if (paths.isEmpty())
        return R::failure(o.split.isEmpty() ? QCoreApplication::translate("CrossIqaHeadTrainer", "%1 has no usable rows.").arg(QDir::toNativeSeparators(o.labelsPath))
                                            : QCoreApplication::translate("CrossIqaHeadTrainer", "%1 has no rows of split '%2'.").arg(QDir::toNativeSeparators(o.labelsPath), o.split));

    // Features of every labelled image (the transformer is frozen).
    auto features = detail::encodeCrossIqaImages(**model, paths, callbacks.encoding, callbacks.cancelled);
    if (!features)
        return R::failure(features.error());
    for (auto it = features->failures.cbegin(); it != features->failures.cend(); ++it)
        result.skipped << QCoreApplication::translate("CrossIqaHeadTrainer", "line %1: %2").arg(labels->rows[it.key()].line).arg(it.value());
    const cv::Mat &x = features->x;
    const int n = x.rows;
    QVector<double> mos;
    for (const int i : std::as_const(features->source))
        mos << labels->rows[i].mos;
    result.encodingSeconds = features->seconds;
    result.imagesPerSecond = features->imagesPerSecond();
    result.images = n;
    if (!result.skipped.isEmpty())
        note(QCoreApplication::translate("CrossIqaHeadTrainer", "%n row(s) skipped, first: %1", nullptr, int(result.skipped.size())).arg(result.skipped.first()));
    if (n < 2 * o.folds)
        return R::failure(QCoreApplication::translate("CrossIqaHeadTrainer", "Only %1 labelled images could be used; %2-fold cross-validation needs at least %3.").arg(n).arg(o.folds).arg(2 * o.folds));
    const auto [lowest, highest] = std::minmax_element(mos.cbegin(), mos.cend());
    if (*lowest == *highest)
        return R::failure(QCoreApplication::translate("CrossIqaHeadTrainer", "Every label is %1: a quality scale cannot be learned from one value.").arg(*lowest));
    const double flipSum = *lowest + *highest;
    if (o.lowerIsBetter)
        for (double &v : mos)
            v = flipSum - v;
    if (n < 50)
        note(QCoreApplication::translate("CrossIqaHeadTrainer", "Only %1 labelled images: the cross-validated agreement below is a rough indication at best.").arg(n));

    std::optional<detail::OrderingSet> ordering;
    if (o.orderedViews > 0) {
        note(QCoreApplication::translate("CrossIqaHeadTrainer", "Encoding %1 degraded view(s) of each image for the ordering constraints").arg(o.orderedViews));
        auto set = detail::encodeOrderingSet(**model, paths, *features, mos, o, callbacks);
        if (!set)
            return R::failure(set.error());
        ordering = std::move(*set);
    }
    const detail::OrderingSet *orderingSet = ordering ? &*ordering : nullptr;
    const detail::RidgeSearch search = detail::searchRidge(x, mos, o.folds, o.seed, orderingSet);
    if (ordering && ordering->size() > 0) {
        result.ordering = detail::orderAgreement(*ordering, search.orderGaps);
        note(QCoreApplication::translate("CrossIqaHeadTrainer", "%1 % of %2 degraded views scored below their image (out of fold)")
                 .arg(100.0 * result.ordering.first().ordered, 0, 'f', 1).arg(result.ordering.first().pairs));
    }
    result.ridge = search.strength;
    auto report = correlate(search.predictions, mos);
    if (!report)
        return R::failure(report.error());
    result.crossValidated = *report;
    const std::optional<QVector<double>> startScores = detail::crossIqaStartScores(**model, x);
    if (startScores)
        if (auto before = correlate(*startScores, mos))
            result.before = *before;
    for (int i = 0; i < n; ++i) {
        const LabelRow &row = labels->rows[features->source[i]];
        CrossIqaHeadPrediction p;
        p.image = row.image;
        p.mos = mos[i];
        if (startScores)
            p.before = (*startScores)[i];
        p.after = search.predictions[i];
        p.type = typed ? row.extraValue(QStringLiteral("type")) : QString();
        result.predictions << p;
    }
    if (typed)
        result.types = typeAgreement(result.predictions);

    // The final head: fitted on every labelled image.
    QVector<int> all(n);
    std::iota(all.begin(), all.end(), 0);
    QVector<int> allOrder(ordering ? ordering->size() : 0);
    std::iota(allOrder.begin(), allOrder.end(), 0);
    const detail::StandardisedHead fit = detail::fitOrderedRidge(x, mos, all, result.ridge, orderingSet, allOrder);
    const QString labelsSha = sha256OfFile(o.labelsPath);
    QMap<QString, QString> head{
        {QStringLiteral("head_source"), QStringLiteral("labels")},
        {QStringLiteral("head_labels_sha256"), labelsSha},
        {QStringLiteral("head_split"), o.split},
        {QStringLiteral("head_ridge"), QString::number(result.ridge)},
        {QStringLiteral("head_images"), QString::number(n)},
        {QStringLiteral("head_cv_srcc"), QString::number(result.crossValidated.srcc.value_or(0.0), 'f', 4)},
        {QStringLiteral("head_ordered_views"), QString::number(o.orderedViews)},
    };
    if (ordering) {
        head.insert(QStringLiteral("head_order_weight"), QString::number(o.orderWeight));
        head.insert(QStringLiteral("head_order_types"), o.orderTypes.isEmpty() ? QStringLiteral("all") : o.orderTypes.join(QLatin1Char(',')));
    }
    if (!result.ordering.isEmpty())  // empty when no view could be made
        head.insert(QStringLiteral("head_cv_ordered"), QString::number(result.ordering.first().ordered, 'f', 4));
    result.checkpointPath = QFileInfo(o.outPath).absoluteFilePath();
    result.metadataPath = result.checkpointPath + QStringLiteral(".json");
    const auto metadata = detail::saveCrossIqaHead(**model, fit, o.randomInitSeed.has_value(), head, result.checkpointPath);
    if (!metadata)
        return R::failure(metadata.error());
    QJsonArray predictions, types;
    for (const CrossIqaHeadPrediction &p : std::as_const(result.predictions))
        predictions.append(predictionJson(p));
    for (const CrossIqaTypeAgreement &t : std::as_const(result.types))
        types.append(typeJson(t));
    QJsonArray orderingJson;
    for (const CrossIqaOrderAgreement &a : std::as_const(result.ordering))
        orderingJson.append(a.toJson());
    const QJsonObject json{
        {QStringLiteral("model"), QStringLiteral("cross-iqa")},
        {QStringLiteral("stage"), metadata->value(QStringLiteral("stage"))},
        {QStringLiteral("transformer"), detail::transformerJson(o.checkpointPath, o.randomInitSeed)},
        {QStringLiteral("transformer_sha256"), metadata->value(QStringLiteral("transformer_sha256"))},
        {QStringLiteral("labels"), o.labelsPath},
        {QStringLiteral("labels_sha256"), labelsSha},
        {QStringLiteral("split"), o.split},
        {QStringLiteral("lower_is_better"), o.lowerIsBetter},
        {QStringLiteral("images"), n},
        {QStringLiteral("skipped"), QJsonArray::fromStringList(result.skipped)},
        {QStringLiteral("folds"), o.folds},
        {QStringLiteral("fold_seed"), QString::number(o.seed)},
        {QStringLiteral("crops"), o.crops},
        {QStringLiteral("ridge_search"), search.record},
        {QStringLiteral("ridge"), result.ridge},
        {QStringLiteral("ordered_views"), o.orderedViews},
        {QStringLiteral("order_weight"), o.orderWeight},
        {QStringLiteral("order_types"), QJsonArray::fromStringList(o.orderTypes)},
        {QStringLiteral("out_of_fold_ordering"), orderingJson},
        {QStringLiteral("cross_validated"), detail::correlationJson(result.crossValidated)},
        {QStringLiteral("before"), result.before ? QJsonValue(detail::correlationJson(*result.before)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("types"), typed ? QJsonValue(types) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("predictions"), predictions},
        {QStringLiteral("encoding_seconds"), result.encodingSeconds},
        {QStringLiteral("command"), o.commandLine},
    };
    if (Status s = detail::writeJsonFile(result.metadataPath, json); !s)
        return R::failure(s.error());
    return result;
}

} // namespace iqa
