// Speed and peak memory of Cross-IQA on the CPU, through the project's code:
//   latency   one 512x512 image through CrossIqaModel::scoreImage, with 5
//             crops (the tile grid of 128x128 tiles) and with 1 crop;
//   features  the head stage's feature extraction, CrossIqaModel::
//             qualityFeatures (class token averaged over the tile grid) for a
//             set of 512x512 images, one pass per run: images/s;
//   pretrain  one pre-training step on B pairs of random 128x128 views:
//             crossReconstructionLosses (2B views encoded, 4B reconstructions
//             decoded), backward, gradient clipping at norm 1, AdamW
//             (betas 0.9/0.95, weight decay 0.05), as CrossIqaPretrainer
//             does it: views/s. Building degraded views is left out (the
//             data pipeline's cost, not the network's).
//   pretrain-conditioned  the same step with the decoder of
//             `--conditioned-decoder --hide-content 0.75` (modulation by q,
//             per-patch variance, degradation probe, 75 % of the content
//             tokens hidden), the recipe of the shipped checkpoint. C++ only:
//             the Python port has the plain decoder; scripts/bench-cross-iqa
//             reports it against the plain step of the same run.
//
//   bench_cross_iqa [--case all|latency|features|pretrain|pretrain-conditioned] [--runs N] [--threads T]
//                   [--checkpoint C] [--image I] [--images I]... [--batch B] [--seed S] [--json]
//
// Defaults: every case, 7 runs after one warm-up, 2 threads, the checkpoint
// compiled into the program, synthetic textured images, 32 pairs. Images are
// centre-cropped to 512x512 and decoded before timing. --json prints one JSON
// object per measurement and line. scripts/bench-cross-iqa runs this next to
// the Python port tests/bench/cross_iqa_reference.py, one case per process so
// that each peak RSS is that case's.

// LibTorch before any Qt header: Qt's `slots` macro breaks ATen's headers.
#include <torch/torch.h>

#include "models/detail/CrossIqaNetwork.h"
#include "training/CrossIqaViews.h"

#include "image/ImageLoader.h"
#include "models/CrossIqaModel.h"
#include "models/Device.h"

#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

constexpr int kImageSide = 512;

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;  // KiB on Linux
}

// One measurement: `runs` timings after one untimed warm-up call.
struct Measurement
{
    QString caseName;
    QString name;
    std::vector<double> ms;
    QJsonObject extra;  // throughput, score, ...
    double rssMb = 0;   // peak RSS of the process when the measurement ended

    double median() const { return bench::summarise(ms).median; }
    QJsonObject toJson(int threads) const
    {
        QJsonObject o{{QStringLiteral("implementation"), QStringLiteral("c++")},
                      {QStringLiteral("torch"), QString::fromLatin1(TORCH_VERSION)},
                      {QStringLiteral("case"), caseName},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("threads"), threads},
                      {QStringLiteral("runs"), int(ms.size())},
                      {QStringLiteral("median_ms"), median()},
                      {QStringLiteral("min_ms"), *std::min_element(ms.begin(), ms.end())},
                      {QStringLiteral("max_ms"), *std::max_element(ms.begin(), ms.end())}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        o.insert(QStringLiteral("peak_rss_mb"), rssMb);
        return o;
    }
};

// Milliseconds of `runs` calls of `work`, after one untimed warm-up call
// (the first call pays for oneDNN primitive creation and allocator growth).
std::vector<double> timeAfterWarmUp(int runs, const std::function<void()> &work)
{
    work();
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    return ms;
}

// The benchmark's failures leave main through this, one line on stderr.
struct BenchError
{
    QString message;
};

template <class T>
T valueOrThrow(iqa::Expected<T> e)
{
    if (!e)
        throw BenchError{e.error()};
    return std::move(*e);
}

// The centre 512x512 of a file, or a synthetic texture seeded by `seed`.
iqa::Image benchImage(const QString &path, int seed)
{
    iqa::Image image;
    if (path.isEmpty()) {
        cv::setRNGSeed(seed);
        image.rgb = bench::syntheticImage(kImageSide, kImageSide);
        image.sourceChannels = 3;
        image.bitDepth = 8;
        return image;
    }
    const iqa::ImageLoader loader;
    iqa::Image loaded = valueOrThrow(loader.load(path));
    if (loaded.width() < kImageSide || loaded.height() < kImageSide) {
        throw BenchError{QStringLiteral("%1 is %2x%3, smaller than the %4x%4 benchmark case")
                             .arg(path).arg(loaded.width()).arg(loaded.height()).arg(kImageSide)};
    }
    image = loaded;
    image.rgb = loaded.rgb(cv::Rect((loaded.width() - kImageSide) / 2, (loaded.height() - kImageSide) / 2,
                                    kImageSide, kImageSide)).clone();
    return image;
}

std::unique_ptr<iqa::CrossIqaModel> createModel(const QString &checkpoint, int crops)
{
    iqa::CrossIqaOptions options;
    options.checkpointPath = checkpoint;
    options.crops = crops;
    return valueOrThrow(iqa::CrossIqaModel::create(options));
}

