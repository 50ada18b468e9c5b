// The rating-study GUI as an experimenter and a rater use it, offscreen:
// create a study in the wizard (and get the same study as `iqa study
// create`), rate every trial with the keyboard through a break, a pause and
// a closed window, export the votes and find the keys that were pressed;
// read a planted study's MOS in the results view; see moved stimuli and bad
// study files reported instead of rated or crashed on.
#include "TestSupport.h"

#include "MainWindow.h"
#include "RatingScale.h"
#include "RatingSession.h"
#include "RatingStimulusView.h"
#include "StudyMenu.h"
#include "StudyPresentation.h"
#include "StudyResultsView.h"
#include "StudyWizard.h"

#include "io/CsvReader.h"
#include "io/LabelCsv.h"
#include "studies/StudyStore.h"
#include "studies/ThurstoneScaling.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

#include <qcustomplot.h>

#include <opencv2/imgproc.hpp>

using namespace iqa::test;

namespace {

// Small real images (the rating window decodes them), each visibly different.
QStringList makeImages(const QString &folder, const QString &prefix, int count)
{
    QDir().mkpath(folder);
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        cv::Mat image(72, 96, CV_8UC3);
        cv::theRNG().state = 1000 + i;
        cv::randu(image, 0, 255);
        cv::GaussianBlur(image, image, {0, 0}, 1.0 + i);
        const QString path = QDir(folder).filePath(QStringLiteral("%1%2.png").arg(prefix).arg(i));
        if (!writeImageFile(path, image))
            return {};
        paths << QDir::cleanPath(path);
    }
    return paths;
}

// Test items of single images (pairwise: every pair of them).
iqa::StudyDefinition definitionOf(const QStringList &images, iqa::VoteMethod method = iqa::VoteMethod::Acr)
{
    iqa::StudyDefinition definition;
    definition.method = method;
    for (int a = 0; a < images.size(); ++a) {
        if (method != iqa::VoteMethod::Pairwise)
            definition.items.append({iqa::ItemKind::Test, images[a], QString(), std::nullopt});
        else
            for (int b = a + 1; b < images.size(); ++b)
                definition.items.append({iqa::ItemKind::Test, images[a], images[b], std::nullopt});
    }
    return definition;
}

// One whole session of `rater` cast straight into the store, the answer to
// each trial from `answer`; false when the store refuses anything.
bool rateThroughStore(iqa::StudyStore &store, const QString &rater,
                      const std::function<double(const iqa::Trial &)> &answer)
{
    iqa::SessionRequest request;
    request.rater = rater;
    const auto session = store.startSession(request);
    if (!session)
        return false;
    const auto schedule = store.schedule(session->id);
    if (!schedule)
        return false;
    for (const iqa::Trial &trial : *schedule) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!store.castVote(session->id, trial.position, answer(trial), now, now))
            return false;
    }
    return true;
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// Fills the wizard's fields and walks it to the end with its own buttons.
struct WizardInput
{
    int sourceKind = 0; // folder, list, labels
    QString source;
    QString method = QStringLiteral("acr");
    QString training, gold;
    int repeats = 0;
    QString seed;
    int breakEvery = 0;
    double presentationSeconds = 0;
    QString name;
    QString file;
};

bool runWizard(StudyWizard &wizard, const WizardInput &in, QString *message)
{
    wizard.show();
    child<QComboBox>(&wizard, "sourceKind")->setCurrentIndex(in.sourceKind);
    child<QLineEdit>(&wizard, "sourcePath")->setText(in.source);
    QComboBox *method = child<QComboBox>(&wizard, "method");
    method->setCurrentIndex(method->findData(in.method));
    auto next = [&wizard, message](int expectedPage) {
        wizard.button(QWizard::NextButton)->click();
        *message = wizard.pageMessage();
        return wizard.currentId() == expectedPage;
    };
    if (!next(1))
        return false;
    child<QLineEdit>(&wizard, "trainingList")->setText(in.training);
    child<QLineEdit>(&wizard, "goldCsv")->setText(in.gold);
    child<QSpinBox>(&wizard, "repeats")->setValue(in.repeats);
    if (!next(2))
        return false;
    child<QLineEdit>(&wizard, "seed")->setText(in.seed);
    child<QSpinBox>(&wizard, "breakEvery")->setValue(in.breakEvery);
    child<QDoubleSpinBox>(&wizard, "presentationSeconds")->setValue(in.presentationSeconds);
    if (!next(3))
        return false;
    child<QLineEdit>(&wizard, "studyName")->setText(in.name);
    child<QLineEdit>(&wizard, "studyFile")->setText(in.file);
    wizard.button(QWizard::FinishButton)->click();
    *message = wizard.pageMessage();
    return wizard.result() == QDialog::Accepted && !wizard.createdStudy().isEmpty();
}

// Everything of a study that `create` decides, in item order.
QStringList studyFingerprint(const QString &path)
{
    const auto store = iqa::StudyStore::open(path);
    if (!store)
        return {store.error()};
    const auto items = (*store)->items();
    QStringList lines{QStringLiteral("%1 %2 %3")
                          .arg((*store)->info().name, iqa::voteMethodKey((*store)->info().method))
                          .arg((*store)->info().repeatsPerSession)};
    for (const iqa::StudyItem &item : *items)
        lines << QStringLiteral("%1 %2|%3 %4")
                     .arg(iqa::itemKindKey(item.kind), item.firstStored, item.secondStored,
                          item.expected ? QString::number(*item.expected) : QStringLiteral("-"));
    const auto files = (*store)->stimulusFiles();
    for (const iqa::StimulusFile &f : *files)
        lines << f.stored + QLatin1Char(' ') + f.sha256;
    return lines;
}

