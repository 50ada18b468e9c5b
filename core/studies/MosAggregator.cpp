#include "studies/MosAggregator.h"

#include "metrics/Correlation.h"
#include "studies/BradleyTerry.h"
#include "studies/StudentT.h"
#include "studies/ThurstoneScaling.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace iqa {

namespace {

QString number(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

// One rater's score for one stimulus: the mean of their scored votes on it
// (a repeated presentation is averaged with the first, so nobody weighs double).
struct Score
{
    int rater = 0;
    double sum = 0;
    int count = 0;
    QVector<int> lines;
    bool dropped = false; // z-score outlier
    double value() const { return sum / count; }
};

struct SampleStats
{
    int n = 0;
    double mean = 0;
    double m2 = 0, m4 = 0; // central moments with divisor n (for the kurtosis)
    double std = 0;        // divisor n - 1
};

SampleStats describe(const QVector<double> &values)
{
    SampleStats s;
    s.n = int(values.size());
    if (s.n == 0)
        return s;
    double sum = 0;
    for (double v : values)
        sum += v;
    s.mean = sum / s.n;
    double squares = 0, fourth = 0;
    for (double v : values) {
        const double d = v - s.mean;
        squares += d * d;
        fourth += d * d * d * d;
    }
    s.m2 = squares / s.n;
    s.m4 = fourth / s.n;
    s.std = s.n > 1 ? std::sqrt(squares / (s.n - 1)) : 0.0;
    return s;
}

// Spread too small to judge deviations against (all scores equal, up to rounding).
bool noSpread(const SampleStats &s)
{
    return s.std <= 1e-12 * std::max(1.0, std::abs(s.mean));
}

} // namespace

QString raterScreeningKey(RaterScreening screening)
{
    return screening == RaterScreening::Bt500 ? QStringLiteral("bt500") : QStringLiteral("none");
}

std::optional<RaterScreening> parseRaterScreening(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("bt500"))
        return RaterScreening::Bt500;
    if (key == QLatin1String("none"))
        return RaterScreening::None;
    return std::nullopt;
}

QString pairwiseScalingKey(PairwiseScaling scaling)
{
    return scaling == PairwiseScaling::Thurstone ? QStringLiteral("thurstone") : QStringLiteral("bt");
}

QString pairwiseScalingModel(PairwiseScaling scaling)
{
    return scaling == PairwiseScaling::Thurstone ? QStringLiteral("thurstone-case-v")
                                                 : QStringLiteral("bradley-terry");
}

QString pairwiseScalingUnit(PairwiseScaling scaling)
{
    return scaling == PairwiseScaling::Thurstone
               ? QStringLiteral("standard deviation of the difference of two stimuli's qualities")
               : QStringLiteral("logit");
}

std::optional<PairwiseScaling> parsePairwiseScaling(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("bt"))
        return PairwiseScaling::BradleyTerry;
    if (key == QLatin1String("thurstone"))
        return PairwiseScaling::Thurstone;
    return std::nullopt;
}

double effectiveGoldTolerance(const MosOptions &options, VoteMethod method)
{
    if (method == VoteMethod::Pairwise)
        return 0;
    return options.goldTolerance ? *options.goldTolerance : voteScale(method).range() / 4.0;
}

double effectiveRepeatMaxDifference(const MosOptions &options, VoteMethod method)
{
    if (options.repeatMaxDifference)
        return *options.repeatMaxDifference;
    return method == VoteMethod::Pairwise ? 0.5 : voteScale(method).range() / 4.0;
}

