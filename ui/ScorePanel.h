#pragma once

#include "ResultCache.h"
#include "image/Image.h"
#include "jobs/ModelWorker.h"

#include <QWidget>

class QTableWidget;
class QLabel;
class QProgressBar;

// Every model's score for the current pair, with its direction and range
// next to the number (users confuse these constantly) and the provenance
// (model, weights hash, crops, device) below the table and in full in the
// tooltips. Full-reference scores (the distorted image against the
// reference) and no-reference scores (each image alone, so the reference's
// own quality is visible too) are listed under headings of their own. Scores come from the result cache when the pair has been scored
// before, else from the model worker (DESIGN.md section 4); a newer pair
// supersedes the one being scored. A learned model takes seconds on a CPU,
// so the panel shows a busy bar meanwhile.
class ScorePanel : public QWidget
{
    Q_OBJECT
public:
    // `cache` may be null (no caching); it must outlive the panel.
    explicit ScorePanel(iqa::ModelWorker *worker, ResultCache *cache = nullptr, QWidget *parent = nullptr);

    // `key` names the files for the cache; an invalid key always asks the worker.
    // A non-empty `noPairReason` (why the pair cannot be scored together,
    // e.g. different sizes) asks the no-reference models only, each image
    // alone, and shows the reason above their scores.
    void setPair(const iqa::Image &reference, const iqa::Image &distorted, const PairKey &key = PairKey(),
                 const QString &noPairReason = QString());
    void clear(const QString &reason);
    // Scores the current pair again (the model options changed).
    void refresh();
    bool isBusy() const;
    void retranslate();

    struct Row
    {
        QString id;
        QString name;
        double value = 0;
        QString error;
        QString direction;
        QString range;
        QString provenance;     // everything, for the tooltip
        QString weightsSha256;  // empty for classic metrics
        int crops = 0;
        QString device;
        bool learned = false;
        iqa::ScoredImage image = iqa::ScoredImage::Pair;  // a no-reference score names its image
        int tiles = 0;     // Cross-IQA's tiles (0: not tiled)
        int tileSize = 0;
        bool noReference() const { return image != iqa::ScoredImage::Pair; }
    };
    QVector<Row> rows() const { return m_rows; }
    QString provenanceText() const;
    QString statusText() const;
    // The text of the table's model column in each table row, headings included.
    QStringList tableLabels() const;
    // Worker requests made so far (the cache answers the others).
    int requestCount() const { return m_requestCount; }

signals:
    void scoresReady();
    // Scores are shown for the pair `key` (fresh or from the cache).
    void scoresShown(const PairKey &key, const QVector<iqa::ModelScore> &scores);

private:
    void scored(quint64 id, const QVector<iqa::ModelScore> &scores);
    void failed(quint64 id, const QString &message);
    void showScores(const QVector<iqa::ModelScore> &scores);
    void showRows();
    void addHeading(const QString &text, const QString &toolTip);
    void addRow(const Row &row);
    QString rowName(const Row &row) const;
    void setBusy(bool busy);

    iqa::ModelWorker *m_worker;
    ResultCache *m_cache;
    QLabel *m_status;
    QProgressBar *m_busyBar;
    QTableWidget *m_table;
    QLabel *m_provenance;
    QVector<Row> m_rows;
    iqa::Image m_reference;
    iqa::Image m_distorted;
    PairKey m_key;
    QString m_noPairReason;  // set: only the no-reference models score (see setPair)
    int m_requestCount = 0;
    quint64 m_request = 0;  // the pair request whose result is awaited; 0 = none
    bool m_busy = false;    // scores requested and not yet shown
};