// Shows the window and starts a session as the experimenter would: type
// the id, Enter; the instructions follow.
bool startSession(RatingSession &session, const QString &rater)
{
    session.resize(1100, 760);
    session.show();
    if (!QTest::qWaitFor([&session] { return session.stimuliChecked(); }, 20000))
        return false;
    QLineEdit *field = child<QLineEdit>(&session, "rater");
    field->clear();
    QTest::keyClicks(field, rater);
    QTest::keyClick(field, Qt::Key_Return);
    return session.page() == RatingSession::Page::Instructions;
}

} // namespace

class StudyGuiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wizardMakesTheSameStudyAsTheCli_data();
    void wizardMakesTheSameStudyAsTheCli();
    void wizardShowsProblemsOnThePage();
    void keyboardRatingWithBreakPauseResumeAndExport();
    void pairwiseArrowsFollowTheStoredSides();
    void sliderMovesWithArrowsAndConfirmsWithEnter();
    void timedPresentationHidesTheImageButKeepsTheVote();
    void movedStimulusIsReportedBeforeTheSessionStarts();
    void sameSessionInTwoWindowsKeepsTheFirstVote();
    void resultsViewShowsPlantedMosAndExclusions();
    void pairwiseResultsShowBradleyTerryWithIntervals();
    void studyMenuOpensWindowsAndReportsBadFiles();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A study `name`/`name`.iqas of `count` generated images, made through the store.
    QString imageStudy(const QString &name, int count, iqa::VoteMethod method = iqa::VoteMethod::Acr,
                       QStringList *images = nullptr) const
    {
        const QStringList made = makeImages(path(name), name.left(1), count);
        if (images)
            *images = made;
        const QString file = path(name) + QLatin1Char('/') + name + QStringLiteral(".iqas");
        return made.size() == count && iqa::StudyStore::create(file, definitionOf(made, method)) ? file : QString();
    }
};

void StudyGuiTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void StudyGuiTest::wizardMakesTheSameStudyAsTheCli_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("method");

    QTest::newRow("folder acr with training, gold, repeats") << QStringLiteral("folder") << QStringLiteral("acr");
    QTest::newRow("folder pairwise") << QStringLiteral("folder") << QStringLiteral("pairwise");
    QTest::newRow("labels pairwise (pairs share a reference)")
        << QStringLiteral("labels") << QStringLiteral("pairwise");
    QTest::newRow("labels slider") << QStringLiteral("labels") << QStringLiteral("slider");
    QTest::newRow("list dcr") << QStringLiteral("list") << QStringLiteral("dcr");
}

void StudyGuiTest::wizardMakesTheSameStudyAsTheCli()
{
    QFETCH(QString, source);
    QFETCH(QString, method);
    const QString base = path(QStringLiteral("same-%1-%2").arg(source, method));
    const QStringList images = makeImages(base + QStringLiteral("/images"), QStringLiteral("img"), 4);
    QCOMPARE(images.size(), 4);
    const QStringList refs = makeImages(base + QStringLiteral("/refs"), QStringLiteral("ref"), 2);
    makeImages(base + QStringLiteral("/train"), QStringLiteral("t"), 2);
    QVERIFY(writeFile(base + QStringLiteral("/train.lst"), "# practice\ntrain/t0.png\n\ntrain/t1.png\n"));
    QVERIFY(writeFile(base + QStringLiteral("/labels.csv"), "ref,dist,mos\nrefs/ref0.png,images/img0.png,4\n"
                                                            "refs/ref0.png,images/img1.png,3\n"
                                                            "refs/ref0.png,images/img2.png,2\n"
                                                            "refs/ref1.png,images/img3.png,1\n"
                                                            "refs/ref1.png,images/img0.png,5\n"));
    QVERIFY(writeFile(base + QStringLiteral("/pairs.lst"), "refs/ref0.png|images/img0.png\n"
                                                           "refs/ref1.png|images/img1.png\n"));
    const bool pairwise = method == QLatin1String("pairwise");
    const QByteArray gold = pairwise                         ? "stimulus,expected\nimages/img0.png|images/img3.png,1\n"
                            : method == QLatin1String("dcr") ? "stimulus,expected\nrefs/ref0.png|images/img2.png,5\n"
                            : method == QLatin1String("slider") ? "stimulus,expected\nimages/img1.png,80\n"
                                                                : "stimulus,expected\nimages/img1.png,4.5\n";
    QVERIFY(writeFile(base + QStringLiteral("/gold.csv"), gold));

    WizardInput in;
    in.sourceKind = source == QLatin1String("folder") ? 0 : source == QLatin1String("list") ? 1 : 2;
    in.source = source == QLatin1String("folder") ? base + QStringLiteral("/images")
                : source == QLatin1String("list") ? base + QStringLiteral("/pairs.lst")
                                                  : base + QStringLiteral("/labels.csv");
    in.method = method;
    in.training = pairwise || method == QLatin1String("dcr") ? QString() : base + QStringLiteral("/train.lst");
    in.gold = base + QStringLiteral("/gold.csv");
    in.repeats = 1;
    in.seed = QStringLiteral("42");
    in.breakEvery = 3;
    in.name = QStringLiteral("Same study");
    in.file = base + QStringLiteral("/wizard.iqas");
    StudyWizard wizard;
    QString message;
    QVERIFY2(runWizard(wizard, in, &message), qPrintable(message));
    QCOMPARE(wizard.createdStudy(), QFileInfo(in.file).absoluteFilePath());

    QStringList arguments{QStringLiteral("study"),
                          QStringLiteral("create"),
                          base + QStringLiteral("/cli.iqas"),
                          QStringLiteral("--method"),
                          method,
                          source == QLatin1String("folder") ? QStringLiteral("--images")
                          : source == QLatin1String("list") ? QStringLiteral("--list")
                                                            : QStringLiteral("--labels"),
                          in.source,
                          QStringLiteral("--gold"),
                          in.gold,
                          QStringLiteral("--repeats"),
                          QStringLiteral("1"),
                          QStringLiteral("--name"),
                          in.name};
    if (!in.training.isEmpty())
        arguments << QStringLiteral("--training") << in.training;
    const Run cli = runIqa(arguments);
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));

    const QStringList fromWizard = studyFingerprint(in.file);
    const QStringList fromCli = studyFingerprint(base + QStringLiteral("/cli.iqas"));
    QVERIFY2(fromWizard.size() > 3, qPrintable(fromWizard.join(QLatin1Char('\n'))));
    QCOMPARE(fromWizard, fromCli);
    if (pairwise && source == QLatin1String("labels")) {
        // img0..img2 share ref0 (3 pairs), img3 and img0 share ref1 (1 pair).
        QCOMPARE(fromWizard.filter(QStringLiteral("test ")).size(), 4);
    }

    // What the study file has no column for went to its presentation file.
    const auto presentation = StudyPresentation::load(in.file);
    QVERIFY2(presentation, qPrintable(presentation.error()));
    QCOMPARE(presentation->breakEvery, 3);
    QCOMPARE(presentation->orderSeed.value_or(0), quint64(42));
    QCOMPARE(presentation->goldTolerance.has_value(), !pairwise);
}

