#include "CliCommon.h"

#include "models/Device.h"
#include "models/FeatureEncoder.h"
#include "models/ModelLocator.h"
#include "training/VaeQaFineTuner.h"
#include "training/VaeQaTrainer.h"
#include "training/VaeQaTrainingSet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace cli {

namespace {

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

// The per-epoch reports of either trainer as a JSON array.
template <class Reports>
QJsonArray historyJson(const Reports &reports)
{
    QJsonArray history;
    for (const auto &r : reports)
        history.append(r.toJson());
    return history;
}

QString fineTuneEpochLine(const iqa::VaeQaFineTuneEpoch &r)
{
    // The final fit of k-fold cross-validation holds nothing out: no
    // validation numbers to show.
    if (!r.validated)
        return QStringLiteral("final fit epoch %1/%2  loss %3  %4 s")
            .arg(r.epoch).arg(r.epochs)
            .arg(r.trainLoss, 0, 'f', 5)
            .arg(r.seconds, 0, 'f', 1);
    return QStringLiteral("%1epoch %2/%3  loss %4  validation SRCC %5  PLCC %6  %7 s%8")
        .arg(r.fold > 0 ? QStringLiteral("fold %1  ").arg(r.fold) : QString())
        .arg(r.epoch).arg(r.epochs)
        .arg(r.trainLoss, 0, 'f', 5)
        .arg(r.validationSrcc, 0, 'f', 4)
        .arg(r.validationPlcc, 0, 'f', 4)
        .arg(r.seconds, 0, 'f', 1)
        .arg(r.best ? QStringLiteral("  (best)") : QString());
}

// The before/after table on the validation split, or with folds on the
// out-of-fold predictions of every pair (the same numbers go to OUT.json).
QStringList beforeAfterTable(const iqa::VaeQaFineTuneResult &r)
{
    const QString title = r.folds >= 2 ? QStringLiteral("out of fold (%1 pairs)").arg(r.after.n) : QStringLiteral("validation (%1 pairs)").arg(r.after.n);
    return cli::beforeAfterTable(title, r.before, r.after, r.before.typeSrcc, r.after.typeSrcc);
}

// Per-fold SRCC, their mean and spread, and how the saved head was made.
QStringList crossValidationLines(const iqa::VaeQaFineTuneResult &r)
{
    QStringList lines;
    for (const iqa::VaeQaFoldResult &f : r.foldResults)
        lines << QStringLiteral("  fold %1: %2 pairs of %3 references held out, best epoch %4, SRCC %5 -> %6")
                     .arg(f.fold).arg(f.validationPairs).arg(f.validationReferences).arg(f.bestEpoch)
                     .arg(metricText(f.beforeSrcc), metricText(f.afterSrcc));
    lines << QStringLiteral("fold SRCC:   mean %1, standard deviation %2 over %3 folds")
                 .arg(metricText(r.foldSrccMean), metricText(r.foldSrccStd)).arg(r.folds);
    lines << QStringLiteral("final head:  trained on all %1 pairs for %2 epochs (median of the folds' best epochs)")
                 .arg(r.trainPairs).arg(r.finalEpochs);
    return lines;
}

QJsonArray foldsJson(const iqa::VaeQaFineTuneResult &r)
{
    QJsonArray folds;
    for (const iqa::VaeQaFoldResult &f : r.foldResults)
        folds.append(f.toJson());
    return folds;
}


// iqa train --model vae-qa --labels CSV --out CKPT [...]: fine-tuning the
// head on the user's own ref,dist,mos labels.
int runFineTune(const QCommandLineParser &parser, const iqa::ModelOptions &modelOptions, const QStringList &arguments)
{
    iqa::VaeQaFineTuneOptions o;
    o.labelsPath = parser.value(QStringLiteral("labels"));
    o.imagesFolder = parser.value(QStringLiteral("images-dir"));
    o.validationLabelsPath = parser.value(QStringLiteral("val-labels"));
    o.lowerIsBetter = parser.isSet(QStringLiteral("lower-better"));
    o.startHeadPath = modelOptions.checkpointPath;
    o.modelsFolder = modelOptions.modelsFolder;
    o.device = iqa::selectDevice(modelOptions.device).device;
    o.crops = modelOptions.crops;
    o.outPath = parser.value(QStringLiteral("out"));
    o.featureCachePath = parser.value(QStringLiteral("feature-cache"));
    o.commandLine = QStringLiteral("iqa train ") + arguments.join(QLatin1Char(' '));
    if (parser.isSet(QStringLiteral("folds")) && parser.isSet(QStringLiteral("val-labels")))
        return fail(QStringLiteral("--folds and --val-labels exclude each other: with --folds every reference is held out once; give one of them"));
    if (parser.isSet(QStringLiteral("split-by")) && parser.value(QStringLiteral("split-by")) != QLatin1String("ref"))
        return fail(QStringLiteral("--split-by knows 'ref' only (all pairs of one reference on one side), not '%1'").arg(parser.value(QStringLiteral("split-by"))));
    const QString loss = parser.value(QStringLiteral("loss"));
    if (loss != QLatin1String("mse") && loss != QLatin1String("rank"))
        return fail(QStringLiteral("--loss must be mse or rank, not '%1'").arg(loss));
    o.loss = loss == QLatin1String("rank") ? iqa::FineTuneLoss::Rank : iqa::FineTuneLoss::Mse;
    if (!readIntOption(parser, QStringLiteral("epochs"), 1, &o.epochs) || !readIntOption(parser, QStringLiteral("patience"), 1, &o.patience)
        || !readPositiveDoubleOption(parser, QStringLiteral("lr"), &o.learningRate) || !readSeedOption(parser, &o.seed)
        || !readIntOption(parser, QStringLiteral("folds"), 2, &o.folds))
        return Failure;

    iqa::VaeQaFineTuneCallbacks callbacks;
    ProgressLine progress(QStringLiteral("encoding labelled pairs"));
    bool encoding = false;
    callbacks.note = [&](const QString &text) {
        if (encoding) {
            progress.finish();
            encoding = false;
        }
        printErr(text);
    };
    callbacks.encoding = [&](int done, int total) {
        encoding = true;
        progress.update(done, total);
    };
    callbacks.epoch = [&](const iqa::VaeQaFineTuneEpoch &r) {
        if (encoding) {
            progress.finish();
            encoding = false;
        }
        printErr(fineTuneEpochLine(r));
    };
    auto result = iqa::fineTuneVaeQaHead(o, callbacks);
    if (encoding)
        progress.finish();
    if (!result)
        return fail(result.error());

    if (jsonRequested(parser)) {
        printJson(QJsonObject{{QStringLiteral("head"), result->headPath},
                              {QStringLiteral("metadata"), result->metadataPath},
                              {QStringLiteral("skipped"), QJsonArray::fromStringList(result->skipped)},
                              {QStringLiteral("warnings"), QJsonArray::fromStringList(result->warnings)},
                              {QStringLiteral("before"), result->before.toJson()},
                              {QStringLiteral("after"), result->after.toJson()},
                              {QStringLiteral("best_epoch"), result->best.epoch},
                              {QStringLiteral("cached_pairs"), result->cachedPairs},
                              {QStringLiteral("encoded_pairs"), result->encodedPairs},
                              {QStringLiteral("folds"), result->folds},
                              {QStringLiteral("fold_results"), foldsJson(*result)},
                              {QStringLiteral("fold_srcc_mean"), jsonNumber(result->foldSrccMean)},
                              {QStringLiteral("fold_srcc_std"), jsonNumber(result->foldSrccStd)},
                              {QStringLiteral("final_epochs"), result->finalEpochs},
                              {QStringLiteral("history"), historyJson(result->history)}});
    } else {
        QStringList lines = beforeAfterTable(*result);
        if (result->folds >= 2)
            lines << crossValidationLines(*result);
        else
            lines << QStringLiteral("best epoch:  %1").arg(result->best.epoch == 0 ? QStringLiteral("none improved on the start; the start head was kept")
                                                                                   : fineTuneEpochLine(result->best));
        lines << QStringLiteral("features:    %1 pairs from the cache, %2 encoded").arg(result->cachedPairs).arg(result->encodedPairs);
        lines << QStringLiteral("head:        %1").arg(QDir::toNativeSeparators(result->headPath));
        lines << QStringLiteral("metadata:    %1").arg(QDir::toNativeSeparators(result->metadataPath));
        printOut(lines.join(QLatin1Char('\n')));
    }
    return Ok;
}

} // namespace

