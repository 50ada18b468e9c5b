#pragma once

#include "image/Image.h"

#include <QFutureWatcher>
#include <QWidget>

class QTableWidget;
class QLabel;

// Every model's score for the current pair, with its direction and range
// next to the number (users confuse these constantly) and the provenance in
// the tooltip. Scores are computed off the GUI thread.
class ScorePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScorePanel(QWidget *parent = nullptr);

    void setPair(const iqa::Image &reference, const iqa::Image &distorted);
    void clear(const QString &reason);
    bool isBusy() const;
    void retranslate();

    struct Row { QString id; QString name; double value = 0; QString error; QString direction; QString range; QString provenance; };
    QVector<Row> rows() const { return m_rows; }

signals:
    void scoresReady();

private:
    void showRows();

    QLabel *m_status;
    QTableWidget *m_table;
    QFutureWatcher<QVector<Row>> m_watcher;
    QVector<Row> m_rows;
    int m_generation = 0;
    int m_watchedGeneration = -1;
    bool m_busy = false;  // scores requested and not yet shown
};
