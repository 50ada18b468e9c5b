// Cross-IQA in the comparison window, offscreen: its no-reference scores of
// the distorted image and of the reference, labelled as such next to the
// full-reference ones; its maps of the distorted image in the heatmap
// selector, changing the overlay, the colour bar and the inspector; a
// failing Cross-IQA leaving VAE-QA's maps and the full-reference scores
// alone; a revisited pair answered from the cache; and iqa-studio's
// --heatmap cross-iqa-*. Fake models and maps with known values make the
// checks exact; one test runs the real checkpoint (whichever is compiled
// in: no score values are asserted).
#include "TestSupport.h"

#include "AppSettings.h"
#include "ColorBar.h"
#include "CompareView.h"
#include "CrossIqaHeatmapSource.h"
#include "HeatmapControls.h"
#include "HeatmapOverlay.h"
#include "HeatmapSource.h"
#include "ImageListPanel.h"
#include "ImagePane.h"
#include "ImageView.h"
#include "MainWindow.h"
#include "PixelInspector.h"
#include "ScorePanel.h"
#include "SideBySideView.h"
#include "jobs/ModelWorker.h"
#include "models/ModelRegistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgproc.hpp>

#include <atomic>
#include <cmath>
#include <memory>

using namespace iqa::test;

namespace {

constexpr int kWidth = 160;
constexpr int kHeight = 120;
const QString kFakeSha = QStringLiteral("c0ffee").repeated(10) + QStringLiteral("c0ff");

bool waitIdle(MainWindow &window)
{
    return QTest::qWaitFor([&window] { return !window.isBusy(); }, 120000);
}

double meanGrey(const iqa::Image &image)
{
    const cv::Scalar mean = cv::mean(image.rgb);
    return (mean[0] + mean[1] + mean[2]) / 3.0 / 255.0;
}

// Stands in for Cross-IQA: no reference, its score the image's mean grey
// level in 0..1, every call counted.
class FakeCrossIqa : public iqa::QualityModel
{
public:
    explicit FakeCrossIqa(std::shared_ptr<std::atomic<int>> calls) : m_calls(std::move(calls))
    {
        m_card.id = QStringLiteral("cross-iqa");
        m_card.name = QStringLiteral("Cross-IQA");
        m_card.kind = iqa::ModelKind::NoReference;
        m_card.learned = true;
        m_card.weightsSha256 = kFakeSha;
    }
    const iqa::ModelCard &card() const override { return m_card; }
    iqa::Expected<double> scoreImage(const iqa::Image &image) override
    {
        ++*m_calls;
        return meanGrey(image);
    }

private:
    iqa::ModelCard m_card;
    std::shared_ptr<std::atomic<int>> m_calls;
};

// Stands in for VAE-QA (the real one takes seconds): a learned full-reference score of 0.5.
class FakeVaeQa : public iqa::QualityModel
{
public:
    FakeVaeQa()
    {
        m_card.id = QStringLiteral("vae-qa");
        m_card.name = QStringLiteral("VAE-QA");
        m_card.learned = true;
        m_card.weightsSha256 = QStringLiteral("ab").repeated(32);
    }
    const iqa::ModelCard &card() const override { return m_card; }
    iqa::Expected<double> scorePair(const iqa::Image &, const iqa::Image &) override { return 0.5; }

private:
    iqa::ModelCard m_card;
};

// VAE-QA layer i: a horizontal ramp (as in test_gui_heatmap).
float vaeQaValue(int layer, int x)
{
    return 0.02f + 0.1f * float((x + 20 * layer) % kWidth) / kWidth;
}

// Cross-IQA's patch quality: -0.2 at the left edge to 0.3 at the right
// (score units need not be positive); rollout: 0.5 at the top to 2.5 at the
// bottom; block b: (b + 1) times a horizontal ramp from 0.5 to 1.5.
float qualityValue(int x) { return -0.2f + 0.5f * float(x) / (kWidth - 1); }
float rolloutValue(int y) { return 0.5f + 2.0f * float(y) / (kHeight - 1); }
float blockValue(int block, int x) { return float(block + 1) * (0.5f + float(x) / (kWidth - 1)); }

cv::Mat mapOf(int width, int height, const std::function<float(int x, int y)> &value)
{
    cv::Mat map(height, width, CV_32FC1);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            map.at<float>(y, x) = value(x, y);
    return map;
}

iqa::CrossIqaHeatmaps fakeCrossIqaMaps(const iqa::Image &image)
{
    iqa::CrossIqaHeatmaps maps;
    const int w = image.width(), h = image.height();
    for (int b = 0; b < 4; ++b)
        maps.attention << iqa::LayerHeatmap{QStringLiteral("block.%1").arg(b), 16,
                                            mapOf(w, h, [b](int x, int) { return blockValue(b, x); })};
    maps.rollout = iqa::LayerHeatmap{QStringLiteral("rollout"), 16, mapOf(w, h, [](int, int y) { return rolloutValue(y); })};
    maps.patchQuality = iqa::LayerHeatmap{QStringLiteral("patch quality"), 16, mapOf(w, h, [](int x, int) { return qualityValue(x); })};
    maps.tiles = 4;
    return maps;
}

iqa::VaeQaHeatmaps fakeVaeQaMaps(const iqa::Image &reference)
{
    iqa::VaeQaHeatmaps maps;
    maps.encoderId = QStringLiteral("fake");
    maps.combined = cv::Mat::zeros(reference.height(), reference.width(), CV_32FC1);
    for (int i = 0; i < 6; ++i) {
        iqa::LayerHeatmap layer{QStringLiteral("fake.%1").arg(i), 1 << i,
                                mapOf(reference.width(), reference.height(), [i](int x, int) { return vaeQaValue(i, x); })};
        maps.combined += layer.map / 6.0;
        maps.layers << layer;
    }
    return maps;
}

struct Fakes
{
    bool crossIqaBroken = false;  // its checkpoint cannot be read
    std::shared_ptr<std::atomic<int>> crossIqaScores = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<std::atomic<int>> crossIqaMaps = std::make_shared<std::atomic<int>>(0);
};

// Real classic metrics, fake VAE-QA and Cross-IQA, fake maps of both (none
// of Cross-IQA when it is broken: the worker then asks its model for them).
void useFakes(MainWindow &window, const Fakes &fakes)
{
    window.modelWorker()->setModelFactory(
        [fakes](const QString &id, const iqa::ModelOptions &options) -> iqa::Expected<std::unique_ptr<iqa::QualityModel>> {
            if (id == QLatin1String("cross-iqa")) {
                if (fakes.crossIqaBroken)
                    return iqa::Expected<std::unique_ptr<iqa::QualityModel>>::failure(
                        QStringLiteral("/nowhere/cross-iqa.safetensors is not a Cross-IQA checkpoint"));
                return std::unique_ptr<iqa::QualityModel>(new FakeCrossIqa(fakes.crossIqaScores));
            }
            if (id == QLatin1String("vae-qa"))
                return std::unique_ptr<iqa::QualityModel>(new FakeVaeQa);
            return iqa::ModelRegistry::create(id, options);
        });
    window.modelWorker()->setHeatmapFunction([](const iqa::Image &reference, const iqa::Image &) {
        return iqa::Expected<iqa::VaeQaHeatmaps>(fakeVaeQaMaps(reference));
    });
    if (!fakes.crossIqaBroken) {
        auto calls = fakes.crossIqaMaps;
        window.modelWorker()->setCrossIqaHeatmapFunction([calls](const iqa::Image &image) {
            ++*calls;
            return iqa::Expected<iqa::CrossIqaHeatmaps>(fakeCrossIqaMaps(image));
        });
    }
}

// Chooses a map in the selector as a user does.
void chooseLayer(HeatmapControls *controls, int layer)
{
    QComboBox *box = controls->layerBox();
    const int index = box->findData(layer);
    QVERIFY2(index >= 0, qPrintable(QString::number(layer)));
    box->setCurrentIndex(index);
    emit box->activated(index);
}

// The colour a view shows at an image point.
QColor shownAt(ImageView *view, const QPointF &imagePoint)
{
    const QImage grabbed = view->viewport()->grab().toImage();
    const QPoint at = view->mapFromScene(imagePoint);
    return grabbed.pixelColor(at.x() * grabbed.devicePixelRatio(), at.y() * grabbed.devicePixelRatio());
}

const ScorePanel::Row *findRow(const QVector<ScorePanel::Row> &rows, const QString &id, iqa::ScoredImage image)
{
    for (const ScorePanel::Row &row : rows)
        if (row.id == id && row.image == image)
            return &row;
    return nullptr;
}

} // namespace

class CrossIqaGuiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void noReferenceScoresOfBothImagesAreLabelled();
    void choosingACrossIqaMapChangesTheOverlayAndTheInspector();
    void failingCrossIqaLeavesVaeQaMapsAndFullReferenceScores();
    void imagesTooSmallForCrossIqaAreThatRowsError();
    void imageTooLargeForItsMapsGetsAMessageNotAComputation();
    void revisitedPairComesFromTheCache();
    void realCrossIqaScoresAndMapsWithTheirProvenance();
    void commandLineOverlaysACrossIqaMap();

private:
    void openPair(MainWindow &window, const QString &distorted);

    QTemporaryDir m_dir;
    QString m_ref, m_dist, m_dist2;
    iqa::Image m_refImage, m_distImage;
};

void CrossIqaGuiTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // keep the user's settings out of it
    QVERIFY(m_dir.isValid());
    const TexturedPair pair = texturedPair(kWidth, kHeight, 2.0, 1.5);
    m_ref = m_dir.filePath(QStringLiteral("ref.png"));
    m_dist = m_dir.filePath(QStringLiteral("dist.png"));
    m_dist2 = m_dir.filePath(QStringLiteral("dist2.png"));
    // A darker distorted image: its mean grey, the fake Cross-IQA score, differs from the reference's.
    const cv::Mat darker = pair.distorted * 0.7;
    QVERIFY(writeImageFile(m_ref, pair.reference));
    QVERIFY(writeImageFile(m_dist, darker));
    QVERIFY(writeImageFile(m_dist2, pair.distorted));
    m_refImage.rgb = pair.reference.clone();
    cv::cvtColor(m_refImage.rgb, m_refImage.rgb, cv::COLOR_BGR2RGB);
    m_distImage.rgb = darker.clone();
    cv::cvtColor(m_distImage.rgb, m_distImage.rgb, cv::COLOR_BGR2RGB);
}

