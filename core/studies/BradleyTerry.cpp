#include "studies/BradleyTerry.h"

#include "studies/DampedNewton.h"

#include "common/SplitMix64.h"

#include <QHash>

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace iqa {

namespace {

// Comparisons aggregated per unordered pair (first < second).
struct PairCount
{
    int first = 0;
    int second = 0;
    double games = 0;
    double firstWins = 0;
};

QVector<PairCount> countPairs(const QVector<PairJudgement> &judgements)
{
    QHash<quint64, int> index;
    QVector<PairCount> pairs;
    for (const PairJudgement &j : judgements) {
        const int a = std::min(j.winner, j.loser);
        const int b = std::max(j.winner, j.loser);
        const quint64 key = (quint64(quint32(a)) << 32) | quint32(b);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, int(pairs.size()));
            pairs.append({a, b, 0, 0});
        }
        PairCount &pair = pairs[*it];
        pair.games += 1;
        if (j.winner == a)
            pair.firstWins += 1;
    }
    return pairs;
}

double logSigmoid(double x)
{
    // log(1 / (1 + exp(-x))) without overflow either way.
    return x >= 0 ? -std::log1p(std::exp(-x)) : x - std::log1p(std::exp(x));
}

double sigmoid(double x)
{
    return x >= 0 ? 1.0 / (1.0 + std::exp(-x)) : std::exp(x) / (1.0 + std::exp(x));
}

// The penalised log-likelihood: the judgements plus, per item, one virtual
// win and one virtual loss against a fixed item of scale 0.
double logLikelihood(const QVector<double> &scale, const QVector<PairCount> &pairs)
{
    double sum = 0;
    for (double s : scale)
        sum += logSigmoid(s) + logSigmoid(-s);
    for (const PairCount &p : pairs) {
        const double d = scale[p.first] - scale[p.second];
        sum += p.firstWins * logSigmoid(d) + (p.games - p.firstWins) * logSigmoid(-d);
    }
    return sum;
}

// Newton's method on the penalised log-likelihood, which is strictly concave
// (the prior makes its Hessian negative definite), with step halving as a
// safeguard. Converges in a handful of iterations; each solves a K x K
// system, fine for the tens to hundreds of images of a pairwise study.
QVector<double> fitCounts(int itemCount, const QVector<PairCount> &pairs, QVector<double> scale)
{
    if (scale.size() != itemCount)
        scale = QVector<double>(itemCount, 0.0);
    double current = logLikelihood(scale, pairs);
    cv::Mat_<double> information(itemCount, itemCount);
    cv::Mat_<double> gradient(itemCount, 1), step(itemCount, 1);
    for (int iteration = 0; iteration < 200; ++iteration) {
        information = 0.0;
        for (int i = 0; i < itemCount; ++i) {
            const double s = sigmoid(scale[i]);
            gradient(i) = 1.0 - 2.0 * s;
            information(i, i) = 2.0 * s * (1.0 - s);
        }
        for (const PairCount &p : pairs) {
            const double s = sigmoid(scale[p.first] - scale[p.second]);
            const double residual = p.firstWins - p.games * s;
            gradient(p.first) += residual;
            gradient(p.second) -= residual;
            const double w = p.games * s * (1.0 - s);
            information(p.first, p.first) += w;
            information(p.second, p.second) += w;
            information(p.first, p.second) -= w;
            information(p.second, p.first) -= w;
        }
        if (!cv::solve(information, gradient, step, cv::DECOMP_CHOLESKY))
            break; // cannot happen with the prior; keep the last estimate
        const double largest = dampedNewtonStep(scale, current, step, [&](const QVector<double> &trial) {
            return logLikelihood(trial, pairs);
        });
        if (largest < 1e-13)
            break;
    }
    return scale;
}

QVector<double> centred(QVector<double> scale)
{
    double mean = 0;
    for (double s : scale)
        mean += s;
    mean /= std::max<qsizetype>(1, scale.size());
    for (double &s : scale)
        s -= mean;
    return scale;
}

} // namespace

QVector<double> BradleyTerry::fit(int itemCount, const QVector<PairJudgement> &judgements)
{
    return centred(fitCounts(itemCount, countPairs(judgements), {}));
}

double BradleyTerry::quantileOfSorted(const QVector<double> &sorted, double q)
{
    if (sorted.isEmpty())
        return std::nan("");
    const double position = q * double(sorted.size() - 1);
    const int below = int(std::floor(position));
    const int above = std::min(below + 1, int(sorted.size()) - 1);
    const double fraction = position - below;
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

PairwiseScaleResult BradleyTerry::fitWithBootstrap(int itemCount, const QVector<PairJudgement> &judgements, int samples,
                                                   quint64 seed)
{
    PairwiseScaleResult result;
    const QVector<double> estimate = fitCounts(itemCount, countPairs(judgements), {});
    result.scale = centred(estimate);
    if (samples <= 0 || judgements.isEmpty())
        return result;

    SplitMix64 random(seed);
    QVector<QVector<double>> perItem(itemCount);
    QVector<PairJudgement> resample(judgements.size());
    for (int s = 0; s < samples; ++s) {
        for (qsizetype k = 0; k < judgements.size(); ++k)
            resample[k] = judgements[random.below(int(judgements.size()))];
        // Starting from the full-data estimate saves most of the iterations.
        const QVector<double> scale = centred(fitCounts(itemCount, countPairs(resample), estimate));
        for (int i = 0; i < itemCount; ++i)
            perItem[i].append(scale[i]);
    }
    result.samples = samples;
    for (int i = 0; i < itemCount; ++i) {
        QVector<double> &values = perItem[i];
        std::sort(values.begin(), values.end());
        double mean = 0;
        for (double v : values)
            mean += v;
        mean /= values.size();
        double squares = 0;
        for (double v : values)
            squares += (v - mean) * (v - mean);
        result.std.append(values.size() > 1 ? std::sqrt(squares / (values.size() - 1)) : 0.0);
        result.low.append(quantileOfSorted(values, 0.025));
        result.high.append(quantileOfSorted(values, 0.975));
    }
    return result;
}

} // namespace iqa
