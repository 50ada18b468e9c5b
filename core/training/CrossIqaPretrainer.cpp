#include <torch/torch.h>

#include "training/CrossIqaPretrainer.h"

#include "common/SplitMix64.h"
#include "image/Degradations.h"
#include "image/ImageLoader.h"
#include "io/LabelCsv.h"
#include "io/SafeTensors.h"
#include "models/detail/CrossIqaNetwork.h"
#include "models/detail/EncoderModules.h"
#include "training/CrossIqaViews.h"
#include "training/HeadTraining.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace iqa {

namespace {

// A preview row: views of two photos and the two swapped reconstructions.
struct PreviewPair
{
    DegradationType first;
    int firstLevel;
    DegradationType second;
    int secondLevel;
};

constexpr PreviewPair kPreviewPairs[] = {
    {DegradationType::GaussianBlur, 4, DegradationType::GaussianNoise, 4},
    {DegradationType::Jpeg, 5, DegradationType::ContrastLoss, 4},
    {DegradationType::Identity, 0, DegradationType::Pixelation, 4},
    {DegradationType::ColourCast, 4, DegradationType::MotionBlur, 4},
};

// Warm-up then cosine decay to zero at `total`.
double scheduledRate(const CrossIqaPretrainOptions &o, int step)
{
    if (step < o.warmupSteps)
        return o.learningRate * double(step + 1) / double(o.warmupSteps);
    return detail::cosineLearningRate(o.learningRate, step - o.warmupSteps, std::max(1, o.steps - o.warmupSteps));
}

cv::Mat tensorToRgb8(const torch::Tensor &chw01)
{
    const torch::Tensor hwc = (chw01.clamp(0, 1) * 255.0).round().to(torch::kUInt8).permute({1, 2, 0}).contiguous().cpu();
    return cv::Mat(int(hwc.size(0)), int(hwc.size(1)), CV_8UC3, hwc.data_ptr<uint8_t>()).clone();
}

// Rows of [A | B | d2(x) | rebuilt d2(x) | d1(y) | rebuilt d1(y)] for fixed
// pairs, so that previews of successive checkpoints can be compared.
Status writePreview(detail::CrossIqaNetwork &network, const CrossIqaViewSource &source, const QString &path)
{
    torch::NoGradGuard noGrad;
    network->eval();
    std::vector<CrossIqaViewSpec> specs;
    const int count = int(std::size(kPreviewPairs));
    for (int i = 0; i < count; ++i) {
        CrossIqaViewSpec spec = source.centredSpec((i * 7) % source.imageCount(), (i * 7 + 3) % source.imageCount());
        spec.first = {kPreviewPairs[i].first, kPreviewPairs[i].firstLevel, quint64(1000 + i)};
        spec.second = {kPreviewPairs[i].second, kPreviewPairs[i].secondLevel, quint64(2000 + i)};
        specs.push_back(spec);
    }
    const CrossIqaViewBatch batch = source.build(specs, network->parameters().front().device());
    const torch::Tensor rebuilt = detail::denormaliseFromCrossIqa(crossReconstructions(network, batch.viewA, batch.viewB, false));
    network->train();

    const int side = int(batch.viewA.size(2)), gap = 4, columns = 6;
    cv::Mat sheet(count * side + (count + 1) * gap, columns * side + (columns + 1) * gap, CV_8UC3, cv::Scalar(128, 128, 128));
    for (int i = 0; i < count; ++i) {
        const torch::Tensor tiles[columns] = {batch.viewA[i], batch.viewB[i], batch.secondOnA[i], rebuilt[i],
                                              batch.firstOnB[i], rebuilt[count + i]};
        for (int c = 0; c < columns; ++c)
            tensorToRgb8(tiles[c]).copyTo(sheet(cv::Rect(gap + c * (side + gap), gap + i * (side + gap), side, side)));
    }
    cv::Mat bgr;
    cv::cvtColor(sheet, bgr, cv::COLOR_RGB2BGR);
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::vector<uchar> png;
    if (!cv::imencode(".png", bgr, png))
        return Status::failure(QCoreApplication::translate("CrossIqaPretrainer", "Could not encode the reconstruction preview."));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reinterpret_cast<const char *>(png.data()), qint64(png.size())) != qint64(png.size()))
        return Status::failure(QCoreApplication::translate("CrossIqaPretrainer", "Could not write the reconstruction preview %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::success();
}

QString listDigest(const QStringList &paths)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &p : paths)
        hash.addData(QFileInfo(p).fileName().toUtf8() + '\n');
    return QString::fromLatin1(hash.result().toHex());
}

