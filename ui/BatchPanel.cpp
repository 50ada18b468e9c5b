#include "BatchPanel.h"

#include "AppSettings.h"
#include "Formatting.h"

#include "jobs/ModelWorker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace {

QString formatScore(double value)
{
    if (std::isnan(value))
        return QString();
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return QString::number(value, 'f', std::abs(value) >= 10 ? 2 : 4);
}

QTableWidgetItem *textItem(const QString &text, const QString &tooltip = QString())
{
    auto *item = new QTableWidgetItem(text);
    if (!tooltip.isEmpty())
        item->setToolTip(tooltip);
    return item;
}

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

BatchPanel::BatchPanel(iqa::ModelWorker *worker, QWidget *parent)
    : QWidget(parent),
      m_worker(worker),
      m_sourceKind(new QComboBox(this)),
      m_path(new QLineEdit(this)),
      m_browse(new QToolButton(this)),
      m_lowerIsBetter(new QCheckBox(this)),
      m_run(new QPushButton(this)),
      m_cancel(new QPushButton(this)),
      m_progress(new QProgressBar(this)),
      m_progressText(new QLabel(this)),
      m_table(new QTableWidget(this)),
      m_plotModelLabel(new QLabel(this)),
      m_plotModel(new QComboBox(this)),
      m_plot(new QCustomPlot(this)),
      m_exportCsv(new QPushButton(this)),
      m_exportJson(new QPushButton(this)),
      m_status(new QLabel(this))
{
    m_run->setObjectName(QStringLiteral("run"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_exportJson->setObjectName(QStringLiteral("exportJson"));
    auto *source = new QHBoxLayout;
    m_sourceKind->addItems({QString(), QString()});
    source->addWidget(m_sourceKind);
    source->addWidget(m_path, 1);
    source->addWidget(m_browse);
    source->addWidget(m_lowerIsBetter);
    source->addWidget(m_run);
    source->addWidget(m_cancel);

    auto *progress = new QHBoxLayout;
    m_progress->setTextVisible(false);
    progress->addWidget(m_progress, 1);
    m_progressText->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000 / 0000 · 00 min 00 s ....")));
    progress->addWidget(m_progressText);

    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto *plotSide = new QWidget(this);
    auto *plotLayout = new QVBoxLayout(plotSide);
    plotLayout->setContentsMargins(0, 0, 0, 0);
    auto *plotChoice = new QHBoxLayout;
    plotChoice->addWidget(m_plotModelLabel);
    plotChoice->addWidget(m_plotModel, 1);
    plotLayout->addLayout(plotChoice);
    plotLayout->addWidget(m_plot, 1);
    m_plot->setMinimumSize(280, 220);
    // The legend sits in a row of its own above the axes, never on the points.
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foRowsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setMargins(QMargins(4, 2, 4, 2));
    m_plot->legend->setVisible(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(plotSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *bottom = new QHBoxLayout;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_exportCsv);
    bottom->addWidget(m_exportJson);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(source);
    layout->addLayout(progress);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_browse, &QToolButton::clicked, this,
            [this] { m_sourceKind->currentIndex() == 0 ? browseLabels() : browseFolder(); });
    connect(m_run, &QPushButton::clicked, this, &BatchPanel::start);
    connect(m_path, &QLineEdit::returnPressed, this, &BatchPanel::start);
    connect(m_path, &QLineEdit::textChanged, this, &BatchPanel::updateButtons);
    connect(m_cancel, &QPushButton::clicked, this, &BatchPanel::cancel);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportDialog(false); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportDialog(true); });
    connect(m_plotModel, &QComboBox::currentIndexChanged, this, &BatchPanel::updatePlot);
    connect(m_sourceKind, &QComboBox::currentIndexChanged, this, &BatchPanel::retranslate);

    connect(m_worker, &iqa::ModelWorker::batchStarted, this, &BatchPanel::started);
    connect(m_worker, &iqa::ModelWorker::batchProgress, this, &BatchPanel::progressed);
    connect(m_worker, &iqa::ModelWorker::batchFinished, this, &BatchPanel::completed);
    connect(m_worker, &iqa::ModelWorker::requestFailed, this, &BatchPanel::failed);

    retranslate();
    updateButtons();
}

