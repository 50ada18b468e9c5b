#include "studies/DampedNewton.h"

#include <algorithm>
#include <cmath>

namespace iqa {

double dampedNewtonStep(QVector<double> &scale, double &current, const cv::Mat &step,
                        const std::function<double(const QVector<double> &)> &objective)
{
    const int k = int(scale.size());
    double factor = 1.0;
    QVector<double> trial(k);
    double candidate = 0;
    for (int halving = 0; halving < 30; ++halving) {
        for (int i = 0; i < k; ++i)
            trial[i] = scale[i] + factor * step.at<double>(i);
        candidate = objective(trial);
        if (candidate >= current - 1e-12 * std::abs(current))
            break;
        factor *= 0.5;
    }
    double largest = 0;
    for (int i = 0; i < k; ++i)
        largest = std::max(largest, std::abs(factor * step.at<double>(i)));
    scale = trial;
    current = candidate;
    return largest;
}

} // namespace iqa
