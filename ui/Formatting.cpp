#include "Formatting.h"

#include <QCoreApplication>

#include <cmath>

QString formatCoefficient(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 3) : QCoreApplication::translate("Formatting", "n/a");
}

QString formatDuration(double seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("Formatting", "%1 s").arg(qMax(1, int(std::lround(seconds))));
    const int total = int(std::lround(seconds));
    return QCoreApplication::translate("Formatting", "%1 min %2 s").arg(total / 60).arg(total % 60);
}