void CrossIqaGuiTest::init()
{
    AppSettings::instance().setHeatmapVisible(false);
    AppSettings::instance().setHeatmapOpacity(0.5);
    AppSettings::instance().setHeatmapColorMap(QStringLiteral("magma"));
}

void CrossIqaGuiTest::openPair(MainWindow &window, const QString &distorted)
{
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openImage(MainWindow::Role::Reference, m_ref);
    window.openImage(MainWindow::Role::Distorted, distorted);
    QVERIFY(waitIdle(window));
}

void CrossIqaGuiTest::noReferenceScoresOfBothImagesAreLabelled()
{
    MainWindow window;
    useFakes(window, Fakes());
    openPair(window, m_dist);
    ScorePanel *panel = window.scorePanel();
    const QVector<ScorePanel::Row> rows = panel->rows();

    // The full-reference scores are there as before, each once, for the pair.
    const auto psnr = findRow(rows, QStringLiteral("psnr"), iqa::ScoredImage::Pair);
    QVERIFY(psnr && psnr->error.isEmpty());
    QCOMPARE(rows.first().id, QStringLiteral("psnr"));
    QVERIFY(findRow(rows, QStringLiteral("vae-qa"), iqa::ScoredImage::Pair));
    QVERIFY(!findRow(rows, QStringLiteral("cross-iqa"), iqa::ScoredImage::Pair));

    // Cross-IQA scored each image alone: the values are those images' own.
    const auto distorted = findRow(rows, QStringLiteral("cross-iqa"), iqa::ScoredImage::Distorted);
    const auto reference = findRow(rows, QStringLiteral("cross-iqa"), iqa::ScoredImage::Reference);
    QVERIFY(distorted && reference);
    QVERIFY2(distorted->error.isEmpty() && reference->error.isEmpty(), qPrintable(distorted->error + reference->error));
    QVERIFY(std::abs(distorted->value - meanGrey(m_distImage)) < 1e-3);
    QVERIFY(std::abs(reference->value - meanGrey(m_refImage)) < 1e-3);
    QVERIFY(reference->value > distorted->value + 0.05);
    QCOMPARE(distorted->direction, QStringLiteral("higher is better"));
    QCOMPARE(distorted->range, iqa::scoreRangeText(FakeCrossIqa(nullptr).card()));

    // What a user reads: a "no reference" heading above rows that name their image.
    const QStringList labels = panel->tableLabels();
    const int fullHeading = labels.indexOf(QRegularExpression(QStringLiteral("Full reference.*")));
    const int noHeading = labels.indexOf(QRegularExpression(QStringLiteral("No reference.*")));
    QVERIFY2(fullHeading == 0 && noHeading > fullHeading, qPrintable(labels.join(QLatin1Char('|'))));
    QCOMPARE(labels.mid(noHeading + 1), (QStringList{QStringLiteral("Cross-IQA · distorted"), QStringLiteral("Cross-IQA · reference")}));
    QVERIFY(labels.indexOf(QStringLiteral("PSNR")) < noHeading);
    // Provenance: the checkpoint's hash, the crops and the device, said to be no-reference.
    const QString provenance = panel->provenanceText();
    QVERIFY2(provenance.contains(QStringLiteral("Cross-IQA (no reference): checkpoint ") + kFakeSha.left(12)),
             qPrintable(provenance));
    QVERIFY(provenance.contains(QStringLiteral("crops: %1").arg(AppSettings::instance().crops())));
    QVERIFY(provenance.contains(distorted->device));
}

