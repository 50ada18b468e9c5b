#include "HeatmapSource.h"

HeatmapSource::HeatmapSource(iqa::ModelWorker *worker, ResultCache *cache, QObject *parent)
    : QObject(parent), m_worker(worker), m_cache(cache)
{
    connect(m_worker, &iqa::ModelWorker::heatmapsReady, this, &HeatmapSource::arrived);
    connect(m_worker, &iqa::ModelWorker::requestFailed, this, &HeatmapSource::failed);
}

void HeatmapSource::setPair(const iqa::Image &reference, const iqa::Image &distorted, const PairKey &key)
{
    m_reference = reference;
    m_distorted = distorted;
    m_key = key;
    m_heatmaps.reset();
    if (std::optional<iqa::PairHeatmaps> cached = m_cache->heatmaps(key)) {
        if (m_request != 0)
            m_worker->cancelHeatmaps();
        m_request = 0;
        m_heatmaps = std::move(cached);
        m_message.clear();
        emit changed();
        return;
    }
    const qint64 pixels = qint64(distorted.width()) * distorted.height();
    if (pixels > kMaxPixels) {
        if (m_request != 0)
            m_worker->cancelHeatmaps();
        m_request = 0;
        m_message = tr("No heatmaps for images over %1 megapixels: this pair has %2 and would need about %3 GB "
                       "of memory. Downscale it to see them.")
                        .arg(kMaxPixels / 1e6, 0, 'f', 0)
                        .arg(pixels / 1e6, 0, 'f', 1)
                        .arg(pixels / 1e6 * kGigabytesPerMegapixel, 0, 'f', 0);
        emit changed();
        return;
    }
    m_message = tr("Computing the VAE-QA heatmaps…");
    // The worker drops or abandons the previous request: only this id reports.
    m_request = m_worker->requestHeatmaps(reference, distorted);
    ++m_requestCount;
    emit changed();
}

void HeatmapSource::refresh()
{
    if (!m_reference.isNull() && !m_distorted.isNull())
        setPair(m_reference, m_distorted, m_key);
}

void HeatmapSource::clear(const QString &reason)
{
    if (m_request != 0)
        m_worker->cancelHeatmaps();
    m_request = 0;
    m_reference = iqa::Image();
    m_distorted = iqa::Image();
    m_key = PairKey();
    m_heatmaps.reset();
    m_message = reason;
    emit changed();
}

void HeatmapSource::arrived(quint64 id, const iqa::PairHeatmaps &heatmaps)
{
    if (id != m_request)
        return;  // superseded, or another client's
    m_request = 0;
    m_cache->storeHeatmaps(m_key, heatmaps);
    m_heatmaps = heatmaps;
    m_message.clear();
    emit changed();
}

void HeatmapSource::failed(quint64 id, const QString &message)
{
    if (id != m_request)
        return;
    m_request = 0;
    m_heatmaps.reset();
    m_message = message;
    emit changed();
}
