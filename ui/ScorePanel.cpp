#include "ScorePanel.h"

#include "jobs/ModelWorker.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
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

// Enough of a SHA-256 to tell two weights files apart at a glance.
constexpr int kHashPrefix = 12;

} // namespace

ScorePanel::ScorePanel(iqa::ModelWorker *worker, ResultCache *cache, QWidget *parent)
    : QWidget(parent),
      m_worker(worker),
      m_cache(cache),
      m_status(new QLabel(this)),
      m_busyBar(new QProgressBar(this)),
      m_table(new QTableWidget(this)),
      m_provenance(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    // Indeterminate: the worker reports a pair's scores all at once.
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(m_busyBar->fontMetrics().height() / 2 + 2);
    m_busyBar->hide();
    layout->addWidget(m_busyBar);
    layout->addWidget(m_table, 1);
    m_provenance->setWordWrap(true);
    m_provenance->setTextFormat(Qt::PlainText);
    m_provenance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_provenance);
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

void ScorePanel::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
}

void ScorePanel::setPair(const iqa::Image &reference, const iqa::Image &distorted, const PairKey &key)
{
    m_reference = reference;
    m_distorted = distorted;
    m_key = key;
    m_rows.clear();
    m_table->setRowCount(0);
    m_provenance->clear();
    if (m_cache) {
        if (std::optional<QVector<iqa::ModelScore>> cached = m_cache->scores(key)) {
            if (m_request != 0)
                m_worker->cancelPair();
            m_request = 0;
            setBusy(false);
            showScores(*cached);
            return;
        }
    }
    m_status->setText(tr("Scoring… learned models take a few seconds on a CPU."));
    // The worker drops or abandons the previous request: only this id reports.
    setBusy(true);
    iqa::PairRequest request;
    request.reference = reference;
    request.distorted = distorted;
    m_request = m_worker->scorePair(request);
    ++m_requestCount;
}

void ScorePanel::refresh()
{
    if (!m_reference.isNull() && !m_distorted.isNull())
        setPair(m_reference, m_distorted, m_key);
}

void ScorePanel::scored(quint64 id, const QVector<iqa::ModelScore> &scores)
{
    if (id != m_request)
        return;  // another client's request, or one cleared while it ran
    m_request = 0;
    setBusy(false);
    if (m_cache)
        m_cache->storeScores(m_key, scores);
    showScores(scores);
}

void ScorePanel::showScores(const QVector<iqa::ModelScore> &scores)
{
    m_rows.clear();
    for (const iqa::ModelScore &score : scores) {
        Row row;
        row.id = score.id;
        row.error = score.error;
        row.value = score.value;
        row.device = score.device;
        row.crops = score.crops;
        const iqa::ModelCard &card = score.card;
        row.learned = card.learned;
        row.weightsSha256 = card.weightsSha256;
        if (!card.name.isEmpty()) {
            row.name = card.name;
            row.direction = iqa::scoreDirectionText(card.direction);
            row.range = iqa::scoreRangeText(card);
            row.provenance = tr("Model %1 · %2 · preprocessing: %3").arg(card.id, card.summary, card.preprocessing);
            if (!card.weightsSha256.isEmpty())
                row.provenance += tr(" · weights SHA-256 %1").arg(card.weightsSha256);
            if (!score.device.isEmpty())
                row.provenance += tr(" · device %1").arg(score.device);
        }
        m_rows << row;
    }
    showRows();
    emit scoresShown(m_key, scores);
    emit scoresReady();
}

void ScorePanel::failed(quint64 id, const QString &message)
{
    if (id != m_request)
        return;
    m_request = 0;
    setBusy(false);
    m_rows.clear();
    m_table->setRowCount(0);
    m_provenance->clear();
    m_status->setText(message);
    emit scoresReady();
}

void ScorePanel::clear(const QString &reason)
{
    if (m_request != 0)
        m_worker->cancelPair();
    m_request = 0;
    setBusy(false);
    m_reference = iqa::Image();
    m_distorted = iqa::Image();
    m_key = PairKey();
    m_rows.clear();
    m_table->setRowCount(0);
    m_provenance->clear();
    m_status->setText(reason);
}

QString ScorePanel::provenanceText() const
{
    return m_provenance->text();
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

    // What produced each learned score; the classic metrics have no weights
    // and always run on the CPU, one line says so for all of them.
    QStringList lines, classic;
    for (const Row &row : m_rows) {
        if (!row.error.isEmpty() || row.name.isEmpty())
            continue;
        if (!row.learned) {
            classic << row.name;
            continue;
        }
        lines << tr("%1: weights %2…, crops: %3, device %4")
                     .arg(row.name, row.weightsSha256.left(kHashPrefix)).arg(row.crops).arg(row.device);
    }
    if (!classic.isEmpty())
        lines << tr("%1: classic formulas, no weights, CPU").arg(classic.join(QStringLiteral(", ")));
    m_provenance->setText(lines.join(QLatin1Char('\n')));
}
