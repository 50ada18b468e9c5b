#pragma once

#include "training/CrossIqaHeadTrainer.h"

#include <QVector>

#include <opencv2/core.hpp>

namespace iqa::detail {

// What a labelled set cannot teach a quality head: that a photograph made
// much worse by a known degradation scores lower than the photograph itself.
// Each constraint pairs a labelled image with one degraded view of it; the
// head's score of the view should fall below the image's by at least a
// margin (in label units).
struct OrderingSet
{
    cv::Mat difference;      // m x D, CV_64F: features of the image minus features of its degraded view
    QVector<double> margin;  // per constraint, > 0
    QVector<int> image;      // per constraint: the row of the labelled features it belongs to
    QVector<int> type;       // per constraint: index into degradationTypes(), for reports
    double weight = 0;       // of one constraint's penalty, against one label's squared error
    // Types whose constraints are scored but never fitted: how well an order
    // learned from the other types carries over to these (a measurement;
    // the head trainer leaves this empty).
    QVector<int> heldOutTypes;
    int size() const { return difference.rows; }
};

// Ridge regression of y on the standardised rows of x listed in `rows`, plus
// a squared-hinge penalty weight * max(0, margin - score gap)^2 for each
// constraint of `ordering` listed in `orderRows` (none: plain ridge).
//
// Written here rather than taken from a library because OpenCV's ml module
// has neither a ranking loss nor squared hinges on differences. The
// objective is convex and piecewise quadratic; it is minimised by the
// finite Newton method for squared hinges (Keerthi & DeCoste, JMLR 2005):
// solve the quadratic of the constraints currently violated, re-check which
// are, and backtrack if a step fails to lower the objective. The intercept
// is the labels' mean: the constraints are differences and do not move it.
StandardisedHead fitOrderedRidge(const cv::Mat &x, const QVector<double> &y, const QVector<int> &rows, double strength,
                                 const OrderingSet *ordering = nullptr, const QVector<int> &orderRows = {});

} // namespace iqa::detail
