#pragma once

#include "common/Expected.h"
#include "metrics/Correlation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <opencv2/core.hpp>

#include <functional>
#include <memory>
#include <optional>

namespace iqa {

class CrossIqaModel;

// Stage two of Cross-IQA (DESIGN.md 2.2): the transformer stays frozen and a
// linear regressor on its class token (averaged over the scoring tiles) is
// fitted to image,mos labels — ridge regression on standardised features,
// its strength chosen by k-fold cross-validation on the labels given, so
// the reported agreement is always on images the fit did not see.
// Pairwise votes instead of labels: CrossIqaPairwiseHead.h.
struct CrossIqaHeadOptions
{
    QString labelsPath;                     // image,mos[,split,type,...] CSV
    QString imagesFolder;                   // relative paths start here (default: the CSV's folder)
    QString split;                          // only rows whose split column has this value; empty: all
    bool lowerIsBetter = false;             // DMOS: flipped (min + max - x) before fitting
    QString checkpointPath;                 // the transformer; empty: the default checkpoint
    std::optional<quint64> randomInitSeed;  // baseline: an untrained transformer instead
    int folds = 5;
    quint64 seed = 1;                       // fold assignment
    int crops = 5;                          // scoring tiles, as CrossIqaModel
    // Ordering constraints (OrderedRidge.h): per labelled image, this many
    // views degraded by a random type of the bank at level 3 to 5 must score
    // below the image, by level / 5 standard deviations of the labels.
    // 0: the head learns from the labels alone.
    // The weight is the constraints' total against the labels' (1: equal).
    // 0.5 is the largest that kept the cross-validated SRCC on BIQ2021's
    // train split within one standard error of the labels-only head
    // (docs/models/cross-iqa.md, "Ordering constraints").
    int orderedViews = 0;
    double orderWeight = 0.5;
    QStringList orderTypes;                 // degradation ids the views are drawn from; empty: the whole bank
    QString device = QStringLiteral("cpu");
    QString outPath;                        // the complete checkpoint (transformer + head); OUT.json beside it
    QString commandLine;
};

struct CrossIqaHeadCallbacks
{
    std::function<void(const QString &)> note;
    std::function<void(int done, int total)> encoding;
    std::function<bool()> cancelled;
};

// One labelled image, for before/after scatter plots.
struct CrossIqaHeadPrediction
{
    QString image;                 // absolute path
    double mos = 0;                // the label the fit used: as given, flipped when lowerIsBetter
    std::optional<double> before;  // the start checkpoint's head, when it has one
    double after = 0;              // out-of-fold: from the fold's head that did not see this image
    QString type;                  // the row's `type` column; empty when the CSV has none
};

// Agreement within one value of the labels' `type` column (a distortion or a
// content class): a head can rank well overall by separating the types and
// still order the images within each type poorly.
struct CrossIqaTypeAgreement
{
    QString type;                       // as written; empty for rows that left the column blank
    int n = 0;
    std::optional<double> beforeSrcc;   // empty without a start head, or undefined (n < 2, constant)
    std::optional<double> afterSrcc;
};

// How often a degraded view scored below its image, out of fold: the view's
// image was in no fold the head that scored it was fitted on.
struct CrossIqaOrderAgreement
{
    QString type;      // degradation id; "all" for the total
    int pairs = 0;
    double ordered = 0;  // fraction scored below the image
    QJsonObject toJson() const;
};

struct CrossIqaHeadResult
{
    QString checkpointPath;
    QString metadataPath;
    int images = 0;               // labelled images used
    QStringList skipped;          // "line N: reason"
    double ridge = 0;             // chosen strength (on standardised features)
    CorrelationReport crossValidated;  // out-of-fold predictions against the labels
    // The start checkpoint's own head on the same images, when it has one:
    // the "before" of a fine-tuning (those images were not its training data
    // unless they come from BIQ2021's train split).
    std::optional<CorrelationReport> before;
    QVector<CrossIqaHeadPrediction> predictions;  // one per image used, in CSV order
    QVector<CrossIqaTypeAgreement> types;         // sorted by type; empty when the CSV has no type column
    QVector<CrossIqaOrderAgreement> ordering;     // "all" first, then by degradation; empty without orderedViews
    double encodingSeconds = 0;
    double imagesPerSecond = 0;   // feature extraction throughput
};

// Nothing is written unless the fit succeeds; a cancelled run fails with
// "cancelled" and leaves no file at outPath.
Expected<CrossIqaHeadResult> trainCrossIqaHead(const CrossIqaHeadOptions &options, const CrossIqaHeadCallbacks &callbacks = {});

namespace detail {

// Internal to core/training: what the two ways of fitting the head — to MOS
// labels (above) and to pairwise votes (CrossIqaPairwiseHead) — share, so
// that both read the same features and write the same kind of checkpoint.

// The start model for a head fit: a checkpoint whose head may be untrained
// (a pre-training result), or a random transformer with `randomInitSeed`.
Expected<std::unique_ptr<CrossIqaModel>> openCrossIqaForHead(const QString &checkpointPath, std::optional<quint64> randomInitSeed,
                                                             const QString &device, int crops);

// Class tokens of images, each averaged over its scoring tiles.
struct CrossIqaFeatures
{
    cv::Mat x;                     // one CV_64F row per encoded image
    QVector<int> source;           // row -> index into the paths given
    QMap<int, QString> failures;   // index into the paths -> why that image could not be encoded
    double seconds = 0;
    double imagesPerSecond() const { return seconds > 0 ? x.rows / seconds : 0; }
};
// Fails only when cancelled ("Cancelled; nothing was written.").
Expected<CrossIqaFeatures> encodeCrossIqaImages(CrossIqaModel &model, const QStringList &paths,
                                                const std::function<void(int, int)> &progress,
                                                const std::function<bool()> &cancelled);

// Degraded views of the encoded images (`features`, from `paths`) and their
// ordering constraints (OrderedRidge.h): per image, options.orderedViews
// draws of a type of options.orderTypes (all: the bank) at level 3 to 5;
// the margin is level / 5 standard deviations of `labels`, the weight
// options.orderWeight x images / constraints. A view that cannot be made is
// left out. Fails when cancelled or when options.orderTypes names no type of
// the bank.
struct OrderingSet;
Expected<OrderingSet> encodeOrderingSet(CrossIqaModel &model, const QStringList &paths, const CrossIqaFeatures &features,
                                        const QVector<double> &labels, const CrossIqaHeadOptions &options,
                                        const CrossIqaHeadCallbacks &callbacks);
// The share of constraints with a positive gap (the image above its view):
// "all" first, then each degradation type present.
QVector<CrossIqaOrderAgreement> orderAgreement(const OrderingSet &set, const QVector<double> &gaps);

// The start head's scores of feature rows; empty when its head was never fitted.
std::optional<QVector<double>> crossIqaStartScores(CrossIqaModel &model, const cv::Mat &x);

// Per-feature mean and standard deviation of the rows of `x`: on
// standardised features a penalty's strength means the same for every
// transformer, and a dead feature cannot dominate it.
struct FeatureScaling
{
    cv::Mat mean, scale;  // 1 x D each; scale never 0
    cv::Mat standardise(const cv::Mat &x) const;
};
FeatureScaling featureScaling(const cv::Mat &x);
// The rows of `x` listed in `rows`, in that order (a copy).
cv::Mat selectRows(const cv::Mat &x, const QVector<int> &rows);

// score = intercept + weights . (x - mean) / scale
struct StandardisedHead
{
    cv::Mat weights;  // D x 1
    double intercept = 0;
    FeatureScaling scaling;
    double score(const cv::Mat &row) const;
};

// The head's fit: ridge regressions of `mos` on the standardised rows of `x`
// for strengths 1e-2 ... 1e5, each judged by k-fold cross-validation (folds
// from crossValidationFolds); the strength with the lowest out-of-fold
// squared error wins, and its out-of-fold predictions are the report.
// With an ordering set, every fit also honours the constraints of its
// training folds' images, and the held-out constraints are scored too.
struct RidgeSearch
{
    double strength = 0;
    QVector<double> predictions;  // out-of-fold, at `strength`
    QVector<double> orderGaps;    // per constraint, out-of-fold at `strength`: score of the image minus score of the view
    QJsonArray record;            // every strength tried, for OUT.json
};
RidgeSearch searchRidge(const cv::Mat &x, const QVector<double> &mos, int folds, quint64 seed, const OrderingSet *ordering = nullptr);

// Fold of each of n items from a seeded shuffle: item i goes to fold
// position-in-shuffle mod k, so fold sizes differ by one at most.
QVector<int> crossValidationFolds(int n, int folds, quint64 seed);

// Folds `head` into the model's linear layer and writes the complete
// checkpoint: the start checkpoint's metadata without its head_* entries
// (they describe the head being replaced), plus `headMetadata`. Returns the
// metadata written.
Expected<QMap<QString, QString>> saveCrossIqaHead(CrossIqaModel &model, const StandardisedHead &head, bool randomInit,
                                                  const QMap<QString, QString> &headMetadata, const QString &path);

// OUT.json pieces both writers use.
QJsonObject correlationJson(const CorrelationReport &c);
QJsonValue transformerJson(const QString &checkpointPath, std::optional<quint64> randomInitSeed);

} // namespace detail

} // namespace iqa
