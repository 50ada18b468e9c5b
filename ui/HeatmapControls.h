#pragma once

#include <QWidget>

class ColorBar;
class HeatmapOverlay;
class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QStackedWidget;

// The controls of the heatmap overlay, below the images: show it or not,
// which VAE-QA layer (or the combined map), opacity and colour map, and a
// colour bar labelled with the quantity and the span of its colours. While
// there are no heatmaps a line says why (computing, encoder weights
// missing, sizes differ) in place of the colour bar.
class HeatmapControls : public QWidget
{
    Q_OBJECT
public:
    HeatmapControls(HeatmapOverlay *overlay, QWidget *parent = nullptr);

    // Why there are no heatmaps, or that they are being computed; empty when they are shown.
    void setStatus(const QString &status);
    QString status() const;

    QCheckBox *showBox() const { return m_show; }
    QComboBox *layerBox() const { return m_layer; }
    QSlider *opacitySlider() const { return m_opacity; }
    QComboBox *colorMapBox() const { return m_colorMap; }
    ColorBar *colorBar() const { return m_colorBar; }

    void retranslate();

private:
    void fillLayers();
    void overlayChanged();
    void readSettings();

    HeatmapOverlay *m_overlay;
    QCheckBox *m_show;
    QLabel *m_layerLabel;
    QComboBox *m_layer;
    QLabel *m_opacityLabel;
    QSlider *m_opacity;
    QLabel *m_opacityValue;
    QLabel *m_colorMapLabel;
    QComboBox *m_colorMap;
    QStackedWidget *m_detail;  // the colour bar or the status line
    ColorBar *m_colorBar;
    QLabel *m_status;
    QString m_statusText;
};