// `conditioned`: whether the decoder is conditioned — asked for, or kept from
// a start checkpoint that has it.
QJsonObject optionsJson(const CrossIqaPretrainOptions &o, bool conditioned)
{
    return {{QStringLiteral("steps"), o.steps},
            {QStringLiteral("batch_pairs"), o.batchSize},
            {QStringLiteral("learning_rate"), o.learningRate},
            {QStringLiteral("weight_decay"), o.weightDecay},
            {QStringLiteral("warmup_steps"), o.warmupSteps},
            {QStringLiteral("identity_share"), o.identityShare},
            {QStringLiteral("seed"), QString::number(o.seed)},
            {QStringLiteral("conditioned_decoder"), conditioned},
            {QStringLiteral("hidden_content_share"), o.hiddenShare},
            {QStringLiteral("spectrum_weight"), o.spectrumWeight},
            {QStringLiteral("same_photo_weight"), o.samePhotoWeight},
            {QStringLiteral("optimiser"), QStringLiteral("AdamW betas (0.9, 0.95)")},
            {QStringLiteral("loss"), (conditioned
                 ? QStringLiteral("pixel MSE, swapped + self reconstructions, equal weights; "
                                  "+ %1 x Gaussian NLL of each patch's squared residual under the predicted variance; "
                                  "+ %2 x (cross-entropy of the degradation type + squared error of (level - %3) / %4) from q")
                       .arg(kSpreadWeight).arg(kDegradationWeight).arg(kLevelMean).arg(kLevelSpread)
                 : QStringLiteral("pixel MSE, swapped + self reconstructions, equal weights"))
                 + (o.spectrumWeight > 0 ? QStringLiteral("; + %1 x mean absolute difference of the log spectral power of each 16 x 16 patch in 4 radial bands, per channel")
                                               .arg(o.spectrumWeight)
                                         : QString())
                 + (o.samePhotoWeight > 0 ? QStringLiteral("; + %1 x squared error of the probe's level difference between two views of one photo, "
                                                           "against (level difference) / %2")
                                                .arg(o.samePhotoWeight).arg(kLevelSpread)
                                          : QString())}};
}

std::string nativePath(const QString &path) { return QFile::encodeName(QDir::toNativeSeparators(path)).toStdString(); }

} // namespace

Expected<QStringList> collectPretrainImages(const QString &folderOrCsv, const QString &split, const QString &baseFolder)
{
    const QFileInfo info(folderOrCsv);
    QStringList paths;
    if (info.isDir()) {
        const QStringList filters = {QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"),
                                     QStringLiteral("*.bmp"), QStringLiteral("*.tif"), QStringLiteral("*.tiff"),
                                     QStringLiteral("*.webp"), QStringLiteral("*.ppm"), QStringLiteral("*.pgm")};
        QDir dir(info.absoluteFilePath());
        for (const QString &name : dir.entryList(filters, QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase))
            paths << dir.absoluteFilePath(name);
    } else if (info.isFile()) {
        auto labels = LabelCsv::read(info.absoluteFilePath(), baseFolder);
        if (!labels)
            return Expected<QStringList>::failure(labels.error());
        if (labels->fullReference)
            return Expected<QStringList>::failure(QCoreApplication::translate("CrossIqaPretrainer", "%1 is a full-reference label file (ref,dist,...); pre-training reads image,... files or a folder.")
                                                      .arg(QDir::toNativeSeparators(folderOrCsv)));
        if (!split.isEmpty())
            labels->keepSplit(split);
        for (const LabelRow &row : labels->rows)
            paths << row.image;
    } else {
        return Expected<QStringList>::failure(QCoreApplication::translate("CrossIqaPretrainer", "%1 is neither a folder nor a file.").arg(QDir::toNativeSeparators(folderOrCsv)));
    }
    if (paths.isEmpty()) {
        return Expected<QStringList>::failure(split.isEmpty() ? QCoreApplication::translate("CrossIqaPretrainer", "No images found in %1.").arg(QDir::toNativeSeparators(folderOrCsv))
                                                              : QCoreApplication::translate("CrossIqaPretrainer", "No images of split '%1' found in %2.").arg(split, QDir::toNativeSeparators(folderOrCsv)));
    }
    return paths;
}

