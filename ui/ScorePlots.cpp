#include "ScorePlots.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace {

const QColor kBarColor(0x1f, 0x77, 0xb4);
const QColor kHighlightColor(0xff, 0x7f, 0x0e);
// Characters of a file name kept under a slanted label.
constexpr int kTickNameLength = 12;

QCPTextElement *addTitle(QCustomPlot *plot)
{
    plot->plotLayout()->insertRow(0);
    QFont font = plot->font();
    font.setBold(true);
    auto *title = new QCPTextElement(plot, QString(), font);
    plot->plotLayout()->addElement(0, 0, title);
    return title;
}

QCustomPlot *makePlot(QWidget *parent)
{
    auto *plot = new QCustomPlot(parent);
    plot->setMinimumSize(200, 150);
    plot->setBackground(parent->palette().color(QPalette::Base));
    return plot;
}

QCPBars *addBars(QCustomPlot *plot, const QColor &color)
{
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setWidth(0.7);
    bars->setPen(QPen(color.darker(130)));
    bars->setBrush(color);
    return bars;
}

// 0..the largest value with a margin, or 0..1 when there is nothing to show.
void fitValueAxis(QCPAxis *axis, const QVector<double> &values)
{
    double high = 0, low = 0;
    for (double v : values) {
        if (std::isfinite(v)) {
            high = std::max(high, v);
            low = std::min(low, v);
        }
    }
    if (high <= low)
        high = low + 1;
    axis->setRange(low, high + (high - low) * 0.12);
}

} // namespace

ScorePlots::ScorePlots(QWidget *parent)
    : QWidget(parent),
      m_modelLabel(new QLabel(this)),
      m_model(new QComboBox(this)),
      m_layerPlot(makePlot(this)),
      m_candidatePlot(makePlot(this)),
      m_historyPlot(makePlot(this)),
      m_layerTitle(addTitle(m_layerPlot)),
      m_candidateTitle(addTitle(m_candidatePlot)),
      m_historyTitle(addTitle(m_historyPlot))
{
    m_modelLabel->setBuddy(m_model);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_modelLabel);
    choice->addWidget(m_model);
    choice->addStretch(1);
    auto *plots = new QHBoxLayout;
    plots->setSpacing(4);
    plots->addWidget(m_layerPlot, 1);
    plots->addWidget(m_candidatePlot, 1);
    plots->addWidget(m_historyPlot, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(choice);
    layout->addLayout(plots, 1);

    m_replot.setSingleShot(true);
    m_replot.setInterval(kReplotDelayMs);
    connect(&m_replot, &QTimer::timeout, this, &ScorePlots::replot);
    connect(m_model, &QComboBox::activated, this, [this] {
        m_chosenModel = m_model->currentData().toString();
        m_candidatesDirty = m_historyDirty = true;
        scheduleReplot();
    });
    retranslate();
}

void ScorePlots::retranslate()
{
    m_modelLabel->setText(tr("Model for the candidate and history &charts:"));
    m_layerPlot->xAxis->setLabel(tr("layer (shallow → deep)"));
    m_layerPlot->yAxis->setLabel(tr("cosine distance"));
    m_candidatePlot->setToolTip(tr("One model's score for every candidate of the image list; the current one in orange"));
    m_historyPlot->setToolTip(tr("One model's score for each pair shown in this session, in order"));
    m_layerPlot->setToolTip(tr("Mean of each VAE-QA heatmap: where in the encoder, shallow to deep, the images differ"));
    m_historyPlot->xAxis->setLabel(tr("pairs shown, in order"));
    m_layersDirty = m_candidatesDirty = m_historyDirty = true;
    scheduleReplot();
}

void ScorePlots::setLayerDistances(const std::optional<iqa::PairHeatmaps> &heatmaps)
{
    m_heatmaps = heatmaps;
    m_layersDirty = true;
    scheduleReplot();
}

