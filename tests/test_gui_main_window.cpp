// The comparison window as a person uses it, offscreen: open a pair, see
// scores, zoom with the views locked, survive a corrupt file, switch language.
#include "TestSupport.h"

#include "AppSettings.h"
#include "FineTuneWindow.h"
#include "ImagePane.h"
#include "ImageView.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ScorePanel.h"
#include "SideBySideView.h"
#include "models/ModelRegistry.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace iqa::test;

namespace {

bool waitIdle(MainWindow &window)
{
    return QTest::qWaitFor([&window] { return !window.isBusy(); }, 30000);
}

// The score panel's rows for a pair: one per full-reference model, two
// (distorted, reference) per no-reference model.
int expectedRowCount()
{
    int rows = 0;
    for (const QString &id : iqa::ModelRegistry::ids()) {
        const iqa::Expected<iqa::ModelCard> card = iqa::ModelRegistry::card(id);
        rows += card && card->kind == iqa::ModelKind::NoReference ? 2 : 1;
    }
    return rows;
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensPairAndShowsScoresWithDirection();
    void zoomAndPanStayLocked();
    void corruptImageShowsMessageAndAppKeepsWorking();
    void differentSizesKeepTheNoReferenceScores();
    void slowModelShowsABusyStateUntilItsScoreArrives();
    void languageSwitchRetranslatesMenus();
    void panelLayoutIsRestored();

private:
    QTemporaryDir m_dir;
    QString m_ref, m_dist, m_small, m_corrupt;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // keep the user's settings out of it
    QVERIFY(m_dir.isValid());
    const TexturedPair pair = texturedPair(320, 240);
    const cv::Mat &ref = pair.reference;
    const cv::Mat &dist = pair.distorted;
    m_ref = m_dir.filePath(QStringLiteral("ref.png"));
    m_dist = m_dir.filePath(QStringLiteral("dist.jpg"));
    m_small = m_dir.filePath(QStringLiteral("small.png"));
    m_corrupt = m_dir.filePath(QStringLiteral("kaputt.png"));
    QVERIFY(writeImageFile(m_ref, ref));
    QVERIFY(writeImageFile(m_dist, dist));
    QVERIFY(writeImageFile(m_small, ref(cv::Rect(0, 0, 100, 80)).clone()));
    QByteArray png = readFile(m_ref);
    png.truncate(png.size() / 2);
    QVERIFY(writeFile(m_corrupt, png));
}

void MainWindowTest::opensPairAndShowsScoresWithDirection()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.openImage(MainWindow::Role::Reference, m_ref);
    window.openImage(MainWindow::Role::Distorted, m_dist);
    QVERIFY(waitIdle(window));
    QVERIFY(window.comparison()->referencePane()->view()->hasImage());
    QVERIFY(window.comparison()->distortedPane()->view()->hasImage());
    QVERIFY(window.comparison()->distortedPane()->title().contains(QStringLiteral("dist.jpg")));
    QVERIFY(window.comparison()->distortedPane()->title().contains(QStringLiteral("320 x 240")));

    const QVector<ScorePanel::Row> rows = window.scorePanel()->rows();
    // Every model: full-reference ones once, no-reference ones for each image.
    QCOMPARE(rows.size(), expectedRowCount());
    for (const ScorePanel::Row &row : rows) {
        QVERIFY2(row.error.isEmpty(), qPrintable(row.error));
        QVERIFY(!row.direction.isEmpty());
        QVERIFY(!row.range.isEmpty());
    }
    QCOMPARE(rows[0].id, QStringLiteral("psnr"));
    QVERIFY(rows[0].value > 20.0 && rows[0].value < 60.0);
    QCOMPARE(rows[3].id, QStringLiteral("gmsd"));
    QCOMPARE(rows[3].direction, QStringLiteral("lower is better"));
    // The learned model with its provenance: weights hash, crops and device.
    QCOMPARE(rows[4].id, QStringLiteral("vae-qa"));
    QCOMPARE(rows[4].direction, QStringLiteral("higher is better"));
    QVERIFY(rows[4].value >= 0.0 && rows[4].value <= 1.0);
    QCOMPARE(rows[4].weightsSha256.size(), 64);
    QVERIFY(rows[4].crops == 1 || rows[4].crops == 5);
    const QString provenance = window.scorePanel()->provenanceText();
    QVERIFY2(provenance.contains(rows[4].weightsSha256.left(12)) && provenance.contains(rows[4].device),
             qPrintable(provenance));

    // The screenshot of this state is what the README shows; it must not be blank.
    const QImage shot = window.grab().toImage();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.pixelColor(shot.width() / 4, shot.height() / 2) != shot.pixelColor(10, shot.height() - 5));
}

void MainWindowTest::zoomAndPanStayLocked()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.openImage(MainWindow::Role::Reference, m_ref);
    window.openImage(MainWindow::Role::Distorted, m_dist);
    QVERIFY(waitIdle(window));
    ImageView *ref = window.comparison()->referencePane()->view();
    ImageView *dist = window.comparison()->distortedPane()->view();

    window.comparison()->zoomOneToOne();
    QCOMPARE(ref->zoom(), 1.0);
    QCOMPARE(dist->zoom(), 1.0);
    dist->zoomIn();
    dist->zoomIn();
    QVERIFY(ref->zoom() > 1.5);
    QCOMPARE(ref->zoom(), dist->zoom());
    // Pan the reference; the distorted view shows the same image point.
    ref->centerOn(QPointF(60, 50));
    QVERIFY((ref->center() - dist->center()).manhattanLength() < 2.0);
    ref->centerOn(QPointF(250, 180));
    QVERIFY((ref->center() - dist->center()).manhattanLength() < 2.0);
    // Wheel zoom on one view carries the other along.
    const double before = dist->zoom();
    QWheelEvent wheel(QPointF(50, 50), ref->viewport()->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(ref->viewport(), &wheel);
    QVERIFY(dist->zoom() > before);
    QCOMPARE(ref->zoom(), dist->zoom());
    window.comparison()->fitToWindow();
    QVERIFY(ref->isFitToWindow() && dist->isFitToWindow());
}

