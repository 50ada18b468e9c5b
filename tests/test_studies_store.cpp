// The study store (SQLite through QtSql): schema and pragmas, files it must
// refuse without changing a byte, seeded schedules and resuming, stimulus
// hashes, two writers on one file, a SIGKILL in the middle of a session, and
// export/import through `iqa study`.
#include "TestSupport.h"

#include "studies/StudySchedule.h"
#include "studies/StudyStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace iqa::test;

namespace {

// Small distinct files standing in for images: the store hashes bytes and
// never decodes them.
QStringList makeImages(const QString &folder, const QString &prefix, int count)
{
    QDir().mkpath(folder);
    QStringList paths;
    for (int i = 1; i <= count; ++i) {
        const QString path =
            QDir(folder).filePath(QStringLiteral("%1%2.png").arg(prefix).arg(i, 2, 10, QLatin1Char('0')));
        writeFile(path, QStringLiteral("not really a PNG %1 %2").arg(prefix).arg(i).toUtf8());
        paths << QDir::cleanPath(path);
    }
    return paths;
}

iqa::StudyDefinition definition(const QStringList &tests, const QStringList &training = {},
                                const QStringList &gold = {}, int repeats = 0)
{
    iqa::StudyDefinition d;
    d.name = QStringLiteral("test study");
    d.method = iqa::VoteMethod::Acr;
    d.repeatsPerSession = repeats;
    for (const QString &p : training)
        d.items.append({iqa::ItemKind::Training, p, QString(), std::nullopt});
    for (const QString &p : tests)
        d.items.append({iqa::ItemKind::Test, p, QString(), std::nullopt});
    for (const QString &p : gold)
        d.items.append({iqa::ItemKind::Gold, p, QString(), 1.0});
    return d;
}

// A connection of the test's own, for looking at the file from outside the store.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path) : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return QVariant();
        return q.value(0);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }

private:
    QString m_name;
    static inline int s_counter = 0;
};

QString writeAnswers(const QString &path, const QStringList &images, const QString &base)
{
    QStringList lines{QStringLiteral("stimulus,value")};
    for (int i = 0; i < images.size(); ++i)
        lines << QStringLiteral("%1,%2").arg(QDir(base).relativeFilePath(images[i])).arg(1 + i % 5);
    writeFile(path, (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    return path;
}

QVector<int> castPositions(const QByteArray &output)
{
    QVector<int> positions;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("cast "))
            positions << line.split(' ').value(1).toInt();
    }
    return positions;
}

} // namespace

class TestStudiesStore : public QObject
{
    Q_OBJECT

private slots:
    void createdFileHasSchemaAndPragmas();
    void neverOverwritesAndRejectsBadDefinitions();
    void newerSchemaIsRefusedUntouched();
    void damagedFilesAreRefusedUntouched_data();
    void damagedFilesAreRefusedUntouched();
    void scheduleIsSeededWithTrainingFirst();
    void sessionResumesAtNextUnansweredTrial();
    void movedAndChangedStimuliAreReported();
    void twoStoresWriteOneFile();
    void twoProcessesRateOneFile();
    void killedRatingKeepsEveryAnnouncedVote();
    void exportImportRoundTrip();
    void createFromLabelsAndFolders();
};

void TestStudiesStore::createdFileHasSchemaAndPragmas()
{
    QTemporaryDir dir;
    const QStringList images = makeImages(dir.filePath(QStringLiteral("img")), QStringLiteral("a"), 4);
    const QString path = dir.filePath(QStringLiteral("s.iqas"));
    {
        auto store = iqa::StudyStore::create(path, definition(images));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE((*store)->info().name, QStringLiteral("test study"));
        QCOMPARE((*store)->info().schemaVersion, iqa::StudyStore::kSchemaVersion);
        QCOMPARE((*store)->integrityCheck(), QStringLiteral("ok"));
        const auto files = (*store)->stimulusFiles();
        QCOMPARE(files->size(), 4);
        QCOMPARE(files->first().stored, QStringLiteral("img/a01.png")); // relative to the study's folder
        QCOMPARE(files->first().sha256, iqa::StudyStore::sha256OfFile(images.first()));
        QCOMPARE(files->first().sha256.size(), 64);
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // closed cleanly: checkpointed
    RawDatabase raw(path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA application_id")).toInt(), iqa::StudyStore::kApplicationId);
    for (const char *table : {"studies", "stimuli", "items", "raters", "sessions", "session_items", "votes"})
        QVERIFY2(raw.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                               .arg(QLatin1String(table)))
                         .toInt() == 1,
                 table);
}

void TestStudiesStore::neverOverwritesAndRejectsBadDefinitions()
{
    QTemporaryDir dir;
    const QStringList images = makeImages(dir.filePath(QStringLiteral("img")), QStringLiteral("a"), 3);
    const QString path = dir.filePath(QStringLiteral("s.iqas"));
    QVERIFY(writeFile(path, "precious"));
    auto again = iqa::StudyStore::create(path, definition(images));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("never overwritten")), qPrintable(again.error()));
    QCOMPARE(readFile(path), QByteArray("precious"));

    const QString other = dir.filePath(QStringLiteral("t.iqas"));
    auto missing =
        iqa::StudyStore::create(other, definition(images + QStringList{dir.filePath(QStringLiteral("nope.png"))}));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(QStringLiteral("nope.png")), qPrintable(missing.error()));
    auto tooManyRepeats = iqa::StudyStore::create(other, definition(images, {}, {}, 4));
    QVERIFY(!tooManyRepeats.ok());
    iqa::StudyDefinition pairwise = definition(images);
    pairwise.method = iqa::VoteMethod::Pairwise;
    QVERIFY(!iqa::StudyStore::create(other, pairwise).ok()); // pairwise items need two images
    // Nothing was left behind by the failures, not even a temporary file.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("s.iqas")});
}

