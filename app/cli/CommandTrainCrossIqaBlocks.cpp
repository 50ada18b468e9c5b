#include "CliCommon.h"

#include "models/Device.h"
#include "training/CrossIqaBlockFineTuner.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <chrono>
#include <thread>

namespace cli {

// Called from runTrainCrossIqa when --train-blocks is given.
int runTrainCrossIqaBlocks(const QStringList &arguments);

namespace {

QString epochLine(const iqa::CrossIqaFineTuneEpoch &r)
{
    return QStringLiteral("epoch %1/%2  loss %3  validation SRCC %4  PLCC %5  %6 s%7")
        .arg(r.epoch).arg(r.epochs)
        .arg(r.trainLoss, 0, 'f', 5)
        .arg(r.validationSrcc, 0, 'f', 4)
        .arg(r.validationPlcc, 0, 'f', 4)
        .arg(r.seconds, 0, 'f', 1)
        .arg(r.best ? QStringLiteral("  (best)") : QString());
}


// The before/after table on the validation images, as the VAE-QA fine-tune
// prints it (the same numbers go to OUT.json).
QStringList beforeAfterTable(const iqa::CrossIqaFineTuneResult &r)
{
    return cli::beforeAfterTable(QStringLiteral("validation (%1 images)").arg(r.after.n), r.before, r.after, r.typeSrccBefore,
                                 r.typeSrccAfter);
}

QJsonObject agreementJson(const iqa::CorrelationReport &c, const QMap<QString, double> &types)
{
    QJsonObject byType;
    for (auto it = types.begin(); it != types.end(); ++it)
        byType.insert(it.key(), it.value());
    return {{QStringLiteral("n"), c.n}, {QStringLiteral("srcc"), jsonNumber(c.srcc)}, {QStringLiteral("plcc"), jsonNumber(c.plcc)},
            {QStringLiteral("krcc"), jsonNumber(c.krcc)}, {QStringLiteral("rmse"), jsonNumber(c.rmse)},
            {QStringLiteral("srcc_by_type"), byType}};
}

QJsonObject resultJson(const iqa::CrossIqaFineTuneResult &r)
{
    QJsonArray history, predictions;
    for (const iqa::CrossIqaFineTuneEpoch &e : r.history)
        history.append(e.toJson());
    for (const iqa::CrossIqaImagePrediction &p : r.validation)
        predictions.append(QJsonObject{{QStringLiteral("image"), p.image}, {QStringLiteral("mos"), p.mos}, {QStringLiteral("before"), p.before},
                                       {QStringLiteral("after"), p.after}, {QStringLiteral("type"), p.type}});
    return {{QStringLiteral("checkpoint"), r.checkpointPath},
            {QStringLiteral("metadata"), r.metadataPath},
            {QStringLiteral("skipped"), QJsonArray::fromStringList(r.skipped)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
            {QStringLiteral("training_images"), r.trainImages},
            {QStringLiteral("validation_images"), r.validationImages},
            {QStringLiteral("trained_blocks"), r.trainedBlocks},
            {QStringLiteral("trainable_parameters"), double(r.trainableParameters)},
            {QStringLiteral("before"), agreementJson(r.before, r.typeSrccBefore)},
            {QStringLiteral("after"), agreementJson(r.after, r.typeSrccAfter)},
            {QStringLiteral("best_epoch"), r.best.epoch},
            {QStringLiteral("history"), history},
            {QStringLiteral("validation_predictions"), predictions}};
}

// The fine-tuner polls an atomic flag between steps; Ctrl+C is seen through
// cancelRequested(), so a small thread relays one to the other.
class CancelRelay
{
public:
    CancelRelay()
        : m_thread([this] {
              while (!m_done.load()) {
                  if (cancelRequested())
                      m_cancel = true;
                  std::this_thread::sleep_for(std::chrono::milliseconds(100));
              }
          })
    {
    }
    ~CancelRelay()
    {
        m_done = true;
        m_thread.join();
    }
    const std::atomic_bool *flag() const { return &m_cancel; }

private:
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_done{false};
    std::thread m_thread;
};

void addOptions(QCommandLineParser &parser)
{
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("model"), QStringLiteral("cross-iqa"), QStringLiteral("M")});
    parser.addOption({QStringLiteral("stage"), QStringLiteral("head (optional: the blocks are trained with the head)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("labels"), QStringLiteral("Training labels: image,mos[,type][,split] CSV."), QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("train-blocks"), QStringLiteral("Fine-tune the last N transformer blocks with the final norm and the head."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The fine-tuned checkpoint (.safetensors); metadata goes to OUT.json."), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("images-dir"), QStringLiteral("Folder the CSVs' relative image paths start from (default: each CSV's folder)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("split"), QStringLiteral("Only --labels rows whose split column has this value (e.g. train)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("val-labels"), QStringLiteral("Validate on these labels instead of a share of the training images."), QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("validation-share"), QStringLiteral("Share of the images that validate when no --val-labels are given (default 0.2)."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("lower-better"), QStringLiteral("The labels are lower-is-better (DMOS).")});
    parser.addOption({QStringLiteral("epochs"), QStringLiteral("Epochs (default 30)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("patience"), QStringLiteral("Stop after this many epochs without a better validation SRCC (default 5)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("lr"), QStringLiteral("Peak AdamW learning rate: warm-up over the first epoch, then cosine decay (default 3e-5)."), QStringLiteral("X")});
    parser.addOption({QStringLiteral("weight-decay"), QStringLiteral("AdamW weight decay (default 0.01)."), QStringLiteral("X")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Images per step (default 16)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("loss"), QStringLiteral("mse (default) or rank (MSE + pairwise hinge)."), QStringLiteral("L"), QStringLiteral("mse")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the split and the batch order."), QStringLiteral("S")});
}

// Reads the options only this path has; false (after printing) on a bad value.
bool readFineTuneOptions(const QCommandLineParser &parser, iqa::CrossIqaFineTuneOptions *o)
{
    const QString loss = parser.value(QStringLiteral("loss"));
    if (loss != QLatin1String("mse") && loss != QLatin1String("rank")) {
        fail(QStringLiteral("--loss must be mse or rank, not '%1'").arg(loss));
        return false;
    }
    o->loss = loss == QLatin1String("rank") ? iqa::FineTuneLoss::Rank : iqa::FineTuneLoss::Mse;
    // --train-blocks 0 is read here and refused by the fine-tuner, with the
    // transformer's depth in the message.
    if (!readIntOption(parser, QStringLiteral("train-blocks"), 0, &o->trainBlocks) || !readIntOption(parser, QStringLiteral("epochs"), 1, &o->epochs)
        || !readIntOption(parser, QStringLiteral("patience"), 1, &o->patience) || !readIntOption(parser, QStringLiteral("batch"), 2, &o->batchImages)
        || !readPositiveDoubleOption(parser, QStringLiteral("lr"), &o->learningRate)
        || !readPositiveDoubleOption(parser, QStringLiteral("validation-share"), &o->validationShare) || !readSeedOption(parser, &o->seed))
        return false;
    if (o->validationShare >= 1.0) {
        fail(QStringLiteral("--validation-share must be below 1, not '%1'").arg(parser.value(QStringLiteral("validation-share"))));
        return false;
    }
    if (parser.isSet(QStringLiteral("weight-decay"))) {
        bool ok = false;
        o->weightDecay = parser.value(QStringLiteral("weight-decay")).toDouble(&ok);
        if (!ok || o->weightDecay < 0.0) {
            fail(QStringLiteral("--weight-decay must be a number of at least 0, not '%1'").arg(parser.value(QStringLiteral("weight-decay"))));
            return false;
        }
    }
    return true;
}

void printResult(const QCommandLineParser &parser, const iqa::CrossIqaFineTuneResult &r)
{
    if (jsonRequested(parser)) {
        printJson(resultJson(r));
        return;
    }
    QStringList lines = beforeAfterTable(r);
    lines << QStringLiteral("trained:     the last %1 block(s), the final norm and the head (%2 parameters)").arg(r.trainedBlocks).arg(r.trainableParameters);
    lines << QStringLiteral("best epoch:  %1").arg(r.best.epoch == 0 ? QStringLiteral("none improved on the start; the start weights were kept")
                                                                     : epochLine(r.best));
    lines << QStringLiteral("checkpoint:  %1").arg(QDir::toNativeSeparators(r.checkpointPath));
    lines << QStringLiteral("metadata:    %1").arg(QDir::toNativeSeparators(r.metadataPath));
    printOut(lines.join(QLatin1Char('\n')));
}

} // namespace

// iqa train --model cross-iqa --labels CSV --train-blocks N --out CKPT [...]:
// gradient fine-tuning of the last transformer blocks, the final norm and
// the head on the user's image,mos labels.
int runTrainCrossIqaBlocks(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fine-tune Cross-IQA's last transformer blocks, its final norm and its linear head on your image,mos\n"
        "labels (docs/models/cross-iqa.md, \"Fine-tuning the last blocks\"). The front blocks stay frozen; their\n"
        "output is computed once per scoring tile, so an epoch only runs the trained blocks. The best epoch by\n"
        "validation SRCC (early stopping) is written as a complete checkpoint for iqa score --checkpoint;\n"
        "scores are on the training labels' range normalised to [0,1], higher is better.\n"
        "--checkpoint picks the start (default: the shipped checkpoint)."));
    addOptions(parser);
    if (int code = parseOrExit(parser, QStringLiteral("train"), arguments); code >= 0)
        return code;
    for (const char *required : {"labels", "out"})
        if (!parser.isSet(QString::fromLatin1(required)))
            return usageError(parser, QStringLiteral("--%1 is required with --train-blocks").arg(QLatin1String(required)));
    if (parser.isSet(QStringLiteral("stage")) && parser.value(QStringLiteral("stage")) != QLatin1String("head"))
        return usageError(parser, QStringLiteral("--train-blocks fine-tunes on labels; it goes with --stage head or no --stage, not '%1'")
                                      .arg(parser.value(QStringLiteral("stage"))));
    iqa::ModelOptions modelOptions;
    if (!readModelOptions(parser, &modelOptions))
        return Failure;

    iqa::CrossIqaFineTuneOptions o;
    o.labelsPath = parser.value(QStringLiteral("labels"));
    o.imagesFolder = parser.value(QStringLiteral("images-dir"));
    o.split = parser.value(QStringLiteral("split"));
    o.validationLabelsPath = parser.value(QStringLiteral("val-labels"));
    o.lowerIsBetter = parser.isSet(QStringLiteral("lower-better"));
    o.checkpointPath = modelOptions.checkpointPath;
    o.crops = modelOptions.crops;
    o.device = iqa::selectDevice(modelOptions.device).device;
    o.outPath = parser.value(QStringLiteral("out"));
    o.commandLine = QStringLiteral("iqa train ") + arguments.join(QLatin1Char(' '));
    if (!readFineTuneOptions(parser, &o))
        return Failure;

    iqa::CrossIqaFineTuneCallbacks callbacks;
    ProgressLine progress(QStringLiteral("encoding labelled images (frozen blocks)"));
    bool encoding = false;
    const auto endProgress = [&] {
        if (encoding)
            progress.finish();
        encoding = false;
    };
    callbacks.note = [&](const QString &text) {
        endProgress();
        printErr(text);
    };
    callbacks.encoding = [&](int done, int total) {
        encoding = true;
        progress.update(done, total);
    };
    callbacks.epoch = [&](const iqa::CrossIqaFineTuneEpoch &r) {
        endProgress();
        printErr(epochLine(r));
    };
    CancelRelay cancel;
    const auto result = iqa::fineTuneCrossIqaBlocks(o, callbacks, cancel.flag());
    endProgress();
    if (!result)
        return fail(result.error());
    printResult(parser, *result);
    return Ok;
}

} // namespace cli
