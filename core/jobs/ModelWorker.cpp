#include "jobs/ModelWorker.h"

#include "image/ImageLoader.h"
#include "io/FileHash.h"
#include "models/CrossIqaModel.h"
#include "models/Device.h"
#include "models/ModelLocator.h"
#include "models/VaeQaModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <atomic>
#include <map>
#include <optional>

namespace iqa {

namespace {

constexpr qint64 kProgressIntervalMs = 100;

} // namespace

// State both threads touch. The pair and heatmap slots hold only the newest
// request: that is the coalescing.
struct ModelWorker::Shared
{
    struct HeatmapJob { Image reference, distorted; };

    std::atomic<quint64> nextId{1};
    std::atomic<quint64> latestPair{0};
    std::atomic<quint64> latestHeatmaps{0};
    std::atomic<quint64> latestCrossIqaHeatmaps{0};
    std::atomic<bool> stopping{false};
    std::atomic<bool> cancelRequested{false};  // fast path: is there anything in `cancelled`?

    QMutex mutex;
    std::optional<std::pair<quint64, PairRequest>> pendingPair;  // guarded by mutex
    std::optional<std::pair<quint64, HeatmapJob>> pendingHeatmaps;  // guarded by mutex
    std::optional<std::pair<quint64, Image>> pendingCrossIqaHeatmaps;  // guarded by mutex
    QSet<quint64> cancelled;                                     // guarded by mutex

    bool pairSuperseded(quint64 id) const { return stopping || latestPair.load() != id; }
    bool heatmapsSuperseded(quint64 id) const { return stopping || latestHeatmaps.load() != id; }
    bool crossIqaHeatmapsSuperseded(quint64 id) const { return stopping || latestCrossIqaHeatmaps.load() != id; }

    bool batchCancelled(quint64 id)
    {
        if (stopping)
            return true;
        if (!cancelRequested)
            return false;
        QMutexLocker lock(&mutex);
        return cancelled.contains(id);
    }
};

// Lives in the worker thread and owns the models; everything here runs there.
class ModelWorker::Engine : public QObject
{
public:
    Engine(ModelWorker *handle, std::shared_ptr<Shared> shared) : m_handle(handle), m_shared(std::move(shared)) {}

    void setOptions(const ModelOptions &options)
    {
        m_options = options;
        m_models.clear();
        m_encoder.reset();
    }

    void setFactory(ModelFactory factory)
    {
        m_factory = std::move(factory);
        m_models.clear();
    }

    void setHeatmapFunction(HeatmapFunction function) { m_heatmapFunction = std::move(function); }
    void setCrossIqaHeatmapFunction(CrossIqaHeatmapFunction function) { m_crossIqaHeatmapFunction = std::move(function); }

    void servicePendingPair();
    void servicePendingHeatmaps();
    void servicePendingCrossIqaHeatmaps();
    void runBatch(quint64 id, const BatchRequest &request);

private:
    // The encoder heatmaps are computed with, and its weights' identity.
    struct HeatmapEncoder { FeatureEncoder encoder; QString sha256; };

    Expected<QualityModel *> model(const QString &id);
    Expected<HeatmapEncoder *> heatmapEncoder();
    Expected<PairHeatmaps> computeHeatmaps(const Image &reference, const Image &distorted);
    Expected<CrossIqaImageHeatmaps> computeCrossIqaHeatmaps(const Image &image);
    QStringList defaultIds(ModelKind kind);
    // The model's score with its provenance; `image` says what was scored.
    ModelScore score(const QString &modelId, const PairRequest &request, ScoredImage image);

    template <typename F>
    void toHandle(F &&f)
    {
        QMetaObject::invokeMethod(m_handle, std::forward<F>(f), Qt::QueuedConnection);
    }

