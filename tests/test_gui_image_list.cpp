// The image list and the result cache, offscreen: one reference and three
// candidates with thumbnails, "Set as Reference" swapping the pair's roles,
// a revisited pair answered from the cache without asking the model worker,
// a file changed on disk scored again, the candidates and history plots, and
// iqa-studio's --dist repeated with --heatmap and --screenshot. Fake models
// and heatmaps count every request the worker serves.
#include "TestSupport.h"

#include "AppSettings.h"
#include "CandidateScorer.h"
#include "HeatmapOverlay.h"
#include "HeatmapSource.h"
#include "ImageListPanel.h"
#include "ImagePane.h"
#include "MainWindow.h"
#include "ResultCache.h"
#include "ScorePanel.h"
#include "ScorePlots.h"
#include "SideBySideView.h"
#include "jobs/ModelWorker.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <qcustomplot.h>

#include <opencv2/imgproc.hpp>

#include <atomic>
#include <memory>

using namespace iqa::test;

namespace {

bool waitIdle(MainWindow &window)
{
    return QTest::qWaitFor([&window] { return !window.isBusy(); }, 120000);
}

// Scores the mean absolute difference; counts its calls across threads.
class CountingModel : public iqa::QualityModel
{
public:
    CountingModel(const QString &id, std::shared_ptr<std::atomic<int>> calls) : m_calls(std::move(calls))
    {
        m_card.id = id;
        m_card.name = id.toUpper();
        m_card.direction = iqa::ScoreDirection::LowerIsBetter;
        m_card.rangeMax = 255;
        // Learned scores depend on the crops (and are cached by them); classic ones do not.
        m_card.learned = id == QLatin1String("vae-qa");
    }
    const iqa::ModelCard &card() const override { return m_card; }
    iqa::Expected<double> scorePair(const iqa::Image &reference, const iqa::Image &distorted) override
    {
        ++*m_calls;
        if (iqa::Status same = iqa::checkSameSize(reference, distorted); !same)
            return iqa::Expected<double>::failure(same.error());
        cv::Mat difference;
        cv::absdiff(reference.rgb, distorted.rgb, difference);
        return cv::mean(difference)[0];
    }

private:
    iqa::ModelCard m_card;
    std::shared_ptr<std::atomic<int>> m_calls;
};

struct Counters
{
    std::shared_ptr<std::atomic<int>> scores = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<std::atomic<int>> heatmaps = std::make_shared<std::atomic<int>>(0);
};

void useFakes(MainWindow &window, const Counters &counters)
{
    auto scores = counters.scores;
    window.modelWorker()->setModelFactory(
        [scores](const QString &id, const iqa::ModelOptions &) -> iqa::Expected<std::unique_ptr<iqa::QualityModel>> {
            return std::unique_ptr<iqa::QualityModel>(new CountingModel(id, scores));
        });
    auto heatmaps = counters.heatmaps;
    window.modelWorker()->setHeatmapFunction([heatmaps](const iqa::Image &reference, const iqa::Image &) {
        ++*heatmaps;
        iqa::VaeQaHeatmaps maps;
        maps.encoderId = QStringLiteral("fake");
        maps.combined = cv::Mat(reference.height(), reference.width(), CV_32FC1, cv::Scalar(0.1));
        for (int i = 0; i < 6; ++i)
            maps.layers << iqa::LayerHeatmap{QStringLiteral("fake.%1").arg(i), 1, maps.combined.clone()};
        return iqa::Expected<iqa::VaeQaHeatmaps>(maps);
    });
}

cv::Mat noisy(const cv::Mat &image, double sigma, int seed)
{
    cv::Mat noise(image.size(), CV_16SC3);
    cv::theRNG().state = seed;
    cv::randn(noise, 0, sigma);
    cv::Mat sum;
    image.convertTo(sum, CV_16SC3);
    sum += noise;
    cv::Mat out;
    sum.convertTo(out, CV_8UC3);
    return out;
}

} // namespace

class ImageListTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void candidatesGetThumbnailsAndTheFirstIsCurrent();
    void setAsReferenceSwapsRoles();
    void revisitedPairComesFromTheCache();
    void changedFileIsScoredAgain();
    void plotsCoverCandidatesAndHistory();
    void removingTheCurrentCandidatePicksItsNeighbour();
    void commandLineTakesSeveralCandidatesAndWaitsForHeatmaps();

private:
    void openList(MainWindow &window);

    QTemporaryDir m_dir;
    QString m_ref;
    QStringList m_candidates;
};

void ImageListTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // keep the user's settings out of it
    QVERIFY(m_dir.isValid());
    cv::Mat ref(96, 128, CV_8UC3);
    cv::theRNG().state = 7;
    cv::randu(ref, 0, 255);
    cv::GaussianBlur(ref, ref, {0, 0}, 2.0);
    m_ref = m_dir.filePath(QStringLiteral("ref.png"));
    QVERIFY(writeImageFile(m_ref, ref));
    // Three candidates, ever noisier: their scores differ and are ordered.
    for (int i = 0; i < 3; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("candidate-%1.png").arg(i));
        QVERIFY(writeImageFile(path, noisy(ref, 4.0 * (i + 1), 100 + i)));
        m_candidates << path;
    }
}

