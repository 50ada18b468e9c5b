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
enum class FineTuneLoss {
    Mse,   // MSE to the normalised MOS
    Rank,  // MSE + pairwise hinge on batch pairs whose MOS differ
};

struct VaeQaFineTuneOptions
{
    QString labelsPath;            // ref,dist,mos[,type] CSV (LabelCsv)
    QString imagesFolder;          // relative paths resolve here (default: the CSV's folder)
    QString validationLabelsPath;  // validate on this set instead of splitting the labels
    bool lowerIsBetter = false;    // DMOS-like labels: flipped after normalising
    QString startHeadPath;         // empty: the default head
    QString modelsFolder;          // encoder weights (ModelLocator)
    QString device = QStringLiteral("cpu");
    int crops = 5;                 // test-time crops the head is trained for (1 or 5)
    QString outPath;               // the fine-tuned head; metadata goes to OUT.json
    quint64 seed = 20261205;       // split and batch order
    double validationShare = 0.2;  // of the references, when no validation labels are given
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
    int epoch = 0;  // 1-based
    int epochs = 0;
    double trainLoss = 0.0;
    double validationSrcc = 0.0;
    double validationPlcc = 0.0;
    double seconds = 0.0;
    bool best = false;
    QJsonObject toJson() const;
};

// One validation pair with what the starting and the fine-tuned head said.
struct VaeQaPairPrediction
{
    QString ref, dist, type;  // absolute paths; type from a `type` column, if any
    double mos = 0.0;         // normalised to [0,1], higher is better
    double before = 0.0;
    double after = 0.0;
};

struct VaeQaFineTuneResult
{
    QString headPath;
    QString metadataPath;
    QStringList skipped;      // "line N: reason", bad or unreadable rows (both label files)
    QStringList warnings;     // e.g. a training side too small to say much
    double mosMin = 0.0, mosMax = 1.0;  // normalisation (raw MOS of the training labels)
    int trainPairs = 0, trainReferences = 0;
    int validationPairs = 0, validationReferences = 0;
    VaeQaAgreement before, after;
    QVector<VaeQaFineTuneEpoch> history;
    VaeQaFineTuneEpoch best;
    QVector<VaeQaPairPrediction> validation;
};

struct VaeQaFineTuneCallbacks
{
    std::function<void(const QString &)> note;                  // normalisation, skipped rows, warnings
    std::function<void(int done, int total)> encoding;          // pairs encoded
    std::function<void(const VaeQaFineTuneEpoch &)> epoch;
};

// Runs the whole fine-tuning. Writes the best head (by validation SRCC) to
// options.outPath only when training has finished, so a cancelled or failed
// run never leaves a half-written or unvalidated head where a finished one
// is expected. Rows naming missing or unreadable files are skipped and
// listed; a label set with a single MOS value, or a start head of another
// model, is refused.
Expected<VaeQaFineTuneResult> fineTuneVaeQaHead(const VaeQaFineTuneOptions &options,
                                                const VaeQaFineTuneCallbacks &callbacks = {},
                                                const std::atomic_bool *cancel = nullptr);

} // namespace iqa
