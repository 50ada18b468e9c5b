#pragma once

#include "common/Expected.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace iqa {

struct CsvRecord
{
    int line = 0;          // 1-based line on which the record starts
    QStringList fields;
};

// The project's one CSV parser (RFC 4180): fields separated by commas,
// optionally in double quotes; inside quotes, "" is a quote and commas and
// line breaks are data. Accepts LF, CRLF and lone CR line ends and a UTF-8
// byte order mark. Lenient where common tools are: a quote inside an unquoted
// field is kept as a character, and text after a closing quote is appended.
// Fields are not trimmed. Empty lines (including the final line break) give
// no record. Line breaks inside quoted fields are returned as "\n".
// A CSV file whose first non-blank record names the columns.
struct CsvTable
{
    CsvRecord header;              // as written
    QMap<QString, int> columns;    // lower-case trimmed name -> index; unnamed columns left out
    QStringList columnNames;       // trimmed names as written, unnamed columns left out
    QVector<CsvRecord> rows;       // records after the header; blank ones (every field empty) dropped

    bool has(const char *name) const { return columns.contains(QLatin1String(name)); }
    int column(const char *name) const { return columns.value(QLatin1String(name), -1); }
    QString columnList() const;    // "a,b,c", or "(none)"
    // Why `row` cannot be read column by column ("3 fields instead of 4: ..."),
    // or empty when it has as many fields as the header.
    QString fieldCountProblem(const CsvRecord &row) const;
};

class CsvReader
{
public:
    // Errors (an unterminated quote) start with "line N:".
    static Expected<QVector<CsvRecord>> parse(QStringView text);
    // Reads UTF-8 text; errors name the file.
    static Expected<QVector<CsvRecord>> readFile(const QString &path);
    // Reads a file with a header row. Errors name the file: a parse error, no
    // header at all (`emptyFileProblem` says which header was expected), or
    // a column name that appears twice (names compare case-insensitively).
    static Expected<CsvTable> readTable(const QString &path, const QString &emptyFileProblem);
};

// Writing side: quotes a field only when it must be (comma, quote, line
// break, or leading/trailing space, which other readers may trim).
QString csvField(const QString &field);
// One record with its line end ("\n").
QString csvRecord(const QStringList &fields);
// Writes UTF-8 records atomically (QSaveFile); the error names the file.
Status writeCsvFile(const QString &path, const QVector<QStringList> &records);

} // namespace iqa
