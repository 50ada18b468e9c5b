#include "metrics/Correlation.h"

#include <QCoreApplication>

#include <opencv2/calib3d.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <vector>

namespace iqa {

namespace {

double mean(const QVector<double> &v)
{
    return std::accumulate(v.cbegin(), v.cend(), 0.0) / v.size();
}

// Population standard deviation.
double stddev(const QVector<double> &v)
{
    const double m = mean(v);
    double s = 0;
    for (double x : v)
        s += (x - m) * (x - m);
    return std::sqrt(s / v.size());
}

bool isConstant(const QVector<double> &v)
{
    return std::all_of(v.cbegin(), v.cend(), [&](double x) { return x == v.front(); });
}

// 1-based ranks; tied values share the average of the ranks they span.
QVector<double> averageRanks(const QVector<double> &v)
{
    const int n = v.size();
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return v[a] < v[b]; });
    QVector<double> ranks(n);
    for (int i = 0; i < n;) {
        int j = i + 1;
        while (j < n && v[order[j]] == v[order[i]])
            ++j;
        const double rank = 0.5 * (i + 1 + j); // average of ranks i+1 .. j
        for (int k = i; k < j; ++k)
            ranks[order[k]] = rank;
        i = j;
    }
    return ranks;
}

// Number of tied pairs in runs of equal values of a sorted sequence.
template <typename Equal>
std::int64_t tiedPairs(int n, Equal equal)
{
    std::int64_t pairs = 0;
    for (int i = 0; i < n;) {
        int j = i + 1;
        while (j < n && equal(j - 1, j))
            ++j;
        const std::int64_t run = j - i;
        pairs += run * (run - 1) / 2;
        i = j;
    }
    return pairs;
}

// Sorts `v` ascending and returns how many pairs were strictly out of order
// (merge sort; the swap count of Knight's O(n log n) Kendall algorithm).
std::int64_t sortCountingInversions(std::vector<double> &v)
{
    std::int64_t inversions = 0;
    std::vector<double> buffer(v.size());
    for (size_t width = 1; width < v.size(); width *= 2) {
        for (size_t lo = 0; lo < v.size(); lo += 2 * width) {
            const size_t mid = std::min(lo + width, v.size());
            const size_t hi = std::min(lo + 2 * width, v.size());
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                if (v[j] < v[i]) {
                    inversions += static_cast<std::int64_t>(mid - i);
                    buffer[k++] = v[j++];
                } else {
                    buffer[k++] = v[i++];
                }
            }
            while (i < mid)
                buffer[k++] = v[i++];
            while (j < hi)
                buffer[k++] = v[j++];
        }
        v.swap(buffer);
    }
    return inversions;
}

// Residuals of the logistic on standardised data (zero mean, unit deviation
// for both axes): better conditioned for the solver, and the result converts
// back to the original units exactly.
class LogisticResiduals : public cv::LMSolver::Callback
{
public:
    LogisticResiduals(std::vector<double> x, std::vector<double> y) : m_x(std::move(x)), m_y(std::move(y)) {}

    bool compute(cv::InputArray paramArray, cv::OutputArray errArray, cv::OutputArray jacobianArray) const override
    {
        const cv::Mat param = paramArray.getMat();
        const double c1 = param.at<double>(0), c2 = param.at<double>(1), c3 = param.at<double>(2);
        const double c4 = param.at<double>(3);
        const double scale = std::max(std::abs(c4), 1e-12);
        const double sign = c4 < 0 ? -1.0 : 1.0;
        const int n = static_cast<int>(m_x.size());

        errArray.create(n, 1, CV_64F);
        cv::Mat err = errArray.getMat();
        cv::Mat jacobian;
        if (jacobianArray.needed()) {
            jacobianArray.create(n, 4, CV_64F);
            jacobian = jacobianArray.getMat();
        }
        for (int i = 0; i < n; ++i) {
            const double u = (m_x[i] - c3) / scale;
            const double s = sigmoid(u);
            err.at<double>(i) = (c1 - c2) * s + c2 - m_y[i];
            if (!jacobian.empty()) {
                const double slope = (c1 - c2) * s * (1.0 - s);
                jacobian.at<double>(i, 0) = s;
                jacobian.at<double>(i, 1) = 1.0 - s;
                jacobian.at<double>(i, 2) = -slope / scale;
                jacobian.at<double>(i, 3) = -slope * u / scale * sign;
            }
        }
        return true;
    }

