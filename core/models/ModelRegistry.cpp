#include "models/ModelRegistry.h"

#include "metrics/ClassicModels.h"
#include "models/CrossIqaModel.h"
#include "models/VaeQaModel.h"

#include <QCoreApplication>

namespace iqa {

static QString unknownModelMessage(const QString &id)
{
    return QCoreApplication::translate("ModelRegistry", "Unknown model '%1'. Known models: %2")
        .arg(id, ModelRegistry::ids().join(QStringLiteral(", ")));
}

QStringList ModelRegistry::ids()
{
    return classicModelIds() << QStringLiteral("vae-qa") << QStringLiteral("cross-iqa");
}

bool ModelRegistry::contains(const QString &id)
{
    return ids().contains(id);
}

std::optional<ModelKind> ModelRegistry::kind(const QString &id)
{
    if (id == QLatin1String("cross-iqa"))
        return ModelKind::NoReference;
    if (contains(id))
        return ModelKind::FullReference;  // the classic metrics and vae-qa
    return std::nullopt;
}

Expected<std::unique_ptr<QualityModel>> ModelRegistry::create(const QString &id, const ModelOptions &options)
{
    if (std::unique_ptr<QualityModel> classic = createClassicModel(id))
        return classic;
    if (id == QLatin1String("vae-qa")) {
        VaeQaOptions vae;
        vae.headPath = options.checkpointFor(id);
        vae.modelsFolder = options.modelsFolder;
        vae.device = selectDevice(options.device).device;
        vae.crops = options.crops;
        auto model = VaeQaModel::create(vae);
        if (!model)
            return Expected<std::unique_ptr<QualityModel>>::failure(model.error());
        return std::unique_ptr<QualityModel>(std::move(*model));
    }
    if (id == QLatin1String("cross-iqa")) {
        CrossIqaOptions cross;
        cross.checkpointPath = options.checkpointFor(id);
        cross.device = selectDevice(options.device).device;
        cross.crops = options.crops;
        auto model = CrossIqaModel::create(cross);
        if (!model)
            return Expected<std::unique_ptr<QualityModel>>::failure(model.error());
        return std::unique_ptr<QualityModel>(std::move(*model));
    }
    return Expected<std::unique_ptr<QualityModel>>::failure(unknownModelMessage(id));
}

Expected<ModelCard> ModelRegistry::card(const QString &id, const ModelOptions &options)
{
    auto model = create(id, options);
    if (!model)
        return Expected<ModelCard>::failure(model.error());
    return (*model)->card();
}

Expected<QStringList> ModelRegistry::parseIdList(const QString &commaSeparated)
{
    QStringList result;
    for (QString id : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        id = id.trimmed().toLower();
        if (!contains(id))
            return Expected<QStringList>::failure(unknownModelMessage(id));
        if (!result.contains(id))
            result << id;
    }
    if (result.isEmpty())
        return Expected<QStringList>::failure(
            QCoreApplication::translate("ModelRegistry", "No model given. Known models: %1")
                .arg(ids().join(QStringLiteral(", "))));
    return result;
}

} // namespace iqa
