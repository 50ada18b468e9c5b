#include "CliCommon.h"

#include "training/CrossIqaHeadTrainer.h"
#include "training/CrossIqaPairwiseHead.h"

#include "training/CrossIqaPretrainer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace cli {

namespace {

// Both head fits encode images, then solve: notes to stderr, one progress
// line, Ctrl+C between images.
iqa::CrossIqaHeadCallbacks headCallbacks(ProgressLine &progress)
{
    iqa::CrossIqaHeadCallbacks callbacks;
    callbacks.note = [](const QString &text) { printErr(text); };
    callbacks.encoding = [&progress](int done, int total) {
        progress.update(done, total);
        if (done == total)
            progress.finish();
    };
    callbacks.cancelled = [] { return cancelRequested(); };
    return callbacks;
}

QString duration(double seconds)
{
    const int s = int(seconds + 0.5);
    return s >= 3600 ? QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

int runPretrain(const QCommandLineParser &parser, const iqa::ModelOptions &modelOptions, const QStringList &arguments)
{
    for (const char *required : {"images", "out"})
        if (!parser.isSet(QString::fromLatin1(required)))
            return usageError(parser, QStringLiteral("--%1 is required for --stage pretrain").arg(QLatin1String(required)));
    const auto images = iqa::collectPretrainImages(parser.value(QStringLiteral("images")), parser.value(QStringLiteral("split")),
                                                   parser.value(QStringLiteral("images-dir")));
    if (!images)
        return fail(images.error());
    iqa::CrossIqaPretrainOptions o;
    o.imagePaths = *images;
    o.outPath = parser.value(QStringLiteral("out"));
    o.startPath = modelOptions.checkpointPath;
    o.resume = parser.isSet(QStringLiteral("resume"));
    o.conditionedDecoder = parser.isSet(QStringLiteral("conditioned-decoder"));
    o.device = iqa::selectDevice(modelOptions.device).device;
    o.commandLine = QStringLiteral("iqa train ") + arguments.join(QLatin1Char(' '));
    if (!readIntOption(parser, QStringLiteral("steps"), 1, &o.steps) || !readIntOption(parser, QStringLiteral("batch"), 1, &o.batchSize)
        || !readIntOption(parser, QStringLiteral("checkpoint-every"), 1, &o.checkpointEvery)
        || !readIntOption(parser, QStringLiteral("warmup"), 0, &o.warmupSteps) || !readSeedOption(parser, &o.seed)
        || !readPositiveDoubleOption(parser, QStringLiteral("lr"), &o.learningRate)
        || !readDoubleOption(parser, QStringLiteral("hide-content"), 0, 1, &o.hiddenShare)  // 1 itself: refused by the pre-trainer
        || !readDoubleOption(parser, QStringLiteral("spectrum-weight"), 0, 100, &o.spectrumWeight)
        || !readDoubleOption(parser, QStringLiteral("same-photo-weight"), 0, 100, &o.samePhotoWeight))
        return Failure;

    iqa::CrossIqaPretrainCallbacks callbacks;
    ProgressLine loading(QStringLiteral("reading images"));
    bool loadingShown = false;
    callbacks.note = [](const QString &text) { printErr(text); };
    callbacks.loading = [&](int done, int total) {
        loadingShown = true;
        loading.update(done, total);
        if (done == total)
            loading.finish();
    };
    callbacks.progress = [](const iqa::CrossIqaPretrainProgress &p) {
        QString extra = p.conditionedDecoder ? QStringLiteral(", spread %1, degradation %2")
                                                   .arg(p.spreadLoss, 0, 'f', 4).arg(p.degradationLoss, 0, 'f', 4)
                                             : QString();
        if (p.spectrumLoss > 0)
            extra += QStringLiteral(", spectrum %1").arg(p.spectrumLoss, 0, 'f', 4);
        if (p.samePhotoLoss > 0)
            extra += QStringLiteral(", same photo %1").arg(p.samePhotoLoss, 0, 'f', 4);
        printErr(QStringLiteral("step %1/%2  loss %3  (swapped %4, self %5%6)  %7 views/s  %8 left")
                     .arg(p.step).arg(p.steps)
                     .arg(p.loss, 0, 'f', 4).arg(p.crossLoss, 0, 'f', 4).arg(p.selfLoss, 0, 'f', 4).arg(extra)
                     .arg(p.viewsPerSecond, 0, 'f', 1).arg(duration(p.secondsLeft)));
    };
    callbacks.checkpoint = [](const QString &checkpoint, const QString &preview) {
        printErr(QStringLiteral("checkpoint %1, preview %2").arg(QDir::toNativeSeparators(checkpoint), QDir::toNativeSeparators(preview)));
    };
    callbacks.cancelled = [] { return cancelRequested(); };
    printErr(QStringLiteral("pre-training Cross-IQA on %1 images").arg(o.imagePaths.size()));
    const auto result = iqa::pretrainCrossIqa(o, callbacks);
    if (!result)
        return fail(result.error());
    if (jsonRequested(parser)) {
        printJson(QJsonObject{{QStringLiteral("checkpoint"), result->checkpointPath},
                              {QStringLiteral("metadata"), result->metadataPath},
                              {QStringLiteral("preview"), result->previewPath},
                              {QStringLiteral("steps"), result->steps},
                              {QStringLiteral("checkpoint_step"), result->checkpointStep},
                              {QStringLiteral("loss"), result->finalLoss},
                              {QStringLiteral("images"), result->images},
                              {QStringLiteral("skipped"), QJsonArray::fromStringList(result->skipped)},
                              {QStringLiteral("seconds"), result->seconds},
                              {QStringLiteral("cancelled"), result->cancelled}});
    } else {
        const QString checkpoint = result->checkpointStep > 0
            ? QStringLiteral("%1 (step %2)").arg(QDir::toNativeSeparators(result->checkpointPath)).arg(result->checkpointStep)
            : QStringLiteral("none written");
        printOut(QStringLiteral("%1 after %2 of %3 steps (%4), loss %5\ncheckpoint: %6\npreview:    %7\nmetadata:   %8")
                     .arg(result->cancelled ? QStringLiteral("stopped") : QStringLiteral("finished"))
                     .arg(result->steps).arg(o.steps).arg(duration(result->seconds)).arg(result->finalLoss, 0, 'f', 4)
                     .arg(checkpoint, QDir::toNativeSeparators(result->previewPath), QDir::toNativeSeparators(result->metadataPath)));
    }
    return result->cancelled ? Failure : Ok;
}

// SRCC within each value of the labels' type column: a head can rank well
// overall by telling the types apart and still order each type poorly.
QStringList typeTable(const QVector<iqa::CrossIqaTypeAgreement> &types)
{
    if (types.isEmpty())
        return {};
    QStringList lines{QStringLiteral("%1%2  %3").arg(QStringLiteral("SRCC within each type (images)"), -42).arg(QStringLiteral("before"), 8)
                          .arg(QStringLiteral("after"), 18)};
    for (const iqa::CrossIqaTypeAgreement &t : types) {
        const QString name = QStringLiteral("%1 (%2)").arg(t.type.isEmpty() ? QStringLiteral("(no type)") : t.type).arg(t.n);
        lines << QStringLiteral("  %1  %2  %3").arg(name, -38).arg(metricText(t.beforeSrcc), 8).arg(metricText(t.afterSrcc), 18);
    }
    return lines;
}

QJsonValue typesJson(const QVector<iqa::CrossIqaTypeAgreement> &types)
{
    if (types.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonArray out;
    for (const iqa::CrossIqaTypeAgreement &t : types)
        out.append(QJsonObject{{QStringLiteral("type"), t.type}, {QStringLiteral("n"), t.n},
                               {QStringLiteral("before_srcc"), jsonNumber(t.beforeSrcc)}, {QStringLiteral("after_srcc"), jsonNumber(t.afterSrcc)}});
    return out;
}

// Out-of-fold ordering of the degraded views (--ordered-views).
QStringList orderingTable(const QVector<iqa::CrossIqaOrderAgreement> &ordering)
{
    if (ordering.isEmpty())
        return {};
    QStringList lines{QStringLiteral("degraded views scored below their image (out of fold)")};
    for (const iqa::CrossIqaOrderAgreement &a : ordering)
        lines << QStringLiteral("  %1  %2 %").arg(QStringLiteral("%1 (%2)").arg(a.type).arg(a.pairs), -38).arg(100.0 * a.ordered, 6, 'f', 1);
    return lines;
}

QJsonValue orderingJson(const QVector<iqa::CrossIqaOrderAgreement> &ordering)
{
    if (ordering.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonArray out;
    for (const iqa::CrossIqaOrderAgreement &a : ordering)
        out.append(a.toJson());
    return out;
}

int runHeadStage(const QCommandLineParser &parser, const iqa::ModelOptions &modelOptions, const QStringList &arguments)
{
    for (const char *required : {"labels", "out"})
        if (!parser.isSet(QString::fromLatin1(required)))
            return usageError(parser, QStringLiteral("--%1 is required for --stage head").arg(QLatin1String(required)));
    iqa::CrossIqaHeadOptions o;
    o.labelsPath = parser.value(QStringLiteral("labels"));
    o.imagesFolder = parser.value(QStringLiteral("images-dir"));
    o.split = parser.value(QStringLiteral("split"));
    o.lowerIsBetter = parser.isSet(QStringLiteral("lower-better"));
    o.checkpointPath = modelOptions.checkpointPath;
    o.crops = modelOptions.crops;
    o.device = iqa::selectDevice(modelOptions.device).device;
    o.outPath = parser.value(QStringLiteral("out"));
    o.commandLine = QStringLiteral("iqa train ") + arguments.join(QLatin1Char(' '));
    if (!readIntOption(parser, QStringLiteral("folds"), 2, &o.folds) || !readSeedOption(parser, &o.seed)
        || !readIntOption(parser, QStringLiteral("ordered-views"), 0, &o.orderedViews)
        || !readPositiveDoubleOption(parser, QStringLiteral("order-weight"), &o.orderWeight))
        return Failure;
    for (const char *needsViews : {"order-weight", "order-types"})
        if (parser.isSet(QString::fromLatin1(needsViews)) && o.orderedViews == 0)
            return usageError(parser, QStringLiteral("--%1 needs --ordered-views N (N >= 1)").arg(QLatin1String(needsViews)));
    if (parser.isSet(QStringLiteral("order-types")))
        o.orderTypes = parser.value(QStringLiteral("order-types")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("random-init"))) {
        if (!o.checkpointPath.isEmpty())
            return usageError(parser, QStringLiteral("--random-init and --checkpoint exclude each other"));
        o.randomInitSeed = o.seed;
    }
    ProgressLine progress(QStringLiteral("encoding labelled images"));
    const auto result = iqa::trainCrossIqaHead(o, headCallbacks(progress));
    if (!result)
        return fail(result.error());
    const iqa::CorrelationReport &c = result->crossValidated;
    if (jsonRequested(parser)) {
        printJson(QJsonObject{{QStringLiteral("checkpoint"), result->checkpointPath},
                              {QStringLiteral("metadata"), result->metadataPath},
                              {QStringLiteral("images"), result->images},
                              {QStringLiteral("skipped"), QJsonArray::fromStringList(result->skipped)},
                              {QStringLiteral("ridge"), result->ridge},
                              {QStringLiteral("cv_srcc"), jsonNumber(c.srcc)},
                              {QStringLiteral("cv_plcc"), jsonNumber(c.plcc)},
                              {QStringLiteral("cv_krcc"), jsonNumber(c.krcc)},
                              {QStringLiteral("cv_rmse"), jsonNumber(c.rmse)},
                              {QStringLiteral("images_per_second"), result->imagesPerSecond},
                              {QStringLiteral("before_srcc"), result->before ? jsonNumber(result->before->srcc) : QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("before_plcc"), result->before ? jsonNumber(result->before->plcc) : QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("types"), typesJson(result->types)},
                              {QStringLiteral("ordering"), orderingJson(result->ordering)}});
    } else {
            QStringList lines{QStringLiteral("head fitted on %1 images (%2 skipped), ridge strength %3").arg(result->images)
                              .arg(result->skipped.size()).arg(result->ridge)};
        lines << QStringLiteral("agreement with the labels (%1 images)      %2  %3")
                     .arg(c.n).arg(QStringLiteral("before"), 8).arg(QStringLiteral("after (%1-fold CV)").arg(o.folds), 18);
        const std::pair<const char *, std::optional<double> iqa::CorrelationReport::*> rows[] = {
            {"SRCC", &iqa::CorrelationReport::srcc}, {"PLCC", &iqa::CorrelationReport::plcc},
            {"KRCC", &iqa::CorrelationReport::krcc}, {"RMSE", &iqa::CorrelationReport::rmse}};
        for (const auto &[name, field] : rows) {
            const QString before = result->before ? metricText((*result->before).*field) : QStringLiteral("none");
            lines << QStringLiteral("  %1  %2  %3").arg(QLatin1String(name), -38).arg(before, 8).arg(metricText(c.*field), 18);
        }
        if (!result->before)
            lines << QStringLiteral("  (before: the start transformer has no fitted head)");
        lines << typeTable(result->types);
        lines << orderingTable(result->ordering);
        lines << QStringLiteral("features:   %1 images/s").arg(result->imagesPerSecond, 0, 'f', 2)
              << QStringLiteral("checkpoint: %1").arg(QDir::toNativeSeparators(result->checkpointPath))
              << QStringLiteral("metadata:   %1").arg(QDir::toNativeSeparators(result->metadataPath));
        printOut(lines.join(QLatin1Char('\n')));
    }
    return Ok;
}

int runPairwiseHead(const QCommandLineParser &parser, const iqa::ModelOptions &modelOptions, const QStringList &arguments)
{
    if (!parser.isSet(QStringLiteral("out")))
        return usageError(parser, QStringLiteral("--out is required with --pairs"));
    for (const char *excluded : {"labels", "random-init", "lower-better", "split"})
        if (parser.isSet(QString::fromLatin1(excluded)))
            return usageError(parser, QStringLiteral("--pairs and --%1 exclude each other").arg(QLatin1String(excluded)));
    iqa::CrossIqaPairwiseOptions o;
    o.votesPath = parser.value(QStringLiteral("pairs"));
    o.checkpointPath = modelOptions.checkpointPath;
    o.crops = modelOptions.crops;
    o.device = iqa::selectDevice(modelOptions.device).device;
    o.outPath = parser.value(QStringLiteral("out"));
    o.commandLine = QStringLiteral("iqa train ") + arguments.join(QLatin1Char(' '));
    if (!readIntOption(parser, QStringLiteral("folds"), 2, &o.folds) || !readSeedOption(parser, &o.seed))
        return Failure;
    ProgressLine progress(QStringLiteral("encoding compared images"));
    const auto result = iqa::trainCrossIqaPairwiseHead(o, headCallbacks(progress));
    if (!result)
        return fail(result.error());
    const QJsonValue before = jsonNumber(result->before);
    if (jsonRequested(parser)) {
        printJson(QJsonObject{{QStringLiteral("checkpoint"), result->checkpointPath},
                              {QStringLiteral("metadata"), result->metadataPath},
                              {QStringLiteral("votes"), result->votes},
                              {QStringLiteral("pairs"), result->pairs},
                              {QStringLiteral("images"), result->images},
                              {QStringLiteral("practice_votes"), result->practiceVotes},
                              {QStringLiteral("skipped"), QJsonArray::fromStringList(result->skipped)},
                              {QStringLiteral("strength"), result->strength},
                              {QStringLiteral("before_agreement"), before},
                              {QStringLiteral("after_agreement"), result->after},
                              {QStringLiteral("ceiling"), result->ceiling},
                              {QStringLiteral("held_out_log_loss"), result->heldOutLogLoss},
                              {QStringLiteral("calibrated"), result->calibrated},
                              {QStringLiteral("images_per_second"), result->imagesPerSecond}});
        return Ok;
    }
    const auto percent = [](double v) { return QStringLiteral("%1 %").arg(100.0 * v, 0, 'f', 1); };
    QStringList lines{QStringLiteral("head fitted on %1 votes over %2 pairs of %3 images (%4 skipped, %5 training/gold votes left out), L2 strength %6")
                          .arg(result->votes).arg(result->pairs).arg(result->images).arg(result->skipped.size())
                          .arg(result->practiceVotes).arg(result->strength)};
    lines << QStringLiteral("%1%2  %3").arg(QStringLiteral("votes whose preferred image scores higher"), -42).arg(QStringLiteral("before"), 8)
                 .arg(QStringLiteral("after (%1-fold CV)").arg(o.folds), 18)
          << QStringLiteral("  %1  %2  %3").arg(QStringLiteral("agreement"), -38)
                 .arg(result->before ? percent(*result->before) : QStringLiteral("none"), 8).arg(percent(result->after), 18)
          << QStringLiteral("  (held-out votes are on pairs the fit never saw; at most %1 is possible: each pair's majority)").arg(percent(result->ceiling));
    if (!result->before)
        lines << QStringLiteral("  (before: the start transformer has no fitted head; scores stay on the logit scale)");
    for (const QString &problem : result->skipped)
        lines << QStringLiteral("skipped:    %1").arg(problem);
    lines << QStringLiteral("features:   %1 images/s").arg(result->imagesPerSecond, 0, 'f', 2)
          << QStringLiteral("checkpoint: %1").arg(QDir::toNativeSeparators(result->checkpointPath))
          << QStringLiteral("metadata:   %1").arg(QDir::toNativeSeparators(result->metadataPath));
    printOut(lines.join(QLatin1Char('\n')));
    return Ok;
}

} // namespace

int runTrainCrossIqaBlocks(const QStringList &arguments);  // CommandTrainCrossIqaBlocks.cpp

// iqa train --model cross-iqa --stage pretrain|head ...
int runTrainCrossIqa(const QStringList &arguments)
{
    // --train-blocks: gradient fine-tuning of the last transformer blocks,
    // with options of its own (CommandTrainCrossIqaBlocks.cpp).
    for (const QString &argument : arguments)
        if (argument == QLatin1String("--train-blocks") || argument.startsWith(QLatin1String("--train-blocks=")))
            return runTrainCrossIqaBlocks(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Train Cross-IQA (docs/models/cross-iqa.md) in two stages.\n"
        "--stage pretrain: the transformer learns without labels by cross reconstruction from views cut\n"
        "  from --images (a folder, or an image,mos[,split] CSV with --split); a checkpoint, a\n"
        "  reconstruction preview (OUT.previews/) and a resume state are written every --checkpoint-every steps;\n"
        "  --checkpoint starts from a checkpoint's weights.\n"
        "--stage head: the linear head on the frozen class token is fitted to --labels (image,mos CSV;\n"
        "  --split keeps one split), its strength chosen by k-fold cross-validation on those labels.\n"
        "  --checkpoint names the pre-trained transformer (default: the shipped one); --random-init\n"
        "  uses an untrained transformer instead, to measure what pre-training brings.\n"
        "--pairs STUDY|CSV: the linear head is fitted to pairwise votes (a pairwise study or its votes CSV)\n"
        "  by a Bradley-Terry model; folds hold out whole pairs of images."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("model"), QStringLiteral("cross-iqa"), QStringLiteral("M")});
    parser.addOption({QStringLiteral("stage"), QStringLiteral("pretrain or head."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The checkpoint to write (.safetensors); metadata goes to OUT.json."), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("images"), QStringLiteral("pretrain: a folder of photos or an image,... CSV."), QStringLiteral("DIR|CSV")});
    parser.addOption({QStringLiteral("split"), QStringLiteral("Only CSV rows whose split column has this value (e.g. train)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("steps"), QStringLiteral("pretrain: optimiser steps (default 3000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("pretrain: pairs per step (default 16)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("lr"), QStringLiteral("pretrain: peak AdamW learning rate (default 5e-4)."), QStringLiteral("X")});
    parser.addOption({QStringLiteral("warmup"), QStringLiteral("pretrain: warm-up steps (default 100)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("checkpoint-every"), QStringLiteral("pretrain: steps between checkpoints (default 100)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("resume"), QStringLiteral("pretrain: continue from OUT.resume/ when it exists.")});
    parser.addOption({QStringLiteral("conditioned-decoder"),
                      QStringLiteral("pretrain: q also modulates the decoder, which predicts patch variances, and a probe "
                                     "reads the degradation from q (docs/models/cross-iqa.md).")});
    parser.addOption({QStringLiteral("hide-content"),
                      QStringLiteral("pretrain, with the conditioned decoder (asked for, or in the start checkpoint): share of content tokens hidden from the decoder (default 0)."),
                      QStringLiteral("SHARE")});
    parser.addOption({QStringLiteral("spectrum-weight"),
                      QStringLiteral("pretrain: weight of the patches' spectral-power loss next to the pixel MSE (default 0)."),
                      QStringLiteral("W")});
    parser.addOption({QStringLiteral("same-photo-weight"),
                      QStringLiteral("pretrain, with the conditioned decoder (asked for, or in the start checkpoint): weight of the probe's level difference between two views of one photo (default 0)."),
                      QStringLiteral("W")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the views (pretrain) or of the folds and the random start (head)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("labels"), QStringLiteral("head: image,mos[,split] labels."), QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("images-dir"), QStringLiteral("Folder the CSV's relative image paths start from (default: the CSV's folder)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("lower-better"), QStringLiteral("head: the labels are lower-is-better (DMOS).")});
    parser.addOption({QStringLiteral("folds"), QStringLiteral("head: cross-validation folds (default 5)."), QStringLiteral("K")});
    parser.addOption({QStringLiteral("random-init"), QStringLiteral("head: fit the head on an untrained transformer (baseline).")});
    parser.addOption({QStringLiteral("ordered-views"),
                      QStringLiteral("head: per labelled image, N views degraded at level 3-5 by random types of the bank must "
                                     "score below it (default 0: labels only)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("order-weight"),
                      QStringLiteral("head, with --ordered-views: the ordering constraints' weight against the labels' (default 0.5)."),
                      QStringLiteral("W")});
    parser.addOption({QStringLiteral("order-types"),
                      QStringLiteral("head, with --ordered-views: draw the views from these degradations only "
                                     "(comma-separated ids of docs/models/degradations.md, e.g. gaussian-noise,jpeg; default: all)."),
                      QStringLiteral("IDS")});
    parser.addOption({QStringLiteral("pairs"), QStringLiteral("Fit the head to the votes of a pairwise study or votes CSV."), QStringLiteral("STUDY|CSV")});
    // Read before this parser (runTrainCrossIqaBlocks has its own); listed so that --help names it.
    parser.addOption({QStringLiteral("train-blocks"),
                      QStringLiteral("With --labels: also train the last N transformer blocks by gradient descent\n"
                                     "(iqa train --model cross-iqa --train-blocks N --help lists its options)."),
                      QStringLiteral("N")});
    if (int code = parseOrExit(parser, QStringLiteral("train"), arguments); code >= 0)
        return code;
    iqa::ModelOptions modelOptions;
    if (!readModelOptions(parser, &modelOptions))
        return Failure;
    // `iqa train --model cross-iqa --labels CSV` is the fine-tuning of issue 5:
    // the head stage on the user's labels.
    const QString stage = parser.isSet(QStringLiteral("stage")) || !(parser.isSet(QStringLiteral("labels")) || parser.isSet(QStringLiteral("pairs")))
        ? parser.value(QStringLiteral("stage")) : QStringLiteral("head");
    if (stage == QLatin1String("pretrain"))
        return runPretrain(parser, modelOptions, arguments);
    if (stage == QLatin1String("head") && parser.isSet(QStringLiteral("pairs")))
        return runPairwiseHead(parser, modelOptions, arguments);
    if (stage == QLatin1String("head"))
        return runHeadStage(parser, modelOptions, arguments);
    return usageError(parser, stage.isEmpty() ? QStringLiteral("--stage pretrain or --stage head is required")
                                              : QStringLiteral("--stage must be pretrain or head, not '%1'").arg(stage));
}

} // namespace cli
