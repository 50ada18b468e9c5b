// Times the classic metrics (core/metrics/ClassicMetrics) on synthetic pairs
// of 512x512 and 4000x3000 px, and correlate() on 10,000 pairs.
//
//   bench_classic_metrics [--runs N]     (default 5)
//
// Prints one row per metric and size with the median and the fastest of N
// runs, in milliseconds. Each run includes the luma conversion the metric
// does itself, as a caller would see it.

#include "metrics/ClassicMetrics.h"
#include "metrics/Correlation.h"
#include "BenchSupport.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

namespace {

iqa::Image fromMat(const cv::Mat &rgb)
{
    iqa::Image image;
    image.rgb = rgb;
    image.sourceChannels = 3;
    image.bitDepth = 8;
    return image;
}

cv::Mat withNoise(const cv::Mat &rgb, double sigma)
{
    cv::Mat noise(rgb.size(), CV_32FC3), wide, out;
    cv::randn(noise, 0.0, sigma);
    rgb.convertTo(wide, CV_32FC3);
    cv::Mat(wide + noise).convertTo(out, CV_8UC3);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = bench::parseRuns(app, QStringLiteral("Times PSNR, SSIM, MS-SSIM, GMSD and correlate()."), "bench_classic_metrics");
    if (runs == 0)
        return 2;

    cv::setRNGSeed(1);
    using Metric = iqa::Expected<double> (*)(const iqa::Image &, const iqa::Image &);
    const std::vector<std::pair<const char *, Metric>> metrics{
        {"psnr", iqa::psnr}, {"ssim", iqa::ssim}, {"ms-ssim", iqa::msSsim}, {"gmsd", iqa::gmsd}};

    std::printf("runs per measurement: %d, OpenCV threads: %d\n", runs, cv::getNumThreads());
    std::printf("%-22s %-10s %12s %12s %10s\n", "metric", "size", "median ms", "min ms", "score");
    for (const cv::Size size : {cv::Size(512, 512), cv::Size(4000, 3000)}) {
        const cv::Mat ref = bench::syntheticImage(size.width, size.height);
        const iqa::Image reference = fromMat(ref), distorted = fromMat(withNoise(ref, 10.0));
        const QByteArray sizeText = QStringLiteral("%1x%2").arg(size.width).arg(size.height).toLatin1();
        for (const auto &[name, metric] : metrics) {
            double score = 0;
            const bench::Timing t = bench::timeRuns(runs, [&] {
                const auto result = metric(reference, distorted);
                score = result.ok() ? *result : std::nan("");
            });
            std::printf("%-22s %-10s %12.1f %12.1f %10.4f\n", name, sizeText.constData(), t.median, t.min, score);
        }
    }

    // The statistics on a large evaluation set: noisy logistic relation.
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(0.0, 1.0);
    QVector<double> predicted, mos;
    for (int i = 0; i < 10000; ++i) {
        const double x = noise(rng);
        predicted << x;
        mos << iqa::logistic4({90, 10, 0.2, 0.6}, x) + 8 * noise(rng);
    }
    double srcc = 0;
    const bench::Timing t = bench::timeRuns(runs, [&] {
        const auto report = iqa::correlate(predicted, mos);
        srcc = report.ok() && report->srcc ? *report->srcc : std::nan("");
    });
    std::printf("%-22s %-10s %12.1f %12.1f %10.4f\n", "correlate (srcc shown)", "n=10000", t.median, t.min, srcc);
    return 0;
}
