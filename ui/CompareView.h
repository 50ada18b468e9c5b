#pragma once

#include "DifferenceMap.h"
#include "image/ColorMaps.h"
#include "image/Image.h"
#include "jobs/ModelWorker.h"

#include <QFutureWatcher>
#include <QPixmap>
#include <QWidget>

class ColorBar;
class HeatmapControls;
class HeatmapOverlay;
class ImagePane;
class ImageView;
class QComboBox;
class QLabel;
class QStackedWidget;
class SideBySideView;

// The central comparison area and its four modes: side by side, swipe
// (reference left of a draggable split, distorted right), flicker (one image
// at a time, Space switches) and the absolute difference through a colour
// map with a colour bar. Zoom and centre are locked across every view and
// mode. The difference map is computed off the GUI thread once per pair and
// kept until the pair changes; recolouring reuses it. VAE-QA heatmaps or
// Cross-IQA's maps are overlaid on the distorted image wherever it is shown (side by side, the
// right of the swipe line, flicker), with their controls below the views.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { SideBySide, Swipe, Flicker, Difference };

    explicit CompareView(QWidget *parent = nullptr);

    // "side", "swipe", "flicker", "diff" (command line and tests).
    static QString modeId(Mode mode);
    static bool parseMode(const QString &id, Mode *mode);

    SideBySideView *sideBySide() const { return m_sideBySide; }
    ImagePane *singlePane() const { return m_singlePane; }  // swipe, flicker and difference
    ImageView *singleView() const;
    ColorBar *colorBar() const { return m_colorBar; }
    HeatmapOverlay *heatmapOverlay() const { return m_heatmap; }
    HeatmapControls *heatmapControls() const { return m_heatmapControls; }
    QList<ImageView *> views() const;
    ImageView *currentView() const;  // the view that leads zoom actions in this mode

    Mode mode() const { return m_mode; }
    // The pair to compare; the panes of sideBySide() must already show it
    // (their pixmaps are reused, not converted again).
    void setPair(const iqa::Image &reference, const iqa::Image &distorted);
    // The current pair's heatmaps, or none and why (`status`, also "computing").
    void setHeatmaps(const std::optional<iqa::PairHeatmaps> &heatmaps, const QString &status);
    // Cross-IQA's maps of the distorted image, or none and why.
    void setCrossIqaHeatmaps(const std::optional<iqa::CrossIqaImageHeatmaps> &heatmaps, const QString &status);

    bool flickerShowsReference() const { return m_flickerReference; }
    double splitPosition() const;  // image column of the swipe line

    iqa::ColorMap colorMap() const { return m_colorMap; }
    DifferenceRange differenceRange() const { return m_range; }
    double differenceRangeMax() const;
    // The coloured difference image shown (null until computed).
    QImage differenceImage() const { return m_differenceImage; }
    bool isBusy() const;

    void retranslate();

public slots:
    void setMode(CompareView::Mode mode);
    void toggleFlicker();
    void setColorMap(iqa::ColorMap map);
    void setDifferenceRange(DifferenceRange range);
    void clearRegion();
    void fitToWindow();
    void zoomOneToOne();
    void zoomIn();
    void zoomOut();

signals:
    void modeChanged(CompareView::Mode mode);
    void referenceDropped(const QString &path);
    void distortedDropped(const QString &path);
    void pointerMoved(const QPoint &pixel);
    void pointerLeft();
    void regionSelected(const QRect &region);
    void differenceReady();

private:
    struct DifferenceJob
    {
        int generation = 0;
        DifferenceMap map;
        iqa::ColorMap colorMap = iqa::ColorMap::Magma;
        DifferenceRange range = DifferenceRange::Auto;
        QImage image;
    };

    void lockView(ImageView *view);
    void applyLockedView();
    void updateSingleView();
    void applyHeatLayer();
    void updateDifferenceControls();
    void requestDifference();
    void differenceFinished();
    void readSettings();
    QString rangeText() const;

    QStackedWidget *m_stack;
    SideBySideView *m_sideBySide;
    QWidget *m_singlePage;
    ImagePane *m_singlePane;
    QWidget *m_differenceBar;
    ColorBar *m_colorBar;
    QLabel *m_colorMapLabel;
    QComboBox *m_colorMapBox;
    QLabel *m_rangeLabel;
    QComboBox *m_rangeBox;
    HeatmapOverlay *m_heatmap;
    HeatmapControls *m_heatmapControls;

    Mode m_mode = Mode::SideBySide;
    iqa::Image m_reference;
    iqa::Image m_distorted;
    QPixmap m_referencePixmap;
    QPixmap m_distortedPixmap;
    bool m_flickerReference = true;
    double m_splitFraction = 0.5;  // of the image width, so a new pair keeps the line where it was

    // The locked view: every view follows the last one the user moved.
    double m_zoom = 1.0;
    QPointF m_center;
    bool m_fit = true;

    iqa::ColorMap m_colorMap = iqa::ColorMap::Magma;
    DifferenceRange m_range = DifferenceRange::Auto;
    int m_generation = 0;          // bumped for every new pair
    DifferenceMap m_difference;    // for m_differenceGeneration
    int m_differenceGeneration = -1;
    QImage m_differenceImage;      // coloured as m_shownColorMap / m_shownRange
    QPixmap m_differencePixmap;
    iqa::ColorMap m_shownColorMap = iqa::ColorMap::Magma;
    DifferenceRange m_shownRange = DifferenceRange::Auto;
    int m_shownGeneration = -1;
    QFutureWatcher<DifferenceJob> m_differenceWatcher;
    bool m_differenceRunning = false;
};
