#include "FineTuneWindow.h"

#include "AppSettings.h"
#include "FineTunePlots.h"
#include "Formatting.h"
#include "models/Device.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace {

const QString kVaeQa = QStringLiteral("vae-qa");
const QString kCrossIqa = QStringLiteral("cross-iqa");
// Cross-IQA's head is a ridge fit whose strength k-fold validation chooses:
// it always runs with folds, at least two.
constexpr int kCrossIqaMinFolds = 2;

// Letters, digits, space, dot, dash and underscore: a name that is a file
// name on every system and cannot leave the checkpoints folder.
bool isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\w][\\w .-]{0,79}$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(name).hasMatch() && !name.endsWith(QLatin1Char('.')) && !name.contains(QStringLiteral(".."));
}

} // namespace

FineTuneWindow::FineTuneWindow(QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_worker(new iqa::TrainingWorker(this)),
      m_labelsBox(new QGroupBox(this)),
      m_sourceLabel(new QLabel(this)),
      m_source(new QComboBox(this)),
      m_pathLabel(new QLabel(this)),
      m_path(new QLineEdit(this)),
      m_browse(new QPushButton(this)),
      m_directionLabel(new QLabel(this)),
      m_direction(new QComboBox(this)),
      m_summary(new QLabel(this)),
      m_modelBox(new QGroupBox(this)),
      m_modelLabel(new QLabel(this)),
      m_model(new QComboBox(this)),
      m_startLabel(new QLabel(this)),
      m_startFrom(new QComboBox(this)),
      m_comparison(new QCheckBox(this)),
      m_blocksLabel(new QLabel(this)),
      m_blocks(new QSpinBox(this)),
      m_orderedViewsLabel(new QLabel(this)),
      m_orderedViews(new QSpinBox(this)),
      m_splitBox(new QGroupBox(this)),
      m_seedLabel(new QLabel(this)),
      m_seed(new QSpinBox(this)),
      m_shareLabel(new QLabel(this)),
      m_validationShare(new QDoubleSpinBox(this)),
      m_foldsLabel(new QLabel(this)),
      m_folds(new QSpinBox(this)),
      m_trainingBox(new QGroupBox(this)),
      m_lossLabel(new QLabel(this)),
      m_loss(new QComboBox(this)),
      m_epochsLabel(new QLabel(this)),
      m_epochs(new QSpinBox(this)),
      m_patienceLabel(new QLabel(this)),
      m_patience(new QSpinBox(this)),
      m_rateLabel(new QLabel(this)),
      m_learningRate(new QDoubleSpinBox(this)),
      m_keepFeatures(new QCheckBox(this)),
      m_cacheInfo(new QLabel(this)),
      m_clearCache(new QPushButton(this)),
      m_nameLabel(new QLabel(this)),
      m_name(new QLineEdit(this)),
      m_warning(new QLabel(this)),
      m_start(new QPushButton(this)),
      m_pause(new QPushButton(this)),
      m_cancel(new QPushButton(this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_curves(new TrainingCurves(this)),
      m_beforeAfter(new BeforeAfterPlots(this)),
      m_types(new QTableWidget(0, 3, this)),
      m_log(new QPlainTextEdit(this)),
      m_checkpointsBox(new QGroupBox(this)),
      m_active(new QLabel(this)),
      m_saved(new QComboBox(this)),
      m_makeActive(new QPushButton(this)),
      m_rollBack(new QPushButton(this))
{
    setObjectName(QStringLiteral("fineTuneWindow"));
    buildForm();

    connect(m_source, &QComboBox::activated, this, [this] {
        m_path->clear();
        labelsChanged();
    });
    connect(m_browse, &QPushButton::clicked, this, &FineTuneWindow::browseLabels);
    connect(m_path, &QLineEdit::editingFinished, this, [this] { labelsChanged(); });
    connect(m_direction, &QComboBox::activated, this, &FineTuneWindow::updateWarning);
    connect(m_model, &QComboBox::currentIndexChanged, this, &FineTuneWindow::modelChanged);
    connect(m_validationShare, &QDoubleSpinBox::valueChanged, this, &FineTuneWindow::updateWarning);
    connect(m_folds, &QSpinBox::valueChanged, this, &FineTuneWindow::updateWarning);
    connect(m_blocks, &QSpinBox::valueChanged, this, [this] {
        applyTrainingDefaults();
        updateWarning();
        updateControls();
    });
    connect(m_comparison, &QCheckBox::toggled, this, &FineTuneWindow::updateControls);
    connect(m_start, &QPushButton::clicked, this, &FineTuneWindow::startTraining);
    connect(m_pause, &QPushButton::clicked, this, [this] { m_worker->setPaused(!m_worker->isPaused()); });
    connect(m_cancel, &QPushButton::clicked, m_worker, &iqa::TrainingWorker::cancel);
    connect(m_clearCache, &QPushButton::clicked, this, [this] {
        if (!QFile::remove(featureCachePath()) && QFileInfo::exists(featureCachePath()))
            setStatus(tr("Cannot delete %1.").arg(QDir::toNativeSeparators(featureCachePath())), true);
        updateCacheInfo();
    });
    connect(m_makeActive, &QPushButton::clicked, this, &FineTuneWindow::makeSelectedActive);
    connect(m_rollBack, &QPushButton::clicked, this, &FineTuneWindow::rollBackToDefault);
    connect(m_saved, &QComboBox::currentIndexChanged, this, &FineTuneWindow::updateControls);

    connect(m_worker, &iqa::TrainingWorker::note, this, &FineTuneWindow::appendLog);
    connect(m_worker, &iqa::TrainingWorker::encodingProgress, this, &FineTuneWindow::onEncoding);
    connect(m_worker, &iqa::TrainingWorker::epochFinished, this, &FineTuneWindow::onEpoch);
    connect(m_worker, &iqa::TrainingWorker::finished, this, &FineTuneWindow::onFinished);
    connect(m_worker, &iqa::TrainingWorker::failed, this, &FineTuneWindow::onFailed);
    connect(m_worker, &iqa::TrainingWorker::cancelled, this, &FineTuneWindow::onCancelled);
    connect(m_worker, &iqa::TrainingWorker::pausedChanged, this, [this](bool paused) {
        setStatus(paused ? tr("Paused. The run waits at its next step until you resume or cancel.") : tr("Resumed."));
        updateControls();
    });
    connect(&AppSettings::instance(), &AppSettings::settingsChanged, this, &FineTuneWindow::updateActiveLabel);

    retranslate();
    modelChanged();
    resize(1200, 780);
}

FineTuneWindow::~FineTuneWindow()
{
    // The worker's destructor cancels and waits; disconnect first so that
    // nothing arrives at a half-destroyed window.
    m_worker->disconnect(this);
}

void FineTuneWindow::buildForm()
{
    m_source->addItem(QString(), int(LabelSource::Csv));
    m_source->addItem(QString(), int(LabelSource::Study));
    m_direction->addItem(QString(), false);
    m_direction->addItem(QString(), true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *labels = new QFormLayout(m_labelsBox);
    labels->addRow(m_sourceLabel, m_source);
    labels->addRow(m_pathLabel, pathRow);
    labels->addRow(m_directionLabel, m_direction);
    labels->addRow(m_summary);
    m_sourceLabel->setBuddy(m_source);
    m_pathLabel->setBuddy(m_path);
    m_directionLabel->setBuddy(m_direction);

    m_model->addItem(QString(), kVaeQa);
    m_model->addItem(QString(), kCrossIqa);
    auto *model = new QFormLayout(m_modelBox);
    model->addRow(m_modelLabel, m_model);
    model->addRow(m_startLabel, m_startFrom);
    model->addRow(m_comparison);
    model->addRow(m_blocksLabel, m_blocks);
    model->addRow(m_orderedViewsLabel, m_orderedViews);
    m_blocksLabel->setBuddy(m_blocks);
    m_blocks->setRange(0, 6);  // Cross-IQA's depth (docs/models/cross-iqa.md)
    m_orderedViewsLabel->setBuddy(m_orderedViews);
    // Off by default: the user's labels are the preference to learn, and
    // theirs may reward what the bank calls a degradation (a taste for dark
    // photos, say). The shipped head used 2.
    m_orderedViews->setRange(0, 8);
    m_modelLabel->setBuddy(m_model);
    m_startLabel->setBuddy(m_startFrom);

    m_seed->setRange(0, 999999);
    m_seed->setValue(1);
    m_validationShare->setRange(0.1, 0.5);
    m_validationShare->setSingleStep(0.05);
    m_validationShare->setValue(0.2);
    m_folds->setRange(0, 10);
    auto *split = new QFormLayout(m_splitBox);
    split->addRow(m_seedLabel, m_seed);
    split->addRow(m_shareLabel, m_validationShare);
    split->addRow(m_foldsLabel, m_folds);
    m_seedLabel->setBuddy(m_seed);
    m_shareLabel->setBuddy(m_validationShare);
    m_foldsLabel->setBuddy(m_folds);

    m_loss->addItem(QString(), int(iqa::FineTuneLoss::Mse));
    m_loss->addItem(QString(), int(iqa::FineTuneLoss::Rank));
    // The values: applyTrainingDefaults, for the trainer chosen.
    m_epochs->setRange(1, 1000);
    m_patience->setRange(1, 1000);
    m_learningRate->setDecimals(6);
    m_learningRate->setRange(1e-6, 1e-1);
    m_learningRate->setSingleStep(1e-4);
    auto *training = new QFormLayout(m_trainingBox);
    training->addRow(m_lossLabel, m_loss);
    training->addRow(m_epochsLabel, m_epochs);
    training->addRow(m_patienceLabel, m_patience);
    training->addRow(m_rateLabel, m_learningRate);
    m_keepFeatures->setChecked(true);
    m_cacheInfo->setWordWrap(true);
    auto *cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_cacheInfo, 1);
    cacheRow->addWidget(m_clearCache);
    training->addRow(m_keepFeatures);
    training->addRow(cacheRow);
    m_lossLabel->setBuddy(m_loss);
    m_epochsLabel->setBuddy(m_epochs);
    m_patienceLabel->setBuddy(m_patience);
    m_rateLabel->setBuddy(m_learningRate);

    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #a15c00;"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_nameLabel);
    nameRow->addWidget(m_name, 1);
    m_nameLabel->setBuddy(m_name);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);

    auto *formWidget = new QWidget(this);
    auto *form = new QVBoxLayout(formWidget);
    form->addWidget(m_labelsBox);
    form->addWidget(m_modelBox);
    form->addWidget(m_splitBox);
    form->addWidget(m_trainingBox);
    form->addLayout(nameRow);
    form->addWidget(m_warning);
    form->addLayout(buttons);
    form->addWidget(m_progress);
    form->addWidget(m_status);
    form->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(formWidget);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(470);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // the form wraps instead
    for (QComboBox *combo : {m_source, m_direction, m_model, m_startFrom, m_loss}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }

    m_types->verticalHeader()->setVisible(false);
    m_types->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_types->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_types->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_types->setMaximumHeight(150);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saved->setMinimumContentsLength(24);
    auto *checkpoints = new QHBoxLayout(m_checkpointsBox);
    checkpoints->addWidget(m_active, 1);
    checkpoints->addWidget(m_saved);
    checkpoints->addWidget(m_makeActive);
    checkpoints->addWidget(m_rollBack);

    auto *results = new QWidget(this);
    auto *right = new QVBoxLayout(results);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_curves, 3);
    right->addWidget(m_beforeAfter, 4);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_types, 1);
    bottom->addWidget(m_log, 2);
    right->addLayout(bottom, 2);
    right->addWidget(m_checkpointsBox);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(results);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({480, 720});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void FineTuneWindow::retranslate()
{
    setWindowTitle(tr("Fine-tune models — IQA Studio"));
    m_labelsBox->setTitle(tr("Labels"));
    m_sourceLabel->setText(tr("S&ource:"));
    m_source->setItemText(0, tr("Label CSV (ref,dist,mos or image,mos)"));
    m_source->setItemText(1, tr("Rating study (its MOS)"));
    m_pathLabel->setText(tr("&File:"));
    m_browse->setText(tr("Bro&wse…"));
    m_directionLabel->setText(tr("&Direction:"));
    m_direction->setItemText(0, tr("Higher is better (MOS)"));
    m_direction->setItemText(1, tr("Lower is better (DMOS), flipped before training"));
    m_modelBox->setTitle(tr("Model"));
    m_modelLabel->setText(tr("&Train:"));
    m_model->setItemText(0, tr("VAE-QA head (encoder frozen)"));
    m_model->setItemText(1, tr("Cross-IQA: linear head, optionally the last blocks"));
    m_startLabel->setText(tr("Start fro&m:"));
    m_comparison->setText(tr("Fit the compar&isons directly (pairwise studies)"));
    m_blocksLabel->setText(tr("&Gradient-train the last blocks:"));
    m_blocks->setSpecialValueText(tr("none (the linear head only)"));
    m_blocks->setToolTip(tr("Cross-IQA: also train the last transformer blocks (with the final norm and the head) "
                            "by gradient descent; the front blocks stay frozen"));
    m_orderedViewsLabel->setText(tr("&Degraded views kept below each image:"));
    m_orderedViews->setSpecialValueText(tr("none (the labels alone)"));
    m_orderedViews->setToolTip(tr("Cross-IQA's head: this many copies of each image, degraded heavily by random types of the "
                                  "degradation bank, must score below it (the shipped head used 2). Off when your raters may "
                                  "prefer what the bank calls a degradation"));
    m_comparison->setToolTip(tr("Trains Cross-IQA's head on the votes themselves (Bradley-Terry comparison loss) "
                                "instead of on the MOS scaled from them"));
    m_splitBox->setTitle(tr("Split (by content: all versions of a reference stay on one side)"));
    m_seedLabel->setText(tr("S&eed:"));
    m_shareLabel->setText(tr("&Held-out share:"));
    m_foldsLabel->setText(tr("Cross-&validation folds:"));
    m_trainingBox->setTitle(tr("Gradient training (VAE-QA's head, Cross-IQA's blocks)"));
    m_lossLabel->setText(tr("Loss f&unction:"));
    m_loss->setItemText(0, tr("MSE to the normalised MOS"));
    m_loss->setItemText(1, tr("Rank-aware: MSE + pairwise ranking"));
    m_epochsLabel->setText(tr("Ma&ximum epochs:"));
    m_patienceLabel->setText(tr("Earl&y stop after no better SRCC for:"));
    m_patience->setSuffix(tr(" epochs"));
    m_rateLabel->setText(tr("&Learning rate:"));
    m_keepFeatures->setText(tr("&Keep the encoded features for later runs"));
    m_keepFeatures->setToolTip(tr("A second run on the same images (another loss, seed or epoch count) then starts training "
                                  "at once; the cache grows by about a megabyte per pair and crop"));
    m_clearCache->setText(tr("Clear cache"));
    updateCacheInfo();
    m_nameLabel->setText(tr("Checkpoint &name:"));
    m_name->setPlaceholderText(tr("e.g. studio-blur-2026"));
    m_start->setText(tr("&Start"));
    m_cancel->setText(tr("&Cancel"));
    m_types->setHorizontalHeaderLabels({tr("Distortion type"), tr("SRCC before"), tr("SRCC after")});
    m_log->setPlaceholderText(tr("Notes of the run: normalisation, skipped rows, warnings."));
    m_checkpointsBox->setTitle(tr("Checkpoints"));
    m_makeActive->setText(tr("Use as &active model"));
    m_rollBack->setText(tr("Roll &back to default"));
    m_curves->retranslate();
    m_beforeAfter->retranslate();
    showLabelSummary();
    updateWarning();
    refreshCheckpoints();
    updateControls();
}

void FineTuneWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString FineTuneWindow::modelId() const { return m_model->currentData().toString(); }

void FineTuneWindow::setLabelSource(LabelSource source, const QString &path)
{
    m_source->setCurrentIndex(m_source->findData(int(source)));
    m_path->setText(QDir::toNativeSeparators(path));
    labelsChanged(true);
}

void FineTuneWindow::setModel(const QString &id)
{
    const int index = m_model->findData(id);
    if (index >= 0)
        m_model->setCurrentIndex(index);
}

void FineTuneWindow::setCheckpointName(const QString &name) { m_name->setText(name); }
QString FineTuneWindow::checkpointName() const { return m_name->text().trimmed(); }
void FineTuneWindow::setEpochs(int epochs) { m_epochs->setValue(epochs); }
void FineTuneWindow::setFolds(int folds) { m_folds->setValue(folds); }
void FineTuneWindow::setLowerIsBetter(bool lower) { m_direction->setCurrentIndex(lower ? 1 : 0); }
void FineTuneWindow::setComparisonLoss(bool on) { m_comparison->setChecked(on); }
void FineTuneWindow::setTrainBlocks(int blocks) { m_blocks->setValue(blocks); }
void FineTuneWindow::setOrderedViews(int views) { m_orderedViews->setValue(views); }
void FineTuneWindow::setLearningRate(double rate) { m_learningRate->setValue(rate); }
QString FineTuneWindow::statusText() const { return m_status->text(); }
QString FineTuneWindow::logText() const { return m_log->toPlainText(); }
QString FineTuneWindow::summaryText() const { return m_summary->text(); }
QString FineTuneWindow::warningText() const { return m_warning->text(); }

void FineTuneWindow::browseLabels()
{
    const bool study = m_source->currentData().toInt() == int(LabelSource::Study);
    const QString path = QFileDialog::getOpenFileName(
        this, study ? tr("Choose a rating study") : tr("Choose a label CSV"), QFileInfo(m_path->text()).absolutePath(),
        study ? tr("Rating studies (*.iqastudy);;All files (*)") : tr("Label CSV (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(path));
    labelsChanged(true);
}

// Reads the chosen labels for their summary. A study is aggregated into a
// label CSV in the checkpoints folder (kept: the checkpoint's metadata names
// it), so the trainers always read the same kind of file.
void FineTuneWindow::labelsChanged(bool force)
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QString key = m_source->currentData().toString() + QLatin1Char('|') + path;
    if (!force && key == m_labelsKey)
        return;
    m_labelsKey = key;
    m_labelsOrigin = path;
    m_labels.reset();
    m_labelsError.clear();
    QString csv = path;
    bool pairwise = false;
    if (!path.isEmpty() && m_source->currentData().toInt() == int(LabelSource::Study)) {
        const auto written = labelsFromStudy(path, AppSettings::instance().checkpointsFolder() + QStringLiteral("/labels"));
        if (written) {
            csv = written->csvPath;
            pairwise = written->pairwise;
        } else {
            m_labelsError = written.error();
        }
    }
    if (!path.isEmpty() && m_labelsError.isEmpty()) {
        const auto summary = summariseLabels(csv);
        if (summary) {
            m_labels = *summary;
            m_labels->pairwiseStudy = pairwise;
        } else {
            m_labelsError = summary.error();
        }
    }
    m_comparison->setChecked(m_labels && m_labels->pairwiseStudy);
    // The layout decides the model: full-reference labels train VAE-QA,
    // single images Cross-IQA.
    if (m_labels)
        setModel(m_labels->fullReference ? kVaeQa : kCrossIqa);
    showLabelSummary();
    updateWarning();
    updateControls();
}

void FineTuneWindow::showLabelSummary()
{
    if (!m_labels) {
        m_summary->setText(!m_labelsError.isEmpty() ? m_labelsError
                                                    : tr("Choose labels: a label CSV, or a rating study whose votes give a MOS."));
        return;
    }
    const FineTuneLabelSummary &s = *m_labels;
    QString text = s.fullReference ? tr("%n pair(s)", nullptr, s.rows) + QLatin1Char(' ') + tr("of %n reference(s)", nullptr, s.contents)
                                   : tr("%n image(s)", nullptr, s.rows);
    text += tr(", MOS %1 to %2 (%3 distinct values)").arg(s.mosMin).arg(s.mosMax).arg(s.distinctValues);
    if (s.skipped > 0)
        text += tr("; %n bad row(s) skipped", nullptr, s.skipped);
    if (s.hasTypes)
        text += tr("; distortion types known");
    text += QLatin1Char('.');
    if (QFileInfo(s.csvPath) != QFileInfo(m_labelsOrigin))
        text += QLatin1Char(' ') + tr("MOS written to %1.").arg(QDir::toNativeSeparators(s.csvPath));
    text += QLatin1Char(' ')
        + (s.fullReference ? tr("VAE-QA trains on the MOS normalised to 0..1 by this range.") : tr("Cross-IQA fits the MOS as given."));
    m_summary->setText(text);
}

void FineTuneWindow::modelChanged()
{
    const bool vaeQa = modelId() == kVaeQa;
    // Cross-IQA always validates by folds: no "off" value, five by default.
    if (!vaeQa && m_folds->value() < kCrossIqaMinFolds)
        m_folds->setValue(5);
    m_folds->setMinimum(vaeQa ? 0 : kCrossIqaMinFolds);
    m_folds->setSpecialValueText(vaeQa ? tr("off (one split)") : QString());

    if (m_name->text().isEmpty() || m_name->text().startsWith(kVaeQa) || m_name->text().startsWith(kCrossIqa))
        m_name->setText(QStringLiteral("%1-%2").arg(modelId(), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    refreshCheckpoints();
    applyTrainingDefaults();
    updateWarning();
    updateControls();
}

iqa::FineTuneTarget FineTuneWindow::target() const
{
    if (modelId() == kVaeQa)
        return iqa::FineTuneTarget::VaeQaHead;
    if (m_labels && m_labels->pairwiseStudy && m_comparison->isChecked())
        return iqa::FineTuneTarget::CrossIqaPairwise;
    return m_blocks->value() > 0 ? iqa::FineTuneTarget::CrossIqaBlocks : iqa::FineTuneTarget::CrossIqaHead;
}

// Each gradient trainer has its own tested defaults (Cross-IQA's blocks
// need a learning rate thirty times smaller than VAE-QA's head); the form
// shows them whenever the trainer changes, and keeps the user's edits
// otherwise.
void FineTuneWindow::applyTrainingDefaults()
{
    const iqa::FineTuneTarget now = target();
    if (m_defaultsFor == now)
        return;
    m_defaultsFor = now;
    if (now == iqa::FineTuneTarget::CrossIqaBlocks) {
        const iqa::CrossIqaFineTuneOptions d;
        m_epochs->setValue(d.epochs);
        m_patience->setValue(d.patience);
        m_learningRate->setValue(d.learningRate);
        m_loss->setCurrentIndex(m_loss->findData(int(d.loss)));
    } else if (now == iqa::FineTuneTarget::VaeQaHead) {
        const iqa::VaeQaFineTuneOptions d;
        m_epochs->setValue(d.epochs);
        m_patience->setValue(d.patience);
        m_learningRate->setValue(d.learningRate);
        m_loss->setCurrentIndex(m_loss->findData(int(iqa::FineTuneLoss::Rank)));
    }
}

void FineTuneWindow::updateWarning()
{
    QString warning;
    if (m_labels) {
        const bool vaeQa = modelId() == kVaeQa;
        if (m_labels->fullReference != vaeQa)
            warning = vaeQa ? tr("VAE-QA is full reference: it needs ref,dist,mos labels; these are image,mos.")
                            : tr("Cross-IQA is no-reference: it needs image,mos labels; these are ref,dist,mos.");
        else if (m_labels->distinctValues < 2)
            warning = tr("Every label has the same value: there is nothing to learn an ordering from.");
        else {
            // k-fold predicts every item out of fold; one split holds out a share.
            const bool folds = target() != iqa::FineTuneTarget::CrossIqaBlocks && m_folds->value() >= 2;
            const int heldOut = folds ? m_labels->rows : int(std::floor(m_labels->rows * m_validationShare->value()));
            warning = smallSetWarning(*m_labels, heldOut);
        }
    }
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

void FineTuneWindow::updateControls()
{
    const bool running = m_worker->isRunning();
    const bool paused = running && m_worker->isPaused();
    for (QWidget *w : {static_cast<QWidget *>(m_labelsBox), static_cast<QWidget *>(m_modelBox),
                       static_cast<QWidget *>(m_splitBox), static_cast<QWidget *>(m_name)})
        w->setEnabled(!running);
    const iqa::FineTuneTarget now = target();
    const bool gradient = now == iqa::FineTuneTarget::VaeQaHead || now == iqa::FineTuneTarget::CrossIqaBlocks;
    m_trainingBox->setEnabled(!running && gradient);
    // A held-out share for the gradient trainers' single split; folds for
    // VAE-QA (optional) and Cross-IQA's ridge fits (always).
    const bool share = gradient && (now == iqa::FineTuneTarget::CrossIqaBlocks || m_folds->value() < 2);
    m_shareLabel->setEnabled(share);
    m_validationShare->setEnabled(share);
    m_foldsLabel->setEnabled(now != iqa::FineTuneTarget::CrossIqaBlocks);
    m_folds->setEnabled(!running && now != iqa::FineTuneTarget::CrossIqaBlocks);
    m_start->setEnabled(!running && m_labels.has_value());
    m_comparison->setEnabled(!running && m_labels && m_labels->pairwiseStudy && modelId() == kCrossIqa);
    m_blocksLabel->setEnabled(modelId() == kCrossIqa && now != iqa::FineTuneTarget::CrossIqaPairwise);
    m_blocks->setEnabled(!running && m_blocksLabel->isEnabled());
    m_orderedViewsLabel->setEnabled(now == iqa::FineTuneTarget::CrossIqaHead);
    m_orderedViews->setEnabled(!running && m_orderedViewsLabel->isEnabled());
    m_curves->setIdleNote(gradient ? QString() : tr("Cross-IQA's head is one ridge fit: no epochs to plot"));
    m_pause->setEnabled(running);
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_cancel->setEnabled(running);
    m_makeActive->setEnabled(m_saved->currentIndex() >= 0 && !m_saved->currentData().toString().isEmpty());
    m_rollBack->setEnabled(!AppSettings::instance().activeCheckpoint(modelId()).isEmpty());
    updateCacheInfo();
}

QString FineTuneWindow::outputPath(const QString &name) const
{
    return QDir(AppSettings::instance().checkpointsFolder()).filePath(modelId() + QLatin1Char('/') + name + QStringLiteral(".safetensors"));
}

QStringList FineTuneWindow::savedCheckpoints() const
{
    QStringList paths;
    const QDir folder(AppSettings::instance().checkpointsFolder() + QLatin1Char('/') + modelId());
    for (const QFileInfo &file : folder.entryInfoList({QStringLiteral("*.safetensors")}, QDir::Files, QDir::Time))
        paths << file.absoluteFilePath();
    return paths;
}

void FineTuneWindow::refreshCheckpoints()
{
    const QString keepSaved = m_saved->currentData().toString();
    const QString keepStart = m_startFrom->currentData().toString();
    m_saved->clear();
    m_startFrom->clear();
    m_startFrom->addItem(tr("the default model"), QString());
    for (const QString &path : savedCheckpoints()) {
        const QString name = QFileInfo(path).completeBaseName();
        m_saved->addItem(name, path);
        m_saved->setItemData(m_saved->count() - 1, QDir::toNativeSeparators(path), Qt::ToolTipRole);
        m_startFrom->addItem(name, path);
    }
    if (const int i = m_saved->findData(keepSaved); i >= 0)
        m_saved->setCurrentIndex(i);
    if (const int i = m_startFrom->findData(keepStart); i >= 0)
        m_startFrom->setCurrentIndex(i);
    updateActiveLabel();
}

void FineTuneWindow::updateActiveLabel()
{
    const QString active = AppSettings::instance().activeCheckpoint(modelId());
    const QString model = modelId() == kVaeQa ? tr("VAE-QA") : tr("Cross-IQA");
    m_active->setText(active.isEmpty() ? tr("%1 scores with the default model.").arg(model)
                                       : tr("%1 scores with <b>%2</b>.").arg(model, QFileInfo(active).completeBaseName().toHtmlEscaped()));
    m_active->setToolTip(QDir::toNativeSeparators(active));
    updateControls();
}

bool FineTuneWindow::selectSavedCheckpoint(const QString &path)
{
    const int index = m_saved->findData(QFileInfo(path).absoluteFilePath());
    if (index < 0)
        return false;
    m_saved->setCurrentIndex(index);
    return true;
}

void FineTuneWindow::makeSelectedActive()
{
    const QString path = m_saved->currentData().toString();
    if (path.isEmpty())
        return;
    AppSettings::instance().setActiveCheckpoint(modelId(), path);
    setStatus(tr("%1 is now the active model; the workbench scores with it.").arg(m_saved->currentText()));
}

void FineTuneWindow::rollBackToDefault()
{
    AppSettings::instance().setActiveCheckpoint(modelId(), QString());
    setStatus(tr("Rolled back: the workbench scores with the default model again. Saved checkpoints are kept."));
}

QString FineTuneWindow::featureCachePath() const
{
    return AppSettings::instance().checkpointsFolder() + QStringLiteral("/feature-cache/vae-qa.safetensors");
}

void FineTuneWindow::updateCacheInfo()
{
    const QFileInfo cache(featureCachePath());
    m_cacheInfo->setText(cache.exists() ? tr("Cache: %1 MB").arg(cache.size() / 1e6, 0, 'f', 1) : tr("Cache: empty"));
    m_cacheInfo->setToolTip(QDir::toNativeSeparators(cache.absoluteFilePath()));
    m_clearCache->setEnabled(cache.exists() && !m_worker->isRunning());
}

void FineTuneWindow::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void FineTuneWindow::appendLog(const QString &text)
{
    m_log->appendPlainText(text);
}

iqa::FineTuneRequest FineTuneWindow::buildRequest(const QString &labelsCsv, const QString &outPath)
{
    const AppSettings &settings = AppSettings::instance();
    const QString start = m_startFrom->currentData().toString();
    // What every trainer's options name alike.
    const auto common = [&](auto &o) {
        o.seed = quint64(m_seed->value());
        o.crops = settings.crops();
        o.device = iqa::selectDevice(settings.device()).device;
        o.outPath = outPath;
        o.commandLine = tr("IQA Studio fine-tuning window");
    };
    iqa::FineTuneRequest request;
    if (modelId() == kVaeQa) {
        request.target = iqa::FineTuneTarget::VaeQaHead;
        iqa::VaeQaFineTuneOptions &o = request.vaeQa;
        common(o);
        o.labelsPath = labelsCsv;
        o.lowerIsBetter = m_direction->currentData().toBool();
        o.startHeadPath = start;
        o.modelsFolder = settings.modelsFolder();
        o.validationShare = m_validationShare->value();
        o.folds = m_folds->value();
        o.epochs = m_epochs->value();
        o.patience = m_patience->value();
        o.learningRate = m_learningRate->value();
        o.loss = iqa::FineTuneLoss(m_loss->currentData().toInt());
        // Encoded features are kept between runs: a second run on the same
        // labels (another loss, seed or epoch count) starts training at once.
        if (m_keepFeatures->isChecked())
            o.featureCachePath = featureCachePath();
    } else if (target() == iqa::FineTuneTarget::CrossIqaBlocks) {
        request.target = iqa::FineTuneTarget::CrossIqaBlocks;
        iqa::CrossIqaFineTuneOptions &o = request.crossIqaBlocks;
        common(o);
        o.labelsPath = labelsCsv;
        o.lowerIsBetter = m_direction->currentData().toBool();
        o.checkpointPath = start;
        o.trainBlocks = m_blocks->value();
        o.epochs = m_epochs->value();
        o.patience = m_patience->value();
        o.learningRate = m_learningRate->value();
        o.loss = iqa::FineTuneLoss(m_loss->currentData().toInt());
        o.validationShare = m_validationShare->value();
    } else if (target() == iqa::FineTuneTarget::CrossIqaPairwise) {
        request.target = iqa::FineTuneTarget::CrossIqaPairwise;
        iqa::CrossIqaPairwiseOptions &o = request.crossIqaPairwise;
        common(o);
        o.votesPath = m_labelsOrigin;  // the study itself: its votes, not its MOS
        o.checkpointPath = start;
        o.folds = m_folds->value();
    } else {
        request.target = iqa::FineTuneTarget::CrossIqaHead;
        iqa::CrossIqaHeadOptions &o = request.crossIqaHead;
        common(o);
        o.labelsPath = labelsCsv;
        o.lowerIsBetter = m_direction->currentData().toBool();
        o.checkpointPath = start;
        o.folds = m_folds->value();
        o.orderedViews = m_orderedViews->value();
    }
    return request;
}

bool FineTuneWindow::startTraining()
{
    if (m_worker->isRunning()) {
        setStatus(tr("A run is in progress; cancel it first."), true);
        return false;
    }
    if (!m_labels) {
        setStatus(m_labelsError.isEmpty() ? tr("Choose labels first.") : m_labelsError, true);
        return false;
    }
    if (m_labels->fullReference != (modelId() == kVaeQa)) {
        setStatus(m_warning->text(), true);
        return false;
    }
    const QString name = checkpointName();
    if (!isValidName(name)) {
        setStatus(tr("Name the checkpoint with letters, digits, spaces, dots, dashes or underscores (up to 80)."), true);
        return false;
    }
    const QString out = outputPath(name);
    if (QFileInfo::exists(out)) {
        setStatus(tr("A checkpoint named %1 exists already; choose another name (saved checkpoints are never overwritten).").arg(name),
                  true);
        return false;
    }
    if (!QDir().mkpath(QFileInfo(out).absolutePath())) {
        setStatus(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(out).absolutePath())), true);
        return false;
    }
    const auto request = buildRequest(m_labels->csvPath, out);
    m_outcome.reset();
    m_curves->clear();
    m_beforeAfter->clear();
    m_types->setRowCount(0);
    m_log->clear();
    appendLog(tr("Labels: %1").arg(QDir::toNativeSeparators(m_labels->csvPath)));
    m_progress->setRange(0, 0);
    m_encodingStage = false;
    m_stageClock.start();
    if (!m_worker->start(request)) {
        setStatus(tr("A run is in progress; cancel it first."), true);
        return false;
    }
    setStatus(tr("Reading the labels and loading the model…"));
    updateControls();
    return true;
}

void FineTuneWindow::onEncoding(int done, int total)
{
    if (!m_encodingStage) {
        m_encodingStage = true;
        m_stageClock.start();
        m_stageStartDone = done;
    }
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    QString eta;
    const double elapsed = m_stageClock.elapsed() / 1000.0;
    if (done > m_stageStartDone && elapsed > 0.5)
        eta = tr(", about %1 left").arg(formatDuration(elapsed / (done - m_stageStartDone) * (total - done)));
    if (!m_worker->isPaused())
        setStatus(tr("Computing features once: %1 of %2%3").arg(done).arg(total).arg(eta));
}

void FineTuneWindow::onEpoch(const iqa::FineTuneEpoch &epoch)
{
    if (m_encodingStage) {
        m_encodingStage = false;
        m_stageClock.start();
    }
    m_curves->addEpoch(epoch);
    m_progress->setRange(0, epoch.epochs);
    m_progress->setValue(epoch.epoch);
    // An upper bound: early stopping may end the run sooner.
    const QString eta = formatDuration(epoch.seconds * (epoch.epochs - epoch.epoch));
    const QString fold = epoch.fold > 0 ? tr("fold %1, ").arg(epoch.fold) : QString();
    if (m_worker->isPaused())
        return;
    if (!epoch.validated)
        setStatus(tr("Final fit on all labels: epoch %1 of %2; about %3 left").arg(epoch.epoch).arg(epoch.epochs).arg(eta));
    else
        setStatus(tr("Training: %1epoch %2 of at most %3, validation SRCC %4; at most %5 left")
                      .arg(fold)
                      .arg(epoch.epoch)
                      .arg(epoch.epochs)
                      .arg(epoch.validationSrcc, 0, 'f', 3)
                      .arg(eta));
}

void FineTuneWindow::onFinished(const iqa::FineTuneOutcome &outcome)
{
    m_outcome = outcome;
    showOutcome(outcome);
    refreshCheckpoints();
    selectSavedCheckpoint(outcome.checkpointPath);
    const QString name = QFileInfo(outcome.checkpointPath).completeBaseName();
    if (outcome.target == iqa::FineTuneTarget::CrossIqaPairwise)
        setStatus(tr("Saved as %1 in %2. Held-out vote agreement %3 → %4. Use it with \"Use as active model\".")
                      .arg(name, formatDuration(outcome.seconds), formatCoefficient(outcome.voteAgreementBefore),
                           formatCoefficient(outcome.voteAgreementAfter)));
    else
        setStatus(tr("Saved as %1 in %2. Held-out SRCC %3 → %4. Use it with \"Use as active model\".")
                      .arg(name, formatDuration(outcome.seconds), formatCoefficient(outcome.before ? outcome.before->srcc : std::nullopt),
                           formatCoefficient(outcome.after.srcc)));
    endRun(true);
}

void FineTuneWindow::showOutcome(const iqa::FineTuneOutcome &o)
{
    m_beforeAfter->setOutcome(o);
    for (const QString &s : o.skipped)
        appendLog(tr("skipped %1").arg(s));
    for (const QString &w : o.warnings)
        appendLog(tr("warning: %1").arg(w));
    if (o.target == iqa::FineTuneTarget::CrossIqaPairwise) {
        appendLog(tr("Fitted to %n vote(s).", nullptr, o.votes) + QLatin1Char(' ')
                  + tr("%n image(s) compared; %1-fold by pair of images.", nullptr, o.trainItems).arg(o.folds));
        appendLog(tr("vote agreement before %1, after %2 (out of fold); the votes' own consistency allows at most %3")
                      .arg(formatCoefficient(o.voteAgreementBefore), formatCoefficient(o.voteAgreementAfter),
                           formatCoefficient(o.voteCeiling)));
    } else {
        appendLog(tr("Trained on %1 items; held out: %2.").arg(o.trainItems).arg(validationText(o)));
        if (o.before)
            appendLog(tr("before: %1").arg(agreementText(*o.before)));
        appendLog(tr("after:  %1").arg(agreementText(o.after)));
    }
    appendLog(tr("checkpoint: %1").arg(QDir::toNativeSeparators(o.checkpointPath)));
    m_types->setRowCount(0);
    for (auto it = o.typeSrccAfter.cbegin(); it != o.typeSrccAfter.cend(); ++it) {
        const int row = m_types->rowCount();
        m_types->insertRow(row);
        m_types->setItem(row, 0, new QTableWidgetItem(it.key()));
        const auto before = o.typeSrccBefore.contains(it.key()) ? std::optional<double>(o.typeSrccBefore.value(it.key())) : std::nullopt;
        m_types->setItem(row, 1, new QTableWidgetItem(formatCoefficient(before)));
        m_types->setItem(row, 2, new QTableWidgetItem(formatCoefficient(it.value())));
    }
}

void FineTuneWindow::onFailed(const QString &message)
{
    appendLog(message);
    setStatus(tr("The run failed: %1 Nothing was saved.").arg(message), true);
    endRun(false);
}

void FineTuneWindow::onCancelled()
{
    setStatus(tr("Cancelled. Nothing was saved; the active model is unchanged."));
    endRun(false);
}

void FineTuneWindow::endRun(bool saved)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(saved ? 1 : 0);
    updateControls();
    emit runEnded();
}
