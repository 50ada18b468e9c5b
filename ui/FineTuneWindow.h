#pragma once

#include "FineTuneLabels.h"
#include "jobs/TrainingWorker.h"

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

class BeforeAfterPlots;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class TrainingCurves;

// The fine-tuning panel (issue 5): the user picks labels (a label CSV or a
// finished rating study), the model and what to train, the split and the
// loss; the run happens on the training worker with live curves, pause and
// cancel; the held-out result is shown before and after as scatter plots
// with correlations and a per-type table. A finished run is saved as a named
// checkpoint (the trainers write it only once training has finished) that
// the user can make the active model of the workbench or roll back from.
class FineTuneWindow : public QWidget
{
    Q_OBJECT
public:
    explicit FineTuneWindow(QWidget *parent = nullptr);
    ~FineTuneWindow() override;

    enum class LabelSource { Csv, Study };

    // The form, for tests and for opening the window on a file.
    void setLabelSource(LabelSource source, const QString &path);
    void setModel(const QString &modelId);   // "vae-qa" or "cross-iqa"
    void setCheckpointName(const QString &name);
    QString checkpointName() const;
    void setEpochs(int epochs);
    void setFolds(int folds);
    void setLowerIsBetter(bool lower);
    // Pairwise studies: fit Cross-IQA's head to the votes (comparison loss)
    // instead of to their Bradley-Terry MOS.
    void setComparisonLoss(bool on);
    // Cross-IQA: also train the last N transformer blocks (0: the head only).
    void setTrainBlocks(int blocks);
    // Cross-IQA's ridge head: N degraded views of each image must score below it (0: off).
    void setOrderedViews(int views);
    void setLearningRate(double rate);

    // Starts a run with the form's settings; false (with the reason in the
    // status line) when the form is incomplete or a run is in progress.
    bool startTraining();
    iqa::TrainingWorker *worker() const { return m_worker; }
    TrainingCurves *curves() const { return m_curves; }
    BeforeAfterPlots *beforeAfter() const { return m_beforeAfter; }
    QTableWidget *typeTable() const { return m_types; }
    QString statusText() const;
    QString logText() const;
    QString summaryText() const;
    QString warningText() const;
    const std::optional<iqa::FineTuneOutcome> &lastOutcome() const { return m_outcome; }

    // Saved checkpoints of the chosen model (file paths) and the active one.
    QStringList savedCheckpoints() const;
    void makeSelectedActive();
    void rollBackToDefault();
    bool selectSavedCheckpoint(const QString &path);

signals:
    // A run ended: finished, failed or cancelled.
    void runEnded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    void retranslate();
    void browseLabels();
    // Reads the chosen labels again when the source or path changed (or when forced).
    void labelsChanged(bool force = false);
    void showLabelSummary();
    void modelChanged();
    // The trainer the form describes, and its default hyper-parameters.
    iqa::FineTuneTarget target() const;
    void applyTrainingDefaults();
    void updateWarning();
    void updateControls();
    void refreshCheckpoints();
    void updateActiveLabel();
    QString featureCachePath() const;
    void updateCacheInfo();
    QString modelId() const;
    QString outputPath(const QString &name) const;
    void setStatus(const QString &text, bool problem = false);
    void appendLog(const QString &text);
    iqa::FineTuneRequest buildRequest(const QString &labelsCsv, const QString &outPath);

    void onEncoding(int done, int total);
    void onEpoch(const iqa::FineTuneEpoch &epoch);
    void onFinished(const iqa::FineTuneOutcome &outcome);
    void onFailed(const QString &message);
    void onCancelled();
    // The progress bar full (saved) or empty, the controls back, runEnded.
    void endRun(bool saved);
    void showOutcome(const iqa::FineTuneOutcome &outcome);

    iqa::TrainingWorker *m_worker;

    QGroupBox *m_labelsBox;
    QLabel *m_sourceLabel;
    QComboBox *m_source;
    QLabel *m_pathLabel;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_directionLabel;
    QComboBox *m_direction;
    QLabel *m_summary;

    QGroupBox *m_modelBox;
    QLabel *m_modelLabel;
    QComboBox *m_model;
    QLabel *m_startLabel;
    QComboBox *m_startFrom;
    QCheckBox *m_comparison;  // pairwise studies: fit the votes directly
    QLabel *m_blocksLabel;
    QSpinBox *m_blocks;       // Cross-IQA: last transformer blocks trained too (0: the ridge head only)
    QLabel *m_orderedViewsLabel;
    QSpinBox *m_orderedViews; // Cross-IQA's ridge head: degraded views per image kept below it (0: off)

    QGroupBox *m_splitBox;
    QLabel *m_seedLabel;
    QSpinBox *m_seed;
    QLabel *m_shareLabel;
    QDoubleSpinBox *m_validationShare;
    QLabel *m_foldsLabel;
    QSpinBox *m_folds;

    QGroupBox *m_trainingBox;
    QLabel *m_lossLabel;
    QComboBox *m_loss;
    QLabel *m_epochsLabel;
    QSpinBox *m_epochs;
    QLabel *m_patienceLabel;
    QSpinBox *m_patience;
    QLabel *m_rateLabel;
    QDoubleSpinBox *m_learningRate;
    QCheckBox *m_keepFeatures;  // VAE-QA's feature cache file
    QLabel *m_cacheInfo;
    QPushButton *m_clearCache;

    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_warning;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;

    TrainingCurves *m_curves;
    BeforeAfterPlots *m_beforeAfter;
    QTableWidget *m_types;
    QPlainTextEdit *m_log;

    QGroupBox *m_checkpointsBox;
    QLabel *m_active;
    QComboBox *m_saved;
    QPushButton *m_makeActive;
    QPushButton *m_rollBack;

    std::optional<FineTuneLabelSummary> m_labels;
    QString m_labelsError;
    std::optional<iqa::FineTuneTarget> m_defaultsFor;  // the trainer whose defaults the form shows
    QString m_labelsKey;     // source and path the summary was read from
    QString m_labelsOrigin;  // the study or CSV the user chose
    std::optional<iqa::FineTuneOutcome> m_outcome;
    QElapsedTimer m_stageClock;  // since the current stage (encoding, epochs) began
    int m_stageStartDone = 0;
    bool m_encodingStage = false;
};
