#pragma once

#include "models/Device.h"

#include <QObject>
#include <QSettings>
#include <QStringList>
#include <QVariantMap>

// The one place that reads and writes the GUI's settings (QSettings), with
// defaults; widgets listen to settingsChanged instead of reading QSettings.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    static AppSettings &instance();

    // "" follows the system locale; otherwise a code such as "de" or "en".
    QString language() const;
    void setLanguage(const QString &code);

    iqa::DevicePreference device() const;
    void setDevice(iqa::DevicePreference preference);

    int cpuThreads() const;  // 0 = one per core
    void setCpuThreads(int threads);

    QString modelsFolder() const;
    void setModelsFolder(const QString &folder);

    qint64 maxImagePixels() const;
    void setMaxImagePixels(qint64 pixels);

    // Colour map of the difference view: an iqa::colorMapId ("magma" by default).
    QString differenceColorMap() const;
    void setDifferenceColorMap(const QString &id);
    // "auto" (0..largest difference, the default) or "fixed" (0..255).
    QString differenceRange() const;
    void setDifferenceRange(const QString &range);

    // Deterministic test-time crops of the learned models: 1 (centre) or 5
    // (centre and corners, the default; slower, steadier).
    int crops() const;
    void setCrops(int crops);

    // The fine-tuned checkpoint a learned model ("vae-qa", "cross-iqa") scores
    // with; empty: the default. A path that no longer exists reads as empty,
    // so a deleted checkpoint falls back to the default instead of failing.
    QString activeCheckpoint(const QString &modelId) const;
    void setActiveCheckpoint(const QString &modelId, const QString &path);
    // Where the fine-tuning window saves named checkpoints and the label CSVs
    // it derives from studies (the user's application data folder).
    QString checkpointsFolder() const;

    // The heatmap overlay on the distorted image: shown or not, its opacity
    // (0..1) and colour map (an iqa::colorMapId).
    bool heatmapVisible() const;
    void setHeatmapVisible(bool visible);
    double heatmapOpacity() const;
    void setHeatmapOpacity(double opacity);
    QString heatmapColorMap() const;
    void setHeatmapColorMap(const QString &id);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void clearRecentFiles();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    // The main window's docks and toolbars (QMainWindow::saveState).
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // The study results window's analysis options (screening, thresholds,
    // scaling), per study: tolerances are on the study's own scale, so one
    // set for all studies would not fit. Empty when the study has none yet.
    QVariantMap studyAnalysis(const QString &studyPath) const;
    void setStudyAnalysis(const QString &studyPath, const QVariantMap &options);

    static constexpr int kMaxRecentFiles = 10;

signals:
    void settingsChanged();
    void languageChanged(const QString &code);
    void recentFilesChanged();

private:
    AppSettings();
    // An iqa::colorMapId stored under `key`; "magma" when unset or unknown.
    QString colorMapSetting(const char *key) const;
    void setColorMapSetting(const char *key, const QString &id);

    QSettings m_settings;
};