void ImageListTest::openList(MainWindow &window)
{
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openImage(MainWindow::Role::Reference, m_ref);
    window.openCandidates(m_candidates);
    QVERIFY(waitIdle(window));
}

void ImageListTest::candidatesGetThumbnailsAndTheFirstIsCurrent()
{
    MainWindow window;
    useFakes(window, Counters());
    openList(window);
    ImageListPanel *list = window.imageList();
    QCOMPARE(list->referencePath(), m_ref);
    QCOMPARE(list->candidatePaths(), m_candidates);
    QCOMPARE(list->currentCandidate(), m_candidates.first());
    QCOMPARE(list->list()->count(), 4);
    QVERIFY(list->list()->item(0)->text().contains(QStringLiteral("Reference")));
    for (const QString &path : list->paths()) {
        const QImage thumbnail = list->thumbnail(path);
        QVERIFY2(!thumbnail.isNull(), qPrintable(path));
        QCOMPARE(std::max(thumbnail.width(), thumbnail.height()), ImageListPanel::kThumbnailSide);
    }
    QVERIFY(window.comparison()->distortedPane()->title().contains(QStringLiteral("candidate-0.png")));
    QVERIFY(!window.scorePanel()->rows().isEmpty());

    // Clicking another candidate makes it the pair.
    QListWidgetItem *second = list->list()->item(2);
    QVERIFY(second->text().contains(QStringLiteral("candidate-1.png")));
    list->list()->setCurrentItem(second);
    QVERIFY(waitIdle(window));
    QCOMPARE(list->currentCandidate(), m_candidates[1]);
    QVERIFY(window.comparison()->distortedPane()->title().contains(QStringLiteral("candidate-1.png")));
}

void ImageListTest::setAsReferenceSwapsRoles()
{
    MainWindow window;
    useFakes(window, Counters());
    openList(window);
    ImageListPanel *list = window.imageList();
    // "Set as Reference" on the current candidate: the pair swaps roles.
    list->setReference(m_candidates[0]);
    QVERIFY(waitIdle(window));
    QCOMPARE(list->referencePath(), m_candidates[0]);
    QCOMPARE(list->currentCandidate(), m_ref);
    QVERIFY(list->candidatePaths().contains(m_ref));
    QCOMPARE(list->candidatePaths().size(), 3);
    QVERIFY(window.comparison()->referencePane()->title().contains(QStringLiteral("candidate-0.png")));
    QVERIFY(window.comparison()->distortedPane()->title().contains(QStringLiteral("ref.png")));
    QVERIFY(list->list()->item(0)->text().contains(QStringLiteral("candidate-0.png")));

    // On another candidate: the reference changes, the shown candidate stays.
    list->setReference(m_candidates[2]);
    QVERIFY(waitIdle(window));
    QCOMPARE(list->referencePath(), m_candidates[2]);
    QCOMPARE(list->currentCandidate(), m_ref);
    QVERIFY(list->candidatePaths().contains(m_candidates[0]));
    QVERIFY(window.comparison()->referencePane()->title().contains(QStringLiteral("candidate-2.png")));
}

void ImageListTest::revisitedPairComesFromTheCache()
{
    MainWindow window;
    Counters counters;
    useFakes(window, counters);
    openList(window);
    ImageListPanel *list = window.imageList();
    // The background scorer has scored every candidate by now.
    ResultCache *cache = window.resultCache();
    const FileStamp reference = FileStamp::of(m_ref);
    for (const QString &candidate : m_candidates)
        QVERIFY2(cache->scores(PairKey{reference, FileStamp::of(candidate)}), qPrintable(candidate));
    QCOMPARE(counters.heatmaps->load(), 1);  // heatmaps only for the pair on show

    list->setCurrentCandidate(m_candidates[1]);
    QVERIFY(waitIdle(window));
    QCOMPARE(counters.heatmaps->load(), 2);
    const int scoreCalls = counters.scores->load();
    const int panelRequests = window.scorePanel()->requestCount();
    const int heatmapRequests = window.heatmapSource()->requestCount();

    // Back to the first: scores and heatmaps are shown without the worker.
    QSignalSpy pairScored(window.modelWorker(), &iqa::ModelWorker::pairScored);
    list->setCurrentCandidate(m_candidates[0]);
    QVERIFY(waitIdle(window));
    QCOMPARE(counters.scores->load(), scoreCalls);
    QCOMPARE(counters.heatmaps->load(), 2);
    QCOMPARE(window.scorePanel()->requestCount(), panelRequests);
    QCOMPARE(window.heatmapSource()->requestCount(), heatmapRequests);
    QVERIFY(pairScored.isEmpty());
    QVERIFY(!window.scorePanel()->rows().isEmpty());
    QVERIFY(window.heatmapSource()->heatmaps().has_value());
    QCOMPARE(window.heatmapSource()->heatmaps()->maps.combined.cols, 128);

    // Other crops are another key: the pair is scored again.
    AppSettings::instance().setCrops(AppSettings::instance().crops() == 5 ? 1 : 5);
    QVERIFY(waitIdle(window));
    QVERIFY(window.scorePanel()->requestCount() > panelRequests);
    AppSettings::instance().setCrops(5);
    QVERIFY(waitIdle(window));
}

