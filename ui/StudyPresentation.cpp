#include "StudyPresentation.h"

#include "common/SplitMix64.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

const char *const kBreakEvery = "break_every";
const char *const kPresentationSeconds = "presentation_seconds";
const char *const kOrderSeed = "order_seed";
const char *const kGoldTolerance = "gold_tolerance";

} // namespace

QString StudyPresentation::filePath(const QString &studyPath)
{
    return QFileInfo(studyPath).absoluteFilePath() + QStringLiteral(".presentation.json");
}

iqa::Expected<StudyPresentation> StudyPresentation::load(const QString &studyPath)
{
    using Result = iqa::Expected<StudyPresentation>;
    const QString path = filePath(studyPath);
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return StudyPresentation();
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(tr("%1: cannot open: %2").arg(shown, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return Result::failure(tr("%1: not a presentation settings file (%2)").arg(shown, error.errorString()));
    const QJsonObject o = document.object();
    StudyPresentation p;
    p.breakEvery = qMax(0, o.value(QLatin1String(kBreakEvery)).toInt());
    p.presentationSeconds = qMax(0.0, o.value(QLatin1String(kPresentationSeconds)).toDouble());
    // Stored as text: a JSON number cannot hold every 64-bit seed exactly.
    const QString seed = o.value(QLatin1String(kOrderSeed)).toString();
    bool ok = false;
    if (const quint64 value = seed.toULongLong(&ok); ok)
        p.orderSeed = value;
    if (o.value(QLatin1String(kGoldTolerance)).isDouble())
        p.goldTolerance = o.value(QLatin1String(kGoldTolerance)).toDouble();
    return p;
}

iqa::Status StudyPresentation::save(const QString &studyPath) const
{
    QJsonObject o{{QLatin1String(kBreakEvery), breakEvery}, {QLatin1String(kPresentationSeconds), presentationSeconds}};
    if (orderSeed)
        o.insert(QLatin1String(kOrderSeed), QString::number(*orderSeed));
    if (goldTolerance)
        o.insert(QLatin1String(kGoldTolerance), *goldTolerance);
    const QString path = filePath(studyPath);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0 || !file.commit())
        return iqa::Status::failure(tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return iqa::Status::success();
}

std::optional<quint64> StudyPresentation::sessionSeed(const QString &rater, int sessionIndex) const
{
    if (!orderSeed)
        return std::nullopt;
    // FNV-1a of the name: stable across runs and platforms, unlike qHash.
    quint64 name = 0xcbf29ce484222325ULL;
    for (const char byte : rater.trimmed().toUtf8()) {
        name ^= quint8(byte);
        name *= 0x100000001b3ULL;
    }
    iqa::SplitMix64 random(*orderSeed ^ name);
    quint64 seed = random.next();
    for (int i = 0; i < sessionIndex; ++i)
        seed = random.next();
    return seed;
}
