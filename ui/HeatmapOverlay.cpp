#include "HeatmapOverlay.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

HeatmapOverlay::HeatmapOverlay(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Job>::finished, this, &HeatmapOverlay::rendered);
}

void HeatmapOverlay::setHeatmaps(const std::optional<iqa::PairHeatmaps> &heatmaps)
{
    m_heatmaps = heatmaps;
    // The other family's map stays as it is coloured; only the labels may change.
    if (family() == Family::VaeQa)
        render();
    emit selectionChanged();
}

void HeatmapOverlay::setCrossIqaHeatmaps(const std::optional<iqa::CrossIqaImageHeatmaps> &heatmaps)
{
    m_crossIqa = heatmaps;
    if (family() == Family::CrossIqa)
        render();
    emit selectionChanged();
}

int HeatmapOverlay::layerCount() const
{
    return m_heatmaps ? int(m_heatmaps->maps.layers.size()) : kVaeQaLayers;
}

int HeatmapOverlay::crossIqaBlockCount() const
{
    return m_crossIqa ? int(m_crossIqa->maps.attention.size()) : kCrossIqaBlocks;
}

QVector<int> HeatmapOverlay::layers() const
{
    QVector<int> all{kCombined};
    for (int i = 0; i < layerCount(); ++i)
        all << i;
    all << kCrossIqaQuality << kCrossIqaRollout;
    for (int i = 0; i < crossIqaBlockCount(); ++i)
        all << crossIqaBlock(i);
    return all;
}

bool HeatmapOverlay::parseLayerId(const QString &id, int *layer)
{
    bool number = false;
    int value = id.toInt(&number);
    if (number && value >= 0 && value < kVaeQaLayers) {
        *layer = value;
        return true;
    }
    if (id == QLatin1String("combined")) {
        *layer = kCombined;
        return true;
    }
    if (id == QLatin1String("cross-iqa-quality")) {
        *layer = kCrossIqaQuality;
        return true;
    }
    if (id == QLatin1String("cross-iqa-rollout")) {
        *layer = kCrossIqaRollout;
        return true;
    }
    const QLatin1String block("cross-iqa-block-");
    if (id.startsWith(block)) {
        value = id.mid(block.size()).toInt(&number);
        // Whether the checkpoint has that block is known once its maps
        // arrive; until then any plausible depth is accepted.
        if (number && value >= 0 && value < 1000) {
            *layer = crossIqaBlock(value);
            return true;
        }
    }
    return false;
}

void HeatmapOverlay::setLayer(int layer)
{
    layer = std::max(int(kCombined), layer);
    if (layer == m_layer)
        return;
    m_layer = layer;
    render();
    emit selectionChanged();
}

QString HeatmapOverlay::layerLabel(int layer) const
{
    if (layer == kCrossIqaQuality)
        return tr("Cross-IQA patch quality");
    if (layer == kCrossIqaRollout)
        return tr("Cross-IQA attention rollout");
    if (layer >= kCrossIqaBlock0)
        return tr("Cross-IQA attention, block %1").arg(layer - kCrossIqaBlock0);
    if (layer == kCombined)
        return tr("Combined (mean of the %1 layers)").arg(layerCount());
    if (!m_heatmaps || layer >= layerCount())  // names are known once heatmaps arrive
        return tr("Layer %1").arg(layer);
    const iqa::LayerHeatmap &tap = m_heatmaps->maps.layers[layer];
    return tr("Layer %1: %2, stride %3").arg(layer).arg(tap.name).arg(tap.stride);
}

QString HeatmapOverlay::unitText(int layer) const
{
    if (layer == kCrossIqaQuality)
        return tr("score units, higher is better; ranks regions, not a score of them");
    if (familyOf(layer) == Family::CrossIqa)
        return tr("class-token attention, 1 = an even share");
    return tr("cosine distance, 0 = same features");
}

void HeatmapOverlay::setColorMap(iqa::ColorMap map)
{
    if (map == m_colorMap)
        return;
    m_colorMap = map;
    render();
}

void HeatmapOverlay::setOpacity(double opacity)
{
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (opacity == m_opacity)
        return;
    m_opacity = opacity;
    emit changed();
}

void HeatmapOverlay::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    emit changed();
}

cv::Mat HeatmapOverlay::selectedMap() const
{
    if (family() == Family::CrossIqa) {
        if (!m_crossIqa)
            return {};
        const iqa::CrossIqaHeatmaps &maps = m_crossIqa->maps;
        if (m_layer == kCrossIqaQuality)
            return maps.patchQuality.map;
        if (m_layer == kCrossIqaRollout)
            return maps.rollout.map;
        const int block = m_layer - kCrossIqaBlock0;
        return block >= 0 && block < maps.attention.size() ? maps.attention[block].map : cv::Mat();
    }
    if (!m_heatmaps)
        return {};
    if (m_layer == kCombined || m_layer >= int(m_heatmaps->maps.layers.size()))
        return m_heatmaps->maps.combined;
    return m_heatmaps->maps.layers[m_layer].map;
}

std::optional<float> HeatmapOverlay::valueAt(const QPoint &pixel) const
{
    const cv::Mat map = selectedMap();
    if (map.empty() || pixel.x() < 0 || pixel.y() < 0 || pixel.x() >= map.cols || pixel.y() >= map.rows)
        return std::nullopt;
    return map.at<float>(pixel.y(), pixel.x());
}

void HeatmapOverlay::render()
{
    ++m_generation;
    if (selectedMap().empty()) {
        m_image = QImage();
        m_pixmap = QPixmap();
        m_rangeMin = 0;
        m_rangeMax = kMinimumRange;
        emit changed();
        return;
    }
    if (m_running)
        return;  // rendered() starts the newest job when this one ends
    Job job;
    job.generation = m_generation;
    job.map = selectedMap();
    job.colorMap = m_colorMap;
    // Patch quality is in score units with no natural zero (and may be
    // negative): its colours span what the image has. Distances and
    // attention start at 0, so that their size shows.
    job.fromMinimum = m_layer == kCrossIqaQuality;
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([job]() mutable {
        double minimum = 0, maximum = 0;
        cv::minMaxLoc(job.map, &minimum, &maximum);
        // A new matrix: assigning the difference to one that shares the
        // map's data would shift the heatmap itself (the inspector reads it).
        cv::Mat values;
        if (job.fromMinimum) {
            job.rangeMin = minimum;
            job.rangeMax = std::max(maximum, minimum + kMinimumRange);
            cv::subtract(job.map, cv::Scalar(minimum), values);
        } else {
            values = job.map;
            job.rangeMax = std::max(kMinimumRange, maximum);
        }
        const cv::Mat rgb = iqa::colorize(values, job.rangeMax - job.rangeMin, job.colorMap);
        job.image = QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
        return job;
    }));
}

void HeatmapOverlay::rendered()
{
    m_running = false;
    const Job job = m_watcher.result();
    if (job.generation != m_generation) {
        render();  // the selection moved on while this one was coloured
        return;
    }
    m_image = job.image;
    m_pixmap = QPixmap::fromImage(job.image);
    m_rangeMin = job.rangeMin;
    m_rangeMax = job.rangeMax;
    emit changed();
}
