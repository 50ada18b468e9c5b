#include "models/QualityModel.h"

#include <QCoreApplication>

#include <cmath>

namespace iqa {

QString scoreDirectionText(ScoreDirection direction)
{
    return direction == ScoreDirection::HigherIsBetter
        ? QCoreApplication::translate("QualityModel", "higher is better")
        : QCoreApplication::translate("QualityModel", "lower is better");
}

QString scoreDirectionKey(ScoreDirection direction)
{
    return direction == ScoreDirection::HigherIsBetter ? QStringLiteral("higher-better")
                                                       : QStringLiteral("lower-better");
}

QString modelKindKey(ModelKind kind)
{
    return kind == ModelKind::FullReference ? QStringLiteral("full-reference")
                                            : QStringLiteral("no-reference");
}

QString scoreRangeText(const ModelCard &card)
{
    const auto number = [](double v) {
        return std::isinf(v) ? QStringLiteral("∞") : QString::number(v);
    };
    QString text = QStringLiteral("%1 … %2").arg(number(card.rangeMin), number(card.rangeMax));
    if (!card.unit.isEmpty())
        text += QLatin1Char(' ') + card.unit;
    return text;
}

Expected<double> QualityModel::scorePair(const Image &, const Image &)
{
    return Expected<double>::failure(
        QCoreApplication::translate("QualityModel", "%1 is a no-reference model: give it single images, not a pair")
            .arg(card().id));
}

Expected<double> QualityModel::scoreImage(const Image &)
{
    return Expected<double>::failure(
        QCoreApplication::translate("QualityModel", "%1 is a full-reference model: it needs a reference image")
            .arg(card().id));
}

Status checkSameSize(const Image &reference, const Image &distorted)
{
    if (reference.width() == distorted.width() && reference.height() == distorted.height())
        return Status::success();
    return Status::failure(
        QCoreApplication::translate("QualityModel",
                                    "Image sizes differ: reference %1 is %2 x %3, distorted %4 is %5 x %6 "
                                    "(resample explicitly, e.g. iqa --resize-dist)")
            .arg(reference.path.isEmpty() ? QStringLiteral("-") : reference.path)
            .arg(reference.width()).arg(reference.height())
            .arg(distorted.path.isEmpty() ? QStringLiteral("-") : distorted.path)
            .arg(distorted.width()).arg(distorted.height()));
}

} // namespace iqa
