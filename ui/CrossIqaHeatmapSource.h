#pragma once

#include "ResultCache.h"
#include "image/Image.h"
#include "jobs/ModelWorker.h"

#include <QObject>

#include <optional>

// Cross-IQA's maps of the current distorted image (DESIGN.md section 2.2):
// from the cache when that file has been mapped before, else from the model
// worker. They need no reference, so they exist even when the pair's sizes
// differ. They are computed only once a Cross-IQA map has been chosen in the
// overlay (setWanted): on a CPU they cost about as much as the score, for
// every image opened, and most looks at a pair never ask for them. A newer
// image supersedes the one being computed; when there are none, message()
// says why and the VAE-QA maps and the scores carry on.
class CrossIqaHeatmapSource : public QObject
{
    Q_OBJECT
public:
    CrossIqaHeatmapSource(iqa::ModelWorker *worker, ResultCache *cache, QObject *parent = nullptr);

    void setImage(const iqa::Image &distorted, const FileStamp &stamp);
    void clear(const QString &reason);
    // Whether a Cross-IQA map is chosen; the first wish computes the maps of the current image.
    void setWanted(bool wanted);
    bool isWanted() const { return m_wanted; }
    // Asks again for the current image (the model options changed).
    void refresh();

    bool isBusy() const { return m_request != 0; }
    const std::optional<iqa::CrossIqaImageHeatmaps> &heatmaps() const { return m_heatmaps; }
    QString message() const { return m_message; }
    // Worker requests made so far (the cache answers the others).
    int requestCount() const { return m_requestCount; }

    // The maps cover the image with tiles overlapping by half (about four
    // passes per pixel): some 10 s per megapixel on a busy 2-core CPU, during
    // which the worker serves nothing else. Larger images get a message.
    static constexpr qint64 kMaxPixels = 3'000'000;

signals:
    // heatmaps(), message() or isBusy() changed.
    void changed();

private:
    void update();
    void arrived(quint64 id, const iqa::CrossIqaImageHeatmaps &heatmaps);
    void failed(quint64 id, const QString &message);
    void cancelRequest();

    iqa::ModelWorker *m_worker;
    ResultCache *m_cache;
    iqa::Image m_image;
    FileStamp m_stamp;
    bool m_wanted = false;
    quint64 m_request = 0;  // awaited; 0 = none
    int m_requestCount = 0;
    std::optional<iqa::CrossIqaImageHeatmaps> m_heatmaps;
    QString m_message;
};
