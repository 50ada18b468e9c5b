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
// which map (a VAE-QA layer or the combined map, or one of Cross-IQA's maps
// of the distorted image), opacity and colour map, and a colour bar
// labelled with the quantity and the span of its colours. While the chosen
// map is not there a line says why (computing, weights missing, sizes
// differ) in place of the colour bar; each model has its own reason.
class HeatmapControls : public QWidget
{
    Q_OBJECT
public:
    HeatmapControls(HeatmapOverlay *overlay, QWidget *parent = nullptr);

    // Why there are no VAE-QA heatmaps, or that they are being computed; empty when they are there.
    void setStatus(const QString &status);
    // The same for Cross-IQA's maps.
    void setCrossIqaStatus(const QString &status);
    // The line shown instead of the colour bar; empty when the bar is shown.
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
    QString m_crossIqaStatusText;
};
