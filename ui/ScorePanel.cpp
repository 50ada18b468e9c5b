#include "ScorePanel.h"

#include "models/ModelRegistry.h"

#include "jobs/ModelWorker.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
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
// Taller score lists scroll.
constexpr int kMaxVisibleRows = 12;

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
    layout->addWidget(m_table);
    m_provenance->setWordWrap(true);
    m_provenance->setTextFormat(Qt::PlainText);
    m_provenance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_provenance->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // The scores keep their rows; provenance and failure reasons scroll when
    // they are longer than the room left (tiny images fail in several models).
    auto *provenanceArea = new QScrollArea(this);
    provenanceArea->setWidget(m_provenance);
    provenanceArea->setWidgetResizable(true);
    provenanceArea->setFrameShape(QFrame::NoFrame);
    provenanceArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(provenanceArea, 1);
    m_table->setColumnCount(4);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The model column takes what is left (its headings span the table);
    // numbers, directions and ranges are never cut.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Compact rows: full-reference and no-reference scores fit without scrolling.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
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

void ScorePanel::setPair(const iqa::Image &reference, const iqa::Image &distorted, const PairKey &key,
                         const QString &noPairReason)
{
    m_reference = reference;
    m_distorted = distorted;
    m_key = key;
    m_noPairReason = noPairReason;
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
    if (!noPairReason.isEmpty()) {
        for (const QString &id : iqa::ModelRegistry::ids())
            if (iqa::ModelRegistry::kind(id) == iqa::ModelKind::NoReference)
                request.modelIds << id;
        if (request.modelIds.isEmpty()) {
            clear(noPairReason);
            return;
        }
    }
    m_request = m_worker->scorePair(request);
    ++m_requestCount;
}

void ScorePanel::refresh()
{
    if (!m_reference.isNull() && !m_distorted.isNull())
        setPair(m_reference, m_distorted, m_key, m_noPairReason);
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
        row.image = score.image;
        row.tiles = score.tiles;
        row.tileSize = score.tileSize;
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
            if (score.tiles > 0)
                row.provenance += tr(" · %n tile(s) of %1 px", nullptr, score.tiles).arg(score.tileSize);
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
    m_noPairReason.clear();
    m_rows.clear();
    m_table->setRowCount(0);
    m_provenance->clear();
    m_status->setText(reason);
}

QString ScorePanel::statusText() const
{
    return m_status->text();
}

QString ScorePanel::provenanceText() const
{
    return m_provenance->text();
}

QString ScorePanel::rowName(const Row &row) const
{
    const QString name = row.name.isEmpty() ? row.id : row.name;
    switch (row.image) {
    case iqa::ScoredImage::Distorted:
        return tr("%1 · distorted").arg(name);
    case iqa::ScoredImage::Reference:
        return tr("%1 · reference").arg(name);
    case iqa::ScoredImage::Pair:
        break;
    }
    return name;
}

void ScorePanel::addHeading(const QString &text, const QString &toolTip)
{
    const int at = m_table->rowCount();
    m_table->insertRow(at);
    auto *item = new QTableWidgetItem(text);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    item->setToolTip(toolTip);
    item->setFlags(Qt::ItemIsEnabled);  // a heading, not a selectable score
    m_table->setItem(at, 0, item);
    m_table->setSpan(at, 0, 1, m_table->columnCount());
}

void ScorePanel::addRow(const Row &row)
{
    const int at = m_table->rowCount();
    m_table->insertRow(at);
    auto *name = new QTableWidgetItem(rowName(row));
    auto *value = new QTableWidgetItem(row.error.isEmpty() ? formatValue(row.value) : tr("error"));
    value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!row.error.isEmpty())
        value->setToolTip(row.error);
    QString toolTip = row.provenance;
    if (row.noReference()) {
        toolTip = (row.image == iqa::ScoredImage::Reference
                       ? tr("No reference: the reference image scored on its own.")
                       : tr("No reference: the distorted image scored on its own."))
                  + QLatin1Char('\n') + toolTip;
    }
    name->setToolTip(toolTip.trimmed());
    m_table->setItem(at, 0, name);
    m_table->setItem(at, 1, value);
    m_table->setItem(at, 2, new QTableWidgetItem(row.direction));
    m_table->setItem(at, 3, new QTableWidgetItem(row.range));
}

QStringList ScorePanel::tableLabels() const
{
    QStringList labels;
    for (int i = 0; i < m_table->rowCount(); ++i)
        labels << (m_table->item(i, 0) ? m_table->item(i, 0)->text() : QString());
    return labels;
}

