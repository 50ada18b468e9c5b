#pragma once

#include "image/Image.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class ScorePanel;
class SideBySideView;

// The comparison window: reference and distorted image side by side with a
// score panel. Images load off the GUI thread; scores follow each new pair.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    enum class Role { Reference, Distorted };

    // True while an image is loading or scores are being computed.
    bool isBusy() const;
    SideBySideView *comparison() const { return m_comparison; }
    ScorePanel *scorePanel() const { return m_scores; }

public slots:
    void openImage(MainWindow::Role role, const QString &path);
    void openReferenceDialog();
    void openDistortedDialog();
    void showSettings();
    void showShortcuts();
    void showAbout();

signals:
    // Emitted when nothing is loading or scoring any more.
    void idle();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct LoadResult { QString path; iqa::Image image; QString error; };

    void createActions();
    void createMenus();
    void retranslate();
    void updateRecentMenu();
    void updateDeviceLabel();
    void imageLoaded(Role role, const LoadResult &result);
    void pairChanged();
    void checkIdle();
    QString openDialog(const QString &title);

    SideBySideView *m_comparison;
    ScorePanel *m_scores;
    QDockWidget *m_scoreDock;
    QLabel *m_deviceLabel;
    iqa::Image m_reference;
    iqa::Image m_distorted;
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
    QAction *m_quit = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_oneToOne = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
};
