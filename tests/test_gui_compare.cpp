// The comparison workbench, offscreen: compare modes keep the locked zoom,
// the swipe line follows a drag, flicker switches with Space and says which
// image is shown, the difference map has the colour map's entry for a known
// difference, the inspector reads pixels under the pointer and a Shift+drag
// region agrees with iqa::psnr on the crop.
#include "TestSupport.h"

#include "AppSettings.h"
#include "ColorBar.h"
#include "CompareView.h"
#include "ImagePane.h"
#include "ImageView.h"
#include "MainWindow.h"
#include "PixelInspector.h"
#include "RegionStatistics.h"
#include "SideBySideView.h"
#include "image/ColorMaps.h"
#include "image/ImageLoader.h"
#include "metrics/ClassicMetrics.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
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

QColor rgbAt(const QImage &image, int x, int y)
{
    return image.pixelColor(x, y);
}

QColor lutColor(iqa::ColorMap map, int index)
{
    const cv::Vec3b entry = iqa::colorMapLut(map)[index];
    return QColor(entry[0], entry[1], entry[2]);
}

QString cell(QTableWidget *table, int row, int column)
{
    return table->item(row, column)->text();
}

} // namespace

class CompareTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void colorMapTablesAreThePublishedOnes();
    void switchingModesKeepsZoomAndCentre();
    void swipeLineFollowsADrag();
    void flickerSwitchesWithSpaceAndSaysWhichImage();
    void differenceShowsColourMapEntryForKnownDifference();
    void inspectorShowsValuesUnderThePointer();
    void shiftDragRegionMatchesPsnrOfTheCrop();
    void actualSizeNoLongerClashesWithModeKeys();

private:
    void openPair(MainWindow &window, const QString &ref, const QString &dist);

    QTemporaryDir m_dir;
    QString m_ref, m_dist;             // textured pair, 320 x 240
    QString m_flatRef, m_flatDist;     // grey 100 with two known pixels changed, 64 x 48
};

void CompareTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // keep the user's settings out of it
    QVERIFY(m_dir.isValid());
    const TexturedPair pair = texturedPair(320, 240);
    m_ref = m_dir.filePath(QStringLiteral("ref.png"));
    m_dist = m_dir.filePath(QStringLiteral("dist.png"));
    QVERIFY(writeImageFile(m_ref, pair.reference));
    QVERIFY(writeImageFile(m_dist, pair.distorted));

    // OpenCV writes BGR: Vec3b(b, g, r).
    cv::Mat flatRef(48, 64, CV_8UC3, cv::Scalar(100, 100, 100));
    cv::Mat flatDist = flatRef.clone();
    flatRef.at<cv::Vec3b>(20, 10) = cv::Vec3b(200, 50, 100);   // RGB (100, 50, 200)
    flatDist.at<cv::Vec3b>(20, 10) = cv::Vec3b(180, 50, 140);  // RGB (140, 50, 180): |diff| 40, 0, 20 -> mean 20
    flatDist.at<cv::Vec3b>(5, 30) = cv::Vec3b(140, 140, 140);  // grey 100 -> 140: mean |diff| 40
    m_flatRef = m_dir.filePath(QStringLiteral("flat-ref.png"));
    m_flatDist = m_dir.filePath(QStringLiteral("flat-dist.png"));
    QVERIFY(writeImageFile(m_flatRef, flatRef));
    QVERIFY(writeImageFile(m_flatDist, flatDist));
}

void CompareTest::init()
{
    AppSettings::instance().setDifferenceColorMap(QStringLiteral("magma"));
    AppSettings::instance().setDifferenceRange(QStringLiteral("fixed"));
}

void CompareTest::openPair(MainWindow &window, const QString &ref, const QString &dist)
{
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    window.openImage(MainWindow::Role::Reference, ref);
    window.openImage(MainWindow::Role::Distorted, dist);
    QVERIFY(waitIdle(window));
}

