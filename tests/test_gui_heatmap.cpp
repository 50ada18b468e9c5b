// Heatmap overlays in the comparison window, offscreen: the worker's heatmaps
// reach the overlay, choosing a layer changes what is drawn and what the
// inspector reads under the pointer, opacity 0 shows the plain image, a
// failure is a message and the window keeps scoring, and the real VAE-QA
// encoder fills the per-layer plot. Fake heatmaps (known values) make the
// pixel checks exact.
#include "TestSupport.h"

#include "AppSettings.h"
#include "ColorBar.h"
#include "CompareView.h"
#include "HeatmapControls.h"
#include "HeatmapOverlay.h"
#include "HeatmapSource.h"
#include "ImagePane.h"
#include "ImageView.h"
#include "MainWindow.h"
#include "PixelInspector.h"
#include "ScorePanel.h"
#include "ScorePlots.h"
#include "SideBySideView.h"
#include "jobs/ModelWorker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <qcustomplot.h>

#include <atomic>
#include <memory>

#include <opencv2/imgproc.hpp>

using namespace iqa::test;

namespace {

constexpr int kWidth = 160;
constexpr int kHeight = 120;

bool waitIdle(MainWindow &window)
{
    return QTest::qWaitFor([&window] { return !window.isBusy(); }, 120000);
}

// Layer i is a horizontal ramp shifted by 20 i pixels (values 0.02..0.12),
// so at any point the layers differ, in value and in colour; the combined
// map is their mean, as in the real heatmaps.
float fakeValue(int layer, int x)
{
    return 0.02f + 0.1f * float((x + 20 * layer) % kWidth) / kWidth;
}

iqa::VaeQaHeatmaps rampHeatmaps(const iqa::Image &reference)
{
    iqa::VaeQaHeatmaps maps;
    maps.encoderId = QStringLiteral("fake");
    maps.combined = cv::Mat::zeros(reference.height(), reference.width(), CV_32FC1);
    for (int i = 0; i < 6; ++i) {
        iqa::LayerHeatmap layer;
        layer.name = QStringLiteral("fake.%1").arg(i);
        layer.stride = 1 << i;
        layer.map.create(reference.height(), reference.width(), CV_32FC1);
        for (int y = 0; y < reference.height(); ++y)
            for (int x = 0; x < reference.width(); ++x)
                layer.map.at<float>(y, x) = fakeValue(i, x);
        maps.combined += layer.map / 6.0;
        maps.layers << layer;
    }
    return maps;
}

// The colour a view shows at an image point.
QColor shownAt(ImageView *view, const QPointF &imagePoint)
{
    const QImage grabbed = view->viewport()->grab().toImage();
    const QPoint at = view->mapFromScene(imagePoint);
    return grabbed.pixelColor(at.x() * grabbed.devicePixelRatio(), at.y() * grabbed.devicePixelRatio());
}

} // namespace

class HeatmapTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void choosingALayerChangesTheOverlayAndTheInspector();
    void opacityZeroShowsThePlainImage();
    void overlayFollowsTheDistortedImageInSwipeAndFlicker();
    void unavailableHeatmapsAreAMessageAndScoresCarryOn();
    void pairTooLargeForTheEncoderGetsAMessageNotAComputation();
    void vaeQaEncoderFillsThePerLayerPlot();

private:
    void openPair(MainWindow &window, bool fake);

    QTemporaryDir m_dir;
    QString m_ref, m_dist;
};

void HeatmapTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // keep the user's settings out of it
    QVERIFY(m_dir.isValid());
    const TexturedPair pair = texturedPair(kWidth, kHeight, 2.0, 1.5);
    m_ref = m_dir.filePath(QStringLiteral("ref.png"));
    m_dist = m_dir.filePath(QStringLiteral("dist.png"));
    QVERIFY(writeImageFile(m_ref, pair.reference));
    QVERIFY(writeImageFile(m_dist, pair.distorted));
}

