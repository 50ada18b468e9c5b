#include "studies/StudyStore.h"

#include "io/FileHash.h"

#include "io/CsvReader.h"
#include "studies/StudySchedule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace iqa {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Text for a NOT NULL column: Qt binds a null QString as SQL NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString isoText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

// Schema changes, oldest first. Version N's statements take a version N-1
// file to version N; a new file runs them all from 0. Never edit a released
// step: add the next one (and keep `StudyStore::kSchemaVersion` equal to the
// last version here).
struct Migration
{
    int version;
    QStringList statements;
};

const QVector<Migration> &migrations()
{
    static const QVector<Migration> steps{
        {1,
         {QStringLiteral("CREATE TABLE studies ("
                         " id INTEGER PRIMARY KEY CHECK (id = 1),"
                         " name TEXT NOT NULL,"
                         " method TEXT NOT NULL CHECK (method IN ('acr', 'dcr', 'slider', 'pairwise')),"
                         " repeats_per_session INTEGER NOT NULL DEFAULT 0,"
                         " created_at TEXT NOT NULL,"
                         " created_by TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE stimuli ("
                         " id INTEGER PRIMARY KEY,"
                         " path TEXT NOT NULL UNIQUE," // relative to the study file's folder, '/' separators
                         " sha256 TEXT NOT NULL,"
                         " bytes INTEGER NOT NULL)"),
          QStringLiteral("CREATE TABLE items ("
                         " id INTEGER PRIMARY KEY,"
                         " kind TEXT NOT NULL CHECK (kind IN ('training', 'test', 'gold')),"
                         " first_stimulus INTEGER NOT NULL REFERENCES stimuli(id),"
                         " second_stimulus INTEGER REFERENCES stimuli(id),"
                         " expected REAL)"),
          QStringLiteral("CREATE TABLE raters ("
                         " id INTEGER PRIMARY KEY,"
                         " name TEXT NOT NULL UNIQUE,"
                         " created_at TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE sessions ("
                         " id INTEGER PRIMARY KEY,"
                         " uid TEXT NOT NULL UNIQUE,"
                         " rater_id INTEGER NOT NULL REFERENCES raters(id),"
                         " display TEXT NOT NULL DEFAULT '',"
                         " viewing TEXT NOT NULL DEFAULT '',"
                         " order_seed TEXT NOT NULL," // unsigned 64-bit, as text
                         " started_at TEXT NOT NULL,"
                         " imported INTEGER NOT NULL DEFAULT 0)"),
          QStringLiteral("CREATE TABLE session_items ("
                         " session_id INTEGER NOT NULL REFERENCES sessions(id),"
                         " position INTEGER NOT NULL CHECK (position >= 1),"
                         " item_id INTEGER NOT NULL REFERENCES items(id),"
                         " is_repeat INTEGER NOT NULL DEFAULT 0,"
                         " swapped INTEGER NOT NULL DEFAULT 0,"
                         " PRIMARY KEY (session_id, position))"),
          QStringLiteral("CREATE TABLE votes ("
                         " id INTEGER PRIMARY KEY,"
                         " session_id INTEGER NOT NULL REFERENCES sessions(id),"
                         " position INTEGER NOT NULL CHECK (position >= 1),"
                         " item_id INTEGER NOT NULL REFERENCES items(id),"
                         " method TEXT NOT NULL,"
                         " value REAL NOT NULL,"
                         " shown_at TEXT NOT NULL,"
                         " answered_at TEXT NOT NULL,"
                         " is_training INTEGER NOT NULL DEFAULT 0,"
                         " is_gold INTEGER NOT NULL DEFAULT 0,"
                         " is_repeat INTEGER NOT NULL DEFAULT 0,"
                         " swapped INTEGER NOT NULL DEFAULT 0,"
                         " UNIQUE (session_id, position))"),
          QStringLiteral("CREATE INDEX votes_by_item ON votes(item_id)")}},
    };
    return steps;
}

std::atomic<quint64> connectionCounter{0};

// SQLite's own words ("file is not a database"), without Qt's driver suffix.
QString sqlMessage(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

// A prepared statement with positional values; false with the driver's text.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!query.prepare(sql)) {
        *error = sqlMessage(query.lastError());
        return false;
    }
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        *error = sqlMessage(query.lastError());
        return false;
    }
    return true;
}

// BEGIN IMMEDIATE takes the write lock up front (waiting up to the busy
// timeout), so a transaction never fails half way because another writer
// got in between its read and its write. Rolls back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db) : m_db(db) {}
    ~WriteTransaction()
    {
        if (m_open) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("ROLLBACK"));
        }
    }
    bool begin(QString *error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = sqlMessage(q.lastError());
            return false;
        }
        m_open = true;
        return true;
    }
    bool commit(QString *error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            *error = sqlMessage(q.lastError());
            return false;
        }
        m_open = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

std::optional<ItemKind> parseItemKind(const QString &text)
{
    if (text == QLatin1String("training"))
        return ItemKind::Training;
    if (text == QLatin1String("test"))
        return ItemKind::Test;
    if (text == QLatin1String("gold"))
        return ItemKind::Gold;
    return std::nullopt;
}

QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString itemKindKey(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Training:
        return QStringLiteral("training");
    case ItemKind::Test:
        return QStringLiteral("test");
    case ItemKind::Gold:
        return QStringLiteral("gold");
    }
    return QString();
}

QString StudyItem::stimulusText(const QString &folder) const
{
    const QDir dir(folder);
    const QString a = dir.relativeFilePath(first);
    return second.isEmpty() ? a : a + QLatin1Char('|') + dir.relativeFilePath(second);
}

