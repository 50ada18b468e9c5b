#pragma once

#include "common/Expected.h"
#include "studies/VoteMethod.h"
#include "studies/VotesCsv.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace iqa {

enum class ItemKind { Training, Test, Gold };
QString itemKindKey(ItemKind kind); // "training", "test", "gold"

// What a study shows: one image, a reference/distorted pair, or (pairwise)
// the two images compared. Paths are absolute.
struct StudyItemSpec
{
    ItemKind kind = ItemKind::Test;
    QString first;
    QString second;                 // empty for a single image
    std::optional<double> expected; // gold items: the known answer
};

struct StudyDefinition
{
    QString name;
    VoteMethod method = VoteMethod::Acr;
    QVector<StudyItemSpec> items;
    int repeatsPerSession = 0; // test items shown twice per session
};

struct StudyInfo
{
    QString name;
    VoteMethod method = VoteMethod::Acr;
    int repeatsPerSession = 0;
    QString createdAt;
    QString createdBy;
    int schemaVersion = 0;
};

struct StudyItem
{
    qint64 id = 0;
    ItemKind kind = ItemKind::Test;
    QString first, second;             // absolute
    QString firstStored, secondStored; // as stored (relative to the study file's folder)
    std::optional<double> expected;
    // The stimulus as a votes CSV writes it, relative to `folder`.
    QString stimulusText(const QString &folder) const;
};

struct StimulusFile
{
    qint64 id = 0;
    QString stored; // relative to the study file's folder
    QString path;   // absolute
    QString sha256; // hex
    qint64 bytes = 0;
};

struct StimulusProblem
{
    enum Kind { Missing, Changed, Unreadable };
    Kind kind = Missing;
    StimulusFile file;
    QString actualSha256; // Changed only
    QString message;      // one line, for people
};

struct SessionRequest
{
    QString rater;
    QString display;             // display and its settings, free text (model, luminance, calibration)
    QString viewing;             // viewing conditions, free text (distance, room light)
    std::optional<quint64> seed; // default: a random seed (stored)
};

struct SessionInfo
{
    qint64 id = 0;
    QString uid; // stable across exports and merges
    QString rater;
    QString display, viewing;
    quint64 seed = 0;
    QString startedAt;
    bool imported = false; // created by an import: no schedule of its own
    int scheduled = 0;
    int answered = 0; // votes in the session
    // First scheduled position without a vote: where the session resumes.
    std::optional<int> nextPosition;

    // The session's fields as in the study's JSON export.
    QJsonObject toJson() const;
};

struct Trial
{
    int position = 0; // 1-based
    StudyItem item;
    bool repeat = false;
    bool swapped = false; // pairwise: item.second is shown on the left
    bool answered = false;
};

// One stored vote with all of its context, for exports.
struct VoteRecord
{
    QString rater;
    QString sessionUid;
    QString display, viewing;
    quint64 seed = 0;
    int position = 0;
    StudyItem item;
    double value = 0; // pairwise: 1 when item.first was preferred
    bool repeat = false, swapped = false;
    QString shownAt, answeredAt;
    QString firstSha256, secondSha256;
};

struct ImportReport
{
    int imported = 0;
    int alreadyPresent = 0; // the same vote was in the store already
    int sessionsCreated = 0;
    int ratersCreated = 0;
    QVector<VoteIssue> skipped; // line and reason
};

// A rating study in one SQLite file (DESIGN.md section 5; schema in
// docs/studies.md). Every vote is committed when it is cast (WAL journal,
// synchronous=FULL), so a crash or a kill loses at most the vote being cast.
// Several StudyStore objects, in one process or in several, may write the
// same file: writes are short transactions and wait up to busyTimeoutMs for
// each other. A StudyStore belongs to the thread that opened it (QtSql).
class StudyStore
{
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr int kApplicationId = 0x49514153; // "IQAS" in the SQLite header
    static constexpr int kBusyTimeoutMs = 10000;

    ~StudyStore();
    StudyStore(const StudyStore &) = delete;
    StudyStore &operator=(const StudyStore &) = delete;

    // Creates a new study file; never overwrites. Every stimulus file must
    // exist: it is hashed (SHA-256) now. The file appears complete or not at all.
    static Expected<std::unique_ptr<StudyStore>> create(const QString &path, const StudyDefinition &definition);

    // Opens an existing study. A file that is not an SQLite database, is
    // damaged, belongs to another program or was written by a newer schema
    // version is refused with a one-line reason and left exactly as it was:
    // nothing is written before those checks pass. An older schema version is
    // migrated in one transaction.
    static Expected<std::unique_ptr<StudyStore>> open(const QString &path);

    QString path() const { return m_path; }
    QString folder() const { return m_folder; }
    const StudyInfo &info() const { return m_info; }

    Expected<QVector<StudyItem>> items() const;
    Expected<QVector<StimulusFile>> stimulusFiles() const;
    // Hashes every stimulus file again: moved, deleted or changed files.
    Expected<QVector<StimulusProblem>> verifyStimuli() const;

    Expected<SessionInfo> startSession(const SessionRequest &request);
    Expected<SessionInfo> session(qint64 id) const;
    Expected<QVector<SessionInfo>> sessions() const;
    // The rater's most recent session with unanswered trials, if any.
    Expected<std::optional<SessionInfo>> unfinishedSession(const QString &rater) const;
    Expected<QVector<Trial>> schedule(qint64 sessionId) const;
    // The trial to show next (the first one without a vote), or none when done.
    Expected<std::optional<Trial>> nextTrial(qint64 sessionId) const;

    // Stores one vote and commits it before returning. The value is checked
    // against the method's scale; a position that already has a vote is refused.
    Status castVote(qint64 sessionId, int position, double value, const QDateTime &shownAt,
                    const QDateTime &answeredAt);

    Expected<QVector<VoteRecord>> voteRecords() const;
    // Votes as `iqa mos` reads them (stimulus text relative to the study's folder).
    Expected<QVector<Vote>> votesForAggregation() const;
    // The long votes CSV (docs/studies.md); stimulus paths relative to the CSV's folder.
    Status exportVotesCsv(const QString &csvPath) const;
    // Merges votes from a long votes CSV (the export of a copy of this study,
    // or any votes file on the study's stimuli). One transaction.
    Expected<ImportReport> importVotes(const VoteSet &votes);
    // Study, stimuli, items, raters, sessions (with schedules) and votes.
    Expected<QJsonObject> toJson() const;

    // PRAGMA integrity_check: "ok" or the first problems reported.
    QString integrityCheck() const;
    static QString sha256OfFile(const QString &path, QString *error = nullptr);

private:
    StudyStore() = default;
    Status initialise(bool applyMigrations);
    QString absolutePath(const QString &stored) const;
    QString storedPath(const QString &absolute) const;
    Expected<StudyItem> itemById(qint64 id) const;
    QString failureText(const QString &what, const QString &detail) const;

    QString m_path;
    QString m_folder;
    QString m_connection;
    QSqlDatabase m_db;
    StudyInfo m_info;
};

} // namespace iqa