void CompareTest::colorMapTablesAreThePublishedOnes()
{
    // Entries of matplotlib's _cm_listed.py and Google's turbo table, times 255, rounded.
    QCOMPARE(lutColor(iqa::ColorMap::Magma, 0), QColor(0, 0, 4));
    QCOMPARE(lutColor(iqa::ColorMap::Magma, 40), QColor(41, 17, 90));
    QCOMPARE(lutColor(iqa::ColorMap::Magma, 255), QColor(252, 253, 191));
    QCOMPARE(lutColor(iqa::ColorMap::Viridis, 0), QColor(68, 1, 84));
    QCOMPARE(lutColor(iqa::ColorMap::Viridis, 255), QColor(253, 231, 37));
    QCOMPARE(lutColor(iqa::ColorMap::Turbo, 0), QColor(48, 18, 59));      // turbo_srgb_bytes[0]
    QCOMPARE(lutColor(iqa::ColorMap::Turbo, 255), QColor(122, 4, 3));     // turbo_srgb_bytes[255]
    QCOMPARE(iqa::colorMapEntry(iqa::ColorMap::Magma, 40)[2], 0.352688f);
    iqa::ColorMap map = iqa::ColorMap::Magma;
    QVERIFY(iqa::parseColorMap(QStringLiteral("turbo"), &map));
    QCOMPARE(map, iqa::ColorMap::Turbo);
    QVERIFY(!iqa::parseColorMap(QStringLiteral("jet"), &map));
}

void CompareTest::switchingModesKeepsZoomAndCentre()
{
    MainWindow window;
    openPair(window, m_ref, m_dist);
    CompareView *compare = window.compareView();
    ImageView *ref = window.comparison()->referencePane()->view();
    ImageView *single = compare->singleView();

    // Zoomed in far enough that the image overflows the narrow side-by-side
    // views and the wide single view alike: both can centre on any point here.
    window.comparison()->zoomOneToOne();
    for (int i = 0; i < 7; ++i)
        ref->zoomIn();
    ref->centerOn(QPointF(150, 110));
    const double zoom = ref->zoom();
    const QPointF centre = ref->center();
    QVERIFY(zoom > 4);
    QVERIFY((centre - QPointF(150, 110)).manhattanLength() < 2.0);

    for (CompareView::Mode mode : {CompareView::Mode::Swipe, CompareView::Mode::Flicker,
                                   CompareView::Mode::Difference}) {
        compare->setMode(mode);
        QVERIFY(waitIdle(window));
        QCOMPARE(compare->mode(), mode);
        QVERIFY(single->isVisible());
        QCOMPARE(single->zoom(), zoom);
        QVERIFY2((single->center() - centre).manhattanLength() < 2.0,
                 qPrintable(QStringLiteral("%1: centre %2,%3, expected %4,%5").arg(CompareView::modeId(mode))
                                .arg(single->center().x()).arg(single->center().y()).arg(centre.x()).arg(centre.y())));
    }
    // Pan in the single view; back in side by side both views are there.
    single->centerOn(QPointF(185, 135));
    const QPointF moved = single->center();
    QTest::keyClick(&window, Qt::Key_1);
    QCOMPARE(compare->mode(), CompareView::Mode::SideBySide);
    QVERIFY(ref->isVisible());
    QCOMPARE(ref->zoom(), zoom);
    QVERIFY((ref->center() - moved).manhattanLength() < 2.0);
    QVERIFY((window.comparison()->distortedPane()->view()->center() - moved).manhattanLength() < 2.0);

    // Keys 2 and Ctrl+4 choose modes too.
    QTest::keyClick(&window, Qt::Key_2);
    QCOMPARE(compare->mode(), CompareView::Mode::Swipe);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(compare->mode(), CompareView::Mode::Difference);
    QVERIFY(waitIdle(window));
    QCOMPARE(single->zoom(), zoom);
}

