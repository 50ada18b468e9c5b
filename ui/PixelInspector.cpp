#include "PixelInspector.h"

#include "DifferenceMap.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace {

enum PixelRow { ReferenceStored, ReferenceUnit, DistortedStored, DistortedUnit, Difference, PixelRows };
enum RegionRow { ReferenceMean, ReferenceStd, DistortedMean, DistortedStd, RegionRows };

QTableWidget *makeTable(int rows, int columns, QWidget *parent)
{
    auto *table = new QTableWidget(rows, columns, parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
    }
    return table;
}

// Tall enough for every row, no scroll bar.
void fitHeight(QTableWidget *table)
{
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int r = 0; r < table->rowCount(); ++r)
        height += table->rowHeight(r);
    table->setFixedHeight(height);
}

QString number(double value, int decimals)
{
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return QString::number(value, 'f', decimals);
}

} // namespace

PixelInspector::PixelInspector(QWidget *parent)
    : QWidget(parent),
      m_pixelTitle(new QLabel(this)),
      m_position(new QLabel(this)),
      m_pixelTable(makeTable(PixelRows, 4, this)),
      m_heatmapValue(new QLabel(this)),
      m_regionTitle(new QLabel(this)),
      m_regionInfo(new QLabel(this)),
      m_regionTable(makeTable(RegionRows, 3, this)),
      m_regionSummary(new QLabel(this))
{
    m_pixelTable->setObjectName(QStringLiteral("pixelTable"));
    m_regionTable->setObjectName(QStringLiteral("regionTable"));
    QFont bold = font();
    bold.setBold(true);
    m_pixelTitle->setFont(bold);
    m_regionTitle->setFont(bold);
    for (QLabel *label : {m_position, m_heatmapValue, m_regionInfo, m_regionSummary}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_pixelTitle);
    layout->addWidget(m_position);
    layout->addWidget(m_pixelTable);
    layout->addWidget(m_heatmapValue);
    layout->addSpacing(8);
    layout->addWidget(m_regionTitle);
    layout->addWidget(m_regionInfo);
    layout->addWidget(m_regionTable);
    layout->addWidget(m_regionSummary);
    layout->addStretch(1);

    connect(&m_watcher, &QFutureWatcher<Job>::finished, this, [this] {
        const Job job = m_watcher.result();
        if (job.generation != m_generation)
            return;  // a newer region or pair is on its way
        m_busy = false;
        showStatistics(job.stats);
        emit regionReady();
    });
    retranslate();
}

void PixelInspector::retranslate()
{
    m_pixelTitle->setText(tr("Pixel under the cursor"));
    m_regionTitle->setText(tr("Region"));
    m_pixelTable->setHorizontalHeaderLabels({tr("R"), tr("G"), tr("B"), tr("Mean")});
    m_pixelTable->setVerticalHeaderLabels({tr("Reference"), tr("Reference (0–1)"), tr("Distorted"),
                                           tr("Distorted (0–1)"), tr("|ref − dist| (0–255)")});
    m_regionTable->setHorizontalHeaderLabels({tr("R"), tr("G"), tr("B")});
    m_regionTable->setVerticalHeaderLabels({tr("Reference mean"), tr("Reference std"), tr("Distorted mean"),
                                            tr("Distorted std")});
    m_regionTable->setToolTip(tr("On the 0–255 scale; the standard deviation divides by the pixel count."));
    fitHeight(m_pixelTable);
    fitHeight(m_regionTable);
    updatePixel();
    updateRegion();
}

void PixelInspector::setPair(const iqa::Image &reference, const iqa::Image &distorted)
{
    m_reference = reference;
    m_distorted = distorted;
    updatePixel();
    if (!m_region.isEmpty())
        setRegion(m_region);
}

void PixelInspector::showPixel(const QPoint &pixel)
{
    m_pixel = pixel;
    updatePixel();
}

void PixelInspector::clearPixel()
{
    m_pixel = QPoint(-1, -1);
    updatePixel();
}

QString PixelInspector::positionText() const
{
    return m_position->text();
}

QString PixelInspector::heatmapText() const
{
    return m_heatmapValue->text();
}

void PixelInspector::setHeatmap(const cv::Mat &map, const QString &label, const QString &unit)
{
    m_heatmap = map;
    m_heatmapLabel = label;
    m_heatmapUnit = unit;
    updateHeatmapValue();
}

void PixelInspector::updateHeatmapValue()
{
    if (m_heatmap.empty()) {
        m_heatmapValue->setText(tr("Heatmap: none for this pair yet."));
        return;
    }
    const bool inside = m_pixel.x() >= 0 && m_pixel.y() >= 0 && m_pixel.x() < m_heatmap.cols && m_pixel.y() < m_heatmap.rows;
    const QString value = inside ? number(m_heatmap.at<float>(m_pixel.y(), m_pixel.x()), 4) : QStringLiteral("–");
    m_heatmapValue->setText(tr("Heatmap: %1 (%2) · %3").arg(value, m_heatmapUnit, m_heatmapLabel));
}

QString PixelInspector::regionSummaryText() const
{
    return m_regionSummary->text();
}

