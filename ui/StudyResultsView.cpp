#include "StudyResultsView.h"

#include "AppSettings.h"

#include "StudyPresentation.h"

#include "studies/MosReport.h"
#include "studies/VotesCsv.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

enum ExportKind { VotesExport, LabelsExport, JsonExport };

// Sorts by the number, not by its text; a missing number sorts first.
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(const std::optional<double> &value, int decimals)
        : QTableWidgetItem(value ? QString::number(*value, 'f', decimals) : QStringLiteral("—"))
    {
        setData(Qt::UserRole, value ? *value : -std::numeric_limits<double>::infinity());
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    NumberItem(const std::optional<double> &value, const QString &text) : NumberItem(value, 0)
    {
        setText(value ? text : QStringLiteral("—"));
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

QTableWidgetItem *textItem(const QString &text, const QString &tooltip = QString())
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(tooltip.isEmpty() ? text : tooltip);
    return item;
}

void prepareTable(QTableWidget *table, const QStringList &headers)
{
    table->setSortingEnabled(false);
    table->clearContents();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
}

void finishTable(QTableWidget *table)
{
    table->resizeColumnsToContents();
    for (int c = 0; c < table->columnCount(); ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), 360));
    // Sorted by the first column until the user clicks another header.
    const int section = table->horizontalHeader()->sortIndicatorSection();
    const bool sorted = section >= 0 && section < table->columnCount();
    table->setSortingEnabled(true);
    if (!sorted)
        table->sortByColumn(0, Qt::AscendingOrder);
}

QTableWidget *createTable(const QString &objectName)
{
    auto *table = new QTableWidget;
    table->setObjectName(objectName);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QCustomPlot *createPlot(const QString &objectName)
{
    auto *plot = new QCustomPlot;
    plot->setObjectName(objectName);
    plot->setMinimumSize(320, 240);
    // The legend sits in a row of its own above the axes (as in the batch panel).
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setMargins(QMargins(4, 2, 4, 2));
    plot->legend->setVisible(false);
    return plot;
}

void resetPlot(QCustomPlot *plot)
{
    plot->clearPlottables();
    plot->clearItems();
    plot->legend->setVisible(false);
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot->xAxis->setTickLabelRotation(0);
}

// The legend (in its own row above the axes) and the final redraw.
void finishPlot(QCustomPlot *plot, bool legend)
{
    plot->legend->setVisible(legend);
    plot->legend->setBrush(plot->palette().color(QPalette::Window));
    plot->replot();
}

// A note in the middle of an empty plot, so it never looks merely broken; redraws.
void plotNote(QCustomPlot *plot, const QString &text)
{
    auto *note = new QCPItemText(plot);
    note->position->setType(QCPItemPosition::ptAxisRectRatio);
    note->position->setCoords(0.5, 0.5);
    note->setText(text);
    note->setColor(plot->palette().color(QPalette::WindowText));
    plot->replot();
}

// Colours of the charts (matplotlib's first ones, as the batch panel uses).
const QColor kBlue(0x1f, 0x77, 0xb4);
const QColor kRed(0xd6, 0x27, 0x28);
const QColor kGrey(0x8c, 0x8c, 0x8c);

QColor seriesColor(int i)
{
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                    QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                    QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
                                    QColor(0x17, 0xbe, 0xcf)};
    return colors[i % 10];
}

} // namespace