void HeatmapTest::init()
{
    AppSettings::instance().setHeatmapVisible(false);
    AppSettings::instance().setHeatmapOpacity(0.5);
    AppSettings::instance().setHeatmapColorMap(QStringLiteral("magma"));
}

void HeatmapTest::openPair(MainWindow &window, bool fake)
{
    if (fake)
        window.modelWorker()->setHeatmapFunction(
            [](const iqa::Image &reference, const iqa::Image &) -> iqa::Expected<iqa::VaeQaHeatmaps> {
                return rampHeatmaps(reference);
            });
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openImage(MainWindow::Role::Reference, m_ref);
    window.openImage(MainWindow::Role::Distorted, m_dist);
    QVERIFY(waitIdle(window));
}

void HeatmapTest::choosingALayerChangesTheOverlayAndTheInspector()
{
    MainWindow window;
    openPair(window, true);
    HeatmapOverlay *overlay = window.compareView()->heatmapOverlay();
    HeatmapControls *controls = window.compareView()->heatmapControls();
    ImageView *distorted = window.comparison()->distortedPane()->view();
    QVERIFY(overlay->hasHeatmaps());
    QVERIFY(!distorted->hasHeatLayer());  // off until asked for

    controls->showBox()->click();
    QVERIFY(waitIdle(window));
    QVERIFY(overlay->isVisible());
    QVERIFY(distorted->hasHeatLayer());
    QCOMPARE(controls->colorBar()->isVisible(), true);

    // The combined map exists and is VAE-QA's first entry, under its heading
    // (Cross-IQA's maps follow; tests/test_gui_cross_iqa.cpp).
    QComboBox *layers = controls->layerBox();
    QVector<int> vaeQaEntries;
    for (int i = 0; i < layers->count(); ++i)
        if (layers->itemData(i).isValid() && HeatmapOverlay::familyOf(layers->itemData(i).toInt()) == HeatmapOverlay::Family::VaeQa)
            vaeQaEntries << i;
    QCOMPARE(vaeQaEntries.size(), 7);
    QVERIFY(layers->itemText(0).contains(QStringLiteral("VAE-QA")));
    QCOMPARE(layers->itemData(vaeQaEntries[0]).toInt(), int(HeatmapOverlay::kCombined));
    QVERIFY(layers->itemText(vaeQaEntries[0]).contains(QStringLiteral("Combined")));
    QVERIFY(layers->itemText(vaeQaEntries[3]).contains(QStringLiteral("fake.2")));

    const QPoint point(50, 60);
    double combined = 0;
    for (int i = 0; i < 6; ++i)
        combined += fakeValue(i, point.x()) / 6.0;
    QVERIFY(std::abs(*overlay->valueAt(point) - combined) < 1e-5);

    window.inspector()->showPixel(point);
    QVERIFY2(window.inspector()->heatmapText().contains(QString::number(combined, 'f', 4)),
             qPrintable(window.inspector()->heatmapText()));

    // Layer 0, then layer 3: the value under the point, the drawn colour and
    // the inspector follow the choice.
    QColor previous = overlay->image().pixelColor(point);
    for (int layer : {0, 3}) {
        layers->setCurrentIndex(layers->findData(layer));
        emit layers->activated(layers->currentIndex());
        QVERIFY(waitIdle(window));
        QCOMPARE(overlay->layer(), layer);
        QVERIFY(std::abs(*overlay->valueAt(point) - fakeValue(layer, point.x())) < 1e-6);
        const QColor colour = overlay->image().pixelColor(point);
        QVERIFY2(colour != previous, qPrintable(colour.name()));
        previous = colour;
        // The colours span 0 to this map's maximum, and the bar says which map it is.
        QVERIFY(std::abs(overlay->rangeMax() - 0.12) < 0.002);
        QVERIFY2(controls->colorBar()->title().contains(QStringLiteral("fake.%1").arg(layer)),
                 qPrintable(controls->colorBar()->title()));
        QVERIFY(window.inspector()->heatmapText().contains(QString::number(fakeValue(layer, point.x()), 'f', 4)));
        QVERIFY(window.inspector()->heatmapText().contains(QStringLiteral("fake.%1").arg(layer)));
    }
    // The distorted view draws the chosen layer: its colour at the point changed.
    const QColor layer3 = shownAt(distorted, QPointF(point) + QPointF(0.5, 0.5));
    layers->setCurrentIndex(layers->findData(0));
    emit layers->activated(layers->currentIndex());
    QVERIFY(waitIdle(window));
    QVERIFY(shownAt(distorted, QPointF(point) + QPointF(0.5, 0.5)) != layer3);

    // A colour map of the three.
    controls->colorMapBox()->setCurrentIndex(controls->colorMapBox()->findData(QStringLiteral("turbo")));
    emit controls->colorMapBox()->activated(controls->colorMapBox()->currentIndex());
    QVERIFY(waitIdle(window));
    QCOMPARE(overlay->colorMap(), iqa::ColorMap::Turbo);
    QCOMPARE(controls->colorBar()->colorMap(), iqa::ColorMap::Turbo);
}

