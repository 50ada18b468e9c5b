#include "studies/StudentT.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace iqa {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kEps = std::numeric_limits<double>::epsilon();
constexpr double kLnSqrt2Pi = 0.91893853320467274178032973640562;

// ln Gamma(x) - [(x - 1/2) ln x - x + ln sqrt(2 pi)] for x >= 10: the Stirling
// series B_2k / (2k (2k - 1) x^(2k - 1)). At x = 10 the last term used is
// below 1e-17, so the truncation error is far under double precision.
double lgammaCorrection(double x)
{
    static const double coefficients[] = {1.0 / 12.0,   -1.0 / 360.0,      1.0 / 1260.0, -1.0 / 1680.0,
                                          1.0 / 1188.0, -691.0 / 360360.0, 1.0 / 156.0,  -3617.0 / 122400.0};
    const double inverseSquare = 1.0 / (x * x);
    double power = 1.0 / x;
    double sum = 0;
    for (double c : coefficients) {
        sum += c * power;
        power *= inverseSquare;
    }
    return sum;
}

// Continued fraction for I_x(a, b) without its front factor (Numerical
// Recipes' betacf, modified Lentz). Converges fast for x < (a + 1) / (a + b + 2);
// the number of terms grows like sqrt(max(a, b)).
double incompleteBetaFraction(double a, double b, double x)
{
    constexpr double tiny = 1e-300;
    const double qab = a + b;
    const double qap = a + 1.0;
    const double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::abs(d) < tiny)
        d = tiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= 100000; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if (std::abs(d) < tiny)
            d = tiny;
        c = 1.0 + aa / c;
        if (std::abs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if (std::abs(d) < tiny)
            d = tiny;
        c = 1.0 + aa / c;
        if (std::abs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) <= 2.0 * kEps)
            break;
    }
    return h;
}

// I_x(a, b) given x, y = 1 - x and their logarithms, each computed by the
// caller without cancellation (the t distribution knows better ways to get
// them than 1 - x and log(x)).
double incompleteBeta(double a, double b, double x, double y, double logX, double logY)
{
    if (x <= 0)
        return 0;
    if (y <= 0)
        return 1;
    if (x < (a + 1.0) / (a + b + 2.0)) {
        const double front = std::exp(a * logX + b * logY - logBeta(a, b)) / a;
        return front * incompleteBetaFraction(a, b, x);
    }
    const double front = std::exp(b * logY + a * logX - logBeta(a, b)) / b;
    return 1.0 - front * incompleteBetaFraction(b, a, y);
}

// P(T > t) for t >= 0: I_{dof / (dof + t^2)}(dof / 2, 1 / 2) / 2.
double upperTail(double t, double dof)
{
    if (t == 0)
        return 0.5;
    if (std::isinf(t))
        return 0;
    const double ratio = (t / std::sqrt(dof)) * (t / std::sqrt(dof)); // t^2 / dof without overflowing t^2
    if (std::isinf(ratio))
        return 0;
    const double x = 1.0 / (1.0 + ratio);
    const double y = ratio / (1.0 + ratio);
    const double logX = -std::log1p(ratio);
    const double logY = std::log(ratio) - std::log1p(ratio);
    return 0.5 * incompleteBeta(dof / 2.0, 0.5, x, y, logX, logY);
}

// P(|T| < t) for t >= 0: I_{t^2 / (dof + t^2)}(1 / 2, dof / 2), accurate in
// relative terms when t is small (where 1 - 2 P(T > t) would cancel).
double centralProbability(double t, double dof)
{
    if (t == 0)
        return 0;
    if (std::isinf(t))
        return 1;
    const double ratio = (t / std::sqrt(dof)) * (t / std::sqrt(dof));
    if (std::isinf(ratio))
        return 1;
    const double x = 1.0 / (1.0 + ratio);
    const double y = ratio / (1.0 + ratio);
    const double logX = -std::log1p(ratio);
    const double logY = std::log(ratio) - std::log1p(ratio);
    return incompleteBeta(0.5, dof / 2.0, y, x, logY, logX);
}

