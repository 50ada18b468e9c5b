#include "CandidateScorer.h"

#include "jobs/ModelWorker.h"

CandidateScorer::CandidateScorer(iqa::ModelWorker *worker, ResultCache *cache, QObject *parent)
    : QObject(parent), m_worker(worker), m_cache(cache)
{
    connect(m_worker, &iqa::ModelWorker::pairScored, this, &CandidateScorer::scored);
    connect(m_worker, &iqa::ModelWorker::requestFailed, this, &CandidateScorer::failed);
}

void CandidateScorer::setCandidates(const QString &reference, const QStringList &candidates)
{
    m_reference = reference;
    m_candidates = candidates;
    next();
}

void CandidateScorer::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused) {
        // The window's request may supersede this one, which then never
        // reports; a late result is still stored (m_issued), but nothing waits for it.
        m_request = 0;
        return;
    }
    next();
}

void CandidateScorer::restart()
{
    m_done.clear();
    m_issued.clear();  // results of the old options are not wanted
    m_request = 0;
    next();
}

std::optional<PairKey> CandidateScorer::nextMissing() const
{
    if (m_reference.isEmpty())
        return std::nullopt;
    const FileStamp reference = FileStamp::of(m_reference);
    if (!reference.isValid())
        return std::nullopt;
    for (const QString &candidate : m_candidates) {
        const PairKey key{reference, FileStamp::of(candidate)};
        if (key.isValid() && !m_done.contains(key.key()) && !m_cache->scores(key))
            return key;
    }
    return std::nullopt;
}

bool CandidateScorer::isBusy() const
{
    return m_request != 0 || nextMissing().has_value();
}

void CandidateScorer::next()
{
    if (m_paused || m_request != 0)
        return;
    const std::optional<PairKey> key = nextMissing();
    if (!key)
        return;
    iqa::PairRequest request;
    request.referencePath = key->reference.path;
    request.distortedPath = key->distorted.path;
    m_request = m_worker->scorePair(request);  // the worker loads both files
    m_issued.insert(m_request, *key);
    ++m_requestCount;
}

void CandidateScorer::scored(quint64 id, const QVector<iqa::ModelScore> &scores)
{
    if (!m_issued.contains(id))
        return;
    const PairKey key = m_issued.take(id);
    m_cache->storeScores(key, scores);
    m_done.insert(key.key());
    if (id == m_request)
        m_request = 0;
    emit candidateFinished(key.distorted.path);
    next();
}

void CandidateScorer::failed(quint64 id, const QString &)
{
    if (!m_issued.contains(id))
        return;
    // An unreadable file: the list shows why; it is not asked for again.
    const PairKey key = m_issued.take(id);
    m_done.insert(key.key());
    if (id == m_request)
        m_request = 0;
    emit candidateFinished(key.distorted.path);
    next();
}
