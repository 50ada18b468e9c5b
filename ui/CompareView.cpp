#include "CompareView.h"

#include "AppSettings.h"
#include "ColorBar.h"
#include "HeatmapControls.h"
#include "HeatmapOverlay.h"
#include "ImagePane.h"
#include "ImageView.h"
#include "SideBySideView.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

CompareView::CompareView(QWidget *parent)
    : QWidget(parent),
      m_stack(new QStackedWidget(this)),
      m_sideBySide(new SideBySideView(m_stack)),
      m_singlePage(new QWidget(m_stack)),
      m_singlePane(new ImagePane(m_singlePage)),
      m_differenceBar(new QWidget(m_singlePage)),
      m_colorBar(new ColorBar(m_differenceBar)),
      m_colorMapLabel(new QLabel(m_differenceBar)),
      m_colorMapBox(new QComboBox(m_differenceBar)),
      m_rangeLabel(new QLabel(m_differenceBar)),
      m_rangeBox(new QComboBox(m_differenceBar)),
      m_heatmap(new HeatmapOverlay(this)),
      m_heatmapControls(new HeatmapControls(m_heatmap, this))
{
    auto *barLayout = new QHBoxLayout(m_differenceBar);
    barLayout->setContentsMargins(4, 2, 4, 2);
    barLayout->addWidget(m_colorBar, 1);
    barLayout->addSpacing(8);
    barLayout->addWidget(m_colorMapLabel);
    barLayout->addWidget(m_colorMapBox);
    barLayout->addWidget(m_rangeLabel);
    barLayout->addWidget(m_rangeBox);
    m_colorMapLabel->setBuddy(m_colorMapBox);
    m_rangeLabel->setBuddy(m_rangeBox);
    for (const QString &id : iqa::colorMapIds())
        m_colorMapBox->addItem(id, id);
    m_rangeBox->addItem(QString(), QStringLiteral("auto"));
    m_rangeBox->addItem(QString(), QStringLiteral("fixed"));
    m_differenceBar->hide();

    auto *pageLayout = new QVBoxLayout(m_singlePage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(2);
    pageLayout->addWidget(m_singlePane, 1);
    pageLayout->addWidget(m_differenceBar);

    m_stack->addWidget(m_sideBySide);
    m_stack->addWidget(m_singlePage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_heatmapControls);

    // One image at a time here: a dropped file would have no obvious role.
    singleView()->setAcceptDrops(false);
    singleView()->viewport()->setAcceptDrops(false);

    for (ImageView *view : views()) {
        lockView(view);
        connect(view, &ImageView::pointerMoved, this, [this](const QPointF &point) {
            emit pointerMoved(QPoint(int(std::floor(point.x())), int(std::floor(point.y()))));
        });
        connect(view, &ImageView::pointerLeft, this, &CompareView::pointerLeft);
        connect(view, &ImageView::regionSelected, this, [this](const QRect &region) {
            for (ImageView *each : views())
                each->setRegion(region);
            emit regionSelected(region);
        });
    }
    connect(singleView(), &ImageView::splitMoved, this, [this](double x) {
        if (!m_referencePixmap.isNull())
            m_splitFraction = x / m_referencePixmap.width();
    });
    connect(m_sideBySide, &SideBySideView::referenceDropped, this, &CompareView::referenceDropped);
    connect(m_sideBySide, &SideBySideView::distortedDropped, this, &CompareView::distortedDropped);
    connect(&m_differenceWatcher, &QFutureWatcher<DifferenceJob>::finished, this, &CompareView::differenceFinished);
    connect(m_colorMapBox, &QComboBox::activated, this, [this] {
        iqa::ColorMap map;
        if (iqa::parseColorMap(m_colorMapBox->currentData().toString(), &map))
            setColorMap(map);
    });
    connect(m_rangeBox, &QComboBox::activated, this, [this] {
        setDifferenceRange(m_rangeBox->currentData().toString() == QLatin1String("fixed") ? DifferenceRange::Fixed
                                                                                         : DifferenceRange::Auto);
    });
    connect(m_heatmap, &HeatmapOverlay::changed, this, &CompareView::applyHeatLayer);
    connect(&AppSettings::instance(), &AppSettings::settingsChanged, this, &CompareView::readSettings);
    readSettings();
    retranslate();
}

QString CompareView::modeId(Mode mode)
{
    switch (mode) {
    case Mode::Swipe: return QStringLiteral("swipe");
    case Mode::Flicker: return QStringLiteral("flicker");
    case Mode::Difference: return QStringLiteral("diff");
    case Mode::SideBySide: break;
    }
    return QStringLiteral("side");
}

bool CompareView::parseMode(const QString &id, Mode *mode)
{
    for (Mode candidate : {Mode::SideBySide, Mode::Swipe, Mode::Flicker, Mode::Difference}) {
        if (id.compare(modeId(candidate), Qt::CaseInsensitive) == 0) {
            *mode = candidate;
            return true;
        }
    }
    return false;
}

ImageView *CompareView::singleView() const
{
    return m_singlePane->view();
}

QList<ImageView *> CompareView::views() const
{
    return {m_sideBySide->referencePane()->view(), m_sideBySide->distortedPane()->view(), singleView()};
}

ImageView *CompareView::currentView() const
{
    if (m_mode != Mode::SideBySide)
        return singleView();
    // One view leads and the lock carries the others along; the reference
    // leads unless it has no image.
    ImageView *reference = m_sideBySide->referencePane()->view();
    return reference->hasImage() ? reference : m_sideBySide->distortedPane()->view();
}

double CompareView::splitPosition() const
{
    return singleView()->splitPosition();
}

void CompareView::lockView(ImageView *view)
{
    connect(view, &ImageView::viewChanged, this, [this, view](double zoom, const QPointF &center, bool fit) {
        m_zoom = zoom;
        m_center = center;
        m_fit = fit;
        for (ImageView *other : views()) {
            if (other != view)
                other->setView(zoom, center, fit);
        }
    });
}

void CompareView::applyLockedView()
{
    // Views of the page just shown were last laid out at another size;
    // bring them to the locked zoom and centre.
    const QList<ImageView *> shown = m_mode == Mode::SideBySide
        ? QList<ImageView *>{m_sideBySide->referencePane()->view(), m_sideBySide->distortedPane()->view()}
        : QList<ImageView *>{singleView()};
    for (ImageView *view : shown) {
        if (view->hasImage())
            view->setView(m_zoom, m_center, m_fit);
    }
}

void CompareView::setPair(const iqa::Image &reference, const iqa::Image &distorted)
{
    m_reference = reference;
    m_distorted = distorted;
    m_referencePixmap = reference.isNull() ? QPixmap() : m_sideBySide->referencePane()->view()->pixmap();
    m_distortedPixmap = distorted.isNull() ? QPixmap() : m_sideBySide->distortedPane()->view()->pixmap();
    // A new pair: the cached difference belongs to the old one.
    ++m_generation;
    m_difference = DifferenceMap();
    m_differenceGeneration = -1;
    m_differenceImage = QImage();
    m_differencePixmap = QPixmap();
    m_shownGeneration = -1;
    updateSingleView();
    applyHeatLayer();
}

void CompareView::setHeatmaps(const std::optional<iqa::PairHeatmaps> &heatmaps, const QString &status)
{
    m_heatmapControls->setStatus(status);
    m_heatmap->setHeatmaps(heatmaps);
}

void CompareView::setCrossIqaHeatmaps(const std::optional<iqa::CrossIqaImageHeatmaps> &heatmaps, const QString &status)
{
    m_heatmapControls->setCrossIqaStatus(status);
    m_heatmap->setCrossIqaHeatmaps(heatmaps);
}

void CompareView::applyHeatLayer()
{
    // Only a map of the distorted image's size belongs to it: while the
    // heatmaps of a new pair are on their way the old ones are not drawn.
    const QPixmap layer = m_heatmap->pixmap();
    const bool show = m_heatmap->isVisible() && !layer.isNull() && layer.size() == m_distortedPixmap.size();
    const QPixmap shown = show ? layer : QPixmap();
    const double opacity = m_heatmap->opacity();
    m_sideBySide->distortedPane()->view()->setHeatLayer(shown, opacity);
    ImageView *single = singleView();
    if (m_mode == Mode::Swipe)
        single->setHeatLayer(shown, opacity, true);
    else if (m_mode == Mode::Flicker && !m_flickerReference)
        single->setHeatLayer(shown, opacity);
    else
        single->setHeatLayer(QPixmap(), 0.0);
}

void CompareView::setMode(CompareView::Mode mode)
{
    m_mode = mode;
    m_stack->setCurrentIndex(mode == Mode::SideBySide ? 0 : 1);
    m_heatmapControls->setVisible(mode != Mode::Difference);
    updateSingleView();
    applyHeatLayer();
    applyLockedView();
    emit modeChanged(mode);
}

void CompareView::toggleFlicker()
{
    m_flickerReference = !m_flickerReference;
    if (m_mode == Mode::Flicker) {
        updateSingleView();
        applyHeatLayer();
    }
}

void CompareView::setColorMap(iqa::ColorMap map)
{
    m_colorMap = map;
    m_colorMapBox->setCurrentIndex(qMax(0, m_colorMapBox->findData(iqa::colorMapId(map))));
    AppSettings::instance().setDifferenceColorMap(iqa::colorMapId(map));
    if (m_mode == Mode::Difference)
        updateSingleView();
}

void CompareView::setDifferenceRange(DifferenceRange range)
{
    m_range = range;
    const QString id = range == DifferenceRange::Fixed ? QStringLiteral("fixed") : QStringLiteral("auto");
    m_rangeBox->setCurrentIndex(qMax(0, m_rangeBox->findData(id)));
    AppSettings::instance().setDifferenceRange(id);
    if (m_mode == Mode::Difference)
        updateSingleView();
}

void CompareView::readSettings()
{
    const AppSettings &settings = AppSettings::instance();
    iqa::ColorMap map = iqa::ColorMap::Magma;
    iqa::parseColorMap(settings.differenceColorMap(), &map);
    const DifferenceRange range =
        settings.differenceRange() == QLatin1String("fixed") ? DifferenceRange::Fixed : DifferenceRange::Auto;
    if (map != m_colorMap || m_colorMapBox->currentData().toString() != iqa::colorMapId(map))
        setColorMap(map);
    if (range != m_range || m_rangeBox->currentIndex() < 0)
        setDifferenceRange(range);
}

void CompareView::clearRegion()
{
    for (ImageView *view : views())
        view->setRegion(QRect());
}

double CompareView::differenceRangeMax() const
{
    return ::differenceRangeMax(m_difference, m_shownGeneration == m_generation ? m_shownRange : m_range);
}

bool CompareView::isBusy() const
{
    return m_differenceRunning || m_heatmap->isBusy();
}

void CompareView::retranslate()
{
    m_sideBySide->retranslate();
    m_heatmapControls->retranslate();
    m_colorMapLabel->setText(tr("Colour &map:"));
    m_rangeLabel->setText(tr("&Range:"));
    m_colorMapBox->setItemText(0, tr("magma"));
    m_colorMapBox->setItemText(1, tr("viridis"));
    m_colorMapBox->setItemText(2, tr("turbo"));
    m_colorMapBox->setToolTip(tr("Perceptually ordered colour maps: magma and viridis (matplotlib, CC0), "
                                 "turbo (Google, Apache-2.0)."));
    m_rangeBox->setItemText(0, tr("Auto (0 to largest)"));
    m_rangeBox->setItemText(1, tr("Fixed (0–255)"));
    m_rangeBox->setToolTip(tr("Auto stretches the colours over 0 to the largest difference of this pair; "
                              "fixed keeps 0–255 so that pairs can be compared."));
    updateSingleView();
}

QString CompareView::rangeText() const
{
    const DifferenceRange range = m_shownGeneration == m_generation ? m_shownRange : m_range;
    return range == DifferenceRange::Fixed ? tr("fixed") : tr("auto");
}

void CompareView::updateDifferenceControls()
{
    const bool shown = m_shownGeneration == m_generation;
    m_colorBar->setColorMap(shown ? m_shownColorMap : m_colorMap);
    m_colorBar->setRange(differenceRangeMax());
    m_colorBar->setTitle(tr("absolute difference (0–255), mean over RGB; colours span 0–%1 (%2)")
                             .arg(QString::number(differenceRangeMax(), 'f', differenceRangeMax() >= 100 ? 0 : 1),
                                  rangeText()));
}

void CompareView::updateSingleView()
{
    m_differenceBar->setVisible(m_mode == Mode::Difference);
    if (m_mode == Mode::SideBySide)
        return;
    ImageView *view = singleView();
    const bool pair = !m_referencePixmap.isNull() && !m_distortedPixmap.isNull();
    if (m_mode == Mode::Swipe) {
        m_singlePane->setRole(tr("Swipe: reference left of the line, distorted right (drag the line)"));
        if (!pair) {
            view->setOverlay(QPixmap());
            m_singlePane->showPlaceholder(tr("Swipe needs a reference and a distorted image."));
            return;
        }
        m_singlePane->showPixmap(m_referencePixmap);
        view->setOverlay(m_distortedPixmap);
        view->setSplitPosition(m_splitFraction * m_referencePixmap.width());
        view->setBadges(tr("Reference"), tr("Distorted"));
        return;
    }
    view->setOverlay(QPixmap());
    if (m_mode == Mode::Flicker) {
        const QPixmap &shown = m_flickerReference ? m_referencePixmap : m_distortedPixmap;
        const QString file = QFileInfo((m_flickerReference ? m_reference : m_distorted).path).fileName();
        m_singlePane->setRole(m_flickerReference
                                  ? tr("Flicker: showing the REFERENCE %1 (Space switches)").arg(file)
                                  : tr("Flicker: showing the DISTORTED %1 (Space switches)").arg(file));
        view->setBadges(m_flickerReference ? tr("Reference") : tr("Distorted"));
        if (shown.isNull())
            m_singlePane->showPlaceholder(m_flickerReference ? tr("No reference image is open.")
                                                             : tr("No distorted image is open."));
        else
            m_singlePane->showPixmap(shown);
        return;
    }

    // Difference.
    view->setBadges(QString());
    requestDifference();
    updateDifferenceControls();
    m_singlePane->setRole(tr("Absolute difference |reference − distorted|, mean over RGB · %1, %2 range")
                              .arg(m_colorMapBox->currentText(), rangeText()));
    if (m_differenceGeneration == m_generation && !m_difference.error.isEmpty())
        m_singlePane->showPlaceholder(m_difference.error);
    else if (m_shownGeneration == m_generation && !m_differencePixmap.isNull())
        m_singlePane->showPixmap(m_differencePixmap);
    else
        m_singlePane->showPlaceholder(tr("Computing the difference…"));
}

void CompareView::requestDifference()
{
    if (m_differenceRunning)
        return;  // differenceFinished asks again if the result is out of date
    if (m_differenceGeneration == m_generation && !m_difference.error.isEmpty())
        return;  // nothing to show for this pair
    if (m_shownGeneration == m_generation && m_shownColorMap == m_colorMap && m_shownRange == m_range)
        return;  // up to date
    DifferenceJob job;
    job.generation = m_generation;
    if (m_differenceGeneration == m_generation)
        job.map = m_difference;  // recolour only
    job.colorMap = m_colorMap;
    job.range = m_range;
    const iqa::Image reference = m_reference, distorted = m_distorted;
    m_differenceRunning = true;
    m_differenceWatcher.setFuture(QtConcurrent::run([job, reference, distorted]() mutable {
        if (job.map.isNull())
            job.map = computeDifferenceMap(reference, distorted);
        if (!job.map.isNull())
            job.image = renderDifference(job.map, job.colorMap, ::differenceRangeMax(job.map, job.range));
        return job;
    }));
}

void CompareView::differenceFinished()
{
    m_differenceRunning = false;
    const DifferenceJob job = m_differenceWatcher.result();
    if (job.generation == m_generation) {
        m_difference = job.map;
        m_differenceGeneration = job.generation;
        if (!job.image.isNull()) {
            m_differenceImage = job.image;
            m_differencePixmap = QPixmap::fromImage(job.image);
            m_shownColorMap = job.colorMap;
            m_shownRange = job.range;
            m_shownGeneration = job.generation;
        }
    }
    if (m_mode == Mode::Difference) {
        updateSingleView();  // also starts the next job when this one is out of date
        applyLockedView();
    }
    emit differenceReady();
}

void CompareView::fitToWindow()
{
    if (m_mode == Mode::SideBySide)
        m_sideBySide->fitToWindow();
    else
        singleView()->fitToWindow();
}

void CompareView::zoomOneToOne()
{
    currentView()->zoomOneToOne();
}

void CompareView::zoomIn()
{
    currentView()->zoomIn();
}

void CompareView::zoomOut()
{
    currentView()->zoomOut();
}
