#include "FineTunePlots.h"

#include "Formatting.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const QColor kLossColor(60, 60, 60);
const QColor kSrccColor(31, 119, 180);
const QColor kPlccColor(255, 127, 14);
// Distinguishable on white and for most colour-vision deficiencies (Okabe-Ito).
const QColor kTypeColors[] = {QColor(0, 114, 178), QColor(230, 159, 0), QColor(0, 158, 115), QColor(204, 121, 167),
                              QColor(86, 180, 233), QColor(213, 94, 0), QColor(240, 228, 66), QColor(0, 0, 0)};

QCustomPlot *makePlot(QWidget *parent)
{
    auto *plot = new QCustomPlot(parent);
    plot->setMinimumSize(220, 180);
    plot->setNoAntialiasingOnDrag(true);
    return plot;
}

QCPTextElement *addTitle(QCustomPlot *plot)
{
    plot->plotLayout()->insertRow(0);
    auto *title = new QCPTextElement(plot, QString(), QFont(plot->font().family(), 9, QFont::Bold));
    plot->plotLayout()->addElement(0, 0, title);
    return title;
}

// Some room around the data so points on the edge stay visible.
void fitAxis(QCPAxis *axis, const QVector<double> &values)
{
    if (values.isEmpty()) {
        axis->setRange(0, 1);
        return;
    }
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    const double span = std::max(*high - *low, 1e-6);
    axis->setRange(*low - span * 0.06, *high + span * 0.06);
}

} // namespace

QString mosAxisLabel(const iqa::FineTuneOutcome &o)
{
    QString label = o.mosNormalised ? QCoreApplication::translate("FineTunePlots", "MOS, normalised to 0..1 from %1..%2")
                                          .arg(o.mosMin)
                                          .arg(o.mosMax)
                                    : QCoreApplication::translate("FineTunePlots", "MOS");
    if (o.lowerIsBetter)
        label += QCoreApplication::translate("FineTunePlots", " (flipped: higher is better)");
    return label;
}

QString validationText(const iqa::FineTuneOutcome &o)
{
    if (o.folds >= 2)
        return QCoreApplication::translate("FineTunePlots", "%1-fold cross-validation, each of the %2 items predicted by a model "
                                                            "that did not train on its content")
            .arg(o.folds)
            .arg(o.points.size());
    return QCoreApplication::translate("FineTunePlots", "%1 items of %2 held-out contents").arg(o.validationItems).arg(o.validationContents);
}

QString agreementText(const iqa::FineTuneAgreement &a, bool twoLines)
{
    if (twoLines)
        return QCoreApplication::translate("FineTunePlots", "SRCC %1  PLCC %2\nKRCC %3  RMSE %4 (n = %5)")
            .arg(formatCoefficient(a.srcc), formatCoefficient(a.plcc), formatCoefficient(a.krcc), formatCoefficient(a.rmse))
            .arg(a.n);
    return QCoreApplication::translate("FineTunePlots", "SRCC %1  PLCC %2  KRCC %3  RMSE %4 (n = %5)")
        .arg(formatCoefficient(a.srcc), formatCoefficient(a.plcc), formatCoefficient(a.krcc), formatCoefficient(a.rmse))
        .arg(a.n);
}

TrainingCurves::TrainingCurves(QWidget *parent) : QWidget(parent), m_plot(makePlot(this)), m_title(addTitle(m_plot))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->yAxis2->setVisible(true);
    m_plot->yAxis2->setRange(0, 1);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(QFont(font().family(), 8));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

    m_replot.setSingleShot(true);
    m_replot.setInterval(kReplotDelayMs);
    connect(&m_replot, &QTimer::timeout, this, &TrainingCurves::redraw);
    retranslate();
}

void TrainingCurves::retranslate()
{
    m_plot->xAxis->setLabel(tr("epoch"));
    m_plot->yAxis->setLabel(tr("training loss"));
    m_plot->yAxis2->setLabel(tr("validation correlation"));
    scheduleReplot();
}

void TrainingCurves::setIdleNote(const QString &note)
{
    m_idleNote = note;
    scheduleReplot();
}

void TrainingCurves::clear()
{
    m_epochs.clear();
    scheduleReplot();
}

void TrainingCurves::addEpoch(const iqa::FineTuneEpoch &epoch)
{
    m_epochs.append(epoch);
    scheduleReplot();
}

void TrainingCurves::scheduleReplot()
{
    if (!m_replot.isActive())
        m_replot.start();
}