StudyResultsView::StudyResultsView(const QString &studyPath, QWidget *parent)
    : QWidget(parent),
      m_studyPath(studyPath),
      m_summary(new QLabel(this)),
      m_screeningLabel(new QLabel(this)),
      m_screening(new QComboBox(this)),
      m_outlierLabel(new QLabel(this)),
      m_outlierZ(new QDoubleSpinBox(this)),
      m_goldMinLabel(new QLabel(this)),
      m_goldMin(new QDoubleSpinBox(this)),
      m_toleranceLabel(new QLabel(this)),
      m_goldTolerance(new QDoubleSpinBox(this)),
      m_repeatLabel(new QLabel(this)),
      m_repeatMax(new QDoubleSpinBox(this)),
      m_scalingLabel(new QLabel(this)),
      m_scaling(new QComboBox(this)),
      m_bootstrapLabel(new QLabel(this)),
      m_bootstrap(new QSpinBox(this)),
      m_refresh(new QPushButton(this)),
      m_stimulusTabs(new QTabWidget(this)),
      m_tables(new QTabWidget(this)),
      m_stimuli(createTable(QStringLiteral("stimuli"))),
      m_raters(createTable(QStringLiteral("raters"))),
      m_excludedVotes(createTable(QStringLiteral("excludedVotes"))),
      m_charts(new QTabWidget(this)),
      m_mosPlot(createPlot(QStringLiteral("mosPlot"))),
      m_biasPlot(createPlot(QStringLiteral("biasPlot"))),
      m_timePlot(createPlot(QStringLiteral("timePlot"))),
      m_status(new QLabel(this)),
      m_exportVotes(new QPushButton(this)),
      m_exportLabels(new QPushButton(this)),
      m_exportJson(new QPushButton(this)),
      m_import(new QPushButton(this))
{
    setObjectName(QStringLiteral("studyResults"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportVotes->setObjectName(QStringLiteral("exportVotes"));
    m_exportLabels->setObjectName(QStringLiteral("exportLabels"));
    m_exportJson->setObjectName(QStringLiteral("exportJson"));
    m_import->setObjectName(QStringLiteral("importVotes"));

    // Object names double as the keys of the stored analysis options.
    m_screening->setObjectName(QStringLiteral("screening"));
    m_outlierZ->setObjectName(QStringLiteral("outlierZ"));
    m_goldMin->setObjectName(QStringLiteral("goldMinAccuracy"));
    m_goldTolerance->setObjectName(QStringLiteral("goldTolerance"));
    m_repeatMax->setObjectName(QStringLiteral("repeatMaxDifference"));
    m_bootstrap->setObjectName(QStringLiteral("bootstrap"));
    m_screening->addItem(QString(), QStringLiteral("bt500"));
    m_screening->addItem(QString(), QStringLiteral("none"));
    // Keys as `iqa mos --scaling` takes them; Bradley-Terry first, the default.
    m_scaling->setObjectName(QStringLiteral("scaling"));
    m_scaling->addItem(QString(), iqa::pairwiseScalingKey(iqa::PairwiseScaling::BradleyTerry));
    m_scaling->addItem(QString(), iqa::pairwiseScalingKey(iqa::PairwiseScaling::Thurstone));
    m_outlierZ->setRange(0, 10);
    m_outlierZ->setDecimals(1);
    m_outlierZ->setSingleStep(0.5);
    m_goldMin->setRange(0, 1);
    m_goldMin->setDecimals(2);
    m_goldMin->setSingleStep(0.05);
    m_goldMin->setValue(0.8);
    m_goldTolerance->setDecimals(2);
    m_repeatMax->setDecimals(2);
    m_bootstrap->setRange(0, 100000);
    m_bootstrap->setSingleStep(100);
    m_bootstrap->setValue(1000);

    // Rater screening on the first line, the pairwise scale on the second
    // (one line of all of them is wider than the window, in German by far);
    // the columns line up, with 8 px between the pairs.
    const QVector<QVector<std::pair<QLabel *, QWidget *>>> optionRows{
        {{m_screeningLabel, m_screening},
         {m_outlierLabel, m_outlierZ},
         {m_goldMinLabel, m_goldMin},
         {m_toleranceLabel, m_goldTolerance},
         {m_repeatLabel, m_repeatMax}},
        {{m_scalingLabel, m_scaling}, {m_bootstrapLabel, m_bootstrap}}};
    auto *options = new QGridLayout;
    int pairs = 0;
    for (int row = 0; row < optionRows.size(); ++row) {
        for (int i = 0; i < optionRows[row].size(); ++i) {
            auto [label, field] = optionRows[row][i];
            label->setBuddy(field);
            options->addWidget(label, row, 3 * i);
            options->addWidget(field, row, 3 * i + 1);
            options->setColumnMinimumWidth(3 * i + 2, 8);
        }
        pairs = std::max(pairs, int(optionRows[row].size()));
    }
    options->setColumnStretch(3 * pairs, 1);
    options->addWidget(m_refresh, 0, 3 * pairs + 1);

    // Stimuli above, the screening below: what the MOS is and whom it leaves out, at one glance.
    m_stimulusTabs->addTab(m_stimuli, QString());
    m_tables->addTab(m_raters, QString());
    m_tables->addTab(m_excludedVotes, QString());
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_stimulusTabs);
    left->addWidget(m_tables);
    left->setSizes({3, 2});
    m_charts->addTab(m_mosPlot, QString());
    m_charts->addTab(m_biasPlot, QString());
    m_charts->addTab(m_timePlot, QString());
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_charts);
    // The stimulus table needs about 600 px for its eight columns.
    splitter->setSizes({620, 780});

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_import);
    bottom->addWidget(m_exportVotes);
    bottom->addWidget(m_exportLabels);
    bottom->addWidget(m_exportJson);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(options);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(40);
    connect(&m_refreshTimer, &QTimer::timeout, this, &StudyResultsView::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &StudyResultsView::refresh);
    connect(m_screening, &QComboBox::currentIndexChanged, this, &StudyResultsView::scheduleRefresh);
    connect(m_scaling, &QComboBox::currentIndexChanged, this, &StudyResultsView::scheduleRefresh);
    for (QDoubleSpinBox *box : {m_outlierZ, m_goldMin, m_goldTolerance, m_repeatMax})
        connect(box, &QDoubleSpinBox::valueChanged, this, &StudyResultsView::scheduleRefresh);
    connect(m_bootstrap, &QSpinBox::valueChanged, this, &StudyResultsView::scheduleRefresh);
    connect(m_exportVotes, &QPushButton::clicked, this, [this] { exportDialog(VotesExport); });
    connect(m_exportLabels, &QPushButton::clicked, this, [this] { exportDialog(LabelsExport); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportDialog(JsonExport); });
    connect(m_import, &QPushButton::clicked, this, &StudyResultsView::importDialog);

    auto store = iqa::StudyStore::open(studyPath);
    if (!store) {
        m_openError = store.error();
    } else {
        m_store = std::move(*store);
        const iqa::VoteMethod method = m_store->info().method;
        const bool pairwise = method == iqa::VoteMethod::Pairwise;
        const iqa::VoteScale scale = iqa::voteScale(method);
        // Defaults as `iqa mos` applies them; the wizard's gold tolerance wins.
        m_goldTolerance->setRange(0, scale.range());
        m_goldTolerance->setSingleStep(method == iqa::VoteMethod::Slider ? 5 : 0.25);
        iqa::MosOptions defaults;
        const auto presentation = StudyPresentation::load(studyPath);
        if (presentation && presentation->goldTolerance)
            defaults.goldTolerance = presentation->goldTolerance;
        m_goldTolerance->setValue(iqa::effectiveGoldTolerance(defaults, method));
        m_repeatMax->setRange(0, pairwise ? 1 : scale.range());
        m_repeatMax->setSingleStep(pairwise ? 0.05 : method == iqa::VoteMethod::Slider ? 5 : 0.25);
        m_repeatMax->setValue(iqa::effectiveRepeatMaxDifference(defaults, method));
        // What does not apply to the method is shown disabled, not hidden,
        // so the row reads the same for every study.
        m_screening->setEnabled(!pairwise);
        m_outlierZ->setEnabled(!pairwise);
        m_goldTolerance->setEnabled(!pairwise);
        m_scaling->setEnabled(pairwise);
        m_bootstrap->setEnabled(pairwise);
        restoreAnalysis();
    }
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_exportVotes, m_exportLabels, m_exportJson, m_import, m_refresh})
        w->setEnabled(m_store != nullptr);
    retranslate();
    refresh();
    resize(1280, 760);
}

