#pragma once

// The Student t distribution, for the confidence intervals of MOS values
// (DESIGN.md section 5). Neither Qt nor OpenCV has it, and pulling in Boost
// or GSL for one quantile is not worth a dependency, so it is computed here:
// the CDF from the regularized incomplete beta function (continued fraction,
// modified Lentz), the quantile by a bracketed Newton iteration on that CDF.
// tests/test_studies_mos.cpp checks both against scipy.stats.t.

namespace iqa {

// ln B(a, b) for a, b > 0, accurate also when one or both are large (the
// plain lgamma(a) + lgamma(b) - lgamma(a + b) cancels badly there).
double logBeta(double a, double b);

// I_x(a, b), the regularized incomplete beta function, for a, b > 0 and
// 0 <= x <= 1; NaN outside.
double regularizedIncompleteBeta(double a, double b, double x);

// P(T <= t) for T ~ Student t with `dof` > 0 degrees of freedom (need not be
// an integer). NaN for a bad dof or a NaN t.
double studentTCdf(double t, double dof);

// The inverse of studentTCdf: the t with P(T <= t) = p. -inf for p == 0,
// +inf for p == 1, NaN for p outside [0, 1] or a bad dof. Relative accuracy
// is about 1e-13 (limited by the CDF, not by the iteration).
double studentTQuantile(double p, double dof);

} // namespace iqa
