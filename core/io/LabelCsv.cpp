#include "io/LabelCsv.h"

#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace iqa {

namespace {

QString resolvePath(const QString &text, const QDir &base)
{
    return QDir::cleanPath(QDir::isAbsolutePath(text) ? text : base.absoluteFilePath(text));
}

} // namespace

QString LabelRow::extraValue(const QString &column) const
{
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        if (it.key().compare(column, Qt::CaseInsensitive) == 0)
            return it.value();
    return {};
}

bool LabelSet::hasExtraColumn(const QString &column) const
{
    return extraColumns.contains(column, Qt::CaseInsensitive);
}

void LabelSet::keepSplit(const QString &split)
{
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [&](const LabelRow &row) { return row.extraValue(QStringLiteral("split")) != split; }),
               rows.end());
}

Expected<LabelSet> LabelCsv::read(const QString &path, const QString &baseFolder)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &problem) {
        return Expected<LabelSet>::failure(QStringLiteral("%1: %2").arg(shownPath, problem));
    };

    const Expected<CsvTable> table = CsvReader::readTable(
        path, QCoreApplication::translate("LabelCsv", "the file is empty; expected a header ref,dist,mos "
                                                      "(full reference) or image,mos (no reference)"));
    if (!table)
        return Expected<LabelSet>::failure(table.error());
    const CsvRecord &header = table->header;
    const QMap<QString, int> &columns = table->columns;
    const bool fullReference = table->has("ref") && table->has("dist") && table->has("mos");
    if (!fullReference && !(table->has("image") && table->has("mos")))
        return fail(QCoreApplication::translate("LabelCsv",
                                                "line %1: the header has columns %2; expected ref,dist,mos "
                                                "(full reference) or image,mos (no reference)")
                        .arg(QString::number(header.line), table->columnList()));

    const QStringList known = fullReference
        ? QStringList{QStringLiteral("ref"), QStringLiteral("dist"), QStringLiteral("mos")}
        : QStringList{QStringLiteral("image"), QStringLiteral("mos")};
    QVector<int> extraIndexes;
    LabelSet set;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        if (!name.isEmpty() && !known.contains(name.toLower())) {
            extraIndexes << i;
            set.extraColumns << name;
        }
    }

    const QFileInfo csvInfo(path);
    set.csvPath = csvInfo.absoluteFilePath();
    set.baseFolder = QDir::cleanPath(baseFolder.isEmpty() ? csvInfo.absolutePath()
                                                          : QDir(baseFolder).absolutePath());
    set.fullReference = fullReference;
    const QDir base(set.baseFolder);
    const int mosColumn = columns.value(QStringLiteral("mos"));

    struct PathColumn { const char *name; QString LabelRow::*text; QString LabelRow::*absolute; };
    const QVector<PathColumn> pathColumns = fullReference
        ? QVector<PathColumn>{{"ref", &LabelRow::refText, &LabelRow::ref},
                              {"dist", &LabelRow::distText, &LabelRow::dist}}
        : QVector<PathColumn>{{"image", &LabelRow::imageText, &LabelRow::image}};

    for (const CsvRecord &record : table->rows) {
        auto skip = [&](const QString &reason) { set.skipped.append({record.line, reason}); };
        if (const QString problem = table->fieldCountProblem(record); !problem.isEmpty()) {
            skip(problem);
            continue;
        }

        LabelRow row;
        row.line = record.line;
        bool good = true;
        for (const PathColumn &column : pathColumns) {
            const QString text = record.fields.at(columns.value(QLatin1String(column.name))).trimmed();
            if (text.isEmpty()) {
                skip(QCoreApplication::translate("LabelCsv", "column %1: empty path").arg(QLatin1String(column.name)));
                good = false;
                break;
            }
            row.*column.text = text;
            row.*column.absolute = resolvePath(text, base);
        }
        if (!good)
            continue;

        const QString mosText = record.fields.at(mosColumn).trimmed();
        bool isNumber = false;
        row.mos = mosText.toDouble(&isNumber);
        if (!isNumber && !std::isinf(row.mos)) {  // Qt reports overflow (1e999) as not ok, but infinite
            skip(QCoreApplication::translate("LabelCsv", "mos '%1': not a number").arg(mosText));
            continue;
        }
        if (!std::isfinite(row.mos)) {
            skip(QCoreApplication::translate("LabelCsv", "mos '%1': not finite").arg(mosText));
            continue;
        }
        for (int k = 0; k < extraIndexes.size(); ++k)
            row.extra.insert(set.extraColumns.at(k), record.fields.at(extraIndexes.at(k)));
        set.rows.append(row);
    }
    return set;
}

} // namespace iqa
