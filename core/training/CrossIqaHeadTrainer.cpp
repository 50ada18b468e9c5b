#include <torch/torch.h>

#include "training/CrossIqaHeadTrainer.h"

#include "common/SplitMix64.h"
#include "image/ImageLoader.h"
#include "io/FileHash.h"
#include "io/LabelCsv.h"
#include "models/CrossIqaModel.h"
#include "models/detail/CrossIqaModelAccess.h"
#include "training/HeadTraining.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace iqa {

namespace {

// Strengths tried, on standardised features (so the scale is comparable
// across transformers): from almost least squares to almost the mean.
constexpr double kRidgeGrid[] = {1e-2, 1e-1, 1.0, 10.0, 100.0, 1e3, 1e4, 1e5};

struct RidgeFit
{
    cv::Mat weights;  // D x 1, on standardised features
    double intercept = 0;
    cv::Mat mean, scale;  // 1 x D each
};

// Ridge regression of y on the rows of x (CV_64F) selected by `rows`.
RidgeFit fitRidge(const cv::Mat &x, const QVector<double> &y, const QVector<int> &rows, double strength)
{
    const int d = x.cols;
    cv::Mat sub(int(rows.size()), d, CV_64F), target(int(rows.size()), 1, CV_64F);
    for (int i = 0; i < rows.size(); ++i) {
        x.row(rows[i]).copyTo(sub.row(i));
        target.at<double>(i) = y[rows[i]];
    }
    RidgeFit fit;
    cv::reduce(sub, fit.mean, 0, cv::REDUCE_AVG);
    cv::Mat centred = sub - cv::repeat(fit.mean, sub.rows, 1);
    cv::reduce(centred.mul(centred), fit.scale, 0, cv::REDUCE_AVG);
    cv::sqrt(fit.scale, fit.scale);
    fit.scale += 1e-8;  // a dead feature stays zero instead of dividing by zero
    const cv::Mat z = centred / cv::repeat(fit.scale, sub.rows, 1);
    fit.intercept = cv::mean(target)[0];
    const cv::Mat yc = target - fit.intercept;
    cv::Mat gram = z.t() * z + strength * cv::Mat::eye(d, d, CV_64F);
    cv::solve(gram, z.t() * yc, fit.weights, cv::DECOMP_CHOLESKY);
    return fit;
}

double predict(const RidgeFit &fit, const cv::Mat &row)
{
    const cv::Mat z = (row - fit.mean) / fit.scale;
    return cv::Mat(z * fit.weights).at<double>(0) + fit.intercept;
}

QJsonObject correlationJson(const CorrelationReport &c)
{
    const auto number = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); };
    return {{QStringLiteral("n"), c.n}, {QStringLiteral("srcc"), number(c.srcc)}, {QStringLiteral("plcc"), number(c.plcc)},
            {QStringLiteral("krcc"), number(c.krcc)}, {QStringLiteral("rmse"), number(c.rmse)}};
}

} // namespace

