// Times the synthetic degradation bank (core/image/Degradations) on a
// synthetic textured image of 256x256 px (the models' training crops) and
// 512x512 px.
//
//   bench_degradations [--runs N]     (default 5)
//
// Prints one row per degradation type with the median and the fastest of N
// runs, in milliseconds, of all five levels of that type at each size, and
// last the whole bank (every type x level) per run. One untimed run first
// warms up the codecs and OpenCV's thread pool.

#include "image/Degradations.h"
#include "BenchSupport.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = bench::parseRuns(app, QStringLiteral("Times every type of the degradation bank, all five levels."), "bench_degradations");
    if (runs == 0)
        return 2;

    cv::setRNGSeed(1);
    const QVector<iqa::DegradationInfo> types = iqa::degradationTypes();
    const std::vector<cv::Size> sizes{cv::Size(256, 256), cv::Size(512, 512)};

    // times[s][t][run]: all five levels of type t at size s; totals[s][run].
    std::vector<std::vector<std::vector<double>>> times(sizes.size(),
                                                        std::vector<std::vector<double>>(types.size()));
    std::vector<std::vector<double>> totals(sizes.size());
    for (size_t s = 0; s < sizes.size(); ++s) {
        const cv::Mat image = bench::syntheticImage(sizes[s].width, sizes[s].height);
        for (int run = -1; run < runs; ++run) {  // run -1 warms up
            double total = 0;
            for (int t = 0; t < types.size(); ++t) {
                const auto start = std::chrono::steady_clock::now();
                for (int level = 1; level <= iqa::kDegradationLevels; ++level) {
                    const iqa::Expected<cv::Mat> out = iqa::degrade(image, types[t].type, level, quint64(run + 1));
                    if (!out) {
                        std::fprintf(stderr, "bench_degradations: %s level %d: %s\n", qPrintable(types[t].id),
                                     level, qPrintable(out.error()));
                        return 1;
                    }
                }
                const double ms =
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
                total += ms;
                if (run >= 0)
                    times[s][size_t(t)].push_back(ms);
            }
            if (run >= 0)
                totals[s].push_back(total);
        }
    }

    std::printf("runs per measurement: %d, OpenCV threads: %d, times are for all %d levels of a type\n", runs,
                cv::getNumThreads(), iqa::kDegradationLevels);
    std::printf("%-26s %14s %14s %14s %14s\n", "degradation", "256 median ms", "256 min ms", "512 median ms",
                "512 min ms");
    for (int t = 0; t < types.size(); ++t) {
        std::printf("%-26s", qPrintable(types[t].id));
        for (size_t s = 0; s < sizes.size(); ++s) {
            const bench::Timing timing = bench::summarise(times[s][size_t(t)]);
            std::printf(" %14.1f %14.1f", timing.median, timing.min);
        }
        std::printf("\n");
    }
    const QByteArray bankText = QStringLiteral("whole bank (%1 variants)")
                                    .arg(int(types.size()) * iqa::kDegradationLevels)
                                    .toLatin1();
    std::printf("%-26s", bankText.constData());
    for (size_t s = 0; s < sizes.size(); ++s) {
        const bench::Timing timing = bench::summarise(totals[s]);
        std::printf(" %14.1f %14.1f", timing.median, timing.min);
    }
    std::printf("\n");
    return 0;
}