void TestStudiesStore::newerSchemaIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QStringList images = makeImages(dir.filePath(QStringLiteral("img")), QStringLiteral("a"), 3);
    const QString path = dir.filePath(QStringLiteral("future.iqas"));
    QVERIFY(iqa::StudyStore::create(path, definition(images)).ok());
    {
        RawDatabase raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const QByteArray before = readFile(path);
    QVERIFY(!before.isEmpty());

    auto store = iqa::StudyStore::open(path);
    QVERIFY(!store.ok());
    QVERIFY2(store.error().contains(QStringLiteral("newer")) && store.error().contains(QStringLiteral("99")),
             qPrintable(store.error()));
    QCOMPARE(readFile(path), before);

    // The command line says the same in one line, and writes nothing either.
    const Run run = runIqa({QStringLiteral("study"), QStringLiteral("status"), path});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(run.err.contains(QStringLiteral("newer")), qPrintable(run.err));
    const Run rate =
        runIqa({QStringLiteral("study"), QStringLiteral("rate-script"), path, QStringLiteral("--rater"),
                QStringLiteral("x"), QStringLiteral("--answers"), dir.filePath(QStringLiteral("none.csv"))});
    QCOMPARE(rate.exitCode, 1);
    QCOMPARE(readFile(path), before);
}

void TestStudiesStore::damagedFilesAreRefusedUntouched_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expectedMessage");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite database");
    QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("not an SQLite database");
    QTest::newRow("bad page size in header") << QStringLiteral("header") << QStringLiteral("damaged");
    QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("damaged");
    QTest::newRow("garbage pages") << QStringLiteral("garbage") << QStringLiteral("damaged");
    QTest::newRow("another program's database")
        << QStringLiteral("foreign") << QStringLiteral("not an IQA Studio study");
}

