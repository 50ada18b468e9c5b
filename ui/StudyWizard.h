#pragma once

#include "StudyPresentation.h"

#include "common/Expected.h"
#include "studies/StudyStore.h"

#include <QWizard>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;
class StudyPresentationFields;

// Creates a rating study in four pages: stimuli and method, control items
// (training, gold, repeats), presentation (seed, breaks, timed showing) and
// the study file. The items come from StudySources, the same rules as
// `iqa study create`, so both make the same study from the same inputs;
// presentation settings go to the study's StudyPresentation file. Problems
// are shown on the page that caused them, never in a pop-up, and the wizard
// stays open until the study exists.
class StudyWizard : public QWizard
{
    Q_OBJECT
public:
    explicit StudyWizard(QWidget *parent = nullptr);

    // The study the fields describe, as `iqa study create` would build it.
    iqa::Expected<iqa::StudyDefinition> definition() const;
    StudyPresentation presentation() const;
    // The file made when the wizard was accepted; empty before.
    QString createdStudy() const { return m_created; }
    // What the current page reports (item counts or the problem); for tests.
    QString pageMessage() const;

signals:
    void studyCreated(const QString &path);

protected:
    bool validateCurrentPage() override;
    void changeEvent(QEvent *event) override;

private:
    enum PageId { StimuliPage, ControlPage, PresentationPage, FilePage };

    QWizardPage *createStimuliPage();
    QWizardPage *createControlPage();
    QWizardPage *createPresentationPage();
    QWizardPage *createFilePage();
    void retranslate();
    void methodChanged();
    void updateMethodHelp();
    void suggestStudyFile();
    void browseSource();
    void browseFile(QLineEdit *target, const QString &title, const QString &filter);
    void browseStudyFile();
    void showProblem(QLabel *label, const QString &problem);
    void showInfo(QLabel *label, const QString &text);
    QString summaryText(const iqa::StudyDefinition &definition) const;
    bool createStudy();

    // Page 1: stimuli and method.
    QLabel *m_sourceKindLabel;
    QComboBox *m_sourceKind;
    QLabel *m_sourcePathLabel;
    QLineEdit *m_sourcePath;
    QToolButton *m_browseSource;
    QLabel *m_methodLabel;
    QComboBox *m_method;
    QLabel *m_methodHelp;
    QLabel *m_stimuliMessage;
    // Page 2: control items.
    QLabel *m_trainingLabel;
    QLineEdit *m_trainingList;
    QToolButton *m_browseTraining;
    QLabel *m_goldLabel;
    QLineEdit *m_goldCsv;
    QToolButton *m_browseGold;
    QLabel *m_toleranceLabel;
    QDoubleSpinBox *m_goldTolerance;
    QLabel *m_repeatsLabel;
    QSpinBox *m_repeats;
    QLabel *m_controlMessage;
    // Page 3: presentation.
    QLabel *m_seedLabel;
    QLineEdit *m_seed;
    StudyPresentationFields *m_presentationFields;
    QLabel *m_presentationMessage;
    // Page 4: the study file.
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_fileLabel;
    QLineEdit *m_studyFile;
    QToolButton *m_browseStudyFile;
    QLabel *m_fileMessage;

    bool m_studyFileEdited = false; // the user chose a file: stop suggesting one
    QString m_created;
};
