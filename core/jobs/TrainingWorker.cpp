#include "jobs/TrainingWorker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QThread>

namespace iqa {

namespace {

FineTuneAgreement agreementOf(const VaeQaAgreement &a)
{
    return FineTuneAgreement{a.n, a.srcc, a.plcc, a.krcc, a.rmse};
}

FineTuneAgreement agreementOf(const CorrelationReport &r)
{
    return FineTuneAgreement{r.n, r.srcc, r.plcc, r.krcc, r.rmse};
}

// What every trainer's result says the same way: the files written and the
// rows left out.
FineTuneOutcome writtenOutcome(const QString &checkpoint, const QString &metadata, const QStringList &skipped)
{
    FineTuneOutcome outcome;
    outcome.checkpointPath = checkpoint;
    outcome.metadataPath = metadata;
    outcome.skipped = skipped;
    return outcome;
}

FineTuneEpoch epochOf(const VaeQaFineTuneEpoch &e)
{
    return FineTuneEpoch{e.fold, e.epoch, e.epochs, e.trainLoss, e.validationSrcc, e.validationPlcc, e.seconds, e.best, e.validated};
}

FineTuneEpoch epochOf(const CrossIqaFineTuneEpoch &e)
{
    return FineTuneEpoch{0, e.epoch, e.epochs, e.trainLoss, e.validationSrcc, e.validationPlcc, e.seconds, e.best};
}

QString pairName(const QString &ref, const QString &dist)
{
    return QStringLiteral("%1 | %2").arg(QDir::toNativeSeparators(ref), QDir::toNativeSeparators(dist));
}

} // namespace

bool TrainingWorker::Control::checkpoint()
{
    std::unique_lock<std::mutex> lock(mutex);
    resume.wait(lock, [this] { return !paused || cancel.load(); });
    return cancel.load();
}

TrainingWorker::TrainingWorker(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<iqa::FineTuneEpoch>();
    qRegisterMetaType<iqa::FineTuneOutcome>();
    // Connected before any receiver's slot, so it runs first when an end
    // signal arrives (queued from the run's thread).
    const auto ended = [this] { m_running = false; };
    connect(this, &TrainingWorker::finished, this, ended);
    connect(this, &TrainingWorker::failed, this, ended);
    connect(this, &TrainingWorker::cancelled, this, ended);
}

TrainingWorker::~TrainingWorker()
{
    cancel();
    wait();
}

bool TrainingWorker::start(const FineTuneRequest &request)
{
    if (m_running)
        return false;
    if (m_thread)
        m_thread->wait();  // the previous run has reported; its thread is returning
    // A fresh control block per run: a cancel meant for the previous run
    // cannot stop this one.
    m_control = std::make_shared<Control>();
    m_thread.reset(QThread::create([this, request] { run(request); }));
    m_thread->setObjectName(QStringLiteral("training worker"));
    m_running = true;
    m_thread->start(QThread::LowPriority);  // the GUI and the model worker come first
    return true;
}

void TrainingWorker::setPaused(bool paused)
{
    if (!m_control)
        return;
    {
        std::lock_guard<std::mutex> lock(m_control->mutex);
        if (m_control->paused == paused)
            return;
        m_control->paused = paused;
    }
    m_control->resume.notify_all();
    emit pausedChanged(paused);
}

bool TrainingWorker::isPaused() const
{
    if (!m_control)
        return false;
    std::lock_guard<std::mutex> lock(m_control->mutex);
    return m_control->paused;
}

void TrainingWorker::cancel()
{
    if (!m_control)
        return;
    m_control->cancel = true;
    m_control->resume.notify_all();  // a paused run wakes up to stop
}

bool TrainingWorker::wait(int milliseconds)
{
    if (!m_thread)
        return true;
    return milliseconds < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(milliseconds));
}

// Runs on the worker's thread; signals emitted here reach receivers in
// other threads queued.
void TrainingWorker::run(const FineTuneRequest &request)
{
    QElapsedTimer clock;
    clock.start();
    Expected<FineTuneOutcome> outcome = Expected<FineTuneOutcome>::failure(QString());
    switch (request.target) {
    case FineTuneTarget::VaeQaHead: outcome = runVaeQa(request.vaeQa); break;
    case FineTuneTarget::CrossIqaHead: outcome = runCrossIqaHead(request.crossIqaHead); break;
    case FineTuneTarget::CrossIqaPairwise: outcome = runCrossIqaPairwise(request.crossIqaPairwise); break;
    case FineTuneTarget::CrossIqaBlocks: outcome = runCrossIqaBlocks(request.crossIqaBlocks); break;
    }
    if (m_control->cancel) {
        emit cancelled();
        return;
    }
    if (!outcome) {
        emit failed(outcome.error());
        return;
    }
    outcome->target = request.target;
    outcome->seconds = clock.elapsed() / 1000.0;
    emit finished(*outcome);
}

template <class Callbacks>
Callbacks TrainingWorker::gradientCallbacks()
{
    const std::shared_ptr<Control> control = m_control;
    Callbacks callbacks;
    callbacks.note = [this](const QString &text) { emit note(text); };
    callbacks.encoding = [this, control](int done, int total) {
        emit encodingProgress(done, total);
        control->checkpoint();
    };
    callbacks.epoch = [this, control](const auto &e) {
        emit epochFinished(epochOf(e));
        control->checkpoint();
    };
    return callbacks;
}

