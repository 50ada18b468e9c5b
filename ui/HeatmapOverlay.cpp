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
    render();
    emit selectionChanged();
}

int HeatmapOverlay::layerCount() const
{
    return m_heatmaps ? int(m_heatmaps->maps.layers.size()) : kVaeQaLayers;
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
    if (layer == kCombined)
        return tr("Combined (mean of the %1 layers)").arg(layerCount());
    if (!m_heatmaps || layer >= layerCount())  // names are known once heatmaps arrive
        return tr("Layer %1").arg(layer);
    const iqa::LayerHeatmap &tap = m_heatmaps->maps.layers[layer];
    return tr("Layer %1: %2, stride %3").arg(layer).arg(tap.name).arg(tap.stride);
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
    if (!m_heatmaps) {
        m_image = QImage();
        m_pixmap = QPixmap();
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
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([job]() mutable {
        double maximum = 0;
        cv::minMaxLoc(job.map, nullptr, &maximum);
        job.rangeMax = std::max(kMinimumRange, maximum);
        const cv::Mat rgb = iqa::colorize(job.map, job.rangeMax, job.colorMap);
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
    m_rangeMax = job.rangeMax;
    emit changed();
}