void TestStudiesStore::damagedFilesAreRefusedUntouched()
{
    QFETCH(QString, damage);
    QFETCH(QString, expectedMessage);
    QTemporaryDir dir;
    const QStringList images = makeImages(dir.filePath(QStringLiteral("img")), QStringLiteral("a"), 40);
    const QString path = dir.filePath(QStringLiteral("damaged.iqas"));
    if (damage == QLatin1String("text")) {
        QVERIFY(writeFile(path, "rater,stimulus,method,value\n"));
    } else if (damage == QLatin1String("empty")) {
        QVERIFY(writeFile(path, QByteArray()));
    } else if (damage == QLatin1String("foreign")) {
        RawDatabase raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
    } else {
        {
            auto store = iqa::StudyStore::create(path, definition(images));
            QVERIFY(store.ok());
            auto session = (*store)->startSession({QStringLiteral("r"), {}, {}, 1});
            QVERIFY(session.ok());
        }
        QByteArray bytes = readFile(path);
        QVERIFY(bytes.size() > 4 * 4096);
        if (damage == QLatin1String("header")) {
            bytes[16] = char(0x00); // page size 0x0003: not a power of two
            bytes[17] = char(0x03);
        } else if (damage == QLatin1String("truncated")) {
            bytes.truncate(2 * 4096);
        } else {
            for (int i = 2 * 4096; i < bytes.size(); ++i)
                bytes[i] = char((i * 7919) & 0xff);
        }
        QVERIFY(writeFile(path, bytes));
    }
    const QByteArray before = readFile(path);
    auto store = iqa::StudyStore::open(path);
    QVERIFY(!store.ok());
    QVERIFY2(store.error().contains(expectedMessage), qPrintable(store.error()));
    QVERIFY2(store.error().contains(QStringLiteral("not changed")), qPrintable(store.error()));
    QCOMPARE(store.error().count(QLatin1Char('\n')), 0);
    QCOMPARE(readFile(path), before);

    const Run run = runIqa({QStringLiteral("study"), QStringLiteral("export"), path, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(readFile(path), before);
}

void TestStudiesStore::scheduleIsSeededWithTrainingFirst()
{
    const QVector<qint64> training{1, 2};
    const QVector<qint64> test{10, 11, 12, 13, 14, 15, 16, 17};
    const QVector<qint64> gold{20};
    const auto a = iqa::buildSchedule(training, test, gold, 3, false, 7);
    const auto b = iqa::buildSchedule(training, test, gold, 3, false, 7);
    const auto c = iqa::buildSchedule(training, test, gold, 3, false, 8);
    QCOMPARE(a.size(), 2 + 8 + 1 + 3);
    auto ids = [](const QVector<iqa::ScheduleEntry> &s) {
        QVector<qint64> out;
        for (const auto &e : s)
            out << e.itemId * (e.repeat ? -1 : 1);
        return out;
    };
    QCOMPARE(ids(a), ids(b));
    QVERIFY(ids(a) != ids(c));
    // Training first; every other item exactly once, plus three repeats of test items.
    QCOMPARE(QSet<qint64>({a[0].itemId, a[1].itemId}), QSet<qint64>({1, 2}));
    QMap<qint64, int> firstShowing;
    int repeats = 0;
    for (int i = 2; i < a.size(); ++i) {
        QVERIFY(a[i].itemId >= 10);
        if (!a[i].repeat) {
            QVERIFY(!firstShowing.contains(a[i].itemId));
            firstShowing.insert(a[i].itemId, i);
            continue;
        }
        ++repeats;
        QVERIFY(test.contains(a[i].itemId));
        QVERIFY(firstShowing.contains(a[i].itemId));
        QVERIFY2(i - firstShowing.value(a[i].itemId) >= 2, "a repeat follows its first showing directly");
    }
    QCOMPARE(repeats, 3);
    QCOMPARE(firstShowing.size(), 9);
    // Pairwise sessions randomise sides; others never swap.
    const auto pairwise = iqa::buildSchedule({}, test, {}, 0, true, 7);
    int swapped = 0;
    for (const auto &e : pairwise)
        swapped += e.swapped ? 1 : 0;
    QVERIFY(swapped > 0 && swapped < pairwise.size());
    for (const auto &e : a)
        QVERIFY(!e.swapped);
}

void TestStudiesStore::sessionResumesAtNextUnansweredTrial()
{
    QTemporaryDir dir;
    const QStringList images = makeImages(dir.filePath(QStringLiteral("img")), QStringLiteral("a"), 6);
    const QStringList training = makeImages(dir.filePath(QStringLiteral("training")), QStringLiteral("t"), 2);
    const QString path = dir.filePath(QStringLiteral("s.iqas"));
    qint64 sessionId = 0;
    QVector<iqa::Trial> order;
    {
        auto store = iqa::StudyStore::create(path, definition(images, training, {images.first()}, 2));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        auto session = (*store)->startSession(
            {QStringLiteral("ana"), QStringLiteral("OLED, 100 nits"), QStringLiteral("3H, dim room"), quint64(12345)});
        QVERIFY2(session.ok(), qPrintable(session.error()));
        sessionId = session->id;
        QCOMPARE(session->seed, quint64(12345));
        QCOMPARE(session->scheduled, 2 + 6 + 1 + 2);
        QCOMPARE(*session->nextPosition, 1);
        order = *(*store)->schedule(sessionId);
        QCOMPARE(order[0].item.kind, iqa::ItemKind::Training);
        QCOMPARE(order[1].item.kind, iqa::ItemKind::Training);
        for (int position = 1; position <= 4; ++position)
            QVERIFY((*store)->castVote(sessionId, position, 3, QDateTime::currentDateTimeUtc(),
                                       QDateTime::currentDateTimeUtc()));
        // Refused: a second vote at a position, a value off the scale, a position not scheduled.
        iqa::Status twice = (*store)->castVote(sessionId, 4, 2, {}, {});
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().contains(QStringLiteral("already has a vote")), qPrintable(twice.error()));
        QVERIFY(!(*store)->castVote(sessionId, 5, 6, {}, {}).ok());
        QVERIFY(!(*store)->castVote(sessionId, 99, 3, {}, {}).ok());
    }
    auto store = iqa::StudyStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store.error()));
    const auto next = (*store)->nextTrial(sessionId);
    QVERIFY(next.ok() && next->has_value());
    QCOMPARE((*next)->position, 5);
    QCOMPARE((*next)->item.id, order[4].item.id); // the stored order, not a new one
    const auto unfinished = (*store)->unfinishedSession(QStringLiteral("ana"));
    QVERIFY(unfinished.ok() && unfinished->has_value());
    QCOMPARE((*unfinished)->id, sessionId);
    QCOMPARE((*unfinished)->answered, 4);
    QCOMPARE((*unfinished)->display, QStringLiteral("OLED, 100 nits"));
    // The votes carry the flags of their trials.
    const auto records = (*store)->voteRecords();
    QCOMPARE(records->size(), 4);
    QCOMPARE(records->first().item.kind, iqa::ItemKind::Training);
    QVERIFY(!(*store)->unfinishedSession(QStringLiteral("nobody"))->has_value());
}

