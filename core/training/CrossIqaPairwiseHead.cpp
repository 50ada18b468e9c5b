#include <torch/torch.h>

#include "training/CrossIqaPairwiseHead.h"

#include "io/FileHash.h"
#include "models/CrossIqaModel.h"
#include "studies/DampedNewton.h"
#include "studies/StudyStore.h"
#include "studies/VotesCsv.h"
#include "training/HeadTraining.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPair>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace iqa {

namespace {

// L2 strengths tried, on standardised features: from a nearly free fit
// (which separates the training pairs perfectly when there are fewer pairs
// than features) to a head that barely moves from zero.
constexpr double kStrengthGrid[] = {1e-2, 1e-1, 1.0, 10.0, 100.0, 1e3, 1e4};

struct PairwiseVotes
{
    bool fromStudy = false;
    QVector<Vote> votes;
    QStringList skipped;
};

// A study is an SQLite file whatever its name; anything else is read as a
// votes CSV, whose reader gives the precise reason when it is not one either.
bool isSqliteFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3", 16);
}

QString notPairwise(const QString &path, VoteMethod method, bool study)
{
    const QString where = QDir::toNativeSeparators(path);
    const QString kind = voteMethodKey(method);
    return study ? QCoreApplication::translate("CrossIqaPairwiseHead",
                                               "%1 is a %2 study, not a pairwise one: fit the head to its MOS instead "
                                               "(iqa mos --votes, then --labels).").arg(where, kind)
                 : QCoreApplication::translate("CrossIqaPairwiseHead",
                                               "%1 holds %2 votes, not pairwise ones: fit the head to their MOS instead "
                                               "(iqa mos --votes, then --labels).").arg(where, kind);
}

Expected<PairwiseVotes> readPairwiseVotes(const QString &path)
{
    using R = Expected<PairwiseVotes>;
    if (!QFileInfo(path).isFile())
        return R::failure(QCoreApplication::translate("CrossIqaPairwiseHead", "%1 does not exist or is not a file.")
                              .arg(QDir::toNativeSeparators(path)));
    PairwiseVotes out;
    if (isSqliteFile(path)) {
        auto store = StudyStore::open(path);
        if (!store)
            return R::failure(store.error());
        if ((*store)->info().method != VoteMethod::Pairwise)
            return R::failure(notPairwise(path, (*store)->info().method, true));
        auto votes = (*store)->votesForAggregation();
        if (!votes)
            return R::failure(votes.error());
        out.fromStudy = true;
        out.votes = *votes;
        return out;
    }
    auto set = VotesCsv::read(path);
    if (!set)
        return R::failure(set.error());
    if (set->method != VoteMethod::Pairwise)
        return R::failure(notPairwise(path, set->method, false));
    out.votes = set->votes;
    for (const VoteIssue &issue : std::as_const(set->skipped))
        out.skipped << QCoreApplication::translate("CrossIqaPairwiseHead", "line %1: %2").arg(issue.line).arg(issue.reason);
    return out;
}

QString voteWhere(const Vote &v)
{
    return v.line > 0 ? QCoreApplication::translate("CrossIqaPairwiseHead", "line %1").arg(v.line)
                      : QCoreApplication::translate("CrossIqaPairwiseHead", "session %1, position %2").arg(v.session).arg(v.position);
}

// One vote reduced to what the fit reads: indices into the image list.
struct Comparison
{
    int first = 0;
    int second = 0;
    bool firstWon = false;
};

// The votes on one unordered pair of feature rows.
struct PairCount
{
    int a = 0;
    int b = 0;
    double aWins = 0;
    double bWins = 0;
    double games() const { return aWins + bWins; }
};

QVector<PairCount> countPairs(const QVector<Comparison> &comparisons)
{
    QHash<QPair<int, int>, int> index;
    QVector<PairCount> pairs;
    for (const Comparison &c : comparisons) {
        const QPair<int, int> key(std::min(c.first, c.second), std::max(c.first, c.second));
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, int(pairs.size()));
            pairs.append({key.first, key.second, 0, 0});
        }
        PairCount &p = pairs[*it];
        const int winner = c.firstWon ? c.first : c.second;
        (winner == p.a ? p.aWins : p.bWins) += 1;
    }
    return pairs;
}

