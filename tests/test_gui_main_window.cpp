// The comparison window as a person uses it, offscreen: open a pair, see
// scores, zoom with the views locked, survive a corrupt file, switch language.
#include "TestSupport.h"

#include "AppSettings.h"
#include "ImagePane.h"
#include "ImageView.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ScorePanel.h"
#include "SideBySideView.h"

#include <QLabel>
#include <QMenuBar>
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

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensPairAndShowsScoresWithDirection();
    void zoomAndPanStayLocked();
    void corruptImageShowsMessageAndAppKeepsWorking();
    void differentSizesExplainWhyThereAreNoScores();
    void languageSwitchRetranslatesMenus();

private:
    QTemporaryDir m_dir;
    QString m_ref, m_dist, m_small, m_corrupt;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // keep the user's settings out of it
    QVERIFY(m_dir.isValid());
    cv::Mat ref(240, 320, CV_8UC3);
    cv::randu(ref, 0, 255);
    cv::GaussianBlur(ref, ref, {0, 0}, 3.0);
    cv::Mat dist;
    cv::GaussianBlur(ref, dist, {0, 0}, 2.0);
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
    QCOMPARE(rows.size(), 4);
    for (const ScorePanel::Row &row : rows) {
        QVERIFY2(row.error.isEmpty(), qPrintable(row.error));
        QVERIFY(!row.direction.isEmpty());
        QVERIFY(!row.range.isEmpty());
    }
    QCOMPARE(rows[0].id, QStringLiteral("psnr"));
    QVERIFY(rows[0].value > 20.0 && rows[0].value < 60.0);
    QCOMPARE(rows[3].id, QStringLiteral("gmsd"));
    QCOMPARE(rows[3].direction, QStringLiteral("lower is better"));

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
    QCOMPARE(window.scorePanel()->rows().size(), 4);
}

void MainWindowTest::differentSizesExplainWhyThereAreNoScores()
{
    MainWindow window;
    window.show();
    window.openImage(MainWindow::Role::Reference, m_ref);
    window.openImage(MainWindow::Role::Distorted, m_small);
    QVERIFY(waitIdle(window));
    QVERIFY(window.scorePanel()->rows().isEmpty());
    QVERIFY(window.scorePanel()->findChild<QLabel *>()->text().contains(QStringLiteral("100 x 80")));
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
    languages.apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
}

QTEST_MAIN(MainWindowTest)
#include "test_gui_main_window.moc"