void CrossIqaGuiTest::choosingACrossIqaMapChangesTheOverlayAndTheInspector()
{
    MainWindow window;
    Fakes fakes;
    useFakes(window, fakes);
    openPair(window, m_dist);
    HeatmapOverlay *overlay = window.compareView()->heatmapOverlay();
    HeatmapControls *controls = window.compareView()->heatmapControls();
    ImageView *distortedView = window.comparison()->distortedPane()->view();
    // Nobody asked for Cross-IQA's maps yet: none were computed.
    QCOMPARE(fakes.crossIqaMaps->load(), 0);
    QCOMPARE(window.crossIqaHeatmapSource()->requestCount(), 0);

    controls->showBox()->click();
    chooseLayer(controls, 0);
    QVERIFY(waitIdle(window));
    const QPoint point(40, 90);
    const QColor vaeQaColour = overlay->image().pixelColor(point);
    const QColor vaeQaShown = shownAt(distortedView, QPointF(point) + QPointF(0.5, 0.5));

    // The selector lists Cross-IQA's maps under a heading of their own.
    QComboBox *layers = controls->layerBox();
    const int quality = layers->findData(HeatmapOverlay::kCrossIqaQuality);
    QCOMPARE(layers->itemText(quality), QStringLiteral("Cross-IQA patch quality"));
    QCOMPARE(layers->itemText(layers->findData(HeatmapOverlay::kCrossIqaRollout)), QStringLiteral("Cross-IQA attention rollout"));
    QCOMPARE(layers->itemText(layers->findData(HeatmapOverlay::crossIqaBlock(2))), QStringLiteral("Cross-IQA attention, block 2"));
    QVERIFY(layers->itemText(quality - 1).startsWith(QStringLiteral("Cross-IQA")));
    auto *model = qobject_cast<QStandardItemModel *>(layers->model());
    QVERIFY(model && !(model->item(quality - 1)->flags() & Qt::ItemIsEnabled));  // a heading, not a choice

    // Patch quality: computed on demand, drawn from its minimum to its maximum in score units.
    chooseLayer(controls, HeatmapOverlay::kCrossIqaQuality);
    QVERIFY(waitIdle(window));
    QCOMPARE(fakes.crossIqaMaps->load(), 1);
    QCOMPARE(overlay->layer(), int(HeatmapOverlay::kCrossIqaQuality));
    QVERIFY(overlay->hasHeatmaps());
    QVERIFY2(std::abs(*overlay->valueAt(point) - qualityValue(point.x())) < 1e-6,
             qPrintable(QStringLiteral("%1 != %2").arg(*overlay->valueAt(point)).arg(qualityValue(point.x()))));
    QVERIFY(overlay->image().pixelColor(point) != vaeQaColour);
    QVERIFY(shownAt(distortedView, QPointF(point) + QPointF(0.5, 0.5)) != vaeQaShown);
    ColorBar *bar = controls->colorBar();
    QVERIFY(bar->isVisible());
    QVERIFY2(std::abs(bar->rangeMin() - qualityValue(0)) < 1e-3, qPrintable(QString::number(bar->rangeMin())));
    QVERIFY(std::abs(bar->rangeMax() - qualityValue(kWidth - 1)) < 1e-3);
    QVERIFY2(bar->title().contains(QStringLiteral("patch quality")) && bar->title().contains(QStringLiteral("score units")),
             qPrintable(bar->title()));
    QVERIFY(bar->tickValues().first() < 0.0);  // the ticks cover the negative part too
    window.inspector()->showPixel(point);
    QString text = window.inspector()->heatmapText();
    QVERIFY2(text.contains(QString::number(qualityValue(point.x()), 'f', 4)) && text.contains(QStringLiteral("Cross-IQA patch quality"))
                 && text.contains(QStringLiteral("score units")),
             qPrintable(text));

    // An attention block: from 0, in shares of the attention.
    chooseLayer(controls, HeatmapOverlay::crossIqaBlock(2));
    QVERIFY(waitIdle(window));
    QCOMPARE(fakes.crossIqaMaps->load(), 1);  // the same maps, another layer of them
    QVERIFY(std::abs(*overlay->valueAt(point) - blockValue(2, point.x())) < 1e-5);
    QCOMPARE(bar->rangeMin(), 0.0);
    QVERIFY(std::abs(bar->rangeMax() - blockValue(2, kWidth - 1)) < 1e-3);
    QVERIFY2(bar->title().contains(QStringLiteral("block 2")) && bar->title().contains(QStringLiteral("even share")),
             qPrintable(bar->title()));
    text = window.inspector()->heatmapText();
    QVERIFY2(text.contains(QString::number(blockValue(2, point.x()), 'f', 4)) && text.contains(QStringLiteral("block 2")),
             qPrintable(text));

    // The rollout, then back to VAE-QA: its maps are still there.
    chooseLayer(controls, HeatmapOverlay::kCrossIqaRollout);
    QVERIFY(waitIdle(window));
    QVERIFY(std::abs(*overlay->valueAt(point) - rolloutValue(point.y())) < 1e-5);
    chooseLayer(controls, 0);
    QVERIFY(waitIdle(window));
    QVERIFY(std::abs(*overlay->valueAt(point) - vaeQaValue(0, point.x())) < 1e-6);
    QCOMPARE(overlay->image().pixelColor(point), vaeQaColour);
    QVERIFY(window.inspector()->heatmapText().contains(QStringLiteral("cosine distance")));
}