StudyStore::~StudyStore()
{
    if (m_connection.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QString StudyStore::failureText(const QString &what, const QString &detail) const
{
    return QStringLiteral("%1: %2: %3").arg(QDir::toNativeSeparators(m_path), what, detail);
}

QString StudyStore::absolutePath(const QString &stored) const
{
    return QDir::cleanPath(QDir::isAbsolutePath(stored) ? stored : QDir(m_folder).absoluteFilePath(stored));
}

QString StudyStore::storedPath(const QString &absolute) const
{
    return QDir(m_folder).relativeFilePath(QDir::cleanPath(absolute));
}

QString StudyStore::sha256OfFile(const QString &path, QString *error)
{
    return iqa::sha256OfFile(path, error);
}

Expected<std::unique_ptr<StudyStore>> StudyStore::open(const QString &path)
{
    using Result = Expected<std::unique_ptr<StudyStore>>;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Result::failure(QCoreApplication::translate("StudyStore", "%1: no such study file").arg(shown));
    if (!info.isFile())
        return Result::failure(QCoreApplication::translate("StudyStore", "%1: not a file").arg(shown));
    {
        // Look at the header before SQLite does: anything else is refused
        // without being opened as a database at all.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Result::failure(
                QCoreApplication::translate("StudyStore", "%1: cannot open: %2").arg(shown, file.errorString()));
        const QByteArray head = file.read(100);
        if (head.size() < 100 || !head.startsWith(QByteArray("SQLite format 3\0", 16)))
            return Result::failure(
                QCoreApplication::translate(
                    "StudyStore", "%1: not an IQA Studio study (not an SQLite database); the file was not changed")
                    .arg(shown));
    }
    std::unique_ptr<StudyStore> store(new StudyStore);
    store->m_path = info.absoluteFilePath();
    store->m_folder = info.absolutePath();
    const Status ready = store->initialise(true);
    if (!ready)
        return Result::failure(ready.error());
    return Result(std::move(store));
}

Status StudyStore::initialise(bool applyMigrations)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    m_connection = QStringLiteral("iqa-study-%1").arg(++connectionCounter);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!m_db.isValid())
        return Status::failure(
            QCoreApplication::translate("StudyStore", "%1: Qt's SQLite driver is missing (install libqt6sql6-sqlite)")
                .arg(shown));
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!m_db.open())
        return Status::failure(
            QCoreApplication::translate("StudyStore", "%1: cannot open: %2").arg(shown, sqlMessage(m_db.lastError())));

    // Read-only checks; nothing is written until they pass.
    QString error;
    QSqlQuery q(m_db);
    auto readInt = [&](const QString &pragma, int *out) {
        if (!q.exec(pragma) || !q.next()) {
            error = sqlMessage(q.lastError());
            return false;
        }
        *out = q.value(0).toInt();
        return true;
    };
    int applicationId = 0, version = 0;
    if (!readInt(QStringLiteral("PRAGMA application_id"), &applicationId) ||
        !readInt(QStringLiteral("PRAGMA user_version"), &version))
        return Status::failure(
            QCoreApplication::translate("StudyStore", "%1: damaged or not a database (%2); the file was not changed")
                .arg(shown, error));
    if (applicationId != kApplicationId)
        return Status::failure(
            QCoreApplication::translate("StudyStore",
                                        "%1: an SQLite database, but not an IQA Studio study; the file was not changed")
                .arg(shown));
    if (version > kSchemaVersion)
        return Status::failure(QCoreApplication::translate(
                                   "StudyStore",
                                   "%1: written by a newer IQA Studio (study format %2; this version reads up to %3); "
                                   "open it with that version; the file was not changed")
                                   .arg(shown)
                                   .arg(version)
                                   .arg(kSchemaVersion));
    if (version < 1)
        return Status::failure(QCoreApplication::translate(
                                   "StudyStore", "%1: damaged study file (no format version); the file was not changed")
                                   .arg(shown));
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return Status::failure(
            QCoreApplication::translate("StudyStore", "%1: damaged study file (%2); the file was not changed")
                .arg(shown, sqlMessage(q.lastError())));
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")}) {
        QString summary = problems.mid(0, 3).join(QStringLiteral("; ")).simplified(); // SQLite's lines hold line breaks
        if (summary.size() > 300)
            summary = summary.left(300) + QStringLiteral("...");
        return Status::failure(
            QCoreApplication::translate("StudyStore", "%1: damaged study file (%2); the file was not changed")
                .arg(shown, summary));
    }
    q.finish();

    if (version < kSchemaVersion) {
        if (!applyMigrations)
            return Status::failure(QCoreApplication::translate("StudyStore", "%1: study format %2 needs an upgrade")
                                       .arg(shown)
                                       .arg(version));
        // Keep the old file next to it, then upgrade in one transaction.
        const QString backup = QStringLiteral("%1.v%2.bak").arg(m_path).arg(version);
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!QFile::exists(backup) && !QFile::copy(m_path, backup))
            return Status::failure(
                QCoreApplication::translate("StudyStore", "%1: cannot keep a backup before upgrading (%2)")
                    .arg(shown, backup));
        WriteTransaction transaction(m_db);
        if (!transaction.begin(&error))
            return Status::failure(failureText(QCoreApplication::translate("StudyStore", "cannot upgrade"), error));
        for (const Migration &m : migrations()) {
            if (m.version <= version)
                continue;
            for (const QString &statement : m.statements) {
                if (!q.exec(statement))
                    return Status::failure(failureText(QCoreApplication::translate("StudyStore", "cannot upgrade"),
                                                       sqlMessage(q.lastError())));
            }
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)))
                return Status::failure(failureText(QCoreApplication::translate("StudyStore", "cannot upgrade"),
                                                   sqlMessage(q.lastError())));
        }
        if (!transaction.commit(&error))
            return Status::failure(failureText(QCoreApplication::translate("StudyStore", "cannot upgrade"), error));
        version = kSchemaVersion;
    }

    // WAL: readers never block the writer and a committed vote survives a
    // kill; synchronous=FULL also makes it survive a power cut.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next() ||
        q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Status::failure(
            failureText(QCoreApplication::translate("StudyStore", "cannot switch to the WAL journal"),
                        sqlMessage(q.lastError()).isEmpty() ? q.value(0).toString() : sqlMessage(q.lastError())));
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL")) || !q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return Status::failure(
            failureText(QCoreApplication::translate("StudyStore", "cannot configure"), sqlMessage(q.lastError())));

    if (!q.exec(QStringLiteral(
            "SELECT name, method, repeats_per_session, created_at, created_by FROM studies WHERE id = 1")) ||
        !q.next())
        return Status::failure(failureText(QCoreApplication::translate("StudyStore", "cannot read the study"),
                                           sqlMessage(q.lastError()).isEmpty()
                                               ? QCoreApplication::translate("StudyStore", "no study record")
                                               : sqlMessage(q.lastError())));
    m_info.name = q.value(0).toString();
    const auto method = parseVoteMethod(q.value(1).toString());
    if (!method)
        return Status::failure(
            failureText(QCoreApplication::translate("StudyStore", "cannot read the study"),
                        QCoreApplication::translate("StudyStore", "unknown method '%1'").arg(q.value(1).toString())));
    m_info.method = *method;
    m_info.repeatsPerSession = q.value(2).toInt();
    m_info.createdAt = q.value(3).toString();
    m_info.createdBy = q.value(4).toString();
    m_info.schemaVersion = version;
    return Status::success();
}