StudyResultsView::~StudyResultsView() = default;

void StudyResultsView::retranslate()
{
    setWindowTitle(m_store ? tr("Study Results: %1").arg(m_store->info().name) : tr("Study Results"));
    m_screeningLabel->setText(tr("&Screening:"));
    m_screening->setItemText(0, tr("ITU-R BT.500"));
    m_screening->setItemText(1, tr("None"));
    m_screening->setToolTip(tr("Rater rejection by the BT.500 beta-2 (kurtosis) test, after the gold and repeat "
                               "checks; not defined for pairwise comparisons"));
    m_outlierLabel->setText(tr("&Outlier z:"));
    m_outlierZ->setSpecialValueText(tr("Off"));
    m_outlierZ->setToolTip(tr("Drop single scores further than this many standard deviations from their "
                              "stimulus mean (0 = off; see docs/studies.md before using it)"));
    m_goldMinLabel->setText(tr("Gold &minimum:"));
    m_goldMin->setToolTip(tr("Raters with a smaller share of correct gold answers are excluded"));
    m_toleranceLabel->setText(tr("Gold &tolerance:"));
    m_goldTolerance->setToolTip(tr("A gold answer within ± this of the expected one is correct"));
    m_repeatLabel->setText(tr("&Repeat maximum:"));
    m_repeatMax->setToolTip(tr("Raters whose repeated answers differ more than this on average are excluded "
                               "(pairwise: the share of repeats answered differently)"));
    m_scalingLabel->setText(tr("S&caling:"));
    m_scaling->setItemText(0, tr("Bradley-Terry"));
    m_scaling->setItemText(1, tr("Thurstone Case V"));
    m_scaling->setToolTip(tr("How the pairwise preferences become a scale: Bradley-Terry (logistic; unit: logit) or "
                             "Thurstone Case V (normal; unit: standard deviation of the difference of two stimuli's "
                             "qualities). Both rank alike; Bradley-Terry values come out about 1.7 times larger"));
    m_bootstrapLabel->setText(tr("&Bootstrap:"));
    m_bootstrap->setToolTip(tr("Resamples for the pairwise scale's intervals"));
    m_refresh->setText(tr("Re&fresh"));
    m_refresh->setToolTip(tr("Read the votes again (a session may be rating right now)"));
    m_stimulusTabs->setTabText(0, tr("Stimuli"));
    m_tables->setTabText(0, tr("Raters"));
    m_tables->setTabText(1, tr("Excluded votes"));
    m_charts->setTabText(0, tr("MOS with 95% CI"));
    m_charts->setTabText(1, tr("Rater bias"));
    m_charts->setTabText(2, tr("Votes over time"));
    m_exportVotes->setText(tr("Export &Votes CSV…"));
    m_exportVotes->setToolTip(tr("One row per vote with all its context; iqa mos and iqa study import read it"));
    m_exportLabels->setText(tr("Export MOS &Labels…"));
    m_exportLabels->setToolTip(tr("A label CSV after screening, for iqa eval and fine-tuning"));
    m_exportJson->setText(tr("Export &JSON…"));
    m_exportJson->setToolTip(tr("The study, its sessions and votes, and these results"));
    m_import->setText(tr("&Import Votes…"));
    m_import->setToolTip(tr("Merge a votes CSV, e.g. the export of a copy of this study rated elsewhere"));
    if (m_store) {
        fillStimuli();
        fillRaters();
        fillExcludedVotes();
        plotMos();
        plotBias();
        plotVotesOverTime();
    }
    m_summary->setText(summaryText());
}

void StudyResultsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

iqa::MosOptions StudyResultsView::options() const
{
    iqa::MosOptions options;
    options.screening = iqa::parseRaterScreening(m_screening->currentData().toString()).value_or(options.screening);
    options.outlierZ = m_outlierZ->value();
    options.goldMinAccuracy = m_goldMin->value();
    if (m_store && m_store->info().method != iqa::VoteMethod::Pairwise)
        options.goldTolerance = m_goldTolerance->value();
    options.repeatMaxDifference = m_repeatMax->value();
    options.scaling = iqa::parsePairwiseScaling(m_scaling->currentData().toString()).value_or(options.scaling);
    options.bootstrapSamples = m_bootstrap->value();
    return options;
}

void StudyResultsView::scheduleRefresh()
{
    storeAnalysis();
    m_refreshTimer.start();
}

void StudyResultsView::restoreAnalysis()
{
    const QVariantMap saved = AppSettings::instance().studyAnalysis(m_studyPath);
    for (QComboBox *box : {m_screening, m_scaling}) {
        const int index = box->findData(saved.value(box->objectName()).toString());
        if (index >= 0) {
            const QSignalBlocker block(box);
            box->setCurrentIndex(index);
        }
    }
    // Numbers outside a box's range (another version's, or edited by hand)
    // are clamped by the box itself.
    for (QDoubleSpinBox *box : {m_outlierZ, m_goldMin, m_goldTolerance, m_repeatMax}) {
        bool ok = false;
        const double value = saved.value(box->objectName()).toDouble(&ok);
        if (ok) {
            const QSignalBlocker block(box);
            box->setValue(value);
        }
    }
    bool ok = false;
    const int samples = saved.value(m_bootstrap->objectName()).toInt(&ok);
    if (ok) {
        const QSignalBlocker block(m_bootstrap);
        m_bootstrap->setValue(samples);
    }
    m_analysisRestored = true;
}

void StudyResultsView::storeAnalysis() const
{
    // Before the restore, the changes are the view setting itself up.
    if (!m_analysisRestored)
        return;
    QVariantMap options{{m_bootstrap->objectName(), m_bootstrap->value()}};
    for (const QComboBox *box : {m_screening, m_scaling})
        options.insert(box->objectName(), box->currentData());
    for (const QDoubleSpinBox *box : {m_outlierZ, m_goldMin, m_goldTolerance, m_repeatMax})
        options.insert(box->objectName(), box->value());
    AppSettings::instance().setStudyAnalysis(m_studyPath, options);
}

void StudyResultsView::refresh()
{
    m_refreshTimer.stop();
    m_result.reset();
    m_failure.clear();
    m_records.clear();
    if (!m_store) {
        m_failure = m_openError;
    } else if (const auto records = m_store->voteRecords(); !records) {
        m_failure = records.error();
    } else {
        m_records = *records;
        const auto votes = m_store->votesForAggregation();
        if (!votes) {
            m_failure = votes.error();
        } else if (!votes->isEmpty()) {
            auto result = iqa::MosAggregator::aggregate(*votes, m_store->info().method, options());
            if (result)
                m_result = *result;
            else
                m_failure = result.error();
        }
    }
    showStatus(m_failure, !m_failure.isEmpty());
    retranslate();
}