void StudyGuiTest::wizardShowsProblemsOnThePage()
{
    const QString folder = path(QStringLiteral("problems"));
    makeImages(folder, QStringLiteral("p"), 3);
    StudyWizard wizard;
    wizard.show();
    // Nothing chosen yet.
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), 0);
    QVERIFY2(wizard.pageMessage().contains(QStringLiteral("folder")), qPrintable(wizard.pageMessage()));
    // DCR needs references, which a folder does not have.
    child<QLineEdit>(&wizard, "sourcePath")->setText(folder);
    QComboBox *method = child<QComboBox>(&wizard, "method");
    method->setCurrentIndex(method->findData(QStringLiteral("dcr")));
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), 0);
    QVERIFY2(wizard.pageMessage().contains(QStringLiteral("DCR")), qPrintable(wizard.pageMessage()));
    method->setCurrentIndex(method->findData(QStringLiteral("acr")));
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), 1);
    // More repeats than test items.
    child<QSpinBox>(&wizard, "repeats")->setValue(4);
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), 1);
    QVERIFY2(wizard.pageMessage().contains(QStringLiteral("test items (3)")), qPrintable(wizard.pageMessage()));
    child<QSpinBox>(&wizard, "repeats")->setValue(1);
    wizard.button(QWizard::NextButton)->click();
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), 3);
    // An existing file is never overwritten; the wizard stays open and says so.
    QVERIFY(writeFile(folder + QStringLiteral("/taken.iqas"), "something else"));
    child<QLineEdit>(&wizard, "studyFile")->setText(folder + QStringLiteral("/taken.iqas"));
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.currentId(), 3);
    QVERIFY(wizard.isVisible());
    QVERIFY2(wizard.pageMessage().contains(QStringLiteral("already exists")), qPrintable(wizard.pageMessage()));
    QCOMPARE(readFile(folder + QStringLiteral("/taken.iqas")), QByteArray("something else"));
}