void CompareTest::swipeLineFollowsADrag()
{
    MainWindow window;
    openPair(window, m_ref, m_dist);
    CompareView *compare = window.compareView();
    compare->setMode(CompareView::Mode::Swipe);
    ImageView *view = compare->singleView();
    QVERIFY(view->hasOverlay());
    QCOMPARE(view->splitPosition(), 160.0);  // the middle of a 320 px wide pair
    QCOMPARE(view->leftBadge(), QStringLiteral("Reference"));
    QCOMPARE(view->rightBadge(), QStringLiteral("Distorted"));

    const QPoint start = view->splitLineInViewport();
    const QPoint end = start + QPoint(-120, 30);
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(view->viewport(), end);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, end);
    const double expected = view->mapToScene(end).x();
    QVERIFY(std::abs(view->splitPosition() - expected) < 1.0);
    QVERIFY(view->splitPosition() < 160.0 - 120.0 / view->zoom() + 1.0);

    // A drag away from the line pans and leaves the line where it is in the image.
    const double before = view->splitPosition();
    const QPoint far = view->splitLineInViewport() + QPoint(150, 0);
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, far);
    QTest::mouseMove(view->viewport(), far + QPoint(40, 0));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, far + QPoint(40, 0));
    QCOMPARE(view->splitPosition(), before);
}

void CompareTest::flickerSwitchesWithSpaceAndSaysWhichImage()
{
    MainWindow window;
    openPair(window, m_ref, m_dist);
    CompareView *compare = window.compareView();
    QTest::keyClick(&window, Qt::Key_3);
    QCOMPARE(compare->mode(), CompareView::Mode::Flicker);
    ImageView *view = compare->singleView();
    const qint64 referenceKey = window.comparison()->referencePane()->view()->pixmap().cacheKey();
    const qint64 distortedKey = window.comparison()->distortedPane()->view()->pixmap().cacheKey();

    QVERIFY(compare->flickerShowsReference());
    QVERIFY(compare->singlePane()->title().contains(QStringLiteral("REFERENCE")));
    QVERIFY(compare->singlePane()->title().contains(QStringLiteral("ref.png")));
    QCOMPARE(view->leftBadge(), QStringLiteral("Reference"));
    QCOMPARE(view->pixmap().cacheKey(), referenceKey);

    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(!compare->flickerShowsReference());
    QVERIFY(compare->singlePane()->title().contains(QStringLiteral("DISTORTED")));
    QVERIFY(compare->singlePane()->title().contains(QStringLiteral("dist.png")));
    QCOMPARE(view->leftBadge(), QStringLiteral("Distorted"));
    QCOMPARE(view->pixmap().cacheKey(), distortedKey);

    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(compare->flickerShowsReference());
    QCOMPARE(view->pixmap().cacheKey(), referenceKey);
}

void CompareTest::differenceShowsColourMapEntryForKnownDifference()
{
    MainWindow window;
    openPair(window, m_flatRef, m_flatDist);
    CompareView *compare = window.compareView();
    compare->setMode(CompareView::Mode::Difference);
    QVERIFY(compare->isBusy() || !compare->differenceImage().isNull());
    QVERIFY(waitIdle(window));
    QCOMPARE(compare->differenceRange(), DifferenceRange::Fixed);

    // Fixed range 0..255: grey 100 -> 140 is 40 -> entry 40; equal pixels -> entry 0.
    QImage shown = compare->differenceImage();
    QCOMPARE(shown.size(), QSize(64, 48));
    QCOMPARE(rgbAt(shown, 30, 5), lutColor(iqa::ColorMap::Magma, 40));
    QCOMPARE(rgbAt(shown, 30, 5), QColor(41, 17, 90));
    QCOMPARE(rgbAt(shown, 0, 0), lutColor(iqa::ColorMap::Magma, 0));
    QCOMPARE(rgbAt(shown, 10, 20), lutColor(iqa::ColorMap::Magma, 20));  // mean of 40, 0, 20
    QCOMPARE(compare->singleView()->pixmap().toImage().pixelColor(30, 5), QColor(41, 17, 90));

    ColorBar *bar = compare->colorBar();
    QVERIFY(bar->isVisible());
    QVERIFY(bar->title().contains(QStringLiteral("absolute difference (0–255)")));
    QCOMPARE(bar->rangeMax(), 255.0);
    const QStringList labels = bar->tickLabels();
    QVERIFY2(labels.contains(QStringLiteral("0")) && labels.contains(QStringLiteral("250")), qPrintable(labels.join(',')));

    // Auto range: 0..40, so 40 takes the last entry and 20 the middle one.
    compare->setDifferenceRange(DifferenceRange::Auto);
    QVERIFY(waitIdle(window));
    shown = compare->differenceImage();
    QCOMPARE(rgbAt(shown, 30, 5), lutColor(iqa::ColorMap::Magma, 255));
    QCOMPARE(rgbAt(shown, 10, 20), lutColor(iqa::ColorMap::Magma, 128));
    QCOMPARE(bar->rangeMax(), 40.0);
    QVERIFY(bar->title().contains(QStringLiteral("0–40")));
    QCOMPARE(AppSettings::instance().differenceRange(), QStringLiteral("auto"));

    // Another colour map recolours the cached map and is remembered.
    compare->setDifferenceRange(DifferenceRange::Fixed);
    compare->setColorMap(iqa::ColorMap::Turbo);
    QVERIFY(waitIdle(window));
    QCOMPARE(rgbAt(compare->differenceImage(), 30, 5), QColor(70, 128, 246));  // turbo entry 40
    QCOMPARE(AppSettings::instance().differenceColorMap(), QStringLiteral("turbo"));
    QCOMPARE(bar->colorMap(), iqa::ColorMap::Turbo);
}