void BatchPanel::retranslate()
{
    m_sourceKind->setItemText(0, tr("Label file"));
    m_sourceKind->setItemText(1, tr("Folder vs. reference"));
    m_sourceKind->setToolTip(tr("A label CSV (ref,dist,mos or image,mos), or a folder whose images are "
                                "scored against the current reference image"));
    m_path->setPlaceholderText(m_sourceKind->currentIndex() == 0 ? tr("Label CSV file") : tr("Folder of images"));
    m_browse->setText(tr("Browse…"));
    m_lowerIsBetter->setText(tr("Labels are DMOS"));
    m_lowerIsBetter->setToolTip(tr("Lower label = better quality; labels are flipped before correlating"));
    m_run->setText(tr("&Run"));
    m_cancel->setText(tr("Cancel"));
    m_plotModelLabel->setText(tr("Plot:"));
    m_exportCsv->setText(tr("Export CSV…"));
    m_exportJson->setText(tr("Export JSON…"));
    setHeaders();
    if (!isRunning())
        m_status->setText(summaryText());
    if (m_hasResult)
        updatePlot();
}

void BatchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BatchPanel::setReferencePath(const QString &path)
{
    m_referencePath = path;
}

QString BatchPanel::statusText() const
{
    return m_status->text();
}

void BatchPanel::browseLabels()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Score Label File"), m_path->text(),
                                                      tr("Label files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        startLabels(path);
}

void BatchPanel::browseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Score Folder Against the Reference"),
                                                             m_path->text());
    if (!folder.isEmpty())
        startFolder(folder);
}

void BatchPanel::startLabels(const QString &csvPath)
{
    m_sourceKind->setCurrentIndex(0);
    m_path->setText(csvPath);
    start();
}

void BatchPanel::startFolder(const QString &folder)
{
    m_sourceKind->setCurrentIndex(1);
    m_path->setText(folder);
    start();
}

void BatchPanel::start()
{
    if (isRunning() || m_path->text().trimmed().isEmpty())
        return;
    iqa::BatchRequest request;
    request.path = m_path->text().trimmed();
    if (m_sourceKind->currentIndex() == 0) {
        request.source = iqa::BatchRequest::Source::LabelCsv;
    } else {
        request.source = iqa::BatchRequest::Source::Folder;
        request.referencePath = m_referencePath;
    }
    request.labelsLowerIsBetter = m_lowerIsBetter->isChecked();
    request.scoring.loader.maxPixels = AppSettings::instance().maxImagePixels();

    m_result = iqa::BatchResult();
    m_models.clear();
    m_hasResult = false;
    m_failure.clear();
    m_cancelRequested = false;
    m_table->setRowCount(0);
    m_plotModel->clear();
    m_plot->clearGraphs();
    m_plot->legend->setVisible(false);
    m_plot->replot();
    m_progress->setRange(0, 0);  // busy until the plan is known
    m_progressText->setText(tr("Starting…"));
    m_status->setText(tr("Reading %1…").arg(QFileInfo(request.path).fileName()));
    m_batch = m_worker->startBatch(request);
    updateButtons();
}

void BatchPanel::cancel()
{
    if (!isRunning())
        return;
    m_cancelRequested = true;
    m_worker->cancelBatch(m_batch);
    m_progressText->setText(tr("Cancelling…"));
    updateButtons();
}

void BatchPanel::started(quint64 id, const QVector<iqa::ModelCard> &models, int total)
{
    if (id != m_batch)
        return;
    m_models = models;
    m_result.models = models;
    m_result.total = total;
    setHeaders();
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(0);
    m_progressText->setText(tr("0 / %1").arg(total));
    m_status->setText(tr("Scoring %n item(s) with %1…", nullptr, total)
                          .arg(QLocale().createSeparatedList([&models] {
                              QStringList names;
                              for (const iqa::ModelCard &card : models)
                                  names << card.name;
                              return names;
                          }())));
}

void BatchPanel::progressed(quint64 id, const iqa::BatchProgress &progress)
{
    if (id != m_batch)
        return;
    appendRows(progress.newRows);
    m_progress->setValue(progress.done);
    QString text = tr("%1 / %2").arg(progress.done).arg(progress.total);
    if (progress.etaSeconds >= 0 && progress.done < progress.total)
        text += tr(" · about %1 left").arg(formatDuration(progress.etaSeconds));
    if (!m_cancelRequested)
        m_progressText->setText(text);
}