QString StudyResultsView::summaryText() const
{
    if (!m_store)
        return m_openError;
    const iqa::StudyInfo &info = m_store->info();
    QString text = tr("<b>%1</b> · %2 · %3")
                       .arg(info.name.toHtmlEscaped(), iqa::voteMethodKey(info.method).toUpper(),
                            QDir::toNativeSeparators(m_store->path()).toHtmlEscaped());
    if (!m_result)
        return text + QStringLiteral("<br>") + (m_failure.isEmpty() ? tr("No votes yet.") : m_failure.toHtmlEscaped());
    const int excluded = int(std::count_if(m_result->raters.begin(), m_result->raters.end(),
                                           [](const iqa::RaterReport &r) { return r.excluded; }));
    text += QStringLiteral("<br>") + tr("Raters: %1, excluded: %2. Votes: %3 (%4 used, %5 training, %6 gold).")
                                         .arg(m_result->raters.size())
                                         .arg(excluded)
                                         .arg(m_result->votesTotal)
                                         .arg(m_result->votesUsed)
                                         .arg(m_result->trainingVotes)
                                         .arg(m_result->goldVotes);
    if (!m_result->screeningNote.isEmpty())
        text += QLatin1Char(' ') + m_result->screeningNote.toHtmlEscaped() + QLatin1Char('.');
    return text;
}

iqa::PairwiseScaling StudyResultsView::shownScaling() const
{
    return m_result ? m_result->scaling : options().scaling;
}

void StudyResultsView::fillStimuli()
{
    const bool pairwise = m_store->info().method == iqa::VoteMethod::Pairwise;
    const QString scaleHeader =
        shownScaling() == iqa::PairwiseScaling::Thurstone ? tr("Scale (Thurstone)") : tr("Scale (BT)");
    prepareTable(m_stimuli, pairwise ? QStringList{tr("Image"), scaleHeader, tr("Bootstrap std"), tr("95% low"),
                                                   tr("95% high"), tr("Wins"), tr("Comparisons"), tr("Votes")}
                                     : QStringList{tr("Stimulus"), tr("MOS"), tr("Std"), tr("95% CI ±"), tr("95% low"),
                                                   tr("95% high"), tr("n"), tr("Votes")});
    const QVector<iqa::StimulusMos> stimuli = m_result ? m_result->stimuli : QVector<iqa::StimulusMos>();
    m_stimuli->setRowCount(int(stimuli.size()));
    const int decimals = m_store->info().method == iqa::VoteMethod::Slider ? 2 : 3;
    for (int row = 0; row < stimuli.size(); ++row) {
        const iqa::StimulusMos &s = stimuli[row];
        m_stimuli->setItem(row, 0, textItem(s.stimulus.text));
        m_stimuli->setItem(row, 1, new NumberItem(s.mos, decimals));
        m_stimuli->setItem(row, 2, new NumberItem(s.std, decimals));
        m_stimuli->setItem(row, 3, new NumberItem(pairwise ? std::optional<double>(s.ciLow) : s.ci95, decimals));
        m_stimuli->setItem(row, 4, new NumberItem(pairwise ? s.ciHigh : s.ciLow, decimals));
        m_stimuli->setItem(row, 5, pairwise ? new NumberItem(double(s.wins), 0) : new NumberItem(s.ciHigh, decimals));
        m_stimuli->setItem(row, 6, new NumberItem(double(s.n), 0));
        m_stimuli->setItem(row, 7, new NumberItem(double(s.votes), 0));
    }
    finishTable(m_stimuli);
}

