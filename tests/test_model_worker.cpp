// The model worker (DESIGN.md section 4): results carry their request id,
// interactive pairs coalesce, batches cancel promptly, failures name the id.
// Fake models with gates make every race here deterministic.
#include "TestSupport.h"

#include "jobs/ModelWorker.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <atomic>
#include <cmath>

using namespace iqa;
using namespace iqa::test;

namespace {

// A full-reference model whose scorePair runs `hook` first (to block, or to
// take time) and returns the mean absolute difference.
class FakeModel : public QualityModel
{
public:
    FakeModel(const QString &id, std::function<void()> hook) : m_hook(std::move(hook))
    {
        m_card.id = id;
        m_card.name = id.toUpper();
        m_card.direction = ScoreDirection::LowerIsBetter;
    }
    const ModelCard &card() const override { return m_card; }
    Expected<double> scorePair(const Image &reference, const Image &distorted) override
    {
        if (m_hook)
            m_hook();
        if (Status same = checkSameSize(reference, distorted); !same)
            return Expected<double>::failure(same.error());
        cv::Mat diff;
        cv::absdiff(reference.rgb, distorted.rgb, diff);
        return cv::mean(diff)[0];
    }

private:
    ModelCard m_card;
    std::function<void()> m_hook;
};

Image makeImage(int size, double noise, int seed)
{
    cv::Mat base(size, size, CV_8UC3);
    cv::theRNG().state = 1234;
    cv::randu(base, 0, 255);
    cv::GaussianBlur(base, base, {0, 0}, 3.0);
    Image image;
    image.bitDepth = 8;
    image.sourceChannels = 3;
    if (noise > 0) {
        cv::Mat n(size, size, CV_16SC3);
        cv::theRNG().state = 99 + seed;
        cv::randn(n, 0, noise);
        cv::Mat sum;
        base.convertTo(sum, CV_16SC3);
        sum += n;
        sum.convertTo(image.rgb, CV_8UC3);
    } else {
        image.rgb = base;
    }
    return image;
}

// A no-reference model scoring an image's mean grey level (0..255), or
// failing with `refusal` for images narrower than `minimumWidth`.
class FakeNoReferenceModel : public QualityModel
{
public:
    explicit FakeNoReferenceModel(const QString &id, int minimumWidth = 0) : m_minimumWidth(minimumWidth)
    {
        m_card.id = id;
        m_card.name = id.toUpper();
        m_card.kind = ModelKind::NoReference;
        m_card.learned = true;
        m_card.weightsSha256 = QStringLiteral("ab").repeated(32);
    }
    const ModelCard &card() const override { return m_card; }
    Expected<double> scoreImage(const Image &image) override
    {
        if (image.width() < m_minimumWidth)
            return Expected<double>::failure(QStringLiteral("%1 needs images of at least %2 pixels").arg(m_card.name).arg(m_minimumWidth));
        return meanGrey(image);
    }
    static double meanGrey(const Image &image)
    {
        const cv::Scalar mean = cv::mean(image.rgb);
        return (mean[0] + mean[1] + mean[2]) / 3.0;
    }

private:
    ModelCard m_card;
    int m_minimumWidth;
};

// Cross-IQA-like maps with values that say which map they are: patch
// quality 0.5, rollout 1, block b: b + 2.
CrossIqaHeatmaps constantCrossIqaHeatmaps(const Image &image)
{
    const auto layer = [&image](const QString &name, double value) {
        return LayerHeatmap{name, 16, cv::Mat(image.height(), image.width(), CV_32FC1, cv::Scalar(value))};
    };
    CrossIqaHeatmaps maps;
    for (int b = 0; b < 3; ++b)
        maps.attention << layer(QStringLiteral("block.%1").arg(b), b + 2);
    maps.rollout = layer(QStringLiteral("rollout"), 1.0);
    maps.patchQuality = layer(QStringLiteral("patch quality"), 0.5);
    maps.tiles = 4;
    return maps;
}

// Six layers of constant value (i + 1) / 10 and their mean as the combined map.
VaeQaHeatmaps constantHeatmaps(const Image &reference)
{
    VaeQaHeatmaps maps;
    maps.encoderId = QStringLiteral("fake");
    maps.combined = cv::Mat::zeros(reference.height(), reference.width(), CV_32FC1);
    for (int i = 0; i < 6; ++i) {
        LayerHeatmap layer;
        layer.name = QStringLiteral("fake.%1").arg(i);
        layer.stride = 1 << i;
        layer.map = cv::Mat(reference.height(), reference.width(), CV_32FC1, cv::Scalar((i + 1) / 10.0));
        maps.combined += layer.map / 6.0;
        maps.layers << layer;
    }
    return maps;
}

quint64 idOf(const QList<QVariant> &signalArguments)
{
    return signalArguments.at(0).value<quint64>();
}

} // namespace

class ModelWorkerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pairResultCarriesRequestId();
    void quickRequestsCoalesceToTheNewest();
    void runningRequestSupersededIsNotReported();
    void pairWaitingDuringBatchIsServedBetweenItems();
    void cancelStopsBatchEarly();
    void cancelBeforeStartReportsCancelledWithNoRows();
    void missingFilesArriveAsErrorsWithTheirId();
    void badRowIsListedAndBatchGoesOn();
    void heatmapsCarryRequestIdAndLayerMeans();
    void quickHeatmapRequestsCoalesceToTheNewest();
    void heatmapFailureArrivesAsErrorWithItsId();
    void heatmapsOfTheVaeQaEncoder();
    void noReferenceModelsScoreEachImageOfThePair();
    void defaultPairRequestScoresEveryRegistryModel();
    void failingNoReferenceModelLeavesFullReferenceScores();
    void crossIqaHeatmapsCoalesceInASlotOfTheirOwn();
    void crossIqaHeatmapFailureArrivesAsErrorWithItsId();
    void crossIqaHeatmapsOfTheRealModel();

private:
    QString writeLabels(const QString &name, int rows, bool withMissingRow);

    QTemporaryDir m_dir;
    Image m_ref, m_dist;
};

void ModelWorkerTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ref = makeImage(96, 0, 0);
    m_dist = makeImage(96, 12, 1);
    QVERIFY(writeImageFile(m_dir.filePath(QStringLiteral("ref.png")), m_ref.rgb));
    QVERIFY(writeImageFile(m_dir.filePath(QStringLiteral("dist.png")), m_dist.rgb));
}

QString ModelWorkerTest::writeLabels(const QString &name, int rows, bool withMissingRow)
{
    QByteArray csv = "ref,dist,mos\n";
    for (int i = 0; i < rows; ++i)
        csv += "ref.png,dist.png," + QByteArray::number(50 + i % 7) + "\n";
    if (withMissingRow)
        csv += "ref.png,missing.png,10\n";
    const QString path = m_dir.filePath(name);
    return writeFile(path, csv) ? path : QString();
}

void ModelWorkerTest::pairResultCarriesRequestId()
{
    ModelWorker worker;
    QSignalSpy scored(&worker, &ModelWorker::pairScored);
    PairRequest request;
    request.reference = m_ref;
    request.distorted = m_dist;
    const quint64 id = worker.scorePair(request);
    QVERIFY(id != 0);
    QVERIFY(scored.wait(20000));
    QCOMPARE(scored.size(), 1);
    QCOMPARE(idOf(scored.first()), id);
    const auto scores = scored.first().at(1).value<QVector<ModelScore>>();
    QVERIFY(scores.size() >= ModelRegistry::ids().size());  // every model by default (no-reference ones twice)
    QCOMPARE(scores.first().id, QStringLiteral("psnr"));
    QCOMPARE(scores.first().image, ScoredImage::Pair);
    QVERIFY2(scores.first().error.isEmpty(), qPrintable(scores.first().error));
    QVERIFY(scores.first().value > 15 && scores.first().value < 40);
    QCOMPARE(scores.first().card.direction, ScoreDirection::HigherIsBetter);

    // A second request gets a new id, and its own result.
    const quint64 second = worker.scorePair(request);
    QVERIFY(second != id);
    QVERIFY(scored.wait(20000));
    QCOMPARE(idOf(scored.last()), second);
}

