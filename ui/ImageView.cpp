#include "ImageView.h"

#include <QDragEnterEvent>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace {
constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 64.0;
constexpr double kStep = 1.25;
constexpr int kSplitGrab = 8;  // screen pixels either side of the split line that grab it
}

ImageView::ImageView(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::NoAnchor);
    setAlignment(Qt::AlignCenter);
    // The split line, badges and region are painted in viewport
    // coordinates over the image: scrolling must repaint them, not shift them.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    // A neutral grey surround: coloured surrounds bias how people judge images.
    setBackgroundBrush(QColor(128, 128, 128));
    setFrameShape(QFrame::NoFrame);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

void ImageView::setImage(const QImage &image)
{
    setPixmap(QPixmap::fromImage(image));
}

void ImageView::setPixmap(const QPixmap &pixmap)
{
    const bool sameSize = m_item && m_item->pixmap().size() == pixmap.size();
    if (!m_item) {
        m_item = scene()->addPixmap(pixmap);
        // Smooth when zoomed out, crisp pixels when zoomed in (set in applyZoom).
        m_item->setShapeMode(QGraphicsPixmapItem::BoundingRectShape);
    } else {
        m_item->setPixmap(pixmap);
    }
    scene()->setSceneRect(QRectF(QPointF(0, 0), QSizeF(pixmap.size())));
    if (!sameSize && m_fit)
        fitToWindow();
    else
        applyZoom(zoom());
}

void ImageView::clearImage()
{
    scene()->clear();
    m_item = nullptr;
    m_overlay = nullptr;
    m_heatLayer = nullptr;
    m_overlayClip = nullptr;
    m_region = QRect();
    scene()->setSceneRect(QRectF());
    viewport()->update();
}

bool ImageView::hasImage() const
{
    return m_item != nullptr;
}

QSize ImageView::imageSize() const
{
    return m_item ? m_item->pixmap().size() : QSize();
}

QPixmap ImageView::pixmap() const
{
    return m_item ? m_item->pixmap() : QPixmap();
}

double ImageView::zoom() const
{
    return transform().m11();
}

QPointF ImageView::center() const
{
    return mapToScene(viewport()->rect().center());
}

double ImageView::fitZoom() const
{
    if (!m_item)
        return 1.0;
    const QSizeF image = m_item->pixmap().size();
    const QSizeF area = viewport()->size();
    if (image.isEmpty() || area.isEmpty())
        return 1.0;
    return qBound(kMinZoom, std::min(area.width() / image.width(), area.height() / image.height()), kMaxZoom);
}

void ImageView::applyZoom(double newZoom, const QPointF *anchorScene, const QPoint *anchorViewport)
{
    newZoom = qBound(kMinZoom, newZoom, kMaxZoom);
    setTransform(QTransform::fromScale(newZoom, newZoom));
    const Qt::TransformationMode mode = newZoom < 1.0 ? Qt::SmoothTransformation : Qt::FastTransformation;
    if (m_item)
        m_item->setTransformationMode(mode);
    if (m_overlay)
        m_overlay->setTransformationMode(mode);
    if (m_heatLayer)
        m_heatLayer->setTransformationMode(mode);
    if (anchorScene && anchorViewport) {
        // Keep the image point under the cursor where it was.
        const QPointF now = mapToScene(*anchorViewport);
        const QPointF delta = (now - *anchorScene) * newZoom;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(delta.x()));
        verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(delta.y()));
    }
}

void ImageView::setView(double newZoom, const QPointF &newCenter, bool fit)
{
    m_applying = true;
    m_fit = fit;
    applyZoom(fit ? fitZoom() : newZoom);
    if (!fit)
        centerOn(newCenter);
    else if (m_item)
        centerOn(m_item);
    m_keptCenter = fit ? center() : newCenter;
    m_applying = false;
}

void ImageView::fitToWindow()
{
    m_fit = true;
    applyZoom(fitZoom());
    if (m_item)
        centerOn(m_item);
    announce();
}

void ImageView::zoomOneToOne()
{
    const QPointF c = center();
    m_fit = false;
    applyZoom(1.0);
    centerOn(c);
    announce();
}

void ImageView::zoomIn()
{
    const QPointF c = center();
    m_fit = false;
    applyZoom(zoom() * kStep);
    centerOn(c);
    announce();
}

void ImageView::zoomOut()
{
    const QPointF c = center();
    m_fit = false;
    applyZoom(zoom() / kStep);
    centerOn(c);
    announce();
}

