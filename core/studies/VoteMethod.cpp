#include "studies/VoteMethod.h"

#include <QCoreApplication>

#include <cmath>

namespace iqa {

QString voteMethodKey(VoteMethod method)
{
    switch (method) {
    case VoteMethod::Acr:
        return QStringLiteral("acr");
    case VoteMethod::Dcr:
        return QStringLiteral("dcr");
    case VoteMethod::Slider:
        return QStringLiteral("slider");
    case VoteMethod::Pairwise:
        return QStringLiteral("pairwise");
    }
    return QString();
}

std::optional<VoteMethod> parseVoteMethod(const QString &text)
{
    const QString key = text.trimmed().toLower();
    for (VoteMethod m : {VoteMethod::Acr, VoteMethod::Dcr, VoteMethod::Slider, VoteMethod::Pairwise}) {
        if (key == voteMethodKey(m))
            return m;
    }
    return std::nullopt;
}

VoteScale voteScale(VoteMethod method)
{
    switch (method) {
    case VoteMethod::Acr:
    case VoteMethod::Dcr:
        return {1, 5};
    case VoteMethod::Slider:
        return {0, 100};
    case VoteMethod::Pairwise:
        return {0, 1};
    }
    return {};
}

QString voteValueProblem(VoteMethod method, double value)
{
    if (!std::isfinite(value))
        return QCoreApplication::translate("VoteMethod", "not a finite number");
    if (method == VoteMethod::Pairwise) {
        if (value != 0 && value != 1)
            return QCoreApplication::translate("VoteMethod", "a pairwise vote is 0 or 1");
        return QString();
    }
    const VoteScale scale = voteScale(method);
    if (value < scale.min || value > scale.max)
        return QCoreApplication::translate("VoteMethod", "outside %1..%2 (%3)")
            .arg(scale.min)
            .arg(scale.max)
            .arg(voteMethodKey(method));
    return QString();
}

} // namespace iqa