void ModelWorkerTest::quickRequestsCoalesceToTheNewest()
{
    ModelWorker worker;
    QSignalSpy scored(&worker, &ModelWorker::pairScored);
    // Hold the worker so all five requests are waiting when it looks.
    QSemaphore release;
    worker.runOnWorkerThread([&release] { release.acquire(); });
    PairRequest request;
    request.reference = m_ref;
    request.distorted = m_dist;
    request.modelIds = {QStringLiteral("psnr")};
    QVector<quint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << worker.scorePair(request);
    release.release();
    QVERIFY(scored.wait(20000));
    QTest::qWait(300);  // anything else would have arrived by now
    QCOMPARE(scored.size(), 1);
    QCOMPARE(idOf(scored.first()), ids.last());
}

void ModelWorkerTest::runningRequestSupersededIsNotReported()
{
    auto entered = std::make_shared<QSemaphore>();
    auto proceed = std::make_shared<QSemaphore>();
    ModelWorker worker;
    worker.setModelFactory([entered, proceed](const QString &id, const ModelOptions &)
                               -> Expected<std::unique_ptr<QualityModel>> {
        if (id == QLatin1String("gate"))
            return std::unique_ptr<QualityModel>(new FakeModel(id, [entered, proceed] {
                entered->release();
                proceed->acquire();
            }));
        return std::unique_ptr<QualityModel>(new FakeModel(id, {}));
    });
    QSignalSpy scored(&worker, &ModelWorker::pairScored);
    PairRequest first;
    first.reference = m_ref;
    first.distorted = m_dist;
    first.modelIds = {QStringLiteral("gate"), QStringLiteral("fast")};
    const quint64 firstId = worker.scorePair(first);
    QVERIFY(entered->tryAcquire(1, 10000));  // the first request is inside its first model now

    PairRequest second = first;
    second.modelIds = {QStringLiteral("fast")};
    const quint64 secondId = worker.scorePair(second);
    proceed->release();
    QVERIFY(scored.wait(10000));
    QTest::qWait(200);
    QCOMPARE(scored.size(), 1);
    QCOMPARE(idOf(scored.first()), secondId);
    QVERIFY(firstId != secondId);
}

void ModelWorkerTest::pairWaitingDuringBatchIsServedBetweenItems()
{
    ModelWorker worker;
    worker.setModelFactory([](const QString &id, const ModelOptions &) -> Expected<std::unique_ptr<QualityModel>> {
        return std::unique_ptr<QualityModel>(new FakeModel(id, [] { QThread::msleep(15); }));
    });
    const QString csv = writeLabels(QStringLiteral("long.csv"), 300, false);
    QSignalSpy scored(&worker, &ModelWorker::pairScored);
    QSignalSpy finished(&worker, &ModelWorker::batchFinished);
    QSignalSpy progress(&worker, &ModelWorker::batchProgress);
    BatchRequest batch;
    batch.path = csv;
    batch.modelIds = {QStringLiteral("slow")};
    const quint64 batchId = worker.startBatch(batch);
    QVERIFY(QTest::qWaitFor([&progress] { return !progress.isEmpty(); }, 10000));

    PairRequest pair;
    pair.reference = m_ref;
    pair.distorted = m_dist;
    pair.modelIds = {QStringLiteral("slow")};
    const quint64 pairId = worker.scorePair(pair);
    QVERIFY(scored.wait(10000));
    QCOMPARE(idOf(scored.first()), pairId);
    QVERIFY2(finished.isEmpty(), "the pair waited for the whole batch");
    worker.cancelBatch(batchId);
    QVERIFY(finished.wait(10000));
}

