#pragma once

#include "image/ColorMaps.h"
#include "jobs/ModelWorker.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QPixmap>

#include <optional>

// The heatmap layer drawn over the distorted image: one map of the pair's
// VAE-QA heatmaps (a layer or the combined map) coloured over 0 to its own
// maximum. A map is as large as the image, so colouring runs on a pool
// thread; the opacity is applied when the views draw the layer, which makes
// the slider free. The values stay available for the pixel inspector.
class HeatmapOverlay : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCombined = -1;
    static constexpr int kVaeQaLayers = 6;  // DESIGN.md section 2.1
    // Colours never span less than this: (nearly) identical images have
    // distances of order 1e-7, which would otherwise fill the colour map.
    static constexpr double kMinimumRange = 0.01;

    explicit HeatmapOverlay(QObject *parent = nullptr);

    void setHeatmaps(const std::optional<iqa::PairHeatmaps> &heatmaps);
    bool hasHeatmaps() const { return m_heatmaps.has_value(); }
    const std::optional<iqa::PairHeatmaps> &heatmaps() const { return m_heatmaps; }

    // kCombined or 0..layerCount()-1, shallow to deep. Kept across pairs.
    int layer() const { return m_layer; }
    void setLayer(int layer);
    // The heatmaps' layers; kVaeQaLayers before any arrive, so a layer can be chosen early.
    int layerCount() const;
    // "Combined (mean of the 6 layers)" or "Layer 2: encoder.7, stride 4".
    QString layerLabel(int layer) const;

    iqa::ColorMap colorMap() const { return m_colorMap; }
    void setColorMap(iqa::ColorMap map);
    double opacity() const { return m_opacity; }  // 0..1
    void setOpacity(double opacity);
    bool isVisible() const { return m_visible; }
    void setVisible(bool visible);

    // The selected map (CV_32FC1, image size); empty without heatmaps.
    cv::Mat selectedMap() const;
    // The value of the selected map at an image pixel; nullopt outside it or without heatmaps.
    std::optional<float> valueAt(const QPoint &pixel) const;
    // The colours of image() span 0..rangeMax().
    double rangeMax() const { return m_rangeMax; }
    // The selected map coloured (null until rendered); what the views draw.
    QImage image() const { return m_image; }
    QPixmap pixmap() const { return m_pixmap; }
    bool isBusy() const { return m_running; }

signals:
    // The layer to draw changed: image, opacity or visibility.
    void changed();
    // The heatmaps or the selected layer changed (the inspector's value).
    void selectionChanged();

private:
    struct Job
    {
        int generation = 0;
        cv::Mat map;
        iqa::ColorMap colorMap = iqa::ColorMap::Magma;
        QImage image;
        double rangeMax = kMinimumRange;
    };

    void render();
    void rendered();

    std::optional<iqa::PairHeatmaps> m_heatmaps;
    int m_layer = kCombined;
    iqa::ColorMap m_colorMap = iqa::ColorMap::Magma;
    double m_opacity = 0.5;
    bool m_visible = false;
    int m_generation = 0;       // bumped for every change of what to colour
    QImage m_image;
    QPixmap m_pixmap;
    double m_rangeMax = kMinimumRange;
    QFutureWatcher<Job> m_watcher;
    bool m_running = false;
};
