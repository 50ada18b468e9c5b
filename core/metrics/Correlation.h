#pragma once

#include "common/Expected.h"

#include <QString>
#include <QVector>

#include <array>
#include <optional>

// Agreement between a metric's predictions and human opinion scores, as
// DESIGN.md section 3 prescribes: SRCC, KRCC, PLCC after the VQEG 4-parameter
// logistic fit, and RMSE. Lower-is-better labels (DMOS) and metrics are
// flipped by the caller, not here: every coefficient keeps its sign, so a
// metric that runs opposite to the labels shows negative correlations.

namespace iqa {

// How predictions were mapped onto the MOS scale before PLCC and RMSE.
enum class MosMapping {
    None,     // nothing was computed (too few points, constant input)
    Logistic, // the VQEG 4-parameter logistic, see logistic4()
    Linear,   // fallback: least-squares line mos = a * x + b
};

struct CorrelationReport
{
    int n = 0;
    // Empty when undefined; `undefinedReason` then says why. Never NaN.
    std::optional<double> srcc; // Spearman, average ranks for ties
    std::optional<double> krcc; // Kendall tau-b (tie-corrected)
    // Pearson correlation between the mapped predictions and MOS, carrying
    // the sign of the mapping's slope (negative when the fitted curve falls),
    // so that it agrees in sign with SRCC and KRCC. With the linear fallback
    // this is the plain Pearson correlation of the raw predictions.
    std::optional<double> plcc;
    // Root mean square difference between the mapped predictions and MOS, in
    // MOS units.
    std::optional<double> rmse;

    MosMapping mapping = MosMapping::None;
    bool logisticFitted = false;          // mapping == Logistic
    std::array<double, 4> logistic{};     // b1..b4 when logisticFitted
    std::array<double, 2> linear{};       // slope, intercept when mapping == Linear
    QString mappingNote;                  // why the logistic fit was not used, if it was not
    QString undefinedReason;              // why some coefficients are empty, if any are
};

// Computes every statistic. Fails (rather than reporting undefined values)
// when the inputs are unusable: different lengths, or a value that is NaN or
// infinite (the message names the vector and the index).
// Too few pairs (n < 3 for any coefficient; n < 5 for the logistic fit, which
// otherwise has fewer points than parameters and fits exactly) and constant
// vectors give empty coefficients with a reason instead.
Expected<CorrelationReport> correlate(const QVector<double> &predicted, const QVector<double> &mos);

// The VQEG 4-parameter logistic: (b1 - b2) / (1 + exp(-(x - b3) / |b4|)) + b2.
double logistic4(const std::array<double, 4> &b, double x);

// The individual coefficients on finite, equally long inputs; empty when
// undefined (fewer than 2 points, or a constant vector).
std::optional<double> spearman(const QVector<double> &x, const QVector<double> &y);
std::optional<double> kendallTauB(const QVector<double> &x, const QVector<double> &y);
std::optional<double> pearson(const QVector<double> &x, const QVector<double> &y);

} // namespace iqa