std::vector<Measurement> benchLatency(const QCommandLineParser &parser, int runs, int seed)
{
    const iqa::Image image = benchImage(parser.value(QStringLiteral("image")), seed);
    std::vector<Measurement> out;
    for (const int crops : {5, 1}) {
        auto model = createModel(parser.value(QStringLiteral("checkpoint")), crops);
        const int tiles = int(iqa::CrossIqaModel::tileRects(cv::Size(kImageSide, kImageSide), crops, model->tileSize()).size());
        double score = 0;
        Measurement m{QStringLiteral("latency"), QStringLiteral("512x512 image, %1 tile(s)").arg(tiles), {}, {}};
        m.ms = timeAfterWarmUp(runs, [&] { score = valueOrThrow(model->scoreImage(image)); });
        m.extra = {{QStringLiteral("crops"), crops}, {QStringLiteral("score"), score}};
        out.push_back(m);
    }
    return out;
}

std::vector<Measurement> benchFeatures(const QCommandLineParser &parser, int runs, int seed)
{
    std::vector<iqa::Image> images;
    const QStringList paths = parser.values(QStringLiteral("images"));
    if (paths.isEmpty()) {
        for (int i = 0; i < 8; ++i)
            images.push_back(benchImage(QString(), seed + i));
    } else {
        for (const QString &path : paths)
            images.push_back(benchImage(path, seed));
    }
    // The head stage reads features with the model's own tiling (the grid).
    auto model = createModel(parser.value(QStringLiteral("checkpoint")), 5);
    double sum = 0;
    qint64 count = 0;
    Measurement m{QStringLiteral("features"),
                  QStringLiteral("head-stage features, %1 images of 512x512, 5 crops").arg(images.size()), {}, {}};
    m.ms = timeAfterWarmUp(runs, [&] {
        sum = 0;
        count = 0;
        for (const iqa::Image &image : images) {
            for (const float v : valueOrThrow(model->qualityFeatures(image)))
                sum += v;
            count += model->featureSize();
        }
    });
    m.extra = {{QStringLiteral("images"), int(images.size())},
               {QStringLiteral("images_per_s"), double(images.size()) / (m.median() / 1000.0)},
               {QStringLiteral("feature_mean"), count ? sum / double(count) : 0.0}};
    return {m};
}

