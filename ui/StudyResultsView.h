#pragma once

#include "common/Expected.h"
#include "studies/MosAggregator.h"
#include "studies/StudyStore.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

// The results of a study, computed by the same core as `iqa mos` and
// `iqa study export`: per stimulus MOS, standard deviation, 95% confidence
// interval and n (pairwise: the Bradley-Terry or Thurstone Case V scale,
// as the Scaling box chooses, with bootstrap intervals); the rater screening with the reason for every exclusion (gold
// accuracy, repeat consistency, ITU-R BT.500, single-vote z outliers); and
// three QCustomPlot charts: MOS with its interval, each rater's bias, votes
// over time. Exports write the same files as `iqa study export` (votes CSV,
// MOS label CSV, JSON); import merges a votes CSV as `iqa study import` does.
// Reads its own StudyStore, so it may stay open while a session rates.
class StudyResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit StudyResultsView(const QString &studyPath, QWidget *parent = nullptr);
    ~StudyResultsView() override;

    QString openError() const { return m_openError; }
    QString studyPath() const { return m_studyPath; }

    // Reads the votes again and recomputes (a coalesced call follows every
    // change of the options).
    void refresh();
    // Recompute soon: many calls in a burst (votes arriving) cost one.
    void scheduleRefresh();

    iqa::MosOptions options() const;
    // The last aggregation; empty when there are no votes or it failed.
    const std::optional<iqa::MosResult> &result() const { return m_result; }
    QString summaryText() const;

    iqa::Status exportVotes(const QString &csvPath) const;
    iqa::Status exportLabels(const QString &csvPath, int *omitted = nullptr) const;
    iqa::Status exportJson(const QString &jsonPath) const;
    // Merges the votes and refreshes; the report lists skipped rows.
    iqa::Expected<iqa::ImportReport> importVotes(const QString &csvPath);

    QTableWidget *stimulusTable() const { return m_stimuli; }
    QTableWidget *raterTable() const { return m_raters; }
    QTableWidget *excludedVoteTable() const { return m_excludedVotes; }
    QCustomPlot *mosPlot() const { return m_mosPlot; }
    QCustomPlot *biasPlot() const { return m_biasPlot; }
    QCustomPlot *timePlot() const { return m_timePlot; }
    QTabWidget *chartTabs() const { return m_charts; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The analysis options this study was last looked at with (AppSettings);
    // stored on every change, restored over the defaults when the view opens.
    void restoreAnalysis();
    void storeAnalysis() const;
    // The model of the scale on show (the last result's; else the box's).
    iqa::PairwiseScaling shownScaling() const;
    void fillStimuli();
    void fillRaters();
    void fillExcludedVotes();
    void plotMos();
    void plotBias();
    void plotVotesOverTime();
    void showStatus(const QString &text, bool problem);
    void exportDialog(int kind);
    void importDialog();

    QString m_studyPath;
    QString m_openError;
    std::unique_ptr<iqa::StudyStore> m_store;
    std::optional<iqa::MosResult> m_result;
    QString m_failure; // why there is no result
    QVector<iqa::VoteRecord> m_records;
    QTimer m_refreshTimer;
    bool m_analysisRestored = false;

    QLabel *m_summary;
    QLabel *m_screeningLabel;
    QComboBox *m_screening;
    QLabel *m_outlierLabel;
    QDoubleSpinBox *m_outlierZ;
    QLabel *m_goldMinLabel;
    QDoubleSpinBox *m_goldMin;
    QLabel *m_toleranceLabel;
    QDoubleSpinBox *m_goldTolerance;
    QLabel *m_repeatLabel;
    QDoubleSpinBox *m_repeatMax;
    QLabel *m_scalingLabel;
    QComboBox *m_scaling; // pairwise: Bradley-Terry or Thurstone Case V
    QLabel *m_bootstrapLabel;
    QSpinBox *m_bootstrap;
    QPushButton *m_refresh;
    QTabWidget *m_stimulusTabs;
    QTabWidget *m_tables; // raters and excluded votes
    QTableWidget *m_stimuli;
    QTableWidget *m_raters;
    QTableWidget *m_excludedVotes;
    QTabWidget *m_charts;
    QCustomPlot *m_mosPlot;
    QCustomPlot *m_biasPlot;
    QCustomPlot *m_timePlot;
    QLabel *m_status;
    QPushButton *m_exportVotes;
    QPushButton *m_exportLabels;
    QPushButton *m_exportJson;
    QPushButton *m_import;
};
