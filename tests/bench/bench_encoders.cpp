// Latency of the frozen VAE-QA encoders on the CPU, with LibTorch's
// contiguous (NCHW) layout and with channels-last, alternating run by run so
// that load from other processes hits both alike.
//
//   bench_encoders [--runs N] [--threads T] [--size S]   (defaults 5, 2, 512)

#include "models/Device.h"
#include "models/FeatureEncoder.h"
#include "models/ModelLocator.h"

#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <opencv2/core.hpp>

#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs per case."), QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("LibTorch intra-op threads."), QStringLiteral("T"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Square image side in pixels."), QStringLiteral("S"), QStringLiteral("512")});
    parser.process(app);
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const int size = parser.value(QStringLiteral("size")).toInt();
    if (runs < 1 || size < 16) {
        std::fprintf(stderr, "bench_encoders: --runs must be >= 1 and --size >= 16\n");
        return 2;
    }
    iqa::configureCpuThreads(parser.value(QStringLiteral("threads")).toInt());

    cv::Mat image(size, size, CV_32FC3);
    cv::RNG(1).fill(image, cv::RNG::UNIFORM, 0.0, 1.0);

    std::printf("runs: %d (after one warm-up), threads: %d, image %dx%d\n", runs,
                parser.value(QStringLiteral("threads")).toInt(), size, size);
    std::printf("%-10s %18s %18s\n", "encoder", "NCHW median ms", "chan-last median ms");
    for (const char *id : {"taef2", "taesana"}) {
        const QString encoderId = QString::fromLatin1(id);
        const auto weights = iqa::ModelLocator().find(iqa::FeatureEncoder::defaultWeightsFile(encoderId));
        if (!weights) {
            std::fprintf(stderr, "bench_encoders: %s\n", qPrintable(weights.error()));
            return 1;
        }
        auto encoder = iqa::FeatureEncoder::create(encoderId, *weights);
        if (!encoder) {
            std::fprintf(stderr, "bench_encoders: %s\n", qPrintable(encoder.error()));
            return 1;
        }
        std::vector<double> ms[2];
        for (int i = 0; i <= runs; ++i) {
            for (int mode = 0; mode < 2; ++mode) {
                encoder->setChannelsLast(mode == 1);
                QElapsedTimer timer;
                timer.start();
                if (!encoder->encode(image)) {
                    std::fprintf(stderr, "bench_encoders: %s failed\n", id);
                    return 1;
                }
                if (i > 0)
                    ms[mode].push_back(timer.nsecsElapsed() / 1e6);
            }
        }
        std::printf("%-10s %18.1f %18.1f\n", id, bench::summarise(ms[0]).median, bench::summarise(ms[1]).median);
    }
    return 0;
}