void ModelWorkerTest::cancelStopsBatchEarly()
{
    ModelWorker worker;
    worker.setModelFactory([](const QString &id, const ModelOptions &) -> Expected<std::unique_ptr<QualityModel>> {
        return std::unique_ptr<QualityModel>(new FakeModel(id, [] { QThread::msleep(20); }));
    });
    const QString csv = writeLabels(QStringLiteral("cancel.csv"), 200, false);
    QSignalSpy started(&worker, &ModelWorker::batchStarted);
    QSignalSpy progress(&worker, &ModelWorker::batchProgress);
    QSignalSpy finished(&worker, &ModelWorker::batchFinished);
    QSignalSpy failed(&worker, &ModelWorker::requestFailed);
    BatchRequest batch;
    batch.path = csv;
    batch.modelIds = {QStringLiteral("slow")};
    const quint64 id = worker.startBatch(batch);

    QVERIFY(started.wait(10000));
    QCOMPARE(idOf(started.first()), id);
    QCOMPARE(started.first().at(2).toInt(), 200);
    // Progress reports are coalesced: fewer reports than items, each with the new rows.
    QVERIFY(QTest::qWaitFor([&progress] { return !progress.isEmpty(); }, 10000));
    const auto report = progress.first().at(1).value<BatchProgress>();
    QCOMPARE(idOf(progress.first()), id);
    QCOMPARE(report.total, 200);
    QVERIFY(report.done >= 1 && report.done < 200);
    QCOMPARE(report.newRows.size(), report.done);
    QVERIFY(report.etaSeconds > 0);

    worker.cancelBatch(id);
    QElapsedTimer sinceCancel;
    sinceCancel.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(sinceCancel.elapsed() < 2000, "cancel waits for one item at most");
    QVERIFY(failed.isEmpty());
    QCOMPARE(idOf(finished.first()), id);
    const auto result = finished.first().at(1).value<BatchResult>();
    QVERIFY(result.cancelled);
    QCOMPARE(result.total, 200);
    QVERIFY2(result.rows.size() < 150, qPrintable(QString::number(result.rows.size())));
    QVERIFY(result.rows.size() >= report.done);
}

void ModelWorkerTest::cancelBeforeStartReportsCancelledWithNoRows()
{
    ModelWorker worker;
    QSemaphore release;
    worker.runOnWorkerThread([&release] { release.acquire(); });
    QSignalSpy finished(&worker, &ModelWorker::batchFinished);
    BatchRequest batch;
    batch.path = writeLabels(QStringLiteral("early.csv"), 10, false);
    batch.modelIds = {QStringLiteral("psnr")};
    const quint64 id = worker.startBatch(batch);
    worker.cancelBatch(id);
    release.release();
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().at(1).value<BatchResult>();
    QVERIFY(result.cancelled);
    QCOMPARE(result.rows.size(), 0);
    QCOMPARE(result.total, 10);
}

void ModelWorkerTest::missingFilesArriveAsErrorsWithTheirId()
{
    ModelWorker worker;
    QSignalSpy failed(&worker, &ModelWorker::requestFailed);
    QSignalSpy scored(&worker, &ModelWorker::pairScored);
    PairRequest pair;
    pair.referencePath = m_dir.filePath(QStringLiteral("ref.png"));
    pair.distortedPath = m_dir.filePath(QStringLiteral("nowhere.png"));
    const quint64 pairId = worker.scorePair(pair);
    QVERIFY(failed.wait(10000));
    QCOMPARE(idOf(failed.first()), pairId);
    QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("nowhere.png")),
             qPrintable(failed.first().at(1).toString()));
    QVERIFY(scored.isEmpty());

    BatchRequest batch;
    batch.path = m_dir.filePath(QStringLiteral("no-such-labels.csv"));
    const quint64 batchId = worker.startBatch(batch);
    QVERIFY(failed.wait(10000));
    QCOMPARE(idOf(failed.last()), batchId);
    QVERIFY(failed.last().at(1).toString().contains(QStringLiteral("no-such-labels.csv")));

    BatchRequest unknownModel;
    unknownModel.path = writeLabels(QStringLiteral("unknown-model.csv"), 2, false);
    unknownModel.modelIds = {QStringLiteral("no-such-model")};
    const quint64 unknownId = worker.startBatch(unknownModel);
    QVERIFY(failed.wait(10000));
    QCOMPARE(idOf(failed.last()), unknownId);
    QVERIFY(failed.last().at(1).toString().contains(QStringLiteral("no-such-model")));
}

