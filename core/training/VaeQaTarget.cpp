#include "training/VaeQaTarget.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace iqa {

namespace {

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0.0;
    const qsizetype mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + mid, values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    return 0.5 * (upper + *std::max_element(values.begin(), values.begin() + mid));
}

bool allZero(const QVector<double> &v)
{
    return std::all_of(v.begin(), v.end(), [](double x) { return x == 0.0; });
}

} // namespace

VaeQaTargetCalibration VaeQaTargetCalibration::fit(const QVector<QVector<double>> &layerDistances)
{
    VaeQaTargetCalibration c;
    if (layerDistances.isEmpty())
        return c;
    const int layers = int(layerDistances.first().size());
    for (int l = 0; l < layers; ++l) {
        QVector<double> column;
        for (const QVector<double> &row : layerDistances)
            if (!allZero(row))
                column << row[l];
        // A layer that never moves would divide by zero; weigh it as 1.
        const double m = median(column);
        c.layerMedians << (m > 0.0 ? m : 1.0);
    }
    QVector<double> totals;
    for (const QVector<double> &row : layerDistances)
        if (!allZero(row))
            totals << c.distance(row);
    const double m = median(totals);
    c.medianDistance = m > 0.0 ? m : 1.0;
    return c;
}

double VaeQaTargetCalibration::distance(const QVector<double> &layerDistances) const
{
    double sum = 0.0;
    const int n = int(std::min(layerDistances.size(), layerMedians.size()));
    for (int l = 0; l < n; ++l)
        sum += layerDistances[l] / layerMedians[l];
    return n > 0 ? sum / n : 0.0;
}

double VaeQaTargetCalibration::quality(const QVector<double> &layerDistances) const
{
    return 1.0 / (1.0 + distance(layerDistances) / medianDistance);
}

QJsonObject VaeQaTargetCalibration::toJson() const
{
    QJsonArray medians;
    for (const double m : layerMedians)
        medians.append(m);
    return QJsonObject{{QStringLiteral("layer_medians"), medians},
                       {QStringLiteral("median_distance"), medianDistance},
                       {QStringLiteral("quality"), QStringLiteral("1 / (1 + D / median_distance), D = mean_l(d_l / layer_median_l)")}};
}

bool VaeQaTargetCalibration::fromJson(const QJsonObject &json, VaeQaTargetCalibration *out)
{
    VaeQaTargetCalibration c;
    for (const QJsonValue &v : json.value(QStringLiteral("layer_medians")).toArray()) {
        if (!v.isDouble() || v.toDouble() <= 0.0)
            return false;
        c.layerMedians << v.toDouble();
    }
    c.medianDistance = json.value(QStringLiteral("median_distance")).toDouble(0.0);
    if (c.layerMedians.isEmpty() || c.medianDistance <= 0.0)
        return false;
    *out = c;
    return true;
}

} // namespace iqa