void CompareTest::inspectorShowsValuesUnderThePointer()
{
    MainWindow window;
    openPair(window, m_flatRef, m_flatDist);
    window.comparison()->zoomOneToOne();
    window.comparison()->zoomIn();
    window.comparison()->zoomIn();
    window.comparison()->zoomIn();
    for (CompareView::Mode mode : {CompareView::Mode::SideBySide, CompareView::Mode::Difference}) {
        window.compareView()->setMode(mode);
        QVERIFY(waitIdle(window));
        ImageView *view = mode == CompareView::Mode::SideBySide ? window.comparison()->distortedPane()->view()
                                                                : window.compareView()->singleView();
        view->centerOn(QPointF(10.5, 20.5));
        window.inspector()->clearPixel();
        QTest::mouseMove(view->viewport(), view->mapFromScene(QPointF(10.5, 20.5)));
        QCOMPARE(window.inspector()->pixel(), QPoint(10, 20));
        QVERIFY(window.inspector()->positionText().contains(QStringLiteral("x 10, y 20")));
        QTableWidget *table = window.inspector()->pixelTable();
        // Rows: reference, reference 0..1, distorted, distorted 0..1, |difference|; columns R, G, B, mean.
        QCOMPARE(cell(table, 0, 0), QStringLiteral("100"));
        QCOMPARE(cell(table, 0, 1), QStringLiteral("50"));
        QCOMPARE(cell(table, 0, 2), QStringLiteral("200"));
        QCOMPARE(cell(table, 1, 0), QStringLiteral("0.3922"));
        QCOMPARE(cell(table, 2, 0), QStringLiteral("140"));
        QCOMPARE(cell(table, 2, 2), QStringLiteral("180"));
        QCOMPARE(cell(table, 3, 0), QStringLiteral("0.5490"));
        QCOMPARE(cell(table, 4, 0), QStringLiteral("40.00"));
        QCOMPARE(cell(table, 4, 1), QStringLiteral("0.00"));
        QCOMPARE(cell(table, 4, 2), QStringLiteral("20.00"));
        QCOMPARE(cell(table, 4, 3), QStringLiteral("20.00"));
    }
    // A neighbour as the pointer moves on.
    ImageView *view = window.compareView()->singleView();
    QTest::mouseMove(view->viewport(), view->mapFromScene(QPointF(30.5, 5.5)));
    QCOMPARE(window.inspector()->pixel(), QPoint(30, 5));
    QCOMPARE(cell(window.inspector()->pixelTable(), 4, 3), QStringLiteral("40.00"));
}