void StudyGuiTest::keyboardRatingWithBreakPauseResumeAndExport()
{
    const QString folder = path(QStringLiteral("rate"));
    QCOMPARE(makeImages(folder + QStringLiteral("/images"), QStringLiteral("s"), 5).size(), 5);
    WizardInput in;
    in.source = folder + QStringLiteral("/images");
    in.repeats = 1;
    in.seed = QStringLiteral("7");
    in.breakEvery = 2;
    in.file = folder + QStringLiteral("/rate.iqas");
    StudyWizard wizard;
    QString message;
    QVERIFY2(runWizard(wizard, in, &message), qPrintable(message));
    const int trials = 6; // five images and one repeat

    // The key for each position, chosen so that neighbours differ.
    auto keyFor = [](int position) { return (position * 3) % 5 + 1; };
    QMap<int, int> pressed;
    auto rateCurrent = [&](RatingSession &session) {
        const auto trial = session.currentTrial();
        if (!trial || session.page() != RatingSession::Page::Trial)
            return false;
        const int key = keyFor(trial->position);
        pressed[trial->position] = key;
        QTest::keyClick(&session, Qt::Key(Qt::Key_0 + key));
        return true;
    };

    {
        RatingSession session(in.file);
        QVERIFY2(session.openError().isEmpty(), qPrintable(session.openError()));
        child<QLineEdit>(&session, "viewingNotes")->setText(QStringLiteral("70 cm, dim room"));
        child<QSpinBox>(&session, "age")->setValue(34);
        QVERIFY(startSession(session, QStringLiteral("alice")));
        QVERIFY2(session.messageText().contains(QStringLiteral("6 item")), qPrintable(session.messageText()));
        QTest::keyClick(&session, Qt::Key_Space);
        QCOMPARE(session.page(), RatingSession::Page::Trial);
        QCOMPARE(session.currentTrial()->position, 1);
        // No model score anywhere: the trial page shows the image, the scale and keys only.
        QCOMPARE(session.stimulusView()->panelCount(), 1);
        QCOMPARE(session.scale()->method(), iqa::VoteMethod::Acr);

        QSignalSpy votes(&session, &RatingSession::voteCast);
        QVERIFY(rateCurrent(session));
        QVERIFY(rateCurrent(session));
        // A break after every two items; Space goes on.
        QCOMPARE(session.page(), RatingSession::Page::Break);
        QTest::keyClick(&session, Qt::Key_Space);
        QCOMPARE(session.currentTrial()->position, 3);
        // Esc pauses; Space resumes the same trial.
        QTest::keyClick(&session, Qt::Key_Escape);
        QCOMPARE(session.page(), RatingSession::Page::Pause);
        QTest::keyClick(&session, Qt::Key_Space);
        QCOMPARE(session.page(), RatingSession::Page::Trial);
        QCOMPARE(session.currentTrial()->position, 3);
        QVERIFY(rateCurrent(session));
        QCOMPARE(votes.count(), 3);
        // A held key (auto-repeat) does not vote: it would answer trials unseen.
        QCOMPARE(session.currentTrial()->position, 4);
        QKeyEvent held(QEvent::KeyPress, Qt::Key_2, Qt::NoModifier, QStringLiteral("2"), true);
        QApplication::sendEvent(&session, &held);
        QCOMPARE(votes.count(), 3);
        QVERIFY(rateCurrent(session));
        QCOMPARE(votes.count(), 4);
        QCOMPARE(session.page(), RatingSession::Page::Break);
        QTest::keyClick(&session, Qt::Key_Space);
        QCOMPARE(session.currentTrial()->position, 5);
        // The window closes in the middle of the session (as the window manager would).
        session.close();
    }
    {
        const auto store = iqa::StudyStore::open(in.file);
        QVERIFY(store);
        const auto sessions = (*store)->sessions();
        QCOMPARE(sessions->size(), 1);
        QCOMPARE(sessions->first().answered, 4);
        QCOMPARE(sessions->first().nextPosition.value_or(0), 5);
        // The conditions went into the session: QScreen's numbers and the form.
        QVERIFY2(sessions->first().display.contains(QStringLiteral("device pixel ratio")),
                 qPrintable(sessions->first().display));
        QVERIFY2(sessions->first().viewing.contains(QStringLiteral("70 cm, dim room")) &&
                     sessions->first().viewing.contains(QStringLiteral("break every 2 items")) &&
                     sessions->first().viewing.contains(QStringLiteral("age 34")),
                 qPrintable(sessions->first().viewing));
        // The seed came from the wizard's seed and the rater's name.
        QCOMPARE(sessions->first().seed,
                 StudyPresentation::load(in.file)->sessionSeed(QStringLiteral("alice"), 0).value());
    }
    {
        // The same rater again: the session continues at the next item.
        RatingSession session(in.file);
        QVERIFY(startSession(session, QStringLiteral("alice")));
        QVERIFY2(session.messageText().contains(QStringLiteral("continues with item 5")),
                 qPrintable(session.messageText()));
        QTest::keyClick(&session, Qt::Key_Space);
        QCOMPARE(session.currentTrial()->position, 5);
        QVERIFY(rateCurrent(session));
        QVERIFY(rateCurrent(session));
        QCOMPARE(session.page(), RatingSession::Page::Finished);
        QTest::keyClick(&session, Qt::Key_Return);
        QVERIFY(!session.isVisible());
    }

    // Every vote, once, in position order, with the key that was pressed.
    QCOMPARE(pressed.size(), trials);
    StudyResultsView results(in.file);
    const QString csv = folder + QStringLiteral("/votes.csv");
    const iqa::Status exported = results.exportVotes(csv);
    QVERIFY2(exported, qPrintable(exported.error()));
    const auto table = iqa::CsvReader::readTable(csv, QString());
    QVERIFY2(table, qPrintable(table.error()));
    QCOMPARE(table->rows.size(), trials);
    const int value = table->column("value"), position = table->column("position"), rater = table->column("rater");
    const int repeatColumn = table->column("repeat");
    QVERIFY(value >= 0 && position >= 0 && rater >= 0 && repeatColumn >= 0);
    int repeats = 0;
    for (int i = 0; i < trials; ++i) {
        const QStringList &fields = table->rows[i].fields;
        QCOMPARE(fields[position].toInt(), i + 1);
        QCOMPARE(fields[rater], QStringLiteral("alice"));
        QCOMPARE(fields[value].toDouble(), double(pressed.value(i + 1)));
        repeats += fields[repeatColumn].toInt();
    }
    QCOMPARE(repeats, 1);
}