void PixelInspector::updatePixel()
{
    auto inside = [this](const iqa::Image &image) {
        return !image.isNull() && m_pixel.x() >= 0 && m_pixel.y() >= 0 && m_pixel.x() < image.width()
               && m_pixel.y() < image.height();
    };
    updateHeatmapValue();
    for (int r = 0; r < PixelRows; ++r)
        for (int c = 0; c < 4; ++c)
            m_pixelTable->item(r, c)->setText(QString());
    if (!inside(m_reference) && !inside(m_distorted)) {
        m_position->setText(tr("Move the pointer over an image."));
        return;
    }
    m_position->setText(tr("x %1, y %2 (image pixels, from the top left)").arg(m_pixel.x()).arg(m_pixel.y()));
    auto fill = [this](const iqa::Image &image, int storedRow, int unitRow) {
        double stored[3];
        if (image.rgb.depth() == CV_16U) {
            const cv::Vec3w p = image.rgb.at<cv::Vec3w>(m_pixel.y(), m_pixel.x());
            for (int c = 0; c < 3; ++c)
                stored[c] = p[c];
        } else {
            const cv::Vec3b p = image.rgb.at<cv::Vec3b>(m_pixel.y(), m_pixel.x());
            for (int c = 0; c < 3; ++c)
                stored[c] = p[c];
        }
        for (int c = 0; c < 3; ++c) {
            m_pixelTable->item(storedRow, c)->setText(QString::number(int(stored[c])));
            m_pixelTable->item(unitRow, c)->setText(number(stored[c] / image.maxValue(), 4));
        }
        const double mean = (stored[0] + stored[1] + stored[2]) / 3.0;
        m_pixelTable->item(storedRow, 3)->setText(number(mean, 1));
        m_pixelTable->item(unitRow, 3)->setText(number(mean / image.maxValue(), 4));
    };
    if (inside(m_reference))
        fill(m_reference, ReferenceStored, ReferenceUnit);
    if (inside(m_distorted))
        fill(m_distorted, DistortedStored, DistortedUnit);
    if (inside(m_reference) && inside(m_distorted)) {
        const cv::Vec3d ref = scaledTo255(m_reference, m_pixel.x(), m_pixel.y());
        const cv::Vec3d dist = scaledTo255(m_distorted, m_pixel.x(), m_pixel.y());
        double sum = 0;
        for (int c = 0; c < 3; ++c) {
            const double d = std::abs(ref[c] - dist[c]);
            sum += d;
            m_pixelTable->item(Difference, c)->setText(number(d, 2));
        }
        // The value the difference map shows at this pixel.
        m_pixelTable->item(Difference, 3)->setText(number(sum / 3.0, 2));
    }
}

void PixelInspector::setRegion(const QRect &region)
{
    m_region = region;
    ++m_generation;
    m_busy = true;
    updateRegion();
    const int generation = m_generation;
    const iqa::Image reference = m_reference, distorted = m_distorted;
    m_watcher.setFuture(QtConcurrent::run([generation, reference, distorted, region] {
        return Job{generation, computeRegionStatistics(reference, distorted, region)};
    }));
}

void PixelInspector::clearRegion()
{
    m_region = QRect();
    ++m_generation;
    m_busy = false;
    m_stats = RegionStatistics();
    updateRegion();
}

void PixelInspector::updateRegion()
{
    if (m_region.isEmpty()) {
        m_stats = RegionStatistics();
        m_regionInfo->setText(tr("Shift+drag on any view to measure a region; Esc clears it."));
        m_regionTable->hide();
        m_regionSummary->clear();
        return;
    }
    if (m_busy) {
        m_regionInfo->setText(tr("Measuring %1 x %2 px at (%3, %4)…")
                                  .arg(m_region.width()).arg(m_region.height()).arg(m_region.x()).arg(m_region.y()));
        return;
    }
    showStatistics(m_stats);
}

void PixelInspector::showStatistics(const RegionStatistics &stats)
{
    m_stats = stats;
    if (!stats.error.isEmpty() && stats.rect.isEmpty()) {
        m_regionInfo->setText(stats.error);
        m_regionTable->hide();
        m_regionSummary->clear();
        return;
    }
    const QRect r = stats.rect;
    m_regionInfo->setText(tr("%1 x %2 px (%3 pixels) at x %4, y %5; values on the 0–255 scale")
                              .arg(r.width()).arg(r.height()).arg(qint64(r.width()) * r.height())
                              .arg(r.x()).arg(r.y()));
    const cv::Scalar *rows[RegionRows] = {&stats.referenceMean, &stats.referenceStd, &stats.distortedMean,
                                          &stats.distortedStd};
    for (int row = 0; row < RegionRows; ++row)
        for (int c = 0; c < 3; ++c)
            m_regionTable->item(row, c)->setText(number((*rows[row])[c], 2));
    m_regionTable->show();
    if (!stats.error.isEmpty()) {
        m_regionSummary->setText(stats.error);
        return;
    }
    m_regionSummary->setText(tr("MSE %1 · PSNR %2 dB · mean |ref − dist| %3")
                                 .arg(number(stats.mse, 3), number(stats.psnr, 2), number(stats.meanAbsDifference, 3)));
}
