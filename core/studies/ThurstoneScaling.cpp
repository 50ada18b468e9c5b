#include "studies/ThurstoneScaling.h"

#include "studies/DampedNewton.h"

#include "common/SplitMix64.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace iqa {

namespace {

const double kLogSqrtTwoPi = 0.5 * std::log(2.0 * M_PI);

// Preferences as a K x K matrix: wins(i, j) = how often i was preferred to j.
// Thurstone's own bookkeeping; the likelihood only needs these counts.
cv::Mat_<double> winMatrix(int itemCount, const QVector<PairJudgement> &judgements)
{
    cv::Mat_<double> wins = cv::Mat_<double>::zeros(itemCount, itemCount);
    for (const PairJudgement &j : judgements)
        wins(j.winner, j.loser) += 1;
    return wins;
}

// phi(x) / Phi(x), the inverse Mills ratio, through logarithms so that it
// stays finite where Phi(x) underflows.
double millsRatio(double x)
{
    return std::exp(-0.5 * x * x - kLogSqrtTwoPi - ThurstoneScaling::logNormalCdf(x));
}

// The penalised log-likelihood: sum over ordered pairs of wins(i, j) *
// log Phi(s_i - s_j), plus per item one win and one loss against 0.
double logLikelihood(const QVector<double> &scale, const cv::Mat_<double> &wins)
{
    double sum = 0;
    const int k = int(scale.size());
    for (int i = 0; i < k; ++i) {
        sum += ThurstoneScaling::logNormalCdf(scale[i]) + ThurstoneScaling::logNormalCdf(-scale[i]);
        for (int j = 0; j < k; ++j)
            if (wins(i, j) > 0)
                sum += wins(i, j) * ThurstoneScaling::logNormalCdf(scale[i] - scale[j]);
    }
    return sum;
}

// Newton's method on the strictly concave penalised log-likelihood, with
// step halving as a safeguard. d/dx log Phi(x) = m(x) and
// -d2/dx2 log Phi(x) = m(x) (x + m(x)) > 0, m the inverse Mills ratio.
QVector<double> fitWins(const cv::Mat_<double> &wins, QVector<double> scale)
{
    const int k = wins.rows;
    if (scale.size() != k)
        scale = QVector<double>(k, 0.0);
    double current = logLikelihood(scale, wins);
    cv::Mat_<double> information(k, k), gradient(k, 1), step(k, 1);
    for (int iteration = 0; iteration < 200; ++iteration) {
        information = 0.0;
        for (int i = 0; i < k; ++i) {
            const double s = scale[i];
            const double up = millsRatio(s), down = millsRatio(-s);
            gradient(i) = up - down;
            information(i, i) = up * (s + up) + down * (down - s);
        }
        for (int i = 0; i < k; ++i) {
            for (int j = 0; j < k; ++j) {
                const double n = wins(i, j);
                if (n <= 0)
                    continue;
                const double d = scale[i] - scale[j];
                const double m = millsRatio(d);
                const double h = n * m * (d + m);
                gradient(i) += n * m;
                gradient(j) -= n * m;
                information(i, i) += h;
                information(j, j) += h;
                information(i, j) -= h;
                information(j, i) -= h;
            }
        }
        if (!cv::solve(information, gradient, step, cv::DECOMP_CHOLESKY))
            break; // cannot happen with the prior; keep the last estimate
        const double largest = dampedNewtonStep(scale, current, step, [&](const QVector<double> &trial) {
            return logLikelihood(trial, wins);
        });
        if (largest < 1e-13)
            break;
    }
    return scale;
}

QVector<double> meanZero(QVector<double> scale)
{
    if (scale.isEmpty())
        return scale;
    double mean = 0;
    for (double s : scale)
        mean += s;
    mean /= double(scale.size());
    for (double &s : scale)
        s -= mean;
    return scale;
}

} // namespace

double ThurstoneScaling::logNormalCdf(double x)
{
    // Upper half: log1p keeps the tiny deficit 1 - Phi(x) instead of rounding it away.
    if (x > 0)
        return std::log1p(-0.5 * std::erfc(x / std::sqrt(2.0)));
    if (x > -30)
        return std::log(0.5 * std::erfc(-x / std::sqrt(2.0)));
    // Lower tail: Phi(x) = phi(x) / (-x) * (1 - 1/x^2 + 3/x^4 - 15/x^6 + ...);
    // at x <= -30 the next term is below 1e-10 of the sum.
    const double r = 1.0 / (x * x);
    return -0.5 * x * x - kLogSqrtTwoPi - std::log(-x) + std::log(1.0 - r + 3.0 * r * r - 15.0 * r * r * r);
}

QVector<double> ThurstoneScaling::fit(int itemCount, const QVector<PairJudgement> &judgements)
{
    return meanZero(fitWins(winMatrix(itemCount, judgements), {}));
}

PairwiseScaleResult ThurstoneScaling::fitWithBootstrap(int itemCount, const QVector<PairJudgement> &judgements,
                                                       int samples, quint64 seed)
{
    PairwiseScaleResult result;
    const QVector<double> estimate = fitWins(winMatrix(itemCount, judgements), {});
    result.scale = meanZero(estimate);
    if (samples <= 0 || judgements.isEmpty())
        return result;

    // One row of refitted scales per item; resample k is the k-th draw of
    // judgements.size() indices from the seeded generator.
    SplitMix64 random(seed);
    QVector<QVector<double>> refits(itemCount, QVector<double>(samples));
    const int count = int(judgements.size());
    for (int s = 0; s < samples; ++s) {
        cv::Mat_<double> wins = cv::Mat_<double>::zeros(itemCount, itemCount);
        for (int k = 0; k < count; ++k) {
            const PairJudgement &j = judgements[random.below(count)];
            wins(j.winner, j.loser) += 1;
        }
        const QVector<double> scale = meanZero(fitWins(wins, estimate));
        for (int i = 0; i < itemCount; ++i)
            refits[i][s] = scale[i];
    }
    result.samples = samples;
    for (QVector<double> &values : refits) {
        std::sort(values.begin(), values.end());
        const double mean = std::accumulate(values.begin(), values.end(), 0.0) / samples;
        double squares = 0;
        for (double v : values)
            squares += (v - mean) * (v - mean);
        result.std.append(samples > 1 ? std::sqrt(squares / (samples - 1)) : 0.0);
        result.low.append(BradleyTerry::quantileOfSorted(values, 0.025));
        result.high.append(BradleyTerry::quantileOfSorted(values, 0.975));
    }
    return result;
}

} // namespace iqa
