#include "FineTuneLabels.h"

#include "io/LabelCsv.h"
#include "studies/MosAggregator.h"
#include "studies/MosReport.h"
#include "studies/StudyStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

// File-name safe: a study called "Blur / noise?" gives "Blur-noise".
QString fileStem(const QString &name)
{
    QString stem;
    for (const QChar c : name)
        stem += c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ? c : QLatin1Char('-');
    while (stem.contains(QStringLiteral("--")))
        stem.replace(QStringLiteral("--"), QStringLiteral("-"));
    stem = stem.section(QLatin1Char('-'), 0, -1, QString::SectionSkipEmpty);
    return stem.isEmpty() ? QStringLiteral("study") : stem;
}

} // namespace

iqa::Expected<FineTuneLabelSummary> summariseLabels(const QString &csvPath)
{
    const auto set = iqa::LabelCsv::read(csvPath);
    if (!set)
        return iqa::Expected<FineTuneLabelSummary>::failure(set.error());
    FineTuneLabelSummary s;
    s.csvPath = set->csvPath;
    s.fullReference = set->fullReference;
    s.rows = set->rows.size();
    s.skipped = set->skipped.size();
    s.hasTypes = set->hasExtraColumn(QStringLiteral("type"));
    QSet<QString> contents;
    QSet<double> values;
    for (const iqa::LabelRow &row : set->rows) {
        contents.insert(set->fullReference ? row.ref : row.image);
        values.insert(row.mos);
    }
    s.contents = contents.size();
    s.distinctValues = values.size();
    if (!set->rows.isEmpty()) {
        const auto [low, high] = std::minmax_element(set->rows.begin(), set->rows.end(),
                                                     [](const iqa::LabelRow &a, const iqa::LabelRow &b) { return a.mos < b.mos; });
        s.mosMin = low->mos;
        s.mosMax = high->mos;
    }
    return s;
}

iqa::Expected<StudyLabels> labelsFromStudy(const QString &studyPath, const QString &outFolder)
{
    using Result = iqa::Expected<StudyLabels>;
    auto store = iqa::StudyStore::open(studyPath);
    if (!store)
        return Result::failure(store.error());
    const auto votes = (*store)->votesForAggregation();
    if (!votes)
        return Result::failure(votes.error());
    if (votes->isEmpty())
        return Result::failure(
            QCoreApplication::translate("FineTuneLabels", "The study %1 has no votes yet, so there is no MOS to train on.").arg(QDir::toNativeSeparators(studyPath)));
    const auto result = iqa::MosAggregator::aggregate(*votes, (*store)->info().method, iqa::MosOptions());
    if (!result)
        return Result::failure(result.error());
    if (!QDir().mkpath(outFolder))
        return Result::failure(QCoreApplication::translate("FineTuneLabels", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(outFolder)));
    const QString path = QDir(outFolder).filePath(QStringLiteral("%1-%2.csv")
                                                      .arg(fileStem((*store)->info().name),
                                                           QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    int omitted = 0;
    const iqa::Status written = iqa::MosReport::writeLabelCsv(*result, path, &omitted);
    if (!written)
        return Result::failure(written.error());
    return StudyLabels{path, (*store)->info().method == iqa::VoteMethod::Pairwise};
}

QString smallSetWarning(const FineTuneLabelSummary &summary, int heldOutItems)
{
    // Below ~30 held-out items an SRCC is too uncertain to compare two
    // models; below 4 it is undefined. The interval is Fisher's z for r = 0.5.
    constexpr int kEnough = 30;
    if (heldOutItems >= kEnough)
        return QString();
    if (heldOutItems < 4)
        return QCoreApplication::translate("FineTuneLabels", "Only %1 labelled items of %2 contents: the held-out part would hold %3, too few for any correlation. Add labels.")
            .arg(summary.rows)
            .arg(summary.contents)
            .arg(heldOutItems);
    const double z = std::atanh(0.5), half = 1.96 / std::sqrt(heldOutItems - 3.0);
    return QCoreApplication::translate("FineTuneLabels", "Small set: %1 labelled items of %2 contents, about %3 held out. On so few, an SRCC of 0.50 could be anywhere "
                "from %4 to %5 (95 %), so small gains mean little.")
        .arg(summary.rows)
        .arg(summary.contents)
        .arg(heldOutItems)
        .arg(std::tanh(z - half), 0, 'f', 2)
        .arg(std::tanh(z + half), 0, 'f', 2);
}
