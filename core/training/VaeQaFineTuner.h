#pragma once

#include "common/Expected.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <optional>

namespace iqa {

// Fine-tuning VAE-QA's head on a user's own full-reference labels (issue 5,
// docs/models/vae-qa.md): the encoder stays frozen, every labelled pair is
// encoded once into the head's pooled input for each deterministic crop,
// and the head is trained on those features with the score of a pair being
// the mean over its crops — exactly what VaeQaModel::scorePair computes, so
// the fine-tuned head scores the same way at test time.
//
// Two ways to measure: a single split by reference (content), or k-fold
// cross-validation over the references, where every pair is predicted once
// by a head that never saw its content and the saved head is refitted on all
// pairs. A feature cache file lets later runs skip the encoder.
enum class FineTuneLoss {
    Mse,   // MSE to the normalised MOS
    Rank,  // MSE + pairwise hinge on batch pairs whose MOS differ
};

struct VaeQaFineTuneOptions
{
    QString labelsPath;            // ref,dist,mos[,type] CSV (LabelCsv)
    QString imagesFolder;          // relative paths resolve here (default: the CSV's folder)
    QString validationLabelsPath;  // validate on this set instead of splitting the labels (not with folds)
    bool lowerIsBetter = false;    // DMOS-like labels: flipped after normalising
    QString startHeadPath;         // empty: the default head
    QString modelsFolder;          // encoder weights (ModelLocator)
    QString device = QStringLiteral("cpu");
    int crops = 5;                 // test-time crops the head is trained for (1 or 5)
    QString outPath;               // the fine-tuned head; metadata goes to OUT.json
    quint64 seed = 20261205;       // split and batch order
    double validationShare = 0.2;  // of the references, when no validation labels are given
    int folds = 0;                 // >= 2: k-fold cross-validation over the references; 0 or 1: one split
    QString featureCachePath;      // encoder features kept between runs (.safetensors); empty: none
    int epochs = 100;
    int patience = 10;             // epochs without a better validation SRCC before stopping
    double learningRate = 1e-4;
    double weightDecay = 1e-5;
    int batchPairs = 8;
    FineTuneLoss loss = FineTuneLoss::Mse;
    double rankWeight = 1.0;
    double rankMargin = 0.02;      // a pair with the higher MOS must score higher by this much
    QString commandLine;           // recorded in the metadata
};

// Agreement of predictions with the normalised MOS of the validation pairs.
struct VaeQaAgreement
{
    int n = 0;
    std::optional<double> srcc, plcc, krcc, rmse;
    QMap<QString, double> typeSrcc;  // per value of a `type` column, when there is one
    QJsonObject toJson() const;
};

struct VaeQaFineTuneEpoch
{
    int fold = 0;   // k-fold: 1..K while cross-validating; 0: the single split, or the final fit on all pairs
    int epoch = 0;  // 1-based
    int epochs = 0;
    double trainLoss = 0.0;
    double validationSrcc = 0.0;
    double validationPlcc = 0.0;
    double seconds = 0.0;
    bool best = false;
    // False in the final fit of k-fold cross-validation, which trains on
    // every pair for a fixed number of epochs: nothing is held out, and the
    // validation fields stay 0.
    bool validated = true;
    QJsonObject toJson() const;
};

// One fold of k-fold cross-validation: its head is trained on the other
// folds and early-stopped on this one.
struct VaeQaFoldResult
{
    int fold = 0;  // 1-based
    int trainPairs = 0;
    int validationPairs = 0, validationReferences = 0;
    int bestEpoch = 0;   // 0: no epoch beat the start head on this fold
    int epochsRun = 0;
    std::optional<double> beforeSrcc, afterSrcc;  // on this fold's held-out pairs
    QJsonObject toJson() const;
};

// One validation pair with what the starting and the fine-tuned head said.
struct VaeQaPairPrediction
{
    QString ref, dist, type;  // absolute paths; type from a `type` column, if any
    double mos = 0.0;         // normalised to [0,1], higher is better
    double before = 0.0;
    double after = 0.0;       // k-fold: out of fold, by the head that did not see this reference
    int fold = 0;             // k-fold: the fold that held this pair out (1-based); 0 for a single split
};

struct VaeQaFineTuneResult
{
    QString headPath;
    QString metadataPath;
    QStringList skipped;      // "line N: reason", bad or unreadable rows (both label files)
    QStringList warnings;     // e.g. a training side too small to say much
    double mosMin = 0.0, mosMax = 1.0;  // normalisation (raw MOS of the training labels)
    // k-fold: train = validation = every usable pair (each is predicted
    // out of fold, and the final head trains on all of them).
    int trainPairs = 0, trainReferences = 0;
    int validationPairs = 0, validationReferences = 0;
    int cachedPairs = 0;      // read from the feature cache file
    int encodedPairs = 0;     // run through the encoder
    // The start head and the fine-tuned one on the validation pairs; k-fold:
    // on the out-of-fold predictions of all pairs.
    VaeQaAgreement before, after;
    QVector<VaeQaFineTuneEpoch> history;  // k-fold: every fold's epochs, then the final fit's
    // The saved head's epoch: the best by validation SRCC; k-fold: the last
    // epoch of the final fit (epoch 0: the start head was kept).
    VaeQaFineTuneEpoch best;
    QVector<VaeQaPairPrediction> validation;  // k-fold: every pair
    // k-fold cross-validation (folds >= 2)
    int folds = 0;
    QVector<VaeQaFoldResult> foldResults;
    std::optional<double> foldSrccMean, foldSrccStd;  // of the folds' after-SRCC; sample standard deviation
    int finalEpochs = 0;      // the final fit on all pairs: median of the folds' best epochs
};

struct VaeQaFineTuneCallbacks
{
    std::function<void(const QString &)> note;                  // normalisation, skipped rows, warnings
    std::function<void(int done, int total)> encoding;          // pairs encoded
    std::function<void(const VaeQaFineTuneEpoch &)> epoch;
};

// Runs the whole fine-tuning. Writes the best head (by validation SRCC; with
// folds, the head refitted on all pairs) to
// options.outPath only when training has finished, so a cancelled or failed
// run never leaves a half-written or unvalidated head where a finished one
// is expected. Rows naming missing or unreadable files are skipped and
// listed; a label set with a single MOS value, a start head of another
// model, more folds than references or folds with validation labels are
// refused. A feature cache file that cannot be read is reported through
// callbacks.note and replaced; it never fails the run.
Expected<VaeQaFineTuneResult> fineTuneVaeQaHead(const VaeQaFineTuneOptions &options,
                                                const VaeQaFineTuneCallbacks &callbacks = {},
                                                const std::atomic_bool *cancel = nullptr);

} // namespace iqa