void BatchPanel::appendRows(const QVector<iqa::BatchRow> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = m_table->rowCount();
    m_table->setRowCount(first + rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const iqa::BatchRow &row = rows[i];
        const int r = first + i;
        m_result.rows << row;
        m_table->setItem(r, LineColumn, numberItem(row.line > 0 ? QString::number(row.line) : QString::number(row.index + 1)));
        m_table->setItem(r, ImageColumn, textItem(QFileInfo(row.path).fileName(), row.path));
        m_table->setItem(r, ReferenceColumn, textItem(QFileInfo(row.reference).fileName(), row.reference));
        m_table->setItem(r, MosColumn, numberItem(row.mos ? QString::number(*row.mos, 'g', 6) : QString()));
        for (int m = 0; m < m_models.size(); ++m)
            m_table->setItem(r, FirstModelColumn + m, numberItem(formatScore(row.scores.value(m, NAN))));
        QTableWidgetItem *problem = textItem(row.error, row.error);
        if (!row.ok()) {
            problem->setForeground(QColor(0xb0, 0x20, 0x20));
            m_table->item(r, ImageColumn)->setForeground(QColor(0xb0, 0x20, 0x20));
        }
        m_table->setItem(r, FirstModelColumn + m_models.size(), problem);
    }
    if (first == 0)
        fitColumns();
}

void BatchPanel::fitColumns()
{
    m_table->resizeColumnsToContents();
    // File names and reasons can be long; the tooltips hold them whole.
    const int cap = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28;
    for (int c = 0; c < m_table->columnCount() - 1; ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), cap));
    m_table->setColumnWidth(m_table->columnCount() - 1, cap);
}

void BatchPanel::completed(quint64 id, const iqa::BatchResult &result)
{
    if (id != m_batch)
        return;
    // Rows already arrived with the progress reports; take the rest as is.
    m_result = result;
    m_models = result.models;
    m_batch = 0;
    m_hasResult = true;
    setHeaders();
    m_progress->setRange(0, qMax(1, result.total));
    m_progress->setValue(result.rows.size());
    m_progressText->setText(tr("%1 / %2").arg(result.rows.size()).arg(result.total));
    m_status->setText(summaryText());
    m_plotModel->blockSignals(true);
    m_plotModel->clear();
    if (result.hasLabels) {
        for (const iqa::ModelCard &card : result.models)
            m_plotModel->addItem(card.name, card.id);
    }
    m_plotModel->blockSignals(false);
    fitColumns();
    updatePlot();
    updateButtons();
    emit finished();
}

void BatchPanel::failed(quint64 id, const QString &message)
{
    if (id != m_batch)
        return;
    m_batch = 0;
    m_failure = message;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progressText->clear();
    m_status->setText(summaryText());
    updateButtons();
    emit finished();
}

QString BatchPanel::summaryText() const
{
    if (!m_failure.isEmpty())
        return tr("Batch failed: %1").arg(m_failure);
    if (!m_hasResult)
        return tr("Score a label file or a folder of images with every model.");
    const int problems = int(std::count_if(m_result.rows.begin(), m_result.rows.end(),
                                           [](const iqa::BatchRow &row) { return !row.ok(); }));
    const int scored = m_result.rows.size() - problems;
    QString text = m_result.cancelled
        ? tr("Cancelled after %1 of %2 items.").arg(m_result.rows.size()).arg(m_result.total)
        : tr("Scored %1 of %2 items in %3.").arg(scored).arg(m_result.total).arg(formatDuration(m_result.seconds));
    if (problems > 0)
        text += QLatin1Char(' ') + tr("%n row(s) with problems, listed with the reason.", nullptr, problems);
    return text;
}

void BatchPanel::setHeaders()
{
    QStringList headers = {tr("Line"), tr("Image"), tr("Reference"),
                           m_result.labelsLowerIsBetter ? tr("DMOS") : tr("MOS")};
    for (const iqa::ModelCard &card : m_models)
        headers << card.name;
    headers << tr("Problem");
    m_table->setColumnCount(headers.size());
    m_table->setHorizontalHeaderLabels(headers);
    for (int m = 0; m < m_models.size(); ++m) {
        if (QTableWidgetItem *header = m_table->horizontalHeaderItem(FirstModelColumn + m))
            header->setToolTip(tr("%1, %2").arg(iqa::scoreDirectionText(m_models[m].direction),
                                                 iqa::scoreRangeText(m_models[m])));
    }
    m_table->setColumnHidden(ReferenceColumn, m_hasResult && !m_result.fullReference);
    m_table->setColumnHidden(MosColumn, m_hasResult && !m_result.hasLabels);
}

void BatchPanel::updateButtons()
{
    m_run->setEnabled(!isRunning() && !m_path->text().trimmed().isEmpty());
    m_cancel->setEnabled(isRunning() && !m_cancelRequested);
    m_sourceKind->setEnabled(!isRunning());
    m_path->setEnabled(!isRunning());
    m_browse->setEnabled(!isRunning());
    m_lowerIsBetter->setEnabled(!isRunning());
    const bool exportable = m_hasResult && !m_result.rows.isEmpty();
    m_exportCsv->setEnabled(exportable);
    m_exportJson->setEnabled(exportable);
    m_plotModel->setEnabled(m_plotModel->count() > 1);
}

