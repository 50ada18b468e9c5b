#pragma once

#include "common/Expected.h"
#include "image/Image.h"
#include "jobs/BatchScoring.h"
#include "models/CrossIqaHeatmaps.h"
#include "models/ModelRegistry.h"
#include "models/VaeQaHeatmaps.h"

#include <QObject>
#include <QStringList>
#include <QThread>
#include <QVector>

#include <functional>
#include <memory>

namespace iqa {

// What a score of an interactive pair is of: a full-reference model scores
// the distorted image against the reference, a no-reference model scores
// each image of the pair on its own.
enum class ScoredImage { Pair, Distorted, Reference };

// One model's score of an interactive pair; `error` is set instead of
// `value` when the model could not be created or could not score.
struct ModelScore
{
    QString id;
    ModelCard card;      // empty but for `id` when the model could not be created
    double value = 0;
    QString error;
    // Provenance the card does not carry (DESIGN.md section 2): where the
    // model ran and with how many test-time crops (0: not a learned model).
    QString device;
    int crops = 0;
    ScoredImage image = ScoredImage::Pair;  // Pair also when the model could not be created
    // Cross-IQA: how many tiles of tileSize pixels the score averaged over
    // (the crops setting decides the grid, the image size the count); 0: not tiled.
    int tiles = 0;
    int tileSize = 0;
};

struct PairRequest
{
    // Images already in memory (the GUI's pair); when null, they are loaded
    // from the paths on the worker.
    Image reference, distorted;
    QString referencePath, distortedPath;
    // Empty: every model of the registry. Full-reference models score the
    // pair; no-reference models score the distorted image and the reference
    // alone (two scores each, distorted first).
    QStringList modelIds;
};

// VAE-QA's per-layer heatmaps of one interactive pair (DESIGN.md section
// 2.1) with what they were computed with, and each map's mean: the per-layer
// distances the GUI plots.
struct PairHeatmaps
{
    VaeQaHeatmaps maps;
    QVector<double> layerMeans;  // one per maps.layers entry
    double combinedMean = 0;
    QString encoderWeightsPath;  // empty when a test's heatmap function made them
    QString encoderWeightsSha256;
    QString device;
};

// Cross-IQA's maps of one image (DESIGN.md section 2.2): class-token
// attention per block, attention rollout and per-patch quality, with the
// checkpoint they were computed with.
struct CrossIqaImageHeatmaps
{
    CrossIqaHeatmaps maps;
    QString weightsSha256;  // of the checkpoint; empty when a test's heatmap function made them
    QString device;
};

struct BatchRequest
{
    enum class Source { LabelCsv, Folder };
    Source source = Source::LabelCsv;
    QString path;              // the CSV, or the folder
    QString referencePath;     // folder only: score each image against it; empty = no-reference
    QStringList modelIds;      // empty: every registry model of the batch's kind
    bool labelsLowerIsBetter = false;
    PairScoring::Options scoring;
};

struct BatchProgress
{
    int done = 0;
    int total = 0;
    double etaSeconds = -1;    // -1 until an item has been timed
    QVector<BatchRow> newRows; // rows finished since the previous report
};

// The one owner of every model instance (DESIGN.md section 4). Its engine
// lives in a thread of its own; the methods below may be called from any
// thread, return a request id at once and never block. Results leave as
// signals carrying that id, emitted in the thread this object lives in.
//
// Interactive pairs coalesce, as in Qt's Mandelbrot example: only the newest
// pair request matters. One superseded before it starts is dropped; one
// superseded while it runs is abandoned between two model calls; neither is
// reported. Batches run one at a time in request order, score one item at a
// time, report progress at most every ~100 ms (a coalesced stream the GUI can
// draw without stalling), service a waiting interactive pair between items,
// and stop at the next item or model once cancelled.
class ModelWorker : public QObject
{
    Q_OBJECT
public:
    using ModelFactory =
        std::function<Expected<std::unique_ptr<QualityModel>>(const QString &id, const ModelOptions &options)>;
    // Computes a pair's heatmaps instead of the VAE-QA encoder (tests).
    using HeatmapFunction = std::function<Expected<VaeQaHeatmaps>(const Image &reference, const Image &distorted)>;
    // Computes an image's maps instead of the Cross-IQA model (tests).
    using CrossIqaHeatmapFunction = std::function<Expected<CrossIqaHeatmaps>(const Image &image)>;