void HeatmapTest::opacityZeroShowsThePlainImage()
{
    MainWindow window;
    openPair(window, true);
    ImageView *distorted = window.comparison()->distortedPane()->view();
    HeatmapControls *controls = window.compareView()->heatmapControls();
    const QPointF point(80.5, 40.5);
    const QColor plain = shownAt(distorted, point);

    controls->showBox()->click();
    controls->opacitySlider()->setValue(70);
    QVERIFY(waitIdle(window));
    QCOMPARE(distorted->heatLayerOpacity(), 0.7);
    QVERIFY(shownAt(distorted, point) != plain);
    QCOMPARE(AppSettings::instance().heatmapOpacity(), 0.7);

    controls->opacitySlider()->setValue(0);
    QVERIFY(waitIdle(window));
    QVERIFY(distorted->hasHeatLayer());
    QCOMPARE(shownAt(distorted, point), plain);
    // The reference is never tinted.
    QVERIFY(!window.comparison()->referencePane()->view()->hasHeatLayer());
}

void HeatmapTest::overlayFollowsTheDistortedImageInSwipeAndFlicker()
{
    MainWindow window;
    openPair(window, true);
    CompareView *compare = window.compareView();
    compare->heatmapOverlay()->setVisible(true);
    QVERIFY(waitIdle(window));
    ImageView *single = compare->singleView();

    compare->setMode(CompareView::Mode::Swipe);
    QVERIFY(single->hasHeatLayer());  // over the distorted side, clipped with it
    compare->setMode(CompareView::Mode::Flicker);
    QVERIFY(compare->flickerShowsReference());
    QVERIFY(!single->hasHeatLayer());
    compare->toggleFlicker();
    QVERIFY(single->hasHeatLayer());
    compare->setMode(CompareView::Mode::Difference);
    QVERIFY(!single->hasHeatLayer());
    QVERIFY(!compare->heatmapControls()->isVisible());  // the difference bar has the room there
    compare->setMode(CompareView::Mode::SideBySide);
    QVERIFY(compare->heatmapControls()->isVisible());
}

void HeatmapTest::unavailableHeatmapsAreAMessageAndScoresCarryOn()
{
    MainWindow window;
    window.modelWorker()->setHeatmapFunction([](const iqa::Image &, const iqa::Image &) {
        return iqa::Expected<iqa::VaeQaHeatmaps>::failure(
            QStringLiteral("taef2/taef2_encoder.safetensors was not found (searched /nowhere)"));
    });
    openPair(window, false);
    HeatmapControls *controls = window.compareView()->heatmapControls();
    QVERIFY(!window.compareView()->heatmapOverlay()->hasHeatmaps());
    QVERIFY2(controls->status().contains(QStringLiteral("/nowhere")), qPrintable(controls->status()));
    QVERIFY(!window.scorePanel()->rows().isEmpty());
    QVERIFY(window.scorePanel()->rows().first().error.isEmpty());
    window.inspector()->showPixel(QPoint(10, 10));
    QVERIFY(window.inspector()->heatmapText().contains(QStringLiteral("none")));
}

