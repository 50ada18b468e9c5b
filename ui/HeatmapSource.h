#pragma once

#include "ResultCache.h"
#include "image/Image.h"
#include "jobs/ModelWorker.h"

#include <QObject>

#include <optional>

// The VAE-QA heatmaps of the current pair: from the cache when the pair has
// been seen, else from the model worker (the GUI thread never runs the
// encoder). A newer pair supersedes the one being computed. When there are
// none (sizes differ, encoder weights missing) message() says why and the
// rest of the window carries on.
class HeatmapSource : public QObject
{
    Q_OBJECT
public:
    HeatmapSource(iqa::ModelWorker *worker, ResultCache *cache, QObject *parent = nullptr);

    void setPair(const iqa::Image &reference, const iqa::Image &distorted, const PairKey &key);
    void clear(const QString &reason);
    // Asks again for the current pair (the model options changed).
    void refresh();

    bool isBusy() const { return m_request != 0; }
    const std::optional<iqa::PairHeatmaps> &heatmaps() const { return m_heatmaps; }
    QString message() const { return m_message; }
    // Worker requests made so far (the cache answers the others).
    int requestCount() const { return m_requestCount; }

    // The encoder holds every activation of the whole image, about 1.6 GB per
    // megapixel with taef2 (docs/models/vae-qa-heatmaps.md): larger pairs
    // get a message instead of a computation that could exhaust the memory.
    static constexpr qint64 kMaxPixels = 3'000'000;
    static constexpr double kGigabytesPerMegapixel = 1.6;

signals:
    // heatmaps(), message() or isBusy() changed.
    void changed();

private:
    void arrived(quint64 id, const iqa::PairHeatmaps &heatmaps);
    void failed(quint64 id, const QString &message);

    iqa::ModelWorker *m_worker;
    ResultCache *m_cache;
    iqa::Image m_reference;
    iqa::Image m_distorted;
    PairKey m_key;
    quint64 m_request = 0;  // awaited; 0 = none
    int m_requestCount = 0;
    std::optional<iqa::PairHeatmaps> m_heatmaps;
    QString m_message;
};
