#pragma once

#include <QString>

#include <optional>

// Numbers as the panels show them, translated in one context.

// A correlation or agreement with three decimals, or "n/a" when undefined.
QString formatCoefficient(const std::optional<double> &value);
// "12 s" or "3 min 5 s" (at least 1 s: a run that is about to end).
QString formatDuration(double seconds);
