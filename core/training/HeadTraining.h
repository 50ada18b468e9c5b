#pragma once

// Internal to core/training (LibTorch types): the pieces every head trainer
// shares — the synthetic recipe (VaeQaTrainer) and fine-tuning on a user's
// labels (VaeQaFineTuner) — so that both schedule, snapshot and record a
// run the same way. Include after <torch/torch.h>.

#include <torch/torch.h>

#include "common/Expected.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace iqa::detail {

// Cosine decay from `base` at step 0 to 0 at `totalSteps` (the authors'
// schedule, DESIGN.md 2.1).
double cosineLearningRate(double base, int step, int totalSteps);
void setLearningRate(torch::optim::Optimizer &optimiser, double learningRate);

// Copies every parameter of `from` into `to` (same architecture): keeps the
// best epoch's weights without a round trip through a file.
void copyParameters(torch::nn::Module &from, torch::nn::Module &to);

// Writes a JSON document atomically (QSaveFile): a reader never sees half a
// metadata file, and a failed write leaves the previous one in place.
Status writeJsonFile(const QString &path, const QJsonObject &json);

QJsonObject stringMapToJson(const QMap<QString, QString> &map);

} // namespace iqa::detail