void StudyGuiTest::pairwiseArrowsFollowTheStoredSides()
{
    QStringList images;
    const QString file = imageStudy(QStringLiteral("pairs"), 4, iqa::VoteMethod::Pairwise, &images);
    QVERIFY(!file.isEmpty());
    // A stored order seed: without one each session draws a random seed, and
    // one run in 32 would swap all six pairs or none.
    StudyPresentation presentation;
    presentation.orderSeed = 7;
    QVERIFY(presentation.save(file));

    RatingSession session(file);
    QVERIFY(startSession(session, QStringLiteral("bob")));
    QTest::keyClick(&session, Qt::Key_Space);
    // The stored schedule, to check that the next trial's images are
    // decoded ahead while the rater looks at the current one.
    const auto reader = iqa::StudyStore::open(file);
    QVERIFY(reader);
    const auto sessions = (*reader)->sessions();
    QVERIFY(sessions && sessions->size() == 1);
    const auto schedule = (*reader)->schedule(sessions->front().id);
    QVERIFY(schedule && schedule->size() == 6);
    QMap<int, double> expected;
    int swapped = 0;
    for (int i = 0; i < 6; ++i) {
        const auto trial = session.currentTrial();
        QVERIFY(trial);
        QCOMPARE(session.stimulusView()->panelCount(), 2);
        if (i < 5) {
            const iqa::StudyItem &next = schedule->at(i + 1).item;
            QCOMPARE(schedule->at(i).position, trial->position);
            QVERIFY(session.isPrefetched(next.first) && session.isPrefetched(next.second));
        }
        swapped += trial->swapped ? 1 : 0;
        // Left arrow on even trials, 2 (right) on odd ones.
        const bool left = i % 2 == 0;
        QTest::keyClick(&session, left ? Qt::Key_Left : Qt::Key_2);
        // 1 = the item's first image won; it was on the left unless swapped.
        expected[trial->position] = left == !trial->swapped ? 1.0 : 0.0;
    }
    QCOMPARE(session.page(), RatingSession::Page::Finished);
    QVERIFY2(swapped > 0 && swapped < 6, "the schedule should swap some pairs and not others");
    const auto store = iqa::StudyStore::open(file);
    const auto records = (*store)->voteRecords();
    QCOMPARE(records->size(), 6);
    for (const iqa::VoteRecord &r : *records)
        QCOMPARE(r.value, expected.value(r.position));
}

void StudyGuiTest::sliderMovesWithArrowsAndConfirmsWithEnter()
{
    QStringList images;
    const QString file = imageStudy(QStringLiteral("slider"), 2, iqa::VoteMethod::Slider, &images);
    QVERIFY(!file.isEmpty());

    RatingSession session(file);
    QVERIFY(startSession(session, QStringLiteral("carol")));
    QTest::keyClick(&session, Qt::Key_Space);
    const int first = session.currentTrial()->position;
    QCOMPARE(session.scale()->sliderValue(), 50);
    QTest::keyClick(&session, Qt::Key_Right);
    QTest::keyClick(&session, Qt::Key_Right);
    QTest::keyClick(&session, Qt::Key_Right);
    QCOMPARE(session.scale()->sliderValue(), 53);
    QTest::keyClick(&session, Qt::Key_Return);
    QCOMPARE(session.scale()->sliderValue(), 50); // the next trial starts in the middle again
    QTest::keyClick(&session, Qt::Key_Left, Qt::ShiftModifier);
    QTest::keyClick(&session, Qt::Key_Left);
    QCOMPARE(session.scale()->sliderValue(), 39);
    QTest::keyClick(&session, Qt::Key_Space);
    QCOMPARE(session.page(), RatingSession::Page::Finished);
    const auto store = iqa::StudyStore::open(file);
    const auto records = (*store)->voteRecords();
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(first - 1).value, 53.0);
    QCOMPARE(records->at(2 - first).value, 39.0);
}

void StudyGuiTest::timedPresentationHidesTheImageButKeepsTheVote()
{
    QStringList images;
    const QString file = imageStudy(QStringLiteral("timed"), 2, iqa::VoteMethod::Acr, &images);
    QVERIFY(!file.isEmpty());

    RatingSession session(file);
    // The experimenter sets the time on the start page (no presentation file here).
    child<QDoubleSpinBox>(&session, "presentationSeconds")->setValue(0.3);
    QVERIFY(startSession(session, QStringLiteral("dave")));
    QVERIFY2(session.messageText().contains(QStringLiteral("0.3 s")), qPrintable(session.messageText()));
    QTest::keyClick(&session, Qt::Key_Space);
    QVERIFY(session.stimulusView()->imagesVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!session.stimulusView()->imagesVisible(), 5000);
    QCOMPARE(session.page(), RatingSession::Page::Trial);
    QTest::keyClick(&session, Qt::Key_4);
    QCOMPARE(session.currentTrial()->position, 2);
    QVERIFY(session.stimulusView()->imagesVisible()); // each trial shows its image again
    const auto store = iqa::StudyStore::open(file);
    QCOMPARE((*store)->voteRecords()->size(), 1);
    QCOMPARE((*store)->voteRecords()->first().value, 4.0);
    QVERIFY((*store)->sessions()->first().viewing.contains(QStringLiteral("presentation 0.3 s")));
}

