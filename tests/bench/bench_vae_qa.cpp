// Latency and peak memory of VAE-QA on the CPU: the taef2 encoder on both
// images (one batch of two) plus the fusion head, through
// VaeQaModel::scorePair, for a 512x512 pair with 5 and with 1 crop and for
// one 256x256 pair (a single crop, the unit every score is made of). Then
// the CPU levers of DESIGN.md section 4 on the 256x256 pair: channels-last,
// the intra-op thread count, and InferenceMode against NoGradGuard.
//
//   bench_vae_qa [--runs N] [--threads T] [--channels-last] [--head H]
//                [--ref R --dist D] [--json]
//
// Defaults: 7 runs after one warm-up, 2 threads, NCHW, the head compiled
// into the program, a synthetic textured pair and its blurred copy. Images
// given with --ref/--dist are centre-cropped to 512x512 (the 256x256 pair is
// their centre). scripts/bench-vae-qa runs this next to the Python port.

// LibTorch before any Qt header: Qt's `slots` macro breaks ATen's headers.
#include <torch/torch.h>

#include "models/detail/VaeQaNetwork.h"

#include "image/ImageLoader.h"
#include "io/SafeTensors.h"
#include "models/Device.h"
#include "models/VaeQaModel.h"

#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/imgproc.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <stdexcept>
#include <vector>

namespace {

constexpr int kPairSide = 512;

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;  // KiB on Linux
}

struct Result
{
    QString name;
    bench::Timing timing;
    double maxMs = 0;
    double score = 0;
    double peakRssMb = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("name"), name}, {QStringLiteral("median_ms"), timing.median},
                {QStringLiteral("min_ms"), timing.min}, {QStringLiteral("max_ms"), maxMs},
                {QStringLiteral("score"), score}, {QStringLiteral("peak_rss_mb"), peakRssMb}};
    }
};

Result summariseRuns(const QString &name, const std::vector<double> &ms, double score)
{
    return {name, bench::summarise(ms), *std::max_element(ms.begin(), ms.end()), score, peakRssMb()};
}