    ModelWorker *m_handle;
    std::shared_ptr<Shared> m_shared;
    ModelOptions m_options;
    ModelFactory m_factory;
    HeatmapFunction m_heatmapFunction;
    CrossIqaHeatmapFunction m_crossIqaHeatmapFunction;
    std::map<QString, std::unique_ptr<QualityModel>> m_models;
    std::optional<HeatmapEncoder> m_encoder;
};

Expected<QualityModel *> ModelWorker::Engine::model(const QString &id)
{
    auto found = m_models.find(id);
    if (found != m_models.end())
        return found->second.get();
    Expected<std::unique_ptr<QualityModel>> created =
        m_factory ? m_factory(id, m_options) : ModelRegistry::create(id, m_options);
    if (!created)
        return Expected<QualityModel *>::failure(created.error());
    QualityModel *raw = created->get();
    m_models[id] = std::move(*created);
    return raw;
}

QStringList ModelWorker::Engine::defaultIds(ModelKind kind)
{
    QStringList ids;
    for (const QString &id : ModelRegistry::ids()) {
        Expected<QualityModel *> m = model(id);
        // A model that cannot be created is kept when it is of the kind
        // asked for: its error is worth showing.
        if (m ? (*m)->card().kind == kind : ModelRegistry::kind(id) == kind)
            ids << id;
    }
    return ids;
}

void ModelWorker::Engine::servicePendingPair()
{
    std::optional<std::pair<quint64, PairRequest>> taken;
    {
        QMutexLocker lock(&m_shared->mutex);
        taken.swap(m_shared->pendingPair);
    }
    if (!taken)
        return;  // a newer request took this one's place and has already been served
    const quint64 id = taken->first;
    PairRequest &request = taken->second;

    ImageLoader loader;
    for (auto [image, path] : {std::pair{&request.reference, &request.referencePath},
                               std::pair{&request.distorted, &request.distortedPath}}) {
        if (!image->isNull())
            continue;
        Expected<Image> loaded = loader.load(*path);
        if (!loaded) {
            if (!m_shared->pairSuperseded(id))
                toHandle([handle = m_handle, id, error = loaded.error()] { emit handle->requestFailed(id, error); });
            return;
        }
        *image = *loaded;
    }

    const QStringList ids = request.modelIds.isEmpty() ? ModelRegistry::ids() : request.modelIds;
    QVector<ModelScore> scores;
    for (const QString &modelId : ids) {
        if (m_shared->pairSuperseded(id))
            return;  // abandoned: the newest request is waiting
        Expected<QualityModel *> m = model(modelId);
        if (!m || (*m)->card().kind == ModelKind::FullReference) {
            scores << score(modelId, request, ScoredImage::Pair);  // a model that cannot be created says why here
            continue;
        }
        // No reference: each image alone, so a user sees how the model
        // judges the reference as well (a "reference" is not always pristine).
        scores << score(modelId, request, ScoredImage::Distorted);
        if (m_shared->pairSuperseded(id))
            return;
        scores << score(modelId, request, ScoredImage::Reference);
    }
    if (m_shared->pairSuperseded(id))
        return;
    toHandle([handle = m_handle, id, scores] { emit handle->pairScored(id, scores); });
}

ModelScore ModelWorker::Engine::score(const QString &modelId, const PairRequest &request, ScoredImage image)
{
    ModelScore score;
    score.id = modelId;
    score.card.id = modelId;
    score.image = image;
    Expected<QualityModel *> m = model(modelId);
    if (!m) {
        score.error = m.error();
        return score;
    }
    score.card = (*m)->card();
    // Classic metrics run on the CPU with OpenCV whatever the setting.
    score.device = score.card.learned ? selectDevice(m_options.device).device : QStringLiteral("cpu");
    score.crops = score.card.learned ? m_options.crops : 0;
    const Image &scored = image == ScoredImage::Reference ? request.reference : request.distorted;
    if (const auto *crossIqa = dynamic_cast<const CrossIqaModel *>(*m)) {
        // The tiles the model will average over: images smaller than a tile
        // are mirrored out to one (CrossIqaModel).
        const int side = crossIqa->tileSize();
        const cv::Size padded(std::max(scored.width(), side), std::max(scored.height(), side));
        score.tileSize = side;
        score.tiles = int(CrossIqaModel::tileRects(padded, m_options.crops, side).size());
    }
    const Expected<double> value =
        image == ScoredImage::Pair ? (*m)->scorePair(request.reference, request.distorted) : (*m)->scoreImage(scored);
    if (value)
        score.value = *value;
    else
        score.error = value.error();
    return score;
}

Expected<ModelWorker::Engine::HeatmapEncoder *> ModelWorker::Engine::heatmapEncoder()
{
    using Result = Expected<HeatmapEncoder *>;
    if (m_encoder)
        return &*m_encoder;
    // The vae-qa model's own encoder: the heatmaps then show what the
    // scoring head reads (a fine-tuned head may use another encoder).
    // Without that model (weights of its head missing, a test's fake
    // factory) the default encoder still explains where images differ.
    std::optional<FeatureEncoder> encoder;
    if (Expected<QualityModel *> vaeQa = model(QStringLiteral("vae-qa")); vaeQa) {
        if (const auto *learned = dynamic_cast<const VaeQaModel *>(*vaeQa))
            encoder = learned->encoder();
    }
    if (!encoder) {
        const QString encoderId = QStringLiteral("taef2");
        const Expected<QString> weights = ModelLocator(m_options.modelsFolder).find(FeatureEncoder::defaultWeightsFile(encoderId));
        if (!weights)
            return Result::failure(weights.error());
        Expected<FeatureEncoder> created = FeatureEncoder::create(encoderId, *weights, selectDevice(m_options.device).device);
        if (!created)
            return Result::failure(created.error());
        encoder = *created;
    }
    m_encoder = HeatmapEncoder{*encoder, sha256OfFile(encoder->weightsPath())};
    return &*m_encoder;
}

Expected<PairHeatmaps> ModelWorker::Engine::computeHeatmaps(const Image &reference, const Image &distorted)
{
    using Result = Expected<PairHeatmaps>;
    PairHeatmaps result;
    if (m_heatmapFunction) {
        Expected<VaeQaHeatmaps> maps = m_heatmapFunction(reference, distorted);
        if (!maps)
            return Result::failure(maps.error());
        result.maps = *maps;
        result.device = QStringLiteral("cpu");
    } else {
        Expected<HeatmapEncoder *> encoder = heatmapEncoder();
        if (!encoder)
            return Result::failure(QCoreApplication::translate("ModelWorker", "No heatmaps: %1").arg(encoder.error()));
        Expected<VaeQaHeatmaps> maps = computeVaeQaHeatmaps((*encoder)->encoder, reference, distorted);
        if (!maps)
            return Result::failure(maps.error());
        result.maps = *maps;
        result.encoderWeightsPath = (*encoder)->encoder.weightsPath();
        result.encoderWeightsSha256 = (*encoder)->sha256;
        result.device = (*encoder)->encoder.device();
    }
    // The means are what the per-layer plot shows; cheap here, and off the GUI thread.
    for (const LayerHeatmap &layer : result.maps.layers)
        result.layerMeans << cv::mean(layer.map)[0];
    if (!result.maps.combined.empty())
        result.combinedMean = cv::mean(result.maps.combined)[0];
    return result;
}

void ModelWorker::Engine::servicePendingHeatmaps()
{
    std::optional<std::pair<quint64, Shared::HeatmapJob>> taken;
    {
        QMutexLocker lock(&m_shared->mutex);
        taken.swap(m_shared->pendingHeatmaps);
    }
    if (!taken)
        return;  // superseded and already served, or cancelled
    const quint64 id = taken->first;
    if (m_shared->heatmapsSuperseded(id))
        return;
    // One encoder pass cannot be interrupted; a result that is stale by the
    // time it is ready is dropped instead.
    Expected<PairHeatmaps> heatmaps = computeHeatmaps(taken->second.reference, taken->second.distorted);
    if (m_shared->heatmapsSuperseded(id))
        return;
    if (!heatmaps)
        toHandle([handle = m_handle, id, error = heatmaps.error()] { emit handle->requestFailed(id, error); });
    else
        toHandle([handle = m_handle, id, result = *heatmaps] { emit handle->heatmapsReady(id, result); });
}

Expected<CrossIqaImageHeatmaps> ModelWorker::Engine::computeCrossIqaHeatmaps(const Image &image)
{
    using Result = Expected<CrossIqaImageHeatmaps>;
    CrossIqaImageHeatmaps result;
    if (m_crossIqaHeatmapFunction) {
        Expected<CrossIqaHeatmaps> maps = m_crossIqaHeatmapFunction(image);
        if (!maps)
            return Result::failure(maps.error());
        result.maps = *maps;
        result.device = QStringLiteral("cpu");
        return result;
    }
    // The scoring model itself: the maps then explain the score shown.
    Expected<QualityModel *> m = model(QStringLiteral("cross-iqa"));
    if (!m)
        return Result::failure(QCoreApplication::translate("ModelWorker", "No Cross-IQA maps: %1").arg(m.error()));
    auto *crossIqa = dynamic_cast<CrossIqaModel *>(*m);
    if (!crossIqa)
        return Result::failure(QCoreApplication::translate("ModelWorker", "No Cross-IQA maps: the cross-iqa model is not a Cross-IQA network."));
    Expected<CrossIqaHeatmaps> maps = iqa::computeCrossIqaHeatmaps(*crossIqa, image);
    if (!maps)
        return Result::failure(QCoreApplication::translate("ModelWorker", "No Cross-IQA maps: %1").arg(maps.error()));
    result.maps = *maps;
    result.weightsSha256 = crossIqa->card().weightsSha256;
    result.device = selectDevice(m_options.device).device;
    return result;
}

void ModelWorker::Engine::servicePendingCrossIqaHeatmaps()
{
    std::optional<std::pair<quint64, Image>> taken;
    {
        QMutexLocker lock(&m_shared->mutex);
        taken.swap(m_shared->pendingCrossIqaHeatmaps);
    }
    if (!taken)
        return;  // superseded and already served, or cancelled
    const quint64 id = taken->first;
    if (m_shared->crossIqaHeatmapsSuperseded(id))
        return;
    Expected<CrossIqaImageHeatmaps> heatmaps = computeCrossIqaHeatmaps(taken->second);
    if (m_shared->crossIqaHeatmapsSuperseded(id))
        return;  // stale by the time it is ready: dropped, as with VAE-QA's
    if (!heatmaps)
        toHandle([handle = m_handle, id, error = heatmaps.error()] { emit handle->requestFailed(id, error); });
    else
        toHandle([handle = m_handle, id, result = *heatmaps] { emit handle->crossIqaHeatmapsReady(id, result); });
}

void ModelWorker::Engine::runBatch(quint64 id, const BatchRequest &request)
{
    QElapsedTimer clock;
    clock.start();
    const auto forgetCancel = [this, id] {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->cancelled.remove(id);
        m_shared->cancelRequested = !m_shared->cancelled.isEmpty();
    };
    const auto fail = [this, id, &forgetCancel](const QString &message) {
        forgetCancel();
        toHandle([handle = m_handle, id, message] { emit handle->requestFailed(id, message); });
    };

    const Expected<BatchPlan> plan = request.source == BatchRequest::Source::LabelCsv
        ? BatchScoring::planFromLabels(request.path)
        : BatchScoring::planFromFolder(request.path, request.referencePath);
    if (!plan) {
        fail(plan.error());
        return;
    }
    const ModelKind kind = plan->fullReference ? ModelKind::FullReference : ModelKind::NoReference;
    const QStringList ids = request.modelIds.isEmpty() ? defaultIds(kind) : request.modelIds;
    QVector<QualityModel *> models;
    BatchResult result;
    result.source = plan->source;
    result.fullReference = plan->fullReference;
    result.hasLabels = plan->hasLabels;
    result.labelsLowerIsBetter = request.labelsLowerIsBetter;
    result.total = plan->items.size();
    for (const QString &modelId : ids) {
        Expected<QualityModel *> m = model(modelId);
        if (!m) {
            fail(m.error());
            return;
        }
        if ((*m)->card().kind != kind) {
            fail(plan->fullReference
                     ? QCoreApplication::translate("ModelWorker", "%1 is a no-reference model but the batch has reference images").arg(modelId)
                     : QCoreApplication::translate("ModelWorker", "%1 is a full-reference model but the batch has no reference images").arg(modelId));
            return;
        }
        models << *m;
        result.models << (*m)->card();
    }
    if (models.isEmpty()) {
        fail(plan->fullReference ? QCoreApplication::translate("ModelWorker", "No full-reference model is available")
                                 : QCoreApplication::translate("ModelWorker", "No no-reference model is available yet; choose a reference image"));
        return;
    }
    toHandle([handle = m_handle, id, cards = result.models, total = result.total] {
        emit handle->batchStarted(id, cards, total);
    });

    PairScoring scoring(request.scoring);
    QElapsedTimer scoringClock;  // ETA counts scoring only, not planning
    scoringClock.start();
    QElapsedTimer sinceReport;
    sinceReport.start();
    int reported = 0;
    const auto report = [&](bool force) {
        if (!force && sinceReport.elapsed() < kProgressIntervalMs)
            return;
        BatchProgress progress;
        progress.done = result.rows.size();
        progress.total = result.total;
        if (progress.done > 0)
            progress.etaSeconds = scoringClock.elapsed() / 1000.0 / progress.done * (progress.total - progress.done);
        progress.newRows = result.rows.mid(reported);
        reported = result.rows.size();
        sinceReport.restart();
        toHandle([handle = m_handle, id, progress] { emit handle->batchProgress(id, progress); });
    };

    for (int i = 0; i < plan->items.size(); ++i) {
        if (m_shared->batchCancelled(id)) {
            result.cancelled = true;
            break;
        }
        // The person at the window comes first: a waiting pair runs between two items.
        servicePendingPair();
        servicePendingHeatmaps();
        servicePendingCrossIqaHeatmaps();
        BatchRow row = BatchScoring::scoreItem(scoring, models, plan->items[i], i);
        if (m_shared->batchCancelled(id)) {
            result.cancelled = true;  // the row may be incomplete: not reported
            break;
        }
        result.rows << row;
        report(false);
    }
    report(true);
    if (result.hasLabels)
        result.reports = BatchScoring::correlate(result.models, result.rows, result.labelsLowerIsBetter);
    result.seconds = clock.elapsed() / 1000.0;
    forgetCancel();
    toHandle([handle = m_handle, id, result] { emit handle->batchFinished(id, result); });
}

ModelWorker::ModelWorker(QObject *parent)
    : QObject(parent), m_shared(std::make_shared<Shared>()), m_engine(new Engine(this, m_shared))
{
    qRegisterMetaType<iqa::ModelScore>();
    qRegisterMetaType<iqa::PairHeatmaps>();
    qRegisterMetaType<iqa::CrossIqaImageHeatmaps>();
    qRegisterMetaType<iqa::BatchProgress>();
    qRegisterMetaType<iqa::BatchRow>();
    qRegisterMetaType<iqa::BatchResult>();
    m_thread.setObjectName(QStringLiteral("ModelWorker"));
    m_engine->moveToThread(&m_thread);
    m_thread.start();
    setCpuThreads(0);
}

ModelWorker::~ModelWorker()
{
    m_shared->stopping = true;
    m_thread.quit();
    m_thread.wait();
    delete m_engine;  // the models go with it; the thread is gone, so nothing else touches them
}

void ModelWorker::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_engine, std::move(task), Qt::QueuedConnection);
}