void StudyGuiTest::movedStimulusIsReportedBeforeTheSessionStarts()
{
    QStringList images;
    const QString file = imageStudy(QStringLiteral("moved"), 3, iqa::VoteMethod::Acr, &images);
    QVERIFY(!file.isEmpty());
    QVERIFY(QFile::rename(images[0], path(QStringLiteral("moved/renamed.png"))));
    QVERIFY(writeFile(images[1], readFile(images[2]))); // same name, other picture

    RatingSession session(file);
    session.show();
    QTRY_VERIFY_WITH_TIMEOUT(session.stimuliChecked(), 20000);
    QCOMPARE(session.stimulusProblems().size(), 2);
    const QString check = child<QLabel>(&session, "stimulusCheck")->text();
    QVERIFY2(check.contains(QStringLiteral("m0.png")) && check.contains(QStringLiteral("m1.png")), qPrintable(check));
    QVERIFY(!child<QPushButton>(&session, "start")->isEnabled());
    QVERIFY(!session.startAs(QStringLiteral("erin")));
    QCOMPARE(session.page(), RatingSession::Page::Start);
    const auto store = iqa::StudyStore::open(file);
    QVERIFY((*store)->sessions()->isEmpty()); // nothing was started, nothing rated
}

void StudyGuiTest::sameSessionInTwoWindowsKeepsTheFirstVote()
{
    QStringList images;
    const QString file = imageStudy(QStringLiteral("twice"), 3, iqa::VoteMethod::Acr, &images);
    QVERIFY(!file.isEmpty());
    // The same rater in two windows (two machines on a shared file, or a
    // window opened twice): both show the same unfinished session.
    RatingSession first(file), second(file);
    QVERIFY(startSession(first, QStringLiteral("zoe")));
    QVERIFY(startSession(second, QStringLiteral("zoe")));
    QCOMPARE(first.session()->id, second.session()->id);
    QTest::keyClick(&first, Qt::Key_Space);
    QTest::keyClick(&second, Qt::Key_Space);
    QCOMPARE(first.currentTrial()->position, 1);
    QCOMPARE(second.currentTrial()->position, 1);
    QTest::keyClick(&first, Qt::Key_3);
    // Too late for position 1: the second window says so and moves on, no dialog.
    QTest::keyClick(&second, Qt::Key_5);
    QCOMPARE(second.currentTrial()->position, 2);
    QVERIFY(child<QLabel>(&second, "keys")->text().contains(QStringLiteral("another window")));
    QTest::keyClick(&second, Qt::Key_4);
    QTest::keyClick(&first, Qt::Key_2); // position 2 is taken by now as well
    QCOMPARE(first.currentTrial()->position, 3);
    const auto store = iqa::StudyStore::open(file);
    const auto records = (*store)->voteRecords();
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(0).value, 3.0);
    QCOMPARE(records->at(1).value, 4.0);
}

