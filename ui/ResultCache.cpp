#include "ResultCache.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>

namespace {

// Options that can change which weights a model loads (not the crops, which
// are in the key themselves).
bool sameWeights(const iqa::ModelOptions &a, const iqa::ModelOptions &b)
{
    return a.modelsFolder == b.modelsFolder && a.device == b.device && a.checkpointPath == b.checkpointPath
        && a.checkpoints == b.checkpoints;
}

bool isResource(const QString &path)
{
    return path.startsWith(QLatin1Char(':'));
}

} // namespace

FileStamp FileStamp::of(const QString &path)
{
    FileStamp stamp;
    const QFileInfo info(path);
    stamp.path = isResource(path) ? path : info.absoluteFilePath();
    if (!info.exists() || !info.isFile())
        return stamp;
    stamp.size = info.size();
    // Resources have no modification time worth the name; they never change while the program runs.
    stamp.modifiedMs = isResource(path) ? 0 : info.lastModified().toMSecsSinceEpoch();
    return stamp;
}

QString FileStamp::key() const
{
    return path + QLatin1Char('\x1f') + QString::number(size) + QLatin1Char('\x1f') + QString::number(modifiedMs);
}

bool FileStamp::isStale() const
{
    const FileStamp now = of(path);
    return now.size != size || now.modifiedMs != modifiedMs;
}

QString PairKey::key() const
{
    return reference.key() + QLatin1Char('\x1e') + distorted.key();
}

ResultCache::ResultCache(QObject *parent) : QObject(parent)
{
    m_heatmaps.setMaxCost(kHeatmapBudgetMb);
    m_crossIqaHeatmaps.setMaxCost(kCrossIqaHeatmapBudgetMb);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ResultCache::watchedFileChanged);
}

void ResultCache::setModelOptions(const iqa::ModelOptions &options)
{
    if (!sameWeights(options, m_options)) {
        m_knownModels.clear();
        m_knownEncoderId.clear();
        m_knownEncoderSha256.clear();
        m_knownCrossIqaSha256.reset();
    }
    m_options = options;
}

QString ResultCache::scoreKey(const PairKey &pair, const QString &modelId, iqa::ScoredImage image,
                              const QString &sha256, int crops) const
{
    // A no-reference score belongs to its image's file whatever it was paired with.
    const QString files = image == iqa::ScoredImage::Pair      ? pair.key()
                          : image == iqa::ScoredImage::Reference ? QStringLiteral("image:") + pair.reference.key()
                                                                 : QStringLiteral("image:") + pair.distorted.key();
    return files + QLatin1Char('\x1e') + modelId + QLatin1Char('\x1f') + sha256 + QLatin1Char('\x1f')
           + QString::number(crops);
}

QString ResultCache::crossIqaHeatmapKey(const FileStamp &image, const QString &sha256) const
{
    return QStringLiteral("image:") + image.key() + QLatin1Char('\x1e') + QStringLiteral("cross-iqa-heatmaps:") + sha256;
}

QString ResultCache::heatmapKey(const PairKey &pair, const QString &encoderId, const QString &sha256) const
{
    return pair.key() + QLatin1Char('\x1e') + QStringLiteral("heatmaps:") + encoderId + QLatin1Char('\x1f') + sha256;
}

std::optional<QVector<iqa::ModelScore>> ResultCache::scores(const PairKey &pair) const
{
    if (!pair.isValid() || m_knownModels.isEmpty())
        return std::nullopt;
    QVector<iqa::ModelScore> found;
    for (const KnownModel &model : m_knownModels) {
        const auto entry = m_scores.constFind(
            scoreKey(pair, model.id, model.image, model.weightsSha256, model.learned ? m_options.crops : 0));
        if (entry == m_scores.constEnd())
            return std::nullopt;
        found << *entry;
        found.last().image = model.image;  // the file may have been scored in the other role
    }
    return found;
}

void ResultCache::storeScores(const PairKey &pair, const QVector<iqa::ModelScore> &scores)
{
    if (!pair.isValid() || scores.isEmpty())
        return;
    bool current = true;  // computed with the crops asked for now (not a late result of old options)
    QVector<KnownModel> models;
    for (const iqa::ModelScore &score : scores) {
        const QString key = scoreKey(pair, score.id, score.image, score.card.weightsSha256, score.crops);
        m_scores.insert(key, score);
        if (score.image == iqa::ScoredImage::Pair)
            remember(pair, key);
        else
            remember(score.image == iqa::ScoredImage::Reference ? pair.reference : pair.distorted, key);
        if (score.card.learned && score.crops != m_options.crops)
            current = false;
        models << KnownModel{score.id, score.card.weightsSha256, score.card.learned, score.image};
    }
    if (current && m_knownModels.isEmpty())
        m_knownModels = models;
}

