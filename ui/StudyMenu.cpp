#include "StudyMenu.h"

#include "RatingSession.h"
#include "StudyResultsView.h"
#include "StudyWizard.h"

#include "studies/StudyStore.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

StudyMenu::StudyMenu(QWidget *parent)
    : QMenu(parent),
      m_newStudy(new QAction(this)),
      m_openStudy(new QAction(this)),
      m_rate(new QAction(this)),
      m_showResults(new QAction(this))
{
    setObjectName(QStringLiteral("studyMenu"));
    addAction(m_newStudy);
    addAction(m_openStudy);
    addSeparator();
    addAction(m_rate);
    addAction(m_showResults);
    connect(m_newStudy, &QAction::triggered, this, &StudyMenu::newStudy);
    connect(m_openStudy, &QAction::triggered, this, &StudyMenu::openStudy);
    connect(m_rate, &QAction::triggered, this, &StudyMenu::rate);
    connect(m_showResults, &QAction::triggered, this, &StudyMenu::showResults);
    retranslate();
    updateActions();
}

RatingSession *StudyMenu::ratingWindow() const
{
    return m_rating;
}

StudyResultsView *StudyMenu::resultsWindow() const
{
    return m_results;
}

void StudyMenu::retranslate()
{
    setTitle(tr("&Study"));
    m_newStudy->setText(tr("&New Study…"));
    m_newStudy->setToolTip(tr("Create a rating study from a folder, a list file or a label CSV"));
    m_openStudy->setText(tr("&Open Study…"));
    m_rate->setText(tr("&Rate…"));
    m_rate->setToolTip(tr("Start or resume a rater's session, full screen"));
    m_showResults->setText(tr("R&esults…"));
    m_showResults->setToolTip(tr("MOS, confidence intervals, rater screening, charts, export and import"));
    updateActions();
}

void StudyMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void StudyMenu::updateActions()
{
    // Rate… and Results… stay enabled: without a study they ask for one.
    const QString name = QFileInfo(m_study).fileName();
    m_rate->setStatusTip(name.isEmpty() ? QString() : tr("Rate %1").arg(name));
    m_showResults->setStatusTip(name.isEmpty() ? QString() : tr("Results of %1").arg(name));
}

void StudyMenu::newStudy()
{
    StudyWizard wizard(parentWidget());
    if (wizard.exec() != QDialog::Accepted || wizard.createdStudy().isEmpty())
        return;
    m_study = wizard.createdStudy();
    updateActions();
    emit currentStudyChanged(m_study);
    showResults();
}

void StudyMenu::openStudy()
{
    const QString folder = m_study.isEmpty() ? QString() : QFileInfo(m_study).absolutePath();
    const QString path = QFileDialog::getOpenFileName(parentWidget(), tr("Open Rating Study"), folder,
                                                      tr("Study files (*.iqas);;All files (*)"));
    if (!path.isEmpty() && openStudyFile(path))
        showResults();
}

bool StudyMenu::openStudyFile(const QString &path)
{
    // Open once to check: the store refuses a damaged, newer or foreign file
    // without writing to it and says why in one line.
    const auto store = iqa::StudyStore::open(path);
    if (!store) {
        QMessageBox::warning(parentWidget(), tr("Cannot Open Study"), store.error());
        return false;
    }
    m_study = (*store)->path();
    updateActions();
    emit currentStudyChanged(m_study);
    return true;
}

bool StudyMenu::ensureStudy()
{
    if (!m_study.isEmpty())
        return true;
    const QString path = QFileDialog::getOpenFileName(parentWidget(), tr("Open Rating Study"), QString(),
                                                      tr("Study files (*.iqas);;All files (*)"));
    return !path.isEmpty() && openStudyFile(path);
}

bool StudyMenu::adoptWindow(QWidget *window, const QString &openError)
{
    if (!openError.isEmpty()) {
        QMessageBox::warning(parentWidget(), tr("Cannot Open Study"), openError);
        delete window;
        return false;
    }
    // A window of its own, not a dialog: it lives beside the main window
    // (the rating window fills the screen) and goes away when closed.
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    return true;
}

RatingSession *StudyMenu::rate()
{
    if (!ensureStudy())
        return nullptr;
    if (m_rating && m_rating->studyPath() == m_study) {
        m_rating->raise();
        m_rating->activateWindow();
        return m_rating;
    }
    auto *session = new RatingSession(m_study, parentWidget());
    if (!adoptWindow(session, session->openError()))
        return nullptr;
    // An open results window follows the votes as they are cast.
    connect(session, &RatingSession::voteCast, this, [this] {
        if (m_results && m_results->studyPath() == m_study)
            m_results->scheduleRefresh();
    });
    m_rating = session;
    session->showFullScreen();
    return session;
}

StudyResultsView *StudyMenu::showResults()
{
    if (!ensureStudy())
        return nullptr;
    if (m_results && m_results->studyPath() == m_study) {
        m_results->refresh();
        m_results->show();
        m_results->raise();
        m_results->activateWindow();
        return m_results;
    }
    auto *results = new StudyResultsView(m_study, parentWidget());
    if (!adoptWindow(results, results->openError()))
        return nullptr;
    if (m_results)
        m_results->close();
    m_results = results;
    results->show();
    return results;
}