void TrainingCurves::redraw()
{
    m_plot->clearGraphs();
    const auto addGraph = [this](QCPAxis *valueAxis, const QColor &color, const QString &name, bool dots) {
        QCPGraph *graph = m_plot->addGraph(m_plot->xAxis, valueAxis);
        graph->setPen(QPen(color, 1.6));
        if (dots)
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
        graph->setName(name);
        return graph;
    };
    // Stages in the order they ran: the single split, or folds 1..K and the final fit (0).
    QVector<int> stages;
    for (const iqa::FineTuneEpoch &e : m_epochs)
        if (stages.isEmpty() || stages.back() != e.fold)
            stages << e.fold;
    const bool kFold = std::any_of(stages.begin(), stages.end(), [](int f) { return f > 0; });

    QVector<double> losses, correlations{0.0, 1.0};
    int maxEpochs = 1;
    for (int s = 0; s < stages.size(); ++s) {
        QVector<double> x, loss, vx, srcc, plcc;
        for (const iqa::FineTuneEpoch &e : m_epochs) {
            if (e.fold != stages[s])
                continue;
            maxEpochs = std::max(maxEpochs, e.epochs);
            x << e.epoch;
            loss << e.trainLoss;
            if (e.validated) {
                vx << e.epoch;
                srcc << e.validationSrcc;
                plcc << e.validationPlcc;
            }
        }
        correlations += srcc;
        if (!kFold) {
            addGraph(m_plot->yAxis2, kSrccColor, tr("validation SRCC"), true)->setData(vx, srcc, true);
            addGraph(m_plot->yAxis2, kPlccColor, tr("validation PLCC"), true)->setData(vx, plcc, true);
            correlations += plcc;
        } else if (!vx.isEmpty()) {
            addGraph(m_plot->yAxis2, kTypeColors[(stages[s] - 1) % std::size(kTypeColors)], tr("fold %1 SRCC").arg(stages[s]), false)
                ->setData(vx, srcc, true);
        }
        // The loss of the stage running now (the last one) only: the folds'
        // losses overlap and say little once their SRCC curves are there.
        if (s == stages.size() - 1) {
            const QString name = !kFold ? tr("training loss")
                                 : stages[s] > 0 ? tr("training loss, fold %1").arg(stages[s])
                                                 : tr("training loss, final fit on all labels");
            addGraph(m_plot->yAxis, kLossColor, name, true)->setData(x, loss, true);
            losses = loss;
        }
    }
    m_plot->xAxis->setRange(0.5, maxEpochs + 0.5);
    fitAxis(m_plot->yAxis, losses);
    fitAxis(m_plot->yAxis2, correlations);
    m_plot->legend->setVisible(m_plot->graphCount() > 0);

    if (m_epochs.isEmpty()) {
        m_title->setText(m_idleNote.isEmpty() ? tr("Training: no epoch yet") : m_idleNote);
    } else {
        const iqa::FineTuneEpoch &last = m_epochs.back();
        if (!last.validated)
            m_title->setText(tr("Final fit on all labels: epoch %1 of %2").arg(last.epoch).arg(last.epochs));
        else
            m_title->setText(tr("%1epoch %2 of at most %3, validation SRCC %4")
                                 .arg(last.fold > 0 ? tr("Fold %1: ").arg(last.fold) : QString())
                                 .arg(last.epoch)
                                 .arg(last.epochs)
                                 .arg(last.validationSrcc, 0, 'f', 3));
    }
    m_plot->replot();
}

BeforeAfterPlots::BeforeAfterPlots(QWidget *parent)
    : QWidget(parent),
      m_before(makePlot(this)),
      m_after(makePlot(this)),
      m_beforeTitle(addTitle(m_before)),
      m_afterTitle(addTitle(m_after))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_before, 1);
    layout->addWidget(m_after, 1);
    retranslate();
}

void BeforeAfterPlots::retranslate()
{
    draw(m_before, m_beforeTitle, false);
    draw(m_after, m_afterTitle, true);
}

void BeforeAfterPlots::clear()
{
    m_outcome.reset();
    retranslate();
}

void BeforeAfterPlots::setOutcome(const iqa::FineTuneOutcome &outcome)
{
    m_outcome = outcome;
    retranslate();
}

int BeforeAfterPlots::pointCount(const QCustomPlot *plot) const
{
    int count = 0;
    for (int i = 0; i < plot->graphCount(); ++i)
        count += plot->graph(i)->dataCount();
    return count;
}

void BeforeAfterPlots::draw(QCustomPlot *plot, QCPTextElement *title, bool after)
{
    plot->clearGraphs();
    plot->legend->setVisible(false);
    plot->xAxis->setLabel(after ? tr("fine-tuned model's score") : tr("start model's score"));
    plot->yAxis->setLabel(m_outcome ? mosAxisLabel(*m_outcome) : tr("MOS"));
    if (!m_outcome) {
        title->setText(after ? tr("After: no run yet") : tr("Before: no run yet"));
        plot->replot();
        return;
    }
    const iqa::FineTuneOutcome &o = *m_outcome;
    if (o.target == iqa::FineTuneTarget::CrossIqaPairwise) {
        // Votes, not scores per item: the agreement is the whole story.
        const std::optional<double> &share = after ? o.voteAgreementAfter : o.voteAgreementBefore;
        title->setText((after ? tr("After: the fine-tuned model\n%1 of the votes agree (out of fold)")
                              : tr("Before: the start model\n%1 of the votes agree"))
                           .arg(share ? QStringLiteral("%1 %").arg(*share * 100, 0, 'f', 1) : tr("n/a")));
        plot->replot();
        return;
    }
    if (!after && !o.before) {
        title->setText(tr("Before: the start model has no head to compare"));
        plot->replot();
        return;
    }
    title->setText((after ? tr("After: the fine-tuned model\n%1") : tr("Before: the start model\n%1"))
                       .arg(agreementText(after ? o.after : *o.before, true)));

    // One graph per distortion type (a single one when types are unknown).
    QStringList types;
    for (const iqa::FineTunePoint &p : o.points)
        if (!types.contains(p.type))
            types << p.type;
    QVector<double> allX, allY;
    for (int t = 0; t < types.size(); ++t) {
        QCPGraph *graph = plot->addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        const QColor color = kTypeColors[t % std::size(kTypeColors)];
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(color, 1.2), QBrush(color.lighter(160)), 6));
        graph->setName(types[t].isEmpty() ? tr("items") : types[t]);
        QVector<double> x, y;
        for (const iqa::FineTunePoint &p : o.points) {
            if (p.type != types[t] || (!after && !p.before))
                continue;
            x << (after ? p.after : *p.before);
            y << p.mos;
        }
        graph->setData(x, y);
        allX += x;
        allY += y;
    }
    plot->legend->setVisible(types.size() > 1 || (types.size() == 1 && !types.front().isEmpty()));
    plot->legend->setFont(QFont(font().family(), 8));
    fitAxis(plot->xAxis, allX);
    fitAxis(plot->yAxis, allY);
    plot->replot();
}