void StudyGuiTest::resultsViewShowsPlantedMosAndExclusions()
{
    const QString folder = path(QStringLiteral("planted"));
    const QStringList images = makeImages(folder, QStringLiteral("x"), 3);
    iqa::StudyDefinition definition = definitionOf(images);
    definition.items.append({iqa::ItemKind::Gold, images[0], QString(), 5.0});
    const QString file = folder + QStringLiteral("/planted.iqas");
    {
        auto store = iqa::StudyStore::create(file, definition);
        QVERIFY(store);
        // Votes per image x0, x1, x2 and the gold answer; mallory fails the gold check.
        const QMap<QString, QVector<double>> answers{{QStringLiteral("ann"), {5, 3, 1, 5}},
                                                     {QStringLiteral("ben"), {4, 3, 2, 5}},
                                                     {QStringLiteral("cat"), {5, 4, 1, 4}},
                                                     {QStringLiteral("mallory"), {1, 1, 5, 1}}};
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            const QVector<double> values = it.value();
            QVERIFY(rateThroughStore(**store, it.key(), [&](const iqa::Trial &trial) {
                return trial.item.kind == iqa::ItemKind::Gold ? values[3] : values[images.indexOf(trial.item.first)];
            }));
        }
    }

    StudyResultsView view(file);
    view.resize(1280, 760);
    view.show();
    QVERIFY(view.result());
    // The pairwise scaling does not apply to ratings: shown, but disabled.
    QVERIFY(!child<QComboBox>(&view, "scaling")->isEnabled());
    QTableWidget *stimuli = view.stimulusTable();
    QCOMPARE(stimuli->rowCount(), 3);
    // MOS over ann, ben and cat: (5+4+5)/3, (3+3+4)/3, (1+2+1)/3; n = 3;
    // 95% CI half width t(0.975, 2) * s / sqrt(3) with s = 0.57735 for all three.
    const QMap<QString, QString> mos{{QStringLiteral("x0.png"), QStringLiteral("4.667")},
                                     {QStringLiteral("x1.png"), QStringLiteral("3.333")},
                                     {QStringLiteral("x2.png"), QStringLiteral("1.333")}};
    for (int row = 0; row < 3; ++row) {
        const QString name = stimuli->item(row, 0)->text();
        QVERIFY2(mos.contains(name), qPrintable(name));
        QCOMPARE(stimuli->item(row, 1)->text(), mos.value(name));
        QCOMPARE(stimuli->item(row, 2)->text(), QStringLiteral("0.577"));
        QCOMPARE(stimuli->item(row, 3)->text(), QStringLiteral("1.434"));
        QCOMPARE(stimuli->item(row, 6)->text(), QStringLiteral("3"));
    }
    // The excluded rater is listed with the rule and the reason.
    QTableWidget *raters = view.raterTable();
    QCOMPARE(raters->rowCount(), 4);
    bool found = false;
    for (int row = 0; row < raters->rowCount(); ++row) {
        if (raters->item(row, 0)->text() != QLatin1String("mallory"))
            continue;
        found = true;
        QVERIFY2(raters->item(row, 1)->text().contains(QStringLiteral("gold")),
                 qPrintable(raters->item(row, 1)->text()));
        QVERIFY2(raters->item(row, 2)->text().contains(QStringLiteral("0 of 1")),
                 qPrintable(raters->item(row, 2)->text()));
    }
    QVERIFY(found);
    // Charts: three MOS points with error bars, a bias bar per rater, a vote line per rater.
    QCOMPARE(view.mosPlot()->graph(0)->data()->size(), 3);
    QCOMPARE(view.mosPlot()->plottableCount(), 2);
    int bars = 0;
    for (int i = 0; i < view.biasPlot()->plottableCount(); ++i)
        if (auto *b = qobject_cast<QCPBars *>(view.biasPlot()->plottable(i)))
            bars += b->data()->size();
    QCOMPARE(bars, 4);
    QCOMPARE(view.timePlot()->graphCount(), 4);

    // Exports: the label CSV reads back as labels, the JSON carries the MOS.
    const QString labels = folder + QStringLiteral("/mos.csv");
    QVERIFY(view.exportLabels(labels));
    const auto set = iqa::LabelCsv::read(labels);
    QVERIFY2(set, qPrintable(set.error()));
    QCOMPARE(set->rows.size(), 3);
    const QString json = folder + QStringLiteral("/study.json");
    QVERIFY(view.exportJson(json));
    const QJsonObject root = QJsonDocument::fromJson(readFile(json)).object();
    QCOMPARE(root.value(QStringLiteral("mos")).toObject().value(QStringLiteral("stimuli")).toArray().size(), 3);
    QCOMPARE(root.value(QStringLiteral("mos")).toObject().value(QStringLiteral("excluded_raters")).toArray().size(), 1);

    // Import into a copy of the study: every vote arrives once, a second import adds nothing.
    const QString votes = folder + QStringLiteral("/votes.csv");
    QVERIFY(view.exportVotes(votes));
    const QString copy = folder + QStringLiteral("/copy.iqas");
    QVERIFY(iqa::StudyStore::create(copy, definition));
    StudyResultsView copyView(copy);
    QVERIFY(!copyView.result());
    const auto imported = copyView.importVotes(votes);
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->imported, 16);
    QVERIFY(copyView.result());
    QCOMPARE(copyView.stimulusTable()->rowCount(), 3);
    QCOMPARE(copyView.importVotes(votes)->alreadyPresent, 16);
}