Expected<CrossIqaHeadResult> trainCrossIqaHead(const CrossIqaHeadOptions &o, const CrossIqaHeadCallbacks &callbacks)
{
    using R = Expected<CrossIqaHeadResult>;
    const auto note = [&](const QString &message) { if (callbacks.note) callbacks.note(message); };
    if (o.outPath.isEmpty())
        return R::failure(QCoreApplication::translate("CrossIqaHeadTrainer", "No output checkpoint was given."));
    if (o.folds < 2)
        return R::failure(QCoreApplication::translate("CrossIqaHeadTrainer", "Cross-validation needs at least 2 folds, not %1.").arg(o.folds));
    auto labels = LabelCsv::read(o.labelsPath, o.imagesFolder);
    if (!labels)
        return R::failure(labels.error());
    if (labels->fullReference)
        return R::failure(QCoreApplication::translate("CrossIqaHeadTrainer", "%1 has full-reference labels (ref,dist,mos); the Cross-IQA head needs image,mos labels.")
                              .arg(QDir::toNativeSeparators(o.labelsPath)));

    CrossIqaOptions modelOptions;
    modelOptions.checkpointPath = o.checkpointPath;
    modelOptions.device = o.device;
    modelOptions.crops = o.crops;
    modelOptions.allowUntrainedHead = true;
    modelOptions.randomInitSeed = o.randomInitSeed;
    auto model = CrossIqaModel::create(modelOptions);
    if (!model)
        return R::failure(model.error());

    CrossIqaHeadResult result;
    for (const LabelIssue &issue : labels->skipped)
        result.skipped << QCoreApplication::translate("CrossIqaHeadTrainer", "line %1: %2").arg(issue.line).arg(issue.reason);
    if (!o.split.isEmpty())
        labels->keepSplit(o.split);
    QVector<const LabelRow *> rows;
    for (const LabelRow &row : labels->rows)
        rows << &row;
    if (rows.isEmpty())
        return R::failure(o.split.isEmpty() ? QCoreApplication::translate("CrossIqaHeadTrainer", "%1 has no usable rows.").arg(QDir::toNativeSeparators(o.labelsPath))
                                            : QCoreApplication::translate("CrossIqaHeadTrainer", "%1 has no rows of split '%2'.").arg(QDir::toNativeSeparators(o.labelsPath), o.split));

    // Features of every labelled image (the transformer is frozen).
    const ImageLoader loader;
    const int d = (*model)->featureSize();
    QVector<QVector<float>> features;
    QVector<double> mos;
    QStringList used;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < rows.size(); ++i) {
        if (callbacks.cancelled && callbacks.cancelled())
            return R::failure(QCoreApplication::translate("CrossIqaHeadTrainer", "Cancelled; nothing was written."));
        if (callbacks.encoding)
            callbacks.encoding(i, int(rows.size()));
        const LabelRow &row = *rows[i];
        auto image = loader.load(row.image);
        if (!image) {
            result.skipped << QCoreApplication::translate("CrossIqaHeadTrainer", "line %1: %2").arg(row.line).arg(image.error());
            continue;
        }
        auto f = (*model)->qualityFeatures(*image);
        if (!f) {
            result.skipped << QCoreApplication::translate("CrossIqaHeadTrainer", "line %1: %2").arg(row.line).arg(f.error());
            continue;
        }
        features << *f;
        mos << row.mos;
        used << row.imageText;
    }
    if (callbacks.encoding)
        callbacks.encoding(int(rows.size()), int(rows.size()));
    result.encodingSeconds = clock.elapsed() / 1000.0;
    result.imagesPerSecond = result.encodingSeconds > 0 ? features.size() / result.encodingSeconds : 0;
    result.images = int(features.size());
    if (!result.skipped.isEmpty())
        note(QCoreApplication::translate("CrossIqaHeadTrainer", "%n row(s) skipped, first: %1", nullptr, int(result.skipped.size())).arg(result.skipped.first()));
    const int n = int(features.size());
    if (n < 2 * o.folds)
        return R::failure(QCoreApplication::translate("CrossIqaHeadTrainer", "Only %1 labelled images could be used; %2-fold cross-validation needs at least %3.").arg(n).arg(o.folds).arg(2 * o.folds));
    const auto [lowest, highest] = std::minmax_element(mos.cbegin(), mos.cend());
    if (*lowest == *highest)
        return R::failure(QCoreApplication::translate("CrossIqaHeadTrainer", "Every label is %1: a quality scale cannot be learned from one value.").arg(*lowest));
    if (o.lowerIsBetter)
        for (double &v : mos)
            v = *lowest + *highest - v;
    if (n < 50)
        note(QCoreApplication::translate("CrossIqaHeadTrainer", "Only %1 labelled images: the cross-validated agreement below is a rough indication at best.").arg(n));

    cv::Mat x(n, d, CV_64F);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < d; ++j)
            x.at<double>(i, j) = features[i][j];

    // Folds from a seeded shuffle; the strength with the lowest out-of-fold
    // squared error wins, and its out-of-fold predictions are the report.
    QVector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    SplitMix64 random(o.seed);
    for (int i = n - 1; i > 0; --i)
        std::swap(order[i], order[random.below(i + 1)]);
    QVector<int> fold(n);
    for (int i = 0; i < n; ++i)
        fold[order[i]] = i % o.folds;
    double bestError = std::numeric_limits<double>::infinity();
    QVector<double> bestPredictions;
    QJsonArray search;
    for (const double strength : kRidgeGrid) {
        QVector<double> predictions(n);
        for (int k = 0; k < o.folds; ++k) {
            QVector<int> train;
            for (int i = 0; i < n; ++i)
                if (fold[i] != k)
                    train << i;
            const RidgeFit fit = fitRidge(x, mos, train, strength * train.size() / double(n));
            for (int i = 0; i < n; ++i)
                if (fold[i] == k)
                    predictions[i] = predict(fit, x.row(i));
        }
        double error = 0;
        for (int i = 0; i < n; ++i)
            error += (predictions[i] - mos[i]) * (predictions[i] - mos[i]);
        error /= n;
        search.append(QJsonObject{{QStringLiteral("strength"), strength}, {QStringLiteral("out_of_fold_mse"), error},
                                  {QStringLiteral("out_of_fold_srcc"), spearman(predictions, mos).value_or(0.0)}});
        if (error < bestError) {
            bestError = error;
            result.ridge = strength;
            bestPredictions = predictions;
        }
    }
    auto report = correlate(bestPredictions, mos);
    if (!report)
        return R::failure(report.error());
    result.crossValidated = *report;
    if ((*model)->headTrained()) {
        // The start head is linear: its score of an image is the head on the
        // same averaged class token the ridge read.
        detail::CrossIqaNetwork &start = CrossIqaModelAccess::network(**model);
        QVector<double> startScores;
        {
            torch::NoGradGuard noGrad;
            const torch::Tensor w = start->head->weight.detach().to(torch::kCPU, torch::kFloat64).contiguous();
            const double b = start->head->bias.detach().to(torch::kCPU, torch::kFloat64).item<double>();
            const auto weights = w.accessor<double, 2>();
            for (int i = 0; i < n; ++i) {
                double v = b;
                for (int j = 0; j < d; ++j)
                    v += weights[0][j] * x.at<double>(i, j);
                startScores << v;
            }
        }
        auto before = correlate(startScores, mos);
        if (before)
            result.before = *before;
    }

    // The final head: fitted on every labelled image, standardisation folded
    // into the linear layer so that scoring is one matrix product.
    QVector<int> all(n);
    std::iota(all.begin(), all.end(), 0);
    const RidgeFit fit = fitRidge(x, mos, all, result.ridge);
    detail::CrossIqaNetwork &network = CrossIqaModelAccess::network(**model);
    {
        torch::NoGradGuard noGrad;
        torch::Tensor w = torch::empty({1, d}, torch::kFloat64);
        double bias = fit.intercept;
        for (int j = 0; j < d; ++j) {
            const double wj = fit.weights.at<double>(j) / fit.scale.at<double>(j);
            w[0][j] = wj;
            bias -= wj * fit.mean.at<double>(j);
        }
        network->head->weight.copy_(w.to(torch::kFloat32));
        network->head->bias.fill_(bias);
    }
    QMap<QString, QString> metadata = (*model)->checkpointMetadata();
    const QString labelsSha = sha256OfFile(o.labelsPath);
    metadata.insert(QStringLiteral("head_trained"), QStringLiteral("true"));
    metadata.insert(QStringLiteral("head_labels_sha256"), labelsSha);
    metadata.insert(QStringLiteral("head_split"), o.split);
    metadata.insert(QStringLiteral("head_ridge"), QString::number(result.ridge));
    metadata.insert(QStringLiteral("head_images"), QString::number(n));
    metadata.insert(QStringLiteral("head_cv_srcc"), QString::number(result.crossValidated.srcc.value_or(0.0), 'f', 4));
    if (!o.randomInitSeed)
        metadata.insert(QStringLiteral("transformer_sha256"), (*model)->card().weightsSha256);
    if (metadata.value(QStringLiteral("stage")) != QLatin1String("random-init"))
        metadata.insert(QStringLiteral("stage"), QStringLiteral("head"));

    result.checkpointPath = QFileInfo(o.outPath).absoluteFilePath();
    result.metadataPath = result.checkpointPath + QStringLiteral(".json");
    if (Status s = detail::saveCrossIqaNetwork(network, result.checkpointPath, metadata); !s)
        return R::failure(s.error());
    const QJsonObject json{
        {QStringLiteral("model"), QStringLiteral("cross-iqa")},
        {QStringLiteral("stage"), metadata.value(QStringLiteral("stage"))},
        {QStringLiteral("transformer"), o.randomInitSeed ? QJsonValue(QStringLiteral("random init, seed %1").arg(*o.randomInitSeed))
                                                         : QJsonValue(o.checkpointPath.isEmpty() ? CrossIqaModel::defaultCheckpointPath() : o.checkpointPath)},
        {QStringLiteral("transformer_sha256"), metadata.value(QStringLiteral("transformer_sha256"))},
        {QStringLiteral("labels"), o.labelsPath},
        {QStringLiteral("labels_sha256"), labelsSha},
        {QStringLiteral("split"), o.split},
        {QStringLiteral("lower_is_better"), o.lowerIsBetter},
        {QStringLiteral("images"), n},
        {QStringLiteral("skipped"), QJsonArray::fromStringList(result.skipped)},
        {QStringLiteral("folds"), o.folds},
        {QStringLiteral("fold_seed"), QString::number(o.seed)},
        {QStringLiteral("crops"), o.crops},
        {QStringLiteral("ridge_search"), search},
        {QStringLiteral("ridge"), result.ridge},
        {QStringLiteral("cross_validated"), correlationJson(result.crossValidated)},
        {QStringLiteral("before"), result.before ? QJsonValue(correlationJson(*result.before)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("encoding_seconds"), result.encodingSeconds},
        {QStringLiteral("command"), o.commandLine},
    };
    if (Status s = detail::writeJsonFile(result.metadataPath, json); !s)
        return R::failure(s.error());
    return result;
}

} // namespace iqa