void ModelWorker::setModelOptions(const ModelOptions &options)
{
    post([engine = m_engine, options] { engine->setOptions(options); });
}

void ModelWorker::setCpuThreads(int threads)
{
    post([threads] { configureCpuThreads(threads); });
}

void ModelWorker::setModelFactory(ModelFactory factory)
{
    post([engine = m_engine, factory] { engine->setFactory(factory); });
}

quint64 ModelWorker::scorePair(const PairRequest &request)
{
    const quint64 id = m_shared->nextId++;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->pendingPair = std::make_pair(id, request);
        m_shared->latestPair = id;
    }
    post([engine = m_engine] { engine->servicePendingPair(); });
    return id;
}

void ModelWorker::cancelPair()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->pendingPair.reset();
    m_shared->latestPair = 0;
}

quint64 ModelWorker::requestHeatmaps(const Image &reference, const Image &distorted)
{
    const quint64 id = m_shared->nextId++;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->pendingHeatmaps = std::make_pair(id, Shared::HeatmapJob{reference, distorted});
        m_shared->latestHeatmaps = id;
    }
    post([engine = m_engine] { engine->servicePendingHeatmaps(); });
    return id;
}

void ModelWorker::cancelHeatmaps()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->pendingHeatmaps.reset();
    m_shared->latestHeatmaps = 0;
}

