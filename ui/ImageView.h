#pragma once

#include <QGraphicsView>
#include <QImage>
#include <QPixmap>

class QGraphicsPixmapItem;
class QGraphicsRectItem;

// One zoomable, pannable image. Several views stay locked together through
// viewChanged/setView (SideBySideView, CompareView), the feature users ask
// most of comparison viewers. Zoom is in screen pixels per image pixel.
//
// Besides panning (drag) and zooming (wheel) it offers what the compare
// modes need: a second image shown right of a draggable vertical split
// (swipe), text badges in the corners, a region picked with Shift+drag and
// the image point under the cursor.
class ImageView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit ImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    void setPixmap(const QPixmap &pixmap);
    void clearImage();
    bool hasImage() const;
    QSize imageSize() const;
    QPixmap pixmap() const;

    double zoom() const;
    QPointF center() const;            // image coordinates at the viewport centre
    bool isFitToWindow() const { return m_fit; }

    // Applies a view without emitting viewChanged (used by the lock).
    void setView(double zoom, const QPointF &center, bool fit);

    // Swipe: `overlay` is drawn right of the split at image column
    // `splitX`; a null pixmap turns the split off.
    void setOverlay(const QPixmap &overlay);
    bool hasOverlay() const { return m_overlay != nullptr; }
    void setSplitPosition(double splitX);
    double splitPosition() const { return m_splitX; }
    QPoint splitLineInViewport() const;  // a point on the split line (viewport coordinates)

    // A colour layer (a heatmap, image-sized) drawn at `opacity` over the
    // image, or over the swipe overlay and clipped with it; a null pixmap
    // removes it. Opacity is applied when drawing, so changing it is cheap.
    void setHeatLayer(const QPixmap &layer, double opacity, bool overSwipeOverlay = false);
    bool hasHeatLayer() const { return m_heatLayer != nullptr; }
    double heatLayerOpacity() const;

    // Labels painted over the top corners of the view (not part of the image).
    void setBadges(const QString &left, const QString &right = QString());
    QString leftBadge() const { return m_leftBadge; }
    QString rightBadge() const { return m_rightBadge; }

    // The outlined region, in image pixels; empty for none.
    void setRegion(const QRect &region);
    QRect region() const { return m_region; }

public slots:
    void fitToWindow();
    void zoomOneToOne();
    void zoomIn();
    void zoomOut();

signals:
    void viewChanged(double zoom, const QPointF &center, bool fit);
    void fileDropped(const QString &path);
    void splitMoved(double splitX);
    // Image coordinates under the cursor (may lie outside the image).
    void pointerMoved(const QPointF &imagePoint);
    void pointerLeft();
    // A Shift+drag ended; `region` is clipped to the image and not empty.
    void regionSelected(const QRect &region);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void applyZoom(double zoom, const QPointF *anchorScene = nullptr, const QPoint *anchorViewport = nullptr);
    double fitZoom() const;
    void announce();
    bool nearSplit(const QPoint &viewportPoint) const;
    QRect regionBetween(const QPointF &a, const QPointF &b) const;
    void updateOverlayClip();

    QGraphicsPixmapItem *m_item = nullptr;
    QGraphicsRectItem *m_overlayClip = nullptr;  // clips the overlay to the right of the split
    QGraphicsPixmapItem *m_overlay = nullptr;
    QGraphicsPixmapItem *m_heatLayer = nullptr;  // a child of m_item or m_overlay
    double m_splitX = 0;
    QString m_leftBadge;
    QString m_rightBadge;
    QRect m_region;
    QPointF m_regionStart;
    QRect m_pendingRegion;
    bool m_draggingSplit = false;
    bool m_selecting = false;
    bool m_fit = true;
    bool m_applying = false;  // no signals while applying a view from outside
    QPointF m_keptCenter;     // image point kept at the centre across resizes
};
