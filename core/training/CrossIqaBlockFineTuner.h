#pragma once

#include "common/Expected.h"
#include "metrics/Correlation.h"
#include "training/VaeQaFineTuner.h"  // FineTuneLoss: one choice of loss for both fine-tuners

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace iqa {

// Gradient fine-tuning of Cross-IQA's last transformer blocks on a user's
// image,mos labels (issue 5; docs/models/cross-iqa.md, "Fine-tuning the last
// blocks"). The last `trainBlocks` blocks, the final LayerNorm and the linear
// head learn; the patch embedding, the positions and the front blocks stay
// frozen. Because they are frozen, the token sequence entering the first
// trained block is computed once per scoring tile and kept in memory, and an
// epoch only runs the trained blocks. An image's score is the head on the
// class token averaged over the same tiles CrossIqaModel scores, so training
// and `iqa score` agree.
struct CrossIqaFineTuneOptions
{
    QString labelsPath;             // image,mos[,type][,split] CSV (LabelCsv)
    QString imagesFolder;           // relative paths resolve here (default: the CSV's folder)
    QString split;                  // keep only rows of `labelsPath` whose split column has this value; empty: all
    QString validationLabelsPath;   // validate on these labels instead of splitting the training labels
    bool lowerIsBetter = false;     // DMOS-like labels: flipped after normalising
    QString checkpointPath;         // the start: a Cross-IQA checkpoint with a fitted head; empty: the default one
    int trainBlocks = 1;            // the last N blocks learn (1 .. the transformer's depth)
    int epochs = 30;
    int patience = 5;               // epochs without a better validation SRCC before stopping
    double learningRate = 3e-5;     // AdamW peak: linear warm-up over the first epoch, cosine decay to 0
    double weightDecay = 0.01;
    int batchImages = 16;
    FineTuneLoss loss = FineTuneLoss::Mse;
    double rankWeight = 1.0;
    double rankMargin = 0.02;       // on the normalised scale: the better-rated image must lead by this much
    quint64 seed = 1;               // split and batch order
    double validationShare = 0.2;   // of the images, when no validation labels are given
    int crops = 5;                  // scoring tiles, as CrossIqaModel (1: the centre tile)
    QString device = QStringLiteral("cpu");
    QString outPath;                // the complete fine-tuned checkpoint; OUT.json beside it
    QString commandLine;            // recorded in the metadata
};

struct CrossIqaFineTuneEpoch
{
    int epoch = 0;  // 1-based; 0 in CrossIqaFineTuneResult::best means the start was kept
    int epochs = 0;
    double trainLoss = 0.0;
    double validationSrcc = 0.0;
    double validationPlcc = 0.0;
    double seconds = 0.0;
    bool best = false;
    QJsonObject toJson() const;
};

// One validation image with what the start and the fine-tuned checkpoint said.
struct CrossIqaImagePrediction
{
    QString image;       // absolute path
    double mos = 0.0;    // normalised to [0,1], higher is better
    double before = 0.0;
    double after = 0.0;
    QString type;        // from a `type` column, if any
};

struct CrossIqaFineTuneResult
{
    QString checkpointPath;
    QString metadataPath;
    QStringList skipped;          // "labels.csv line N: reason", both label files
    QStringList warnings;         // e.g. a training side too small to say much
    double mosMin = 0.0, mosMax = 1.0;  // normalisation (raw MOS of the training labels)
    int trainImages = 0, validationImages = 0, trainTiles = 0, validationTiles = 0;
    int trainedBlocks = 0;
    qint64 trainableParameters = 0;
    CorrelationReport before, after;            // on the validation images, normalised MOS
    QMap<QString, double> typeSrccBefore, typeSrccAfter;  // per value of a `type` column
    QVector<CrossIqaFineTuneEpoch> history;
    CrossIqaFineTuneEpoch best;
    QVector<CrossIqaImagePrediction> validation;
    double encodingSeconds = 0.0;
    double trainingSeconds = 0.0;
};

struct CrossIqaFineTuneCallbacks
{
    std::function<void(const QString &)> note;          // normalisation, split, skipped rows, warnings
    std::function<void(int done, int total)> encoding;  // images through the frozen front
    std::function<void(const CrossIqaFineTuneEpoch &)> epoch;
};

// Runs the whole fine-tuning. The best epoch's weights (by validation SRCC;
// the start is a candidate too) are written as a complete Cross-IQA
// checkpoint at options.outPath only when training has finished: a
// cancelled or failed run leaves nothing there. Rows naming missing,
// unreadable or too small images are skipped and listed. Refused with a
// reason: labels with a single MOS value, a start checkpoint of another
// model or without a fitted head, trainBlocks outside 1 .. depth.
Expected<CrossIqaFineTuneResult> fineTuneCrossIqaBlocks(const CrossIqaFineTuneOptions &options,
                                                        const CrossIqaFineTuneCallbacks &callbacks = {},
                                                        const std::atomic_bool *cancel = nullptr);

} // namespace iqa