Expected<std::unique_ptr<StudyStore>> StudyStore::create(const QString &path, const StudyDefinition &definition)
{
    using Result = Expected<std::unique_ptr<StudyStore>>;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists())
        return Result::failure(
            QCoreApplication::translate("StudyStore", "%1 already exists; a study is never overwritten").arg(shown));
    if (!info.absoluteDir().exists())
        return Result::failure(QCoreApplication::translate("StudyStore", "%1: the folder does not exist").arg(shown));

    // Check the definition before touching the disk.
    const VoteMethod method = definition.method;
    int testItems = 0;
    QSet<QString> seen;
    QStringList files;
    for (const StudyItemSpec &item : definition.items) {
        const QString text = item.second.isEmpty() ? item.first : item.first + QLatin1Char('|') + item.second;
        if (item.first.isEmpty())
            return Result::failure(QCoreApplication::translate("StudyStore", "%1: an item has no image").arg(shown));
        if ((method == VoteMethod::Pairwise || method == VoteMethod::Dcr) && item.second.isEmpty())
            return Result::failure(QCoreApplication::translate("StudyStore", "%1: %2 needs two images per item (%3)")
                                       .arg(shown, voteMethodKey(method), QDir::toNativeSeparators(text)));
        if (!item.second.isEmpty() && QDir::cleanPath(item.first) == QDir::cleanPath(item.second))
            return Result::failure(QCoreApplication::translate("StudyStore", "%1: item %2 names the same image twice")
                                       .arg(shown, QDir::toNativeSeparators(text)));
        const QString key = itemKindKey(item.kind) + QLatin1Char(':') + QDir::cleanPath(item.first) + QLatin1Char('|') +
                            QDir::cleanPath(item.second);
        if (seen.contains(key))
            return Result::failure(QCoreApplication::translate("StudyStore", "%1: item %2 is listed twice as %3")
                                       .arg(shown, QDir::toNativeSeparators(text), itemKindKey(item.kind)));
        seen.insert(key);
        if (item.kind == ItemKind::Test)
            ++testItems;
        if (item.kind == ItemKind::Gold) {
            if (!item.expected)
                return Result::failure(
                    QCoreApplication::translate("StudyStore", "%1: gold item %2 has no expected answer")
                        .arg(shown, QDir::toNativeSeparators(text)));
            if (const QString problem = voteValueProblem(method, *item.expected); !problem.isEmpty())
                return Result::failure(
                    QCoreApplication::translate("StudyStore", "%1: gold item %2: expected answer %3: %4")
                        .arg(shown, QDir::toNativeSeparators(text))
                        .arg(*item.expected)
                        .arg(problem));
        }
        files << QDir::cleanPath(item.first);
        if (!item.second.isEmpty())
            files << QDir::cleanPath(item.second);
    }
    if (testItems == 0)
        return Result::failure(QCoreApplication::translate("StudyStore", "%1: the study has no test items").arg(shown));
    if (definition.repeatsPerSession < 0 || definition.repeatsPerSession > testItems)
        return Result::failure(
            QCoreApplication::translate("StudyStore", "%1: %2 repeats per session, but there are %3 test items")
                .arg(shown)
                .arg(definition.repeatsPerSession)
                .arg(testItems));

    // Hash every stimulus file once.
    files.removeDuplicates();
    QHash<QString, QPair<QString, qint64>> hashes;
    for (const QString &file : std::as_const(files)) {
        const QFileInfo fileInfo(file);
        if (!fileInfo.isFile())
            return Result::failure(QCoreApplication::translate("StudyStore", "%1: stimulus %2 does not exist")
                                       .arg(shown, QDir::toNativeSeparators(file)));
        QString error;
        const QString sha = sha256OfFile(file, &error);
        if (sha.isEmpty())
            return Result::failure(QCoreApplication::translate("StudyStore", "%1: cannot read stimulus %2: %3")
                                       .arg(shown, QDir::toNativeSeparators(file), error));
        hashes.insert(file, {sha, fileInfo.size()});
    }

    // Build the file under a temporary name and rename it when complete, so a
    // failure or a kill never leaves a half-made study under the real name.
    const QString finalPath = info.absoluteFilePath();
    const QString temporary = finalPath + QStringLiteral(".creating-") + QUuid::createUuid().toString(QUuid::Id128);
    auto removeTemporary = [&] {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(temporary + QLatin1String(suffix));
    };
    QString failure;
    {
        const QString connection = QStringLiteral("iqa-study-create-%1").arg(++connectionCounter);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(temporary);
            if (!db.isValid() || !db.open()) {
                failure = db.isValid() ? sqlMessage(db.lastError())
                                       : QCoreApplication::translate(
                                             "StudyStore", "Qt's SQLite driver is missing (install libqt6sql6-sqlite)");
            } else {
                const QDir folder(info.absolutePath());
                auto build = [&]() -> bool {
                    QSqlQuery q(db);
                    WriteTransaction transaction(db);
                    if (!transaction.begin(&failure))
                        return false;
                    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))) {
                        failure = sqlMessage(q.lastError());
                        return false;
                    }
                    for (const Migration &m : migrations()) {
                        for (const QString &statement : m.statements) {
                            if (!q.exec(statement)) {
                                failure = sqlMessage(q.lastError());
                                return false;
                            }
                        }
                        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version))) {
                            failure = sqlMessage(q.lastError());
                            return false;
                        }
                    }
                    const QString name =
                        definition.name.trimmed().isEmpty() ? info.completeBaseName() : definition.name.trimmed();
                    if (!run(q,
                             QStringLiteral("INSERT INTO studies (id, name, method, repeats_per_session, created_at, "
                                            "created_by) VALUES (1, ?, ?, ?, ?, ?)"),
                             {name, voteMethodKey(method), definition.repeatsPerSession, nowIso(),
                              QStringLiteral("IQA Studio %1").arg(QStringLiteral(IQA_VERSION))},
                             &failure))
                        return false;
                    QHash<QString, qint64> stimulusIds;
                    for (const QString &file : std::as_const(files)) {
                        const auto &hash = hashes.value(file);
                        if (!run(q, QStringLiteral("INSERT INTO stimuli (path, sha256, bytes) VALUES (?, ?, ?)"),
                                 {folder.relativeFilePath(file), hash.first, hash.second}, &failure))
                            return false;
                        stimulusIds.insert(file, q.lastInsertId().toLongLong());
                    }
                    for (const StudyItemSpec &item : definition.items) {
                        const QVariant second = item.second.isEmpty()
                                                    ? QVariant(QMetaType(QMetaType::LongLong))
                                                    : QVariant(stimulusIds.value(QDir::cleanPath(item.second)));
                        const QVariant expected =
                            item.expected ? QVariant(*item.expected) : QVariant(QMetaType(QMetaType::Double));
                        if (!run(q,
                                 QStringLiteral("INSERT INTO items (kind, first_stimulus, second_stimulus, expected) "
                                                "VALUES (?, ?, ?, ?)"),
                                 {itemKindKey(item.kind), stimulusIds.value(QDir::cleanPath(item.first)), second,
                                  expected},
                                 &failure))
                            return false;
                    }
                    return transaction.commit(&failure);
                };
                build();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
    }
    if (!failure.isEmpty()) {
        removeTemporary();
        return Result::failure(QCoreApplication::translate("StudyStore", "%1: cannot create: %2").arg(shown, failure));
    }
    if (!QFile::rename(temporary, finalPath)) {
        removeTemporary();
        return Result::failure(
            QCoreApplication::translate("StudyStore", "%1: cannot create (another file took the name?)").arg(shown));
    }
    return open(finalPath);
}

