#pragma once

#include "common/Expected.h"
#include "models/Device.h"
#include "models/QualityModel.h"

#include <QMap>
#include <QStringList>

#include <memory>
#include <optional>

namespace iqa {

struct ModelOptions
{
    QString modelsFolder;  // user-chosen weights folder (see ModelLocator)
    DevicePreference device = DevicePreference::Auto;
    QString checkpointPath;  // a fine-tuned head instead of the default (learned models)
    // Per model id (the GUI's active fine-tuned checkpoints); an entry here
    // wins over checkpointPath for that model.
    QMap<QString, QString> checkpoints;
    QString checkpointFor(const QString &id) const { return checkpoints.value(id, checkpointPath); }
    int crops = 5;           // deterministic test-time crops of the learned models (1 or 5)
};

// The models IQA Studio can score with, by id (DESIGN.md section 6). Only
// models that are implemented are listed; learned models join as they land.
class ModelRegistry
{
public:
    static QStringList ids();
    static bool contains(const QString &id);
    // Full or no reference, known without creating the model (which may
    // fail for want of weights): a batch can still pick its models by kind.
    static std::optional<ModelKind> kind(const QString &id);

    static Expected<ModelCard> card(const QString &id, const ModelOptions &options = {});
    static Expected<std::unique_ptr<QualityModel>> create(const QString &id, const ModelOptions &options = {});

    // "psnr,ssim" -> ids, refusing unknown ones with the list of known ids.
    static Expected<QStringList> parseIdList(const QString &commaSeparated);
};

} // namespace iqa
