#pragma once

#include <QVector>
#include <QtGlobal>

namespace iqa {

// One pairwise judgement: item `winner` was preferred to item `loser`
// (indices into the caller's list of items).
struct PairJudgement
{
    int winner = 0;
    int loser = 0;
};

struct PairwiseScaleResult
{
    QVector<double> scale; // log strength per item, mean 0
    // Bootstrap (empty when no resamples were asked for): standard deviation
    // and 2.5 / 97.5 percentiles (linear interpolation, like numpy's default).
    QVector<double> std;
    QVector<double> low;
    QVector<double> high;
    int samples = 0;
};

// Bradley-Terry scaling of pairwise preferences: P(i preferred to j) =
// 1 / (1 + exp(scale_j - scale_i)). The maximum-likelihood estimate does not
// exist when an item wins (or loses) every comparison or the comparison graph
// falls apart, so every item also gets one virtual win and one virtual loss
// against a fixed item of scale 0 — a weak prior that keeps every scale
// finite and barely moves well-measured items. Fitted with Newton's method
// (the penalised log-likelihood is strictly concave).
class BradleyTerry
{
public:
    static QVector<double> fit(int itemCount, const QVector<PairJudgement> &judgements);

    // fit() plus `samples` bootstrap refits on judgements drawn with
    // replacement, from a generator seeded with `seed` (same seed, same
    // intervals on every platform: the generator and the index draw are
    // implemented here, not taken from <random>'s distributions).
    static PairwiseScaleResult fitWithBootstrap(int itemCount, const QVector<PairJudgement> &judgements, int samples,
                                                quint64 seed);

    // Quantile of sorted values by linear interpolation between order
    // statistics (numpy.percentile's default method); q in [0, 1].
    static double quantileOfSorted(const QVector<double> &sorted, double q);
};

} // namespace iqa