    static double sigmoid(double u)
    {
        if (u >= 0)
            return 1.0 / (1.0 + std::exp(-u));
        const double e = std::exp(u);
        return e / (1.0 + e);
    }

private:
    std::vector<double> m_x, m_y;
};

struct LogisticFit
{
    std::array<double, 4> b{}; // in the original units
};

std::optional<LogisticFit> fitLogistic(const QVector<double> &x, const QVector<double> &y)
{
    const double mx = mean(x), sx = stddev(x), my = mean(y), sy = stddev(y);
    std::vector<double> zx(x.size()), zy(y.size());
    for (int i = 0; i < x.size(); ++i) {
        zx[i] = (x[i] - mx) / sx;
        zy[i] = (y[i] - my) / sy;
    }
    const auto [lo, hi] = std::minmax_element(zy.cbegin(), zy.cend());
    const double r = pearson(x, y).value_or(0.0);

    // Starting points, in standardised units. The VQEG one: b1 = max(mos),
    // b2 = min(mos) (swapped for a falling relation), b3 = mean(pred),
    // b4 = std(pred); a steeper variant with b4 = std(pred) / 4; and a wide
    // logistic that matches the least-squares line at the centre (slope
    // (b1 - b2) / (4 b4) = r), for nearly linear data, where the best logistic
    // lies far out in that direction.
    const double wide = 8.0;
    const std::array<std::array<double, 4>, 3> starts{{
        {r >= 0 ? *hi : *lo, r >= 0 ? *lo : *hi, 0.0, 1.0},
        {r >= 0 ? *hi : *lo, r >= 0 ? *lo : *hi, 0.0, 0.25},
        {2.0 * wide * r, -2.0 * wide * r, 0.0, wide},
    }};

    const auto residuals = cv::makePtr<LogisticResiduals>(zx, zy);
    const auto sumOfSquares = [&](const cv::Mat &param) {
        cv::Mat err;
        residuals->compute(param, err, cv::noArray());
        return cv::norm(err, cv::NORM_L2SQR);
    };
    // OpenCV's solver stops only when a step gets shorter than FLT_EPSILON.
    // When the optimum lies at infinity (the logistic flattening into a line,
    // or one tail of it into an exponential) the parameters keep drifting
    // along a flat valley while the fit hardly improves. So the solver runs in
    // chunks, and a chunk of 100 iterations that lowers the sum of squares by
    // less than 1e-6 (relative) also counts as converged: about the 1.5e-8
    // per iteration of MINPACK's default ftol, which scipy's curve_fit uses.
    constexpr int kChunk = 100, kMaxChunks = 20;
    constexpr double kRelativeTolerance = 1e-6;
    const cv::Ptr<cv::LMSolver> solver = cv::LMSolver::create(residuals, kChunk);

    struct Attempt
    {
        cv::Mat param;
        double sse = 0;
        bool converged = false;
    };
    const auto advance = [&](Attempt &attempt) {
        const int iterations = solver->run(attempt.param);
        const double previous = attempt.sse;
        attempt.sse = cv::checkRange(attempt.param) ? sumOfSquares(attempt.param)
                                                     : std::numeric_limits<double>::infinity();
        // OpenCV returns the iteration count, negative (-maxIters or -1,
        // depending on the version) when it stopped at maxIters.
        attempt.converged = std::isfinite(attempt.sse)
            && ((iterations >= 0 && iterations < kChunk) || previous - attempt.sse <= kRelativeTolerance * previous);
    };

    // From a poor start OpenCV's solver can crawl for thousands of iterations
    // along a curved valley that it crosses in a few from another start
    // (measured: 1400 vs 7 on 10,000 noisy points of a steep logistic). So
    // every start gets one chunk, and only the best goes on.
    std::vector<Attempt> attempts;
    for (const auto &start : starts) {
        Attempt attempt;
        attempt.param = (cv::Mat_<double>(4, 1) << start[0], start[1], start[2], start[3]);
        attempt.sse = sumOfSquares(attempt.param);
        advance(attempt);
        attempts.push_back(attempt);
    }
    Attempt &leader = *std::min_element(attempts.begin(), attempts.end(),
                                        [](const Attempt &a, const Attempt &b) { return a.sse < b.sse; });
    for (int chunk = 1; chunk < kMaxChunks && !leader.converged && std::isfinite(leader.sse); ++chunk)
        advance(leader);

    const Attempt *best = nullptr;
    for (const Attempt &attempt : attempts)
        if (attempt.converged && (!best || attempt.sse < best->sse))
            best = &attempt;
    if (!best)
        return std::nullopt;
    const cv::Mat &param = best->param;
    LogisticFit fit;
    fit.b = {my + sy * param.at<double>(0), my + sy * param.at<double>(1), mx + sx * param.at<double>(2),
             sx * std::abs(param.at<double>(3))};
    if (!std::all_of(fit.b.cbegin(), fit.b.cend(), [](double v) { return std::isfinite(v); }) || fit.b[3] <= 0)
        return std::nullopt;
    return fit;
}