void CrossIqaGuiTest::failingCrossIqaLeavesVaeQaMapsAndFullReferenceScores()
{
    MainWindow window;
    Fakes fakes;
    fakes.crossIqaBroken = true;
    useFakes(window, fakes);
    openPair(window, m_dist);

    // Its rows say why; every full-reference score is there.
    const QVector<ScorePanel::Row> rows = window.scorePanel()->rows();
    const auto broken = std::find_if(rows.begin(), rows.end(), [](const ScorePanel::Row &row) { return row.id == QLatin1String("cross-iqa"); });
    QVERIFY(broken != rows.end());
    QVERIFY2(broken->error.contains(QStringLiteral("/nowhere")), qPrintable(broken->error));
    for (const QString &id : {QStringLiteral("psnr"), QStringLiteral("ssim"), QStringLiteral("vae-qa")}) {
        const auto row = findRow(rows, id, iqa::ScoredImage::Pair);
        QVERIFY2(row && row->error.isEmpty(), qPrintable(id));
    }

    // Choosing one of its maps explains why there is none.
    HeatmapOverlay *overlay = window.compareView()->heatmapOverlay();
    HeatmapControls *controls = window.compareView()->heatmapControls();
    controls->showBox()->click();
    chooseLayer(controls, HeatmapOverlay::kCrossIqaQuality);
    QVERIFY(waitIdle(window));
    QVERIFY(!overlay->hasHeatmaps());
    QVERIFY(!window.comparison()->distortedPane()->view()->hasHeatLayer());
    QVERIFY2(controls->status().contains(QStringLiteral("Cross-IQA")) && controls->status().contains(QStringLiteral("/nowhere")),
             qPrintable(controls->status()));
    window.inspector()->showPixel(QPoint(10, 10));
    QVERIFY(window.inspector()->heatmapText().contains(QStringLiteral("none")));

    // VAE-QA's maps still work.
    chooseLayer(controls, HeatmapOverlay::kCombined);
    QVERIFY(waitIdle(window));
    QVERIFY(overlay->hasHeatmaps());
    QVERIFY(window.comparison()->distortedPane()->view()->hasHeatLayer());
    QVERIFY(controls->status().isEmpty());
    QVERIFY(controls->colorBar()->title().contains(QStringLiteral("VAE-QA")));
}

