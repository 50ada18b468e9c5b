#include "CliCommon.h"

#include "models/FeatureEncoder.h"
#include "models/ModelLocator.h"
#include "training/VaeQaTrainer.h"
#include "training/VaeQaTrainingSet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace cli {

namespace {

bool readInt(const QCommandLineParser &parser, const QString &name, int minimum, int *out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum) {
        fail(QStringLiteral("--%1 must be a whole number of at least %2, not '%3'").arg(name).arg(minimum).arg(parser.value(name)));
        return false;
    }
    *out = value;
    return true;
}

QString epochLine(const iqa::VaeQaEpochReport &r)
{
    return QStringLiteral("epoch %1/%2  loss %3  validation SRCC %4  held-out SRCC %5  PLCC %6  unseen types SRCC %7  level order %8  %9 s%10")
        .arg(r.epoch).arg(r.epochs)
        .arg(r.trainLoss, 0, 'f', 5)
        .arg(r.validationSrcc, 0, 'f', 4)
        .arg(r.heldOutSrcc, 0, 'f', 4)
        .arg(r.heldOutPlcc, 0, 'f', 4)
        .arg(r.unseenTypesSrcc, 0, 'f', 4)
        .arg(r.levelOrder, 0, 'f', 3)
        .arg(r.seconds, 0, 'f', 1)
        .arg(r.best ? QStringLiteral("  (best)") : QString());
}

} // namespace

