#include <torch/torch.h>

#include "training/HeadTraining.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace iqa::detail {

double cosineLearningRate(double base, int step, int totalSteps)
{
    constexpr double kPi = 3.14159265358979323846;
    return 0.5 * base * (1.0 + std::cos(kPi * step / std::max(1, totalSteps)));
}

void setLearningRate(torch::optim::Optimizer &optimiser, double learningRate)
{
    for (auto &group : optimiser.param_groups())
        group.options().set_lr(learningRate);
}

void copyParameters(torch::nn::Module &from, torch::nn::Module &to)
{
    torch::NoGradGuard noGrad;
    const auto source = from.parameters();
    auto target = to.parameters();
    for (size_t i = 0; i < source.size(); ++i)
        target[i].copy_(source[i]);
}

Status writeJsonFile(const QString &path, const QJsonObject &json)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit())
        return Status::failure(QCoreApplication::translate("VaeQaTrainer", "Could not write %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::success();
}

QJsonObject stringMapToJson(const QMap<QString, QString> &map)
{
    QJsonObject out;
    for (auto it = map.begin(); it != map.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace iqa::detail
