#include "ImageView.h"

#include <QDragEnterEvent>
#include <QGraphicsPixmapItem>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace {
constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 64.0;
constexpr double kStep = 1.25;
}

ImageView::ImageView(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::NoAnchor);
    setAlignment(Qt::AlignCenter);
    // A neutral grey surround: coloured surrounds bias how people judge images.
    setBackgroundBrush(QColor(128, 128, 128));
    setFrameShape(QFrame::NoFrame);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
}

void ImageView::setImage(const QImage &image)
{
    const bool sameSize = m_item && m_item->pixmap().size() == image.size();
    if (!m_item) {
        m_item = scene()->addPixmap(QPixmap::fromImage(image));
        // Smooth when zoomed out, crisp pixels when zoomed in (set in applyZoom).
        m_item->setShapeMode(QGraphicsPixmapItem::BoundingRectShape);
    } else {
        m_item->setPixmap(QPixmap::fromImage(image));
    }
    scene()->setSceneRect(QRectF(QPointF(0, 0), QSizeF(image.size())));
    if (!sameSize && m_fit)
        fitToWindow();
    else
        applyZoom(zoom());
}

void ImageView::clearImage()
{
    scene()->clear();
    m_item = nullptr;
    scene()->setSceneRect(QRectF());
}

bool ImageView::hasImage() const
{
    return m_item != nullptr;
}

QSize ImageView::imageSize() const
{
    return m_item ? m_item->pixmap().size() : QSize();
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
    if (m_item)
        m_item->setTransformationMode(newZoom < 1.0 ? Qt::SmoothTransformation : Qt::FastTransformation);
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
    QGraphicsView::resizeEvent(event);
    if (m_fit && m_item) {
        m_applying = true;
        applyZoom(fitZoom());
        centerOn(m_item);
        m_applying = false;
    }
}

void ImageView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    announce();
}

void ImageView::announce()
{
    if (!m_applying)
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