void MainWindowTest::corruptImageShowsMessageAndAppKeepsWorking()
{
    MainWindow window;
    window.show();
    window.openImage(MainWindow::Role::Reference, m_ref);
    window.openImage(MainWindow::Role::Distorted, m_corrupt);
    QVERIFY(waitIdle(window));
    const QString message = window.comparison()->distortedPane()->message();
    QVERIFY2(message.contains(QStringLiteral("kaputt.png")), qPrintable(message));
    QVERIFY(!window.comparison()->distortedPane()->view()->hasImage());
    QVERIFY(window.scorePanel()->rows().isEmpty());

    // The user picks a good file next: everything works again.
    window.openImage(MainWindow::Role::Distorted, m_dist);
    QVERIFY(waitIdle(window));
    QVERIFY(window.comparison()->distortedPane()->message().isEmpty());
    QCOMPARE(window.scorePanel()->rows().size(), expectedRowCount());
}

void MainWindowTest::differentSizesKeepTheNoReferenceScores()
{
    MainWindow window;
    window.show();
    window.openImage(MainWindow::Role::Reference, m_ref);
    window.openImage(MainWindow::Role::Distorted, m_small);
    QVERIFY(waitIdle(window));
    QVERIFY2(window.scorePanel()->statusText().contains(QStringLiteral("100 x 80")), qPrintable(window.scorePanel()->statusText()));
    // No full-reference score, but each image alone by the no-reference models.
    const QVector<ScorePanel::Row> rows = window.scorePanel()->rows();
    int noReference = 0;
    for (const ScorePanel::Row &row : rows) {
        QVERIFY2(row.noReference(), qPrintable(row.id));
        ++noReference;
    }
    int expected = 0;
    for (const QString &id : iqa::ModelRegistry::ids())
        expected += iqa::ModelRegistry::kind(id) == iqa::ModelKind::NoReference ? 2 : 0;  // both images
    QCOMPARE(noReference, expected);
}

namespace {

// A model that holds the worker until the test lets it go: a learned model's seconds, on demand.
class GatedModel : public iqa::QualityModel
{
public:
    explicit GatedModel(std::shared_ptr<QSemaphore> gate) : m_gate(std::move(gate))
    {
        m_card.id = QStringLiteral("slow");
        m_card.name = QStringLiteral("Slow");
    }
    const iqa::ModelCard &card() const override { return m_card; }
    iqa::Expected<double> scorePair(const iqa::Image &, const iqa::Image &) override
    {
        m_gate->acquire();
        return 0.5;
    }

private:
    iqa::ModelCard m_card;
    std::shared_ptr<QSemaphore> m_gate;
};

} // namespace

void MainWindowTest::slowModelShowsABusyStateUntilItsScoreArrives()
{
    MainWindow window;
    auto gate = std::make_shared<QSemaphore>();
    window.modelWorker()->setModelFactory(
        [gate](const QString &, const iqa::ModelOptions &) -> iqa::Expected<std::unique_ptr<iqa::QualityModel>> {
            return std::unique_ptr<iqa::QualityModel>(new GatedModel(gate));
        });
    window.show();
    window.openImage(MainWindow::Role::Reference, m_ref);
    window.openImage(MainWindow::Role::Distorted, m_dist);
    ScorePanel *panel = window.scorePanel();
    QVERIFY(QTest::qWaitFor([panel] { return panel->isBusy(); }, 30000));
    auto *bar = panel->findChild<QProgressBar *>();
    QVERIFY(bar && bar->isVisible());
    QVERIFY(panel->findChild<QLabel *>()->text().contains(QStringLiteral("Scoring")));
    QTest::qWait(200);
    QVERIFY(window.isBusy());  // a screenshot would wait
    gate->release(1000);       // every model of the registry is this one
    QVERIFY(waitIdle(window));
    QVERIFY(!bar->isVisible());
    QVERIFY(!panel->rows().isEmpty());
    QCOMPARE(panel->rows().first().value, 0.5);
}

void MainWindowTest::languageSwitchRetranslatesMenus()
{
    LanguageManager languages;
    MainWindow window;
    window.show();
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(languages.apply(QStringLiteral("de")), QStringLiteral("de"));
    QCoreApplication::processEvents();
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    QCOMPARE(window.comparison()->referencePane()->title(), QStringLiteral("Referenz"));
    // A tool window opened later comes up in the language chosen.
    FineTuneWindow tuning;
    QCOMPARE(tuning.windowTitle(), QStringLiteral("Modelle feinabstimmen — IQA Studio"));
    languages.apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(tuning.windowTitle(), QStringLiteral("Fine-tune models — IQA Studio"));
}

// Panels the user closed or moved stay so in the next session.
void MainWindowTest::panelLayoutIsRestored()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.inspectorDock()->isVisible());
        window.inspectorDock()->close();
        window.close();  // saves geometry and layout
    }
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.inspectorDock()->isVisible());
        window.inspectorDock()->show();
        window.close();
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.inspectorDock()->isVisible());
}

QTEST_MAIN(MainWindowTest)
#include "test_gui_main_window.moc"
