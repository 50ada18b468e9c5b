#include "RatingStimulusView.h"

#include "RatingStyle.h"

#include <QPainter>

#include <algorithm>

RatingStimulusView::RatingStimulusView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stimulusView"));
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAutoFillBackground(false);
}

void RatingStimulusView::setPanels(const QVector<Panel> &panels)
{
    m_panels = panels;
    m_scales = QVector<double>(panels.size(), 1.0);
    m_imagesVisible = true;
    update();
}

void RatingStimulusView::clear()
{
    setPanels({});
}

void RatingStimulusView::setImagesVisible(bool visible)
{
    m_imagesVisible = visible;
    update();
}

QString RatingStimulusView::caption(int panel) const
{
    return panel >= 0 && panel < m_panels.size() ? m_panels[panel].caption : QString();
}

double RatingStimulusView::shownScale(int panel) const
{
    return panel >= 0 && panel < m_scales.size() ? m_scales[panel] : 1.0;
}

bool RatingStimulusView::hasErrors() const
{
    return std::any_of(m_panels.begin(), m_panels.end(), [](const Panel &p) { return p.image.isNull(); });
}

void RatingStimulusView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), RatingStyle::surround());
    if (m_panels.isEmpty())
        return;
    const int count = int(m_panels.size());
    const int gap = count > 1 ? 32 : 0;
    const int captionHeight = fontMetrics().height() + 8;
    const double dpr = devicePixelRatioF();
    const int cellWidth = (width() - gap * (count - 1)) / count;
    const int cellHeight = height() - 2 * captionHeight;
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    for (int i = 0; i < count; ++i) {
        const Panel &panel = m_panels[i];
        const QRect cell(i * (cellWidth + gap), captionHeight, cellWidth, cellHeight);
        QString caption = panel.caption;
        QRect imageRect = cell;
        if (!panel.image.isNull()) {
            // Largest scale <= 1 (in device pixels) that fits the cell.
            const QSizeF device = QSizeF(panel.image.size());
            const double scale =
                std::min({1.0, cell.width() * dpr / device.width(), cell.height() * dpr / device.height()});
            m_scales[i] = scale;
            const QSizeF logical = device * scale / dpr;
            imageRect = QRect(QPoint(cell.x() + int((cell.width() - logical.width()) / 2),
                                     cell.y() + int((cell.height() - logical.height()) / 2)),
                              logical.toSize());
            if (scale < 0.999)
                caption = caption.isEmpty() ? tr("shown at %1%").arg(qRound(scale * 100))
                                            : tr("%1 (shown at %2%)").arg(caption).arg(qRound(scale * 100));
            if (m_imagesVisible)
                painter.drawImage(imageRect, panel.image);
        } else {
            painter.setPen(RatingStyle::text());
            painter.drawText(cell.adjusted(16, 0, -16, 0), Qt::AlignCenter | Qt::TextWordWrap, panel.error);
        }
        if (!caption.isEmpty()) {
            painter.setPen(RatingStyle::text());
            const QRect captionRect(cell.x(), imageRect.top() - captionHeight, cell.width(), captionHeight);
            painter.drawText(captionRect, Qt::AlignHCenter | Qt::AlignVCenter, caption);
        }
    }
}