double softplus(double x)
{
    return std::max(x, 0.0) + std::log1p(std::exp(-std::abs(x)));
}

// Negative log-likelihood of a pair's votes given s = score(a) - score(b).
double pairLoss(const PairCount &p, double s)
{
    return p.aWins * softplus(-s) + p.bWins * softplus(s);
}

cv::Mat column(const QVector<double> &v)
{
    cv::Mat m(int(v.size()), 1, CV_64F);
    for (int i = 0; i < v.size(); ++i)
        m.at<double>(i) = v[i];
    return m;
}

// The L2-regularised Bradley-Terry fit of w on the pairs listed in `rows`:
// maximises sum(log P(vote)) - strength / 2 |w|^2 with P(a over b) =
// sigmoid(w . (z_a - z_b)). No intercept: which image of a pair is "first"
// is arbitrary, so a bias towards it would learn nothing about quality.
// The objective is strictly concave, so damped Newton steps converge in a
// few dozen iterations at most; each solves a D x D system.
cv::Mat fitPreferences(const cv::Mat &z, const QVector<PairCount> &pairs, const QVector<int> &rows, double strength)
{
    const int d = z.cols;
    cv::Mat diff(int(rows.size()), d, CV_64F);
    for (int i = 0; i < rows.size(); ++i) {
        cv::Mat row = diff.row(i);
        cv::subtract(z.row(pairs[rows[i]].a), z.row(pairs[rows[i]].b), row);
    }
    const auto objective = [&](const QVector<double> &w) {
        const cv::Mat wm = column(w);
        const cv::Mat s = diff * wm;
        double value = -0.5 * strength * wm.dot(wm);
        for (int i = 0; i < rows.size(); ++i)
            value -= pairLoss(pairs[rows[i]], s.at<double>(i));
        return value;
    };
    QVector<double> w(d, 0.0);
    double current = objective(w);
    for (int iteration = 0; iteration < 100; ++iteration) {
        const cv::Mat wm = column(w);
        const cv::Mat s = diff * wm;
        cv::Mat residual(diff.rows, 1, CV_64F), curvature(diff.rows, 1, CV_64F);
        for (int i = 0; i < diff.rows; ++i) {
            const PairCount &p = pairs[rows[i]];
            const double prob = 1.0 / (1.0 + std::exp(-s.at<double>(i)));
            residual.at<double>(i) = p.aWins - p.games() * prob;
            curvature.at<double>(i) = p.games() * prob * (1.0 - prob);
        }
        const cv::Mat gradient = diff.t() * residual - strength * wm;
        const cv::Mat information = diff.t() * cv::Mat(diff.mul(cv::repeat(curvature, 1, d))) + strength * cv::Mat::eye(d, d, CV_64F);
        cv::Mat step;
        if (!cv::solve(information, gradient, step, cv::DECOMP_CHOLESKY))
            break;  // cannot happen with strength > 0; keep the last estimate
        if (dampedNewtonStep(w, current, step, objective) < 1e-7)
            break;
    }
    return column(w);
}

// The share of votes whose preferred image has the higher score; a tie
// counts half, as a coin toss would. difference[i] = score(a) - score(b).
double agreement(const QVector<PairCount> &pairs, const QVector<double> &difference)
{
    double agreed = 0, total = 0;
    for (int i = 0; i < pairs.size(); ++i) {
        const double d = difference[i];
        agreed += d > 0 ? pairs[i].aWins : d < 0 ? pairs[i].bWins : 0.5 * pairs[i].games();
        total += pairs[i].games();
    }
    return agreed / total;
}

// No scoring can agree with both sides of a split pair: the majority of each
// pair bounds every agreement from above.
double majorityCeiling(const QVector<PairCount> &pairs)
{
    double agreed = 0, total = 0;
    for (const PairCount &p : pairs) {
        agreed += std::max(p.aWins, p.bWins);
        total += p.games();
    }
    return agreed / total;
}

struct StrengthSearch
{
    double strength = 0;
    QVector<double> heldOut;  // per pair: the logit difference from the fold that held it out
    double logLoss = 0;
    QJsonArray record;
};