// iqa train --model vae-qa --pristine CSV --work DIR --out HEAD [...]
int runTrain(const QStringList &arguments)
{
    // Cross-IQA's two stages take different options: their own parser.
    const int modelAt = int(arguments.indexOf(QStringLiteral("--model")));
    if (arguments.contains(QStringLiteral("--model=cross-iqa"))
        || (modelAt >= 0 && modelAt + 1 < arguments.size() && arguments[modelAt + 1] == QLatin1String("cross-iqa")))
        return runTrainCrossIqa(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Train a model's head. vae-qa: the synthetic full-reference recipe of docs/models/vae-qa.md —\n"
        "pristine photos (an image,mos[,split] CSV such as BIQ2021's labels.csv) are cropped and degraded\n"
        "by the degradation bank, encoder features are cached in --work, and the head is trained with\n"
        "held-out images and distortion types. Re-running with the same --work reuses the cache;\n"
        "--resume continues an interrupted training.\n"
        "With --labels, the head is fine-tuned on your own ref,dist,mos labels instead (encoder frozen,\n"
        "split by reference or --folds K cross-validation, early stopping on validation SRCC);\n"
        "--checkpoint picks the start head, --feature-cache keeps the encoder's work for the next run."));
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
    parser.addOption({QStringLiteral("epochs"), QStringLiteral("Epochs (default 50; fine-tuning 100)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("lr"), QStringLiteral("Adam learning rate (default 1e-4)."), QStringLiteral("X")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the whole recipe."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("resume"), QStringLiteral("Continue from OUT.resume/ when it exists.")});
    parser.addOption({QStringLiteral("labels"), QStringLiteral("Fine-tune on these ref,dist,mos[,type] labels."), QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("val-labels"), QStringLiteral("Fine-tuning: validate on these labels instead of a split."),
                      QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("lower-better"), QStringLiteral("Fine-tuning: the labels are lower-is-better (DMOS).")});
    parser.addOption({QStringLiteral("split-by"), QStringLiteral("Fine-tuning: split by 'ref' (default; 20% of the references validate)."),
                      QStringLiteral("ref")});
    parser.addOption({QStringLiteral("loss"), QStringLiteral("Fine-tuning: mse (default) or rank (MSE + pairwise hinge)."),
                      QStringLiteral("L"), QStringLiteral("mse")});
    parser.addOption({QStringLiteral("patience"), QStringLiteral("Fine-tuning: stop after this many epochs without a better validation SRCC (default 10)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("folds"), QStringLiteral("Fine-tuning: k-fold cross-validation over the references (K >= 2); the head is then "
                                                              "refitted on all pairs for the median of the folds' best epochs. Not with --val-labels."),
                      QStringLiteral("K")});
    parser.addOption({QStringLiteral("feature-cache"), QStringLiteral("Fine-tuning: keep the encoder's features of every pair in FILE (.safetensors) and "
                                                                      "reuse them in later runs on the same images; an unreadable FILE is rewritten."),
                      QStringLiteral("FILE")});
    if (int code = parseOrExit(parser, QStringLiteral("train"), arguments); code >= 0)
        return code;

    iqa::ModelOptions modelOptions;
    if (!readModelOptions(parser, &modelOptions))
        return Failure;
    const QString model = parser.value(QStringLiteral("model"));
    if (model.isEmpty())
        return usageError(parser, QStringLiteral("--model is required"));
    if (model != QLatin1String("vae-qa"))
        return fail(QStringLiteral("iqa train knows vae-qa and cross-iqa; '%1' cannot be trained here").arg(model));
    if (parser.isSet(QStringLiteral("labels"))) {
        if (!parser.isSet(QStringLiteral("out")))
            return usageError(parser, QStringLiteral("--out is required"));
        return runFineTune(parser, modelOptions, arguments);
    }
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
    if (!readIntOption(parser, QStringLiteral("images"), 3, &setOptions.images)
        || !readIntOption(parser, QStringLiteral("types-per-image"), 1, &setOptions.typesPerImage))
        return Failure;
    iqa::VaeQaTrainOptions trainOptions;
    trainOptions.outPath = parser.value(QStringLiteral("out"));
    trainOptions.resume = parser.isSet(QStringLiteral("resume"));
    trainOptions.commandLine = QStringLiteral("iqa train ") + arguments.join(QLatin1Char(' '));
    if (!readIntOption(parser, QStringLiteral("epochs"), 1, &trainOptions.epochs)
        || !readPositiveDoubleOption(parser, QStringLiteral("lr"), &trainOptions.learningRate) || !readSeedOption(parser, &setOptions.seed))
        return Failure;
    trainOptions.seed = setOptions.seed;
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
        printJson(QJsonObject{{QStringLiteral("head"), result->headPath},
                              {QStringLiteral("metadata"), result->metadataPath},
                              {QStringLiteral("held_out_labels"), result->heldOutLabels},
                              {QStringLiteral("trainable_parameters"), double(result->trainableParameters)},
                              {QStringLiteral("best"), result->best.toJson()},
                              {QStringLiteral("history"), historyJson(result->history)}});
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