void CrossIqaGuiTest::imagesTooSmallForCrossIqaAreThatRowsError()
{
    // The real models on a 24 x 20 pair: Cross-IQA needs 32 pixels a side.
    QTemporaryDir dir;
    const TexturedPair pair = texturedPair(24, 20);
    const QString ref = dir.filePath(QStringLiteral("tiny-ref.png"));
    const QString dist = dir.filePath(QStringLiteral("tiny-dist.png"));
    QVERIFY(writeImageFile(ref, pair.reference));
    QVERIFY(writeImageFile(dist, pair.distorted));
    MainWindow window;
    window.show();
    window.openImage(MainWindow::Role::Reference, ref);
    window.openImage(MainWindow::Role::Distorted, dist);
    QVERIFY(waitIdle(window));
    const QVector<ScorePanel::Row> rows = window.scorePanel()->rows();
    const auto psnr = findRow(rows, QStringLiteral("psnr"), iqa::ScoredImage::Pair);
    QVERIFY(psnr && psnr->error.isEmpty());
    for (iqa::ScoredImage image : {iqa::ScoredImage::Distorted, iqa::ScoredImage::Reference}) {
        const auto row = findRow(rows, QStringLiteral("cross-iqa"), image);
        QVERIFY(row);
        QVERIFY2(row->error.contains(QStringLiteral("32")) && row->error.contains(QStringLiteral("24x20")), qPrintable(row->error));
    }
    // The reason is readable without hovering, once for both images.
    const QString provenance = window.scorePanel()->provenanceText();
    QVERIFY2(provenance.contains(QStringLiteral("Cross-IQA: Cross-IQA needs images of at least 32x32")), qPrintable(provenance));
    QCOMPARE(provenance.count(QStringLiteral("this one is 24x20")), 1);
    // Its maps say the same, and the window goes on.
    HeatmapControls *controls = window.compareView()->heatmapControls();
    chooseLayer(controls, HeatmapOverlay::kCrossIqaRollout);
    QVERIFY(waitIdle(window));
    QVERIFY2(controls->status().contains(QStringLiteral("24x20")), qPrintable(controls->status()));
}