void ModelWorkerTest::badRowIsListedAndBatchGoesOn()
{
    ModelWorker worker;
    QSignalSpy finished(&worker, &ModelWorker::batchFinished);
    BatchRequest batch;
    batch.path = writeLabels(QStringLiteral("bad-row.csv"), 3, true);
    const quint64 id = worker.startBatch(batch);
    QVERIFY(finished.wait(20000));
    QCOMPARE(idOf(finished.first()), id);
    const auto result = finished.first().at(1).value<BatchResult>();
    QVERIFY(!result.cancelled);
    QCOMPARE(result.rows.size(), 4);
    // Every full-reference model of the registry, and only those.
    QStringList fullReference;
    for (const QString &modelId : ModelRegistry::ids()) {
        const Expected<ModelCard> card = ModelRegistry::card(modelId);
        if (!card || card->kind == ModelKind::FullReference)
            fullReference << modelId;
    }
    QCOMPARE(result.models.size(), fullReference.size());
    // These 96 px images are too small for MS-SSIM alone: its reason is
    // listed and the other models' scores stay.
    const int psnr = fullReference.indexOf(QStringLiteral("psnr"));
    const int msssim = fullReference.indexOf(QStringLiteral("ms-ssim"));
    QVERIFY(psnr >= 0 && msssim >= 0);
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(result.rows[i].error.contains(QStringLiteral("MS-SSIM")), qPrintable(result.rows[i].error));
        QVERIFY(std::isfinite(result.rows[i].scores[psnr]));
        QVERIFY(std::isnan(result.rows[i].scores[msssim]));
    }
    QCOMPARE(result.rows[3].line, 5);
    QVERIFY2(result.rows[3].error.contains(QStringLiteral("missing.png")), qPrintable(result.rows[3].error));
    QVERIFY(std::isnan(result.rows[3].scores[psnr]));
}

void ModelWorkerTest::heatmapsCarryRequestIdAndLayerMeans()
{
    ModelWorker worker;
    worker.setHeatmapFunction([](const Image &reference, const Image &) -> Expected<VaeQaHeatmaps> {
        return constantHeatmaps(reference);
    });
    QSignalSpy ready(&worker, &ModelWorker::heatmapsReady);
    const quint64 id = worker.requestHeatmaps(m_ref, m_dist);
    QVERIFY(ready.wait(10000));
    QCOMPARE(idOf(ready.first()), id);
    const auto heatmaps = ready.first().at(1).value<PairHeatmaps>();
    QCOMPARE(heatmaps.maps.layers.size(), 6);
    QCOMPARE(heatmaps.layerMeans.size(), 6);
    for (int i = 0; i < 6; ++i)
        QVERIFY(std::abs(heatmaps.layerMeans[i] - (i + 1) / 10.0) < 1e-6);
    QVERIFY(std::abs(heatmaps.combinedMean - 0.35) < 1e-6);
}

void ModelWorkerTest::quickHeatmapRequestsCoalesceToTheNewest()
{
    ModelWorker worker;
    auto calls = std::make_shared<std::atomic<int>>(0);
    worker.setHeatmapFunction([calls](const Image &reference, const Image &) -> Expected<VaeQaHeatmaps> {
        ++*calls;
        return constantHeatmaps(reference);
    });
    QSignalSpy ready(&worker, &ModelWorker::heatmapsReady);
    QSignalSpy scored(&worker, &ModelWorker::pairScored);
    QSemaphore release;
    worker.runOnWorkerThread([&release] { release.acquire(); });
    QVector<quint64> ids;
    for (int i = 0; i < 4; ++i)
        ids << worker.requestHeatmaps(m_ref, m_dist);
    // A pair request in between has a slot of its own: heatmaps do not supersede scores.
    PairRequest pair;
    pair.reference = m_ref;
    pair.distorted = m_dist;
    pair.modelIds = {QStringLiteral("psnr")};
    const quint64 pairId = worker.scorePair(pair);
    release.release();
    QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty() && !scored.isEmpty(); }, 10000));
    QTest::qWait(300);  // anything else would have arrived by now
    QCOMPARE(ready.size(), 1);
    QCOMPARE(idOf(ready.first()), ids.last());
    QCOMPARE(calls->load(), 1);  // the superseded ones were never computed
    QCOMPARE(idOf(scored.first()), pairId);
}