std::optional<iqa::PairHeatmaps> ResultCache::heatmaps(const PairKey &pair) const
{
    if (!pair.isValid() || m_knownEncoderId.isEmpty())
        return std::nullopt;
    const iqa::PairHeatmaps *found = m_heatmaps.object(heatmapKey(pair, m_knownEncoderId, m_knownEncoderSha256));
    if (!found)
        return std::nullopt;
    return *found;
}

void ResultCache::storeHeatmaps(const PairKey &pair, const iqa::PairHeatmaps &heatmaps)
{
    if (!pair.isValid())
        return;
    const QString key = heatmapKey(pair, heatmaps.maps.encoderId, heatmaps.encoderWeightsSha256);
    qint64 bytes = qint64(heatmaps.maps.combined.total() * heatmaps.maps.combined.elemSize());
    for (const iqa::LayerHeatmap &layer : heatmaps.maps.layers)
        bytes += qint64(layer.map.total() * layer.map.elemSize());
    const int megabytes = int(std::max<qint64>(1, bytes >> 20));
    if (!m_heatmaps.insert(key, new iqa::PairHeatmaps(heatmaps), megabytes))
        return;  // larger than the whole budget: not kept
    remember(pair, key);
    if (m_knownEncoderId.isEmpty()) {
        m_knownEncoderId = heatmaps.maps.encoderId;
        m_knownEncoderSha256 = heatmaps.encoderWeightsSha256;
    }
}

std::optional<iqa::CrossIqaImageHeatmaps> ResultCache::crossIqaHeatmaps(const FileStamp &image) const
{
    if (!image.isValid() || !m_knownCrossIqaSha256)
        return std::nullopt;
    const iqa::CrossIqaImageHeatmaps *found = m_crossIqaHeatmaps.object(crossIqaHeatmapKey(image, *m_knownCrossIqaSha256));
    if (!found)
        return std::nullopt;
    return *found;
}

void ResultCache::storeCrossIqaHeatmaps(const FileStamp &image, const iqa::CrossIqaImageHeatmaps &heatmaps)
{
    if (!image.isValid())
        return;
    const iqa::CrossIqaHeatmaps &maps = heatmaps.maps;
    qint64 bytes = qint64(maps.rollout.map.total() * maps.rollout.map.elemSize())
                   + qint64(maps.patchQuality.map.total() * maps.patchQuality.map.elemSize());
    for (const iqa::LayerHeatmap &block : maps.attention)
        bytes += qint64(block.map.total() * block.map.elemSize());
    const int megabytes = int(std::max<qint64>(1, bytes >> 20));
    const QString key = crossIqaHeatmapKey(image, heatmaps.weightsSha256);
    if (!m_crossIqaHeatmaps.insert(key, new iqa::CrossIqaImageHeatmaps(heatmaps), megabytes))
        return;  // larger than the whole budget: not kept
    remember(image, key);
    if (!m_knownCrossIqaSha256)
        m_knownCrossIqaSha256 = heatmaps.weightsSha256;
}

void ResultCache::remember(const PairKey &pair, const QString &key)
{
    remember(pair.reference, key);
    remember(pair.distorted, key);
}

void ResultCache::remember(const FileStamp &file, const QString &key)
{
    m_keysByPath[file.path].insert(key);
    if (!isResource(file.path) && !m_watcher.files().contains(file.path))
        m_watcher.addPath(file.path);
}

void ResultCache::purgeFile(const QString &path)
{
    const QSet<QString> keys = m_keysByPath.take(path);
    for (const QString &key : keys) {
        m_scores.remove(key);
        m_heatmaps.remove(key);
        m_crossIqaHeatmaps.remove(key);
    }
}

void ResultCache::watchedFileChanged(const QString &path)
{
    purgeFile(path);
    // Editors often save by replacing the file, which ends the watch.
    if (QFileInfo::exists(path) && !m_watcher.files().contains(path))
        m_watcher.addPath(path);
    emit fileChanged(path);
}
