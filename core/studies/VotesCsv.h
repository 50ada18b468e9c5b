#pragma once

#include "common/Expected.h"
#include "studies/VoteMethod.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace iqa {

// What one vote is about: an image, a reference/distorted pair (`REF|DIST`)
// or, for pairwise votes, the two images compared (`A|B`).
struct Stimulus
{
    QString text;   // as written in the file (trimmed)
    QString first;  // absolute, cleaned: the image, REF, or A
    QString second; // absolute, cleaned: DIST or B; empty for a single image
    bool isPair() const { return !second.isEmpty(); }
    // Identity of the stimulus: the same files give the same key however the
    // paths were written ("a.png" and "./a.png").
    QString key() const { return isPair() ? first + QLatin1Char('|') + second : first; }
};

struct Vote
{
    int line = 0; // 1-based line in the CSV (0 when the vote did not come from a file)
    QString rater;
    Stimulus stimulus;
    VoteMethod method = VoteMethod::Acr;
    double value = 0;
    bool training = false;          // practice trial: never scored
    bool gold = false;              // control trial with a known answer: checks the rater, not scored
    bool repeat = false;            // second presentation of a stimulus the rater already rated
    std::optional<double> expected; // the known answer of a gold trial
    QString session;                // session id (the store writes its session uid)
    int position = 0;               // 1-based position within the session, 0 if unknown
    QString shownAt, answeredAt;    // ISO 8601, as written
    QMap<QString, QString> extra;   // other columns (header spelling) -> value
};

struct VoteIssue
{
    int line = 0;
    QString reason; // "<detail>: <kind>", like LabelIssue
};

struct VoteSet
{
    QString csvPath;    // absolute
    QString baseFolder; // relative stimulus paths were resolved against this
    VoteMethod method = VoteMethod::Acr;
    QVector<Vote> votes;
    QVector<VoteIssue> skipped; // bad rows, in line order; they never stop the file
    QStringList extraColumns;
};

// The long votes CSV (docs/studies.md): one row per vote, header names
// case-insensitive, columns in any order, at least rater,stimulus,method,value.
// Optional columns: training, gold, repeat (0/1, true/false, yes/no, empty = 0),
// expected (number), session, position (integer), shown_at, answered_at; other
// columns are kept in Vote::extra. Stimulus paths are relative to the CSV's
// folder unless absolute. One file holds one method: a MOS averages values on
// one scale, so a file that mixes methods is refused as a whole.
class VotesCsv
{
public:
    // Fails for the whole file (unreadable, no usable header, duplicate
    // column, mixed methods, no vote at all); bad rows go to VoteSet::skipped.
    static Expected<VoteSet> read(const QString &path);

    // The columns the reader knows, in the order the store's export writes them.
    static QStringList knownColumns();

    // Splits "A|B" into a stimulus resolved against `base`; the error (empty
    // part, more than two parts) is for a LabelIssue-style reason.
    static Expected<Stimulus> parseStimulus(const QString &text, const QString &baseFolder);

    // "1"/"0", "true"/"false", "yes"/"no", "" (false); empty optional otherwise.
    static std::optional<bool> parseFlag(const QString &text);
};

} // namespace iqa
