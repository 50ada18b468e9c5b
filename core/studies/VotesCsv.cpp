#include "studies/VotesCsv.h"

#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cmath>

namespace iqa {

namespace {

} // namespace

QStringList VotesCsv::knownColumns()
{
    return {QStringLiteral("rater"),    QStringLiteral("stimulus"), QStringLiteral("method"),
            QStringLiteral("value"),    QStringLiteral("training"), QStringLiteral("gold"),
            QStringLiteral("repeat"),   QStringLiteral("expected"), QStringLiteral("session"),
            QStringLiteral("position"), QStringLiteral("shown_at"), QStringLiteral("answered_at")};
}

std::optional<bool> VotesCsv::parseFlag(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no"))
        return false;
    if (t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes"))
        return true;
    return std::nullopt;
}

Expected<Stimulus> VotesCsv::parseStimulus(const QString &text, const QString &baseFolder)
{
    const QDir base(baseFolder);
    auto resolve = [&](const QString &p) {
        return QDir::cleanPath(QDir::isAbsolutePath(p) ? p : base.absoluteFilePath(p));
    };
    Stimulus stimulus;
    stimulus.text = text.trimmed();
    const QStringList parts = stimulus.text.split(QLatin1Char('|'));
    if (parts.size() > 2)
        return Expected<Stimulus>::failure(
            QCoreApplication::translate("VotesCsv",
                                        "stimulus '%1': more than two paths (expected IMAGE, REF|DIST or A|B)")
                .arg(stimulus.text));
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            return Expected<Stimulus>::failure(
                stimulus.text.isEmpty()
                    ? QCoreApplication::translate("VotesCsv", "stimulus: empty path")
                    : QCoreApplication::translate("VotesCsv", "stimulus '%1': empty path").arg(stimulus.text));
    }
    stimulus.first = resolve(parts.at(0).trimmed());
    if (parts.size() == 2)
        stimulus.second = resolve(parts.at(1).trimmed());
    return stimulus;
}

Expected<VoteSet> VotesCsv::read(const QString &path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &problem) {
        return Expected<VoteSet>::failure(QStringLiteral("%1: %2").arg(shownPath, problem));
    };

    const Expected<CsvTable> table = CsvReader::readTable(
        path, QCoreApplication::translate(
                  "VotesCsv", "the file is empty; expected a header with at least rater,stimulus,method,value"));
    if (!table)
        return Expected<VoteSet>::failure(table.error());
    const CsvRecord &header = table->header;
    const QMap<QString, int> &columns = table->columns;
    for (const char *required : {"rater", "stimulus", "method", "value"}) {
        if (!columns.contains(QLatin1String(required)))
            return fail(
                QCoreApplication::translate(
                    "VotesCsv",
                    "line %1: the header has columns %2; a votes file needs at least rater,stimulus,method,value")
                    .arg(QString::number(header.line), table->columnList()));
    }