Expected<QVector<StudyItem>> StudyStore::items() const
{
    QSqlQuery q(m_db);
    QString error;
    if (!run(q,
             QStringLiteral("SELECT i.id, i.kind, a.path, b.path, i.expected FROM items i "
                            "JOIN stimuli a ON a.id = i.first_stimulus "
                            "LEFT JOIN stimuli b ON b.id = i.second_stimulus ORDER BY i.id"),
             {}, &error))
        return Expected<QVector<StudyItem>>::failure(
            failureText(QCoreApplication::translate("StudyStore", "cannot read items"), error));
    QVector<StudyItem> items;
    while (q.next()) {
        StudyItem item;
        item.id = q.value(0).toLongLong();
        item.kind = parseItemKind(q.value(1).toString()).value_or(ItemKind::Test);
        item.firstStored = q.value(2).toString();
        item.secondStored = q.value(3).isNull() ? QString() : q.value(3).toString();
        item.first = absolutePath(item.firstStored);
        item.second = item.secondStored.isEmpty() ? QString() : absolutePath(item.secondStored);
        if (!q.value(4).isNull())
            item.expected = q.value(4).toDouble();
        items.append(item);
    }
    return items;
}

Expected<StudyItem> StudyStore::itemById(qint64 id) const
{
    const auto all = items();
    if (!all)
        return Expected<StudyItem>::failure(all.error());
    for (const StudyItem &item : *all) {
        if (item.id == id)
            return item;
    }
    return Expected<StudyItem>::failure(failureText(QCoreApplication::translate("StudyStore", "cannot read items"),
                                                    QCoreApplication::translate("StudyStore", "no item %1").arg(id)));
}

Expected<QVector<StimulusFile>> StudyStore::stimulusFiles() const
{
    QSqlQuery q(m_db);
    QString error;
    if (!run(q, QStringLiteral("SELECT id, path, sha256, bytes FROM stimuli ORDER BY id"), {}, &error))
        return Expected<QVector<StimulusFile>>::failure(
            failureText(QCoreApplication::translate("StudyStore", "cannot read stimuli"), error));
    QVector<StimulusFile> files;
    while (q.next()) {
        StimulusFile f;
        f.id = q.value(0).toLongLong();
        f.stored = q.value(1).toString();
        f.path = absolutePath(f.stored);
        f.sha256 = q.value(2).toString();
        f.bytes = q.value(3).toLongLong();
        files.append(f);
    }
    return files;
}

Expected<QVector<StimulusProblem>> StudyStore::verifyStimuli() const
{
    const auto files = stimulusFiles();
    if (!files)
        return Expected<QVector<StimulusProblem>>::failure(files.error());
    QVector<StimulusProblem> problems;
    for (const StimulusFile &f : *files) {
        StimulusProblem problem;
        problem.file = f;
        const QString shown = QDir::toNativeSeparators(f.path);
        if (!QFileInfo(f.path).isFile()) {
            problem.kind = StimulusProblem::Missing;
            problem.message = QCoreApplication::translate(
                                  "StudyStore", "%1: missing (moved, renamed or deleted since the study was created)")
                                  .arg(shown);
            problems.append(problem);
            continue;
        }
        QString error;
        const QString sha = sha256OfFile(f.path, &error);
        if (sha.isEmpty()) {
            problem.kind = StimulusProblem::Unreadable;
            problem.message = QCoreApplication::translate("StudyStore", "%1: cannot read: %2").arg(shown, error);
            problems.append(problem);
        } else if (sha != f.sha256) {
            problem.kind = StimulusProblem::Changed;
            problem.actualSha256 = sha;
            problem.message = QCoreApplication::translate(
                                  "StudyStore", "%1: changed since the study was created (SHA-256 %2, recorded %3)")
                                  .arg(shown, sha.left(12), f.sha256.left(12));
            problems.append(problem);
        }
    }
    return problems;
}

