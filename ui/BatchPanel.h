#pragma once

#include "common/Expected.h"
#include "jobs/BatchScoring.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace iqa {
class ModelWorker;
struct BatchProgress;
}

// Scores a label file or a folder on the model worker (never on the GUI
// thread): a progress bar with ETA and Cancel, a table with a row per image
// (bad rows listed with their reason), exports to CSV and JSON, and, when the
// source has labels, predictions against MOS with the fitted logistic curve
// and SRCC/PLCC in the legend.
class BatchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BatchPanel(iqa::ModelWorker *worker, QWidget *parent = nullptr);

    // The window's current reference: what folder images are scored against.
    void setReferencePath(const QString &path);

    void startLabels(const QString &csvPath);
    void startFolder(const QString &folder);
    void cancel();
    bool isRunning() const { return m_batch != 0; }

    const iqa::BatchResult &result() const { return m_result; }
    QString statusText() const;
    QTableWidget *table() const { return m_table; }
    QCustomPlot *plot() const { return m_plot; }
    // Which model the scatter plot shows (by id); false if it has no such model.
    bool showPlotFor(const QString &modelId);

    iqa::Status exportCsv(const QString &path) const;
    iqa::Status exportJson(const QString &path) const;

    void retranslate();

public slots:
    void browseLabels();
    void browseFolder();

signals:
    // The batch ended: completed, cancelled or failed.
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Column { LineColumn, ImageColumn, ReferenceColumn, MosColumn, FirstModelColumn };

    void start();
    void started(quint64 id, const QVector<iqa::ModelCard> &models, int total);
    void progressed(quint64 id, const iqa::BatchProgress &progress);
    void completed(quint64 id, const iqa::BatchResult &result);
    void failed(quint64 id, const QString &message);
    void appendRows(const QVector<iqa::BatchRow> &rows);
    void setHeaders();
    void fitColumns();
    void updateButtons();
    void updatePlot();
    void exportDialog(bool json);
    QString summaryText() const;

    iqa::ModelWorker *m_worker;
    QComboBox *m_sourceKind;
    QLineEdit *m_path;
    QToolButton *m_browse;
    QCheckBox *m_lowerIsBetter;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QTableWidget *m_table;
    QLabel *m_plotModelLabel;
    QComboBox *m_plotModel;
    QCustomPlot *m_plot;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    QLabel *m_status;

    QString m_referencePath;
    quint64 m_batch = 0;          // running batch id; 0 = none
    bool m_cancelRequested = false;
    QString m_failure;            // why the last batch could not run
    QVector<iqa::ModelCard> m_models;
    iqa::BatchResult m_result;    // rows arrive while it runs; the rest when it ends
    bool m_hasResult = false;     // a batch has finished (or been cancelled)
};
