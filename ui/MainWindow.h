#pragma once

#include "ResultCache.h"
#include "image/Image.h"

#include <QFutureWatcher>
#include <QMainWindow>

class BatchPanel;
class CandidateScorer;
class FineTuneWindow;
class CompareView;
class CrossIqaHeatmapSource;
class HeatmapSource;
class ImageListPanel;
class PixelInspector;
class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;
class ScorePanel;
class ScorePlots;
class SideBySideView;

namespace iqa {
class ModelWorker;
}

// The comparison window: reference and distorted image in one of four
// compare modes (CompareView), a score panel and a pixel inspector. Images
// load off the GUI thread; scores follow each new pair. One model worker
// (DESIGN.md section 4) serves the score panel and the batch panel.
// The image list decides the pair (one reference, several candidates);
// scores and heatmaps of pairs seen before come from the result cache, and
// the candidates are scored in the background for the plots.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    enum class Role { Reference, Distorted };

    // True while an image is loading or scores are being computed (a batch included).
    bool isBusy() const;
    SideBySideView *comparison() const { return m_comparison; }
    CompareView *compareView() const { return m_compare; }
    ScorePanel *scorePanel() const { return m_scores; }
    PixelInspector *inspector() const { return m_inspector; }
    BatchPanel *batchPanel() const { return m_batch; }
    iqa::ModelWorker *modelWorker() const { return m_worker; }
    ImageListPanel *imageList() const { return m_images; }
    ScorePlots *plots() const { return m_plots; }
    FineTuneWindow *fineTuneWindow() const { return m_fineTuneWindow; }
    ResultCache *resultCache() const { return m_cache; }
    HeatmapSource *heatmapSource() const { return m_heatmaps; }
    CrossIqaHeatmapSource *crossIqaHeatmapSource() const { return m_crossIqaHeatmaps; }
    CandidateScorer *candidateScorer() const { return m_candidates; }
    // Shows the batch panel (it starts hidden).
    void showBatchPanel();
    QDockWidget *inspectorDock() const { return m_inspectorDock; }

    // Bumped when the docks or toolbars change, so that a saved arrangement
    // of another layout is not restored.
    static constexpr int kLayoutVersion = 1;

public slots:
    // Adds the image to the list in that role (a distorted one becomes the
    // current candidate); the file shown already is read again.
    void openImage(MainWindow::Role role, const QString &path);
    // Adds distorted candidates; the first becomes current.
    void openCandidates(const QStringList &paths);
    void openReferenceDialog();
    void openDistortedDialog();
    void showSettings();
    // The fine-tuning window (created on first use; a run goes on while it is hidden).
    void showFineTuning();
    void showShortcuts();
    void showAbout();

signals:
    // Emitted when nothing is loading or scoring any more.
    void idle();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct LoadResult { QString path; FileStamp stamp; iqa::Image image; QString error; };

    void createActions();
    void createMenus();
    void retranslate();
    void updateRecentMenu();
    void updateDeviceLabel();
    void applyModelSettings();
    void loadImage(Role role, const QString &path);
    void clearImage(Role role);
    QString &requestedPath(Role role);
    void showListPair(const QString &reference, const QString &candidate);
    void imageLoaded(Role role, const LoadResult &result);
    void pairChanged();
    void heatmapsChanged();
    void crossIqaHeatmapsChanged();
    void heatmapSelectionChanged();
    void listChanged();
    void updateCandidatePlot();
    void fileChangedOnDisk(const QString &path);
    void updatePlaceholders();
    void checkIdle();
    QStringList openDialog(const QString &title, bool several);

    iqa::ModelWorker *m_worker;  // first: the panels below use it
    ResultCache *m_cache;        // before the panels that read it
    CompareView *m_compare;
    SideBySideView *m_comparison;  // the side-by-side page of m_compare
    ScorePanel *m_scores;
    QDockWidget *m_scoreDock;
    PixelInspector *m_inspector;
    QDockWidget *m_inspectorDock;
    BatchPanel *m_batch;
    QDockWidget *m_batchDock;
    HeatmapSource *m_heatmaps;
    CrossIqaHeatmapSource *m_crossIqaHeatmaps;
    CandidateScorer *m_candidates;
    ImageListPanel *m_images;
    QDockWidget *m_imagesDock;
    ScorePlots *m_plots;
    QDockWidget *m_plotsDock;
    QLabel *m_deviceLabel;
    FineTuneWindow *m_fineTuneWindow = nullptr;
    iqa::Image m_reference;
    iqa::Image m_distorted;
    QString m_referencePath;  // the file asked for in each role (loading or shown); empty: none
    QString m_distortedPath;
    FileStamp m_referenceStamp;  // the files as they were read, for the result cache
    FileStamp m_distortedStamp;
    iqa::ModelOptions m_modelOptions;  // as last given to the worker
    bool m_modelOptionsApplied = false;
    int m_cpuThreads = -1;
    bool m_referencePending = false;  // a load was started and its result not yet shown
    bool m_distortedPending = false;
    QString m_referenceError;  // why the last load of each role failed
    QString m_distortedError;
    QFutureWatcher<LoadResult> m_referenceLoad;
    QFutureWatcher<LoadResult> m_distortedLoad;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openReference = nullptr;
    QAction *m_openDistorted = nullptr;
    QAction *m_clearRecent = nullptr;
    QAction *m_scoreLabels = nullptr;
    QAction *m_scoreFolder = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_oneToOne = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QActionGroup *m_modeGroup = nullptr;
    QAction *m_sideBySideMode = nullptr;
    QAction *m_swipeMode = nullptr;
    QAction *m_flickerMode = nullptr;
    QAction *m_differenceMode = nullptr;
    QAction *m_toggleFlicker = nullptr;
    QAction *m_clearRegion = nullptr;
    QToolBar *m_compareToolBar = nullptr;
    QAction *m_fineTune = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
};