void StudyResultsView::fillRaters()
{
    const bool pairwise = m_store->info().method == iqa::VoteMethod::Pairwise;
    // The reason comes third: it is what this table is read for.
    prepareTable(m_raters,
                 {tr("Rater"), tr("Status"), tr("Reason"), tr("Votes"), tr("Stimuli rated"), tr("Gold correct"),
                  tr("Repeat difference"), tr("BT.500 P/Q"), tr("Bias"), tr("Correlation")});
    const QVector<iqa::RaterReport> raters = m_result ? m_result->raters : QVector<iqa::RaterReport>();
    m_raters->setRowCount(int(raters.size()));
    for (int row = 0; row < raters.size(); ++row) {
        const iqa::RaterReport &r = raters[row];
        auto *status = textItem(r.excluded ? tr("excluded (%1)").arg(r.rule) : tr("kept"));
        if (r.excluded)
            status->setForeground(kRed);
        m_raters->setItem(row, 0, textItem(r.rater));
        m_raters->setItem(row, 1, status);
        // A kept rater with a large steady offset gets the same note as `iqa mos` prints
        // (an eighth of the scale): BT.500 does not reject offsets, the reader should know.
        QString reason = r.reason;
        if (!r.excluded && r.bias && std::abs(*r.bias) >= iqa::voteScale(m_store->info().method).range() / 8.0)
            reason = tr("scores %1 on average against the MOS (kept: screening does not catch a steady offset)")
                         .arg(QString::number(*r.bias, 'f', 2));
        m_raters->setItem(row, 2, textItem(reason));
        m_raters->setItem(row, 3, new NumberItem(double(r.votes), 0));
        m_raters->setItem(row, 4, new NumberItem(double(r.scores), 0));
        m_raters->setItem(
            row, 5,
            new NumberItem(r.goldAccuracy, r.goldAccuracy
                                               ? tr("%1% of %2").arg(qRound(*r.goldAccuracy * 100)).arg(r.goldChecked)
                                               : QString()));
        m_raters->setItem(row, 6, new NumberItem(r.repeatDifference, pairwise ? 2 : 3));
        m_raters->setItem(row, 7,
                          textItem(r.screened ? QStringLiteral("%1/%2").arg(r.p).arg(r.q) : QStringLiteral("—")));
        m_raters->setItem(row, 8, new NumberItem(r.bias, 3));
        m_raters->setItem(row, 9, new NumberItem(r.correlation, 2));
    }
    finishTable(m_raters);
}

void StudyResultsView::fillExcludedVotes()
{
    prepareTable(m_excludedVotes, {tr("Rater"), tr("Stimulus"), tr("Reason")});
    const QVector<iqa::ExcludedVote> votes = m_result ? m_result->excludedVotes : QVector<iqa::ExcludedVote>();
    m_excludedVotes->setRowCount(int(votes.size()));
    for (int row = 0; row < votes.size(); ++row) {
        m_excludedVotes->setItem(row, 0, textItem(votes[row].rater));
        m_excludedVotes->setItem(row, 1, textItem(votes[row].stimulus));
        m_excludedVotes->setItem(row, 2, textItem(votes[row].reason));
    }
    finishTable(m_excludedVotes);
}

void StudyResultsView::plotMos()
{
    resetPlot(m_mosPlot);
    const iqa::VoteMethod method = m_store->info().method;
    const bool pairwise = method == iqa::VoteMethod::Pairwise;
    m_mosPlot->xAxis->setLabel(pairwise ? tr("Images, ordered by scale") : tr("Stimuli, ordered by MOS"));
    const QString scaleLabel = shownScaling() == iqa::PairwiseScaling::Thurstone
                                   ? tr("Thurstone Case V scale (SD of a difference of two stimuli)")
                                   : tr("Bradley-Terry scale (log strength)");
    m_mosPlot->yAxis->setLabel(
        pairwise ? scaleLabel : tr("MOS (%1 … %2)").arg(iqa::voteScale(method).min).arg(iqa::voteScale(method).max));
    QVector<const iqa::StimulusMos *> shown;
    if (m_result)
        for (const iqa::StimulusMos &s : m_result->stimuli)
            if (s.mos)
                shown << &s;
    if (shown.isEmpty()) {
        plotNote(m_mosPlot, tr("No MOS yet"));
        return;
    }
    std::sort(shown.begin(), shown.end(),
              [](const iqa::StimulusMos *a, const iqa::StimulusMos *b) { return *a->mos < *b->mos; });
    QVector<double> x, y, below, above;
    double low = *shown.first()->mos, high = *shown.last()->mos;
    for (int i = 0; i < shown.size(); ++i) {
        const iqa::StimulusMos &s = *shown[i];
        x << i + 1;
        y << *s.mos;
        below << (s.ciLow ? *s.mos - *s.ciLow : 0.0);
        above << (s.ciHigh ? *s.ciHigh - *s.mos : 0.0);
        low = std::min(low, s.ciLow.value_or(*s.mos));
        high = std::max(high, s.ciHigh.value_or(*s.mos));
    }
    QCPGraph *points = m_mosPlot->addGraph();
    points->setLineStyle(QCPGraph::lsNone);
    points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kBlue, 7));
    points->setData(x, y, true);
    points->setName(pairwise ? tr("Scale") : tr("MOS"));
    auto *bars = new QCPErrorBars(m_mosPlot->xAxis, m_mosPlot->yAxis);
    bars->setDataPlottable(points);
    bars->setData(below, above);
    bars->setPen(QPen(kBlue.darker(130), 1.2));
    bars->setWhiskerWidth(6);
    bars->setName(pairwise ? tr("95% bootstrap interval") : tr("95% confidence interval"));
    // Names under the points while they fit; beyond that, numbers (the table has the names).
    if (shown.size() <= 16) {
        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        for (int i = 0; i < shown.size(); ++i) {
            const QString text = shown[i]->stimulus.text;
            const QString last = text.section(QLatin1Char('|'), -1).section(QLatin1Char('/'), -1);
            ticker->addTick(i + 1, last.size() > 18 ? last.left(16) + QStringLiteral("…") : last);
        }
        m_mosPlot->xAxis->setTicker(ticker);
        // Negative: the names run down to the left, away from the plot's right edge.
        m_mosPlot->xAxis->setTickLabelRotation(shown.size() > 6 ? -35 : 0);
    }
    m_mosPlot->xAxis->setRange(0.4, shown.size() + 0.6);
    if (pairwise) {
        const double pad = std::max(0.1, (high - low) * 0.08);
        m_mosPlot->yAxis->setRange(low - pad, high + pad);
    } else {
        const iqa::VoteScale scale = iqa::voteScale(method);
        m_mosPlot->yAxis->setRange(scale.min - scale.range() * 0.05, scale.max + scale.range() * 0.05);
    }
    finishPlot(m_mosPlot, true);
}