void ScorePlots::setCandidates(const QVector<Candidate> &candidates)
{
    m_candidates = candidates;
    for (const Candidate &candidate : candidates)
        learnModels(candidate.scores);
    m_candidatesDirty = true;
    scheduleReplot();
}

void ScorePlots::addToHistory(const QString &pairName, const QVector<iqa::ModelScore> &scores)
{
    learnModels(scores);
    m_history << HistoryEntry{pairName, scores};
    if (m_history.size() > kMaxHistory)
        m_history.removeFirst();
    m_historyDirty = true;
    scheduleReplot();
}

void ScorePlots::learnModels(const QVector<iqa::ModelScore> &scores)
{
    bool added = false;
    for (const iqa::ModelScore &score : scores) {
        const bool known = std::any_of(m_models.begin(), m_models.end(),
                                       [&score](const iqa::ModelCard &card) { return card.id == score.id; });
        if (!known && !score.card.name.isEmpty()) {
            m_models << score.card;
            added = true;
        }
    }
    if (!added)
        return;
    const QSignalBlocker block(m_model);
    m_model->clear();
    for (const iqa::ModelCard &card : m_models)
        m_model->addItem(card.name, card.id);
    m_model->setCurrentIndex(std::max(0, m_model->findData(selectedModel())));
    m_candidatesDirty = m_historyDirty = true;
}

QString ScorePlots::selectedModel() const
{
    if (!m_chosenModel.isEmpty())
        return m_chosenModel;
    // The learned model by default: its scores are what this workbench is for.
    for (const iqa::ModelCard &card : m_models) {
        if (card.id == QLatin1String("vae-qa"))
            return card.id;
    }
    return m_models.isEmpty() ? QString() : m_models.first().id;
}

bool ScorePlots::selectModel(const QString &id)
{
    const int index = m_model->findData(id);
    if (index < 0)
        return false;
    m_model->setCurrentIndex(index);
    m_chosenModel = id;
    m_candidatesDirty = m_historyDirty = true;
    scheduleReplot();
    return true;
}

std::optional<iqa::ModelScore> ScorePlots::scoreOf(const QVector<iqa::ModelScore> &scores) const
{
    const QString id = selectedModel();
    for (const iqa::ModelScore &score : scores) {
        // A no-reference model's score of the reference is the same for every
        // candidate: the charts show the candidate's own.
        if (score.image == iqa::ScoredImage::Reference)
            continue;
        if (score.id == id && score.error.isEmpty() && std::isfinite(score.value))
            return score;
    }
    return std::nullopt;
}

QString ScorePlots::modelAxisLabel() const
{
    const QString id = selectedModel();
    for (const iqa::ModelCard &card : m_models) {
        if (card.id != id)
            continue;
        // Short enough for a vertical axis, and the direction is never left out.
        const QString direction = card.direction == iqa::ScoreDirection::HigherIsBetter ? tr("↑ better") : tr("↓ better");
        return card.unit.isEmpty() ? tr("%1 (%2)").arg(card.name, direction)
                                   : tr("%1 [%2] (%3)").arg(card.name, card.unit, direction);
    }
    return QString();
}

void ScorePlots::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_candidatesDirty = true;  // the names under the bars fit another width now
    scheduleReplot();
}

void ScorePlots::scheduleReplot()
{
    if (!m_replot.isActive())
        m_replot.start();
}

void ScorePlots::replot()
{
    if (m_layersDirty)
        drawLayers();
    if (m_candidatesDirty)
        drawCandidates();
    if (m_historyDirty)
        drawHistory();
    m_layersDirty = m_candidatesDirty = m_historyDirty = false;
    emit replotted();
}

