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
#include <QStandardItemModel>
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
    m_show->setToolTip(tr("Overlay where VAE-QA's encoder sees the distorted image differ from the reference, "
                          "or where Cross-IQA looks in the distorted image and what it thinks of each part"));
    m_layerLabel->setText(tr("La&yer:"));
    m_layer->setToolTip(tr("VAE-QA: layer 0 is the shallowest (fine detail, sharp maps), layer 5 the deepest "
                           "(structure, blurrier maps); the combined map is their mean.\n"
                           "Cross-IQA (distorted image alone): its head applied to each patch, and where its "
                           "class token looks, per block and rolled out through all blocks."));
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
    // Each model's maps under a heading (disabled items: not selectable).
    struct Entry { QString text; QVariant data; };
    QVector<Entry> entries;
    entries << Entry{tr("VAE-QA (distorted against reference)"), {}};
    for (int layer : m_overlay->layers()) {
        if (layer == HeatmapOverlay::kCrossIqaQuality)
            entries << Entry{tr("Cross-IQA (distorted image alone)"), {}};
        entries << Entry{m_overlay->layerLabel(layer), layer};
    }
    bool same = m_layer->count() == entries.size();
    for (int i = 0; same && i < entries.size(); ++i)
        same = m_layer->itemText(i) == entries[i].text && m_layer->itemData(i) == entries[i].data;
    if (same)
        return;  // rebuilding would close an open popup
    m_layer->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_layer->model());
    for (const Entry &entry : entries) {
        m_layer->addItem(entry.text, entry.data);
        if (!entry.data.isValid() && model) {
            QStandardItem *heading = model->item(m_layer->count() - 1);
            heading->setFlags(heading->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            QFont font = heading->font();
            font.setBold(true);
            heading->setFont(font);
        }
    }
}

void HeatmapControls::setStatus(const QString &status)
{
    m_statusText = status;
    overlayChanged();
}

void HeatmapControls::setCrossIqaStatus(const QString &status)
{
    m_crossIqaStatusText = status;
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
    // A VAE-QA layer the maps do not have shows their combined map; a
    // Cross-IQA block the checkpoint does not have shows nothing (the status says why).
    int index = m_layer->findData(m_overlay->layer());
    if (index < 0 && m_overlay->family() == HeatmapOverlay::Family::VaeQa)
        index = m_layer->findData(HeatmapOverlay::kCombined);
    m_layer->setCurrentIndex(index);
    const int percent = int(std::lround(m_overlay->opacity() * 100));
    m_opacity->setValue(percent);
    m_opacityValue->setText(tr("%1 %").arg(percent));
    m_colorMap->setCurrentIndex(std::max(0, m_colorMap->findData(iqa::colorMapId(m_overlay->colorMap()))));

    const bool shown = m_overlay->isVisible() && m_overlay->hasHeatmaps() && !m_overlay->image().isNull();
    m_detail->setCurrentWidget(shown ? static_cast<QWidget *>(m_colorBar) : m_status);
    const bool crossIqa = m_overlay->family() == HeatmapOverlay::Family::CrossIqa;
    if (shown) {
        m_colorBar->setColorMap(m_overlay->colorMap());
        m_colorBar->setRange(m_overlay->rangeMin(), m_overlay->rangeMax());
        const int layer = m_overlay->layer();
        if (layer == HeatmapOverlay::kCrossIqaQuality) {
            m_colorBar->setTitle(tr("Cross-IQA patch quality (score units, higher is better; ranks regions)"));
            m_colorBar->setToolTip(tr("Cross-IQA's quality head applied to each patch of the distorted image instead "
                                      "of its class token. The head was fitted on class tokens, so the map ranks "
                                      "regions against each other; its level is not a score of the region."));
        } else if (crossIqa) {
            m_colorBar->setTitle(tr("%1 (1 = an even share)").arg(m_overlay->layerLabel(layer)));
            m_colorBar->setToolTip(tr("How much of its attention Cross-IQA's class token, which carries the quality, "
                                      "gives each patch of the distorted image: 1 is an even share, 4 four times it. "
                                      "The rollout follows the attention through every block."));
        } else {
            m_colorBar->setTitle(tr("VAE-QA feature distance (cosine, 0 = same) · %1").arg(m_overlay->layerLabel(layer)));
        }
    }
    QString status = crossIqa ? m_crossIqaStatusText : m_statusText;
    if (status.isEmpty() && m_overlay->hasHeatmaps() && !m_overlay->isVisible())
        status = crossIqa ? tr("Cross-IQA's maps are ready: tick “Heatmap” to see them over the distorted image.")
                          : tr("Heatmaps are ready: tick “Heatmap” to see where VAE-QA finds the images different.");
    else if (status.isEmpty() && !m_overlay->hasHeatmaps() && crossIqa && m_overlay->crossIqaHeatmaps())
        status = tr("This Cross-IQA checkpoint has %n block(s): choose one of them.", nullptr, m_overlay->crossIqaBlockCount());
    m_status->setText(status);
}