void ModelWorkerTest::heatmapFailureArrivesAsErrorWithItsId()
{
    ModelWorker worker;
    worker.setHeatmapFunction([](const Image &, const Image &) -> Expected<VaeQaHeatmaps> {
        return Expected<VaeQaHeatmaps>::failure(QStringLiteral("no encoder weights in /nowhere"));
    });
    QSignalSpy failed(&worker, &ModelWorker::requestFailed);
    QSignalSpy ready(&worker, &ModelWorker::heatmapsReady);
    const quint64 id = worker.requestHeatmaps(m_ref, m_dist);
    QVERIFY(failed.wait(10000));
    QCOMPARE(idOf(failed.first()), id);
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("/nowhere")));
    QVERIFY(ready.isEmpty());
}

void ModelWorkerTest::heatmapsOfTheVaeQaEncoder()
{
    // The real thing: the vae-qa model's encoder (taef2, ../shared/models) on the worker thread.
    ModelWorker worker;
    QSignalSpy ready(&worker, &ModelWorker::heatmapsReady);
    QSignalSpy failed(&worker, &ModelWorker::requestFailed);
    const quint64 id = worker.requestHeatmaps(m_ref, m_dist);
    QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 120000));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    QCOMPARE(idOf(ready.first()), id);
    const auto heatmaps = ready.first().at(1).value<PairHeatmaps>();
    QCOMPARE(heatmaps.maps.encoderId, QStringLiteral("taef2"));
    QCOMPARE(heatmaps.maps.layers.size(), 6);
    QCOMPARE(heatmaps.maps.combined.rows, m_ref.height());
    QCOMPARE(heatmaps.maps.combined.cols, m_ref.width());
    QCOMPARE(heatmaps.encoderWeightsSha256.size(), 64);
    QVERIFY(heatmaps.encoderWeightsPath.endsWith(QStringLiteral(".safetensors")));
    QVERIFY(!heatmaps.device.isEmpty());
    // Noise of sigma 12 is a difference every layer sees.
    for (double mean : heatmaps.layerMeans)
        QVERIFY(mean > 0.0 && mean < 1.0);
    QVERIFY(heatmaps.combinedMean > 0.0);
}

void ModelWorkerTest::noReferenceModelsScoreEachImageOfThePair()
{
    ModelWorker worker;
    worker.setModelFactory([](const QString &id, const ModelOptions &) -> Expected<std::unique_ptr<QualityModel>> {
        if (id == QLatin1String("nr"))
            return std::unique_ptr<QualityModel>(new FakeNoReferenceModel(id));
        return std::unique_ptr<QualityModel>(new FakeModel(id, {}));
    });
    QSignalSpy scored(&worker, &ModelWorker::pairScored);
    PairRequest request;
    request.reference = m_ref;
    request.distorted = m_dist;
    request.modelIds = {QStringLiteral("fr"), QStringLiteral("nr")};
    const quint64 id = worker.scorePair(request);
    QVERIFY(scored.wait(10000));
    QCOMPARE(idOf(scored.first()), id);
    const auto scores = scored.first().at(1).value<QVector<ModelScore>>();
    // One full-reference score of the pair, then the distorted image and the reference alone.
    QCOMPARE(scores.size(), 3);
    QCOMPARE(scores[0].id, QStringLiteral("fr"));
    QCOMPARE(scores[0].image, ScoredImage::Pair);
    QCOMPARE(scores[1].id, QStringLiteral("nr"));
    QCOMPARE(scores[1].image, ScoredImage::Distorted);
    QCOMPARE(scores[2].id, QStringLiteral("nr"));
    QCOMPARE(scores[2].image, ScoredImage::Reference);
    QCOMPARE(scores[1].card.kind, ModelKind::NoReference);
    QVERIFY(std::abs(scores[1].value - FakeNoReferenceModel::meanGrey(m_dist)) < 1e-9);
    QVERIFY(std::abs(scores[2].value - FakeNoReferenceModel::meanGrey(m_ref)) < 1e-9);
    QVERIFY(scores[1].value != scores[2].value);
    // Provenance of a learned no-reference score: device and crops.
    QVERIFY(!scores[1].device.isEmpty());
    QVERIFY(scores[1].crops > 0);
}