double elapsedMs(const std::function<void()> &work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// The centre side x side of `rgb` as an 8-bit image (the case the
// benchmarks time; crops of larger files leave the timed work unchanged).
iqa::Image centreImage(const cv::Mat &rgb, int side)
{
    iqa::Image image;
    image.rgb = rgb(cv::Rect((rgb.cols - side) / 2, (rgb.rows - side) / 2, side, side)).clone();
    image.sourceChannels = 3;
    image.bitDepth = rgb.depth() == CV_16U ? 16 : 8;
    return image;
}

torch::Tensor inputTensor(const cv::Mat &rgb01, const iqa::detail::EncoderModule &encoder)
{
    auto t = iqa::detail::imageToTensor(rgb01, encoder.device, encoder.channelsLast);
    if (!t)
        throw std::runtime_error(t.error().toStdString());
    return *t;
}

// The same work as scorePair on one crop, rebuilt from the detail API so
// that the autograd mode can be chosen (the model always runs under
// InferenceMode): `Guard` is torch::InferenceMode or torch::NoGradGuard.
template <class Guard>
double scoreOneCrop(iqa::detail::EncoderModule &encoder, iqa::detail::VaeQaHead &head, int grid,
                    const cv::Mat &ref01, const cv::Mat &dist01)
{
    Guard guard;
    const torch::Tensor pair = torch::cat({inputTensor(ref01, encoder), inputTensor(dist01, encoder)}, 0);
    iqa::detail::TapTensors halves[2];
    for (const torch::Tensor &tap : iqa::detail::encodePadded(encoder, pair).taps) {
        const std::vector<torch::Tensor> split = tap.chunk(2, 0);
        halves[0].taps.push_back(split[0]);
        halves[1].taps.push_back(split[1]);
    }
    return head->forward(iqa::detail::pooledPairFeatures(halves[0], halves[1], grid)).item<double>();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Own parser rather than bench::parseRuns: that one knows --runs only and
    // rejects the other options. Same default as the brief asks: 7 runs.
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Latency and peak memory of VAE-QA (taef2 + head) on the CPU."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs per case, after one warm-up."), QStringLiteral("N"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("LibTorch intra-op threads."), QStringLiteral("T"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("channels-last"), QStringLiteral("Run the main cases with channels-last tensors.")});
    parser.addOption({QStringLiteral("head"), QStringLiteral("VAE-QA head (safetensors); default: the shipped head."), QStringLiteral("H")});
    parser.addOption({QStringLiteral("ref"), QStringLiteral("Reference image, at least 512x512 (centre-cropped)."), QStringLiteral("R")});
    parser.addOption({QStringLiteral("dist"), QStringLiteral("Distorted image of the same size."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("One JSON object on stdout instead of the tables.")});
    parser.process(app);
    bool runsOk = false, threadsOk = false;
    const int runs = parser.value(QStringLiteral("runs")).toInt(&runsOk);
    const int threads = parser.value(QStringLiteral("threads")).toInt(&threadsOk);
    if (!runsOk || !threadsOk || runs < 1 || threads < 1) {
        std::fprintf(stderr, "bench_vae_qa: --runs and --threads need positive integers\n");
        return 2;
    }
    if (parser.isSet(QStringLiteral("ref")) != parser.isSet(QStringLiteral("dist"))) {
        std::fprintf(stderr, "bench_vae_qa: give both --ref and --dist, or neither (synthetic pair)\n");
        return 2;
    }
    const bool channelsLast = parser.isSet(QStringLiteral("channels-last"));
    const bool json = parser.isSet(QStringLiteral("json"));
    iqa::configureCpuThreads(threads);

    // The pair: files, or a synthetic texture against its blurred copy.
    cv::Mat refRgb, distRgb;
    if (parser.isSet(QStringLiteral("ref"))) {
        const iqa::ImageLoader loader;
        const auto ref = loader.load(parser.value(QStringLiteral("ref")));
        const auto dist = loader.load(parser.value(QStringLiteral("dist")));
        if (!ref)
            return bench::fail(ref.error());
        if (!dist)
            return bench::fail(dist.error());
        if (ref->rgb.size() != dist->rgb.size() || ref->width() < kPairSide || ref->height() < kPairSide)
            return bench::fail(QStringLiteral("--ref and --dist must have the same size, at least %1x%1").arg(kPairSide));
        refRgb = ref->rgb;
        distRgb = dist->rgb;
    } else {
        cv::setRNGSeed(1);
        refRgb = bench::syntheticImage(kPairSide, kPairSide);
        cv::GaussianBlur(refRgb, distRgb, cv::Size(0, 0), 1.5);
    }
    const iqa::Image ref512 = centreImage(refRgb, kPairSide), dist512 = centreImage(distRgb, kPairSide);
    const iqa::Image ref256 = centreImage(refRgb, kPairSide / 2), dist256 = centreImage(distRgb, kPairSide / 2);

    // One model per crop count (crops are fixed at creation); both share the
    // process, so the peak RSS reported is that of the whole benchmark so far.
    std::unique_ptr<iqa::VaeQaModel> models[2];
    for (const int crops : {5, 1}) {
        iqa::VaeQaOptions options;
        options.headPath = parser.value(QStringLiteral("head"));
        options.crops = crops;
        auto model = iqa::VaeQaModel::create(options);
        if (!model)
            return bench::fail(model.error());
        iqa::FeatureEncoder shared = (*model)->encoder();  // copies share the loaded module
        shared.setChannelsLast(channelsLast);
        models[crops == 5 ? 0 : 1] = std::move(*model);
    }
    iqa::VaeQaModel &fiveCrops = *models[0];
    iqa::VaeQaModel &oneCrop = *models[1];
    const double rssAfterLoad = peakRssMb();

    bool scoringFailed = false;
    QString scoringError;
    const auto score = [&](iqa::VaeQaModel &model, const iqa::Image &ref, const iqa::Image &dist) {
        const auto s = model.scorePair(ref, dist);
        if (!s) {
            scoringFailed = true;
            scoringError = s.error();
            return 0.0;
        }
        return *s;
    };

    // Main cases: each warmed up once, then `runs` timed calls.
    struct Case
    {
        QString name;
        iqa::VaeQaModel *model;
        const iqa::Image *ref;
        const iqa::Image *dist;
    };
    const Case cases[] = {
        {QStringLiteral("512x512 pair, 5 crops"), &fiveCrops, &ref512, &dist512},
        {QStringLiteral("512x512 pair, 1 crop"), &oneCrop, &ref512, &dist512},
        {QStringLiteral("256x256 pair"), &oneCrop, &ref256, &dist256},
    };
    std::vector<Result> results;
    for (const Case &c : cases) {
        double s = score(*c.model, *c.ref, *c.dist);
        std::vector<double> ms;
        for (int i = 0; i < runs; ++i)
            ms.push_back(elapsedMs([&] { s = score(*c.model, *c.ref, *c.dist); }));
        if (scoringFailed)
            return bench::fail(scoringError);
        results.push_back(summariseRuns(c.name, ms, s));
    }

    // Levers on the 256x256 pair, interleaved run by run so that load from
    // other processes hits every setting alike. Each lever changes one thing
    // against the main cases' setting.
    iqa::detail::VaeQaHead head(nullptr);
    {
        const auto file = iqa::SafeTensorsFile::open(oneCrop.card().weightsPath);
        if (!file)
            return bench::fail(file.error());
        const iqa::VaeQaHeadInfo &info = oneCrop.headInfo();
        iqa::detail::VaeQaHeadShape shape;
        shape.tapChannels.assign(info.tapChannels.begin(), info.tapChannels.end());
        shape.grid = info.grid;
        shape.withinChannels = info.withinChannels;
        shape.acrossChannels = info.acrossChannels;
        shape.mlpHidden = info.mlpHidden;
        head = iqa::detail::VaeQaHead(shape);
        if (const iqa::Status loaded = iqa::detail::loadVaeQaHead(head, *file); !loaded)
            return bench::fail(loaded.error());
        head->eval();
    }
    iqa::FeatureEncoder encoder = oneCrop.encoder();
    iqa::detail::EncoderModule &module = *encoder.module();
    const cv::Mat ref01 = iqa::toFloatRgb(ref256), dist01 = iqa::toFloatRgb(dist256);
    const int grid = oneCrop.headInfo().grid;
    const int otherThreads = threads == 1 ? 2 : 1;

    // `baseline`: the row a lever's time is compared with. `apply(true)`
    // switches the lever on before its timed call and `apply(false)` back
    // after it, both untimed (converting the weights' memory format is a
    // one-off cost, not part of scoring).
    const auto scorePair256 = [&] { return score(oneCrop, ref256, dist256); };
    struct Lever
    {
        QString name;
        size_t baseline;
        std::function<double()> run;
        std::function<void(bool)> apply;
    };
    const std::vector<Lever> levers{
        {QStringLiteral("as above (scorePair, InferenceMode)"), 0, scorePair256, {}},
        {channelsLast ? QStringLiteral("NCHW instead of channels-last") : QStringLiteral("channels-last instead of NCHW"),
         0, scorePair256, [&](bool on) { encoder.setChannelsLast(on != channelsLast); }},
        {QStringLiteral("%1 intra-op thread(s) instead of %2").arg(otherThreads).arg(threads), 0, scorePair256,
         [&](bool on) { iqa::configureCpuThreads(on ? otherThreads : threads); }},
        {QStringLiteral("detail API under InferenceMode"), 0,
         [&] { return scoreOneCrop<torch::InferenceMode>(module, head, grid, ref01, dist01); }, {}},
        {QStringLiteral("detail API under NoGradGuard"), 3,
         [&] { return scoreOneCrop<torch::NoGradGuard>(module, head, grid, ref01, dist01); }, {}},
    };
    std::vector<std::vector<double>> leverMs(levers.size());
    std::vector<double> leverScores(levers.size());
    try {
        for (int i = 0; i <= runs; ++i) {
            for (size_t l = 0; l < levers.size(); ++l) {
                if (levers[l].apply)
                    levers[l].apply(true);
                const double ms = elapsedMs([&] { leverScores[l] = levers[l].run(); });
                if (levers[l].apply)
                    levers[l].apply(false);
                if (i > 0)  // run 0 warms every setting up (oneDNN primitives per format and thread count)
                    leverMs[l].push_back(ms);
            }
        }
    } catch (const std::exception &e) {
        return bench::fail(QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0));
    }
    if (scoringFailed)
        return bench::fail(scoringError);
    std::vector<Result> leverResults;
    for (size_t l = 0; l < levers.size(); ++l)
        leverResults.push_back(summariseRuns(levers[l].name, leverMs[l], leverScores[l]));
    const auto speedRatio = [&](size_t l) {
        return leverResults[l].timing.median / leverResults[levers[l].baseline].timing.median;
    };

    const QString format = channelsLast ? QStringLiteral("channels-last") : QStringLiteral("NCHW");
    if (json) {
        QJsonArray caseArray, leverArray;
        for (const Result &r : results)
            caseArray.append(r.toJson());
        for (size_t l = 0; l < leverResults.size(); ++l) {
            QJsonObject o = leverResults[l].toJson();
            o[QStringLiteral("baseline")] = leverResults[levers[l].baseline].name;
            o[QStringLiteral("time_ratio")] = speedRatio(l);
            leverArray.append(o);
        }
        const QJsonObject root{
            {QStringLiteral("implementation"), QStringLiteral("c++")},
            {QStringLiteral("runs"), runs},
            {QStringLiteral("threads"), threads},
            {QStringLiteral("memory_format"), format},
            {QStringLiteral("head"), oneCrop.card().weightsPath},
            {QStringLiteral("peak_rss_after_load_mb"), rssAfterLoad},
            {QStringLiteral("cases"), caseArray},
            {QStringLiteral("levers"), leverArray},
        };
        std::printf("%s\n", QJsonDocument(root).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    std::printf("VAE-QA (taef2 + head), %d intra-op threads, %s, median/min/max of %d runs after one warm-up\n",
                threads, qPrintable(format), runs);
    std::printf("peak RSS after loading both models: %.0f MB (RSS columns: peak of the process so far)\n", rssAfterLoad);
    std::printf("%-40s %10s %10s %10s %12s %8s\n", "case", "median ms", "min ms", "max ms", "score", "RSS MB");
    for (const Result &r : results)
        std::printf("%-40s %10.1f %10.1f %10.1f %12.8f %8.0f\n", qPrintable(r.name), r.timing.median, r.timing.min,
                    r.maxMs, r.score, r.peakRssMb);
    std::printf("\nlevers on the 256x256 pair, interleaved run by run:\n");
    std::printf("%-40s %10s %10s %10s %12s %8s  %s\n", "setting", "median ms", "min ms", "max ms", "score", "time x", "compared with");
    for (size_t l = 0; l < leverResults.size(); ++l) {
        const Result &r = leverResults[l];
        std::printf("%-40s %10.1f %10.1f %10.1f %12.8f %8.2f  %s\n", qPrintable(r.name), r.timing.median, r.timing.min,
                    r.maxMs, r.score, speedRatio(l), l == levers[l].baseline ? "-" : qPrintable(leverResults[levers[l].baseline].name));
    }
    return 0;
}
