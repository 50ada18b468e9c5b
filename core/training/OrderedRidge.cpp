#include "training/OrderedRidge.h"

#include <cmath>

namespace iqa::detail {

namespace {

// The penalised objective at w, on standardised features z, centred labels
// yc and standardised constraint differences d.
double objective(const cv::Mat &z, const cv::Mat &yc, double strength, const cv::Mat &d, const cv::Mat &margins, double weight,
                 const cv::Mat &w)
{
    const cv::Mat residual = z * w - yc;
    double value = residual.dot(residual) + strength * w.dot(w);
    if (d.rows > 0) {
        const cv::Mat shortfall = cv::max(margins - d * w, 0.0);
        value += weight * shortfall.dot(shortfall);
    }
    return value;
}

// Rows of `d` whose score gap falls short of their margin.
std::vector<int> violated(const cv::Mat &d, const cv::Mat &margins, const cv::Mat &w)
{
    const cv::Mat gaps = d * w;
    std::vector<int> rows;
    for (int p = 0; p < d.rows; ++p)
        if (gaps.at<double>(p) < margins.at<double>(p))
            rows.push_back(p);
    return rows;
}

} // namespace

StandardisedHead fitOrderedRidge(const cv::Mat &x, const QVector<double> &y, const QVector<int> &rows, double strength,
                                 const OrderingSet *ordering, const QVector<int> &orderRows)
{
    const int dims = x.cols;
    const cv::Mat sub = selectRows(x, rows);
    cv::Mat target(int(rows.size()), 1, CV_64F);
    for (int i = 0; i < rows.size(); ++i)
        target.at<double>(i) = y[rows[i]];
    StandardisedHead fit;
    fit.scaling = featureScaling(sub);
    const cv::Mat z = fit.scaling.standardise(sub);
    fit.intercept = cv::mean(target)[0];
    const cv::Mat yc = target - fit.intercept;
    const cv::Mat quadratic = z.t() * z + strength * cv::Mat::eye(dims, dims, CV_64F);
    const cv::Mat linear = z.t() * yc;
    cv::solve(quadratic, linear, fit.weights, cv::DECOMP_CHOLESKY);
    if (!ordering || orderRows.isEmpty())
        return fit;

    // Differences are standardised by the scale only: the mean cancels.
    const cv::Mat d = selectRows(ordering->difference, orderRows) / cv::repeat(fit.scaling.scale, int(orderRows.size()), 1);
    cv::Mat margins(int(orderRows.size()), 1, CV_64F);
    for (int p = 0; p < orderRows.size(); ++p)
        margins.at<double>(p) = ordering->margin[orderRows[p]];
    const double weight = ordering->weight;
    cv::Mat w = fit.weights.clone();
    double current = objective(z, yc, strength, d, margins, weight, w);
    std::vector<int> active = violated(d, margins, w);
    for (int iteration = 0; iteration < 50 && !active.empty(); ++iteration) {
        cv::Mat da(int(active.size()), dims, CV_64F), ma(int(active.size()), 1, CV_64F);
        for (size_t k = 0; k < active.size(); ++k) {
            d.row(active[k]).copyTo(da.row(int(k)));
            ma.at<double>(int(k)) = margins.at<double>(active[k]);
        }
        cv::Mat newton;
        cv::solve(quadratic + weight * da.t() * da, linear + weight * da.t() * ma, newton, cv::DECOMP_CHOLESKY);
        // The quadratic of the current active set is exact near w; farther
        // away other constraints switch, so the step is halved until the
        // true objective drops.
        cv::Mat step = newton - w;
        double next = objective(z, yc, strength, d, margins, weight, w + step);
        int halving = 0;
        for (; halving < 30 && next > current; ++halving) {
            step *= 0.5;
            next = objective(z, yc, strength, d, margins, weight, w + step);
        }
        if (!(next < current))
            break;
        w += step;
        const bool converged = current - next <= 1e-12 * std::max(1.0, current);
        current = next;
        std::vector<int> nowActive = violated(d, margins, w);
        // A full step to the optimum of an unchanged active set is the
        // optimum of the whole objective.
        if (converged || (halving == 0 && nowActive == active))
            break;
        active = std::move(nowActive);
    }
    fit.weights = w;
    return fit;
}

} // namespace iqa::detail
