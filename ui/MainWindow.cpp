#include "MainWindow.h"

#include "AppSettings.h"
#include "BatchPanel.h"
#include "CandidateScorer.h"
#include "CompareView.h"
#include "CrossIqaHeatmapSource.h"
#include "FineTuneWindow.h"
#include "HeatmapOverlay.h"
#include "HeatmapSource.h"
#include "ImageListPanel.h"
#include "ImageConversion.h"
#include "ImagePane.h"
#include "PixelInspector.h"
#include "ScorePanel.h"
#include "ScorePlots.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "SideBySideView.h"
#include "StudyMenu.h"

#include "image/ImageLoader.h"
#include "jobs/ModelWorker.h"
#include "models/Device.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_worker(new iqa::ModelWorker(this)),
      m_cache(new ResultCache(this)),
      m_compare(new CompareView(this)),
      m_comparison(m_compare->sideBySide()),
      m_scores(new ScorePanel(m_worker, m_cache, this)),
      m_scoreDock(new QDockWidget(this)),
      m_inspector(new PixelInspector(this)),
      m_inspectorDock(new QDockWidget(this)),
      m_batch(new BatchPanel(m_worker, this)),
      m_batchDock(new QDockWidget(this)),
      m_heatmaps(new HeatmapSource(m_worker, m_cache, this)),
      m_crossIqaHeatmaps(new CrossIqaHeatmapSource(m_worker, m_cache, this)),
      m_candidates(new CandidateScorer(m_worker, m_cache, this)),
      m_images(new ImageListPanel(this)),
      m_imagesDock(new QDockWidget(this)),
      m_plots(new ScorePlots(this)),
      m_plotsDock(new QDockWidget(this)),
      m_deviceLabel(new QLabel(this))
{
    applyModelSettings();
    setCentralWidget(m_compare);
    const auto setUpDock = [this](QDockWidget *dock, const QString &name, QWidget *panel, Qt::DockWidgetArea area,
                                  bool closable) {
        dock->setObjectName(name);
        dock->setWidget(panel);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                          | (closable ? QDockWidget::DockWidgetClosable : QDockWidget::NoDockWidgetFeatures));
        addDockWidget(area, dock);
    };
    // The score and inspector column keeps the full height; the plots sit under the images.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setUpDock(m_scoreDock, QStringLiteral("scores"), m_scores, Qt::RightDockWidgetArea, false);
    setUpDock(m_inspectorDock, QStringLiteral("inspector"), m_inspector, Qt::RightDockWidgetArea, true);
    setUpDock(m_imagesDock, QStringLiteral("images"), m_images, Qt::LeftDockWidgetArea, true);
    setUpDock(m_plotsDock, QStringLiteral("plots"), m_plots, Qt::BottomDockWidgetArea, true);
    setUpDock(m_batchDock, QStringLiteral("batch"), m_batch, Qt::BottomDockWidgetArea, true);
    tabifyDockWidget(m_plotsDock, m_batchDock);
    m_batchDock->hide();
    statusBar()->addPermanentWidget(m_deviceLabel);

    createActions();
    createMenus();
    retranslate();

    connect(m_compare, &CompareView::referenceDropped, this,
            [this](const QString &path) { openImage(Role::Reference, path); });
    connect(m_compare, &CompareView::distortedDropped, this,
            [this](const QString &path) { openImage(Role::Distorted, path); });
    connect(m_compare, &CompareView::pointerMoved, m_inspector, &PixelInspector::showPixel);
    connect(m_compare, &CompareView::regionSelected, m_inspector, &PixelInspector::setRegion);
    connect(m_compare, &CompareView::differenceReady, this, &MainWindow::checkIdle);
    connect(m_compare, &CompareView::modeChanged, this, [this](CompareView::Mode mode) {
        const QList<QAction *> modes = m_modeGroup->actions();
        modes.value(int(mode))->setChecked(true);
        m_toggleFlicker->setEnabled(mode == CompareView::Mode::Flicker);
    });
    connect(m_inspector, &PixelInspector::regionReady, this, &MainWindow::checkIdle);
    connect(&m_referenceLoad, &QFutureWatcher<LoadResult>::finished, this,
            [this] { imageLoaded(Role::Reference, m_referenceLoad.result()); });
    connect(&m_distortedLoad, &QFutureWatcher<LoadResult>::finished, this,
            [this] { imageLoaded(Role::Distorted, m_distortedLoad.result()); });
    connect(m_scores, &ScorePanel::scoresReady, this, &MainWindow::checkIdle);
    connect(m_scores, &ScorePanel::scoresShown, this, [this](const PairKey &key, const QVector<iqa::ModelScore> &scores) {
        m_plots->addToHistory(QFileInfo(key.distorted.path).fileName(), scores);
        updateCandidatePlot();
    });
    connect(m_heatmaps, &HeatmapSource::changed, this, &MainWindow::heatmapsChanged);
    connect(m_crossIqaHeatmaps, &CrossIqaHeatmapSource::changed, this, &MainWindow::crossIqaHeatmapsChanged);
    HeatmapOverlay *overlay = m_compare->heatmapOverlay();
    connect(overlay, &HeatmapOverlay::changed, this, &MainWindow::checkIdle);
    connect(overlay, &HeatmapOverlay::selectionChanged, this, &MainWindow::heatmapSelectionChanged);
    heatmapSelectionChanged();
    connect(m_images, &ImageListPanel::currentPairChanged, this, &MainWindow::showListPair);
    connect(m_images, &ImageListPanel::imagesChanged, this, &MainWindow::listChanged);
    connect(m_images, &ImageListPanel::thumbnailsDone, this, &MainWindow::checkIdle);
    connect(m_images, &ImageListPanel::addRequested, this, &MainWindow::openDistortedDialog);
    connect(m_candidates, &CandidateScorer::candidateFinished, this, &MainWindow::updateCandidatePlot);
    connect(m_plots, &ScorePlots::replotted, this, &MainWindow::checkIdle);
    connect(m_cache, &ResultCache::fileChanged, this, &MainWindow::fileChangedOnDisk);
    connect(m_batch, &BatchPanel::finished, this, &MainWindow::checkIdle);
    connect(&AppSettings::instance(), &AppSettings::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(&AppSettings::instance(), &AppSettings::settingsChanged, this, &MainWindow::updateDeviceLabel);
    connect(&AppSettings::instance(), &AppSettings::settingsChanged, this, &MainWindow::applyModelSettings);

    if (!restoreGeometry(AppSettings::instance().windowGeometry()))
        resize(1280, 800);
    // Wide enough for model, score, direction and range without scrolling.
    resizeDocks({m_scoreDock}, {440}, Qt::Horizontal);
    // Room for the full-reference and no-reference scores with their provenance.
    resizeDocks({m_scoreDock, m_inspectorDock}, {340, 360}, Qt::Vertical);
    resizeDocks({m_imagesDock}, {190}, Qt::Horizontal);
    // Room for the charts' axis labels, the images keep the rest.
    resizeDocks({m_plotsDock}, {std::max(230, height() * 3 / 10)}, Qt::Vertical);
    // Then the user's own arrangement of the panels, if saved by this layout
    // version (an older layout is ignored rather than half applied).
    restoreState(AppSettings::instance().windowState(), kLayoutVersion);
}

