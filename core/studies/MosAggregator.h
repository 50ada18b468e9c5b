#pragma once

#include "common/Expected.h"
#include "studies/VotesCsv.h"

#include <QString>
#include <QVector>

#include <optional>

namespace iqa {

enum class RaterScreening {
    None,
    Bt500, // ITU-R BT.500 beta-2 kurtosis test (rating methods; not defined for pairwise)
};
QString raterScreeningKey(RaterScreening screening); // "none", "bt500"
std::optional<RaterScreening> parseRaterScreening(const QString &text);

// How pairwise preferences become a scale (docs/studies.md section 4). Both
// fit the same judgements with the same virtual win and loss per item and the
// same seeded bootstrap; they differ in the link and so in the unit.
enum class PairwiseScaling {
    BradleyTerry, // P(i preferred to j) = 1 / (1 + exp(s_j - s_i)); unit: logit (log strength)
    Thurstone,    // Case V, P(i preferred to j) = Phi(s_i - s_j); unit: standard deviation of the
                  // difference of two stimuli's qualities (about 1/1.7 of a logit)
};
QString pairwiseScalingKey(PairwiseScaling scaling);   // "bt", "thurstone" (as `iqa mos --scaling` takes them)
QString pairwiseScalingModel(PairwiseScaling scaling); // "bradley-terry", "thurstone-case-v" (JSON)
QString pairwiseScalingUnit(PairwiseScaling scaling);  // the unit of the scale, in words (JSON, English)
std::optional<PairwiseScaling> parsePairwiseScaling(const QString &text);

struct MosOptions
{
    RaterScreening screening = RaterScreening::Bt500;
    // > 0: after rater screening, drop single scores whose |z| against their
    // stimulus (mean and n-1 standard deviation of the remaining raters)
    // exceeds this. 0 = off (the default; see docs/studies.md).
    double outlierZ = 0;
    // Gold trials: a vote is correct when |value - expected| <= tolerance
    // (pairwise: equal). Raters below the minimum accuracy are excluded.
    double goldMinAccuracy = 0.8;
    std::optional<double> goldTolerance; // default: a quarter of the scale range
    // Repeated trials: raters whose mean |repeat - first presentation| (pairwise:
    // the share of repeats answered differently) exceeds this are excluded.
    std::optional<double> repeatMaxDifference; // default: a quarter of the scale range; pairwise 0.5
    // Pairwise: the scaling model (ignored for rating methods), bootstrap
    // resamples of the judgements and their seed.
    PairwiseScaling scaling = PairwiseScaling::BradleyTerry;
    int bootstrapSamples = 1000;
    quint64 seed = 1;
};

// Defaults that depend on the method, as applied.
double effectiveGoldTolerance(const MosOptions &options, VoteMethod method);
double effectiveRepeatMaxDifference(const MosOptions &options, VoteMethod method);

struct StimulusMos
{
    Stimulus stimulus; // pairwise: a single image
    int votes = 0;     // votes on it that could count (not training, not gold), before screening
    int n = 0;         // raters whose score counts (pairwise: comparisons involving it)
    // Ratings: mean of the raters' scores; empty when n == 0.
    // Pairwise: the scale of MosResult::scaling (Bradley-Terry log strength or
    // Thurstone Case V), mean 0 over the items.
    std::optional<double> mos;
    // Ratings: sample standard deviation (n - 1), n >= 2. Pairwise: bootstrap std.
    std::optional<double> std;
    // Ratings only: half width of the 95% interval, t(0.975, n - 1) * std / sqrt(n).
    std::optional<double> ci95;
    // Interval ends: mos -/+ ci95 for ratings; bootstrap percentiles for pairwise.
    std::optional<double> ciLow, ciHigh;
    int wins = 0; // pairwise only
};

struct RaterReport
{
    QString rater;
    int votes = 0; // all votes in the input
    int trainingVotes = 0;
    int goldVotes = 0;
    int scores = 0; // stimuli this rater has a score for (repeats averaged)
    bool excluded = false;
    QString rule;   // "gold", "repeat", "bt500" when excluded
    QString reason; // human-readable, with the numbers
    // BT.500 counts over this rater's scores (when screened).
    int p = 0, q = 0;
    bool screened = false;
    std::optional<double> goldAccuracy; // share of gold votes (with an expected answer) answered correctly
    int goldChecked = 0;
    std::optional<double> repeatDifference;
    int repeatsChecked = 0;
    // Against the final MOS over the stimuli this rater scored (ratings only):
    // mean and n-1 standard deviation of score - MOS, and Pearson correlation.
    // The mean is a per-rater bias estimate (like SUREAL's subject bias): a
    // rater who is consistently lenient shows a positive bias.
    std::optional<double> bias, residualStd, correlation;
};

struct ExcludedVote
{
    int line = 0;
    QString rater;
    QString stimulus; // as written
    QString reason;
};

struct MosResult
{
    VoteMethod method = VoteMethod::Acr;
    RaterScreening screening = RaterScreening::None;
    QString screeningNote; // e.g. why BT.500 was not applied
    // Layout of the stimuli for a label CSV: all REF|DIST, or all single images.
    bool fullReference = false;
    bool mixedLayout = false;
    QVector<StimulusMos> stimuli;        // in order of first appearance
    QVector<RaterReport> raters;         // in order of first appearance
    QVector<ExcludedVote> excludedVotes; // single scores dropped as outliers
    int votesTotal = 0, votesUsed = 0, trainingVotes = 0, goldVotes = 0;
    // Pairwise only: the model the scale was fitted with, and its bootstrap.
    PairwiseScaling scaling = PairwiseScaling::BradleyTerry;
    int bootstrapSamples = 0;
    quint64 seed = 0;
};

// MOS, spread and confidence intervals per stimulus after rater screening
// (docs/studies.md has the exact rules). Fails only for unusable input.
class MosAggregator
{
public:
    static Expected<MosResult> aggregate(const QVector<Vote> &votes, VoteMethod method, const MosOptions &options);
};

} // namespace iqa
