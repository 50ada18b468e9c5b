#pragma once

#include "image/ColorMaps.h"
#include "jobs/ModelWorker.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QPixmap>

#include <optional>

// The heatmap layer drawn over the distorted image: one map of the pair's
// VAE-QA heatmaps (a layer or the combined map, coloured over 0 to its own
// maximum) or one of Cross-IQA's maps of the distorted image alone
// (attention coloured from 0, patch quality from its minimum to its
// maximum). A map is as large as the image, so colouring runs on a pool
// thread; the opacity is applied when the views draw the layer, which makes
// the slider free. The values stay available for the pixel inspector.
class HeatmapOverlay : public QObject
{
    Q_OBJECT
public:
    // Layer numbers: VAE-QA's combined map and layers 0..5, then Cross-IQA's
    // maps in a range of their own (ints, so that the selector's item data
    // and the command line stay plain numbers).
    static constexpr int kCombined = -1;
    static constexpr int kVaeQaLayers = 6;  // DESIGN.md section 2.1
    static constexpr int kCrossIqaQuality = 100;
    static constexpr int kCrossIqaRollout = 101;
    static constexpr int kCrossIqaBlock0 = 200;  // + block index, shallow to deep
    static constexpr int kCrossIqaBlocks = 6;    // the default checkpoint's depth, until maps say otherwise
    // Colours never span less than this: (nearly) identical images have
    // distances of order 1e-7, which would otherwise fill the colour map.
    static constexpr double kMinimumRange = 0.01;

    enum class Family { VaeQa, CrossIqa };
    static Family familyOf(int layer) { return layer >= kCrossIqaQuality ? Family::CrossIqa : Family::VaeQa; }
    static int crossIqaBlock(int block) { return kCrossIqaBlock0 + block; }

    explicit HeatmapOverlay(QObject *parent = nullptr);

    void setHeatmaps(const std::optional<iqa::PairHeatmaps> &heatmaps);
    void setCrossIqaHeatmaps(const std::optional<iqa::CrossIqaImageHeatmaps> &heatmaps);
    // The selected layer's map is there to draw.
    bool hasHeatmaps() const { return !selectedMap().empty(); }
    const std::optional<iqa::PairHeatmaps> &heatmaps() const { return m_heatmaps; }
    const std::optional<iqa::CrossIqaImageHeatmaps> &crossIqaHeatmaps() const { return m_crossIqa; }

    // kCombined, 0..layerCount()-1 (VAE-QA, shallow to deep) or a Cross-IQA
    // map (kCrossIqaQuality, kCrossIqaRollout, crossIqaBlock(n)). Kept across pairs.
    int layer() const { return m_layer; }
    void setLayer(int layer);
    Family family() const { return familyOf(m_layer); }
    // The heatmaps' layers; kVaeQaLayers before any arrive, so a layer can be chosen early.
    int layerCount() const;
    // Cross-IQA's blocks; kCrossIqaBlocks before its maps arrive.
    int crossIqaBlockCount() const;
    // Every selectable layer, in the selector's order.
    QVector<int> layers() const;
    // "Combined (mean of the 6 layers)", "Layer 2: encoder.7, stride 4",
    // "Cross-IQA attention, block 3", ...
    QString layerLabel(int layer) const;
    // What the values of a layer mean, for the colour bar and the inspector.
    QString unitText(int layer) const;
    // "--heatmap" ids: "combined", "0".."5", "cross-iqa-quality",
    // "cross-iqa-rollout", "cross-iqa-block-N"; false for anything else.
    static bool parseLayerId(const QString &id, int *layer);

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
    // The colours of image() span rangeMin()..rangeMax(): 0 to the maximum,
    // but for Cross-IQA's patch quality (score units, no natural zero) its
    // minimum to its maximum.
    double rangeMin() const { return m_rangeMin; }
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
        bool fromMinimum = false;  // colours start at the map's minimum, not at 0
        QImage image;
        double rangeMin = 0;
        double rangeMax = kMinimumRange;
    };

    void render();
    void rendered();

    std::optional<iqa::PairHeatmaps> m_heatmaps;
    std::optional<iqa::CrossIqaImageHeatmaps> m_crossIqa;
    int m_layer = kCombined;
    iqa::ColorMap m_colorMap = iqa::ColorMap::Magma;
    double m_opacity = 0.5;
    bool m_visible = false;
    int m_generation = 0;       // bumped for every change of what to colour
    QImage m_image;
    QPixmap m_pixmap;
    double m_rangeMin = 0;
    double m_rangeMax = kMinimumRange;
    QFutureWatcher<Job> m_watcher;
    bool m_running = false;
};