    explicit ModelWorker(QObject *parent = nullptr);
    // Cancels everything, waits for the current model call to return, and
    // releases the models.
    ~ModelWorker() override;

    // Models created from now on use these; cached ones are dropped.
    void setModelOptions(const ModelOptions &options);
    // LibTorch's intra-op thread count is per thread (OpenMP): set on the worker.
    void setCpuThreads(int threads);
    // Where models come from (ModelRegistry::create by default); tests pass
    // fakes. Takes effect for models not yet created.
    void setModelFactory(ModelFactory factory);

    quint64 scorePair(const PairRequest &request);
    // Forgets the newest pair request (running or waiting) without a result.
    void cancelPair();

    // VAE-QA heatmaps of a pair, with the encoder of the vae-qa model (taef2
    // when that model cannot be created). Coalesces like scorePair, in a slot
    // of its own: a newer heatmap request drops a waiting one, and one
    // superseded while it runs is not reported. Images must be in memory.
    quint64 requestHeatmaps(const Image &reference, const Image &distorted);
    void cancelHeatmaps();
    // Where heatmaps come from (the encoder by default); tests pass fakes.
    void setHeatmapFunction(HeatmapFunction function);

    // Cross-IQA's maps of one image (the distorted one, in the GUI), with
    // the cross-iqa model. Coalesces like requestHeatmaps, in a third slot:
    // neither VAE-QA heatmaps nor pair scores supersede it, nor it them. A
    // failure (no Cross-IQA model, image too small or too large) arrives as
    // requestFailed with this id.
    quint64 requestCrossIqaHeatmaps(const Image &image);
    void cancelCrossIqaHeatmaps();
    // Where Cross-IQA maps come from (the cross-iqa model by default); tests pass fakes.
    void setCrossIqaHeatmapFunction(CrossIqaHeatmapFunction function);

    quint64 startBatch(const BatchRequest &request);
    // A cancelled batch finishes with BatchResult::cancelled set and the rows done so far.
    void cancelBatch(quint64 id);

    // Runs `task` on the worker thread, in order with the requests: for tests
    // and benchmarks that need the worker busy at a known moment.
    void runOnWorkerThread(std::function<void()> task);

signals:
    void pairScored(quint64 id, const QVector<iqa::ModelScore> &scores);
    void heatmapsReady(quint64 id, const iqa::PairHeatmaps &heatmaps);
    void crossIqaHeatmapsReady(quint64 id, const iqa::CrossIqaImageHeatmaps &heatmaps);
    void batchStarted(quint64 id, const QVector<iqa::ModelCard> &models, int total);
    void batchProgress(quint64 id, const iqa::BatchProgress &progress);
    void batchFinished(quint64 id, const iqa::BatchResult &result);
    // The request as a whole failed (unreadable label file, image that
    // cannot be loaded for a pair, no usable model, heatmaps without encoder
    // weights, Cross-IQA maps without the Cross-IQA model).
    void requestFailed(quint64 id, const QString &message);

private:
    class Engine;
    struct Shared;

    void post(std::function<void()> task);

    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    Engine *m_engine;
};

} // namespace iqa

Q_DECLARE_METATYPE(iqa::ModelScore)
Q_DECLARE_METATYPE(iqa::PairHeatmaps)
Q_DECLARE_METATYPE(iqa::CrossIqaImageHeatmaps)
Q_DECLARE_METATYPE(iqa::BatchProgress)