Expected<SessionInfo> StudyStore::startSession(const SessionRequest &request)
{
    using Result = Expected<SessionInfo>;
    const QString rater = request.rater.trimmed();
    if (rater.isEmpty())
        return Result::failure(failureText(QCoreApplication::translate("StudyStore", "cannot start a session"),
                                           QCoreApplication::translate("StudyStore", "the rater has no name")));
    const auto allItems = items();
    if (!allItems)
        return Result::failure(allItems.error());
    QVector<qint64> training, test, gold;
    for (const StudyItem &item : *allItems)
        (item.kind == ItemKind::Training ? training : item.kind == ItemKind::Gold ? gold : test).append(item.id);
    const quint64 seed = request.seed ? *request.seed : QRandomGenerator::system()->generate64();
    const QVector<ScheduleEntry> schedule =
        buildSchedule(training, test, gold, m_info.repeatsPerSession, m_info.method == VoteMethod::Pairwise, seed);

    QString error;
    QSqlQuery q(m_db);
    WriteTransaction transaction(m_db);
    if (!transaction.begin(&error) ||
        !run(q, QStringLiteral("INSERT OR IGNORE INTO raters (name, created_at) VALUES (?, ?)"), {rater, nowIso()},
             &error) ||
        !run(q, QStringLiteral("SELECT id FROM raters WHERE name = ?"), {rater}, &error) || !q.next())
        return Result::failure(failureText(QCoreApplication::translate("StudyStore", "cannot start a session"), error));
    const qint64 raterId = q.value(0).toLongLong();
    q.finish();
    if (!run(q,
             QStringLiteral("INSERT INTO sessions (uid, rater_id, display, viewing, order_seed, started_at, imported) "
                            "VALUES (?, ?, ?, ?, ?, ?, 0)"),
             {QUuid::createUuid().toString(QUuid::WithoutBraces), raterId, notNull(request.display),
              notNull(request.viewing), QString::number(seed), nowIso()},
             &error))
        return Result::failure(failureText(QCoreApplication::translate("StudyStore", "cannot start a session"), error));
    const qint64 sessionId = q.lastInsertId().toLongLong();
    if (!q.prepare(QStringLiteral("INSERT INTO session_items (session_id, position, item_id, is_repeat, swapped) "
                                  "VALUES (?, ?, ?, ?, ?)")))
        return Result::failure(failureText(QCoreApplication::translate("StudyStore", "cannot start a session"),
                                           sqlMessage(q.lastError())));
    for (int i = 0; i < schedule.size(); ++i) {
        q.addBindValue(sessionId);
        q.addBindValue(i + 1);
        q.addBindValue(schedule[i].itemId);
        q.addBindValue(schedule[i].repeat ? 1 : 0);
        q.addBindValue(schedule[i].swapped ? 1 : 0);
        if (!q.exec())
            return Result::failure(failureText(QCoreApplication::translate("StudyStore", "cannot start a session"),
                                               sqlMessage(q.lastError())));
    }
    if (!transaction.commit(&error))
        return Result::failure(failureText(QCoreApplication::translate("StudyStore", "cannot start a session"), error));
    return session(sessionId);
}

namespace {

const char *const kSessionSelect =
    "SELECT s.id, s.uid, r.name, s.display, s.viewing, s.order_seed, s.started_at, s.imported,"
    " (SELECT COUNT(*) FROM session_items si WHERE si.session_id = s.id),"
    " (SELECT COUNT(*) FROM votes v WHERE v.session_id = s.id),"
    " (SELECT MIN(si.position) FROM session_items si WHERE si.session_id = s.id AND NOT EXISTS"
    "   (SELECT 1 FROM votes v WHERE v.session_id = si.session_id AND v.position = si.position))"
    " FROM sessions s JOIN raters r ON r.id = s.rater_id ";

SessionInfo sessionFromRow(const QSqlQuery &q)
{
    SessionInfo s;
    s.id = q.value(0).toLongLong();
    s.uid = q.value(1).toString();
    s.rater = q.value(2).toString();
    s.display = q.value(3).toString();
    s.viewing = q.value(4).toString();
    s.seed = q.value(5).toString().toULongLong();
    s.startedAt = q.value(6).toString();
    s.imported = q.value(7).toInt() != 0;
    s.scheduled = q.value(8).toInt();
    s.answered = q.value(9).toInt();
    if (!q.value(10).isNull())
        s.nextPosition = q.value(10).toInt();
    return s;
}

} // namespace

Expected<SessionInfo> StudyStore::session(qint64 id) const
{
    QSqlQuery q(m_db);
    QString error;
    if (!run(q, QLatin1String(kSessionSelect) + QStringLiteral("WHERE s.id = ?"), {id}, &error))
        return Expected<SessionInfo>::failure(
            failureText(QCoreApplication::translate("StudyStore", "cannot read session %1").arg(id), error));
    if (!q.next())
        return Expected<SessionInfo>::failure(
            failureText(QCoreApplication::translate("StudyStore", "cannot read session %1").arg(id),
                        QCoreApplication::translate("StudyStore", "no such session")));
    return sessionFromRow(q);
}

Expected<QVector<SessionInfo>> StudyStore::sessions() const
{
    QSqlQuery q(m_db);
    QString error;
    if (!run(q, QLatin1String(kSessionSelect) + QStringLiteral("ORDER BY s.id"), {}, &error))
        return Expected<QVector<SessionInfo>>::failure(
            failureText(QCoreApplication::translate("StudyStore", "cannot read sessions"), error));
    QVector<SessionInfo> all;
    while (q.next())
        all.append(sessionFromRow(q));
    return all;
}

Expected<std::optional<SessionInfo>> StudyStore::unfinishedSession(const QString &rater) const
{
    const auto all = sessions();
    if (!all)
        return Expected<std::optional<SessionInfo>>::failure(all.error());
    std::optional<SessionInfo> latest;
    for (const SessionInfo &s : *all) {
        if (s.rater == rater.trimmed() && !s.imported && s.nextPosition)
            latest = s;
    }
    return latest;
}

Expected<QVector<Trial>> StudyStore::schedule(qint64 sessionId) const
{
    using Result = Expected<QVector<Trial>>;
    const auto allItems = items();
    if (!allItems)
        return Result::failure(allItems.error());
    QHash<qint64, StudyItem> byId;
    for (const StudyItem &item : *allItems)
        byId.insert(item.id, item);
    QSqlQuery q(m_db);
    QString error;
    if (!run(q,
             QStringLiteral("SELECT si.position, si.item_id, si.is_repeat, si.swapped, EXISTS (SELECT 1 FROM votes v "
                            "WHERE v.session_id = si.session_id AND v.position = si.position) "
                            "FROM session_items si WHERE si.session_id = ? ORDER BY si.position"),
             {sessionId}, &error))
        return Result::failure(failureText(
            QCoreApplication::translate("StudyStore", "cannot read the schedule of session %1").arg(sessionId), error));
    QVector<Trial> trials;
    while (q.next()) {
        Trial t;
        t.position = q.value(0).toInt();
        t.item = byId.value(q.value(1).toLongLong());
        t.repeat = q.value(2).toInt() != 0;
        t.swapped = q.value(3).toInt() != 0;
        t.answered = q.value(4).toInt() != 0;
        trials.append(t);
    }
    return trials;
}

