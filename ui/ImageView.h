#pragma once

#include <QGraphicsView>
#include <QImage>

class QGraphicsPixmapItem;

// One zoomable, pannable image. Several views stay locked together through
// viewChanged/setView (SideBySideView), the feature users ask most of
// comparison viewers. Zoom is in screen pixels per image pixel.
class ImageView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit ImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    void clearImage();
    bool hasImage() const;
    QSize imageSize() const;

    double zoom() const;
    QPointF center() const;            // image coordinates at the viewport centre
    bool isFitToWindow() const { return m_fit; }

    // Applies a view without emitting viewChanged (used by the lock).
    void setView(double zoom, const QPointF &center, bool fit);

public slots:
    void fitToWindow();
    void zoomOneToOne();
    void zoomIn();
    void zoomOut();

signals:
    void viewChanged(double zoom, const QPointF &center, bool fit);
    void fileDropped(const QString &path);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void applyZoom(double zoom, const QPointF *anchorScene = nullptr, const QPoint *anchorViewport = nullptr);
    double fitZoom() const;
    void announce();

    QGraphicsPixmapItem *m_item = nullptr;
    bool m_fit = true;
    bool m_applying = false;  // no signals while applying a view from outside
};