Expected<FineTuneOutcome> TrainingWorker::runVaeQa(const VaeQaFineTuneOptions &options)
{
    auto result = fineTuneVaeQaHead(options, gradientCallbacks<VaeQaFineTuneCallbacks>(), &m_control->cancel);
    if (!result)
        return Expected<FineTuneOutcome>::failure(result.error());

    FineTuneOutcome outcome = writtenOutcome(result->headPath, result->metadataPath, result->skipped);
    outcome.warnings = result->warnings;
    outcome.trainItems = result->trainPairs;
    outcome.validationItems = result->validationPairs;
    outcome.folds = options.folds >= 2 ? options.folds : 0;
    outcome.validationContents = result->validationReferences;
    outcome.mosNormalised = true;
    outcome.mosMin = result->mosMin;
    outcome.mosMax = result->mosMax;
    outcome.lowerIsBetter = options.lowerIsBetter;
    outcome.before = agreementOf(result->before);
    outcome.after = agreementOf(result->after);
    for (const VaeQaPairPrediction &p : result->validation)
        outcome.points.append(FineTunePoint{pairName(p.ref, p.dist), p.type, p.mos, p.before, p.after});
    outcome.typeSrccBefore = result->before.typeSrcc;
    outcome.typeSrccAfter = result->after.typeSrcc;
    return outcome;
}

// Both Cross-IQA fits encode images, then solve in one go: pause and
// cancel act between images.
CrossIqaHeadCallbacks TrainingWorker::crossIqaCallbacks()
{
    const std::shared_ptr<Control> control = m_control;
    CrossIqaHeadCallbacks callbacks;
    callbacks.note = [this](const QString &text) { emit note(text); };
    callbacks.encoding = [this](int done, int total) { emit encodingProgress(done, total); };
    callbacks.cancelled = [control] { return control->checkpoint(); };
    return callbacks;
}

Expected<FineTuneOutcome> TrainingWorker::runCrossIqaHead(const CrossIqaHeadOptions &options)
{
    auto result = trainCrossIqaHead(options, crossIqaCallbacks());
    if (!result)
        return Expected<FineTuneOutcome>::failure(result.error());

    FineTuneOutcome outcome = writtenOutcome(result->checkpointPath, result->metadataPath, result->skipped);
    outcome.trainItems = result->images;
    outcome.validationItems = result->images;
    outcome.folds = options.folds;
    outcome.validationContents = result->images;
    outcome.lowerIsBetter = options.lowerIsBetter;
    if (result->before)
        outcome.before = agreementOf(*result->before);
    outcome.after = agreementOf(result->crossValidated);
    for (const CrossIqaHeadPrediction &p : result->predictions)
        outcome.points.append(FineTunePoint{QDir::toNativeSeparators(p.image), p.type, p.mos, p.before, p.after});
    for (const CrossIqaTypeAgreement &t : result->types) {
        if (t.afterSrcc)
            outcome.typeSrccAfter.insert(t.type, *t.afterSrcc);
        if (t.beforeSrcc)
            outcome.typeSrccBefore.insert(t.type, *t.beforeSrcc);
    }
    return outcome;
}

Expected<FineTuneOutcome> TrainingWorker::runCrossIqaPairwise(const CrossIqaPairwiseOptions &options)
{
    auto result = trainCrossIqaPairwiseHead(options, crossIqaCallbacks());
    if (!result)
        return Expected<FineTuneOutcome>::failure(result.error());
    FineTuneOutcome outcome = writtenOutcome(result->checkpointPath, result->metadataPath, result->skipped);
    outcome.trainItems = result->images;
    outcome.validationItems = result->votes;
    outcome.folds = options.folds;
    outcome.votes = result->votes;
    outcome.voteAgreementBefore = result->before;
    outcome.voteAgreementAfter = result->after;
    outcome.voteCeiling = result->ceiling;
    return outcome;
}

Expected<FineTuneOutcome> TrainingWorker::runCrossIqaBlocks(const CrossIqaFineTuneOptions &options)
{
    auto result = fineTuneCrossIqaBlocks(options, gradientCallbacks<CrossIqaFineTuneCallbacks>(), &m_control->cancel);
    if (!result)
        return Expected<FineTuneOutcome>::failure(result.error());
    FineTuneOutcome outcome = writtenOutcome(result->checkpointPath, result->metadataPath, result->skipped);
    outcome.warnings = result->warnings;
    outcome.trainItems = result->trainImages;
    outcome.validationItems = result->validationImages;
    outcome.validationContents = result->validationImages;
    outcome.mosNormalised = true;
    outcome.mosMin = result->mosMin;
    outcome.mosMax = result->mosMax;
    outcome.lowerIsBetter = options.lowerIsBetter;
    outcome.before = agreementOf(result->before);
    outcome.after = agreementOf(result->after);
    for (const CrossIqaImagePrediction &p : result->validation)
        outcome.points.append(FineTunePoint{QDir::toNativeSeparators(p.image), p.type, p.mos, p.before, p.after});
    outcome.typeSrccBefore = result->typeSrccBefore;
    outcome.typeSrccAfter = result->typeSrccAfter;
    return outcome;
}

} // namespace iqa