Expected<std::optional<Trial>> StudyStore::nextTrial(qint64 sessionId) const
{
    const auto trials = schedule(sessionId);
    if (!trials)
        return Expected<std::optional<Trial>>::failure(trials.error());
    for (const Trial &t : *trials) {
        if (!t.answered)
            return std::optional<Trial>(t);
    }
    return std::optional<Trial>();
}

Status StudyStore::castVote(qint64 sessionId, int position, double value, const QDateTime &shownAt,
                            const QDateTime &answeredAt)
{
    const QString what =
        QCoreApplication::translate("StudyStore", "cannot store the vote for position %1 of session %2")
            .arg(position)
            .arg(sessionId);
    if (const QString problem = voteValueProblem(m_info.method, value); !problem.isEmpty())
        return Status::failure(
            failureText(what, QCoreApplication::translate("StudyStore", "value %1: %2").arg(value).arg(problem)));
    QSqlQuery q(m_db);
    QString error;
    if (!run(q, QStringLiteral("SELECT 1 FROM votes WHERE session_id = ? AND position = ?"), {sessionId, position},
             &error))
        return Status::failure(failureText(what, error));
    if (q.next())
        return Status::failure(
            failureText(what, QCoreApplication::translate("StudyStore", "that position already has a vote")));
    q.finish();
    // One statement, so one transaction, committed (and with synchronous=FULL
    // synced to the WAL) before this returns. The item and its flags come from
    // the stored schedule, not from the caller.
    if (!run(q,
             QStringLiteral("INSERT INTO votes (session_id, position, item_id, method, value, shown_at, answered_at, "
                            "is_training, is_gold, is_repeat, swapped) "
                            "SELECT si.session_id, si.position, si.item_id, ?, ?, ?, ?, i.kind = 'training', "
                            "i.kind = 'gold', si.is_repeat, si.swapped FROM session_items si "
                            "JOIN items i ON i.id = si.item_id WHERE si.session_id = ? AND si.position = ?"),
             {voteMethodKey(m_info.method), value, isoText(shownAt), isoText(answeredAt), sessionId, position}, &error))
        return Status::failure(failureText(what, error));
    if (q.numRowsAffected() != 1)
        return Status::failure(
            failureText(what, QCoreApplication::translate("StudyStore", "the session has no such position")));
    return Status::success();
}

Expected<QVector<VoteRecord>> StudyStore::voteRecords() const
{
    using Result = Expected<QVector<VoteRecord>>;
    const auto allItems = items();
    if (!allItems)
        return Result::failure(allItems.error());
    QHash<qint64, StudyItem> byId;
    for (const StudyItem &item : *allItems)
        byId.insert(item.id, item);
    QSqlQuery q(m_db);
    QString error;
    if (!run(q,
             QStringLiteral("SELECT r.name, s.uid, s.display, s.viewing, s.order_seed, v.position, v.item_id, v.value, "
                            "v.is_repeat, v.swapped, v.shown_at, v.answered_at, a.sha256, b.sha256 "
                            "FROM votes v JOIN sessions s ON s.id = v.session_id JOIN raters r ON r.id = s.rater_id "
                            "JOIN items i ON i.id = v.item_id JOIN stimuli a ON a.id = i.first_stimulus "
                            "LEFT JOIN stimuli b ON b.id = i.second_stimulus ORDER BY s.id, v.position"),
             {}, &error))
        return Result::failure(failureText(QCoreApplication::translate("StudyStore", "cannot read votes"), error));
    QVector<VoteRecord> records;
    while (q.next()) {
        VoteRecord r;
        r.rater = q.value(0).toString();
        r.sessionUid = q.value(1).toString();
        r.display = q.value(2).toString();
        r.viewing = q.value(3).toString();
        r.seed = q.value(4).toString().toULongLong();
        r.position = q.value(5).toInt();
        r.item = byId.value(q.value(6).toLongLong());
        r.value = q.value(7).toDouble();
        r.repeat = q.value(8).toInt() != 0;
        r.swapped = q.value(9).toInt() != 0;
        r.shownAt = q.value(10).toString();
        r.answeredAt = q.value(11).toString();
        r.firstSha256 = q.value(12).toString();
        r.secondSha256 = q.value(13).isNull() ? QString() : q.value(13).toString();
        records.append(r);
    }
    return records;
}

Expected<QVector<Vote>> StudyStore::votesForAggregation() const
{
    const auto records = voteRecords();
    if (!records)
        return Expected<QVector<Vote>>::failure(records.error());
    QVector<Vote> votes;
    for (const VoteRecord &r : *records) {
        Vote v;
        v.rater = r.rater;
        v.method = m_info.method;
        v.value = r.value;
        v.stimulus.text = r.item.stimulusText(m_folder);
        v.stimulus.first = r.item.first;
        v.stimulus.second = r.item.second;
        v.training = r.item.kind == ItemKind::Training;
        v.gold = r.item.kind == ItemKind::Gold;
        v.repeat = r.repeat;
        v.expected = r.item.expected;
        v.session = r.sessionUid;
        v.position = r.position;
        v.shownAt = r.shownAt;
        v.answeredAt = r.answeredAt;
        votes.append(v);
    }
    return votes;
}

Status StudyStore::exportVotesCsv(const QString &csvPath) const
{
    const auto records = voteRecords();
    if (!records)
        return Status::failure(records.error());
    const QString folder = QFileInfo(csvPath).absolutePath();
    QVector<QStringList> rows;
    rows << (QStringList{} << VotesCsv::knownColumns() << QStringLiteral("swapped") << QStringLiteral("display")
                           << QStringLiteral("viewing") << QStringLiteral("order_seed")
                           << QStringLiteral("stimulus_sha256"));
    auto flag = [](bool b) { return b ? QStringLiteral("1") : QStringLiteral("0"); };
    for (const VoteRecord &r : *records) {
        rows << QStringList{r.rater,
                            r.item.stimulusText(folder),
                            voteMethodKey(m_info.method),
                            QString::number(r.value, 'g', 17),
                            flag(r.item.kind == ItemKind::Training),
                            flag(r.item.kind == ItemKind::Gold),
                            flag(r.repeat),
                            r.item.expected ? QString::number(*r.item.expected, 'g', 17) : QString(),
                            r.sessionUid,
                            QString::number(r.position),
                            r.shownAt,
                            r.answeredAt,
                            flag(r.swapped),
                            r.display,
                            r.viewing,
                            QString::number(r.seed),
                            r.secondSha256.isEmpty() ? r.firstSha256
                                                     : r.firstSha256 + QLatin1Char('|') + r.secondSha256};
    }
    return writeCsvFile(csvPath, rows);
}

