#include "CliCommon.h"

#include "models/ModelLocator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cli {

// iqa models: ids, kind, direction, range, parameters, weights and device.
int runModels(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the scoring models, their weights and the device."));
    addCommonOptions(parser);
    if (int code = parseOrExit(parser, QStringLiteral("models"), arguments); code >= 0)
        return code;
    iqa::ModelOptions options;
    if (!readModelOptions(parser, &options))
        return Failure;

    const iqa::DeviceChoice device = iqa::selectDevice(options.device);
    const iqa::ModelLocator locator(options.modelsFolder);

    QJsonArray models;
    QStringList lines;
    lines << QStringLiteral("%1  %2  %3  %4  %5  %6")
                 .arg(QStringLiteral("id"), -8).arg(QStringLiteral("kind"), -15)
                 .arg(QStringLiteral("direction"), -17).arg(QStringLiteral("range"), -12)
                 .arg(QStringLiteral("params"), 8).arg(QStringLiteral("weights (sha256)"));
    for (const QString &id : iqa::ModelRegistry::ids()) {
        const auto card = iqa::ModelRegistry::card(id, options);
        if (!card) {
            lines << QStringLiteral("%1  unavailable: %2").arg(id, -8).arg(card.error());
            models.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("error"), card.error()}});
            continue;
        }
        const QString weights = card->weightsPath.isEmpty()
            ? QStringLiteral("-")
            : QStringLiteral("%1 (%2)").arg(card->weightsPath, card->weightsSha256);
        lines << QStringLiteral("%1  %2  %3  %4  %5  %6")
                     .arg(id, -8).arg(iqa::modelKindKey(card->kind), -15)
                     .arg(iqa::scoreDirectionText(card->direction), -17)
                     .arg(iqa::scoreRangeText(*card), -12)
                     .arg(card->trainableParameters, 8).arg(weights);
        models.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), card->name},
            {QStringLiteral("kind"), iqa::modelKindKey(card->kind)},
            {QStringLiteral("direction"), iqa::scoreDirectionKey(card->direction)},
            {QStringLiteral("range"), QJsonArray{jsonNumber(card->rangeMin), jsonNumber(card->rangeMax)}},
            {QStringLiteral("unit"), card->unit},
            {QStringLiteral("summary"), card->summary},
            {QStringLiteral("preprocessing"), card->preprocessing},
            {QStringLiteral("parameters"), double(card->trainableParameters)},
            {QStringLiteral("weights"), card->weightsPath},
            {QStringLiteral("sha256"), card->weightsSha256},
        });
    }

    QJsonArray searchPath;
    for (const auto &candidate : locator.candidates())
        searchPath.append(QJsonObject{{QStringLiteral("folder"), candidate.folder},
                                      {QStringLiteral("origin"), candidate.origin}});

    if (jsonRequested(parser)) {
        printJson(QJsonObject{
            {QStringLiteral("models"), models},
            {QStringLiteral("device"), QJsonObject{{QStringLiteral("preference"), iqa::devicePreferenceName(options.device)},
                                                   {QStringLiteral("selected"), device.device},
                                                   {QStringLiteral("description"), device.description},
                                                   {QStringLiteral("cuda_available"), device.cudaAvailable},
                                                   {QStringLiteral("cpu_threads"), device.cpuThreads}}},
            {QStringLiteral("weights_search_path"), searchPath},
        });
        return Ok;
    }
    printOut(lines.join(QLatin1Char('\n')));
    printOut(QStringLiteral("\ndevice: %1 (%2; requested %3)")
                 .arg(device.device, device.description, iqa::devicePreferenceName(options.device)));
    printOut(QStringLiteral("weights search path:"));
    for (const auto &candidate : locator.candidates())
        printOut(QStringLiteral("  %1  (%2)").arg(candidate.folder, candidate.origin));
    return Ok;
}

} // namespace cli
