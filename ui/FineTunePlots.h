#pragma once

#include "jobs/TrainingWorker.h"

#include <QTimer>
#include <QWidget>

class QCustomPlot;
class QCPTextElement;

// "SRCC 0.812  PLCC 0.790  KRCC 0.640  RMSE 0.110 (n = 24)"; "n/a" for
// undefined values. Two lines (SRCC and PLCC first) for narrow plot titles.
QString agreementText(const iqa::FineTuneAgreement &agreement, bool twoLines = false);

// The MOS axis of the before/after plots: normalised or as given, flipped or not.
QString mosAxisLabel(const iqa::FineTuneOutcome &outcome);
// How the held-out predictions were made, for the user.
QString validationText(const iqa::FineTuneOutcome &outcome);

// The live chart of a fine-tuning run: training loss (left axis) and
// validation SRCC and PLCC (right axis) per epoch. Epochs only mark the chart
// dirty; a single-shot timer redraws it (PlotJuggler's coalesced replot), so
// a burst of fast epochs costs one redraw. In a k-fold run every fold keeps
// its validation SRCC curve (one colour each) so the folds can be compared;
// the loss curve is the current stage's (a fold, or the final fit on all
// labels, which has no validation).
class TrainingCurves : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingCurves(QWidget *parent = nullptr);

    void clear();
    void addEpoch(const iqa::FineTuneEpoch &epoch);
    // The title while there is no epoch (e.g. why a model has none).
    void setIdleNote(const QString &note);
    int epochCount() const { return m_epochs.size(); }  // every epoch of the run, all folds
    QCustomPlot *plot() const { return m_plot; }
    void retranslate();

    static constexpr int kReplotDelayMs = 40;

private:
    void scheduleReplot();
    void redraw();

    QCustomPlot *m_plot;
    QCPTextElement *m_title;
    QVector<iqa::FineTuneEpoch> m_epochs;
    QString m_idleNote;
    QTimer m_replot;
};

// Before and after, side by side: each held-out item's model score against
// its label, with SRCC/PLCC/KRCC/RMSE in the title and points coloured by
// distortion type when the labels name types.
class BeforeAfterPlots : public QWidget
{
    Q_OBJECT
public:
    explicit BeforeAfterPlots(QWidget *parent = nullptr);

    void clear();
    void setOutcome(const iqa::FineTuneOutcome &outcome);
    QCustomPlot *beforePlot() const { return m_before; }
    QCustomPlot *afterPlot() const { return m_after; }
    // Points drawn in each chart (for tests).
    int pointCount(const QCustomPlot *plot) const;
    void retranslate();

private:
    void draw(QCustomPlot *plot, QCPTextElement *title, bool after);

    QCustomPlot *m_before;
    QCustomPlot *m_after;
    QCPTextElement *m_beforeTitle;
    QCPTextElement *m_afterTitle;
    std::optional<iqa::FineTuneOutcome> m_outcome;
};