// Folds hold out whole pairs: a vote is only ever judged by a head that saw
// no vote on its two images together.
StrengthSearch searchStrength(const cv::Mat &z, const QVector<PairCount> &pairs, int folds, quint64 seed)
{
    const int m = int(pairs.size());
    const QVector<int> fold = detail::crossValidationFolds(m, folds, seed);
    double totalVotes = 0;
    for (const PairCount &p : pairs)
        totalVotes += p.games();
    StrengthSearch best;
    best.logLoss = std::numeric_limits<double>::infinity();
    for (const double strength : kStrengthGrid) {
        QVector<double> heldOut(m);
        for (int k = 0; k < folds; ++k) {
            QVector<int> train;
            double trainVotes = 0;
            for (int i = 0; i < m; ++i)
                if (fold[i] != k) {
                    train << i;
                    trainVotes += pairs[i].games();
                }
            const cv::Mat w = fitPreferences(z, pairs, train, strength * trainVotes / totalVotes);
            for (int i = 0; i < m; ++i)
                if (fold[i] == k)
                    heldOut[i] = cv::Mat((z.row(pairs[i].a) - z.row(pairs[i].b)) * w).at<double>(0);
        }
        double loss = 0;
        for (int i = 0; i < m; ++i)
            loss += pairLoss(pairs[i], heldOut[i]);
        loss /= totalVotes;
        const double agreed = agreement(pairs, heldOut);
        best.record.append(QJsonObject{{QStringLiteral("strength"), strength}, {QStringLiteral("held_out_log_loss"), loss},
                                       {QStringLiteral("held_out_agreement"), agreed}});
        if (loss < best.logLoss) {
            best.strength = strength;
            best.heldOut = heldOut;
            best.logLoss = loss;
        }
    }
    return best;
}

double meanOf(const QVector<double> &v)
{
    return std::accumulate(v.cbegin(), v.cend(), 0.0) / v.size();
}

double deviationOf(const QVector<double> &v)
{
    const double mean = meanOf(v);
    double sum = 0;
    for (const double x : v)
        sum += (x - mean) * (x - mean);
    return std::sqrt(sum / v.size());
}

} // namespace