void ImageListTest::changedFileIsScoredAgain()
{
    QTemporaryDir dir;
    const QString candidate = dir.filePath(QStringLiteral("edited.png"));
    QVERIFY(QFile::copy(m_candidates[0], candidate));
    MainWindow window;
    Counters counters;
    useFakes(window, counters);
    window.resize(1280, 800);
    window.show();
    window.openImage(MainWindow::Role::Reference, m_ref);
    window.openCandidates({candidate, m_candidates[1]});
    QVERIFY(waitIdle(window));
    const int requests = window.scorePanel()->requestCount();
    const double before = window.scorePanel()->rows().first().value;

    // The user edits the file shown: the cache drops it and the window reads it again.
    QSignalSpy changed(window.resultCache(), &ResultCache::fileChanged);
    cv::Mat ref = cv::imread(m_ref.toStdString());
    QVERIFY(writeImageFile(candidate, noisy(ref, 30.0, 5)));
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.first().at(0).toString(), candidate);
    QVERIFY(waitIdle(window));
    // (A save may notify more than once; each read sees the new file.)
    QVERIFY(window.scorePanel()->requestCount() > requests);
    QVERIFY(window.scorePanel()->rows().first().value > before);
}

void ImageListTest::plotsCoverCandidatesAndHistory()
{
    MainWindow window;
    useFakes(window, Counters());
    openList(window);
    ScorePlots *plots = window.plots();
    QVERIFY(plots->selectModel(QStringLiteral("psnr")));
    QVERIFY(waitIdle(window));
    // Two bar sets (the others, the current one in its own colour): three bars in all.
    QCustomPlot *candidates = plots->candidatePlot();
    int bars = 0;
    for (int i = 0; i < candidates->plottableCount(); ++i)
        bars += qobject_cast<QCPBars *>(candidates->plottable(i))->data()->size();
    QCOMPARE(bars, 3);
    // Noisier candidates differ more from the reference (the fake's mean |difference|).
    auto *others = qobject_cast<QCPBars *>(candidates->plottable(0));
    QCOMPARE(others->data()->size(), 2);
    QVERIFY((others->data()->begin() + 1)->value > others->data()->begin()->value);

    const int shown = plots->historySize();
    QCOMPARE(shown, 1);
    window.imageList()->setCurrentCandidate(m_candidates[2]);
    QVERIFY(waitIdle(window));
    window.imageList()->setCurrentCandidate(m_candidates[0]);
    QVERIFY(waitIdle(window));
    QCOMPARE(plots->historySize(), 3);
    QCOMPARE(plots->historyPlot()->graph(0)->data()->size(), 3);
}

void ImageListTest::removingTheCurrentCandidatePicksItsNeighbour()
{
    MainWindow window;
    useFakes(window, Counters());
    openList(window);
    ImageListPanel *list = window.imageList();
    list->setCurrentCandidate(m_candidates[1]);
    list->remove(m_candidates[1]);
    QVERIFY(waitIdle(window));
    QCOMPARE(list->currentCandidate(), m_candidates[2]);
    QVERIFY(window.comparison()->distortedPane()->title().contains(QStringLiteral("candidate-2.png")));
    // Without a reference the pair is gone, with a message where scores were.
    list->remove(m_ref);
    QVERIFY(waitIdle(window));
    QVERIFY(window.scorePanel()->rows().isEmpty());
    QVERIFY(!window.comparison()->referencePane()->title().contains(QStringLiteral("ref.png")));
}

void ImageListTest::commandLineTakesSeveralCandidatesAndWaitsForHeatmaps()
{
    // The real models and encoder, as a user starts the program, with
    // settings of its own (XDG_CONFIG_HOME) and no screen.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const QString shot = m_dir.filePath(QStringLiteral("shot.png"));
    const Run run = runProgram(QStringLiteral(IQA_STUDIO_PATH),
                               {QStringLiteral("--ref"), m_ref, QStringLiteral("--dist"), m_candidates[0],
                                QStringLiteral("--dist"), m_candidates[1], QStringLiteral("--heatmap"),
                                QStringLiteral("2"), QStringLiteral("--screenshot"), shot, QStringLiteral("--size"),
                                QStringLiteral("1280x800")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QImage(shot).size(), QSize(1280, 800));

    const Run bad = runProgram(QStringLiteral(IQA_STUDIO_PATH), {QStringLiteral("--heatmap"), QStringLiteral("9")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("--heatmap")), qPrintable(bad.err));
}

QTEST_MAIN(ImageListTest)
#include "test_gui_image_list.moc"