void CrossIqaGuiTest::imageTooLargeForItsMapsGetsAMessageNotAComputation()
{
    // Just over the limit; its score is still computed (tiles of its centre grid).
    QTemporaryDir dir;
    const cv::Mat big(1520, 2000, CV_8UC3, cv::Scalar(90, 120, 150));
    const QString ref = dir.filePath(QStringLiteral("big-ref.png"));
    const QString dist = dir.filePath(QStringLiteral("big-dist.png"));
    QVERIFY(writeImageFile(ref, big));
    QVERIFY(writeImageFile(dist, big + cv::Scalar(3, 3, 3)));
    MainWindow window;
    Fakes fakes;
    useFakes(window, fakes);
    window.compareView()->heatmapOverlay()->setLayer(HeatmapOverlay::kCrossIqaQuality);
    window.show();
    window.openImage(MainWindow::Role::Reference, ref);
    window.openImage(MainWindow::Role::Distorted, dist);
    QVERIFY(waitIdle(window));
    QCOMPARE(fakes.crossIqaMaps->load(), 0);
    const QString status = window.compareView()->heatmapControls()->status();
    QVERIFY2(status.contains(QStringLiteral("megapixels")) && status.contains(QStringLiteral("3.0")), qPrintable(status));
    QVERIFY(findRow(window.scorePanel()->rows(), QStringLiteral("cross-iqa"), iqa::ScoredImage::Distorted));
}

void CrossIqaGuiTest::revisitedPairComesFromTheCache()
{
    MainWindow window;
    Fakes fakes;
    useFakes(window, fakes);
    window.resize(1280, 800);
    window.show();
    window.compareView()->heatmapOverlay()->setLayer(HeatmapOverlay::kCrossIqaQuality);
    window.openImage(MainWindow::Role::Reference, m_ref);
    window.openCandidates({m_dist, m_dist2});
    QVERIFY(waitIdle(window));
    QCOMPARE(fakes.crossIqaMaps->load(), 1);
    const double first = findRow(window.scorePanel()->rows(), QStringLiteral("cross-iqa"), iqa::ScoredImage::Distorted)->value;

    window.imageList()->setCurrentCandidate(m_dist2);
    QVERIFY(waitIdle(window));
    QCOMPARE(fakes.crossIqaMaps->load(), 2);
    const double second = findRow(window.scorePanel()->rows(), QStringLiteral("cross-iqa"), iqa::ScoredImage::Distorted)->value;
    QVERIFY(second != first);

    // Back to the first: scores and maps without the worker.
    const int scoreCalls = fakes.crossIqaScores->load();
    const int panelRequests = window.scorePanel()->requestCount();
    const int mapRequests = window.crossIqaHeatmapSource()->requestCount();
    QSignalSpy pairScored(window.modelWorker(), &iqa::ModelWorker::pairScored);
    QSignalSpy mapsReady(window.modelWorker(), &iqa::ModelWorker::crossIqaHeatmapsReady);
    window.imageList()->setCurrentCandidate(m_dist);
    QVERIFY(waitIdle(window));
    QCOMPARE(fakes.crossIqaScores->load(), scoreCalls);
    QCOMPARE(fakes.crossIqaMaps->load(), 2);
    QCOMPARE(window.scorePanel()->requestCount(), panelRequests);
    QCOMPARE(window.crossIqaHeatmapSource()->requestCount(), mapRequests);
    QVERIFY(pairScored.isEmpty());
    QVERIFY(mapsReady.isEmpty());
    QCOMPARE(findRow(window.scorePanel()->rows(), QStringLiteral("cross-iqa"), iqa::ScoredImage::Distorted)->value, first);
    QVERIFY(findRow(window.scorePanel()->rows(), QStringLiteral("cross-iqa"), iqa::ScoredImage::Reference));
    QVERIFY(window.compareView()->heatmapOverlay()->hasHeatmaps());
}