void ScorePanel::showRows()
{
    m_table->clearSpans();
    m_table->setRowCount(0);
    // Full-reference scores first, as before; a model that could not be
    // created (its kind unknown) stays with them, its error in the tooltip.
    QVector<Row> fullReference, noReference;
    for (const Row &row : m_rows)
        (row.noReference() ? noReference : fullReference) << row;
    // Headings only when both kinds are listed: a list of one kind reads as before.
    const bool headings = !fullReference.isEmpty() && !noReference.isEmpty();
    if (headings)
        addHeading(tr("Full reference: distorted against reference"),
                   tr("These models compare the distorted image with the reference pixel by pixel or feature by feature."));
    for (const Row &row : fullReference)
        addRow(row);
    if (headings || !noReference.isEmpty())
        addHeading(tr("No reference: each image alone"),
                   tr("These models judge one image without seeing the other: the reference gets a score of its own."));
    for (const Row &row : noReference)
        addRow(row);
    // As tall as its rows (a scroll bar only when the dock is shorter).
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int i = 0; i < m_table->rowCount(); ++i)
        height += m_table->rowHeight(i);
    // At most kMaxVisibleRows rows tall, so that a long list cannot push the dock past the window.
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    height = std::clamp(height, m_table->horizontalHeader()->sizeHint().height() + 3 * rowHeight,
                        m_table->horizontalHeader()->sizeHint().height() + kMaxVisibleRows * rowHeight);
    m_table->setFixedHeight(height);
    if (!m_noPairReason.isEmpty())
        m_status->setText(m_noPairReason + QLatin1Char(' ') + tr("No-reference scores of each image alone:"));
    else
        m_status->setText(noReference.isEmpty() ? tr("Scores of the distorted image against the reference:")
                                                : tr("Scores of the pair, and of each image alone:"));

    // What produced each learned score; the classic metrics have no weights
    // and always run on the CPU, one line says so for all of them.
    QStringList lines, classic, describedNoReference;
    for (const Row &row : m_rows) {
        if (!row.error.isEmpty() || row.name.isEmpty())
            continue;
        if (!row.learned) {
            classic << row.name;
            continue;
        }
        if (!row.noReference()) {
            lines << tr("%1: weights %2…, crops: %3, device %4")
                         .arg(row.name, row.weightsSha256.left(kHashPrefix)).arg(row.crops).arg(row.device);
            continue;
        }
        // One line per no-reference model covers both images.
        if (describedNoReference.contains(row.id))
            continue;
        describedNoReference << row.id;
        QStringList tiles;
        for (const Row &other : m_rows) {
            if (other.id == row.id && other.noReference() && other.error.isEmpty() && other.tiles > 0)
                tiles << (other.image == iqa::ScoredImage::Reference ? tr("reference %1").arg(other.tiles)
                                                                     : tr("distorted %1").arg(other.tiles));
        }
        if (tiles.isEmpty()) {
            lines << tr("%1 (no reference): checkpoint %2…, crops: %3, device %4")
                         .arg(row.name, row.weightsSha256.left(kHashPrefix)).arg(row.crops).arg(row.device);
        } else {
            lines << tr("%1 (no reference): checkpoint %2…, tiles of %3 px: %4 (crops setting %5), device %6")
                         .arg(row.name, row.weightsSha256.left(kHashPrefix))
                         .arg(row.tileSize)
                         .arg(tiles.join(QStringLiteral(", ")))
                         .arg(row.crops)
                         .arg(row.device);
        }
    }
    if (!classic.isEmpty())
        lines << tr("%1: classic formulas, no weights, CPU").arg(classic.join(QStringLiteral(", ")));
    // Why a row says "error", without hovering; a no-reference model that
    // fails alike on both images (a damaged checkpoint) says so once.
    QStringList failures;
    for (const Row &row : m_rows) {
        if (row.error.isEmpty())
            continue;
        const bool sameForBoth = row.noReference() && std::count_if(m_rows.begin(), m_rows.end(), [&row](const Row &other) {
                                     return other.id == row.id && other.noReference() && other.error == row.error;
                                 }) > 1;
        const QString line = tr("%1: %2").arg(sameForBoth ? (row.name.isEmpty() ? row.id : row.name) : rowName(row), row.error);
        if (!failures.contains(line))
            failures << line;
    }
    lines << failures;
    m_provenance->setText(lines.join(QLatin1Char('\n')));
}