// iqa train --model vae-qa --pristine CSV --work DIR --out HEAD [...]
int runTrain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Train a model's head. vae-qa: the synthetic full-reference recipe of docs/models/vae-qa.md —\n"
        "pristine photos (an image,mos[,split] CSV such as BIQ2021's labels.csv) are cropped and degraded\n"
        "by the degradation bank, encoder features are cached in --work, and the head is trained with\n"
        "held-out images and distortion types. Re-running with the same --work reuses the cache;\n"
        "--resume continues an interrupted training."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("model"), QStringLiteral("Model to train (vae-qa)."), QStringLiteral("M")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The trained head (.safetensors); metadata goes to OUT.json."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("pristine"), QStringLiteral("Pristine images: an image,mos[,split] label CSV."),
                      QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("images-dir"),
                      QStringLiteral("Folder the pristine CSV's relative paths point into (default: the CSV's folder)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("work"), QStringLiteral("Folder for the feature cache and held-out pairs."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("min-mos"), QStringLiteral("Pristine images need at least this score (default 0.8)."),
                      QStringLiteral("X"), QStringLiteral("0.8")});
    parser.addOption({QStringLiteral("images"), QStringLiteral("Pristine images in all, 20% held out (default 100)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("types-per-image"), QStringLiteral("Training distortion types per image, all five levels each (default 8)."),
                      QStringLiteral("K")});
    parser.addOption({QStringLiteral("encoder"), QStringLiteral("Encoder: taef2 (default) or taesana."), QStringLiteral("E"),
                      QStringLiteral("taef2")});
    parser.addOption({QStringLiteral("epochs"), QStringLiteral("Epochs (default 50)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("lr"), QStringLiteral("Adam learning rate (default 1e-4)."), QStringLiteral("X")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the whole recipe."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("resume"), QStringLiteral("Continue from OUT.resume/ when it exists.")});
    if (int code = parseOrExit(parser, QStringLiteral("train"), arguments); code >= 0)
        return code;

    iqa::ModelOptions modelOptions;
    if (!readModelOptions(parser, &modelOptions))
        return Failure;
    const QString model = parser.value(QStringLiteral("model"));
    if (model.isEmpty())
        return usageError(parser, QStringLiteral("--model is required"));
    if (model != QLatin1String("vae-qa"))
        return fail(QStringLiteral("iqa train knows the vae-qa recipe only; '%1' cannot be trained here").arg(model));
    for (const char *required : {"out", "pristine", "work"})
        if (!parser.isSet(QString::fromLatin1(required)))
            return usageError(parser, QStringLiteral("--%1 is required").arg(QLatin1String(required)));

    iqa::VaeQaTrainingSetOptions setOptions;
    setOptions.pristineLabels = parser.value(QStringLiteral("pristine"));
    setOptions.pristineImageFolder = parser.value(QStringLiteral("images-dir"));
    setOptions.workFolder = parser.value(QStringLiteral("work"));
    setOptions.encoderId = parser.value(QStringLiteral("encoder"));
    bool ok = false;
    setOptions.pristineMinMos = parser.value(QStringLiteral("min-mos")).toDouble(&ok);
    if (!ok)
        return fail(QStringLiteral("--min-mos must be a number, not '%1'").arg(parser.value(QStringLiteral("min-mos"))));
    if (!readInt(parser, QStringLiteral("images"), 3, &setOptions.images)
        || !readInt(parser, QStringLiteral("types-per-image"), 1, &setOptions.typesPerImage))
        return Failure;
    iqa::VaeQaTrainOptions trainOptions;
    trainOptions.outPath = parser.value(QStringLiteral("out"));
    trainOptions.resume = parser.isSet(QStringLiteral("resume"));
    trainOptions.commandLine = QStringLiteral("iqa train ") + arguments.join(QLatin1Char(' '));
    if (!readInt(parser, QStringLiteral("epochs"), 1, &trainOptions.epochs))
        return Failure;
    if (parser.isSet(QStringLiteral("lr"))) {
        trainOptions.learningRate = parser.value(QStringLiteral("lr")).toDouble(&ok);
        if (!ok || trainOptions.learningRate <= 0.0)
            return fail(QStringLiteral("--lr must be a positive number, not '%1'").arg(parser.value(QStringLiteral("lr"))));
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("--seed must be a whole number, not '%1'").arg(parser.value(QStringLiteral("seed"))));
        setOptions.seed = seed;
        trainOptions.seed = seed;
    }
    if (!iqa::FeatureEncoder::encoderIds().contains(setOptions.encoderId) || setOptions.encoderId == QLatin1String("sd-kl-f8"))
        return fail(QStringLiteral("--encoder must be taef2 or taesana, not '%1'").arg(setOptions.encoderId));
    auto weights = iqa::ModelLocator(modelOptions.modelsFolder).find(iqa::FeatureEncoder::defaultWeightsFile(setOptions.encoderId));
    if (!weights)
        return fail(weights.error());
    setOptions.encoderWeights = *weights;

    ProgressLine progress(QStringLiteral("encoding training set"));
    auto set = iqa::buildVaeQaTrainingSet(setOptions, [&](const iqa::VaeQaSetProgress &p) { progress.update(p.done, p.total); });
    progress.finish();
    if (!set)
        return fail(set.error());
    printErr(QStringLiteral("training set: %1 training samples, %2 held-out samples in %3")
                 .arg(set->trainingSamples()).arg(set->heldOutSamples()).arg(QDir::toNativeSeparators(setOptions.workFolder)));

    auto result = iqa::trainVaeQaHead(*set, trainOptions, [](const iqa::VaeQaEpochReport &r) { printErr(epochLine(r)); });
    if (!result)
        return fail(result.error());

    if (jsonRequested(parser)) {
        QJsonArray history;
        for (const iqa::VaeQaEpochReport &r : result->history)
            history.append(r.toJson());
        printJson(QJsonObject{{QStringLiteral("head"), result->headPath},
                              {QStringLiteral("metadata"), result->metadataPath},
                              {QStringLiteral("held_out_labels"), result->heldOutLabels},
                              {QStringLiteral("trainable_parameters"), double(result->trainableParameters)},
                              {QStringLiteral("best"), result->best.toJson()},
                              {QStringLiteral("history"), history}});
    } else {
        printOut(QStringLiteral("head:                 %1").arg(QDir::toNativeSeparators(result->headPath)));
        printOut(QStringLiteral("metadata:             %1").arg(QDir::toNativeSeparators(result->metadataPath)));
        printOut(QStringLiteral("held-out pairs:       %1").arg(QDir::toNativeSeparators(result->heldOutLabels)));
        printOut(QStringLiteral("trainable parameters: %1").arg(result->trainableParameters));
        printOut(QStringLiteral("best epoch:           %1").arg(epochLine(result->best)));
    }
    return Ok;
}

} // namespace cli