Expected<MosResult> MosAggregator::aggregate(const QVector<Vote> &votes, VoteMethod method, const MosOptions &options)
{
    MosResult result;
    result.method = method;
    result.screening = options.screening;
    result.votesTotal = int(votes.size());
    const bool pairwise = method == VoteMethod::Pairwise;

    QHash<QString, int> raterIndex;
    QVector<RaterReport> &raters = result.raters;
    auto raterOf = [&](const QString &name) {
        auto it = raterIndex.find(name);
        if (it == raterIndex.end()) {
            it = raterIndex.insert(name, int(raters.size()));
            RaterReport report;
            report.rater = name;
            raters.append(report);
        }
        return *it;
    };
    auto exclude = [&](int rater, const QString &rule, const QString &reason) {
        if (raters[rater].excluded)
            return; // the first rule that fails is the one reported
        raters[rater].excluded = true;
        raters[rater].rule = rule;
        raters[rater].reason = reason;
    };

    // 1. Sort the votes: training is never scored, gold checks the rater.
    QVector<const Vote *> scoring, gold;
    for (const Vote &v : votes) {
        if (v.method != method)
            return Expected<MosResult>::failure(
                QCoreApplication::translate("MosAggregator", "line %1: method %2 in a set of %3 votes")
                    .arg(v.line)
                    .arg(voteMethodKey(v.method), voteMethodKey(method)));
        const int r = raterOf(v.rater);
        raters[r].votes += 1;
        if (v.training) {
            raters[r].trainingVotes += 1;
            result.trainingVotes += 1;
        } else if (v.gold) {
            raters[r].goldVotes += 1;
            result.goldVotes += 1;
            gold.append(&v);
        } else {
            scoring.append(&v);
        }
    }

    // 2. Gold accuracy.
    const double goldTolerance = effectiveGoldTolerance(options, method);
    {
        QVector<int> checked(raters.size()), correct(raters.size());
        for (const Vote *v : std::as_const(gold)) {
            if (!v->expected)
                continue;
            const int r = raterIndex.value(v->rater);
            checked[r] += 1;
            const bool right =
                pairwise ? v->value == *v->expected : std::abs(v->value - *v->expected) <= goldTolerance + 1e-12;
            if (right)
                correct[r] += 1;
        }
        for (int r = 0; r < raters.size(); ++r) {
            if (checked[r] == 0)
                continue;
            raters[r].goldChecked = checked[r];
            raters[r].goldAccuracy = double(correct[r]) / checked[r];
            if (*raters[r].goldAccuracy < options.goldMinAccuracy)
                exclude(r, QStringLiteral("gold"),
                        QCoreApplication::translate(
                            "MosAggregator", "gold trials: %1 of %2 answered correctly (%3), below the minimum %4")
                            .arg(correct[r])
                            .arg(checked[r])
                            .arg(number(*raters[r].goldAccuracy), number(options.goldMinAccuracy)));
        }
    }

    // Pairwise votes are compared on the unordered pair, oriented so that the
    // value says whether the path that sorts first won.
    auto orientedPairKey = [](const Vote &v, double *oriented) {
        const bool inOrder = v.stimulus.first < v.stimulus.second;
        *oriented = inOrder ? v.value : 1.0 - v.value;
        return inOrder ? v.stimulus.first + QLatin1Char('|') + v.stimulus.second
                       : v.stimulus.second + QLatin1Char('|') + v.stimulus.first;
    };

    // 3. Consistency on repeated trials.
    const double repeatMax = effectiveRepeatMaxDifference(options, method);
    {
        // (rater, stimulus) -> values of first presentations, in file order.
        QHash<QString, QVector<double>> firsts;
        auto keyOf = [&](const Vote &v, double *value) {
            QString stimulusKey = v.stimulus.key();
            *value = v.value;
            if (pairwise)
                stimulusKey = orientedPairKey(v, value);
            return v.rater + QChar(0x1F) + stimulusKey;
        };
        for (const Vote *v : std::as_const(scoring)) {
            double value = 0;
            const QString key = keyOf(*v, &value);
            if (!v->repeat)
                firsts[key].append(value);
        }
        QVector<double> differenceSum(raters.size());
        QVector<int> checked(raters.size());
        for (const Vote *v : std::as_const(scoring)) {
            if (!v->repeat)
                continue;
            double value = 0;
            const QString key = keyOf(*v, &value);
            const auto it = firsts.constFind(key);
            if (it == firsts.constEnd())
                continue; // no first presentation to compare with
            double reference = 0;
            if (pairwise) {
                reference = it->first();
            } else {
                for (double f : *it)
                    reference += f;
                reference /= it->size();
            }
            const int r = raterIndex.value(v->rater);
            differenceSum[r] += pairwise ? (value != reference ? 1.0 : 0.0) : std::abs(value - reference);
            checked[r] += 1;
        }
        for (int r = 0; r < raters.size(); ++r) {
            if (checked[r] == 0)
                continue;
            raters[r].repeatsChecked = checked[r];
            raters[r].repeatDifference = differenceSum[r] / checked[r];
            if (*raters[r].repeatDifference > repeatMax + 1e-12)
                exclude(r, QStringLiteral("repeat"),
                        pairwise ? QCoreApplication::translate(
                                       "MosAggregator",
                                       "repeated trials: %1 of %2 answered differently the second time (%3), "
                                       "above the maximum %4")
                                       .arg(qRound(differenceSum[r]))
                                       .arg(checked[r])
                                       .arg(number(*raters[r].repeatDifference), number(repeatMax))
                                 : QCoreApplication::translate(
                                       "MosAggregator",
                                       "repeated trials: mean difference %1 over %2 repeats, above the maximum %3")
                                       .arg(number(*raters[r].repeatDifference, 3))
                                       .arg(checked[r])
                                       .arg(number(repeatMax, 3)));
        }
    }

    if (pairwise) {
        if (options.screening == RaterScreening::Bt500)
            result.screeningNote = QCoreApplication::translate(
                "MosAggregator", "BT.500 screening is defined for rating scales, not for pairwise "
                                 "comparisons; only gold and repeat checks were applied");
        QHash<QString, int> itemIndex;
        auto itemOf = [&](const QString &path, const QString &shownText) {
            auto it = itemIndex.find(path);
            if (it == itemIndex.end()) {
                it = itemIndex.insert(path, int(result.stimuli.size()));
                StimulusMos item;
                item.stimulus.first = path;
                item.stimulus.text = shownText;
                result.stimuli.append(item);
            }
            return *it;
        };
        QVector<PairJudgement> judgements;
        for (const Vote *v : std::as_const(scoring)) {
            const QStringList shown = v->stimulus.text.split(QLatin1Char('|'));
            const int a = itemOf(v->stimulus.first, shown.value(0).trimmed());
            const int b = itemOf(v->stimulus.second, shown.value(1).trimmed());
            result.stimuli[a].votes += 1;
            result.stimuli[b].votes += 1;
            if (raters[raterIndex.value(v->rater)].excluded)
                continue;
            const bool firstWon = v->value == 1;
            judgements.append({firstWon ? a : b, firstWon ? b : a});
            result.stimuli[a].n += 1;
            result.stimuli[b].n += 1;
            result.stimuli[firstWon ? a : b].wins += 1;
        }
        result.votesUsed = int(judgements.size());
        result.scaling = options.scaling;
        const int items = int(result.stimuli.size());
        const PairwiseScaleResult scale =
            options.scaling == PairwiseScaling::Thurstone
                ? ThurstoneScaling::fitWithBootstrap(items, judgements, options.bootstrapSamples, options.seed)
                : BradleyTerry::fitWithBootstrap(items, judgements, options.bootstrapSamples, options.seed);
        result.bootstrapSamples = scale.samples;
        result.seed = options.seed;
        for (int i = 0; i < result.stimuli.size(); ++i) {
            StimulusMos &item = result.stimuli[i];
            if (item.n == 0)
                continue; // only excluded raters compared it: no information
            item.mos = scale.scale[i];
            if (scale.samples > 0) {
                item.std = scale.std[i];
                item.ciLow = scale.low[i];
                item.ciHigh = scale.high[i];
            }
        }
        for (const Vote *v : std::as_const(scoring))
            raters[raterIndex.value(v->rater)].scores += 1;
        return result;
    }

    // 4. One score per rater and stimulus.
    QHash<QString, int> stimulusIndex;
    QVector<QVector<Score>> scores; // per stimulus, raters in order of first vote
    QVector<QHash<int, int>> scoreOfRater;
    for (const Vote *v : std::as_const(scoring)) {
        const QString key = v->stimulus.key();
        auto it = stimulusIndex.find(key);
        if (it == stimulusIndex.end()) {
            it = stimulusIndex.insert(key, int(result.stimuli.size()));
            StimulusMos s;
            s.stimulus = v->stimulus;
            result.stimuli.append(s);
            scores.append(QVector<Score>());
            scoreOfRater.append(QHash<int, int>());
        }
        const int j = *it;
        result.stimuli[j].votes += 1;
        const int r = raterIndex.value(v->rater);
        auto slot = scoreOfRater[j].find(r);
        if (slot == scoreOfRater[j].end()) {
            slot = scoreOfRater[j].insert(r, int(scores[j].size()));
            Score score;
            score.rater = r;
            scores[j].append(score);
            raters[r].scores += 1;
        }
        Score &score = scores[j][*slot];
        score.sum += v->value;
        score.count += 1;
        score.lines.append(v->line);
    }
    bool anyPair = false, anySingle = false;
    for (const StimulusMos &s : std::as_const(result.stimuli))
        (s.stimulus.isPair() ? anyPair : anySingle) = true;
    result.fullReference = anyPair && !anySingle;
    result.mixedLayout = anyPair && anySingle;

    // 5. ITU-R BT.500 rater screening (beta-2 test), one pass over the raters
    //    that passed the gold and repeat checks.
    if (options.screening == RaterScreening::Bt500) {
        QVector<int> p(raters.size()), q(raters.size());
        for (const QVector<Score> &stimulusScores : std::as_const(scores)) {
            QVector<double> values;
            for (const Score &s : stimulusScores) {
                if (!raters[s.rater].excluded)
                    values.append(s.value());
            }
            const SampleStats stats = describe(values);
            if (stats.n < 2 || noSpread(stats))
                continue;
            const double beta2 = stats.m4 / (stats.m2 * stats.m2);
            const double threshold = (beta2 >= 2 && beta2 <= 4 ? 2.0 : std::sqrt(20.0)) * stats.std;
            for (const Score &s : stimulusScores) {
                if (raters[s.rater].excluded)
                    continue;
                if (s.value() >= stats.mean + threshold)
                    p[s.rater] += 1;
                if (s.value() <= stats.mean - threshold)
                    q[s.rater] += 1;
            }
        }
        QVector<int> candidates;
        for (int r = 0; r < raters.size(); ++r) {
            if (!raters[r].excluded && raters[r].scores > 0)
                candidates.append(r);
        }
        for (int r : std::as_const(candidates)) {
            RaterReport &report = raters[r];
            report.screened = true;
            report.p = p[r];
            report.q = q[r];
            const int outside = p[r] + q[r];
            if (outside == 0)
                continue;
            const double share = double(outside) / report.scores;
            const double balance = std::abs(double(p[r] - q[r])) / outside;
            if (share > 0.05 && balance < 0.3)
                exclude(r, QStringLiteral("bt500"),
                        QCoreApplication::translate(
                            "MosAggregator",
                            "ITU-R BT.500 screening: %1 of %2 scores outside the mean +/- 2 (or sqrt(20)) "
                            "standard deviations, %3 above and %4 below: (P+Q)/J = %5 > 0.05 and "
                            "|P-Q|/(P+Q) = %6 < 0.3")
                            .arg(outside)
                            .arg(report.scores)
                            .arg(p[r])
                            .arg(q[r])
                            .arg(number(share, 3), number(balance, 3)));
        }
    }

    // 6. Optional single-score outliers by z score among the remaining raters.
    if (options.outlierZ > 0) {
        for (int j = 0; j < scores.size(); ++j) {
            QVector<double> values;
            for (const Score &s : std::as_const(scores[j])) {
                if (!raters[s.rater].excluded)
                    values.append(s.value());
            }
            const SampleStats stats = describe(values);
            if (stats.n < 2 || noSpread(stats))
                continue;
            for (Score &s : scores[j]) {
                if (raters[s.rater].excluded)
                    continue;
                const double z = (s.value() - stats.mean) / stats.std;
                if (std::abs(z) <= options.outlierZ)
                    continue;
                s.dropped = true;
                for (int line : std::as_const(s.lines))
                    result.excludedVotes.append(
                        {line, raters[s.rater].rater, result.stimuli[j].stimulus.text,
                         QCoreApplication::translate(
                             "MosAggregator", "score %1 is %2 standard deviations from the stimulus mean %3 (limit %4)")
                             .arg(number(s.value(), 3), number(z, 2), number(stats.mean, 3),
                                  number(options.outlierZ, 2))});
            }
        }
    }

    // 7. MOS, standard deviation and Student t interval per stimulus.
    for (int j = 0; j < result.stimuli.size(); ++j) {
        QVector<double> values;
        for (const Score &s : std::as_const(scores[j])) {
            if (!raters[s.rater].excluded && !s.dropped) {
                values.append(s.value());
                result.votesUsed += s.count;
            }
        }
        StimulusMos &out = result.stimuli[j];
        const SampleStats stats = describe(values);
        out.n = stats.n;
        if (stats.n == 0)
            continue;
        out.mos = stats.mean;
        if (stats.n >= 2) {
            out.std = stats.std;
            out.ci95 = studentTQuantile(0.975, stats.n - 1) * stats.std / std::sqrt(double(stats.n));
            out.ciLow = stats.mean - *out.ci95;
            out.ciHigh = stats.mean + *out.ci95;
        }
    }

    // 8. Every rater against the final MOS: bias, residual spread, correlation.
    QVector<QVector<double>> own(raters.size()), consensus(raters.size());
    for (int j = 0; j < result.stimuli.size(); ++j) {
        if (!result.stimuli[j].mos)
            continue;
        for (const Score &s : std::as_const(scores[j])) {
            own[s.rater].append(s.value());
            consensus[s.rater].append(*result.stimuli[j].mos);
        }
    }
    for (int r = 0; r < raters.size(); ++r) {
        if (own[r].isEmpty())
            continue;
        QVector<double> residuals;
        for (int k = 0; k < own[r].size(); ++k)
            residuals.append(own[r][k] - consensus[r][k]);
        const SampleStats stats = describe(residuals);
        raters[r].bias = stats.mean;
        if (stats.n >= 2)
            raters[r].residualStd = stats.std;
        if (own[r].size() >= 3)
            raters[r].correlation = pearson(own[r], consensus[r]);
    }
    return result;
}

} // namespace iqa
