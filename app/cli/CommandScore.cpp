#include "CliCommon.h"

#include "jobs/PairScoring.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace cli {

namespace {

QJsonObject provenance(const iqa::ModelCard &card, const iqa::DeviceChoice &device)
{
    return QJsonObject{
        {QStringLiteral("kind"), iqa::modelKindKey(card.kind)},
        {QStringLiteral("direction"), iqa::scoreDirectionKey(card.direction)},
        {QStringLiteral("range"), QJsonArray{jsonNumber(card.rangeMin), jsonNumber(card.rangeMax)}},
        {QStringLiteral("unit"), card.unit},
        {QStringLiteral("preprocessing"), card.preprocessing},
        {QStringLiteral("weights_sha256"), card.weightsSha256},
        {QStringLiteral("device"), card.learned ? device.device : QStringLiteral("cpu")},
    };
}

} // namespace

// iqa score --model M[,M...] --ref R --dist D [D...]   (full reference)
// iqa score --model M[,M...] --image I [I...]           (no reference)
int runScore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Score images. Full reference: --ref R --dist D [D...]; no reference: --image I [I...].\n"
        "Extra positional arguments are further distorted images (or images)."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("model"), QStringLiteral("Comma-separated model ids (see iqa models)."),
                      QStringLiteral("M")});
    parser.addOption({QStringLiteral("ref"), QStringLiteral("Reference image."), QStringLiteral("R")});
    parser.addOption({QStringLiteral("dist"), QStringLiteral("Distorted image (repeatable)."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("image"), QStringLiteral("Image for no-reference models (repeatable)."),
                      QStringLiteral("I")});
    parser.addOption({QStringLiteral("resize-dist"),
                      QStringLiteral("Resample distorted images to the reference size instead of refusing.")});
    parser.addPositionalArgument(QStringLiteral("more"), QStringLiteral("Further images."), QStringLiteral("[FILE...]"));
    if (int code = parseOrExit(parser, QStringLiteral("score"), arguments); code >= 0)
        return code;

    iqa::ModelOptions options;
    if (!readModelOptions(parser, &options))
        return Failure;
    if (!parser.isSet(QStringLiteral("model")))
        return usageError(parser, QStringLiteral("--model is required"));
    const auto ids = iqa::ModelRegistry::parseIdList(parser.value(QStringLiteral("model")));
    if (!ids)
        return fail(ids.error());

    const bool fullReference = parser.isSet(QStringLiteral("ref"));
    QStringList targets = fullReference ? parser.values(QStringLiteral("dist")) : parser.values(QStringLiteral("image"));
    targets << parser.positionalArguments();
    if (fullReference && parser.isSet(QStringLiteral("image")))
        return usageError(parser, QStringLiteral("use either --ref/--dist or --image, not both"));
    if (targets.isEmpty())
        return usageError(parser, fullReference ? QStringLiteral("--dist is required with --ref")
                                                : QStringLiteral("give --ref R --dist D, or --image I"));

    std::vector<std::unique_ptr<iqa::QualityModel>> models;
    for (const QString &id : *ids) {
        auto model = iqa::ModelRegistry::create(id, options);
        if (!model)
            return fail(model.error());
        const bool needsRef = (*model)->card().kind == iqa::ModelKind::FullReference;
        if (needsRef && !fullReference)
            return fail(QStringLiteral("%1 is a full-reference model: give --ref R --dist D").arg(id));
        if (!needsRef && fullReference)
            return fail(QStringLiteral("%1 is a no-reference model: give --image I").arg(id));
        models.push_back(std::move(*model));
    }

    const iqa::DeviceChoice device = iqa::selectDevice(options.device);
    iqa::PairScoring::Options scoringOptions;
    scoringOptions.resizeDistorted = parser.isSet(QStringLiteral("resize-dist"));
    iqa::PairScoring scoring(scoringOptions);
    const QString ref = parser.value(QStringLiteral("ref"));

    QJsonArray results;
    QStringList errors;
    QStringList lines;
    ProgressLine progress(QStringLiteral("scoring"));
    const bool showProgress = targets.size() * int(models.size()) > 4;
    for (int t = 0; t < targets.size(); ++t) {
        const QString &target = targets[t];
        QJsonObject scores;
        QJsonObject failures;
        lines << (fullReference ? QStringLiteral("%1 vs %2").arg(target, ref) : target);
        for (auto &model : models) {
            const iqa::ModelCard &card = model->card();
            const auto score = fullReference ? scoring.scorePair(*model, ref, target) : scoring.scoreImage(*model, target);
            if (!score) {
                errors << score.error();
                failures[card.id] = score.error();
                lines << QStringLiteral("  %1  error: %2").arg(card.id, -8).arg(score.error());
                continue;
            }
            scores[card.id] = jsonNumber(*score);
            lines << QStringLiteral("  %1  %2  (%3, range %4)")
                         .arg(card.id, -8).arg(formatScore(*score), 12)
                         .arg(iqa::scoreDirectionText(card.direction), iqa::scoreRangeText(card));
        }
        QJsonObject entry{{QStringLiteral("scores"), scores}};
        if (fullReference) {
            entry[QStringLiteral("ref")] = ref;
            entry[QStringLiteral("dist")] = target;
        } else {
            entry[QStringLiteral("image")] = target;
        }
        if (!failures.isEmpty())
            entry[QStringLiteral("errors")] = failures;
        results.append(entry);
        if (showProgress)
            progress.update(t + 1, targets.size());
    }
    if (showProgress)
        progress.finish();

    if (jsonRequested(parser)) {
        QJsonObject modelInfo;
        for (auto &model : models)
            modelInfo[model->card().id] = provenance(model->card(), device);
        printJson(QJsonObject{{QStringLiteral("results"), results}, {QStringLiteral("models"), modelInfo}});
    } else {
        printOut(lines.join(QLatin1Char('\n')));
    }
    if (!errors.isEmpty())
        return fail(errors.size() == 1 ? errors.first()
                                       : QStringLiteral("%1 scores failed; first: %2").arg(errors.size()).arg(errors.first()));
    return Ok;
}

} // namespace cli