Expected<ImportReport> StudyStore::importVotes(const VoteSet &set)
{
    using Result = Expected<ImportReport>;
    ImportReport report;
    report.skipped = set.skipped;
    const auto allItems = items();
    if (!allItems)
        return Result::failure(allItems.error());
    // (kind, first|second) -> item; the pair is also found reversed (pairwise).
    QHash<QString, StudyItem> byKey;
    for (const StudyItem &item : *allItems)
        byKey.insert(itemKindKey(item.kind) + QLatin1Char(':') + item.first + QLatin1Char('|') + item.second, item);

    QString error;
    QSqlQuery q(m_db);
    WriteTransaction transaction(m_db);
    if (!transaction.begin(&error))
        return Result::failure(failureText(QCoreApplication::translate("StudyStore", "cannot import"), error));

    QHash<QString, qint64> raterIds;
    auto raterId = [&](const QString &name) -> std::optional<qint64> {
        if (raterIds.contains(name))
            return raterIds.value(name);
        if (!run(q, QStringLiteral("SELECT id FROM raters WHERE name = ?"), {name}, &error))
            return std::nullopt;
        if (!q.next()) {
            q.finish();
            if (!run(q, QStringLiteral("INSERT INTO raters (name, created_at) VALUES (?, ?)"), {name, nowIso()},
                     &error))
                return std::nullopt;
            ++report.ratersCreated;
            raterIds.insert(name, q.lastInsertId().toLongLong());
        } else {
            raterIds.insert(name, q.value(0).toLongLong());
            q.finish();
        }
        return raterIds.value(name);
    };
    // Session uid -> (id, rater id). Votes without a session column go to one
    // new session per rater and import.
    QHash<QString, QPair<qint64, qint64>> sessionIds;
    const QString importTag = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Returns the session id and the id of its rater.
    auto sessionOf = [&](const Vote &v, qint64 rater) -> std::optional<QPair<qint64, qint64>> {
        const QString uid = v.session.isEmpty() ? QStringLiteral("import-%1-%2").arg(importTag, v.rater) : v.session;
        if (sessionIds.contains(uid))
            return sessionIds.value(uid);
        if (!run(q, QStringLiteral("SELECT id, rater_id FROM sessions WHERE uid = ?"), {uid}, &error))
            return std::nullopt;
        if (q.next()) {
            sessionIds.insert(uid, {q.value(0).toLongLong(), q.value(1).toLongLong()});
            q.finish();
            return sessionIds.value(uid);
        }
        q.finish();
        if (!run(q,
                 QStringLiteral(
                     "INSERT INTO sessions (uid, rater_id, display, viewing, order_seed, started_at, imported) "
                     "VALUES (?, ?, ?, ?, ?, ?, 1)"),
                 {uid, rater, notNull(v.extra.value(QStringLiteral("display"))),
                  notNull(v.extra.value(QStringLiteral("viewing"))),
                  v.extra.value(QStringLiteral("order_seed")).trimmed().isEmpty()
                      ? QStringLiteral("0")
                      : v.extra.value(QStringLiteral("order_seed")).trimmed(),
                  v.shownAt.isEmpty() ? nowIso() : v.shownAt},
                 &error))
            return std::nullopt;
        ++report.sessionsCreated;
        sessionIds.insert(uid, {q.lastInsertId().toLongLong(), rater});
        return sessionIds.value(uid);
    };

    for (const Vote &v : set.votes) {
        auto skip = [&](const QString &reason) { report.skipped.append({v.line, reason}); };
        if (v.method != m_info.method) {
            skip(QCoreApplication::translate("StudyStore", "method %1: the study uses %2")
                     .arg(voteMethodKey(v.method), voteMethodKey(m_info.method)));
            continue;
        }
        const ItemKind kind = v.training ? ItemKind::Training : v.gold ? ItemKind::Gold : ItemKind::Test;
        const QString prefix = itemKindKey(kind) + QLatin1Char(':');
        double value = v.value;
        auto found = byKey.constFind(prefix + v.stimulus.first + QLatin1Char('|') + v.stimulus.second);
        if (found == byKey.constEnd() && m_info.method == VoteMethod::Pairwise) {
            found = byKey.constFind(prefix + v.stimulus.second + QLatin1Char('|') + v.stimulus.first);
            value = 1.0 - value; // the study stores the pair the other way round
        }
        if (found == byKey.constEnd()) {
            skip(QCoreApplication::translate("StudyStore", "stimulus '%1': not a %2 item of this study")
                     .arg(v.stimulus.text, itemKindKey(kind)));
            continue;
        }
        const StudyItem &item = *found;
        const auto rater = raterId(v.rater);
        if (!rater)
            return Result::failure(failureText(QCoreApplication::translate("StudyStore", "cannot import"), error));
        const auto sessionAndRater = sessionOf(v, *rater);
        if (!sessionAndRater)
            return Result::failure(failureText(QCoreApplication::translate("StudyStore", "cannot import"), error));
        if (sessionAndRater->second != *rater) {
            skip(QCoreApplication::translate("StudyStore", "session %1 belongs to another rater").arg(v.session));
            continue;
        }
        const qint64 session = sessionAndRater->first;

        int position = v.position;
        if (position <= 0) {
            if (!run(q, QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM votes WHERE session_id = ?"),
                     {session}, &error) ||
                !q.next())
                return Result::failure(failureText(QCoreApplication::translate("StudyStore", "cannot import"), error));
            position = q.value(0).toInt();
            q.finish();
        }
        // The same vote may be there already (importing a copy of this study).
        if (!run(q, QStringLiteral("SELECT item_id, value FROM votes WHERE session_id = ? AND position = ?"),
                 {session, position}, &error))
            return Result::failure(failureText(QCoreApplication::translate("StudyStore", "cannot import"), error));
        if (q.next()) {
            const bool same = q.value(0).toLongLong() == item.id && q.value(1).toDouble() == value;
            q.finish();
            if (same)
                ++report.alreadyPresent;
            else
                skip(QCoreApplication::translate("StudyStore", "session %1 position %2 already has a different vote")
                         .arg(v.session)
                         .arg(position));
            continue;
        }
        q.finish();
        // A scheduled position must hold the scheduled item.
        if (!run(q,
                 QStringLiteral(
                     "SELECT item_id, is_repeat, swapped FROM session_items WHERE session_id = ? AND position = ?"),
                 {session, position}, &error))
            return Result::failure(failureText(QCoreApplication::translate("StudyStore", "cannot import"), error));
        bool swapped = v.extra.value(QStringLiteral("swapped")).trimmed() == QLatin1String("1");
        if (q.next()) {
            if (q.value(0).toLongLong() != item.id) {
                q.finish();
                skip(QCoreApplication::translate("StudyStore", "session %1 position %2 is scheduled for another item")
                         .arg(v.session)
                         .arg(position));
                continue;
            }
            swapped = q.value(2).toInt() != 0;
        }
        q.finish();
        if (!run(q,
                 QStringLiteral(
                     "INSERT INTO votes (session_id, position, item_id, method, value, shown_at, answered_at, "
                     "is_training, is_gold, is_repeat, swapped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {session, position, item.id, voteMethodKey(m_info.method), value, notNull(v.shownAt),
                  notNull(v.answeredAt), kind == ItemKind::Training ? 1 : 0, kind == ItemKind::Gold ? 1 : 0,
                  v.repeat ? 1 : 0, swapped ? 1 : 0},
                 &error))
            return Result::failure(failureText(QCoreApplication::translate("StudyStore", "cannot import"), error));
        ++report.imported;
    }
    if (!transaction.commit(&error))
        return Result::failure(failureText(QCoreApplication::translate("StudyStore", "cannot import"), error));
    std::sort(report.skipped.begin(), report.skipped.end(),
              [](const VoteIssue &a, const VoteIssue &b) { return a.line < b.line; });
    return report;
}