void TestStudiesStore::movedAndChangedStimuliAreReported()
{
    QTemporaryDir dir;
    const QStringList images = makeImages(dir.filePath(QStringLiteral("img")), QStringLiteral("a"), 4);
    const QString path = dir.filePath(QStringLiteral("s.iqas"));
    QVERIFY(iqa::StudyStore::create(path, definition(images)).ok());
    QVERIFY(runIqa({QStringLiteral("study"), QStringLiteral("verify"), path}).exitCode == 0);

    QVERIFY(writeFile(images[1], "edited"));
    QVERIFY(QFile::rename(images[2], dir.filePath(QStringLiteral("moved.png"))));
    auto store = iqa::StudyStore::open(path);
    const auto problems = (*store)->verifyStimuli();
    QVERIFY(problems.ok());
    QCOMPARE(problems->size(), 2);
    QCOMPARE(problems->at(0).kind, iqa::StimulusProblem::Changed);
    QCOMPARE(problems->at(0).file.path, images[1]);
    QCOMPARE(problems->at(0).actualSha256, iqa::StudyStore::sha256OfFile(images[1]));
    QCOMPARE(problems->at(1).kind, iqa::StimulusProblem::Missing);
    QVERIFY(problems->at(1).message.contains(QStringLiteral("moved")));

    const Run verify = runIqa({QStringLiteral("study"), QStringLiteral("verify"), path, QStringLiteral("--json")});
    QCOMPARE(verify.exitCode, 1);
    QCOMPARE(verify.json().value(QStringLiteral("problems")).toArray().size(), 2);
    QVERIFY(verify.err.contains(QStringLiteral("2 of 4")));
    // No votes are collected on images that are not the study's.
    const QString answers = writeAnswers(dir.filePath(QStringLiteral("answers.csv")), images, dir.path());
    const Run rate = runIqa({QStringLiteral("study"), QStringLiteral("rate-script"), path, QStringLiteral("--rater"),
                             QStringLiteral("x"), QStringLiteral("--answers"), answers});
    QCOMPARE(rate.exitCode, 1);
    QVERIFY2(rate.err.contains(QStringLiteral("missing or changed")), qPrintable(rate.err));
    QVERIFY(castPositions(rate.out).isEmpty());
}

void TestStudiesStore::twoStoresWriteOneFile()
{
    QTemporaryDir dir;
    const QStringList images = makeImages(dir.filePath(QStringLiteral("img")), QStringLiteral("a"), 10);
    const QString path = dir.filePath(QStringLiteral("s.iqas"));
    QVERIFY(iqa::StudyStore::create(path, definition(images)).ok());
    auto first = iqa::StudyStore::open(path);
    auto second = iqa::StudyStore::open(path);
    QVERIFY(first.ok() && second.ok());
    const auto a = (*first)->startSession({QStringLiteral("a"), {}, {}, 1});
    const auto b = (*second)->startSession({QStringLiteral("b"), {}, {}, 2});
    QVERIFY(a.ok() && b.ok());
    for (int position = 1; position <= 10; ++position) {
        QVERIFY((*first)->castVote(a->id, position, 2, {}, {}).ok());
        QVERIFY((*second)->castVote(b->id, position, 4, {}, {}).ok());
    }
    // Each sees the other's votes at once.
    QCOMPARE((*first)->session(b->id)->answered, 10);
    QCOMPARE((*second)->session(a->id)->answered, 10);
    // The same position of one session from both: the second is refused.
    const auto c = (*first)->startSession({QStringLiteral("c"), {}, {}, 3});
    QVERIFY((*first)->castVote(c->id, 1, 3, {}, {}).ok());
    QVERIFY(!(*second)->castVote(c->id, 1, 3, {}, {}).ok());
    QCOMPARE((*second)->voteRecords()->size(), 21);
    QCOMPARE((*second)->integrityCheck(), QStringLiteral("ok"));
}