void StudyGuiTest::pairwiseResultsShowBradleyTerryWithIntervals()
{
    const QString folder = path(QStringLiteral("pairs-results"));
    const QStringList images = makeImages(folder, QStringLiteral("b"), 3);
    const QString file = folder + QStringLiteral("/bt.iqas");
    {
        auto store = iqa::StudyStore::create(file, definitionOf(images, iqa::VoteMethod::Pairwise));
        QVERIFY(store);
        // b0 beats everything, b1 beats b2: the scale must come out b0 > b1 > b2.
        // The first image of every pair (the lower index) wins.
        for (const QString &rater : {QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3")})
            QVERIFY(rateThroughStore(**store, rater, [](const iqa::Trial &) { return 1.0; }));
    }
    StudyResultsView view(file);
    QVERIFY(view.result());
    QCOMPARE(view.result()->bootstrapSamples, 1000);
    QMap<QString, double> scale;
    for (const iqa::StimulusMos &s : view.result()->stimuli) {
        QVERIFY(s.ciLow && s.ciHigh && *s.ciLow <= *s.mos && *s.mos <= *s.ciHigh);
        scale[QFileInfo(s.stimulus.first).fileName()] = *s.mos;
    }
    QVERIFY(scale.value(QStringLiteral("b0.png")) > scale.value(QStringLiteral("b1.png")));
    QVERIFY(scale.value(QStringLiteral("b1.png")) > scale.value(QStringLiteral("b2.png")));
    QCOMPARE(view.stimulusTable()->horizontalHeaderItem(1)->text(), QStringLiteral("Scale (BT)"));
    QCOMPARE(view.mosPlot()->graph(0)->data()->size(), 3);

    // The Scaling box (Bradley-Terry by default, as `iqa mos`) re-aggregates
    // with Thurstone Case V: the table and the chart show that fit.
    QComboBox *scaling = child<QComboBox>(&view, "scaling");
    QVERIFY(scaling && scaling->isEnabled());
    QCOMPARE(scaling->currentData().toString(), QStringLiteral("bt"));
    QCOMPARE(view.result()->scaling, iqa::PairwiseScaling::BradleyTerry);
    auto shownScales = [&view] {
        QMap<QString, QString> shown;
        QTableWidget *table = view.stimulusTable();
        for (int row = 0; row < table->rowCount(); ++row)
            shown[QFileInfo(table->item(row, 0)->text()).fileName()] = table->item(row, 1)->text();
        return shown;
    };
    const QMap<QString, QString> btShown = shownScales();
    QCOMPARE(btShown.size(), 3);
    scaling->setCurrentIndex(scaling->findData(QStringLiteral("thurstone")));
    QTRY_VERIFY(view.result() && view.result()->scaling == iqa::PairwiseScaling::Thurstone);
    QCOMPARE(view.options().scaling, iqa::PairwiseScaling::Thurstone);
    QCOMPARE(view.stimulusTable()->horizontalHeaderItem(1)->text(), QStringLiteral("Scale (Thurstone)"));
    QVERIFY2(view.mosPlot()->yAxis->label().startsWith(QStringLiteral("Thurstone")),
             qPrintable(view.mosPlot()->yAxis->label()));
    // Three raters x three pairs, the lower index winning each time: b0 > b1, b0 > b2, b1 > b2.
    QVector<iqa::PairJudgement> judgements;
    for (int r = 0; r < 3; ++r)
        judgements << iqa::PairJudgement{0, 1} << iqa::PairJudgement{0, 2} << iqa::PairJudgement{1, 2};
    const QVector<double> expected = iqa::ThurstoneScaling::fit(3, judgements);
    const QMap<QString, QString> thurstoneShown = shownScales();
    for (int i = 0; i < 3; ++i) {
        const QString name = QStringLiteral("b%1.png").arg(i);
        QCOMPARE(thurstoneShown.value(name), QString::number(expected[i], 'f', 3));
        // The design is symmetric, so b1 sits at 0 on both scales; the ends move.
        if (i != 1)
            QVERIFY2(thurstoneShown.value(name) != btShown.value(name),
                     qPrintable(name + QLatin1Char(' ') + btShown.value(name)));
    }
    for (const iqa::StimulusMos &s : view.result()->stimuli)
        QVERIFY(s.ciLow && s.ciHigh && *s.ciLow <= *s.mos && *s.mos <= *s.ciHigh);
    // Back to Bradley-Terry: the first numbers again.
    scaling->setCurrentIndex(scaling->findData(QStringLiteral("bt")));
    QTRY_VERIFY(view.result() && view.result()->scaling == iqa::PairwiseScaling::BradleyTerry);
    QCOMPARE(shownScales(), btShown);

    // The analysis options are the study's: a later window on it opens with
    // the last ones chosen, a window on another study with the defaults.
    scaling->setCurrentIndex(scaling->findData(QStringLiteral("thurstone")));
    child<QSpinBox>(&view, "bootstrap")->setValue(400);
    child<QDoubleSpinBox>(&view, "repeatMaxDifference")->setValue(0.3);
    {
        StudyResultsView again(file);
        QCOMPARE(child<QComboBox>(&again, "scaling")->currentData().toString(), QStringLiteral("thurstone"));
        QVERIFY(again.result());
        QCOMPARE(again.result()->scaling, iqa::PairwiseScaling::Thurstone);
        QCOMPARE(again.result()->bootstrapSamples, 400);
        QCOMPARE(again.options().repeatMaxDifference.value_or(-1), 0.3);
    }
    const QString other = imageStudy(QStringLiteral("other-pairs"), 3, iqa::VoteMethod::Pairwise);
    StudyResultsView fresh(other);
    QCOMPARE(child<QComboBox>(&fresh, "scaling")->currentData().toString(), QStringLiteral("bt"));
    QCOMPARE(fresh.options().bootstrapSamples, 1000);
}

void StudyGuiTest::studyMenuOpensWindowsAndReportsBadFiles()
{
    MainWindow window;
    window.show();
    StudyMenu *menu = window.findChild<StudyMenu *>();
    QVERIFY(menu);
    QCOMPARE(menu->title(), QStringLiteral("&Study"));
    QCOMPARE(menu->newStudyAction()->text(), QStringLiteral("&New Study…"));

    // A text file is not a study: a message box says so and the file stays as it was.
    const QString notStudy = path(QStringLiteral("notes.iqas"));
    QVERIFY(writeFile(notStudy, "these are my notes\n"));
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        shown = box->text();
        box->accept();
    });
    QVERIFY(!menu->openStudyFile(notStudy));
    QVERIFY2(shown.contains(QStringLiteral("not an IQA Studio study")), qPrintable(shown));
    QCOMPARE(readFile(notStudy), QByteArray("these are my notes\n"));
    QVERIFY(menu->currentStudy().isEmpty());

    // A real study opens; Results… and Rate… open their windows on it.
    QStringList images;
    const QString file = imageStudy(QStringLiteral("menu"), 2, iqa::VoteMethod::Acr, &images);
    QVERIFY(!file.isEmpty());
    QVERIFY(menu->openStudyFile(file));
    QCOMPARE(menu->currentStudy(), QFileInfo(file).absoluteFilePath());
    StudyResultsView *results = menu->showResults();
    QVERIFY(results && results->isVisible());
    RatingSession *rating = menu->rate();
    QVERIFY(rating && rating->isVisible() && rating->isFullScreen());
    QPointer<RatingSession> guard(rating);
    rating->close();
    QTRY_VERIFY(guard.isNull()); // deleted on close
}

QTEST_MAIN(StudyGuiTest)
#include "test_gui_study.moc"
