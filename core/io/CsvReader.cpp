#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>

namespace iqa {

namespace {

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

// Line of the first byte sequence that is not UTF-8, for the error message.
int firstBadUtf8Line(const QByteArray &bytes)
{
    const QList<QByteArray> lines = bytes.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QStringDecoder decoder(QStringConverter::Utf8);
        const QString ignored = decoder.decode(lines.at(i));
        if (decoder.hasError())
            return i + 1;
    }
    return 0;
}

} // namespace

Expected<QVector<CsvRecord>> CsvReader::parse(QStringView text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);

    QVector<CsvRecord> records;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    auto skipLineBreak = [&] {
        i += (text[i] == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n')) ? 2 : 1;
        ++line;
    };

    while (i < n) {
        if (isLineBreak(text[i])) { // empty line
            skipLineBreak();
            continue;
        }
        CsvRecord record;
        record.line = line;
        for (;;) {
            QString field;
            if (i < n && text[i] == QLatin1Char('"')) {
                const int quoteLine = line;
                ++i;
                for (;;) {
                    if (i >= n)
                        return Expected<QVector<CsvRecord>>::failure(
                            QCoreApplication::translate("CsvReader",
                                                        "line %1: a quoted field starts here but is never closed")
                                .arg(quoteLine));
                    const QChar c = text[i];
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                            field += c;
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (isLineBreak(c)) {
                        field += QLatin1Char('\n');
                        skipLineBreak();
                        continue;
                    }
                    field += c;
                    ++i;
                }
            }
            // An unquoted field, or stray text after a closing quote.
            const qsizetype start = i;
            while (i < n && text[i] != QLatin1Char(',') && !isLineBreak(text[i]))
                ++i;
            field += text.mid(start, i - start);
            record.fields << field;
            if (i < n && text[i] == QLatin1Char(',')) {
                ++i;
                continue;
            }
            if (i < n)
                skipLineBreak();
            break;
        }
        records << record;
    }
    return records;
}

namespace {

bool isBlank(const QStringList &fields)
{
    for (const QString &f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

QString CsvTable::columnList() const
{
    return columnNames.isEmpty() ? QCoreApplication::translate("CsvReader", "(none)")
                                 : columnNames.join(QLatin1Char(','));
}

QString CsvTable::fieldCountProblem(const CsvRecord &row) const
{
    if (row.fields.size() == header.fields.size())
        return QString();
    return QCoreApplication::translate("CsvReader", "%1 fields instead of %2: wrong number of fields")
        .arg(row.fields.size())
        .arg(header.fields.size());
}

Expected<CsvTable> CsvReader::readTable(const QString &path, const QString &emptyFileProblem)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    Expected<QVector<CsvRecord>> parsed = readFile(path);
    if (!parsed)
        return Expected<CsvTable>::failure(parsed.error());
    CsvTable table;
    bool haveHeader = false;
    for (const CsvRecord &record : std::as_const(*parsed)) {
        if (isBlank(record.fields))
            continue;  // spreadsheets leave rows like ",,"
        if (haveHeader) {
            table.rows.append(record);
            continue;
        }
        haveHeader = true;
        table.header = record;
        for (int i = 0; i < record.fields.size(); ++i) {
            const QString name = record.fields.at(i).trimmed();
            if (name.isEmpty())
                continue;
            const QString key = name.toLower();
            if (table.columns.contains(key))
                return Expected<CsvTable>::failure(
                    QStringLiteral("%1: %2").arg(shownPath, QCoreApplication::translate(
                                                                "CsvReader", "line %1: column '%2' appears twice in the header")
                                                                .arg(QString::number(record.line), name)));
            table.columns.insert(key, i);
            table.columnNames << name;
        }
    }
    if (!haveHeader)
        return Expected<CsvTable>::failure(QStringLiteral("%1: %2").arg(shownPath, emptyFileProblem));
    return table;
}

Expected<QVector<CsvRecord>> CsvReader::readFile(const QString &path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<QVector<CsvRecord>>::failure(
            QCoreApplication::translate("CsvReader", "%1: cannot open: %2").arg(shownPath, file.errorString()));
    const QByteArray bytes = file.readAll();

    QStringDecoder decoder(QStringConverter::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Expected<QVector<CsvRecord>>::failure(
            QCoreApplication::translate("CsvReader", "%1: line %2: not UTF-8 text (save the file as UTF-8)")
                .arg(shownPath, QString::number(firstBadUtf8Line(bytes))));

    Expected<QVector<CsvRecord>> records = parse(text);
    if (!records)
        return Expected<QVector<CsvRecord>>::failure(QStringLiteral("%1: %2").arg(shownPath, records.error()));
    return records;
}

QString csvField(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
                             || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
                             || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvRecord(const QStringList &fields)
{
    // A lone empty field would be an empty line, which readers skip.
    if (fields.size() == 1 && fields.first().isEmpty())
        return QStringLiteral("\"\"\n");
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(QLatin1Char(',')) + QLatin1Char('\n');
}

Status writeCsvFile(const QString &path, const QVector<QStringList> &records)
{
    QString text;
    for (const QStringList &r : records)
        text += csvRecord(r);
    const QByteArray bytes = text.toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(QCoreApplication::translate("CsvReader", "%1: cannot write: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::success();
}

} // namespace iqa