void CrossIqaGuiTest::realCrossIqaScoresAndMapsWithTheirProvenance()
{
    // The real checkpoint compiled into the program, its tiles in the provenance.
    MainWindow window;
    window.modelWorker()->setHeatmapFunction([](const iqa::Image &reference, const iqa::Image &) {
        return iqa::Expected<iqa::VaeQaHeatmaps>(fakeVaeQaMaps(reference));  // VAE-QA's are another test's
    });
    window.compareView()->heatmapOverlay()->setLayer(HeatmapOverlay::kCrossIqaRollout);
    openPair(window, m_dist);
    const QVector<ScorePanel::Row> rows = window.scorePanel()->rows();
    const auto distorted = findRow(rows, QStringLiteral("cross-iqa"), iqa::ScoredImage::Distorted);
    const auto reference = findRow(rows, QStringLiteral("cross-iqa"), iqa::ScoredImage::Reference);
    QVERIFY(distorted && reference);
    QVERIFY2(distorted->error.isEmpty() && reference->error.isEmpty(), qPrintable(distorted->error + reference->error));
    QVERIFY(std::isfinite(distorted->value) && std::isfinite(reference->value));
    QCOMPARE(distorted->weightsSha256.size(), 64);
    QVERIFY(distorted->tiles >= 1 && distorted->tileSize > 0);
    const QString provenance = window.scorePanel()->provenanceText();
    QVERIFY2(provenance.contains(distorted->weightsSha256.left(12)) && provenance.contains(QStringLiteral("tiles of %1 px").arg(distorted->tileSize))
                 && provenance.contains(QStringLiteral("distorted %1").arg(distorted->tiles)),
             qPrintable(provenance));

    const std::optional<iqa::CrossIqaImageHeatmaps> &maps = window.crossIqaHeatmapSource()->heatmaps();
    QVERIFY2(maps, qPrintable(window.crossIqaHeatmapSource()->message()));
    QCOMPARE(maps->weightsSha256, distorted->weightsSha256);
    QCOMPARE(maps->maps.rollout.map.cols, kWidth);
    QVERIFY(window.compareView()->heatmapOverlay()->hasHeatmaps());
    // The selector lists as many blocks as the checkpoint has.
    QComboBox *layers = window.compareView()->heatmapControls()->layerBox();
    QVERIFY(layers->findData(HeatmapOverlay::crossIqaBlock(int(maps->maps.attention.size()) - 1)) >= 0);
    QCOMPARE(layers->findData(HeatmapOverlay::crossIqaBlock(int(maps->maps.attention.size()))), -1);
}

void CrossIqaGuiTest::commandLineOverlaysACrossIqaMap()
{
    const QString shot = m_dir.filePath(QStringLiteral("cross-iqa.png"));
    const Run run = runProgram(QStringLiteral(IQA_STUDIO_PATH),
                               {QStringLiteral("--ref"), m_ref, QStringLiteral("--dist"), m_dist, QStringLiteral("--heatmap"),
                                QStringLiteral("cross-iqa-block-1"), QStringLiteral("--screenshot"), shot, QStringLiteral("--size"),
                                QStringLiteral("1024x700")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QImage image(shot);
    QCOMPARE(image.size(), QSize(1024, 700));
    const Run bad = runProgram(QStringLiteral(IQA_STUDIO_PATH), {QStringLiteral("--heatmap"), QStringLiteral("cross-iqa-nothing")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("cross-iqa-quality")), qPrintable(bad.err));
}

QTEST_MAIN(CrossIqaGuiTest)
#include "test_gui_cross_iqa.moc"