void ModelWorker::setHeatmapFunction(HeatmapFunction function)
{
    post([engine = m_engine, function] { engine->setHeatmapFunction(function); });
}

quint64 ModelWorker::requestCrossIqaHeatmaps(const Image &image)
{
    const quint64 id = m_shared->nextId++;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->pendingCrossIqaHeatmaps = std::make_pair(id, image);
        m_shared->latestCrossIqaHeatmaps = id;
    }
    post([engine = m_engine] { engine->servicePendingCrossIqaHeatmaps(); });
    return id;
}

void ModelWorker::cancelCrossIqaHeatmaps()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->pendingCrossIqaHeatmaps.reset();
    m_shared->latestCrossIqaHeatmaps = 0;
}

void ModelWorker::setCrossIqaHeatmapFunction(CrossIqaHeatmapFunction function)
{
    post([engine = m_engine, function] { engine->setCrossIqaHeatmapFunction(function); });
}

quint64 ModelWorker::startBatch(const BatchRequest &request)
{
    const quint64 id = m_shared->nextId++;
    post([engine = m_engine, id, request] { engine->runBatch(id, request); });
    return id;
}

void ModelWorker::cancelBatch(quint64 id)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->cancelled.insert(id);
    m_shared->cancelRequested = true;
}

void ModelWorker::runOnWorkerThread(std::function<void()> task)
{
    post(std::move(task));
}

} // namespace iqa
