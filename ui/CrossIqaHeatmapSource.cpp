#include "CrossIqaHeatmapSource.h"

CrossIqaHeatmapSource::CrossIqaHeatmapSource(iqa::ModelWorker *worker, ResultCache *cache, QObject *parent)
    : QObject(parent), m_worker(worker), m_cache(cache)
{
    connect(m_worker, &iqa::ModelWorker::crossIqaHeatmapsReady, this, &CrossIqaHeatmapSource::arrived);
    connect(m_worker, &iqa::ModelWorker::requestFailed, this, &CrossIqaHeatmapSource::failed);
}

void CrossIqaHeatmapSource::setImage(const iqa::Image &distorted, const FileStamp &stamp)
{
    // The window calls this for every change of the pair: a new reference
    // leaves the distorted image's maps (or the request for them) as they are.
    if (stamp.isValid() && stamp.key() == m_stamp.key() && distorted.rgb.data == m_image.rgb.data)
        return;
    m_image = distorted;
    m_stamp = stamp;
    m_heatmaps.reset();
    m_message.clear();
    cancelRequest();
    update();
}

void CrossIqaHeatmapSource::setWanted(bool wanted)
{
    if (wanted == m_wanted)
        return;
    m_wanted = wanted;
    // Maps already on their way are still welcome when the choice moves
    // away: choosing a Cross-IQA map again would ask for them anew.
    if (wanted && !m_heatmaps && m_request == 0)
        update();
}

void CrossIqaHeatmapSource::refresh()
{
    if (m_image.isNull())
        return;
    m_heatmaps.reset();
    cancelRequest();
    update();
}

void CrossIqaHeatmapSource::clear(const QString &reason)
{
    cancelRequest();
    m_image = iqa::Image();
    m_stamp = FileStamp();
    m_heatmaps.reset();
    m_message = reason;
    emit changed();
}

void CrossIqaHeatmapSource::cancelRequest()
{
    if (m_request != 0)
        m_worker->cancelCrossIqaHeatmaps();
    m_request = 0;
}

void CrossIqaHeatmapSource::update()
{
    if (m_image.isNull()) {
        emit changed();
        return;
    }
    if (std::optional<iqa::CrossIqaImageHeatmaps> cached = m_cache->crossIqaHeatmaps(m_stamp)) {
        m_heatmaps = std::move(cached);
        m_message.clear();
        emit changed();
        return;
    }
    if (!m_wanted) {
        m_message = tr("Cross-IQA's maps are computed when one of them is chosen.");
        emit changed();
        return;
    }
    const qint64 pixels = qint64(m_image.width()) * m_image.height();
    if (pixels > kMaxPixels) {
        m_message = tr("No Cross-IQA maps for images over %1 megapixels in the workbench: this one has %2, and its maps "
                       "would keep the model worker busy for minutes. Downscale it, or use iqa heatmap --model cross-iqa.")
                        .arg(kMaxPixels / 1e6, 0, 'f', 0)
                        .arg(pixels / 1e6, 0, 'f', 1);
        emit changed();
        return;
    }
    m_message = tr("Computing the Cross-IQA maps of the distorted image…");
    // The worker drops or abandons the previous request: only this id reports.
    m_request = m_worker->requestCrossIqaHeatmaps(m_image);
    ++m_requestCount;
    emit changed();
}

void CrossIqaHeatmapSource::arrived(quint64 id, const iqa::CrossIqaImageHeatmaps &heatmaps)
{
    if (id != m_request)
        return;  // superseded, or another client's
    m_request = 0;
    m_cache->storeCrossIqaHeatmaps(m_stamp, heatmaps);
    m_heatmaps = heatmaps;
    m_message.clear();
    emit changed();
}

void CrossIqaHeatmapSource::failed(quint64 id, const QString &message)
{
    if (id != m_request)
        return;
    m_request = 0;
    m_heatmaps.reset();
    m_message = message;
    emit changed();
}
