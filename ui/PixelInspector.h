#pragma once

#include "RegionStatistics.h"
#include "image/Image.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QTableWidget;

// The values under the cursor and the statistics of a region picked with
// Shift+drag, for the current pair, and the value of the heatmap layer
// chosen for the overlay under the cursor. Pixel values are shown as stored (0-255
// or 0-65535) and as 0..1; differences and region statistics on the 0..255
// scale of the classic metrics. Region statistics are computed off the GUI
// thread (a region may be the whole image).
class PixelInspector : public QWidget
{
    Q_OBJECT
public:
    explicit PixelInspector(QWidget *parent = nullptr);

    void setPair(const iqa::Image &reference, const iqa::Image &distorted);
    // The heatmap whose value is shown (CV_32FC1, image size; empty: none),
    // what it is ("Layer 2: encoder.7, stride 4") and what its values mean
    // ("cosine distance, 0 = same features").
    void setHeatmap(const cv::Mat &map, const QString &label, const QString &unit);
    void retranslate();
    bool isBusy() const { return m_busy; }

    QPoint pixel() const { return m_pixel; }  // (-1, -1) when none
    // The statistics shown (error set when there is no region).
    RegionStatistics regionStatistics() const { return m_stats; }

    QTableWidget *pixelTable() const { return m_pixelTable; }
    QTableWidget *regionTable() const { return m_regionTable; }
    QString positionText() const;
    QString heatmapText() const;
    QString regionSummaryText() const;

public slots:
    void showPixel(const QPoint &pixel);
    void clearPixel();
    void setRegion(const QRect &region);
    void clearRegion();

signals:
    void regionReady();

private:
    void updatePixel();
    void updateHeatmapValue();
    void updateRegion();
    void showStatistics(const RegionStatistics &stats);

    QLabel *m_pixelTitle;
    QLabel *m_position;
    QTableWidget *m_pixelTable;
    QLabel *m_heatmapValue;
    QLabel *m_regionTitle;
    QLabel *m_regionInfo;
    QTableWidget *m_regionTable;
    QLabel *m_regionSummary;

    iqa::Image m_reference;
    iqa::Image m_distorted;
    cv::Mat m_heatmap;
    QString m_heatmapLabel;
    QString m_heatmapUnit;
    QPoint m_pixel{-1, -1};
    QRect m_region;
    RegionStatistics m_stats;
    struct Job { int generation = 0; RegionStatistics stats; };
    QFutureWatcher<Job> m_watcher;
    int m_generation = 0;
    bool m_busy = false;
};
