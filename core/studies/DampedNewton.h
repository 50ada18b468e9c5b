#pragma once

#include <QVector>
#include <opencv2/core.hpp>

#include <functional>

namespace iqa {

// One step of Newton's method for a concave log-likelihood, as the pairwise
// scalings (Bradley-Terry, Thurstone Case V) take it: the full step, halved
// (at most 30 times) until the objective does not fall, so a poor start
// cannot make it diverge. Updates `scale` and `current` (the objective at
// `scale`) and returns the largest change of any value.
double dampedNewtonStep(QVector<double> &scale, double &current, const cv::Mat &step,
                        const std::function<double(const QVector<double> &)> &objective);

} // namespace iqa