void ImageView::setOverlay(const QPixmap &overlay)
{
    if (overlay.isNull()) {
        if (m_heatLayer && m_heatLayer->parentItem() == m_overlay)
            m_heatLayer = nullptr;  // deleted with its parent below
        delete m_overlayClip;  // deletes the overlay with it
        m_overlayClip = nullptr;
        m_overlay = nullptr;
        viewport()->update();
        return;
    }
    if (!m_overlayClip) {
        m_overlayClip = new QGraphicsRectItem;
        m_overlayClip->setPen(Qt::NoPen);
        m_overlayClip->setBrush(Qt::NoBrush);
        m_overlayClip->setFlag(QGraphicsItem::ItemClipsChildrenToShape);
        m_overlayClip->setZValue(1);
        scene()->addItem(m_overlayClip);
        m_overlay = new QGraphicsPixmapItem(m_overlayClip);
        m_overlay->setShapeMode(QGraphicsPixmapItem::BoundingRectShape);
        m_overlay->setTransformationMode(m_item ? m_item->transformationMode() : Qt::FastTransformation);
    }
    m_overlay->setPixmap(overlay);
    updateOverlayClip();
}

void ImageView::setHeatLayer(const QPixmap &layer, double opacity, bool overSwipeOverlay)
{
    QGraphicsPixmapItem *parent = overSwipeOverlay ? m_overlay : m_item;
    if (layer.isNull() || !parent) {
        delete m_heatLayer;
        m_heatLayer = nullptr;
        viewport()->update();
        return;
    }
    if (m_heatLayer && m_heatLayer->parentItem() != parent) {
        delete m_heatLayer;
        m_heatLayer = nullptr;
    }
    if (!m_heatLayer) {
        // A child draws above its parent and moves, scales and clips with it.
        m_heatLayer = new QGraphicsPixmapItem(parent);
        m_heatLayer->setShapeMode(QGraphicsPixmapItem::BoundingRectShape);
        m_heatLayer->setTransformationMode(parent->transformationMode());
    }
    m_heatLayer->setPixmap(layer);
    m_heatLayer->setOpacity(opacity);
}

double ImageView::heatLayerOpacity() const
{
    return m_heatLayer ? m_heatLayer->opacity() : 0.0;
}

void ImageView::setSplitPosition(double splitX)
{
    m_splitX = splitX;
    updateOverlayClip();
}

void ImageView::updateOverlayClip()
{
    if (m_overlayClip) {
        const QSizeF size = m_overlay->pixmap().size();
        const double x = qBound(0.0, m_splitX, size.width());
        m_overlayClip->setRect(QRectF(x, 0, size.width() - x, size.height()));
    }
    viewport()->update();
}

QPoint ImageView::splitLineInViewport() const
{
    return mapFromScene(QPointF(m_splitX, center().y()));
}

bool ImageView::nearSplit(const QPoint &viewportPoint) const
{
    return m_overlay && std::abs(viewportPoint.x() - splitLineInViewport().x()) <= kSplitGrab;
}

void ImageView::setBadges(const QString &left, const QString &right)
{
    m_leftBadge = left;
    m_rightBadge = right;
    viewport()->update();
}

void ImageView::setRegion(const QRect &region)
{
    m_region = region;
    viewport()->update();
}

QRect ImageView::regionBetween(const QPointF &a, const QPointF &b) const
{
    // Every pixel the rectangle touches, clipped to the image.
    const QPoint topLeft(int(std::floor(std::min(a.x(), b.x()))), int(std::floor(std::min(a.y(), b.y()))));
    const QPoint bottomRight(int(std::floor(std::max(a.x(), b.x()))), int(std::floor(std::max(a.y(), b.y()))));
    return QRect(topLeft, bottomRight).intersected(QRect(QPoint(0, 0), imageSize()));
}

void ImageView::mousePressEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (event->button() == Qt::LeftButton && nearSplit(at)) {
        m_draggingSplit = true;
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier) && m_item) {
        m_selecting = true;
        m_regionStart = mapToScene(at);
        m_pendingRegion = regionBetween(m_regionStart, m_regionStart);
        viewport()->setCursor(Qt::CrossCursor);
        viewport()->update();
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void ImageView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    const QPointF imagePoint = mapToScene(at);
    if (m_item)
        emit pointerMoved(imagePoint);
    if (m_draggingSplit) {
        setSplitPosition(qBound(0.0, imagePoint.x(), double(imageSize().width())));
        emit splitMoved(m_splitX);
        event->accept();
        return;
    }
    if (m_selecting) {
        m_pendingRegion = regionBetween(m_regionStart, imagePoint);
        viewport()->update();
        event->accept();
        return;
    }
    if (m_overlay && event->buttons() == Qt::NoButton)
        viewport()->setCursor(nearSplit(at) ? Qt::SplitHCursor : Qt::OpenHandCursor);
    QGraphicsView::mouseMoveEvent(event);
}

void ImageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_draggingSplit) {
        m_draggingSplit = false;
        event->accept();
        return;
    }
    if (m_selecting) {
        m_selecting = false;
        const QRect region = regionBetween(m_regionStart, mapToScene(event->position().toPoint()));
        m_pendingRegion = QRect();
        viewport()->setCursor(Qt::OpenHandCursor);
        if (!region.isEmpty()) {
            setRegion(region);
            emit regionSelected(region);
        }
        viewport()->update();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void ImageView::leaveEvent(QEvent *event)
{
    emit pointerLeft();
    QGraphicsView::leaveEvent(event);
}

void ImageView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    painter->save();
    painter->resetTransform();  // viewport coordinates from here on
    painter->setRenderHint(QPainter::Antialiasing);

    if (m_overlay) {
        const int x = mapFromScene(QPointF(m_splitX, 0)).x();
        const int h = viewport()->height();
        painter->setPen(QPen(QColor(0, 0, 0, 160), 4));
        painter->drawLine(x, 0, x, h);
        painter->setPen(QPen(Qt::white, 2));
        painter->drawLine(x, 0, x, h);
        // A handle that says "drag me sideways".
        const QPointF mid(x, h / 2.0);
        painter->setPen(QPen(QColor(40, 40, 40), 1.5));
        painter->setBrush(Qt::white);
        painter->drawEllipse(mid, 11, 11);
        painter->setBrush(QColor(40, 40, 40));
        painter->setPen(Qt::NoPen);
        painter->drawPolygon(QPolygonF({mid + QPointF(-8, 0), mid + QPointF(-3, -5), mid + QPointF(-3, 5)}));
        painter->drawPolygon(QPolygonF({mid + QPointF(8, 0), mid + QPointF(3, -5), mid + QPointF(3, 5)}));
    }

    const QRect region = m_selecting ? m_pendingRegion : m_region;
    if (!region.isEmpty()) {
        const QRectF onScreen = mapFromScene(QRectF(region)).boundingRect();
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(Qt::black, 3));
        painter->drawRect(onScreen);
        painter->setPen(QPen(QColor(255, 220, 0), 1.5, Qt::DashLine));
        painter->drawRect(onScreen);
    }

    auto badge = [this, painter](const QString &text, bool right) {
        if (text.isEmpty())
            return;
        QFont font = painter->font();
        font.setBold(true);
        painter->setFont(font);
        const QFontMetrics metrics(font);
        const QSize size(metrics.horizontalAdvance(text) + 16, metrics.height() + 8);
        const int x = right ? viewport()->width() - size.width() - 8 : 8;
        const QRect box(QPoint(x, 8), size);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0, 0, 0, 170));
        painter->drawRoundedRect(box, 4, 4);
        painter->setPen(Qt::white);
        painter->drawText(box, Qt::AlignCenter, text);
    };
    badge(m_leftBadge, false);
    badge(m_rightBadge, true);
    painter->restore();
}

void ImageView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0 || !m_item) {
        event->ignore();
        return;
    }
    const QPoint at = event->position().toPoint();
    const QPointF scenePoint = mapToScene(at);
    m_fit = false;
    applyZoom(zoom() * std::pow(kStep, steps), &scenePoint, &at);
    announce();
    event->accept();
}

void ImageView::resizeEvent(QResizeEvent *event)
{
    // Keep the image point at the centre where it was (a view shown again
    // after a compare-mode switch lands on the locked centre this way).
    const QPointF kept = m_keptCenter;
    m_applying = true;
    QGraphicsView::resizeEvent(event);
    if (m_item) {
        if (m_fit) {
            applyZoom(fitZoom());
            centerOn(m_item);
        } else {
            centerOn(kept);
        }
    }
    m_keptCenter = m_fit ? center() : kept;
    m_applying = false;
}

void ImageView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    announce();
}

void ImageView::announce()
{
    if (m_applying)
        return;
    m_keptCenter = center();
    emit viewChanged(zoom(), center(), m_fit);
}

void ImageView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ImageView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ImageView::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        emit fileDropped(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}