void HeatmapTest::pairTooLargeForTheEncoderGetsAMessageNotAComputation()
{
    // Just over the limit: the encoder would need about 5 GB for this pair.
    const cv::Mat big(1520, 2000, CV_8UC3, cv::Scalar(90, 120, 150));
    const QString ref = m_dir.filePath(QStringLiteral("big-ref.png"));
    const QString dist = m_dir.filePath(QStringLiteral("big-dist.png"));
    QVERIFY(writeImageFile(ref, big));
    QVERIFY(writeImageFile(dist, big + cv::Scalar(3, 3, 3)));
    MainWindow window;
    auto calls = std::make_shared<std::atomic<int>>(0);
    window.modelWorker()->setHeatmapFunction([calls](const iqa::Image &reference, const iqa::Image &) {
        ++*calls;
        return iqa::Expected<iqa::VaeQaHeatmaps>(rampHeatmaps(reference));
    });
    window.show();
    window.openImage(MainWindow::Role::Reference, ref);
    window.openImage(MainWindow::Role::Distorted, dist);
    QVERIFY(waitIdle(window));
    QCOMPARE(calls->load(), 0);
    const QString status = window.compareView()->heatmapControls()->status();
    QVERIFY2(status.contains(QStringLiteral("megapixels")) && status.contains(QStringLiteral("3.0")), qPrintable(status));
    QVERIFY(!window.scorePanel()->rows().isEmpty());
}

void HeatmapTest::vaeQaEncoderFillsThePerLayerPlot()
{
    MainWindow window;
    openPair(window, false);
    const std::optional<iqa::PairHeatmaps> &heatmaps = window.heatmapSource()->heatmaps();
    QVERIFY2(heatmaps, qPrintable(window.heatmapSource()->message()));
    QCOMPARE(heatmaps->maps.encoderId, QStringLiteral("taef2"));
    QCOMPARE(heatmaps->maps.layers.size(), 6);
    QCOMPARE(heatmaps->maps.combined.cols, kWidth);
    QCOMPARE(heatmaps->layerMeans.size(), 6);
    // Six layer bars and the combined mean.
    QCustomPlot *plot = window.plots()->layerPlot();
    QCOMPARE(plot->plottableCount(), 2);
    auto *layerBars = qobject_cast<QCPBars *>(plot->plottable(0));
    auto *combinedBar = qobject_cast<QCPBars *>(plot->plottable(1));
    QVERIFY(layerBars && combinedBar);
    QCOMPARE(layerBars->data()->size(), 6);
    QCOMPARE(combinedBar->data()->size(), 1);
    QVERIFY(std::abs(combinedBar->data()->begin()->value - heatmaps->combinedMean) < 1e-9);
    // The score panel names VAE-QA's weights, crops and device.
    const QVector<ScorePanel::Row> rows = window.scorePanel()->rows();
    const auto vaeQa = std::find_if(rows.begin(), rows.end(), [](const ScorePanel::Row &row) { return row.id == QLatin1String("vae-qa"); });
    QVERIFY(vaeQa != rows.end());
    QVERIFY2(vaeQa->error.isEmpty(), qPrintable(vaeQa->error));
    QCOMPARE(vaeQa->crops, AppSettings::instance().crops());
    QVERIFY(!vaeQa->device.isEmpty());
    QVERIFY(window.scorePanel()->provenanceText().contains(vaeQa->weightsSha256.left(12)));
}

QTEST_MAIN(HeatmapTest)
#include "test_gui_heatmap.moc"