void ModelWorkerTest::defaultPairRequestScoresEveryRegistryModel()
{
    // The real registry: full-reference models once, Cross-IQA (no
    // reference, its placeholder or trained checkpoint) for each image.
    ModelWorker worker;
    QSignalSpy scored(&worker, &ModelWorker::pairScored);
    PairRequest request;
    request.reference = m_ref;
    request.distorted = m_dist;
    worker.scorePair(request);
    QVERIFY(scored.wait(120000));
    const auto scores = scored.first().at(1).value<QVector<ModelScore>>();
    QStringList pairIds;
    QVector<ModelScore> crossIqa;
    for (const ModelScore &score : scores) {
        if (score.image == ScoredImage::Pair)
            pairIds << score.id;
        if (score.id == QLatin1String("cross-iqa"))
            crossIqa << score;
    }
    QVERIFY(pairIds.contains(QStringLiteral("vae-qa")));
    QVERIFY(!pairIds.contains(QStringLiteral("cross-iqa")));
    QCOMPARE(crossIqa.size(), 2);
    QCOMPARE(crossIqa[0].image, ScoredImage::Distorted);
    QCOMPARE(crossIqa[1].image, ScoredImage::Reference);
    for (const ModelScore &score : crossIqa) {
        QVERIFY2(score.error.isEmpty(), qPrintable(score.error));
        QVERIFY(std::isfinite(score.value));
        QCOMPARE(score.card.kind, ModelKind::NoReference);
        QCOMPARE(score.card.weightsSha256.size(), 64);
        // 96 px is under one tile: mirrored out to a single tile.
        QCOMPARE(score.tiles, 1);
        QVERIFY(score.tileSize >= 96);
    }
}

void ModelWorkerTest::failingNoReferenceModelLeavesFullReferenceScores()
{
    ModelWorker worker;
    worker.setModelFactory([](const QString &id, const ModelOptions &) -> Expected<std::unique_ptr<QualityModel>> {
        if (id == QLatin1String("broken"))
            return Expected<std::unique_ptr<QualityModel>>::failure(QStringLiteral("checkpoint /nowhere/broken.safetensors is damaged"));
        if (id == QLatin1String("picky"))
            return std::unique_ptr<QualityModel>(new FakeNoReferenceModel(id, 1000));
        return std::unique_ptr<QualityModel>(new FakeModel(id, {}));
    });
    QSignalSpy scored(&worker, &ModelWorker::pairScored);
    QSignalSpy failed(&worker, &ModelWorker::requestFailed);
    PairRequest request;
    request.reference = m_ref;
    request.distorted = m_dist;
    request.modelIds = {QStringLiteral("broken"), QStringLiteral("fr"), QStringLiteral("picky")};
    worker.scorePair(request);
    QVERIFY(scored.wait(10000));
    QVERIFY(failed.isEmpty());  // each model's failure is its own row, not the request's
    const auto scores = scored.first().at(1).value<QVector<ModelScore>>();
    QCOMPARE(scores.size(), 4);
    QVERIFY(scores[0].error.contains(QStringLiteral("/nowhere")));
    QVERIFY2(scores[1].error.isEmpty(), qPrintable(scores[1].error));
    QCOMPARE(scores[1].id, QStringLiteral("fr"));
    for (int i : {2, 3}) {
        QCOMPARE(scores[i].id, QStringLiteral("picky"));
        QVERIFY2(scores[i].error.contains(QStringLiteral("at least 1000")), qPrintable(scores[i].error));
    }
}