void StudyResultsView::plotBias()
{
    resetPlot(m_biasPlot);
    m_biasPlot->xAxis->setLabel(tr("Rater"));
    m_biasPlot->yAxis->setLabel(tr("Bias: mean of score − MOS"));
    if (m_store->info().method == iqa::VoteMethod::Pairwise) {
        plotNote(m_biasPlot, tr("Rater bias is defined for rating scales, not for pairwise comparisons"));
        return;
    }
    if (!m_result || m_result->raters.isEmpty()) {
        plotNote(m_biasPlot, tr("No raters yet"));
        return;
    }
    // Kept and excluded raters in two bar series, so the legend explains the colours.
    auto *kept = new QCPBars(m_biasPlot->xAxis, m_biasPlot->yAxis);
    auto *excluded = new QCPBars(m_biasPlot->xAxis, m_biasPlot->yAxis);
    kept->setName(tr("Kept"));
    kept->setBrush(kBlue);
    kept->setPen(Qt::NoPen);
    excluded->setName(tr("Excluded"));
    excluded->setBrush(kRed);
    excluded->setPen(Qt::NoPen);
    kept->setWidth(0.6);
    excluded->setWidth(0.6);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double extent = 0.25;
    for (int i = 0; i < m_result->raters.size(); ++i) {
        const iqa::RaterReport &r = m_result->raters[i];
        ticker->addTick(i + 1, r.rater);
        if (!r.bias)
            continue;
        (r.excluded ? excluded : kept)->addData(i + 1, *r.bias);
        extent = std::max(extent, std::abs(*r.bias));
    }
    m_biasPlot->xAxis->setTicker(ticker);
    m_biasPlot->xAxis->setTickLabelRotation(m_result->raters.size() > 8 ? -35 : 0);
    m_biasPlot->xAxis->setRange(0.4, m_result->raters.size() + 0.6);
    m_biasPlot->yAxis->setRange(-extent * 1.15, extent * 1.15);
    finishPlot(m_biasPlot, true);
}

void StudyResultsView::plotVotesOverTime()
{
    resetPlot(m_timePlot);
    m_timePlot->xAxis->setLabel(tr("Time the vote was cast"));
    m_timePlot->yAxis->setLabel(tr("Votes (cumulative, per rater)"));
    // Per rater, the running count against the answer time: gaps are breaks
    // or pauses, steep parts fast raters, all on one time axis.
    QMap<QString, QVector<double>> times;
    QStringList order;
    for (const iqa::VoteRecord &r : m_records) {
        const QDateTime at = QDateTime::fromString(r.answeredAt, Qt::ISODateWithMs);
        if (!at.isValid())
            continue;
        if (!times.contains(r.rater))
            order << r.rater;
        times[r.rater] << at.toMSecsSinceEpoch() / 1000.0;
    }
    if (order.isEmpty()) {
        plotNote(m_timePlot, tr("No votes with a time yet"));
        return;
    }
    double first = std::numeric_limits<double>::max(), last = std::numeric_limits<double>::lowest();
    int most = 0;
    for (int i = 0; i < order.size(); ++i) {
        QVector<double> t = times.value(order[i]);
        std::sort(t.begin(), t.end());
        QVector<double> count(t.size());
        for (int k = 0; k < t.size(); ++k)
            count[k] = k + 1;
        QCPGraph *graph = m_timePlot->addGraph();
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graph->setPen(QPen(seriesColor(i), 1.6));
        graph->setData(t, count, true);
        graph->setName(order[i]);
        first = std::min(first, t.first());
        last = std::max(last, t.last());
        most = std::max(most, int(t.size()));
    }
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeSpec(Qt::LocalTime);
    ticker->setDateTimeFormat(last - first > 86400 ? QStringLiteral("d MMM\nHH:mm") : QStringLiteral("HH:mm:ss"));
    m_timePlot->xAxis->setTicker(ticker);
    const double pad = std::max(1.0, (last - first) * 0.04);
    m_timePlot->xAxis->setRange(first - pad, last + pad);
    // Counts are whole numbers: a fixed integer step, about eight ticks.
    QSharedPointer<QCPAxisTickerFixed> counts(new QCPAxisTickerFixed);
    counts->setTickStep(std::max(1.0, std::ceil(most / 8.0)));
    counts->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_timePlot->yAxis->setTicker(counts);
    m_timePlot->yAxis->setRange(0, most * 1.08 + 0.5);
    finishPlot(m_timePlot, order.size() <= 12);
}