    VoteSet set;
    const QStringList known = knownColumns();
    QVector<int> extraIndexes;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        if (!name.isEmpty() && !known.contains(name.toLower())) {
            extraIndexes << i;
            set.extraColumns << name;
        }
    }
    const QFileInfo csvInfo(path);
    set.csvPath = csvInfo.absoluteFilePath();
    set.baseFolder = QDir::cleanPath(csvInfo.absolutePath());

    auto field = [&](const CsvRecord &record, const char *name) {
        const int index = columns.value(QLatin1String(name), -1);
        return index < 0 ? QString() : record.fields.at(index).trimmed();
    };

    std::optional<VoteMethod> fileMethod;
    int fileMethodLine = 0;
    for (const CsvRecord &record : table->rows) {
        auto skip = [&](const QString &reason) { set.skipped.append({record.line, reason}); };
        if (const QString problem = table->fieldCountProblem(record); !problem.isEmpty()) {
            skip(problem);
            continue;
        }
        Vote vote;
        vote.line = record.line;
        vote.rater = field(record, "rater");
        if (vote.rater.isEmpty()) {
            skip(QCoreApplication::translate("VotesCsv", "rater: empty"));
            continue;
        }
        const QString methodText = field(record, "method");
        const std::optional<VoteMethod> method = parseVoteMethod(methodText);
        if (!method) {
            skip(QCoreApplication::translate("VotesCsv", "method '%1': not acr, dcr, slider or pairwise")
                     .arg(methodText));
            continue;
        }
        if (fileMethod && *fileMethod != *method)
            return fail(QCoreApplication::translate(
                            "VotesCsv", "line %1: method %2, but line %3 has %4; a MOS needs votes on one scale, "
                                        "so split the file by method")
                            .arg(QString::number(record.line), voteMethodKey(*method), QString::number(fileMethodLine),
                                 voteMethodKey(*fileMethod)));
        vote.method = *method;

        Expected<Stimulus> stimulus = parseStimulus(field(record, "stimulus"), set.baseFolder);
        if (!stimulus) {
            skip(stimulus.error());
            continue;
        }
        vote.stimulus = *stimulus;
        if (vote.method == VoteMethod::Pairwise && !vote.stimulus.isPair()) {
            skip(QCoreApplication::translate("VotesCsv", "stimulus '%1': a pairwise vote needs two images A|B")
                     .arg(vote.stimulus.text));
            continue;
        }
        if (vote.method == VoteMethod::Dcr && !vote.stimulus.isPair()) {
            skip(QCoreApplication::translate("VotesCsv", "stimulus '%1': a dcr vote needs the reference, REF|DIST")
                     .arg(vote.stimulus.text));
            continue;
        }
        if (vote.stimulus.isPair() && vote.stimulus.first == vote.stimulus.second) {
            skip(QCoreApplication::translate("VotesCsv", "stimulus '%1': both paths name the same file")
                     .arg(vote.stimulus.text));
            continue;
        }

        const QString valueText = field(record, "value");
        bool isNumber = false;
        vote.value = valueText.toDouble(&isNumber);
        if (!isNumber) {
            skip(QCoreApplication::translate("VotesCsv", "value '%1': not a number").arg(valueText));
            continue;
        }
        if (const QString problem = voteValueProblem(vote.method, vote.value); !problem.isEmpty()) {
            skip(QCoreApplication::translate("VotesCsv", "value '%1': %2").arg(valueText, problem));
            continue;
        }

        bool good = true;
        for (auto [name, flag] : {std::pair<const char *, bool *>{"training", &vote.training},
                                  {"gold", &vote.gold},
                                  {"repeat", &vote.repeat}}) {
            const std::optional<bool> parsedFlag = parseFlag(field(record, name));
            if (!parsedFlag) {
                skip(QCoreApplication::translate("VotesCsv", "%1 '%2': not a flag (use 1 or 0)")
                         .arg(QLatin1String(name), field(record, name)));
                good = false;
                break;
            }
            *flag = *parsedFlag;
        }
        if (!good)
            continue;

        const QString expectedText = field(record, "expected");
        if (!expectedText.isEmpty()) {
            bool ok = false;
            const double expected = expectedText.toDouble(&ok);
            if (!ok || !std::isfinite(expected)) {
                skip(QCoreApplication::translate("VotesCsv", "expected '%1': not a number").arg(expectedText));
                continue;
            }
            vote.expected = expected;
        }
        const QString positionText = field(record, "position");
        if (!positionText.isEmpty()) {
            bool ok = false;
            vote.position = positionText.toInt(&ok);
            if (!ok || vote.position < 1) {
                skip(
                    QCoreApplication::translate("VotesCsv", "position '%1': not a positive integer").arg(positionText));
                continue;
            }
        }
        vote.session = field(record, "session");
        vote.shownAt = field(record, "shown_at");
        vote.answeredAt = field(record, "answered_at");
        for (int k = 0; k < extraIndexes.size(); ++k)
            vote.extra.insert(set.extraColumns.at(k), record.fields.at(extraIndexes.at(k)));

        if (!fileMethod) {
            fileMethod = vote.method;
            fileMethodLine = record.line;
        }
        set.votes.append(vote);
    }
    if (set.votes.isEmpty())
        return fail(set.skipped.isEmpty()
                        ? QCoreApplication::translate("VotesCsv", "no votes after the header")
                        : QCoreApplication::translate("VotesCsv", "no usable vote; line %1: %2")
                              .arg(QString::number(set.skipped.first().line), set.skipped.first().reason));
    set.method = *fileMethod;
    return set;
}

} // namespace iqa
