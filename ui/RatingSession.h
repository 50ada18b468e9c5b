#pragma once

#include "StudyPresentation.h"

#include "studies/StudyStore.h"

#include <QDateTime>
#include <QFuture>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class StudyPresentationFields;
class RatingScale;
class RatingStimulusView;

// One rater's rating session, meant to fill the screen (DESIGN.md section 5):
// a start page asks for the rater id, optional age, gender and vision, and
// the display and viewing conditions (the screen's size, resolution and
// pixel ratio are read from QScreen and recorded with the session); then the
// stored schedule is shown trial by trial on a neutral grey surround, voted
// with the keyboard only, with no model score anywhere. Every vote goes to the
// store, which commits it before castVote returns, so closing the window, a
// crash or a power cut loses nothing already answered; the same rater's next
// visit resumes at the first unanswered trial. Stimulus files are hashed
// again (on a worker thread) before anyone can start: a moved or changed file
// is listed, and the session cannot begin until it is fixed.
//
// Keys: ACR/DCR 1-5; slider Left/Right (Shift: by 10), Home/End, then Enter
// or Space; pairwise Left/Right or 1/2; Space continues after a break; Esc
// pauses (Space resumes, Esc again leaves).
class RatingSession : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Start, Instructions, Trial, Break, Pause, Finished };

    explicit RatingSession(const QString &studyPath, QWidget *parent = nullptr);
    ~RatingSession() override;

    // Empty when the study opened; otherwise the store's one-line reason
    // (in use, newer format, damaged...), for the caller to show.
    QString openError() const { return m_openError; }
    QString studyPath() const { return m_studyPath; }

    Page page() const { return m_page; }
    // The stimulus check has finished (successfully or not).
    bool stimuliChecked() const { return m_checked; }
    // True when the image is decoded or being decoded ahead of its trial.
    bool isPrefetched(const QString &path) const { return m_prefetched.contains(path) || m_images.contains(path); }
    QStringList stimulusProblems() const { return m_problems; }

    // Starts the session of the rater named on the start page, or resumes
    // their unfinished one. False, with the reason on the start page, when
    // that is not possible (no name, stimuli not checked or with problems).
    bool start();
    // For --screen rating and tests: fill the rater field and start.
    bool startAs(const QString &rater);

    std::optional<iqa::SessionInfo> session() const { return m_session; }
    std::optional<iqa::Trial> currentTrial() const { return m_trial; }
    // The text of the start page's message or of the message page.
    QString messageText() const;
    RatingStimulusView *stimulusView() const { return m_view; }
    RatingScale *scale() const { return m_scale; }

    // What the session records about the screen (QScreen), without the
    // experimenter's notes.
    QString screenDescription() const;

signals:
    // Emitted after the store has committed the vote.
    void voteCast(int position, double value);
    void stimuliVerified();
    void pageChanged(RatingSession::Page page);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Check
    {
        QStringList problems;
        QString error;
    };

    QWidget *createStartPage();
    QWidget *createTrialPage();
    QWidget *createMessagePage();
    void retranslate();
    void checkFinished();
    void updateStartButton();
    void showStartMessage(const QString &text, bool problem);
    void setPage(Page page);
    void showMessage(Page page, const QString &title, const QString &body);
    void showInstructions(bool resumed);
    // The next unanswered trial, or the end; with breakAfter > 0 a break screen comes first.
    void showNextTrial(int breakAfter = 0);
    void showTrial(const iqa::Trial &trial);
    void hideImages();
    void vote(double value);
    void pause();
    void resume();
    void finish();
    void reportStoreProblem(const QString &error);
    QImage loadImage(const QString &path, QString *error);
    // What a trial shows: each panel's file and caption, in display order.
    QVector<QPair<QString, QString>> stimuliOf(const iqa::Trial &trial) const;
    // Starts decoding the images of the trial after `trial` in the thread
    // pool, so the next item appears at once after a vote.
    void prefetchAfter(const iqa::Trial &trial);
    QString displayText() const;
    QString viewingText() const;
    QString keysText() const;
    QString methodText() const;

    QString m_studyPath;
    QString m_openError;
    std::unique_ptr<iqa::StudyStore> m_store;
    StudyPresentation m_presentation;
    int m_scheduled = 0; // trials in the session
    int m_trainingCount = 0;

    bool m_checked = false;
    QStringList m_problems;
    QFutureWatcher<Check> m_check;

    Page m_page = Page::Start;
    Page m_pausedFrom = Page::Trial;
    std::optional<iqa::SessionInfo> m_session;
    std::optional<iqa::Trial> m_trial;
    QDateTime m_shownAt;
    bool m_voteBlocked = false;       // the trial's image could not be shown
    bool m_confirmNewSession = false; // the rater finished before: the next Start begins another session
    QTimer m_hideTimer;
    QHash<QString, QImage> m_images; // a few decoded stimuli, so a resumed trial shows at once
    struct Decoded
    {
        QImage image;
        QString error;
    };
    QHash<QString, QFuture<Decoded>> m_prefetched; // the next trial's stimuli, decoding or decoded
    static Decoded decodeStimulus(const QString &path, qint64 maxPixels);

    QStackedWidget *m_pages;
    // Start page.
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_raterLabel;
    QLineEdit *m_rater;
    QLabel *m_ageLabel;
    QSpinBox *m_age;
    QLabel *m_genderLabel;
    QComboBox *m_gender;
    QLabel *m_visionLabel;
    QComboBox *m_vision;
    QLabel *m_displayLabel;
    QLineEdit *m_displayNotes;
    QLabel *m_viewingLabel;
    QLineEdit *m_viewingNotes;
    QLabel *m_screenLabel;
    QLabel *m_screen;
    StudyPresentationFields *m_presentationFields;
    QLabel *m_stimulusCheck;
    QLabel *m_startMessage;
    QPushButton *m_startButton;
    QPushButton *m_closeButton;
    // Trial page.
    QLabel *m_progress;
    RatingStimulusView *m_view;
    RatingScale *m_scale;
    QLabel *m_keys;
    // Message page (instructions, break, pause, end).
    QLabel *m_messageTitle;
    QLabel *m_messageBody;
};