void TestStudiesStore::twoProcessesRateOneFile()
{
    QTemporaryDir dir;
    const QStringList images = makeImages(dir.filePath(QStringLiteral("img")), QStringLiteral("a"), 30);
    const QString path = dir.filePath(QStringLiteral("s.iqas"));
    QVERIFY(iqa::StudyStore::create(path, definition(images)).ok());
    const QString answers = writeAnswers(dir.filePath(QStringLiteral("answers.csv")), images, dir.path());
    QProcess one, two;
    for (auto [process, rater] : {std::pair<QProcess *, const char *>{&one, "uma"}, {&two, "ivo"}})
        process->start(cliPath(), {QStringLiteral("study"), QStringLiteral("rate-script"), path,
                                   QStringLiteral("--rater"), QLatin1String(rater), QStringLiteral("--answers"),
                                   answers, QStringLiteral("--delay-ms"), QStringLiteral("5")});
    QVERIFY(one.waitForFinished(120000) && two.waitForFinished(120000));
    QVERIFY2(one.exitCode() == 0, one.readAllStandardError().constData());
    QVERIFY2(two.exitCode() == 0, two.readAllStandardError().constData());
    QCOMPARE(castPositions(one.readAllStandardOutput()).size(), 30);
    QCOMPARE(castPositions(two.readAllStandardOutput()).size(), 30);
    auto store = iqa::StudyStore::open(path);
    QCOMPARE((*store)->voteRecords()->size(), 60);
    QCOMPARE((*store)->integrityCheck(), QStringLiteral("ok"));
}

void TestStudiesStore::killedRatingKeepsEveryAnnouncedVote()
{
    QTemporaryDir dir;
    const QStringList images = makeImages(dir.filePath(QStringLiteral("img")), QStringLiteral("a"), 16);
    const QStringList training = makeImages(dir.filePath(QStringLiteral("training")), QStringLiteral("t"), 2);
    const QString path = dir.filePath(QStringLiteral("s.iqas"));
    QVERIFY(iqa::StudyStore::create(path, definition(images, training, {}, 2)).ok());
    const QString answers = writeAnswers(dir.filePath(QStringLiteral("answers.csv")), images + training, dir.path());
    const QStringList arguments{
        QStringLiteral("study"), QStringLiteral("rate-script"), path,   QStringLiteral("--rater"),
        QStringLiteral("kim"),   QStringLiteral("--answers"),   answers};

    // Rate slowly and SIGKILL the process after a few announced votes.
    QProcess rater;
    rater.start(cliPath(), arguments + QStringList{QStringLiteral("--delay-ms"), QStringLiteral("150")});
    QVERIFY(rater.waitForStarted());
    QVector<int> announced;
    while (announced.size() < 7 && rater.waitForReadyRead(30000)) {
        while (rater.canReadLine()) {
            const QByteArray line = rater.readLine();
            if (line.startsWith("cast "))
                announced << line.split(' ').value(1).toInt();
        }
    }
    rater.kill(); // SIGKILL: no destructor, no checkpoint
    QVERIFY(rater.waitForFinished(10000));
    QCOMPARE(rater.exitStatus(), QProcess::CrashExit);
    QCOMPARE(announced.size(), 7);
    QCOMPARE(announced, (QVector<int>{1, 2, 3, 4, 5, 6, 7}));
    // The votes are in the write-ahead log, which the next open recovers.
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));

    int stored = 0;
    {
        auto store = iqa::StudyStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE((*store)->integrityCheck(), QStringLiteral("ok"));
        const auto session = (*store)->unfinishedSession(QStringLiteral("kim"));
        QVERIFY(session.ok() && session->has_value());
        const auto trials = (*store)->schedule((*session)->id);
        for (int position : std::as_const(announced))
            QVERIFY2(trials->at(position - 1).answered, qPrintable(QStringLiteral("position %1 lost").arg(position)));
        // At most the vote being cast when the kill came is there unannounced;
        // the answered positions are 1..stored with no gap.
        stored = (*session)->answered;
        QVERIFY(stored == announced.size() || stored == announced.size() + 1);
        for (const iqa::Trial &t : *trials)
            QCOMPARE(t.answered, t.position <= stored);
        QCOMPARE(*(*session)->nextPosition, stored + 1);
        QCOMPARE((*(*store)->nextTrial((*session)->id))->position, stored + 1);
    }

    // Resuming continues at the next trial and finishes the session exactly once.
    const Run resumed = runIqa(arguments);
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    const QVector<int> rest = castPositions(resumed.out);
    QVERIFY(!rest.isEmpty());
    QCOMPARE(rest.first(), stored + 1);
    auto store = iqa::StudyStore::open(path);
    const auto sessions = (*store)->sessions();
    QCOMPARE(sessions->size(), 1);
    QCOMPARE(sessions->first().answered, 2 + 16 + 2);
    QCOMPARE(sessions->first().answered, stored + rest.size());
    QVERIFY(!sessions->first().nextPosition);
    QCOMPARE((*store)->integrityCheck(), QStringLiteral("ok"));
}