void ModelWorkerTest::crossIqaHeatmapsCoalesceInASlotOfTheirOwn()
{
    ModelWorker worker;
    auto calls = std::make_shared<std::atomic<int>>(0);
    worker.setCrossIqaHeatmapFunction([calls](const Image &image) -> Expected<CrossIqaHeatmaps> {
        ++*calls;
        return constantCrossIqaHeatmaps(image);
    });
    worker.setHeatmapFunction([](const Image &reference, const Image &) -> Expected<VaeQaHeatmaps> {
        return constantHeatmaps(reference);
    });
    QSignalSpy crossReady(&worker, &ModelWorker::crossIqaHeatmapsReady);
    QSignalSpy vaeQaReady(&worker, &ModelWorker::heatmapsReady);
    QSemaphore release;
    worker.runOnWorkerThread([&release] { release.acquire(); });
    QVector<quint64> ids;
    for (int i = 0; i < 3; ++i)
        ids << worker.requestCrossIqaHeatmaps(m_dist);
    // VAE-QA's heatmaps neither supersede Cross-IQA's nor are superseded by them.
    const quint64 vaeQaId = worker.requestHeatmaps(m_ref, m_dist);
    release.release();
    QVERIFY(QTest::qWaitFor([&] { return !crossReady.isEmpty() && !vaeQaReady.isEmpty(); }, 10000));
    QTest::qWait(300);  // anything else would have arrived by now
    QCOMPARE(crossReady.size(), 1);
    QCOMPARE(idOf(crossReady.first()), ids.last());
    QCOMPARE(calls->load(), 1);
    QCOMPARE(idOf(vaeQaReady.first()), vaeQaId);
    const auto heatmaps = crossReady.first().at(1).value<CrossIqaImageHeatmaps>();
    QCOMPARE(heatmaps.maps.attention.size(), 3);
    QCOMPARE(heatmaps.maps.patchQuality.map.cols, m_dist.width());
    QVERIFY(!heatmaps.device.isEmpty());

    // A cancelled request never reports.
    QSemaphore hold;
    worker.runOnWorkerThread([&hold] { hold.acquire(); });
    worker.requestCrossIqaHeatmaps(m_dist);
    worker.cancelCrossIqaHeatmaps();
    hold.release();
    QTest::qWait(300);
    QCOMPARE(crossReady.size(), 1);
    QCOMPARE(calls->load(), 1);
}

void ModelWorkerTest::crossIqaHeatmapFailureArrivesAsErrorWithItsId()
{
    // No fake maps: the worker asks its model factory for cross-iqa, which fails.
    ModelWorker worker;
    worker.setModelFactory([](const QString &id, const ModelOptions &) -> Expected<std::unique_ptr<QualityModel>> {
        if (id == QLatin1String("cross-iqa"))
            return Expected<std::unique_ptr<QualityModel>>::failure(QStringLiteral("no checkpoint in /nowhere"));
        return std::unique_ptr<QualityModel>(new FakeModel(id, {}));
    });
    QSignalSpy failed(&worker, &ModelWorker::requestFailed);
    QSignalSpy ready(&worker, &ModelWorker::crossIqaHeatmapsReady);
    const quint64 id = worker.requestCrossIqaHeatmaps(m_dist);
    QVERIFY(failed.wait(10000));
    QCOMPARE(idOf(failed.first()), id);
    QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("/nowhere")), qPrintable(failed.first().at(1).toString()));
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("Cross-IQA")));
    QVERIFY(ready.isEmpty());
}

void ModelWorkerTest::crossIqaHeatmapsOfTheRealModel()
{
    // The real thing: the cross-iqa model of the registry on the worker thread.
    ModelWorker worker;
    QSignalSpy ready(&worker, &ModelWorker::crossIqaHeatmapsReady);
    QSignalSpy failed(&worker, &ModelWorker::requestFailed);
    const quint64 id = worker.requestCrossIqaHeatmaps(m_dist);
    QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 120000));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    QCOMPARE(idOf(ready.first()), id);
    const auto heatmaps = ready.first().at(1).value<CrossIqaImageHeatmaps>();
    QVERIFY(!heatmaps.maps.attention.isEmpty());
    QCOMPARE(heatmaps.maps.patchQuality.map.rows, m_dist.height());
    QCOMPARE(heatmaps.maps.rollout.map.cols, m_dist.width());
    QCOMPARE(heatmaps.weightsSha256.size(), 64);
    // Attention is a share of the patches: never negative.
    for (const cv::Mat &map : {heatmaps.maps.rollout.map, heatmaps.maps.attention.first().map}) {
        double minimum = 0, maximum = 0;
        cv::minMaxLoc(map, &minimum, &maximum);
        QVERIFY(minimum >= 0.0);
        QVERIFY(maximum > 0.0);
    }
}

QTEST_GUILESS_MAIN(ModelWorkerTest)
#include "test_model_worker.moc"