void ScorePlots::drawLayers()
{
    QCustomPlot *plot = m_layerPlot;
    plot->clearPlottables();
    if (!m_heatmaps || m_heatmaps->layerMeans.isEmpty()) {
        m_layerTitle->setText(tr("Distance per layer: none yet"));
        plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        plot->xAxis->setRange(0, 1);
        plot->yAxis->setRange(0, 1);
        plot->replot();
        return;
    }
    const QVector<double> &means = m_heatmaps->layerMeans;
    QVector<double> keys, all = means;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < means.size(); ++i) {
        keys << i;
        ticker->addTick(i, QString::number(i));
    }
    // The combined map's mean stands apart, in another colour.
    const double combinedKey = means.size() + 0.5;
    ticker->addTick(combinedKey, tr("all"));
    all << m_heatmaps->combinedMean;
    addBars(plot, kBarColor)->setData(keys, means);
    addBars(plot, kHighlightColor)->setData({combinedKey}, {m_heatmaps->combinedMean});
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(-0.7, combinedKey + 0.7);
    fitValueAxis(plot->yAxis, all);
    m_layerTitle->setText(tr("Distance per layer (VAE-QA)"));
    plot->replot();
}

void ScorePlots::drawCandidates()
{
    QCustomPlot *plot = m_candidatePlot;
    plot->clearPlottables();
    QVector<double> keys, values, currentKeys, currentValues;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    // Names that fit under their bar stay upright; when the bars are too
    // narrow the names are slanted so that neighbours do not overlap.
    const QFontMetrics metrics(plot->xAxis->tickLabelFont());
    const int room = plot->axisRect()->width() / std::max<int>(1, m_candidates.size())
                     - 2 * metrics.horizontalAdvance(QLatin1Char(' '));
    const bool upright = room >= metrics.horizontalAdvance(QStringLiteral("abcd…"));
    int scored = 0;
    for (int i = 0; i < m_candidates.size(); ++i) {
        const Candidate &candidate = m_candidates[i];
        QString name = candidate.name;
        if (upright)
            name = metrics.elidedText(name, Qt::ElideMiddle, room);  // keeps the extension
        else if (name.size() > kTickNameLength)
            name = name.left(kTickNameLength - 1) + QStringLiteral("…");
        ticker->addTick(i + 1, name);
        const std::optional<iqa::ModelScore> score = scoreOf(candidate.scores);
        if (!score)
            continue;
        ++scored;
        (candidate.current ? currentKeys : keys) << i + 1;
        (candidate.current ? currentValues : values) << score->value;
    }
    addBars(plot, kBarColor)->setData(keys, values);
    addBars(plot, kHighlightColor)->setData(currentKeys, currentValues);
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(upright ? 0 : -35);  // ending at the tick: the last stays inside
    plot->xAxis->setRange(0.3, std::max<int>(1, m_candidates.size()) + 0.7);
    fitValueAxis(plot->yAxis, values + currentValues);
    plot->yAxis->setLabel(modelAxisLabel());
    m_candidateTitle->setText(tr("Candidates (%1 of %2 scored)").arg(scored).arg(m_candidates.size()));
    plot->replot();
}

void ScorePlots::drawHistory()
{
    QCustomPlot *plot = m_historyPlot;
    plot->clearGraphs();
    QVector<double> keys, values;
    for (int i = 0; i < m_history.size(); ++i) {
        if (const std::optional<iqa::ModelScore> score = scoreOf(m_history[i].scores)) {
            keys << i + 1;
            values << score->value;
        }
    }
    QCPGraph *graph = plot->addGraph();
    graph->setPen(QPen(kBarColor, 1.5));
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kBarColor, 6));
    graph->setData(keys, values, true);
    // Whole pairs only; more of them spaced out by multiples of one.
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(0.5, std::max<int>(1, m_history.size()) + 0.5);
    if (values.isEmpty()) {
        plot->yAxis->setRange(0, 1);
    } else {
        const auto [low, high] = std::minmax_element(values.begin(), values.end());
        // A few per cent of the value at least, so one point does not get ticks six digits deep.
        const double pad = std::max({(*high - *low) * 0.15, std::abs(*high) * 0.05, 1e-3});
        plot->yAxis->setRange(*low - pad, *high + pad);
    }
    plot->yAxis->setLabel(modelAxisLabel());
    m_historyTitle->setText(tr("This session (pairs shown: %1)").arg(m_history.size()));
    plot->replot();
}