void TestStudiesStore::exportImportRoundTrip()
{
    QTemporaryDir dir;
    const QStringList images = makeImages(dir.filePath(QStringLiteral("img")), QStringLiteral("a"), 8);
    QStringList list;
    for (const QString &image : images)
        list << QDir(dir.path()).relativeFilePath(image);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("list.txt")),
                      ("# test items\n" + list.join(QLatin1Char('\n')) + "\n").toUtf8()));
    QVERIFY(
        writeFile(dir.filePath(QStringLiteral("gold.csv")), ("stimulus,expected\n" + list.first() + ",1\n").toUtf8()));
    const QString answers = writeAnswers(dir.filePath(QStringLiteral("answers.csv")), images, dir.path());
    const QString studyA = dir.filePath(QStringLiteral("a.iqas"));
    const QString studyB = dir.filePath(QStringLiteral("b.iqas"));
    for (const QString &study : {studyA, studyB}) {
        const Run created =
            runIqa({QStringLiteral("study"), QStringLiteral("create"), study, QStringLiteral("--method"),
                    QStringLiteral("acr"), QStringLiteral("--list"), dir.filePath(QStringLiteral("list.txt")),
                    QStringLiteral("--gold"), dir.filePath(QStringLiteral("gold.csv")), QStringLiteral("--repeats"),
                    QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QCOMPARE(created.json().value(QStringLiteral("test_items")).toInt(), 8);
        QCOMPARE(created.json().value(QStringLiteral("gold_items")).toInt(), 1);
    }
    for (const char *rater : {"r1", "r2", "r3"})
        QCOMPARE(runIqa({QStringLiteral("study"), QStringLiteral("rate-script"), studyA, QStringLiteral("--rater"),
                         QLatin1String(rater), QStringLiteral("--answers"), answers, QStringLiteral("--display"),
                         QStringLiteral("sRGB, 80 cd/m2, \"quoted\"")})
                     .exitCode,
                 0);

    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("exports")));
    const QString votes = dir.filePath(QStringLiteral("exports/votes.csv"));
    const QString labels = dir.filePath(QStringLiteral("exports/labels.csv"));
    const Run exported = runIqa({QStringLiteral("study"), QStringLiteral("export"), studyA, QStringLiteral("--votes"),
                                 votes, QStringLiteral("--labels"), labels, QStringLiteral("--json"),
                                 QStringLiteral("--screen"), QStringLiteral("none")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QJsonObject json = exported.json();
    QCOMPARE(json.value(QStringLiteral("votes")).toArray().size(), 3 * 10);
    QCOMPARE(json.value(QStringLiteral("sessions")).toArray().size(), 3);
    QCOMPARE(json.value(QStringLiteral("mos")).toObject().value(QStringLiteral("stimuli")).toArray().size(), 8);

    // `iqa mos` on the exported votes gives the MOS the study export gives.
    const Run mos = runIqa({QStringLiteral("mos"), QStringLiteral("--votes"), votes, QStringLiteral("--json"),
                            QStringLiteral("--screen"), QStringLiteral("none")});
    QVERIFY2(mos.exitCode == 0, qPrintable(mos.err));
    const QJsonArray fromStudy =
        json.value(QStringLiteral("mos")).toObject().value(QStringLiteral("stimuli")).toArray();
    const QJsonArray fromCsv = mos.json().value(QStringLiteral("stimuli")).toArray();
    QCOMPARE(fromCsv.size(), fromStudy.size());
    QCOMPARE(mos.json().value(QStringLiteral("votes")).toObject().value(QStringLiteral("gold")).toInt(), 3);
    for (int i = 0; i < fromCsv.size(); ++i)
        QCOMPARE(fromCsv[i].toObject().value(QStringLiteral("mos")).toDouble(),
                 fromStudy[i].toObject().value(QStringLiteral("mos")).toDouble());

    // Merge into the empty copy, then again: the second import adds nothing.
    Run imported = runIqa({QStringLiteral("study"), QStringLiteral("import"), studyB, QStringLiteral("--votes"), votes,
                           QStringLiteral("--json")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(imported.json().value(QStringLiteral("imported")).toInt(), 30);
    QCOMPARE(imported.json().value(QStringLiteral("sessions_created")).toInt(), 3);
    imported = runIqa({QStringLiteral("study"), QStringLiteral("import"), studyB, QStringLiteral("--votes"), votes,
                       QStringLiteral("--json")});
    QCOMPARE(imported.json().value(QStringLiteral("imported")).toInt(), 0);
    QCOMPARE(imported.json().value(QStringLiteral("already_present")).toInt(), 30);

    auto a = iqa::StudyStore::open(studyA);
    auto b = iqa::StudyStore::open(studyB);
    const auto recordsA = (*a)->voteRecords();
    const auto recordsB = (*b)->voteRecords();
    QCOMPARE(recordsB->size(), recordsA->size());
    for (int i = 0; i < recordsA->size(); ++i) {
        QCOMPARE(recordsB->at(i).sessionUid, recordsA->at(i).sessionUid);
        QCOMPARE(recordsB->at(i).position, recordsA->at(i).position);
        QCOMPARE(recordsB->at(i).value, recordsA->at(i).value);
        QCOMPARE(recordsB->at(i).item.first, recordsA->at(i).item.first);
        QCOMPARE(recordsB->at(i).item.kind, recordsA->at(i).item.kind);
        QCOMPARE(recordsB->at(i).repeat, recordsA->at(i).repeat);
        QCOMPARE(recordsB->at(i).shownAt, recordsA->at(i).shownAt);
        QCOMPARE(recordsB->at(i).display, recordsA->at(i).display);
    }

    // Rows about stimuli the study does not have are skipped with their line.
    QVERIFY(writeFile(
        dir.filePath(QStringLiteral("foreign.csv")),
        "rater,stimulus,method,value\nz,img/a01.png,acr,3\nz,elsewhere.png,acr,3\nz,img/a02.png,slider,30\n"));
    imported = runIqa({QStringLiteral("study"), QStringLiteral("import"), studyB, QStringLiteral("--votes"),
                       dir.filePath(QStringLiteral("foreign.csv")), QStringLiteral("--json")});
    QCOMPARE(imported.exitCode, 1); // mixed methods: refused as a whole
    QVERIFY(writeFile(dir.filePath(QStringLiteral("foreign.csv")),
                      "rater,stimulus,method,value\nz,img/a01.png,acr,3\nz,elsewhere.png,acr,3\n"));
    imported = runIqa({QStringLiteral("study"), QStringLiteral("import"), studyB, QStringLiteral("--votes"),
                       dir.filePath(QStringLiteral("foreign.csv")), QStringLiteral("--json")});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.json().value(QStringLiteral("imported")).toInt(), 1);
    QCOMPARE(imported.json().value(QStringLiteral("skipped_rows")).toArray().size(), 1);
    QCOMPARE(imported.json()
                 .value(QStringLiteral("skipped_rows"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("line"))
                 .toInt(),
             3);
}

void TestStudiesStore::createFromLabelsAndFolders()
{
    QTemporaryDir dir;
    const QStringList refs = makeImages(dir.filePath(QStringLiteral("ref")), QStringLiteral("r"), 2);
    const QStringList dists = makeImages(dir.filePath(QStringLiteral("dist")), QStringLiteral("d"), 6);
    QStringList lines{QStringLiteral("ref,dist,mos")};
    for (int i = 0; i < 6; ++i)
        lines << QStringLiteral("ref/r%1.png,dist/d%2.png,3")
                     .arg(i / 3 + 1, 2, 10, QLatin1Char('0'))
                     .arg(i + 1, 2, 10, QLatin1Char('0'));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("labels.csv")),
                      (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()));

    // DCR from a label CSV: one item per row, the reference shown.
    Run run = runIqa({QStringLiteral("study"), QStringLiteral("create"), dir.filePath(QStringLiteral("dcr.iqas")),
                      QStringLiteral("--method"), QStringLiteral("dcr"), QStringLiteral("--labels"),
                      dir.filePath(QStringLiteral("labels.csv")), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json().value(QStringLiteral("test_items")).toInt(), 6);
    QCOMPARE(run.json().value(QStringLiteral("stimulus_files")).toInt(), 8);
    // Pairwise from the same labels: pairs of distorted images sharing a reference, 2 x C(3, 2).
    run = runIqa({QStringLiteral("study"), QStringLiteral("create"), dir.filePath(QStringLiteral("pairs.iqas")),
                  QStringLiteral("--method"), QStringLiteral("pairwise"), QStringLiteral("--labels"),
                  dir.filePath(QStringLiteral("labels.csv")), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json().value(QStringLiteral("test_items")).toInt(), 6);
    // ACR over a folder: every image; pairwise over it: every pair, C(6, 2).
    run = runIqa({QStringLiteral("study"), QStringLiteral("create"), dir.filePath(QStringLiteral("acr.iqas")),
                  QStringLiteral("--method"), QStringLiteral("acr"), QStringLiteral("--images"),
                  dir.filePath(QStringLiteral("dist")), QStringLiteral("--json")});
    QCOMPARE(run.json().value(QStringLiteral("test_items")).toInt(), 6);
    run = runIqa({QStringLiteral("study"), QStringLiteral("create"), dir.filePath(QStringLiteral("pf.iqas")),
                  QStringLiteral("--method"), QStringLiteral("pairwise"), QStringLiteral("--images"),
                  dir.filePath(QStringLiteral("dist")), QStringLiteral("--json")});
    QCOMPARE(run.json().value(QStringLiteral("test_items")).toInt(), 15);

    // A pairwise session rated by script; the export scales it; a reversed
    // pair in an imported file is matched with its value flipped.
    QStringList answers{QStringLiteral("stimulus,value")};
    for (int a = 1; a <= 6; ++a)
        for (int b = a + 1; b <= 6; ++b)
            answers << QStringLiteral("dist/d%1.png|dist/d%2.png,%3")
                           .arg(b, 2, 10, QLatin1Char('0'))
                           .arg(a, 2, 10, QLatin1Char('0'))
                           .arg(1);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("pair-answers.csv")),
                      (answers.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()));
    run = runIqa({QStringLiteral("study"), QStringLiteral("rate-script"), dir.filePath(QStringLiteral("pf.iqas")),
                  QStringLiteral("--rater"), QStringLiteral("p"), QStringLiteral("--answers"),
                  dir.filePath(QStringLiteral("pair-answers.csv"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(castPositions(run.out).size(), 15);
    run = runIqa({QStringLiteral("study"), QStringLiteral("export"), dir.filePath(QStringLiteral("pf.iqas")),
                  QStringLiteral("--json"), QStringLiteral("--bootstrap"), QStringLiteral("50")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The later image always won: its scale is the highest.
    double best = -1e9;
    QString bestImage;
    for (const QJsonValue &v :
         run.json().value(QStringLiteral("mos")).toObject().value(QStringLiteral("stimuli")).toArray()) {
        if (v.toObject().value(QStringLiteral("mos")).toDouble() > best) {
            best = v.toObject().value(QStringLiteral("mos")).toDouble();
            bestImage = v.toObject().value(QStringLiteral("image")).toString();
        }
    }
    QCOMPARE(bestImage, QStringLiteral("dist/d06.png"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("reversed.csv")),
                      "rater,stimulus,method,value\nq,dist/d02.png|dist/d01.png,pairwise,1\n"));
    run = runIqa({QStringLiteral("study"), QStringLiteral("import"), dir.filePath(QStringLiteral("pf.iqas")),
                  QStringLiteral("--votes"), dir.filePath(QStringLiteral("reversed.csv")), QStringLiteral("--json")});
    QCOMPARE(run.json().value(QStringLiteral("imported")).toInt(), 1);
    auto store = iqa::StudyStore::open(dir.filePath(QStringLiteral("pf.iqas")));
    const auto records = (*store)->voteRecords();
    const iqa::VoteRecord &last = records->last();
    QCOMPARE(last.rater, QStringLiteral("q"));
    QCOMPARE(QFileInfo(last.item.first).fileName(), QStringLiteral("d01.png"));
    QCOMPARE(last.value, 0.0); // d02 preferred = the stored first image d01 not preferred

    // Bad sources.
    QCOMPARE(runIqa({QStringLiteral("study"), QStringLiteral("create"), dir.filePath(QStringLiteral("x.iqas")),
                     QStringLiteral("--method"), QStringLiteral("dcr"), QStringLiteral("--images"),
                     dir.filePath(QStringLiteral("dist"))})
                 .exitCode,
             1);
    QCOMPARE(runIqa({QStringLiteral("study"), QStringLiteral("create"), dir.filePath(QStringLiteral("x.iqas")),
                     QStringLiteral("--method"), QStringLiteral("acr")})
                 .exitCode,
             2);
    QCOMPARE(runIqa({QStringLiteral("study"), QStringLiteral("frobnicate")}).exitCode, 2);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.iqas"))));
}

QTEST_GUILESS_MAIN(TestStudiesStore)
#include "test_studies_store.moc"
