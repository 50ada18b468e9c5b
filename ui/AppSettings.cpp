#include "AppSettings.h"

#include "image/ColorMaps.h"
#include "image/ImageLoader.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QStandardPaths>

namespace {
const char *const kLanguage = "ui/language";
const char *const kDevice = "compute/device";
const char *const kThreads = "compute/cpuThreads";
const char *const kModels = "models/folder";
const char *const kMaxPixels = "images/maxPixels";
const char *const kColorMap = "compare/colorMap";
const char *const kDifferenceRange = "compare/differenceRange";
const char *const kCrops = "models/crops";
const char *const kActiveCheckpoint = "models/activeCheckpoint/";  // + model id
const char *const kHeatmapVisible = "heatmap/visible";
const char *const kHeatmapOpacity = "heatmap/opacity";
const char *const kHeatmapColorMap = "heatmap/colorMap";
const char *const kRecent = "files/recent";
const char *const kGeometry = "ui/geometry";
const char *const kWindowState = "ui/windowState";
const char *const kStudyAnalysis = "studies/analysis/";  // + a digest of the study's canonical path

// A study's key: the digest keeps the path's slashes from becoming
// QSettings groups, and the canonical path lets two spellings share options.
QString studyKey(const QString &studyPath)
{
    const QFileInfo info(studyPath);
    const QString path = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    return QLatin1String(kStudyAnalysis)
        + QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
}
}

AppSettings &AppSettings::instance()
{
    static AppSettings settings;
    return settings;
}

AppSettings::AppSettings() : m_settings(QStringLiteral("iqa-studio"), QStringLiteral("iqa-studio")) {}

QString AppSettings::language() const
{
    return m_settings.value(kLanguage, QString()).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code == language())
        return;
    m_settings.setValue(kLanguage, code);
    emit languageChanged(code);
    emit settingsChanged();
}

iqa::DevicePreference AppSettings::device() const
{
    iqa::DevicePreference preference = iqa::DevicePreference::Auto;
    iqa::parseDevicePreference(m_settings.value(kDevice, QStringLiteral("auto")).toString(), &preference);
    return preference;
}

void AppSettings::setDevice(iqa::DevicePreference preference)
{
    m_settings.setValue(kDevice, iqa::devicePreferenceName(preference));
    emit settingsChanged();
}

int AppSettings::cpuThreads() const
{
    return qMax(0, m_settings.value(kThreads, 0).toInt());
}

void AppSettings::setCpuThreads(int threads)
{
    m_settings.setValue(kThreads, qMax(0, threads));
    emit settingsChanged();
}

QString AppSettings::modelsFolder() const
{
    return m_settings.value(kModels, QString()).toString();
}

void AppSettings::setModelsFolder(const QString &folder)
{
    m_settings.setValue(kModels, folder);
    emit settingsChanged();
}

qint64 AppSettings::maxImagePixels() const
{
    const qint64 fallback = iqa::ImageLoader::Options().maxPixels;
    const qint64 value = m_settings.value(kMaxPixels, fallback).toLongLong();
    return value > 0 ? value : fallback;
}

void AppSettings::setMaxImagePixels(qint64 pixels)
{
    m_settings.setValue(kMaxPixels, pixels);
    emit settingsChanged();
}

QString AppSettings::colorMapSetting(const char *key) const
{
    const QString id = m_settings.value(key, QStringLiteral("magma")).toString();
    iqa::ColorMap map;
    return iqa::parseColorMap(id, &map) ? iqa::colorMapId(map) : QStringLiteral("magma");
}

void AppSettings::setColorMapSetting(const char *key, const QString &id)
{
    if (id == colorMapSetting(key))
        return;
    m_settings.setValue(key, id);
    emit settingsChanged();
}

QString AppSettings::differenceColorMap() const
{
    return colorMapSetting(kColorMap);
}

void AppSettings::setDifferenceColorMap(const QString &id)
{
    setColorMapSetting(kColorMap, id);
}

QString AppSettings::differenceRange() const
{
    const QString range = m_settings.value(kDifferenceRange, QStringLiteral("auto")).toString();
    return range == QLatin1String("fixed") ? range : QStringLiteral("auto");
}

void AppSettings::setDifferenceRange(const QString &range)
{
    if (range == differenceRange())
        return;
    m_settings.setValue(kDifferenceRange, range);
    emit settingsChanged();
}

int AppSettings::crops() const
{
    return m_settings.value(kCrops, 5).toInt() == 1 ? 1 : 5;
}

void AppSettings::setCrops(int crops)
{
    crops = crops == 1 ? 1 : 5;
    if (crops == this->crops())
        return;
    m_settings.setValue(kCrops, crops);
    emit settingsChanged();
}

QString AppSettings::activeCheckpoint(const QString &modelId) const
{
    const QString path = m_settings.value(QLatin1String(kActiveCheckpoint) + modelId).toString();
    return !path.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

void AppSettings::setActiveCheckpoint(const QString &modelId, const QString &path)
{
    if (path == activeCheckpoint(modelId))
        return;
    if (path.isEmpty())
        m_settings.remove(QLatin1String(kActiveCheckpoint) + modelId);
    else
        m_settings.setValue(QLatin1String(kActiveCheckpoint) + modelId, path);
    emit settingsChanged();
}

QString AppSettings::checkpointsFolder() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/checkpoints");
}

bool AppSettings::heatmapVisible() const
{
    return m_settings.value(kHeatmapVisible, false).toBool();
}

void AppSettings::setHeatmapVisible(bool visible)
{
    if (visible == heatmapVisible())
        return;
    m_settings.setValue(kHeatmapVisible, visible);
    emit settingsChanged();
}

double AppSettings::heatmapOpacity() const
{
    return qBound(0.0, m_settings.value(kHeatmapOpacity, 0.5).toDouble(), 1.0);
}

void AppSettings::setHeatmapOpacity(double opacity)
{
    opacity = qBound(0.0, opacity, 1.0);
    if (qFuzzyCompare(1.0 + opacity, 1.0 + heatmapOpacity()))
        return;
    m_settings.setValue(kHeatmapOpacity, opacity);
    emit settingsChanged();
}

QString AppSettings::heatmapColorMap() const
{
    return colorMapSetting(kHeatmapColorMap);
}

void AppSettings::setHeatmapColorMap(const QString &id)
{
    setColorMapSetting(kHeatmapColorMap, id);
}

QStringList AppSettings::recentFiles() const
{
    return m_settings.value(kRecent).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    m_settings.setValue(kRecent, files);
    emit recentFilesChanged();
}

void AppSettings::clearRecentFiles()
{
    m_settings.remove(kRecent);
    emit recentFilesChanged();
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kWindowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kWindowState, state);
}

QVariantMap AppSettings::studyAnalysis(const QString &studyPath) const
{
    return m_settings.value(studyKey(studyPath)).toMap();
}

void AppSettings::setStudyAnalysis(const QString &studyPath, const QVariantMap &options)
{
    m_settings.setValue(studyKey(studyPath), options);
}