bool BatchPanel::showPlotFor(const QString &modelId)
{
    const int index = m_plotModel->findData(modelId);
    if (index < 0)
        return false;
    m_plotModel->setCurrentIndex(index);
    updatePlot();
    return true;
}

void BatchPanel::updatePlot()
{
    m_plot->clearGraphs();
    m_plot->legend->setVisible(false);
    const int m = m_plotModel->currentIndex();
    if (!m_hasResult || !m_result.hasLabels || m < 0 || m >= m_result.models.size()) {
        m_plot->replot();
        return;
    }
    const iqa::ModelCard &card = m_result.models[m];
    QVector<double> x, y;
    for (const iqa::BatchRow &row : m_result.rows) {
        const double score = row.scores.value(m, NAN);
        if (row.mos && std::isfinite(score)) {
            x << score;
            y << *row.mos;
        }
    }

    const QPalette palette = m_plot->palette();
    QCPGraph *points = m_plot->addGraph();
    points->setLineStyle(QCPGraph::lsNone);
    points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0x1f, 0x77, 0xb4), 7));
    points->setData(x, y);
    const iqa::BatchModelReport *report = m < m_result.reports.size() ? &m_result.reports[m] : nullptr;
    const std::optional<iqa::CorrelationReport> &correlation =
        report ? report->correlation : std::optional<iqa::CorrelationReport>();
    points->setName(correlation ? tr("%1: SRCC %2, PLCC %3 (n = %4)")
                                      .arg(card.name, formatCoefficient(correlation->srcc),
                                           formatCoefficient(correlation->plcc))
                                      .arg(correlation->n)
                                : tr("%1: no correlation (%2)").arg(card.name, report ? report->correlationError : QString()));

    if (!x.isEmpty()) {
        const auto [minX, maxX] = std::minmax_element(x.begin(), x.end());
        const auto [minY, maxY] = std::minmax_element(y.begin(), y.end());
        const double padX = qMax(1e-9, (*maxX - *minX) * 0.08);
        const double padY = qMax(1e-9, (*maxY - *minY) * 0.12);
        m_plot->xAxis->setRange(*minX - padX, *maxX + padX);
        m_plot->yAxis->setRange(*minY - padY, *maxY + padY);

        if (correlation && correlation->mapping != iqa::MosMapping::None) {
            QVector<double> cx, cy;
            const int samples = 200;
            for (int i = 0; i <= samples; ++i) {
                const double v = *minX - padX + (*maxX - *minX + 2 * padX) * i / samples;
                if (const auto fitted = iqa::BatchScoring::fittedLabel(card, *correlation, m_result.labelsLowerIsBetter, v)) {
                    cx << v;
                    cy << *fitted;
                }
            }
            QCPGraph *curve = m_plot->addGraph();
            curve->setPen(QPen(QColor(0xd6, 0x27, 0x28), 2));
            curve->setData(cx, cy, true);
            curve->setName(correlation->mapping == iqa::MosMapping::Logistic ? tr("Fitted 4-parameter logistic")
                                                                             : tr("Fitted line (logistic fit failed)"));
        }
        m_plot->legend->setVisible(true);
    }
    m_plot->xAxis->setLabel(card.unit.isEmpty() ? tr("%1 (%2)").arg(card.name, iqa::scoreDirectionText(card.direction))
                                                : tr("%1 [%2] (%3)").arg(card.name, card.unit,
                                                                         iqa::scoreDirectionText(card.direction)));
    m_plot->yAxis->setLabel(m_result.labelsLowerIsBetter ? tr("DMOS (lower is better)") : tr("MOS"));
    m_plot->legend->setBrush(palette.color(QPalette::Window));
    m_plot->replot();
}

iqa::Status BatchPanel::exportCsv(const QString &path) const
{
    return iqa::BatchScoring::writeCsv(path, m_result);
}

iqa::Status BatchPanel::exportJson(const QString &path) const
{
    return iqa::BatchScoring::writeJson(path, m_result);
}

void BatchPanel::exportDialog(bool json)
{
    const QFileInfo source(m_result.source);
    const QString suggestion = source.absolutePath() + QLatin1Char('/') + source.completeBaseName()
                               + (json ? QStringLiteral("-scores.json") : QStringLiteral("-scores.csv"));
    const QString path = QFileDialog::getSaveFileName(
        this, json ? tr("Export Scores as JSON") : tr("Export Scores as CSV"), suggestion,
        json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const iqa::Status status = json ? exportJson(path) : exportCsv(path);
    m_status->setText(status ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : status.error());
}
