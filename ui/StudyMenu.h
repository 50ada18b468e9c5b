#pragma once

#include <QMenu>
#include <QPointer>

class RatingSession;
class StudyResultsView;

// The main window's Study menu: New Study… (the wizard), Open Study…,
// Rate… (a full-screen rating session) and Results…. It keeps the current
// study file and the windows it opened, so the main window only adds the
// menu. Problems opening a study (in use, newer format, damaged, not a
// study) are shown in a message box; the file is left as it was.
class StudyMenu : public QMenu
{
    Q_OBJECT
public:
    explicit StudyMenu(QWidget *parent = nullptr);

    QString currentStudy() const { return m_study; }
    RatingSession *ratingWindow() const;
    StudyResultsView *resultsWindow() const;

    QAction *newStudyAction() const { return m_newStudy; }
    QAction *openStudyAction() const { return m_openStudy; }
    QAction *rateAction() const { return m_rate; }
    QAction *resultsAction() const { return m_showResults; }

public slots:
    void newStudy();
    void openStudy();
    // Makes `path` the current study after checking that it opens; false
    // (after a message box) when it does not.
    bool openStudyFile(const QString &path);
    // A rating session on the current study, full screen; asks for a study
    // first when there is none. Returns the window (null on failure).
    RatingSession *rate();
    StudyResultsView *showResults();

signals:
    void currentStudyChanged(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    bool ensureStudy();
    // Takes a new study window under the menu's care, or shows why it could
    // not open the study and deletes it.
    bool adoptWindow(QWidget *window, const QString &openError);

    QString m_study;
    QPointer<RatingSession> m_rating;
    QPointer<StudyResultsView> m_results;
    QAction *m_newStudy;
    QAction *m_openStudy;
    QAction *m_rate;
    QAction *m_showResults;
};