void MainWindow::createActions()
{
    m_openReference = new QAction(this);
    m_openReference->setShortcut(QKeySequence::Open);
    connect(m_openReference, &QAction::triggered, this, &MainWindow::openReferenceDialog);
    m_openDistorted = new QAction(this);
    m_openDistorted->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openDistorted, &QAction::triggered, this, &MainWindow::openDistortedDialog);
    m_clearRecent = new QAction(this);
    connect(m_clearRecent, &QAction::triggered, this, [] { AppSettings::instance().clearRecentFiles(); });
    m_scoreLabels = new QAction(this);
    connect(m_scoreLabels, &QAction::triggered, this, [this] {
        showBatchPanel();
        m_batch->browseLabels();
    });
    m_scoreFolder = new QAction(this);
    connect(m_scoreFolder, &QAction::triggered, this, [this] {
        showBatchPanel();
        m_batch->browseFolder();
    });
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    // Zoom acts on the view of the current compare mode; the lock carries the rest.
    m_fit = new QAction(this);
    m_fit->setShortcuts({QKeySequence(Qt::Key_F), QKeySequence(Qt::CTRL | Qt::Key_0)});
    connect(m_fit, &QAction::triggered, m_compare, &CompareView::fitToWindow);
    // 1-4 and Ctrl+1-4 choose the compare mode, so actual size moved to '=' and Ctrl+Alt+0.
    m_oneToOne = new QAction(this);
    m_oneToOne->setShortcuts({QKeySequence(Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0)});
    connect(m_oneToOne, &QAction::triggered, m_compare, &CompareView::zoomOneToOne);
    m_zoomIn = new QAction(this);
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::Key_Plus)});
    connect(m_zoomIn, &QAction::triggered, m_compare, &CompareView::zoomIn);
    m_zoomOut = new QAction(this);
    m_zoomOut->setShortcuts({QKeySequence::ZoomOut, QKeySequence(Qt::Key_Minus)});
    connect(m_zoomOut, &QAction::triggered, m_compare, &CompareView::zoomOut);

    m_modeGroup = new QActionGroup(this);
    const QList<CompareView::Mode> modes = {CompareView::Mode::SideBySide, CompareView::Mode::Swipe,
                                            CompareView::Mode::Flicker, CompareView::Mode::Difference};
    const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4};
    for (int i = 0; i < modes.size(); ++i) {
        auto *action = new QAction(m_modeGroup);
        action->setCheckable(true);
        action->setShortcuts({QKeySequence(keys[i]), QKeySequence(Qt::CTRL | keys[i])});
        const CompareView::Mode mode = modes[i];
        connect(action, &QAction::triggered, m_compare, [this, mode] { m_compare->setMode(mode); });
    }
    m_sideBySideMode = m_modeGroup->actions()[0];
    m_swipeMode = m_modeGroup->actions()[1];
    m_flickerMode = m_modeGroup->actions()[2];
    m_differenceMode = m_modeGroup->actions()[3];
    m_sideBySideMode->setChecked(true);
    m_toggleFlicker = new QAction(this);
    m_toggleFlicker->setShortcut(QKeySequence(Qt::Key_Space));
    m_toggleFlicker->setEnabled(false);
    connect(m_toggleFlicker, &QAction::triggered, m_compare, &CompareView::toggleFlicker);
    m_clearRegion = new QAction(this);
    m_clearRegion->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_clearRegion, &QAction::triggered, this, [this] {
        m_compare->clearRegion();
        m_inspector->clearRegion();
    });

    m_fineTune = new QAction(this);
    connect(m_fineTune, &QAction::triggered, this, &MainWindow::showFineTuning);
    m_settings = new QAction(this);
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);
    m_shortcuts = new QAction(this);
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openReference);
    m_fileMenu->addAction(m_openDistorted);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_scoreLabels);
    m_fileMenu->addAction(m_scoreFolder);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_fit);
    m_viewMenu->addAction(m_oneToOne);
    m_viewMenu->addAction(m_zoomIn);
    m_viewMenu->addAction(m_zoomOut);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_modeGroup->actions());
    m_viewMenu->addAction(m_toggleFlicker);
    m_viewMenu->addAction(m_clearRegion);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_scoreDock->toggleViewAction());
    m_viewMenu->addAction(m_inspectorDock->toggleViewAction());
    m_viewMenu->addAction(m_batchDock->toggleViewAction());
    m_viewMenu->addAction(m_imagesDock->toggleViewAction());
    m_viewMenu->addAction(m_plotsDock->toggleViewAction());

    m_compareToolBar = addToolBar(QString());
    m_compareToolBar->setObjectName(QStringLiteral("compareModes"));
    m_compareToolBar->setMovable(false);
    m_compareToolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_compareToolBar->addActions(m_modeGroup->actions());

    menuBar()->addMenu(new StudyMenu(this)); // rating studies: the menu owns its actions and windows

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_fineTune);
    m_toolsMenu->addSeparator();
    m_toolsMenu->addAction(m_settings);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcuts);
    m_helpMenu->addAction(m_about);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("IQA Studio"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openReference->setText(tr("Open &Reference…"));
    m_openDistorted->setText(tr("Open &Distorted…"));
    m_clearRecent->setText(tr("&Clear List"));
    m_quit->setText(tr("&Quit"));
    m_scoreLabels->setText(tr("Score &Label File…"));
    m_scoreLabels->setToolTip(tr("Score every row of a label CSV and correlate with its MOS"));
    m_scoreFolder->setText(tr("Score &Folder Against Reference…"));
    m_scoreFolder->setToolTip(tr("Score every image of a folder against the current reference"));
    m_fit->setText(tr("&Fit to Window"));
    m_oneToOne->setText(tr("&Actual Size (1:1)"));
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_sideBySideMode->setText(tr("Side &by Side"));
    m_sideBySideMode->setToolTip(tr("Reference and distorted image next to each other (1)"));
    m_swipeMode->setText(tr("S&wipe"));
    m_swipeMode->setToolTip(tr("One view: reference left of a draggable line, distorted right (2)"));
    m_flickerMode->setText(tr("F&licker"));
    m_flickerMode->setToolTip(tr("One view: Space switches between reference and distorted (3)"));
    m_differenceMode->setText(tr("&Difference"));
    m_differenceMode->setToolTip(tr("Absolute difference through a colour map, with a colour bar (4)"));
    m_toggleFlicker->setText(tr("Switch Reference/Distorted (Flicker)"));
    m_clearRegion->setText(tr("Clear &Region"));
    m_compareToolBar->setWindowTitle(tr("Compare Modes"));
    m_inspectorDock->setWindowTitle(tr("Inspector"));
    m_inspectorDock->toggleViewAction()->setText(tr("Ins&pector Panel"));
    m_fineTune->setText(tr("&Fine-Tune Models…"));
    m_fineTune->setToolTip(tr("Train VAE-QA or Cross-IQA on your own labels and compare before and after"));
    m_settings->setText(tr("&Settings…"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    m_about->setText(tr("&About IQA Studio"));
    m_scoreDock->setWindowTitle(tr("Scores"));
    m_scoreDock->toggleViewAction()->setText(tr("&Scores Panel"));
    m_batchDock->setWindowTitle(tr("Batch Scoring"));
    m_batchDock->toggleViewAction()->setText(tr("&Batch Panel"));
    m_imagesDock->setWindowTitle(tr("Images"));
    m_imagesDock->toggleViewAction()->setText(tr("&Images Panel"));
    m_plotsDock->setWindowTitle(tr("Plots"));
    m_plotsDock->toggleViewAction()->setText(tr("P&lots Panel"));
    m_compare->retranslate();
    m_scores->retranslate();
    m_inspector->retranslate();
    m_images->retranslate();
    m_plots->retranslate();
    updatePlaceholders();
    updateRecentMenu();
    updateDeviceLabel();
}

void MainWindow::updatePlaceholders()
{
    // Empty panes say how to fill them (an error message stays as it is).
    if (m_reference.isNull() && m_referenceError.isEmpty())
        m_comparison->referencePane()->showPlaceholder(
            tr("Drop a reference image here or press %1.").arg(m_openReference->shortcut().toString(QKeySequence::NativeText)));
    if (m_distorted.isNull() && m_distortedError.isEmpty())
        m_comparison->distortedPane()->showPlaceholder(
            tr("Drop a distorted image here or press %1.").arg(m_openDistorted->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Quitting cancels a fine-tuning run (nothing of it is saved): ask first.
    if (m_fineTuneWindow && m_fineTuneWindow->worker()->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Fine-tuning in progress"),
            tr("A fine-tuning run is still in progress. Quitting cancels it and nothing of it is saved. Quit anyway?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    AppSettings::instance().setWindowGeometry(saveGeometry());
    AppSettings::instance().setWindowState(saveState(kLayoutVersion));
    event->accept();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::instance().recentFiles();
    for (const QString &file : files) {
        QMenu *roleMenu = m_recentMenu->addMenu(QFileInfo(file).fileName());
        roleMenu->setToolTip(file);
        roleMenu->addAction(tr("As Reference"), this, [this, file] { openImage(Role::Reference, file); });
        roleMenu->addAction(tr("As Distorted"), this, [this, file] { openImage(Role::Distorted, file); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecent);
    m_clearRecent->setEnabled(!files.isEmpty());
}

void MainWindow::applyModelSettings()
{
    const AppSettings &settings = AppSettings::instance();
    iqa::ModelOptions options;
    options.modelsFolder = settings.modelsFolder();
    options.device = settings.device();
    options.crops = settings.crops();
    for (const QString &id : {QStringLiteral("vae-qa"), QStringLiteral("cross-iqa")}) {
        const QString checkpoint = settings.activeCheckpoint(id);
        if (!checkpoint.isEmpty())
            options.checkpoints.insert(id, checkpoint);
    }
    if (settings.cpuThreads() != m_cpuThreads) {
        m_cpuThreads = settings.cpuThreads();
        m_worker->setCpuThreads(m_cpuThreads);
    }
    // settingsChanged also fires for colours and opacity: new options drop
    // the worker's loaded models, so only a real change is passed on.
    const bool first = !m_modelOptionsApplied;
    if (!first && options.modelsFolder == m_modelOptions.modelsFolder && options.device == m_modelOptions.device
        && options.checkpoints == m_modelOptions.checkpoints && options.crops == m_modelOptions.crops)
        return;
    m_modelOptionsApplied = true;
    m_modelOptions = options;
    m_worker->setModelOptions(options);
    m_cache->setModelOptions(options);
    if (first)
        return;
    // The scores shown were made with the old options.
    m_scores->refresh();
    m_heatmaps->refresh();
    m_crossIqaHeatmaps->refresh();
    m_candidates->restart();
    checkIdle();
}

void MainWindow::showBatchPanel()
{
    if (!m_batchDock->isVisible()) {
        m_batchDock->show();
        resizeDocks({m_batchDock}, {height() * 9 / 20}, Qt::Vertical);
    }
    m_batchDock->raise();
}

void MainWindow::updateDeviceLabel()
{
    const iqa::DeviceChoice device = iqa::selectDevice(AppSettings::instance().device());
    m_deviceLabel->setText(tr("Device: %1").arg(device.description));
}

QStringList MainWindow::openDialog(const QString &title, bool several)
{
    const QStringList recent = AppSettings::instance().recentFiles();
    const QString folder = recent.isEmpty() ? QString() : QFileInfo(recent.first()).absolutePath();
    const QString filter =
        tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.ppm *.pgm *.pnm);;All files (*)");
    if (several)
        return QFileDialog::getOpenFileNames(this, title, folder, filter);
    const QString path = QFileDialog::getOpenFileName(this, title, folder, filter);
    return path.isEmpty() ? QStringList() : QStringList{path};
}

void MainWindow::openReferenceDialog()
{
    const QStringList paths = openDialog(tr("Open Reference Image"), false);
    if (!paths.isEmpty())
        openImage(Role::Reference, paths.first());
}

void MainWindow::openDistortedDialog()
{
    const QStringList paths = openDialog(tr("Open Distorted Images"), true);
    if (!paths.isEmpty())
        openCandidates(paths);
}

QString &MainWindow::requestedPath(Role role)
{
    return role == Role::Reference ? m_referencePath : m_distortedPath;
}

void MainWindow::openImage(Role role, const QString &path)
{
    const QString file = ImageListPanel::normalizedPath(path);
    const bool shownAlready = requestedPath(role) == file;
    // The list decides the pair; showListPair loads what changed.
    if (role == Role::Reference)
        m_images->setReference(file);
    else
        m_images->addCandidates({file}, true);
    // Opening the file on show reads it again: it may have changed on disk.
    if (shownAlready && requestedPath(role) == file)
        loadImage(role, file);
}

void MainWindow::openCandidates(const QStringList &paths)
{
    m_images->addCandidates(paths, true);
}

void MainWindow::showListPair(const QString &reference, const QString &candidate)
{
    for (const auto &[role, path] : {std::pair{Role::Reference, reference}, std::pair{Role::Distorted, candidate}}) {
        if (path == requestedPath(role))
            continue;
        if (path.isEmpty())
            clearImage(role);
        else
            loadImage(role, path);
    }
    updateCandidatePlot();
}

void MainWindow::listChanged()
{
    m_candidates->setCandidates(m_images->referencePath(), m_images->candidatePaths());
    updateCandidatePlot();
    checkIdle();
}

void MainWindow::loadImage(Role role, const QString &path)
{
    requestedPath(role) = path;
    iqa::ImageLoader::Options options;
    options.maxPixels = AppSettings::instance().maxImagePixels();
    QFutureWatcher<LoadResult> &watcher = role == Role::Reference ? m_referenceLoad : m_distortedLoad;
    // Busy until the result has been shown, not merely computed: the
    // watcher's finished signal is queued behind the computation.
    (role == Role::Reference ? m_referencePending : m_distortedPending) = true;
    m_candidates->setPaused(true);
    statusBar()->showMessage(tr("Loading %1…").arg(QFileInfo(path).fileName()));
    // The loader is pure core code: safe to run on a pool thread.
    watcher.setFuture(QtConcurrent::run([path, options] {
        LoadResult result;
        result.path = path;
        // Stamped before reading: a file rewritten meanwhile gets a stale
        // stamp and its cache entries are never found again, not wrong.
        result.stamp = FileStamp::of(path);
        auto image = iqa::ImageLoader(options).load(path);
        if (image)
            result.image = *image;
        else
            result.error = image.error();
        return result;
    }));
}

void MainWindow::clearImage(Role role)
{
    requestedPath(role).clear();
    (role == Role::Reference ? m_referencePending : m_distortedPending) = false;
    (role == Role::Reference ? m_reference : m_distorted) = iqa::Image();
    (role == Role::Reference ? m_referenceStamp : m_distortedStamp) = FileStamp();
    (role == Role::Reference ? m_referenceError : m_distortedError).clear();
    (role == Role::Reference ? m_comparison->referencePane() : m_comparison->distortedPane())->showEmpty(QString());
    updatePlaceholders();
    pairChanged();
}

void MainWindow::imageLoaded(Role role, const LoadResult &result)
{
    if (result.path != requestedPath(role))
        return;  // the file left its role while it loaded
    (role == Role::Reference ? m_referencePending : m_distortedPending) = false;
    ImagePane *pane = role == Role::Reference ? m_comparison->referencePane() : m_comparison->distortedPane();
    iqa::Image &slot = role == Role::Reference ? m_reference : m_distorted;
    (role == Role::Reference ? m_referenceError : m_distortedError) = result.error;
    (role == Role::Reference ? m_referenceStamp : m_distortedStamp) = result.error.isEmpty() ? result.stamp : FileStamp();
    if (!result.error.isEmpty()) {
        // Keep the window usable: the message replaces this image only.
        slot = iqa::Image();
        pane->showError(result.error);
        statusBar()->showMessage(result.error);
        pairChanged();
        return;
    }
    slot = result.image;
    QString details = tr("%1 x %2, %3-bit").arg(slot.width()).arg(slot.height()).arg(slot.bitDepth);
    if (!slot.notes.isEmpty())
        details += QStringLiteral("; ") + slot.notes.join(QStringLiteral("; "));
    pane->showImage(toDisplayImage(slot), result.path, details);
    if (!result.path.startsWith(QLatin1Char(':')))
        AppSettings::instance().addRecentFile(result.path);
    if (role == Role::Reference)
        m_batch->setReferencePath(result.path);
    statusBar()->showMessage(tr("Loaded %1").arg(QFileInfo(result.path).fileName()), 3000);
    pairChanged();
}

void MainWindow::pairChanged()
{
    // The window's own pair comes first in the model worker.
    m_candidates->setPaused(true);
    const PairKey key{m_referenceStamp, m_distortedStamp};
    m_compare->setPair(m_reference, m_distorted);
    m_inspector->setPair(m_reference, m_distorted);
    if (m_reference.isNull() || m_distorted.isNull()) {
        const QString reason = tr("Open a reference and a distorted image to score them.");
        m_scores->clear(reason);
        m_heatmaps->clear(reason);
    } else if (m_reference.width() != m_distorted.width() || m_reference.height() != m_distorted.height()) {
        const QString reason = tr("The images differ in size (%1 x %2 and %3 x %4): full-reference scores need equal sizes.")
                                   .arg(m_reference.width()).arg(m_reference.height())
                                   .arg(m_distorted.width()).arg(m_distorted.height());
        // The no-reference models still judge each image alone.
        m_scores->setPair(m_reference, m_distorted, key, reason);
        m_heatmaps->clear(reason);
    } else {
        m_scores->setPair(m_reference, m_distorted, key);
        m_heatmaps->setPair(m_reference, m_distorted, key);
    }
    // Cross-IQA maps the distorted image alone, whatever the reference is;
    // asked for after the scores, which the worker then serves first.
    if (m_distorted.isNull())
        m_crossIqaHeatmaps->clear(tr("Open a distorted image to see Cross-IQA's maps of it."));
    else
        m_crossIqaHeatmaps->setImage(m_distorted, m_distortedStamp);
    updateCandidatePlot();
    checkIdle();
}

void MainWindow::heatmapsChanged()
{
    const std::optional<iqa::PairHeatmaps> &heatmaps = m_heatmaps->heatmaps();
    const QString status = heatmaps ? QString() : m_heatmaps->message();
    m_compare->setHeatmaps(heatmaps, status);
    m_plots->setLayerDistances(heatmaps);
    checkIdle();
}

void MainWindow::crossIqaHeatmapsChanged()
{
    const std::optional<iqa::CrossIqaImageHeatmaps> &heatmaps = m_crossIqaHeatmaps->heatmaps();
    m_compare->setCrossIqaHeatmaps(heatmaps, heatmaps ? QString() : m_crossIqaHeatmaps->message());
    checkIdle();
}

void MainWindow::heatmapSelectionChanged()
{
    const HeatmapOverlay *overlay = m_compare->heatmapOverlay();
    m_inspector->setHeatmap(overlay->selectedMap(), overlay->layerLabel(overlay->layer()), overlay->unitText(overlay->layer()));
    // Cross-IQA's maps are computed once one of them is chosen.
    m_crossIqaHeatmaps->setWanted(overlay->family() == HeatmapOverlay::Family::CrossIqa);
}

void MainWindow::updateCandidatePlot()
{
    const QString reference = m_images->referencePath();
    const FileStamp referenceStamp = reference.isEmpty() ? FileStamp() : FileStamp::of(reference);
    QVector<ScorePlots::Candidate> candidates;
    for (const QString &path : m_images->candidatePaths()) {
        ScorePlots::Candidate candidate;
        candidate.name = QFileInfo(path).fileName();
        candidate.current = path == m_images->currentCandidate();
        if (std::optional<QVector<iqa::ModelScore>> scores = m_cache->scores(PairKey{referenceStamp, FileStamp::of(path)}))
            candidate.scores = *scores;
        candidates << candidate;
    }
    m_plots->setCandidates(candidates);
}

void MainWindow::fileChangedOnDisk(const QString &path)
{
    // Like tev: a file that changes on disk is shown as it is now.
    m_images->refreshThumbnail(path);
    if (path == m_referencePath)
        loadImage(Role::Reference, path);
    if (path == m_distortedPath)
        loadImage(Role::Distorted, path);
    listChanged();
}

bool MainWindow::isBusy() const
{
    return m_referencePending || m_distortedPending || m_scores->isBusy() || m_compare->isBusy()
           || m_inspector->isBusy() || m_batch->isRunning() || m_heatmaps->isBusy() || m_crossIqaHeatmaps->isBusy()
           || m_candidates->isBusy()
           || m_images->isBusy() || m_plots->isReplotPending();
}

void MainWindow::checkIdle()
{
    // Candidates are scored in the background only while the window's own
    // pair and any batch are done.
    m_candidates->setPaused(m_referencePending || m_distortedPending || m_scores->isBusy() || m_heatmaps->isBusy()
                            || m_crossIqaHeatmaps->isBusy() || m_batch->isRunning());
    if (!isBusy())
        emit idle();
}
void MainWindow::showFineTuning()
{
    if (!m_fineTuneWindow)
        m_fineTuneWindow = new FineTuneWindow(this);
    m_fineTuneWindow->show();
    m_fineTuneWindow->raise();
    m_fineTuneWindow->activateWindow();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(findChildren<QAction *>(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About IQA Studio"),
                       tr("<h3>IQA Studio %1</h3>"
                          "<p>Compare images, score them with classic and learned quality models, "
                          "collect human opinion scores and fine-tune the models on them.</p>")
                           .arg(QStringLiteral(IQA_VERSION)));
}
