#pragma once

#include "ResultCache.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace iqa {
class ModelWorker;
}

// Scores every candidate of the image list against the reference in the
// background and puts the results in the cache: the candidates plot then
// covers the whole list, and picking a candidate shows its scores at once.
// The window's own pair comes first: interactive pair requests share one
// coalescing slot in the model worker, so the scorer pauses while the
// window loads, scores or computes heatmaps, and asks again for a candidate
// whose request the window's superseded.
class CandidateScorer : public QObject
{
    Q_OBJECT
public:
    CandidateScorer(iqa::ModelWorker *worker, ResultCache *cache, QObject *parent = nullptr);

    void setCandidates(const QString &reference, const QStringList &candidates);
    void setPaused(bool paused);
    // Forgets which candidates were done (the model options changed).
    void restart();

    // A candidate is being scored, or one without scores is waiting.
    bool isBusy() const;
    int requestCount() const { return m_requestCount; }

signals:
    // A candidate has scores in the cache now, or could not be scored.
    void candidateFinished(const QString &path);

private:
    void next();
    std::optional<PairKey> nextMissing() const;
    void scored(quint64 id, const QVector<iqa::ModelScore> &scores);
    void failed(quint64 id, const QString &message);

    iqa::ModelWorker *m_worker;
    ResultCache *m_cache;
    QString m_reference;
    QStringList m_candidates;
    QSet<QString> m_done;              // PairKey::key() of pairs answered (scores or failure)
    QHash<quint64, PairKey> m_issued;  // requests whose results are still welcome
    quint64 m_request = 0;             // the one in flight; 0 = none
    bool m_paused = true;
    int m_requestCount = 0;
};