double density(double t, double dof)
{
    const double ratio = (t / std::sqrt(dof)) * (t / std::sqrt(dof));
    return std::exp(-(dof + 1.0) / 2.0 * std::log1p(ratio) - logBeta(dof / 2.0, 0.5)) / std::sqrt(dof);
}

} // namespace

double logBeta(double a, double b)
{
    if (!(a > 0) || !(b > 0))
        return kNaN;
    const double p = std::min(a, b);
    const double q = std::max(a, b);
    if (p >= 10) {
        const double correction = lgammaCorrection(p) + lgammaCorrection(q) - lgammaCorrection(p + q);
        return -0.5 * std::log(q) + kLnSqrt2Pi + correction + (p - 0.5) * std::log(p / (p + q)) +
               q * std::log1p(-p / (p + q));
    }
    if (q >= 10) {
        const double correction = lgammaCorrection(q) - lgammaCorrection(p + q);
        return std::lgamma(p) + correction + p - p * std::log(p + q) + (q - 0.5) * std::log1p(-p / (p + q));
    }
    return std::lgamma(p) + std::lgamma(q) - std::lgamma(p + q);
}

double regularizedIncompleteBeta(double a, double b, double x)
{
    if (!(a > 0) || !(b > 0) || !(x >= 0) || !(x <= 1))
        return kNaN;
    if (x == 0 || x == 1)
        return x;
    return incompleteBeta(a, b, x, 1.0 - x, std::log(x), std::log1p(-x));
}

double studentTCdf(double t, double dof)
{
    if (!(dof > 0) || std::isnan(t))
        return kNaN;
    const double tail = upperTail(std::abs(t), dof);
    return t >= 0 ? 1.0 - tail : tail;
}

double studentTQuantile(double p, double dof)
{
    if (!(dof > 0) || !(p >= 0) || !(p <= 1))
        return kNaN;
    if (p == 0)
        return -kInf;
    if (p == 1)
        return kInf;
    if (p == 0.5)
        return 0;
    // Solve for t > 0 and mirror for the lower half. Far from the centre the
    // equation is P(T > t) = tail; near it (tail > 1/4) it is P(|T| < t) =
    // 2 |p - 1/2|, whose right side is exact in floating point, so that t keeps
    // its relative accuracy when p is within 1e-7 of 1/2.
    const double tail = p < 0.5 ? p : 1.0 - p;
    const bool central = tail > 0.25;
    const double target = central ? 2.0 * std::abs(p - 0.5) : tail;
    // f(t) decreases in t in both forms.
    auto f = [&](double t) { return central ? target - centralProbability(t, dof) : upperTail(t, dof) - target; };
    const double slopeFactor = central ? 2.0 : 1.0; // -f'(t) = slopeFactor * density(t)

    // Bracket: f(0) > 0.
    double lo = 0;
    double hi = 1;
    while (f(hi) > 0) {
        lo = hi;
        hi *= 2;
        if (std::isinf(hi))
            return p < 0.5 ? -kInf : kInf;
    }

    // Newton steps, falling back to bisection whenever a step leaves the bracket.
    double t = 0.5 * (lo + hi);
    for (int iteration = 0; iteration < 400; ++iteration) {
        const double value = f(t);
        if (value == 0)
            break;
        if (value > 0)
            lo = t;
        else
            hi = t;
        double next = t + value / (slopeFactor * density(t, dof));
        if (!(next > lo && next < hi))
            next = 0.5 * (lo + hi);
        const double change = std::abs(next - t);
        t = next;
        if (change <= 4 * kEps * t || hi - lo <= 4 * kEps * t)
            break;
    }
    return p < 0.5 ? -t : t;
}

} // namespace iqa
