#pragma once

#include "common/Expected.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace iqa {

struct LabelRow
{
    int line = 0;                       // 1-based line in the CSV
    QString ref, dist, image;           // absolute paths (only ref/dist or only image set)
    QString refText, distText, imageText;  // as written in the file (trimmed)
    double mos = 0;
    QMap<QString, QString> extra;       // extra column (header spelling) -> value

    // The value of an extra column named `column` in any letter case
    // ("split", "Split"); empty when the row has no such column.
    QString extraValue(const QString &column) const;
};

struct LabelIssue
{
    int line = 0;
    QString reason;   // "<detail>: <kind>", e.g. "mos 'n/a': not a number"
};

struct LabelSet
{
    QString csvPath;             // absolute
    QString baseFolder;          // relative paths were resolved against this
    bool fullReference = false;  // ref,dist,mos; otherwise image,mos
    QVector<LabelRow> rows;
    QVector<LabelIssue> skipped; // bad rows, in line order; they never stop the file
    QStringList extraColumns;    // header spelling, file order

    bool hasExtraColumn(const QString &column) const;  // any letter case
    // Keeps only the rows whose `split` column (any letter case) is `split`.
    void keepSplit(const QString &split);
};

// Label files of DESIGN.md section 3: a header `ref,dist,mos` (full
// reference) or `image,mos` (no reference), names case-insensitive, columns
// in any order, extra columns kept. When a header has both layouts, it is read
// as full reference and `image` is an extra column. Rows whose fields are all
// blank (spreadsheet exports) are ignored.
class LabelCsv
{
public:
    // Relative paths resolve against `baseFolder`, by default the CSV's own
    // folder. Fails only for the whole file (unreadable, unterminated quote,
    // no usable header, duplicate column); bad rows go to LabelSet::skipped.
    static Expected<LabelSet> read(const QString &path, const QString &baseFolder = QString());
};

} // namespace iqa
