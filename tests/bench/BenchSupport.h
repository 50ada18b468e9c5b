#pragma once

// Shared by the benchmark executables in tests/bench: a textured test image
// and the median/fastest summary every benchmark reports.

#include <QCommandLineParser>
#include <QCoreApplication>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cmath>
#include <functional>
#include <vector>

namespace bench {

// Smooth gradients, rings and fine texture, so that no metric or
// degradation meets a trivially flat image (flat areas make codecs, blurs
// and metrics look cheap). Uses OpenCV's global RNG: seed it first.
inline cv::Mat syntheticImage(int width, int height)
{
    cv::Mat x(1, width, CV_32F), y(height, 1, CV_32F);
    for (int i = 0; i < width; ++i)
        x.at<float>(i) = float(i) / width;
    for (int i = 0; i < height; ++i)
        y.at<float>(i) = float(i) / height;
    cv::Mat xx = cv::repeat(x, height, 1), yy = cv::repeat(y, 1, width);
    cv::Mat r2 = (xx - 0.4f).mul(xx - 0.4f) + (yy - 0.5f).mul(yy - 0.5f);
    cv::Mat rings(height, width, CV_32F);
    const float *src = r2.ptr<float>();
    float *dst = rings.ptr<float>();
    for (size_t i = 0; i < r2.total(); ++i)
        dst[i] = std::sin(400.0f * src[i]);
    cv::Mat grain(height, width, CV_32FC3);
    cv::randn(grain, 0.0, 20.0);
    cv::GaussianBlur(grain, grain, cv::Size(0, 0), 1.0);
    std::vector<cv::Mat> channels{60 + 120 * xx + 40 * rings, 90 + 100 * yy, 170 - 80 * xx.mul(yy) + 25 * rings};
    cv::Mat rgb;
    cv::merge(channels, rgb);
    cv::Mat out;
    cv::Mat(rgb + grain).convertTo(out, CV_8UC3);
    return out;
}

struct Timing
{
    double median = 0, min = 0;
};

inline Timing summarise(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const size_t mid = ms.size() / 2;
    return {ms.size() % 2 ? ms[mid] : 0.5 * (ms[mid - 1] + ms[mid]), ms.front()};
}

// Runs `work` `runs` times; milliseconds per run, summarised.
inline Timing timeRuns(int runs, const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    return summarise(ms);
}

// Parses --runs N (default 5) for the benchmark `name`; prints why and
// returns 0 when it is not a positive integer (exit with 2 then).
inline int parseRuns(const QCoreApplication &app, const QString &description, const char *name)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per measurement (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOption(runsOption);
    parser.process(app);
    bool ok = false;
    const int runs = parser.value(runsOption).toInt(&ok);
    if (!ok || runs < 1) {
        std::fprintf(stderr, "%s: --runs needs a positive integer\n", name);
        return 0;
    }
    return runs;
}

// Prints "<program>: <message>" to stderr and returns the exit status 1, for
// `return bench::fail(...)` from main(). The program name is Qt's default
// application name, the executable's.
inline int fail(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(message));
    return 1;
}

} // namespace bench