double rmse(const QVector<double> &fitted, const QVector<double> &y)
{
    double s = 0;
    for (int i = 0; i < y.size(); ++i)
        s += (fitted[i] - y[i]) * (fitted[i] - y[i]);
    return std::sqrt(s / y.size());
}

// Index of the first NaN or infinite value, or -1.
int firstNonFinite(const QVector<double> &v)
{
    for (int i = 0; i < v.size(); ++i)
        if (!std::isfinite(v[i]))
            return i;
    return -1;
}

void setLinear(CorrelationReport &report, const QVector<double> &x, const QVector<double> &y)
{
    const double mx = mean(x), my = mean(y);
    double sxy = 0, sxx = 0;
    for (int i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
    }
    const double slope = sxy / sxx, intercept = my - slope * mx;
    QVector<double> fitted(x.size());
    for (int i = 0; i < x.size(); ++i)
        fitted[i] = slope * x[i] + intercept;
    report.mapping = MosMapping::Linear;
    report.linear = {slope, intercept};
    report.plcc = pearson(x, y);
    report.rmse = rmse(fitted, y);
}

} // namespace

double logistic4(const std::array<double, 4> &b, double x)
{
    return (b[0] - b[1]) * LogisticResiduals::sigmoid((x - b[2]) / std::abs(b[3])) + b[1];
}

std::optional<double> pearson(const QVector<double> &x, const QVector<double> &y)
{
    if (x.size() != y.size() || x.size() < 2)
        return std::nullopt;
    const double mx = mean(x), my = mean(y);
    double sxy = 0, sxx = 0, syy = 0;
    for (int i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx <= 0 || syy <= 0)
        return std::nullopt;
    return std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
}

std::optional<double> spearman(const QVector<double> &x, const QVector<double> &y)
{
    if (x.size() != y.size() || x.size() < 2)
        return std::nullopt;
    return pearson(averageRanks(x), averageRanks(y));
}

std::optional<double> kendallTauB(const QVector<double> &x, const QVector<double> &y)
{
    const int n = x.size();
    if (y.size() != n || n < 2)
        return std::nullopt;
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return x[a] < x[b] || (x[a] == x[b] && y[a] < y[b]); });

    const std::int64_t allPairs = static_cast<std::int64_t>(n) * (n - 1) / 2;
    const std::int64_t xTies = tiedPairs(n, [&](int a, int b) { return x[order[a]] == x[order[b]]; });
    const std::int64_t jointTies = tiedPairs(
        n, [&](int a, int b) { return x[order[a]] == x[order[b]] && y[order[a]] == y[order[b]]; });

    std::vector<double> ys(n);
    for (int i = 0; i < n; ++i)
        ys[i] = y[order[i]];
    const std::int64_t discordant = sortCountingInversions(ys);
    const std::int64_t yTies = tiedPairs(n, [&](int a, int b) { return ys[a] == ys[b]; });

    const double denominator = std::sqrt(static_cast<double>(allPairs - xTies) * static_cast<double>(allPairs - yTies));
    if (denominator <= 0)
        return std::nullopt;
    // concordant - discordant = allPairs - xTies - yTies + jointTies - 2 * discordant
    const double numerator = static_cast<double>(allPairs - xTies - yTies + jointTies - 2 * discordant);
    return std::clamp(numerator / denominator, -1.0, 1.0);
}

