#include "HeatmapControls.h"

#include "AppSettings.h"
#include "ColorBar.h"
#include "HeatmapOverlay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStackedWidget>

#include <cmath>

HeatmapControls::HeatmapControls(HeatmapOverlay *overlay, QWidget *parent)
    : QWidget(parent),
      m_overlay(overlay),
      m_show(new QCheckBox(this)),
      m_layerLabel(new QLabel(this)),
      m_layer(new QComboBox(this)),
      m_opacityLabel(new QLabel(this)),
      m_opacity(new QSlider(Qt::Horizontal, this)),
      m_opacityValue(new QLabel(this)),
      m_colorMapLabel(new QLabel(this)),
      m_colorMap(new QComboBox(this)),
      m_detail(new QStackedWidget(this)),
      m_colorBar(new ColorBar(m_detail)),
      m_status(new QLabel(m_detail))
{
    m_layerLabel->setBuddy(m_layer);
    m_opacityLabel->setBuddy(m_opacity);
    m_colorMapLabel->setBuddy(m_colorMap);
    // Long layer names are elided rather than widening the window's centre;
    // the popup shows them whole.
    m_layer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_layer->setMinimumContentsLength(30);
    m_opacity->setRange(0, 100);
    m_opacity->setPageStep(10);
    m_opacity->setMinimumWidth(70);
    m_opacity->setMaximumWidth(140);
    // Room for "100 %" so the row does not jump while dragging.
    m_opacityValue->setMinimumWidth(m_opacityValue->fontMetrics().horizontalAdvance(QStringLiteral("100 %")) + 4);
    for (const QString &id : iqa::colorMapIds())
        m_colorMap->addItem(id, id);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAlignment(Qt::AlignCenter);
    // One height for the colour bar and the message: the images above do
    // not resize when heatmaps arrive.
    m_detail->addWidget(m_colorBar);
    m_detail->addWidget(m_status);

    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    row->addWidget(m_show);
    row->addSpacing(6);
    row->addWidget(m_layerLabel);
    row->addWidget(m_layer);
    row->addSpacing(6);
    row->addWidget(m_opacityLabel);
    row->addWidget(m_opacity, 1);
    row->addWidget(m_opacityValue);
    row->addStretch(1);
    // The colour map sits by the bar it colours.
    auto *barRow = new QHBoxLayout;
    barRow->setSpacing(6);
    barRow->addWidget(m_detail, 1);
    barRow->addWidget(m_colorMapLabel);
    barRow->addWidget(m_colorMap);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addLayout(barRow);

    connect(m_show, &QCheckBox::toggled, this, [this](bool on) {
        m_overlay->setVisible(on);
        AppSettings::instance().setHeatmapVisible(on);
    });
    connect(m_layer, &QComboBox::activated, this, [this] { m_overlay->setLayer(m_layer->currentData().toInt()); });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int percent) {
        m_overlay->setOpacity(percent / 100.0);
        AppSettings::instance().setHeatmapOpacity(percent / 100.0);
    });
    connect(m_colorMap, &QComboBox::activated, this, [this] {
        iqa::ColorMap map;
        if (iqa::parseColorMap(m_colorMap->currentData().toString(), &map)) {
            m_overlay->setColorMap(map);
            AppSettings::instance().setHeatmapColorMap(iqa::colorMapId(map));
        }
    });
    connect(m_overlay, &HeatmapOverlay::changed, this, &HeatmapControls::overlayChanged);
    connect(m_overlay, &HeatmapOverlay::selectionChanged, this, &HeatmapControls::overlayChanged);
    readSettings();
    retranslate();
}

void HeatmapControls::readSettings()
{
    const AppSettings &settings = AppSettings::instance();
    iqa::ColorMap map = iqa::ColorMap::Magma;
    iqa::parseColorMap(settings.heatmapColorMap(), &map);
    m_overlay->setColorMap(map);
    m_overlay->setOpacity(settings.heatmapOpacity());
    m_overlay->setVisible(settings.heatmapVisible());
}

void HeatmapControls::retranslate()
{
    m_show->setText(tr("H&eatmap"));
    m_show->setToolTip(tr("Overlay where VAE-QA's encoder sees the distorted image differ from the reference"));
    m_layerLabel->setText(tr("La&yer:"));
    m_layer->setToolTip(tr("Layer 0 is the shallowest (fine detail, sharp maps), layer 5 the deepest "
                           "(structure, blurrier maps); the combined map is their mean."));
    m_opacityLabel->setText(tr("O&pacity:"));
    m_colorMapLabel->setText(tr("Colou&rs:"));
    m_colorMap->setItemText(0, tr("magma"));
    m_colorMap->setItemText(1, tr("viridis"));
    m_colorMap->setItemText(2, tr("turbo"));
    fillLayers();
    overlayChanged();
}

void HeatmapControls::fillLayers()
{
    const int count = m_overlay->layerCount();
    QStringList labels{m_overlay->layerLabel(HeatmapOverlay::kCombined)};
    for (int i = 0; i < count; ++i)
        labels << m_overlay->layerLabel(i);
    bool same = m_layer->count() == labels.size();
    for (int i = 0; same && i < labels.size(); ++i)
        same = m_layer->itemText(i) == labels[i];
    if (same)
        return;  // rebuilding would close an open popup
    m_layer->clear();
    for (int i = 0; i < labels.size(); ++i)
        m_layer->addItem(labels[i], i - 1);  // data: HeatmapOverlay::kCombined, then 0..count-1
}

void HeatmapControls::setStatus(const QString &status)
{
    m_statusText = status;
    overlayChanged();
}

QString HeatmapControls::status() const
{
    return m_detail->currentWidget() == m_status ? m_status->text() : QString();
}

void HeatmapControls::overlayChanged()
{
    fillLayers();
    const QSignalBlocker blockShow(m_show), blockLayer(m_layer), blockOpacity(m_opacity), blockMap(m_colorMap);
    m_show->setChecked(m_overlay->isVisible());
    m_layer->setCurrentIndex(std::max(0, m_layer->findData(m_overlay->layer())));
    const int percent = int(std::lround(m_overlay->opacity() * 100));
    m_opacity->setValue(percent);
    m_opacityValue->setText(tr("%1 %").arg(percent));
    m_colorMap->setCurrentIndex(std::max(0, m_colorMap->findData(iqa::colorMapId(m_overlay->colorMap()))));

    const bool shown = m_overlay->isVisible() && m_overlay->hasHeatmaps() && !m_overlay->image().isNull();
    m_detail->setCurrentWidget(shown ? static_cast<QWidget *>(m_colorBar) : m_status);
    if (shown) {
        const double maximum = m_overlay->rangeMax();
        m_colorBar->setColorMap(m_overlay->colorMap());
        m_colorBar->setRange(maximum);
        m_colorBar->setTitle(tr("VAE-QA feature distance (cosine, 0 = same) · %1")
                                 .arg(m_overlay->layerLabel(m_overlay->layer())));
    }
    QString status = m_statusText;
    if (status.isEmpty() && m_overlay->hasHeatmaps() && !m_overlay->isVisible())
        status = tr("Heatmaps are ready: tick “Heatmap” to see where VAE-QA finds the images different.");
    m_status->setText(status);
}
