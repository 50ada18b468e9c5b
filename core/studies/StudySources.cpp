#include "studies/StudySources.h"

#include "io/CsvReader.h"
#include "io/LabelCsv.h"
#include "jobs/BatchScoring.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>

namespace iqa {

namespace {

StudyItemSpec specOf(const QString &first, const QString &second, ItemKind kind)
{
    StudyItemSpec spec;
    spec.kind = kind;
    spec.first = first;
    spec.second = second;
    return spec;
}

// Every unordered pair, in the order the command line makes them: (0,1),
// (0,2), ... (1,2), ... The first image of a pair is the one listed first.
void appendEveryPair(const QStringList &images, QVector<StudyItemSpec> *items)
{
    for (int a = 0; a < images.size(); ++a)
        for (int b = a + 1; b < images.size(); ++b)
            items->append(specOf(images[a], images[b], ItemKind::Test));
}

Expected<QVector<StudyItemSpec>> folderItems(const QString &folder, VoteMethod method)
{
    using Result = Expected<QVector<StudyItemSpec>>;
    const QString shown = QDir::toNativeSeparators(folder);
    if (folder.isEmpty() || !QDir(folder).exists())
        return Result::failure(QCoreApplication::translate("StudySources", "%1: no such folder").arg(shown));
    // A folder has no references to show, and DCR rates against one.
    if (method == VoteMethod::Dcr)
        return Result::failure(QCoreApplication::translate(
            "StudySources",
            "DCR shows a reference with each image: choose a list file (REF|DIST lines) or a label CSV"));
    const QStringList images = StudySources::imageFilesIn(folder);
    if (images.isEmpty())
        return Result::failure(QCoreApplication::translate("StudySources", "%1: no image files").arg(shown));
    QVector<StudyItemSpec> items;
    if (method == VoteMethod::Pairwise)
        appendEveryPair(images, &items);
    else
        for (const QString &image : images)
            items.append(specOf(image, QString(), ItemKind::Test));
    return items;
}

Expected<QVector<StudyItemSpec>> labelItems(const QString &csv, VoteMethod method)
{
    using Result = Expected<QVector<StudyItemSpec>>;
    const auto labels = LabelCsv::read(csv);
    if (!labels)
        return Result::failure(labels.error());
    // A study made from a label file with holes would silently rate fewer
    // stimuli than the file names: refuse, naming the first bad row.
    if (!labels->skipped.isEmpty())
        return Result::failure(QStringLiteral("%1: line %2: %3")
                                   .arg(QDir::toNativeSeparators(labels->csvPath))
                                   .arg(labels->skipped.first().line)
                                   .arg(labels->skipped.first().reason));
    QVector<StudyItemSpec> items;
    if (method != VoteMethod::Pairwise) {
        for (const LabelRow &row : labels->rows)
            items.append(labels->fullReference ? specOf(row.ref, row.dist, ItemKind::Test)
                                               : specOf(row.image, QString(), ItemKind::Test));
        return items;
    }
    // Pairwise: only images of the same content are compared, so group the
    // distorted images by their reference (no-reference files form one group).
    QMap<QString, QStringList> groups;
    for (const LabelRow &row : labels->rows) {
        QStringList &group = groups[labels->fullReference ? row.ref : QString()];
        const QString image = labels->fullReference ? row.dist : row.image;
        if (!group.contains(image))
            group.append(image);
    }
    for (const QStringList &group : std::as_const(groups))
        appendEveryPair(group, &items);
    return items;
}

} // namespace

QStringList StudySources::imageFilesIn(const QString &folder)
{
    // The same image suffixes as a batch over a folder (name filters match
    // case-insensitively); sorted by name as written, so item order is stable.
    QStringList images;
    const QFileInfoList entries = QDir(folder).entryInfoList(BatchScoring::imageNameFilters(), QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries)
        images.append(QDir::cleanPath(entry.absoluteFilePath()));
    return images;
}

Expected<QVector<Stimulus>> StudySources::readList(const QString &path)
{
    using Result = Expected<QVector<Stimulus>>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Result::failure(QCoreApplication::translate("StudySources", "%1: cannot open: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QString base = QFileInfo(path).absolutePath();
    QVector<Stimulus> stimuli;
    for (int line = 1; !file.atEnd(); ++line) {
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const auto stimulus = VotesCsv::parseStimulus(text, base);
        if (!stimulus)
            return Result::failure(
                QStringLiteral("%1: line %2: %3").arg(QDir::toNativeSeparators(path)).arg(line).arg(stimulus.error()));
        stimuli.append(*stimulus);
    }
    return stimuli;
}

Expected<QVector<QPair<Stimulus, double>>> StudySources::readStimulusValues(const QString &path,
                                                                            const QString &valueColumn)
{
    using Result = Expected<QVector<QPair<Stimulus, double>>>;
    const QString shown = QDir::toNativeSeparators(path);
    const auto table = CsvReader::readTable(
        path, QCoreApplication::translate("StudySources", "expected a header stimulus,%1").arg(valueColumn));
    if (!table)
        return Result::failure(table.error());
    const int stimulusIndex = table->column("stimulus");
    const int valueIndex = table->columns.value(valueColumn.toLower(), -1);
    if (stimulusIndex < 0 || valueIndex < 0)
        return Result::failure(
            QCoreApplication::translate("StudySources", "%1: line %2: expected a header stimulus,%3 (found %4)")
                .arg(shown)
                .arg(table->header.line)
                .arg(valueColumn, table->columnList()));
    const QString base = QFileInfo(path).absolutePath();
    QVector<QPair<Stimulus, double>> rows;
    for (const CsvRecord &record : table->rows) {
        if (const QString problem = table->fieldCountProblem(record); !problem.isEmpty())
            return Result::failure(QStringLiteral("%1: line %2: %3").arg(shown).arg(record.line).arg(problem));
        const auto stimulus = VotesCsv::parseStimulus(record.fields[stimulusIndex], base);
        if (!stimulus)
            return Result::failure(QStringLiteral("%1: line %2: %3").arg(shown).arg(record.line).arg(stimulus.error()));
        bool ok = false;
        const double value = record.fields[valueIndex].trimmed().toDouble(&ok);
        if (!ok)
            return Result::failure(QCoreApplication::translate("StudySources", "%1: line %2: %3 '%4': not a number")
                                       .arg(shown)
                                       .arg(record.line)
                                       .arg(valueColumn, record.fields[valueIndex]));
        rows.append({*stimulus, value});
    }
    return rows;
}

Expected<QVector<StudyItemSpec>> StudySources::testItems(StudySourceKind kind, const QString &path, VoteMethod method)
{
    using Result = Expected<QVector<StudyItemSpec>>;
    Result items = Result::failure(QString());
    switch (kind) {
    case StudySourceKind::Folder:
        items = folderItems(path, method);
        break;
    case StudySourceKind::Labels:
        items = labelItems(path, method);
        break;
    case StudySourceKind::List: {
        const auto stimuli = readList(path);
        if (!stimuli)
            return Result::failure(stimuli.error());
        QVector<StudyItemSpec> specs;
        for (const Stimulus &s : *stimuli)
            specs.append(specOf(s.first, s.second, ItemKind::Test));
        items = specs;
        break;
    }
    }
    if (items && items->isEmpty())
        return Result::failure(
            QCoreApplication::translate("StudySources", "no test items (a pairwise study needs at least two images)"));
    return items;
}

Expected<QVector<StudyItemSpec>> StudySources::trainingItems(const QString &listFile)
{
    const auto stimuli = readList(listFile);
    if (!stimuli)
        return Expected<QVector<StudyItemSpec>>::failure(stimuli.error());
    QVector<StudyItemSpec> items;
    for (const Stimulus &s : *stimuli)
        items.append(specOf(s.first, s.second, ItemKind::Training));
    return items;
}

Expected<QVector<StudyItemSpec>> StudySources::goldItems(const QString &csvFile)
{
    const auto rows = readStimulusValues(csvFile, QStringLiteral("expected"));
    if (!rows)
        return Expected<QVector<StudyItemSpec>>::failure(rows.error());
    QVector<StudyItemSpec> items;
    for (const auto &row : *rows) {
        StudyItemSpec spec = specOf(row.first.first, row.first.second, ItemKind::Gold);
        spec.expected = row.second;
        items.append(spec);
    }
    return items;
}

} // namespace iqa