Expected<double> crossIqaSpectrumDistance(const cv::Mat &rebuilt, const cv::Mat &target)
{
    detail::CrossIqaShape shape;
    if (rebuilt.type() != CV_32FC3 || target.type() != CV_32FC3 || rebuilt.size() != target.size()
        || rebuilt.rows != rebuilt.cols || rebuilt.rows % shape.patchSize != 0 || rebuilt.empty())
        return Expected<double>::failure(QCoreApplication::translate("CrossIqaPretrainer", "The spectrum distance needs two square float RGB images of one size, a multiple of %1 pixels.")
                                             .arg(shape.patchSize));
    shape.imageSize = rebuilt.rows;
    const auto toTensor = [](const cv::Mat &rgb) {
        cv::Mat packed = rgb.isContinuous() ? rgb : rgb.clone();
        return detail::normaliseForCrossIqa(torch::from_blob(packed.data, {1, rgb.rows, rgb.cols, 3}, torch::kFloat32)
                                                .permute({0, 3, 1, 2}).clone());
    };
    torch::NoGradGuard noGrad;
    return spectrumDistance(toTensor(rebuilt), toTensor(target), shape).item<double>();
}

Expected<CrossIqaPretrainResult> pretrainCrossIqa(const CrossIqaPretrainOptions &o, const CrossIqaPretrainCallbacks &callbacks)
{
    using R = Expected<CrossIqaPretrainResult>;
    const auto note = [&](const QString &text) { if (callbacks.note) callbacks.note(text); };
    if (o.outPath.isEmpty())
        return R::failure(QCoreApplication::translate("CrossIqaPretrainer", "No output checkpoint was given."));
    if (!(o.hiddenShare >= 0) || o.hiddenShare >= 1)
        return R::failure(QCoreApplication::translate("CrossIqaPretrainer", "The share of hidden content tokens must be from 0 up to, not including, 1."));
    if (!(o.spectrumWeight >= 0) || !std::isfinite(o.spectrumWeight))
        return R::failure(QCoreApplication::translate("CrossIqaPretrainer", "The spectrum weight must be a finite number of at least 0."));
    if (!(o.samePhotoWeight >= 0) || !std::isfinite(o.samePhotoWeight))
        return R::failure(QCoreApplication::translate("CrossIqaPretrainer", "The same-photo weight must be a finite number of at least 0."));
    if (o.steps < 1 || o.batchSize < 1 || o.checkpointEvery < 1 || o.warmupSteps < 0)
        return R::failure(QCoreApplication::translate("CrossIqaPretrainer", "Steps, batch size and checkpoint interval must be at least 1."));
    const auto device = detail::parseDevice(o.device);
    if (!device)
        return R::failure(device.error());

    QElapsedTimer clock;
    clock.start();
    CrossIqaPretrainResult result;
    result.checkpointPath = QFileInfo(o.outPath).absoluteFilePath();
    result.metadataPath = result.checkpointPath + QStringLiteral(".json");
    const QString resumeFolder = result.checkpointPath + QStringLiteral(".resume");
    const QString previewFolder = result.checkpointPath + QStringLiteral(".previews");

    // Network: the default shape from a seeded start, or a given checkpoint.
    detail::CrossIqaShape shape;
    QString startFile = o.startPath;
    int startStep = 0;
    QJsonArray history;
    if (o.resume && QFileInfo::exists(resumeFolder + QStringLiteral("/state.json"))) {
        startFile = resumeFolder + QStringLiteral("/network.safetensors");
        QFile stateFile(resumeFolder + QStringLiteral("/state.json"));
        if (!stateFile.open(QIODevice::ReadOnly))
            return R::failure(QCoreApplication::translate("CrossIqaPretrainer", "Cannot read %1: %2").arg(QDir::toNativeSeparators(stateFile.fileName()), stateFile.errorString()));
        const QJsonObject state = QJsonDocument::fromJson(stateFile.readAll()).object();
        startStep = state.value(QStringLiteral("step")).toInt(-1);
        history = state.value(QStringLiteral("history")).toArray();
        if (startStep < 0)
            return R::failure(QCoreApplication::translate("CrossIqaPretrainer", "The resume state %1 is damaged (no step); delete the folder to start afresh.")
                                  .arg(QDir::toNativeSeparators(stateFile.fileName())));
    }
    std::optional<SafeTensorsFile> start;
    bool addModulation = false;
    if (!startFile.isEmpty()) {
        auto file = SafeTensorsFile::open(startFile);
        if (!file)
            return R::failure(file.error());
        auto s = detail::CrossIqaShape::fromMetadata(QDir::toNativeSeparators(startFile), file->metadata());
        if (!s)
            return R::failure(s.error());
        shape = *s;
        start = *file;
        // Asked for a conditioned decoder, a start without one gets it added;
        // a start with one keeps it (its layers cannot be dropped unnoticed).
        addModulation = o.conditionedDecoder && !shape.modulatedDecoder;
        shape.modulatedDecoder = shape.modulatedDecoder || o.conditionedDecoder;
    } else {
        shape.modulatedDecoder = o.conditionedDecoder;
    }
    // Checked once the start is known: a start checkpoint that has the
    // conditioned decoder serves as well as asking for it.
    if ((o.hiddenShare > 0 || o.samePhotoWeight > 0) && !shape.modulatedDecoder)
        return R::failure(QCoreApplication::translate("CrossIqaPretrainer", "Hiding content tokens and the same-photo term need the conditioned decoder: ask for it, or start from a checkpoint that has it."));
    detail::CrossIqaNetwork network(shape);
    detail::initialiseCrossIqa(network, o.seed);
    if (start) {
        if (Status s = detail::loadCrossIqaNetwork(network, *start, addModulation); !s)
            return R::failure(s.error());
        if (addModulation)
            note(QCoreApplication::translate("CrossIqaPretrainer", "The start checkpoint's decoder reads q as a token only; its modulation by q, its variance output and the degradation probe are added, starting at zero."));
    }
    network->to(*device);
    for (auto &p : network->head->parameters())
        p.set_requires_grad(false);

    // Photos, decoded once and kept in memory as 8-bit RGB.
    auto source = CrossIqaViewSource::load(o.imagePaths, shape.imageSize, [&](int done, int total) {
        if (callbacks.loading)
            callbacks.loading(done, total);
        return !(callbacks.cancelled && callbacks.cancelled());
    });
    if (!source)
        return R::failure(source.error());
    result.skipped = source->skipped();
    result.images = source->imageCount();
    if (!result.skipped.isEmpty())
        note(QCoreApplication::translate("CrossIqaPretrainer", "%n image(s) skipped, first: %1", nullptr, int(result.skipped.size())).arg(result.skipped.first()));
    if (source->imageCount() < 2)
        return R::failure(QCoreApplication::translate("CrossIqaPretrainer", "Pre-training needs at least two usable images at least %1 x %1 pixels; found %2.")
                              .arg(shape.imageSize).arg(source->imageCount()));

    std::vector<torch::Tensor> trainable;
    for (auto &p : network->encoder->parameters())
        trainable.push_back(p);
    for (auto &p : network->decoder->parameters())
        trainable.push_back(p);
    torch::optim::AdamW optimiser(trainable, torch::optim::AdamWOptions(o.learningRate).betas({0.9, 0.95}).weight_decay(o.weightDecay));
    if (startStep > 0) {
        try {
            torch::load(optimiser, nativePath(resumeFolder + QStringLiteral("/optimiser.pt")));
        } catch (const std::exception &error) {
            return R::failure(QCoreApplication::translate("CrossIqaPretrainer", "The resume state in %1 cannot be read (%2); delete the folder to start afresh.")
                                  .arg(QDir::toNativeSeparators(resumeFolder), detail::torchErrorMessage(error)));
        }
        note(QCoreApplication::translate("CrossIqaPretrainer", "Resuming at step %1 of %2.").arg(startStep).arg(o.steps));
    }

    const QMap<QString, QString> baseMetadata = [&] {
        QMap<QString, QString> m = shape.toMetadata();
        m.insert(QStringLiteral("stage"), QStringLiteral("pretrain"));
        m.insert(QStringLiteral("head_trained"), QStringLiteral("false"));
        return m;
    }();
    const auto saveCheckpoint = [&](int step, double loss) -> Status {
        QMap<QString, QString> metadata = baseMetadata;
        metadata.insert(QStringLiteral("pretrain_steps"), QString::number(step));
        if (Status s = detail::saveCrossIqaNetwork(network, result.checkpointPath, metadata); !s)
            return s;
        result.previewPath = previewFolder + QStringLiteral("/step-%1.png").arg(step, 6, 10, QLatin1Char('0'));
        if (Status s = writePreview(network, *source, result.previewPath); !s)
            return s;
        // Resume state last: it must never point past the checkpoint above.
        QDir().mkpath(resumeFolder);
        if (Status s = detail::saveCrossIqaNetwork(network, resumeFolder + QStringLiteral("/network.safetensors"), metadata); !s)
            return s;
        try {
            torch::save(optimiser, nativePath(resumeFolder + QStringLiteral("/optimiser.pt.part")));
        } catch (const std::exception &error) {
            return Status::failure(QCoreApplication::translate("CrossIqaPretrainer", "Could not save the optimiser state: %1").arg(detail::torchErrorMessage(error)));
        }
        QFile::remove(resumeFolder + QStringLiteral("/optimiser.pt"));
        QFile::rename(resumeFolder + QStringLiteral("/optimiser.pt.part"), resumeFolder + QStringLiteral("/optimiser.pt"));
        const QJsonObject state{{QStringLiteral("step"), step}, {QStringLiteral("history"), history}};
        if (Status s = detail::writeJsonFile(resumeFolder + QStringLiteral("/state.json"), state); !s)
            return s;
        const QJsonObject json{
            {QStringLiteral("model"), QStringLiteral("cross-iqa")},
            {QStringLiteral("stage"), QStringLiteral("pretrain")},
            {QStringLiteral("shape"), detail::stringMapToJson(shape.toMetadata())},
            {QStringLiteral("encoder_parameters"), network->parameterCount(*network->encoder)},
            {QStringLiteral("decoder_parameters"), network->parameterCount(*network->decoder)},
            {QStringLiteral("steps_done"), step},
            {QStringLiteral("last_loss"), loss},
            {QStringLiteral("images"), source->imageCount()},
            {QStringLiteral("images_skipped"), int(result.skipped.size())},
            {QStringLiteral("image_names_sha256"), listDigest(o.imagePaths)},
            {QStringLiteral("options"), optionsJson(o, shape.modulatedDecoder)},
            {QStringLiteral("started_from"), o.startPath.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.startPath)},
            {QStringLiteral("history"), history},
            {QStringLiteral("command"), o.commandLine},
        };
        if (Status s = detail::writeJsonFile(result.metadataPath, json); !s)
            return s;
        result.checkpointStep = step;
        if (callbacks.checkpoint)
            callbacks.checkpoint(result.checkpointPath, result.previewPath);
        return Status::success();
    };

    network->train();
    const int reportEvery = std::max(1, std::min(10, o.checkpointEvery));
    // Every loss term summed between two reports, as one tensor, so that a new
    // term is one more entry here and one more line where the means are read.
    const auto termsOf = [](const CrossIqaLosses &l) {
        return torch::stack({l.total, l.cross, l.self, l.spread, l.degradation, l.spectrum, l.samePhoto}).detach().to(torch::kCPU, torch::kFloat64);
    };
    torch::Tensor sums;
    int sinceReport = 0;
    QElapsedTimer reportClock;
    reportClock.start();
    QElapsedTimer runClock;
    runClock.start();
    int step = startStep;
    for (; step < o.steps; ++step) {
        if (callbacks.cancelled && callbacks.cancelled()) {
            result.cancelled = true;
            break;
        }
        detail::setLearningRate(optimiser, scheduledRate(o, step));
        const CrossIqaViewBatch batch = source->build(source->sampleSpecs(o.seed, step, o.batchSize, o.identityShare), *device);
        const CrossIqaLosses l = crossReconstructionLosses(network, batch, o.hiddenShare, o.spectrumWeight, o.samePhotoWeight);
        optimiser.zero_grad();
        l.total.backward();
        torch::nn::utils::clip_grad_norm_(trainable, 1.0);
        optimiser.step();
        const double loss = l.total.item<double>();
        if (!std::isfinite(loss))
            return R::failure(QCoreApplication::translate("CrossIqaPretrainer", "The loss became %1 at step %2; lower --lr and resume from the last checkpoint.").arg(loss).arg(step + 1));
        sums = sums.defined() ? sums + termsOf(l) : termsOf(l);
        ++sinceReport;
        const int done = step + 1;
        if (done % reportEvery == 0 || done == o.steps) {
            CrossIqaPretrainProgress p;
            p.step = done;
            p.steps = o.steps;
            const torch::Tensor means = sums / sinceReport;
            const auto mean = means.accessor<double, 1>();
            p.loss = mean[0];
            p.crossLoss = mean[1];
            p.selfLoss = mean[2];
            p.conditionedDecoder = shape.modulatedDecoder;
            p.spreadLoss = mean[3];
            p.degradationLoss = mean[4];
            p.spectrumLoss = mean[5];
            p.samePhotoLoss = mean[6];
            const double seconds = reportClock.elapsed() / 1000.0;
            p.viewsPerSecond = seconds > 0 ? 2.0 * o.batchSize * sinceReport / seconds : 0;
            const double perStep = runClock.elapsed() / 1000.0 / std::max(1, done - startStep);
            p.secondsLeft = perStep * (o.steps - done);
            QJsonObject entry{{QStringLiteral("step"), done}, {QStringLiteral("loss"), p.loss},
                              {QStringLiteral("cross"), p.crossLoss}, {QStringLiteral("self"), p.selfLoss},
                              {QStringLiteral("views_per_second"), p.viewsPerSecond}};
            if (p.conditionedDecoder) {
                entry.insert(QStringLiteral("spread"), p.spreadLoss);
                entry.insert(QStringLiteral("degradation"), p.degradationLoss);
            }
            if (o.spectrumWeight > 0)
                entry.insert(QStringLiteral("spectrum"), p.spectrumLoss);
            if (o.samePhotoWeight > 0)
                entry.insert(QStringLiteral("same_photo"), p.samePhotoLoss);
            history.append(entry);
            if (callbacks.progress)
                callbacks.progress(p);
            result.finalLoss = p.loss;
            sums = torch::Tensor();
            sinceReport = 0;
            reportClock.restart();
        }
        if (done % o.checkpointEvery == 0 || done == o.steps) {
            if (Status s = saveCheckpoint(done, result.finalLoss); !s)
                return R::failure(s.error());
        }
    }
    result.steps = step;
    result.seconds = clock.elapsed() / 1000.0;
    return result;
}

} // namespace iqa
