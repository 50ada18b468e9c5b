#include <torch/torch.h>

#include "training/VaeQaTrainer.h"

#include "training/HeadTraining.h"

#include "common/SplitMix64.h"
#include "image/Degradations.h"
#include "io/CsvReader.h"
#include "io/FileHash.h"
#include "io/SafeTensors.h"
#include "metrics/Correlation.h"
#include "models/FeatureEncoder.h"
#include "models/VaeQaModel.h"
#include "models/detail/VaeQaNetwork.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <map>

namespace iqa {

namespace {

// Every sample of a set in memory: per tap the head's input [ref|dist|diff]
// as F16 (S x 3C x G x G), and what is known about the sample.
struct SampleTable
{
    std::vector<torch::Tensor> inputs;
    QVector<QVector<double>> distances;  // per sample, per layer
    QVector<int> image, type, level;     // type: int(DegradationType); identity: level 0
    QVector<QString> distFile;           // held-out: the PNG of the distorted crop
    QVector<QString> refFile;
    int size() const { return int(image.size()); }
};

QString tensorName(const char *kind, size_t layer) { return QStringLiteral("%1.%2").arg(QLatin1String(kind)).arg(layer); }

Expected<torch::Tensor> readTensor(const SafeTensorsFile &file, const QString &name, torch::ScalarType type)
{
    const TensorInfo *info = file.info(name);
    if (!info)
        return Expected<torch::Tensor>::failure(QCoreApplication::translate("VaeQaTrainer", "%1 lacks the tensor %2; rebuild the training set.")
                                                    .arg(QDir::toNativeSeparators(file.path()), name));
    std::vector<int64_t> shape(info->shape.begin(), info->shape.end());
    return torch::from_blob(const_cast<char *>(file.data(name)), shape, type).clone();
}

// Which images of the set a table holds. Every eighth training image (the
// last one in sets of fewer than eight) is a validation image: it picks the
// best epoch, so the held-out images stay untouched by every choice and
// their numbers are an honest report.
enum class Part { Fit, Validation, HeldOut };

bool inPart(const VaeQaTrainingSet &set, int index, Part part)
{
    if (set.images[index].heldOut)
        return part == Part::HeldOut;
    int ordinal = 0, trainingImages = 0;
    for (int i = 0; i < set.images.size(); ++i) {
        if (set.images[i].heldOut)
            continue;
        ordinal += i < index ? 1 : 0;
        ++trainingImages;
    }
    const bool validation = ordinal % 8 == 7 || (trainingImages < 8 && ordinal == trainingImages - 1);
    return validation == (part == Part::Validation) && part != Part::HeldOut;
}

QString partName(Part part)
{
    switch (part) {
    case Part::Fit: return QStringLiteral("training");
    case Part::Validation: return QStringLiteral("validation");
    case Part::HeldOut: return QStringLiteral("held-out");
    }
    return QString();
}

Status loadSamples(const VaeQaTrainingSet &set, Part part, SampleTable *table)
{
    const QDir work(set.options.workFolder);
    std::vector<std::vector<torch::Tensor>> perTap;
    for (int i = 0; i < set.images.size(); ++i) {
        const VaeQaSetImage &entry = set.images[i];
        if (!inPart(set, i, part))
            continue;
        auto file = SafeTensorsFile::open(work.filePath(entry.cacheFile));
        if (!file)
            return Status::failure(file.error());
        auto distance = readTensor(*file, QStringLiteral("distance_dists"), torch::kFloat32);
        auto types = readTensor(*file, QStringLiteral("type"), torch::kInt32);
        auto levels = readTensor(*file, QStringLiteral("level"), torch::kInt32);
        if (!distance)
            return Status::failure(distance.error());
        if (!types || !levels)
            return Status::failure(!types ? types.error() : levels.error());
        const int64_t k = distance->size(0);
        const int64_t layers = distance->size(1);
        if (perTap.empty())
            perTap.resize(size_t(layers));
        const QString stem = QStringLiteral("img%1").arg(i, 3, 10, QLatin1Char('0'));
        for (size_t l = 0; l < size_t(layers); ++l) {
            auto ref = readTensor(*file, tensorName("ref", l), torch::kHalf);
            auto dist = readTensor(*file, tensorName("dist", l), torch::kHalf);
            auto diff = readTensor(*file, tensorName("diff", l), torch::kHalf);
            if (!ref || !dist || !diff)
                return Status::failure(!ref ? ref.error() : !dist ? dist.error() : diff.error());
            const torch::Tensor refK = ref->unsqueeze(0).expand({k, -1, -1, -1});
            perTap[l].push_back(torch::cat({refK, *dist, *diff}, 1));
            // The identity sample: the reference against itself.
            perTap[l].push_back(torch::cat({ref->unsqueeze(0), ref->unsqueeze(0), torch::zeros_like(*ref).unsqueeze(0)}, 1));
        }
        const auto d = distance->accessor<float, 2>();
        const auto t = types->accessor<int32_t, 1>();
        const auto v = levels->accessor<int32_t, 1>();
        for (int64_t s = 0; s < k; ++s) {
            QVector<double> row;
            for (int64_t l = 0; l < layers; ++l)
                row << d[s][l];
            table->distances << row;
            table->image << i;
            table->type << t[s];
            table->level << v[s];
            table->refFile << stem + QStringLiteral("_ref.png");
            table->distFile << QStringLiteral("%1_%2_%3.png").arg(stem, degradationInfo(DegradationType(t[s])).id).arg(v[s]);
        }
        table->distances << QVector<double>(int(layers), 0.0);
        table->image << i;
        table->type << int(DegradationType::Identity);
        table->level << 0;
        table->refFile << stem + QStringLiteral("_ref.png");
        table->distFile << stem + QStringLiteral("_ref.png");
    }
    for (auto &parts : perTap)
        table->inputs.push_back(torch::cat(parts, 0));
    if (table->size() == 0)
        return Status::failure(QCoreApplication::translate("VaeQaTrainer", "The training set has no %1 images.")
                                   .arg(partName(part)));
    return Status::success();
}

std::vector<torch::Tensor> gather(const SampleTable &table, const torch::Tensor &indices)
{
    std::vector<torch::Tensor> out;
    for (const torch::Tensor &t : table.inputs)
        out.push_back(t.index_select(0, indices).to(torch::kFloat32));
    return out;
}

// Groups of one image and one distortion type: the levels to be ordered.
// The identity sample (level 0) joins every group of its image.
std::vector<std::vector<int>> groupsOf(const SampleTable &table)
{
    std::map<std::pair<int, int>, std::vector<int>> groups;
    std::map<int, int> identity;
    for (int s = 0; s < table.size(); ++s) {
        if (table.level[s] == 0)
            identity[table.image[s]] = s;
        else
            groups[{table.image[s], table.type[s]}].push_back(s);
    }
    std::vector<std::vector<int>> out;
    for (auto &[key, members] : groups) {
        members.push_back(identity[key.first]);
        out.push_back(members);
    }
    return out;
}

torch::Tensor predictAll(detail::VaeQaHead &head, const SampleTable &table)
{
    torch::NoGradGuard noGrad;
    head->eval();
    std::vector<torch::Tensor> parts;
    for (int start = 0; start < table.size(); start += 256) {
        const int64_t n = std::min(256, table.size() - start);
        parts.push_back(head->forward(gather(table, torch::arange(start, start + n, torch::kLong))));
    }
    head->train();
    return torch::cat(parts, 0);
}

double srccOf(const QVector<double> &predicted, const QVector<double> &target)
{
    auto report = correlate(predicted, target);
    return report && report->srcc ? *report->srcc : 0.0;
}

VaeQaEpochReport validate(detail::VaeQaHead &head, const SampleTable &heldOut, const QVector<double> &targets,
                          const QVector<DegradationType> &unseenTypes)
{
    const torch::Tensor predicted = predictAll(head, heldOut);
    const auto p = predicted.accessor<float, 1>();
    QVector<double> all, allTarget, unseen, unseenTarget;
    for (int s = 0; s < heldOut.size(); ++s) {
        if (heldOut.level[s] == 0)
            continue;  // identical pairs are trivially best; they would inflate the correlation
        all << p[s];
        allTarget << targets[s];
        if (unseenTypes.contains(DegradationType(heldOut.type[s]))) {
            unseen << p[s];
            unseenTarget << targets[s];
        }
    }
    VaeQaEpochReport report;
    if (auto c = correlate(all, allTarget); c) {
        report.heldOutSrcc = c->srcc.value_or(0.0);
        report.heldOutPlcc = c->plcc.value_or(0.0);
    }
    report.unseenTypesSrcc = srccOf(unseen, unseenTarget);
    int right = 0, pairs = 0;
    for (const std::vector<int> &group : groupsOf(heldOut)) {
        std::vector<int> byLevel = group;
        std::sort(byLevel.begin(), byLevel.end(), [&](int a, int b) { return heldOut.level[a] < heldOut.level[b]; });
        for (size_t i = 1; i < byLevel.size(); ++i, ++pairs)
            right += p[byLevel[i - 1]] > p[byLevel[i]] ? 1 : 0;
    }
    report.levelOrder = pairs > 0 ? double(right) / pairs : 0.0;
    return report;
}

Status writeHeldOutLabels(const QString &path, const SampleTable &heldOut, const QVector<double> &targets,
                          const QVector<DegradationType> &unseenTypes)
{
    QVector<QStringList> rows{{QStringLiteral("ref"), QStringLiteral("dist"), QStringLiteral("mos"), QStringLiteral("type"),
                               QStringLiteral("level"), QStringLiteral("type_in_training")}};
    for (int s = 0; s < heldOut.size(); ++s) {
        if (heldOut.level[s] == 0)
            continue;
        const DegradationType type = DegradationType(heldOut.type[s]);
        rows << QStringList{heldOut.refFile[s], heldOut.distFile[s], QString::number(targets[s], 'f', 6),
                            degradationInfo(type).id, QString::number(heldOut.level[s]),
                            unseenTypes.contains(type) ? QStringLiteral("unseen") : QStringLiteral("seen")};
    }
    return writeCsvFile(path, rows);
}

QJsonObject hyperParameters(const VaeQaTrainOptions &o)
{
    return QJsonObject{{QStringLiteral("epochs"), o.epochs},
                       {QStringLiteral("optimiser"), QStringLiteral("Adam")},
                       {QStringLiteral("learning_rate"), o.learningRate},
                       {QStringLiteral("schedule"), QStringLiteral("cosine to 0 over all steps")},
                       {QStringLiteral("weight_decay"), o.weightDecay},
                       {QStringLiteral("batch"), QStringLiteral("%1 groups x %2 levels").arg(o.groupsPerBatch).arg(o.levelsPerGroup)},
                       {QStringLiteral("loss"), QStringLiteral("MSE to target + %1 x mean hinge(margin %2 x level gap) over level pairs of a group")
                                                    .arg(o.rankWeight).arg(o.rankMargin)},
                       {QStringLiteral("seed"), QString::number(o.seed)}};
}

} // namespace

QJsonObject VaeQaEpochReport::toJson() const
{
    return QJsonObject{{QStringLiteral("epoch"), epoch},
                       {QStringLiteral("train_loss"), trainLoss},
                       {QStringLiteral("validation_srcc"), validationSrcc},
                       {QStringLiteral("held_out_srcc"), heldOutSrcc},
                       {QStringLiteral("held_out_plcc"), heldOutPlcc},
                       {QStringLiteral("unseen_types_srcc"), unseenTypesSrcc},
                       {QStringLiteral("level_order"), levelOrder},
                       {QStringLiteral("seconds"), seconds}};
}

Expected<VaeQaTrainResult> trainVaeQaHead(const VaeQaTrainingSet &set, const VaeQaTrainOptions &options,
                                          const std::function<void(const VaeQaEpochReport &)> &onEpoch,
                                          const std::atomic_bool *cancel)
{
    using Result = Expected<VaeQaTrainResult>;
    if (options.outPath.isEmpty())
        return Result::failure(QCoreApplication::translate("VaeQaTrainer", "No output file for the trained head was given."));
    if (options.epochs < 1 || options.groupsPerBatch < 1 || options.levelsPerGroup < 2 || options.learningRate <= 0.0)
        return Result::failure(QCoreApplication::translate("VaeQaTrainer", "Training needs at least one epoch, one group per batch, two levels per group and a positive learning rate."));
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();

    SampleTable train, validation, heldOut;
    try {
        if (Status s = loadSamples(set, Part::Fit, &train); !s)
            return Result::failure(s.error());
        if (Status s = loadSamples(set, Part::Validation, &validation); !s)
            return Result::failure(s.error());
        if (Status s = loadSamples(set, Part::HeldOut, &heldOut); !s)
            return Result::failure(s.error());
    } catch (const std::exception &e) {
        return Result::failure(detail::torchErrorMessage(e));
    }

    VaeQaTrainResult result;
    result.calibration = VaeQaTargetCalibration::fit(train.distances);
    QVector<double> trainTargets, validationTargets, heldOutTargets;
    for (const QVector<double> &d : train.distances)
        trainTargets << result.calibration.quality(d);
    for (const QVector<double> &d : validation.distances)
        validationTargets << result.calibration.quality(d);
    for (const QVector<double> &d : heldOut.distances)
        heldOutTargets << result.calibration.quality(d);
    result.heldOutLabels = QDir(set.heldOutFolder).filePath(QStringLiteral("labels.csv"));
    if (Status s = writeHeldOutLabels(result.heldOutLabels, heldOut, heldOutTargets, set.options.heldOutTypes); !s)
        return Result::failure(s.error());

    VaeQaHeadInfo info;
    info.encoderId = set.options.encoderId;
    for (const torch::Tensor &t : train.inputs)
        info.tapChannels << int(t.size(1) / 3);
    info.grid = int(train.inputs.front().size(2));
    info.cropSize = set.options.cropSize;
    detail::VaeQaHeadShape shape;
    shape.tapChannels.assign(info.tapChannels.begin(), info.tapChannels.end());
    shape.grid = info.grid;

    const QString resumeFolder = options.outPath + QStringLiteral(".resume");
    const QString resumeHead = QDir(resumeFolder).filePath(QStringLiteral("head.pt"));
    const QString resumeBest = QDir(resumeFolder).filePath(QStringLiteral("best.pt"));
    const QString resumeOptimiser = QDir(resumeFolder).filePath(QStringLiteral("optimiser.pt"));
    const QString resumeState = QDir(resumeFolder).filePath(QStringLiteral("state.json"));
    try {
        torch::manual_seed(int64_t(options.seed));
        detail::VaeQaHead head(shape);
        detail::VaeQaHead best(shape);
        torch::optim::Adam optimiser(head->parameters(),
                                     torch::optim::AdamOptions(options.learningRate).weight_decay(options.weightDecay));
        result.trainableParameters = head->trainableParameterCount();
        int firstEpoch = 1;
        if (options.resume && QFileInfo::exists(resumeState)) {
            QFile stateFile(resumeState);
            if (!stateFile.open(QIODevice::ReadOnly))
                return Result::failure(stateFile.errorString());
            const QJsonObject state = QJsonDocument::fromJson(stateFile.readAll()).object();
            torch::load(head, resumeHead.toStdString());
            torch::load(best, resumeBest.toStdString());
            torch::load(optimiser, resumeOptimiser.toStdString());
            firstEpoch = state.value(QStringLiteral("epoch")).toInt() + 1;
            for (const QJsonValue &v : state.value(QStringLiteral("history")).toArray()) {
                const QJsonObject o = v.toObject();
                VaeQaEpochReport r;
                r.epoch = o.value(QStringLiteral("epoch")).toInt();
                r.epochs = options.epochs;
                r.trainLoss = o.value(QStringLiteral("train_loss")).toDouble();
                r.heldOutSrcc = o.value(QStringLiteral("held_out_srcc")).toDouble();
                r.heldOutPlcc = o.value(QStringLiteral("held_out_plcc")).toDouble();
                r.unseenTypesSrcc = o.value(QStringLiteral("unseen_types_srcc")).toDouble();
                r.levelOrder = o.value(QStringLiteral("level_order")).toDouble();
                r.seconds = o.value(QStringLiteral("seconds")).toDouble();
                result.history << r;
                    r.validationSrcc = o.value(QStringLiteral("validation_srcc")).toDouble();
                if (result.best.epoch == 0 || r.validationSrcc > result.best.validationSrcc)
                    result.best = r;
            }
        }

        const std::vector<std::vector<int>> groups = groupsOf(train);
        const int stepsPerEpoch = std::max<int>(1, int(groups.size()) / options.groupsPerBatch);
        const int totalSteps = stepsPerEpoch * options.epochs;
        const torch::Tensor targets = torch::tensor(std::vector<float>(trainTargets.begin(), trainTargets.end()));
        const torch::Tensor levels = torch::tensor(std::vector<int32_t>(train.level.begin(), train.level.end())).to(torch::kFloat32);
        head->train();
        for (int epoch = firstEpoch; epoch <= options.epochs; ++epoch) {
            QElapsedTimer epochClock;
            epochClock.start();
            // One generator per epoch: a resumed run draws the same batches.
            SplitMix64 rng(options.seed * 1000003ULL + quint64(epoch));
            std::vector<int> order(groups.size());
            for (size_t i = 0; i < order.size(); ++i)
                order[i] = int(i);
            for (int i = int(order.size()) - 1; i > 0; --i)
                std::swap(order[i], order[rng.below(i + 1)]);
            double lossSum = 0.0;
            for (int step = 0; step < stepsPerEpoch; ++step) {
                if (cancel && cancel->load())
                    return Result::failure(QCoreApplication::translate("VaeQaTrainer", "Training was cancelled after epoch %1; resume state is in %2, no head was written.")
                                               .arg(epoch - 1).arg(QDir::toNativeSeparators(resumeFolder)));
                std::vector<int64_t> picked, groupOf;
                for (int g = 0; g < options.groupsPerBatch; ++g) {
                    std::vector<int> members = groups[size_t(order[size_t(step * options.groupsPerBatch + g)])];
                    for (int i = int(members.size()) - 1; i > 0; --i)
                        std::swap(members[size_t(i)], members[size_t(rng.below(i + 1))]);
                    for (int m = 0; m < std::min<int>(options.levelsPerGroup, int(members.size())); ++m) {
                        picked.push_back(members[size_t(m)]);
                        groupOf.push_back(g);
                    }
                }
                const torch::Tensor index = torch::tensor(picked, torch::kLong);
                const int globalStep = (epoch - 1) * stepsPerEpoch + step;
                detail::setLearningRate(optimiser, detail::cosineLearningRate(options.learningRate, globalStep, totalSteps));

                const torch::Tensor q = head->forward(gather(train, index));
                const torch::Tensor y = targets.index_select(0, index);
                const torch::Tensor level = levels.index_select(0, index);
                torch::Tensor loss = torch::mse_loss(q, y);
                // Ranking hinge over pairs of one group: a higher level must
                // score lower by at least margin x (level gap).
                const torch::Tensor g = torch::tensor(groupOf, torch::kLong);
                const torch::Tensor same = g.unsqueeze(1).eq(g.unsqueeze(0));
                const torch::Tensor gap = level.unsqueeze(0) - level.unsqueeze(1);  // [i][j] = level_j - level_i
                const torch::Tensor ordered = same.logical_and(gap.gt(0));
                if (ordered.any().item<bool>()) {
                    const torch::Tensor violation = torch::relu(options.rankMargin * gap - (q.unsqueeze(1) - q.unsqueeze(0)));
                    loss = loss + options.rankWeight * violation.masked_select(ordered).mean();
                }
                optimiser.zero_grad();
                loss.backward();
                optimiser.step();
                lossSum += loss.item<double>();
            }

            VaeQaEpochReport report = validate(head, heldOut, heldOutTargets, set.options.heldOutTypes);
            report.validationSrcc = validate(head, validation, validationTargets, set.options.heldOutTypes).heldOutSrcc;
            report.epoch = epoch;
            report.epochs = options.epochs;
            report.trainLoss = lossSum / stepsPerEpoch;
            report.seconds = epochClock.elapsed() / 1000.0;
            if (result.best.epoch == 0 || report.validationSrcc > result.best.validationSrcc) {
                report.best = true;
                result.best = report;
                detail::copyParameters(*head, *best);
            }
            result.history << report;
            if (onEpoch)
                onEpoch(report);

            QDir().mkpath(resumeFolder);
            torch::save(head, resumeHead.toStdString());
            torch::save(best, resumeBest.toStdString());
            torch::save(optimiser, resumeOptimiser.toStdString());
            QJsonArray history;
            for (const VaeQaEpochReport &r : result.history)
                history.append(r.toJson());
            if (Status s = detail::writeJsonFile(resumeState, {{QStringLiteral("epoch"), epoch}, {QStringLiteral("history"), history}}); !s)
                return Result::failure(s.error());
        }

        // --- the finished head and its metadata
        QMap<QString, QString> metadata = info.toMetadata();
        metadata.insert(QStringLiteral("trained"), started.toString(Qt::ISODate));
        metadata.insert(QStringLiteral("best_epoch"), QString::number(result.best.epoch));
        if (Status s = detail::saveVaeQaHead(best, options.outPath, metadata); !s)
            return Result::failure(s.error());
    } catch (const std::exception &e) {
        return Result::failure(detail::torchErrorMessage(e));
    }
    result.headPath = options.outPath;

    QJsonArray history;
    for (const VaeQaEpochReport &r : result.history)
        history.append(r.toJson());
    QJsonArray heldOutTypes;
    for (const DegradationType t : set.options.heldOutTypes)
        heldOutTypes.append(degradationInfo(t).id);
    int heldOutImages = 0;
    for (const VaeQaSetImage &image : set.images)
        heldOutImages += image.heldOut ? 1 : 0;
    const QJsonObject metadata{
        {QStringLiteral("model"), QStringLiteral("vae-qa")},
        {QStringLiteral("kind"), QStringLiteral("full-reference")},
        {QStringLiteral("output"), QStringLiteral("quality in [0,1], higher is better")},
        {QStringLiteral("encoder"), set.options.encoderId},
        {QStringLiteral("encoder_weights_sha256"), sha256OfFile(set.options.encoderWeights)},
        {QStringLiteral("head"), QJsonObject{{QStringLiteral("file"), QFileInfo(options.outPath).fileName()},
                                             {QStringLiteral("sha256"), sha256OfFile(options.outPath)},
                                             {QStringLiteral("trainable_parameters"), double(result.trainableParameters)},
                                             {QStringLiteral("metadata"), detail::stringMapToJson(info.toMetadata())}}},
        {QStringLiteral("data"), QJsonObject{
            {QStringLiteral("pristine_labels"), set.options.pristineLabels},  // as given; the SHA-256 identifies it
            {QStringLiteral("pristine_labels_sha256"), sha256OfFile(set.options.pristineLabels)},
            {QStringLiteral("pristine_min_mos"), set.options.pristineMinMos},
            {QStringLiteral("split"), set.options.split},
            {QStringLiteral("images"), set.images.size()},
            {QStringLiteral("held_out_images"), heldOutImages},
            {QStringLiteral("held_out_types"), heldOutTypes},
            {QStringLiteral("types_per_image"), set.options.typesPerImage},
            {QStringLiteral("crop_size"), set.options.cropSize},
            {QStringLiteral("training_samples"), train.size()},
            {QStringLiteral("validation_samples"), validation.size()},
            {QStringLiteral("held_out_samples"), heldOut.size()},
            {QStringLiteral("seed"), QString::number(set.options.seed)}}},
        {QStringLiteral("target"), result.calibration.toJson()},
        {QStringLiteral("hyper_parameters"), hyperParameters(options)},
        {QStringLiteral("history"), history},
        {QStringLiteral("best"), result.best.toJson()},
        {QStringLiteral("command"), options.commandLine},
        {QStringLiteral("started_utc"), started.toString(Qt::ISODate)},
        {QStringLiteral("training_seconds"), clock.elapsed() / 1000.0},
        {QStringLiteral("cpu_threads"), QThread::idealThreadCount()},
    };
    result.metadataPath = options.outPath + QStringLiteral(".json");
    if (Status s = detail::writeJsonFile(result.metadataPath, metadata); !s)
        return Result::failure(s.error());
    return result;
}

} // namespace iqa
