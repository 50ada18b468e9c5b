#include "ScorePanel.h"

#include "models/ModelRegistry.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace {

QVector<ScorePanel::Row> scoreAll(const iqa::Image &reference, const iqa::Image &distorted)
{
    QVector<ScorePanel::Row> rows;
    for (const QString &id : iqa::ModelRegistry::ids()) {
        ScorePanel::Row row;
        row.id = id;
        auto model = iqa::ModelRegistry::create(id);
        if (!model) {
            row.error = model.error();
            rows << row;
            continue;
        }
        const iqa::ModelCard &card = (*model)->card();
        if (card.kind != iqa::ModelKind::FullReference)
            continue;  // no-reference models get their own column with the image list
        row.name = card.name;
        row.direction = iqa::scoreDirectionText(card.direction);
        row.range = iqa::scoreRangeText(card);
        row.provenance = ScorePanel::tr("Model %1 · %2 · preprocessing: %3")
                             .arg(card.id, card.summary, card.preprocessing);
        if (!card.weightsSha256.isEmpty())
            row.provenance += ScorePanel::tr(" · weights SHA-256 %1").arg(card.weightsSha256);
        const auto value = (*model)->scorePair(reference, distorted);
        if (value)
            row.value = *value;
        else
            row.error = value.error();
        rows << row;
    }
    return rows;
}

QString formatValue(double value)
{
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return QString::number(value, 'f', std::abs(value) >= 10 ? 2 : 4);
}

} // namespace

ScorePanel::ScorePanel(QWidget *parent) : QWidget(parent), m_status(new QLabel(this)), m_table(new QTableWidget(this))
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
    connect(&m_watcher, &QFutureWatcher<QVector<Row>>::finished, this, [this] {
        if (m_watchedGeneration != m_generation)
            return;  // cleared while it ran
        m_busy = false;
        m_rows = m_watcher.result();
        showRows();
        emit scoresReady();
    });
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
    // A newer pair supersedes the running computation: the watcher forgets the
    // old future, whose result is then never shown.
    m_watchedGeneration = ++m_generation;
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run(scoreAll, reference, distorted));
}

void ScorePanel::clear(const QString &reason)
{
    ++m_generation;
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