void CompareTest::shiftDragRegionMatchesPsnrOfTheCrop()
{
    MainWindow window;
    openPair(window, m_ref, m_dist);
    ImageView *view = window.comparison()->referencePane()->view();
    window.comparison()->zoomOneToOne();
    view->centerOn(QPointF(160, 120));
    const QPoint from = view->mapFromScene(QPointF(100.25, 60.25));
    const QPoint to = view->mapFromScene(QPointF(180.25, 110.25));
    const QPointF centreBefore = view->center();
    QSignalSpy regions(window.compareView(), &CompareView::regionSelected);
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, from);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, to);
    QCOMPARE(regions.count(), 1);
    QVERIFY((view->center() - centreBefore).manhattanLength() < 0.5);  // Shift+drag does not pan

    const QRect expected(QPoint(100, 60), QPoint(180, 110));
    QCOMPARE(view->region(), expected);
    QCOMPARE(window.compareView()->singleView()->region(), expected);  // shown in every view
    QVERIFY(waitIdle(window));
    const RegionStatistics stats = window.inspector()->regionStatistics();
    QVERIFY2(stats.error.isEmpty(), qPrintable(stats.error));
    QCOMPARE(stats.rect, expected);

    const auto ref = iqa::ImageLoader().load(m_ref);
    const auto dist = iqa::ImageLoader().load(m_dist);
    QVERIFY(ref && dist);
    const iqa::Image refCrop = cropImage(*ref, expected);
    const iqa::Image distCrop = cropImage(*dist, expected);
    QCOMPARE(refCrop.width(), 81);
    QCOMPARE(refCrop.height(), 51);
    const auto psnr = iqa::psnr(refCrop, distCrop);
    QVERIFY(psnr);
    QVERIFY(*psnr > 10 && *psnr < 80);
    QCOMPARE(stats.psnr, *psnr);
    // Whole-image PSNR differs: the region really was cropped.
    QVERIFY(std::abs(*iqa::psnr(*ref, *dist) - *psnr) > 1e-6);
    const cv::Scalar refMean = cv::mean(refCrop.rgb);
    const cv::Scalar distMean = cv::mean(distCrop.rgb);
    for (int c = 0; c < 3; ++c) {
        QVERIFY(std::abs(stats.referenceMean[c] - refMean[c]) < 1e-9);
        QVERIFY(std::abs(stats.distortedMean[c] - distMean[c]) < 1e-9);
    }
    cv::Mat difference;
    cv::absdiff(refCrop.rgb, distCrop.rgb, difference);
    const cv::Scalar perChannel = cv::mean(difference);
    QVERIFY(std::abs(stats.meanAbsDifference - (perChannel[0] + perChannel[1] + perChannel[2]) / 3) < 1e-9);
    QVERIFY(std::abs(10 * std::log10(255.0 * 255.0 / stats.mse) - *psnr) < 1e-9);
    const QString summary = window.inspector()->regionSummaryText();
    QVERIFY2(summary.contains(QString::number(*psnr, 'f', 2) + QStringLiteral(" dB")), qPrintable(summary));
    QCOMPARE(cell(window.inspector()->regionTable(), 0, 0), QString::number(refMean[0], 'f', 2));

    // Esc clears the region everywhere.
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(view->region().isEmpty());
    QVERIFY(window.inspector()->regionStatistics().rect.isEmpty());
}

void CompareTest::actualSizeNoLongerClashesWithModeKeys()
{
    MainWindow window;
    openPair(window, m_ref, m_dist);
    ImageView *ref = window.comparison()->referencePane()->view();
    QVERIFY(ref->isFitToWindow());
    QTest::keyClick(&window, Qt::Key_Equal);
    QCOMPARE(ref->zoom(), 1.0);
    QCOMPARE(window.compareView()->mode(), CompareView::Mode::SideBySide);
    // Every shortcut belongs to one action only.
    QHash<QString, QString> owners;
    for (const QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            const QString name = key.toString();
            QVERIFY2(!owners.contains(name), qPrintable(name + QStringLiteral(": ") + owners.value(name)
                                                        + QStringLiteral(" and ") + action->text()));
            owners.insert(name, action->text());
        }
    }
    QVERIFY(owners.contains(QStringLiteral("Ctrl+Alt+0")));
    QCOMPARE(owners.value(QStringLiteral("1")), QStringLiteral("Side &by Side"));
}

QTEST_MAIN(CompareTest)
#include "test_gui_compare.moc"
