#pragma once

#include "common/Expected.h"
#include "training/VaeQaTarget.h"
#include "training/VaeQaTrainingSet.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>

namespace iqa {

// Hyper-parameters of the synthetic recipe (docs/models/vae-qa.md): the
// authors' optimiser settings (Adam, weight decay 1e-5, cosine schedule,
// ~50 epochs, batches of 8) with batches made of whole (image, type) groups
// so that the ranking term always has levels of one distortion to order.
struct VaeQaTrainOptions
{
    QString outPath;            // the head (.safetensors); metadata goes to <out>.json
    int epochs = 50;
    double learningRate = 1e-4;
    double weightDecay = 1e-5;
    int groupsPerBatch = 2;     // (image, type) groups per batch
    int levelsPerGroup = 4;     // of the six levels 0 (identity) .. 5; batch = 2 x 4 = 8
    double rankWeight = 1.0;    // weight of the within-group ranking hinge
    double rankMargin = 0.02;   // per level step
    quint64 seed = 20261201;
    bool resume = false;        // continue from <out>.resume/ when it exists
    QString commandLine;        // recorded in the metadata
};

struct VaeQaEpochReport
{
    int epoch = 0;              // 1-based
    int epochs = 0;
    double trainLoss = 0.0;
    double validationSrcc = 0.0; // against the target, validation images (picks the best epoch)
    double heldOutSrcc = 0.0;   // against the target, held-out images (seen and unseen types)
    double heldOutPlcc = 0.0;
    double unseenTypesSrcc = 0.0;  // held-out images, held-out types only
    double levelOrder = 0.0;    // share of adjacent levels of one image and type in the right order
    double seconds = 0.0;
    bool best = false;
    QJsonObject toJson() const;
};

struct VaeQaTrainResult
{
    QString headPath;
    QString metadataPath;
    QString heldOutLabels;      // ref,dist,mos CSV of the held-out pairs (for iqa eval)
    qint64 trainableParameters = 0;
    VaeQaTargetCalibration calibration;
    QVector<VaeQaEpochReport> history;
    VaeQaEpochReport best;
};

// Trains a VAE-QA head on a built training set (buildVaeQaTrainingSet) and
// writes the best epoch's head (by validation SRCC; every eighth training
// image is for validation, the held-out images decide nothing) to options.outPath with
// its metadata. Resume state is written after every epoch to
// <out>.resume/; the head at outPath is only written when training ends,
// so a cancelled run never leaves a half-trained head where a finished one
// is expected.
Expected<VaeQaTrainResult> trainVaeQaHead(const VaeQaTrainingSet &set, const VaeQaTrainOptions &options,
                                          const std::function<void(const VaeQaEpochReport &)> &onEpoch = {},
                                          const std::atomic_bool *cancel = nullptr);

} // namespace iqa