std::vector<Measurement> benchPretrain(int runs, int seed, int batchPairs, bool conditioned)
{
    // The default shape, initialised as a pre-training run starts; the head
    // is frozen and left out of the optimiser, as in CrossIqaPretrainer.
    iqa::detail::CrossIqaShape shape;
    shape.modulatedDecoder = conditioned;
    const double hiddenShare = conditioned ? 0.75 : 0.0;
    iqa::detail::CrossIqaNetwork network(shape);
    iqa::detail::initialiseCrossIqa(network, quint64(seed));
    network->train();
    for (auto &p : network->head->parameters())
        p.set_requires_grad(false);
    std::vector<torch::Tensor> trainable;
    for (auto &p : network->encoder->parameters())
        trainable.push_back(p);
    for (auto &p : network->decoder->parameters())
        trainable.push_back(p);
    torch::optim::AdamW optimiser(trainable, torch::optim::AdamWOptions(5e-4).betas({0.9, 0.95}).weight_decay(0.05));

    // Random pixels: a step's cost does not depend on them.
    torch::manual_seed(quint64(seed));
    const int side = shape.imageSize;
    const auto views = [&] { return torch::rand({batchPairs, 3, side, side}); };
    iqa::CrossIqaViewBatch batch;
    batch.viewA = views();
    batch.viewB = views();
    batch.secondOnA = views();
    batch.firstOnB = views();
    // The probe's labels: identity (0) or one of the bank's types, and a level.
    const auto types = [&] { return torch::randint(0, iqa::detail::kCrossIqaDegradationClasses, {batchPairs}, torch::kInt64); };
    const auto levels = [&] { return torch::randint(0, 6, {batchPairs}).to(torch::kFloat32); };
    batch.firstType = types();
    batch.secondType = types();
    batch.firstLevel = levels();
    batch.secondLevel = levels();

    double loss = 0;
    Measurement m{conditioned ? QStringLiteral("pretrain-conditioned") : QStringLiteral("pretrain"),
                  conditioned ? QStringLiteral("pre-training step, conditioned decoder, 75 % hidden, %1 pairs").arg(batchPairs)
                              : QStringLiteral("pre-training step, %1 pairs of %2x%2 views").arg(batchPairs).arg(side),
                  {}, {}};
    m.ms = timeAfterWarmUp(runs, [&] {
        const iqa::CrossIqaLosses l = iqa::crossReconstructionLosses(network, batch, hiddenShare);
        optimiser.zero_grad();
        l.total.backward();
        torch::nn::utils::clip_grad_norm_(trainable, 1.0);
        optimiser.step();
        loss = l.total.item<double>();
    });
    m.extra = {{QStringLiteral("batch_pairs"), batchPairs},
               {QStringLiteral("views_per_s"), 2.0 * batchPairs / (m.median() / 1000.0)},
               {QStringLiteral("loss"), loss}};
    return {m};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Latency, head-stage and pre-training throughput of Cross-IQA on the CPU."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("case"), QStringLiteral("all, latency, features, pretrain or pretrain-conditioned."), QStringLiteral("C"), QStringLiteral("all")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs per measurement, after one warm-up."), QStringLiteral("N"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("LibTorch intra-op threads."), QStringLiteral("T"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("checkpoint"), QStringLiteral("Cross-IQA checkpoint with a fitted head (default: the shipped one)."), QStringLiteral("C")});
    parser.addOption({QStringLiteral("image"), QStringLiteral("latency: image of at least 512x512 (centre-cropped)."), QStringLiteral("I")});
    parser.addOption({QStringLiteral("images"), QStringLiteral("features: image of at least 512x512 (repeatable; default 8 synthetic)."), QStringLiteral("I")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("pretrain: pairs per step."), QStringLiteral("B"), QStringLiteral("32")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the synthetic images and the pre-training network."), QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("One JSON object per measurement and line.")});
    parser.process(app);

    bool runsOk = false, threadsOk = false, batchOk = false, seedOk = false;
    const int runs = parser.value(QStringLiteral("runs")).toInt(&runsOk);
    const int threads = parser.value(QStringLiteral("threads")).toInt(&threadsOk);
    const int batchPairs = parser.value(QStringLiteral("batch")).toInt(&batchOk);
    const int seed = parser.value(QStringLiteral("seed")).toInt(&seedOk);
    const QString which = parser.value(QStringLiteral("case"));
    const QStringList known = {QStringLiteral("all"), QStringLiteral("latency"), QStringLiteral("features"), QStringLiteral("pretrain"),
                               QStringLiteral("pretrain-conditioned")};
    if (!runsOk || !threadsOk || !batchOk || !seedOk || runs < 1 || threads < 1 || batchPairs < 1 || !known.contains(which)) {
        std::fprintf(stderr, "bench_cross_iqa: --runs, --threads and --batch need positive integers, --case one of %s\n",
                     qPrintable(known.join(QLatin1Char(','))));
        return 2;
    }
    iqa::configureCpuThreads(threads);

    std::vector<Measurement> results;
    const auto add = [&](const std::vector<Measurement> &more) {
        for (Measurement m : more) {
            m.rssMb = peakRssMb();
            if (parser.isSet(QStringLiteral("json"))) {
                std::printf("%s\n", QJsonDocument(m.toJson(threads)).toJson(QJsonDocument::Compact).constData());
                std::fflush(stdout);
            }
            results.push_back(m);
        }
    };
    try {
        if (which == QLatin1String("all") || which == QLatin1String("latency"))
            add(benchLatency(parser, runs, seed));
        if (which == QLatin1String("all") || which == QLatin1String("features"))
            add(benchFeatures(parser, runs, seed));
        if (which == QLatin1String("all") || which == QLatin1String("pretrain"))
            add(benchPretrain(runs, seed, batchPairs, false));
        if (which == QLatin1String("all") || which == QLatin1String("pretrain-conditioned"))
            add(benchPretrain(runs, seed, batchPairs, true));
    } catch (const BenchError &e) {
        std::fprintf(stderr, "bench_cross_iqa: %s\n", qPrintable(e.message));
        return 1;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_cross_iqa: %s\n", qPrintable(QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0)));
        return 1;
    }
    if (parser.isSet(QStringLiteral("json")))
        return 0;

    std::printf("Cross-IQA, %d intra-op threads, median/min/max ms of %d runs after one warm-up\n", threads, runs);
    std::printf("%-48s %10s %10s %10s %14s %8s\n", "measurement", "median ms", "min ms", "max ms", "throughput", "RSS MB");
    for (const Measurement &m : results) {
        const QJsonObject o = m.toJson(threads);
        QString throughput = QStringLiteral("-");
        if (o.contains(QStringLiteral("views_per_s")))
            throughput = QStringLiteral("%1 views/s").arg(o.value(QStringLiteral("views_per_s")).toDouble(), 0, 'f', 1);
        else if (o.contains(QStringLiteral("images_per_s")))
            throughput = QStringLiteral("%1 img/s").arg(o.value(QStringLiteral("images_per_s")).toDouble(), 0, 'f', 2);
        std::printf("%-48s %10.1f %10.1f %10.1f %14s %8.0f\n", qPrintable(m.name), o.value(QStringLiteral("median_ms")).toDouble(),
                    o.value(QStringLiteral("min_ms")).toDouble(), o.value(QStringLiteral("max_ms")).toDouble(),
                    qPrintable(throughput), o.value(QStringLiteral("peak_rss_mb")).toDouble());
    }
    return 0;
}