void StudyResultsView::showStatus(const QString &text, bool problem)
{
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
}

iqa::Status StudyResultsView::exportVotes(const QString &csvPath) const
{
    if (!m_store)
        return iqa::Status::failure(m_openError);
    return m_store->exportVotesCsv(csvPath);
}

iqa::Status StudyResultsView::exportLabels(const QString &csvPath, int *omitted) const
{
    if (!m_result)
        return iqa::Status::failure(m_failure.isEmpty() ? tr("No votes yet, so no MOS to write.") : m_failure);
    return iqa::MosReport::writeLabelCsv(*m_result, csvPath, omitted);
}

iqa::Status StudyResultsView::exportJson(const QString &jsonPath) const
{
    if (!m_store)
        return iqa::Status::failure(m_openError);
    // The shape of `iqa study export --json`: the study, with the MOS under "mos".
    auto json = m_store->toJson();
    if (!json)
        return iqa::Status::failure(json.error());
    (*json)[QStringLiteral("mos")] = m_result
                                         ? QJsonValue(iqa::MosReport::toJson(*m_result, options(), m_store->folder()))
                                         : QJsonValue(QJsonValue::Null);
    QSaveFile file(jsonPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(*json).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit())
        return iqa::Status::failure(
            tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(jsonPath), file.errorString()));
    return iqa::Status::success();
}

iqa::Expected<iqa::ImportReport> StudyResultsView::importVotes(const QString &csvPath)
{
    using Result = iqa::Expected<iqa::ImportReport>;
    if (!m_store)
        return Result::failure(m_openError);
    const auto votes = iqa::VotesCsv::read(csvPath);
    if (!votes)
        return Result::failure(votes.error());
    auto report = m_store->importVotes(*votes);
    if (report)
        refresh();
    return report;
}

void StudyResultsView::exportDialog(int kind)
{
    const QFileInfo study(m_store->path());
    const QString base = study.absolutePath() + QLatin1Char('/') + study.completeBaseName();
    const QString suggestion = base + (kind == VotesExport    ? QStringLiteral("-votes.csv")
                                       : kind == LabelsExport ? QStringLiteral("-mos.csv")
                                                              : QStringLiteral(".json"));
    const QString title = kind == VotesExport    ? tr("Export Votes")
                          : kind == LabelsExport ? tr("Export MOS Labels")
                                                 : tr("Export Study as JSON");
    const QString path = QFileDialog::getSaveFileName(
        this, title, suggestion, kind == JsonExport ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    int omitted = 0;
    const iqa::Status status = kind == VotesExport    ? exportVotes(path)
                               : kind == LabelsExport ? exportLabels(path, &omitted)
                                                      : exportJson(path);
    if (!status) {
        showStatus(status.error(), true);
        return;
    }
    QString text = tr("Saved %1").arg(QDir::toNativeSeparators(path));
    if (omitted > 0)
        text += QLatin1String(" ") +
                tr("(stimuli without a MOS, left out: %1; every rater of them was excluded)").arg(omitted);
    showStatus(text, false);
}

void StudyResultsView::importDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Votes"), QFileInfo(m_store->path()).absolutePath(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto report = importVotes(path);
    if (!report) {
        showStatus(report.error(), true);
        return;
    }
    QString text = tr("Imported %1 votes (%2 already present, %3 new sessions, %4 new raters, %5 rows skipped).")
                       .arg(report->imported)
                       .arg(report->alreadyPresent)
                       .arg(report->sessionsCreated)
                       .arg(report->ratersCreated)
                       .arg(report->skipped.size());
    for (int i = 0; i < std::min<qsizetype>(3, report->skipped.size()); ++i)
        text += QLatin1Char('\n') + tr("Line %1: %2").arg(report->skipped[i].line).arg(report->skipped[i].reason);
    showStatus(text, !report->skipped.isEmpty());
}
