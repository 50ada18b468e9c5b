#pragma once

#include "image/Image.h"

#include <QWidget>

class QTableWidget;
class QLabel;

namespace iqa {
class ModelWorker;
struct ModelScore;
}

// Every model's score for the current pair, with its direction and range
// next to the number (users confuse these constantly) and the provenance in
// the tooltip. Scores come from the model worker (DESIGN.md section 4); a
// newer pair supersedes the one being scored.
class ScorePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScorePanel(iqa::ModelWorker *worker, QWidget *parent = nullptr);

    void setPair(const iqa::Image &reference, const iqa::Image &distorted);
    void clear(const QString &reason);
    bool isBusy() const;
    void retranslate();

    struct Row { QString id; QString name; double value = 0; QString error; QString direction; QString range; QString provenance; };
    QVector<Row> rows() const { return m_rows; }

signals:
    void scoresReady();

private:
    void scored(quint64 id, const QVector<iqa::ModelScore> &scores);
    void failed(quint64 id, const QString &message);
    void showRows();

    iqa::ModelWorker *m_worker;
    QLabel *m_status;
    QTableWidget *m_table;
    QVector<Row> m_rows;
    quint64 m_request = 0;  // the pair request whose result is awaited; 0 = none
    bool m_busy = false;    // scores requested and not yet shown
};
