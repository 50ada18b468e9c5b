#pragma once

#include "studies/BradleyTerry.h"

#include <QVector>
#include <QtGlobal>

namespace iqa {

// Thurstone Case V scaling of pairwise preferences (Thurstone 1927; the
// probit twin of BradleyTerry, with the same inputs and outputs):
// P(i preferred to j) = Phi(scale_i - scale_j), Phi the standard normal CDF.
// The unit is the standard deviation of the difference of two stimuli's
// perceived qualities; multiply by sqrt(2) for units of one stimulus's
// dispersion, or divide by Phi^-1(0.75) = 0.6745 for "JND" units (1 JND =
// 75% preference, as pwcmp reports them). Like BradleyTerry, every item also
// gets one virtual win and one virtual loss against a fixed item of scale 0,
// so unanimous pairs and disconnected designs still give finite scales; the
// penalised log-likelihood is strictly concave (log Phi is), and Newton's
// method with step halving finds its maximum. Scales have mean 0.
class ThurstoneScaling
{
public:
    static QVector<double> fit(int itemCount, const QVector<PairJudgement> &judgements);

    // fit() plus `samples` bootstrap refits on judgements drawn with
    // replacement (SplitMix64 seeded with `seed`, Lemire's index draw): the
    // same resamples as BradleyTerry::fitWithBootstrap for the same seed.
    static PairwiseScaleResult fitWithBootstrap(int itemCount, const QVector<PairJudgement> &judgements, int samples,
                                                quint64 seed);

    // log Phi(x), accurate far into the lower tail (where Phi underflows).
    static double logNormalCdf(double x);
};

} // namespace iqa
