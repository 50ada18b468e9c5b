#pragma once

#include "jobs/ModelWorker.h"

#include <QCache>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

// A file as it was when it was read. A file rewritten since is another file
// to the cache, so a stale entry can never be shown for it.
struct FileStamp
{
    QString path;           // absolute, or a Qt resource path (":/...")
    qint64 size = -1;
    qint64 modifiedMs = 0;  // since the epoch; 0 for resources

    static FileStamp of(const QString &path);
    bool isValid() const { return !path.isEmpty() && size >= 0; }
    QString key() const;
    // True when the file on disk is no longer the one stamped.
    bool isStale() const;
};

// The two files of an interactive pair.
struct PairKey
{
    FileStamp reference;
    FileStamp distorted;

    bool isValid() const { return reference.isValid() && distorted.isValid(); }
    QString key() const;
};

// Scores and heatmaps already computed, so that going back to a pair shows
// them at once instead of asking the model worker again (tev caches its
// error metrics the same way). An entry is keyed by what decides its value
// (DESIGN.md section 2's provenance): the files (path, size, modification
// time), the model id, the weights' SHA-256 and the crops; heatmaps by the
// files and the encoder's weights. A no-reference score and Cross-IQA's maps
// depend on one image only, so they are keyed by that file alone: the
// reference's score is found again whichever candidate it is paired with.
//
// Which weights a model uses is known only once it has scored under the
// current options: until the first result after a change of options every
// lookup misses, and that result says which weights to look for from then on.
// Entries of a file are purged when it changes on disk.
class ResultCache : public QObject
{
    Q_OBJECT
public:
    explicit ResultCache(QObject *parent = nullptr);

    // The model worker's options. The crops are part of the key; any other
    // change (models folder, device, checkpoint) may change the weights, so
    // what was learned about them is forgotten.
    void setModelOptions(const iqa::ModelOptions &options);

    // Every model's score of the pair, in the order of the last result, or
    // nothing when any one of them is missing.
    std::optional<QVector<iqa::ModelScore>> scores(const PairKey &pair) const;
    void storeScores(const PairKey &pair, const QVector<iqa::ModelScore> &scores);

    std::optional<iqa::PairHeatmaps> heatmaps(const PairKey &pair) const;
    void storeHeatmaps(const PairKey &pair, const iqa::PairHeatmaps &heatmaps);

    // Cross-IQA's maps of one image.
    std::optional<iqa::CrossIqaImageHeatmaps> crossIqaHeatmaps(const FileStamp &image) const;
    void storeCrossIqaHeatmaps(const FileStamp &image, const iqa::CrossIqaImageHeatmaps &heatmaps);

    // Forgets every entry that involves `path` (either role).
    void purgeFile(const QString &path);
    int scoreEntryCount() const { return int(m_scores.size()); }
    int heatmapEntryCount() const { return int(m_heatmaps.size()); }
    int crossIqaHeatmapEntryCount() const { return int(m_crossIqaHeatmaps.size()); }

    // Heatmaps are as large as the images (seven float maps); the cache
    // keeps the most recent ones up to this many megabytes.
    static constexpr int kHeatmapBudgetMb = 768;
    // Cross-IQA's maps: one per block, the rollout and patch quality.
    static constexpr int kCrossIqaHeatmapBudgetMb = 256;

signals:
    // `path` changed or disappeared on disk; its entries are gone already.
    void fileChanged(const QString &path);

private:
    struct KnownModel
    {
        QString id;
        QString weightsSha256;
        bool learned = false;
        iqa::ScoredImage image = iqa::ScoredImage::Pair;
    };

    QString scoreKey(const PairKey &pair, const QString &modelId, iqa::ScoredImage image, const QString &sha256,
                     int crops) const;
    QString heatmapKey(const PairKey &pair, const QString &encoderId, const QString &sha256) const;
    QString crossIqaHeatmapKey(const FileStamp &image, const QString &sha256) const;
    void remember(const PairKey &pair, const QString &key);
    void remember(const FileStamp &file, const QString &key);
    void watchedFileChanged(const QString &path);

    iqa::ModelOptions m_options;
    QHash<QString, iqa::ModelScore> m_scores;
    QCache<QString, iqa::PairHeatmaps> m_heatmaps;
    QCache<QString, iqa::CrossIqaImageHeatmaps> m_crossIqaHeatmaps;
    QVector<KnownModel> m_knownModels;  // empty until a result under m_options
    QString m_knownEncoderId;
    QString m_knownEncoderSha256;
    std::optional<QString> m_knownCrossIqaSha256;  // none until Cross-IQA maps under m_options
    QHash<QString, QSet<QString>> m_keysByPath;
    QFileSystemWatcher m_watcher;
};
