#pragma once

#include "jobs/ModelWorker.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QCustomPlot;
class QCPTextElement;
class QLabel;

// Three QCustomPlot charts under the images: VAE-QA's per-layer distances
// for the current pair (each heatmap's mean, shallow to deep, and the
// combined map's), one model's scores across every candidate of the image
// list, and that model's scores for each pair shown in this session, in
// order. Updates only mark a chart dirty; one single-shot timer redraws
// them (PlotJuggler's coalesced replot), so a burst of results costs one
// redraw.
class ScorePlots : public QWidget
{
    Q_OBJECT
public:
    explicit ScorePlots(QWidget *parent = nullptr);

    // One candidate of the list: its scores, empty until it has been scored.
    struct Candidate
    {
        QString name;
        bool current = false;
        QVector<iqa::ModelScore> scores;
    };

    void setLayerDistances(const std::optional<iqa::PairHeatmaps> &heatmaps);
    void setCandidates(const QVector<Candidate> &candidates);
    void addToHistory(const QString &pairName, const QVector<iqa::ModelScore> &scores);

    // The model whose scores the candidate and history charts show.
    QString selectedModel() const;
    bool selectModel(const QString &id);

    QCustomPlot *layerPlot() const { return m_layerPlot; }
    QCustomPlot *candidatePlot() const { return m_candidatePlot; }
    QCustomPlot *historyPlot() const { return m_historyPlot; }
    int historySize() const { return int(m_history.size()); }
    bool isReplotPending() const { return m_replot.isActive(); }

    void retranslate();

    static constexpr int kReplotDelayMs = 40;
    static constexpr int kMaxHistory = 500;

signals:
    // The charts were redrawn (after a burst of updates).
    void replotted();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct HistoryEntry
    {
        QString pairName;
        QVector<iqa::ModelScore> scores;
    };

    void learnModels(const QVector<iqa::ModelScore> &scores);
    void scheduleReplot();
    void replot();
    void drawLayers();
    void drawCandidates();
    void drawHistory();
    std::optional<iqa::ModelScore> scoreOf(const QVector<iqa::ModelScore> &scores) const;
    QString modelAxisLabel() const;

    QLabel *m_modelLabel;
    QComboBox *m_model;
    QCustomPlot *m_layerPlot;
    QCustomPlot *m_candidatePlot;
    QCustomPlot *m_historyPlot;
    QCPTextElement *m_layerTitle;
    QCPTextElement *m_candidateTitle;
    QCPTextElement *m_historyTitle;

    std::optional<iqa::PairHeatmaps> m_heatmaps;
    QVector<Candidate> m_candidates;
    QVector<HistoryEntry> m_history;
    QVector<iqa::ModelCard> m_models;  // every model seen, in order
    QString m_chosenModel;             // the user's choice; empty: the default

    QTimer m_replot;
    bool m_layersDirty = true;
    bool m_candidatesDirty = true;
    bool m_historyDirty = true;
};