QJsonObject SessionInfo::toJson() const
{
    return QJsonObject{{QStringLiteral("uid"), uid},
                       {QStringLiteral("rater"), rater},
                       {QStringLiteral("display"), display},
                       {QStringLiteral("viewing"), viewing},
                       {QStringLiteral("order_seed"), QString::number(seed)},
                       {QStringLiteral("started_at"), startedAt},
                       {QStringLiteral("imported"), imported},
                       {QStringLiteral("scheduled"), scheduled},
                       {QStringLiteral("answered"), answered},
                       {QStringLiteral("next_position"),
                        nextPosition ? QJsonValue(*nextPosition) : QJsonValue(QJsonValue::Null)}};
}

Expected<QJsonObject> StudyStore::toJson() const
{
    using Result = Expected<QJsonObject>;
    const auto files = stimulusFiles();
    const auto allItems = items();
    const auto allSessions = sessions();
    const auto records = voteRecords();
    if (!files || !allItems || !allSessions || !records)
        return Result::failure(!files         ? files.error()
                               : !allItems    ? allItems.error()
                               : !allSessions ? allSessions.error()
                                              : records.error());
    QJsonArray stimuli, itemArray, sessionArray, voteArray;
    for (const StimulusFile &f : *files)
        stimuli.append(QJsonObject{{QStringLiteral("id"), f.id},
                                   {QStringLiteral("path"), f.stored},
                                   {QStringLiteral("sha256"), f.sha256},
                                   {QStringLiteral("bytes"), f.bytes}});
    for (const StudyItem &item : *allItems)
        itemArray.append(QJsonObject{{QStringLiteral("id"), item.id},
                                     {QStringLiteral("kind"), itemKindKey(item.kind)},
                                     {QStringLiteral("stimulus"), item.stimulusText(m_folder)},
                                     {QStringLiteral("expected"), optionalJson(item.expected)}});
    for (const SessionInfo &s : *allSessions) {
        const auto trials = schedule(s.id);
        if (!trials)
            return Result::failure(trials.error());
        QJsonArray order;
        for (const Trial &t : *trials)
            order.append(QJsonObject{{QStringLiteral("position"), t.position},
                                     {QStringLiteral("item"), t.item.id},
                                     {QStringLiteral("repeat"), t.repeat},
                                     {QStringLiteral("swapped"), t.swapped},
                                     {QStringLiteral("answered"), t.answered}});
        QJsonObject session = s.toJson();
        session.insert(QStringLiteral("schedule"), order);
        sessionArray.append(session);
    }
    for (const VoteRecord &r : *records)
        voteArray.append(QJsonObject{{QStringLiteral("rater"), r.rater},
                                     {QStringLiteral("session"), r.sessionUid},
                                     {QStringLiteral("position"), r.position},
                                     {QStringLiteral("item"), r.item.id},
                                     {QStringLiteral("stimulus"), r.item.stimulusText(m_folder)},
                                     {QStringLiteral("kind"), itemKindKey(r.item.kind)},
                                     {QStringLiteral("value"), r.value},
                                     {QStringLiteral("repeat"), r.repeat},
                                     {QStringLiteral("swapped"), r.swapped},
                                     {QStringLiteral("shown_at"), r.shownAt},
                                     {QStringLiteral("answered_at"), r.answeredAt}});
    return QJsonObject{
        {QStringLiteral("study"), QJsonObject{{QStringLiteral("name"), m_info.name},
                                              {QStringLiteral("method"), voteMethodKey(m_info.method)},
                                              {QStringLiteral("repeats_per_session"), m_info.repeatsPerSession},
                                              {QStringLiteral("created_at"), m_info.createdAt},
                                              {QStringLiteral("created_by"), m_info.createdBy},
                                              {QStringLiteral("schema_version"), m_info.schemaVersion},
                                              {QStringLiteral("file"), m_path}}},
        {QStringLiteral("stimuli"), stimuli},
        {QStringLiteral("items"), itemArray},
        {QStringLiteral("sessions"), sessionArray},
        {QStringLiteral("votes"), voteArray},
    };
}

QString StudyStore::integrityCheck() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlMessage(q.lastError());
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QStringLiteral("; "));
}

} // namespace iqa