Expected<CorrelationReport> correlate(const QVector<double> &predicted, const QVector<double> &mos)
{
    using Failure = Expected<CorrelationReport>;
    if (predicted.size() != mos.size())
        return Failure::failure(
            QCoreApplication::translate("Correlation",
                                        "There are %1 predictions but %2 opinion scores; they must pair up one to one.")
                .arg(predicted.size())
                .arg(mos.size()));
    if (const int i = firstNonFinite(predicted); i >= 0)
        return Failure::failure(
            QCoreApplication::translate("Correlation", "The prediction at index %1 is not a finite number (%2).")
                .arg(i)
                .arg(predicted[i]));
    if (const int i = firstNonFinite(mos); i >= 0)
        return Failure::failure(
            QCoreApplication::translate("Correlation", "The opinion score at index %1 is not a finite number (%2).")
                .arg(i)
                .arg(mos[i]));

    CorrelationReport report;
    report.n = predicted.size();
    if (report.n < 3) {
        report.undefinedReason =
            QCoreApplication::translate("Correlation", "At least 3 pairs are needed for correlations; there are %1.")
                .arg(report.n);
        return report;
    }
    const bool constantPredictions = isConstant(predicted), constantMos = isConstant(mos);
    if (constantPredictions && constantMos) {
        report.undefinedReason = QCoreApplication::translate(
            "Correlation", "No correlation is defined: all predictions are equal (%1) and all opinion scores are "
                           "equal (%2).")
                                     .arg(predicted.front())
                                     .arg(mos.front());
        return report;
    }
    if (constantPredictions || constantMos) {
        report.undefinedReason = constantPredictions
            ? QCoreApplication::translate("Correlation", "No correlation is defined: all predictions are equal (%1).")
                  .arg(predicted.front())
            : QCoreApplication::translate("Correlation",
                                          "No correlation is defined: all opinion scores are equal (%1).")
                  .arg(mos.front());
        return report;
    }

    report.srcc = spearman(predicted, mos);
    report.krcc = kendallTauB(predicted, mos);

    constexpr int kMinLogisticPairs = 5;
    if (report.n < kMinLogisticPairs) {
        report.mappingNote = QCoreApplication::translate("Correlation",
                                                         "The 4-parameter logistic needs at least %1 pairs (there "
                                                         "are %2); PLCC and RMSE use a straight-line fit instead.")
                                 .arg(kMinLogisticPairs)
                                 .arg(report.n);
        setLinear(report, predicted, mos);
        return report;
    }

    if (const std::optional<LogisticFit> fit = fitLogistic(predicted, mos)) {
        QVector<double> fitted(report.n);
        for (int i = 0; i < report.n; ++i)
            fitted[i] = logistic4(fit->b, predicted[i]);
        if (const std::optional<double> r = pearson(fitted, mos)) {
            report.mapping = MosMapping::Logistic;
            report.logisticFitted = true;
            report.logistic = fit->b;
            report.plcc = fit->b[0] >= fit->b[1] ? *r : -*r;
            report.rmse = rmse(fitted, mos);
            return report;
        }
    }
    report.mappingNote = QCoreApplication::translate(
        "Correlation", "The 4-parameter logistic fit did not converge; PLCC and RMSE use a straight-line fit instead.");
    setLinear(report, predicted, mos);
    return report;
}

} // namespace iqa