Expected<CrossIqaPairwiseResult> trainCrossIqaPairwiseHead(const CrossIqaPairwiseOptions &o, const CrossIqaHeadCallbacks &callbacks)
{
    using R = Expected<CrossIqaPairwiseResult>;
    const auto note = [&](const QString &message) { if (callbacks.note) callbacks.note(message); };
    const QString source = QDir::toNativeSeparators(o.votesPath);
    if (o.outPath.isEmpty())
        return R::failure(QCoreApplication::translate("CrossIqaPairwiseHead", "No output checkpoint was given."));
    if (o.folds < 2)
        return R::failure(QCoreApplication::translate("CrossIqaPairwiseHead", "Cross-validation needs at least 2 folds, not %1.").arg(o.folds));
    auto input = readPairwiseVotes(o.votesPath);
    if (!input)
        return R::failure(input.error());

    CrossIqaPairwiseResult result;
    result.fromStudy = input->fromStudy;
    result.skipped = input->skipped;

    // Distinct images, in order of first appearance; practice trials (training
    // items) and rater checks (gold items) are not preferences to learn from.
    QStringList paths;
    QHash<QString, int> pathIndex;
    const auto imageIndex = [&](const QString &path) {
        auto it = pathIndex.find(path);
        if (it == pathIndex.end()) {
            it = pathIndex.insert(path, int(paths.size()));
            paths << path;
        }
        return *it;
    };
    QVector<Comparison> comparisons;
    for (const Vote &v : std::as_const(input->votes)) {
        if (v.training || v.gold) {
            result.practiceVotes += 1;
            continue;
        }
        if (v.stimulus.first == v.stimulus.second) {
            result.skipped << QCoreApplication::translate("CrossIqaPairwiseHead", "%1: both sides are the same image").arg(voteWhere(v));
            continue;
        }
        comparisons.append({imageIndex(v.stimulus.first), imageIndex(v.stimulus.second), v.value == 1});
    }
    if (comparisons.isEmpty())
        return R::failure(QCoreApplication::translate("CrossIqaPairwiseHead", "%1 has no pairwise votes to learn from (%2 training or gold trials left out).")
                              .arg(source).arg(result.practiceVotes));
    // Refused before the slow encoding: one pair says which of two images is
    // preferred, nothing about what makes an image good.
    if (countPairs(comparisons).size() < 2)
        return R::failure(QCoreApplication::translate("CrossIqaPairwiseHead", "Every vote in %1 compares the same two images: a quality scale cannot be learned from one pair.")
                              .arg(source));

    auto model = detail::openCrossIqaForHead(o.checkpointPath, std::nullopt, o.device, o.crops);
    if (!model)
        return R::failure(model.error());
    auto features = detail::encodeCrossIqaImages(**model, paths, callbacks.encoding, callbacks.cancelled);
    if (!features)
        return R::failure(features.error());
    result.encodingSeconds = features->seconds;
    result.imagesPerSecond = features->imagesPerSecond();

    // Votes on an image that could not be read are left out, and listed
    // with the image, so that a moved file is seen rather than silently lost.
    QVector<int> rowOf(paths.size(), -1);
    for (int r = 0; r < features->source.size(); ++r)
        rowOf[features->source[r]] = r;
    QMap<int, int> lostVotes;
    QVector<Comparison> usable;
    for (const Comparison &c : std::as_const(comparisons)) {
        if (rowOf[c.first] < 0 || rowOf[c.second] < 0) {
            for (const int image : {c.first, c.second})
                if (rowOf[image] < 0)
                    lostVotes[image] += 1;
            continue;
        }
        usable.append({rowOf[c.first], rowOf[c.second], c.firstWon});
    }
    for (auto it = features->failures.cbegin(); it != features->failures.cend(); ++it)
        result.skipped << QCoreApplication::translate("CrossIqaPairwiseHead", "%n vote(s) left out: %1", nullptr, lostVotes.value(it.key()))
                              .arg(it.value());
    if (!result.skipped.isEmpty())
        note(QCoreApplication::translate("CrossIqaPairwiseHead", "%n problem(s), first: %1", nullptr, int(result.skipped.size())).arg(result.skipped.first()));
    const QVector<PairCount> pairs = countPairs(usable);
    if (pairs.isEmpty())
        return R::failure(QCoreApplication::translate("CrossIqaPairwiseHead", "No vote of %1 is left: the images it compares could not be read.").arg(source));
    if (pairs.size() < 2)
        return R::failure(QCoreApplication::translate("CrossIqaPairwiseHead", "Every readable vote in %1 compares the same two images: a quality scale cannot be learned from one pair.")
                              .arg(source));
    if (pairs.size() < o.folds)
        return R::failure(QCoreApplication::translate("CrossIqaPairwiseHead", "Only %1 distinct pairs of images were compared; %2-fold cross-validation holds out whole pairs and needs at least %2.")
                              .arg(pairs.size()).arg(o.folds));
    result.votes = int(usable.size());
    result.pairs = int(pairs.size());

    // Standardised on the compared images only (no vote is read, so the held-out
    // pairs' images may take part without leaking their outcome).
    QVector<int> compared;
    for (const PairCount &p : pairs)
        compared << p.a << p.b;
    std::sort(compared.begin(), compared.end());
    compared.erase(std::unique(compared.begin(), compared.end()), compared.end());
    result.images = int(compared.size());
    if (result.votes < 50)
        note(QCoreApplication::translate("CrossIqaPairwiseHead", "Only %1 votes: the held-out agreement below is a rough indication at best.").arg(result.votes));
    detail::StandardisedHead head;
    head.scaling = detail::featureScaling(detail::selectRows(features->x, compared));
    const cv::Mat z = head.scaling.standardise(features->x);

    const StrengthSearch search = searchStrength(z, pairs, o.folds, o.seed);
    result.strength = search.strength;
    result.heldOutLogLoss = search.logLoss;
    result.after = agreement(pairs, search.heldOut);
    result.ceiling = majorityCeiling(pairs);
    const std::optional<QVector<double>> start = detail::crossIqaStartScores(**model, features->x);
    if (start) {
        QVector<double> difference;
        for (const PairCount &p : pairs)
            difference << (*start)[p.a] - (*start)[p.b];
        result.before = agreement(pairs, difference);
    }

    // The final head, on every pair. Bradley-Terry scores are logits with an
    // arbitrary origin; mapped affinely (order unchanged) onto the start
    // head's mean and spread over the compared images, they stay on the scale
    // users know from the start checkpoint (BIQ2021's 0..1 for the shipped one),
    // so thresholds, plots and comparisons with the old head still read.
    QVector<int> allPairs(pairs.size());
    std::iota(allPairs.begin(), allPairs.end(), 0);
    head.weights = fitPreferences(z, pairs, allPairs, result.strength);
    QVector<double> logits, startScores;
    for (const int r : std::as_const(compared)) {
        logits << cv::Mat(z.row(r) * head.weights).at<double>(0);
        if (start)
            startScores << (*start)[r];
    }
    const double spread = deviationOf(logits);
    if (start && spread > 1e-12) {
        result.calibrated = true;
        result.calibrationScale = deviationOf(startScores) / spread;
        result.calibrationOffset = meanOf(startScores) - result.calibrationScale * meanOf(logits);
    }
    head.weights *= result.calibrationScale;
    head.intercept = result.calibrationOffset;

    const QString votesSha = sha256OfFile(o.votesPath);
    const QMap<QString, QString> headMetadata{
        {QStringLiteral("head_source"), QStringLiteral("pairwise")},
        {QStringLiteral("head_votes_sha256"), votesSha},
        {QStringLiteral("head_votes"), QString::number(result.votes)},
        {QStringLiteral("head_pairs"), QString::number(result.pairs)},
        {QStringLiteral("head_images"), QString::number(result.images)},
        {QStringLiteral("head_l2"), QString::number(result.strength)},
        {QStringLiteral("head_cv_agreement"), QString::number(result.after, 'f', 4)},
        {QStringLiteral("head_calibration"), result.calibrated ? QStringLiteral("start-head") : QStringLiteral("logit")},
    };
    result.checkpointPath = QFileInfo(o.outPath).absoluteFilePath();
    result.metadataPath = result.checkpointPath + QStringLiteral(".json");
    const auto metadata = detail::saveCrossIqaHead(**model, head, false, headMetadata, result.checkpointPath);
    if (!metadata)
        return R::failure(metadata.error());
    const QJsonObject json{
        {QStringLiteral("model"), QStringLiteral("cross-iqa")},
        {QStringLiteral("stage"), metadata->value(QStringLiteral("stage"))},
        {QStringLiteral("head_source"), QStringLiteral("pairwise")},
        {QStringLiteral("transformer"), detail::transformerJson(o.checkpointPath, std::nullopt)},
        {QStringLiteral("transformer_sha256"), metadata->value(QStringLiteral("transformer_sha256"))},
        {QStringLiteral("votes"), o.votesPath},
        {QStringLiteral("votes_kind"), result.fromStudy ? QStringLiteral("study") : QStringLiteral("votes-csv")},
        {QStringLiteral("votes_sha256"), votesSha},
        {QStringLiteral("votes_used"), result.votes},
        {QStringLiteral("pairs"), result.pairs},
        {QStringLiteral("images"), result.images},
        {QStringLiteral("practice_votes"), result.practiceVotes},
        {QStringLiteral("skipped"), QJsonArray::fromStringList(result.skipped)},
        {QStringLiteral("folds"), o.folds},
        {QStringLiteral("fold_seed"), QString::number(o.seed)},
        {QStringLiteral("crops"), o.crops},
        {QStringLiteral("strength_search"), search.record},
        {QStringLiteral("strength"), result.strength},
        {QStringLiteral("held_out_log_loss"), result.heldOutLogLoss},
        {QStringLiteral("agreement"), QJsonObject{{QStringLiteral("before"), result.before ? QJsonValue(*result.before) : QJsonValue(QJsonValue::Null)},
                                                  {QStringLiteral("after"), result.after},
                                                  {QStringLiteral("ceiling"), result.ceiling}}},
        {QStringLiteral("calibration"), QJsonObject{{QStringLiteral("to"), result.calibrated ? QStringLiteral("start-head") : QStringLiteral("logit")},
                                                    {QStringLiteral("scale"), result.calibrationScale},
                                                    {QStringLiteral("offset"), result.calibrationOffset}}},
        {QStringLiteral("encoding_seconds"), result.encodingSeconds},
        {QStringLiteral("command"), o.commandLine},
    };
    if (Status s = detail::writeJsonFile(result.metadataPath, json); !s)
        return R::failure(s.error());
    return result;
}

} // namespace iqa
