#include "ScorePanel.h"

#include "jobs/ModelWorker.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace {

QString formatValue(double value)
{
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return QString::number(value, 'f', std::abs(value) >= 10 ? 2 : 4);
}

} // namespace

ScorePanel::ScorePanel(iqa::ModelWorker *worker, QWidget *parent)
    : QWidget(parent), m_worker(worker), m_status(new QLabel(this)), m_table(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    m_table->setColumnCount(4);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_worker, &iqa::ModelWorker::pairScored, this, &ScorePanel::scored);
    connect(m_worker, &iqa::ModelWorker::requestFailed, this, &ScorePanel::failed);
    retranslate();
}

void ScorePanel::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Model"), tr("Score"), tr("Direction"), tr("Range")});
    if (!m_rows.isEmpty())
        showRows();
    else if (m_status->text().isEmpty())
        m_status->setText(tr("Open a reference and a distorted image to score them."));
}

bool ScorePanel::isBusy() const
{
    return m_busy;
}

void ScorePanel::setPair(const iqa::Image &reference, const iqa::Image &distorted)
{
    m_status->setText(tr("Scoring…"));
    m_rows.clear();
    m_table->setRowCount(0);
    // The worker drops or abandons the previous request: only this id reports.
    m_busy = true;
    iqa::PairRequest request;
    request.reference = reference;
    request.distorted = distorted;
    m_request = m_worker->scorePair(request);
}

void ScorePanel::scored(quint64 id, const QVector<iqa::ModelScore> &scores)
{
    if (id != m_request)
        return;  // another client's request, or one cleared while it ran
    m_request = 0;
    m_busy = false;
    m_rows.clear();
    for (const iqa::ModelScore &score : scores) {
        Row row;
        row.id = score.id;
        row.error = score.error;
        row.value = score.value;
        const iqa::ModelCard &card = score.card;
        if (!card.name.isEmpty()) {
            row.name = card.name;
            row.direction = iqa::scoreDirectionText(card.direction);
            row.range = iqa::scoreRangeText(card);
            row.provenance = tr("Model %1 · %2 · preprocessing: %3").arg(card.id, card.summary, card.preprocessing);
            if (!card.weightsSha256.isEmpty())
                row.provenance += tr(" · weights SHA-256 %1").arg(card.weightsSha256);
        }
        m_rows << row;
    }
    showRows();
    emit scoresReady();
}

void ScorePanel::failed(quint64 id, const QString &message)
{
    if (id != m_request)
        return;
    m_request = 0;
    m_busy = false;
    m_rows.clear();
    m_table->setRowCount(0);
    m_status->setText(message);
    emit scoresReady();
}

void ScorePanel::clear(const QString &reason)
{
    if (m_request != 0)
        m_worker->cancelPair();
    m_request = 0;
    m_busy = false;
    m_rows.clear();
    m_table->setRowCount(0);
    m_status->setText(reason);
}

void ScorePanel::showRows()
{
    m_table->setRowCount(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        auto *name = new QTableWidgetItem(row.name.isEmpty() ? row.id : row.name);
        auto *value = new QTableWidgetItem(row.error.isEmpty() ? formatValue(row.value) : tr("error"));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (!row.error.isEmpty())
            value->setToolTip(row.error);
        name->setToolTip(row.provenance);
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, value);
        m_table->setItem(i, 2, new QTableWidgetItem(row.direction));
        m_table->setItem(i, 3, new QTableWidgetItem(row.range));
    }
    m_status->setText(tr("Scores of the distorted image against the reference:"));
}
