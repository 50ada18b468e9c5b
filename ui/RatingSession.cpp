#include "RatingSession.h"

#include "AppSettings.h"
#include "ImageConversion.h"
#include "RatingScale.h"
#include "RatingStimulusView.h"
#include "RatingStyle.h"
#include "StudyPresentationFields.h"

#include "image/ImageLoader.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

enum StackIndex { StartIndex, TrialIndex, MessageIndex };

QLabel *wrappingLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setFocusPolicy(Qt::NoFocus);
    return label;
}

bool isConfirmKey(int key)
{
    return key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter;
}

} // namespace

RatingSession::RatingSession(const QString &studyPath, QWidget *parent)
    : QWidget(parent),
      m_studyPath(studyPath),
      m_pages(new QStackedWidget(this)),
      m_title(wrappingLabel(QStringLiteral("title"))),
      m_intro(wrappingLabel(QStringLiteral("intro"))),
      m_raterLabel(new QLabel),
      m_rater(new QLineEdit),
      m_ageLabel(new QLabel),
      m_age(new QSpinBox),
      m_genderLabel(new QLabel),
      m_gender(new QComboBox),
      m_visionLabel(new QLabel),
      m_vision(new QComboBox),
      m_displayLabel(new QLabel),
      m_displayNotes(new QLineEdit),
      m_viewingLabel(new QLabel),
      m_viewingNotes(new QLineEdit),
      m_screenLabel(new QLabel),
      m_screen(wrappingLabel(QStringLiteral("screen"))),
      m_presentationFields(new StudyPresentationFields(this)),
      m_stimulusCheck(wrappingLabel(QStringLiteral("stimulusCheck"))),
      m_startMessage(wrappingLabel(QStringLiteral("startMessage"))),
      m_startButton(new QPushButton),
      m_closeButton(new QPushButton),
      m_progress(new QLabel),
      m_view(new RatingStimulusView),
      m_scale(new RatingScale),
      m_keys(wrappingLabel(QStringLiteral("keys"))),
      m_messageTitle(wrappingLabel(QStringLiteral("messageTitle"))),
      m_messageBody(wrappingLabel(QStringLiteral("messageBody")))
{
    setObjectName(QStringLiteral("ratingSession"));
    setFocusPolicy(Qt::StrongFocus);
    QPalette grey = palette();
    grey.setColor(QPalette::Window, RatingStyle::surround());
    grey.setColor(QPalette::WindowText, RatingStyle::text());
    setPalette(grey);
    setAutoFillBackground(true);

    m_pages->addWidget(createStartPage());
    m_pages->addWidget(createTrialPage());
    m_pages->addWidget(createMessagePage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_hideTimer.setSingleShot(true);
    connect(&m_hideTimer, &QTimer::timeout, this, &RatingSession::hideImages);
    connect(&m_check, &QFutureWatcher<Check>::finished, this, &RatingSession::checkFinished);

    auto store = iqa::StudyStore::open(studyPath);
    if (!store) {
        m_openError = store.error();
    } else {
        m_store = std::move(*store);
        // Missing presentation settings only mean defaults: the form below
        // shows them and the experimenter can change them.
        const auto presentation = StudyPresentation::load(studyPath);
        if (presentation)
            m_presentation = *presentation;
        else
            showStartMessage(presentation.error(), true);
        m_presentationFields->setValues(m_presentation);
        // Hash the stimuli on a worker with a store of its own (a store
        // belongs to the thread that opened it), so the form stays usable.
        const QString path = m_store->path();
        m_check.setFuture(QtConcurrent::run([path] {
            Check check;
            const auto own = iqa::StudyStore::open(path);
            if (!own) {
                check.error = own.error();
                return check;
            }
            const auto problems = (*own)->verifyStimuli();
            if (!problems)
                check.error = problems.error();
            else
                for (const iqa::StimulusProblem &p : *problems)
                    check.problems << p.message;
            return check;
        }));
    }
    retranslate();
    updateStartButton();
    m_rater->setFocus();
}

RatingSession::~RatingSession()
{
    // The check touches only its own store and the files, but must not
    // outlive the window that waits for it.
    m_check.waitForFinished();
}

QWidget *RatingSession::createStartPage()
{
    auto *page = new QWidget;
    auto *panel = new QFrame;
    panel->setMaximumWidth(820);
    m_title->setFont(RatingStyle::scaledFont(font(), 1.8, true));
    m_rater->setObjectName(QStringLiteral("rater"));
    m_age->setObjectName(QStringLiteral("age"));
    m_age->setRange(0, 120);
    m_gender->setObjectName(QStringLiteral("gender"));
    // The data keys are English on purpose: they are what the study records.
    for (const char *key : {"", "female", "male", "diverse", "undisclosed"})
        m_gender->addItem(QString(), QString::fromLatin1(key));
    m_vision->setObjectName(QStringLiteral("vision"));
    for (const char *key : {"", "normal", "corrected to normal", "colour vision deficiency"})
        m_vision->addItem(QString(), QString::fromLatin1(key));
    m_displayNotes->setObjectName(QStringLiteral("displayNotes"));
    m_viewingNotes->setObjectName(QStringLiteral("viewingNotes"));
    m_startButton->setObjectName(QStringLiteral("start"));
    m_closeButton->setObjectName(QStringLiteral("close"));

    auto *form = new QFormLayout;
    form->addRow(m_raterLabel, m_rater);
    form->addRow(m_ageLabel, m_age);
    form->addRow(m_genderLabel, m_gender);
    form->addRow(m_visionLabel, m_vision);
    form->addRow(m_displayLabel, m_displayNotes);
    form->addRow(m_viewingLabel, m_viewingNotes);
    form->addRow(m_screenLabel, m_screen);
    m_presentationFields->addRows(form);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    buttons->addWidget(m_startButton);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(m_title);
    panelLayout->addWidget(m_intro);
    panelLayout->addSpacing(12);
    panelLayout->addLayout(form);
    panelLayout->addSpacing(8);
    panelLayout->addWidget(m_stimulusCheck);
    panelLayout->addWidget(m_startMessage);
    panelLayout->addLayout(buttons);

    auto *outer = new QHBoxLayout(page);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(panel);
    column->addStretch(2);
    outer->addLayout(column, 4);
    outer->addStretch(1);

    connect(m_startButton, &QPushButton::clicked, this, &RatingSession::start);
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_rater, &QLineEdit::textChanged, this, [this] {
        m_confirmNewSession = false;
        updateStartButton();
    });
    return page;
}

QWidget *RatingSession::createTrialPage()
{
    auto *page = new QWidget;
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_keys->setAlignment(Qt::AlignHCenter);
    QPalette quiet = m_keys->palette();
    quiet.setColor(QPalette::WindowText, RatingStyle::quietText());
    m_keys->setPalette(quiet);
    m_progress->setPalette(quiet);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 12, 24, 16);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    layout->addSpacing(8);
    layout->addWidget(m_scale);
    layout->addWidget(m_keys);
    return page;
}

QWidget *RatingSession::createMessagePage()
{
    auto *page = new QWidget;
    m_messageTitle->setFont(RatingStyle::scaledFont(font(), 2.0, true));
    m_messageTitle->setAlignment(Qt::AlignHCenter);
    m_messageBody->setFont(RatingStyle::scaledFont(font(), 1.35));
    m_messageBody->setAlignment(Qt::AlignHCenter);
    m_messageBody->setMaximumWidth(900);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(m_messageTitle);
    layout->addSpacing(16);
    layout->addWidget(m_messageBody, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

void RatingSession::retranslate()
{
    setWindowTitle(m_store ? tr("Rating: %1").arg(m_store->info().name) : tr("Rating"));
    m_title->setText(m_store ? tr("Rating study: %1").arg(m_store->info().name) : tr("Rating study"));
    m_intro->setText(tr("The experimenter fills in this page with the rater. Only the rater id is required; "
                        "the rest is recorded with the session for the analysis."));
    m_raterLabel->setText(tr("&Rater id:"));
    m_raterLabel->setBuddy(m_rater);
    m_rater->setPlaceholderText(tr("Required; the same id resumes an unfinished session"));
    m_ageLabel->setText(tr("&Age:"));
    m_ageLabel->setBuddy(m_age);
    m_age->setSpecialValueText(tr("Not given"));
    m_genderLabel->setText(tr("&Gender:"));
    m_genderLabel->setBuddy(m_gender);
    const QStringList genders{tr("Not given"), tr("Female"), tr("Male"), tr("Diverse"), tr("Prefers not to say")};
    for (int i = 0; i < genders.size(); ++i)
        m_gender->setItemText(i, genders[i]);
    m_visionLabel->setText(tr("&Vision:"));
    m_visionLabel->setBuddy(m_vision);
    const QStringList visions{tr("Not given"), tr("Normal"), tr("Corrected to normal (glasses, lenses)"),
                              tr("Colour vision deficiency")};
    for (int i = 0; i < visions.size(); ++i)
        m_vision->setItemText(i, visions[i]);
    m_displayLabel->setText(tr("&Display:"));
    m_displayLabel->setBuddy(m_displayNotes);
    m_displayNotes->setPlaceholderText(tr("Model, peak luminance, calibration"));
    m_viewingLabel->setText(tr("V&iewing conditions:"));
    m_viewingLabel->setBuddy(m_viewingNotes);
    m_viewingNotes->setPlaceholderText(tr("Viewing distance, room lighting"));
    m_screenLabel->setText(tr("Screen:"));
    m_screen->setText(screenDescription());
    m_presentationFields->retranslate();
    m_startButton->setText(tr("&Start"));
    m_closeButton->setText(tr("&Close"));
    if (!m_checked)
        m_stimulusCheck->setText(m_store ? tr("Checking the stimulus files…") : m_openError);
    else
        checkFinished();
    if (m_page == Page::Trial && m_trial)
        m_keys->setText(keysText());
}

void RatingSession::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString RatingSession::screenDescription() const
{
    const QScreen *s = screen();
    if (!s)
        return QString();
    // Recorded data, not interface text: English whatever the language, so
    // exports from several machines read alike.
    const double dpr = s->devicePixelRatio();
    const QSize logical = s->size();
    QString text = QStringLiteral("%1x%2 px (%3x%4 logical, device pixel ratio %5)")
                       .arg(qRound(logical.width() * dpr))
                       .arg(qRound(logical.height() * dpr))
                       .arg(logical.width())
                       .arg(logical.height())
                       .arg(dpr);
    const QSizeF mm = s->physicalSize();
    if (mm.width() > 0 && mm.height() > 0)
        text += QStringLiteral(", %1x%2 mm").arg(qRound(mm.width())).arg(qRound(mm.height()));
    if (s->refreshRate() > 0)
        text += QStringLiteral(", %1 Hz").arg(s->refreshRate(), 0, 'f', 0);
    text += QStringLiteral(", %1-bit").arg(s->depth());
    const QString name = QStringList{s->manufacturer(), s->model()}.join(QLatin1Char(' ')).trimmed();
    const QString label = name.isEmpty() ? s->name() : QStringLiteral("%1 (%2)").arg(name, s->name());
    return label.isEmpty() ? text : QStringLiteral("%1: %2").arg(label, text);
}

QString RatingSession::displayText() const
{
    const QString notes = m_displayNotes->text().trimmed();
    const QString screenText = QStringLiteral("screen ") + screenDescription();
    return notes.isEmpty() ? screenText : notes + QStringLiteral("; ") + screenText;
}

QString RatingSession::viewingText() const
{
    // English, like the screen description: this is what the study records.
    QStringList parts;
    if (const QString notes = m_viewingNotes->text().trimmed(); !notes.isEmpty())
        parts << notes;
    parts << (m_presentation.presentationSeconds > 0
                  ? QStringLiteral("presentation %1 s").arg(m_presentation.presentationSeconds)
                  : QStringLiteral("presentation until the vote"));
    parts << (m_presentation.breakEvery > 0 ? QStringLiteral("break every %1 items").arg(m_presentation.breakEvery)
                                            : QStringLiteral("no breaks"));
    QStringList observer;
    if (m_age->value() > 0)
        observer << QStringLiteral("age %1").arg(m_age->value());
    if (const QString gender = m_gender->currentData().toString(); !gender.isEmpty())
        observer << QStringLiteral("gender %1").arg(gender);
    if (const QString vision = m_vision->currentData().toString(); !vision.isEmpty())
        observer << QStringLiteral("vision %1").arg(vision);
    if (!observer.isEmpty())
        parts << QStringLiteral("observer: ") + observer.join(QStringLiteral(", "));
    return parts.join(QStringLiteral("; "));
}

void RatingSession::checkFinished()
{
    if (!m_check.isFinished() || !m_store)
        return;
    const Check check = m_check.result();
    const bool first = !m_checked;
    m_checked = true;
    m_problems = check.problems;
    if (!check.error.isEmpty()) {
        // Could not even check: treat it as a problem, never as a pass.
        m_problems = QStringList{check.error};
        m_stimulusCheck->setText(tr("The stimulus files could not be checked: %1").arg(check.error));
    } else if (m_problems.isEmpty()) {
        const auto files = m_store->stimulusFiles();
        m_stimulusCheck->setText(
            tr("%n stimulus file(s) checked: all present and unchanged.", nullptr, files ? int(files->size()) : 0));
    } else {
        QStringList shown = m_problems.mid(0, 8);
        if (m_problems.size() > shown.size())
            shown << tr("… and %n more", nullptr, int(m_problems.size() - shown.size()));
        m_stimulusCheck->setText(tr("%n stimulus file(s) moved or changed since the study was created. The "
                                    "session cannot start until they are restored:",
                                    nullptr, int(m_problems.size())) +
                                 QStringLiteral("\n• ") + shown.join(QStringLiteral("\n• ")));
    }
    QPalette palette = m_stimulusCheck->palette();
    palette.setColor(QPalette::WindowText, m_problems.isEmpty() ? RatingStyle::text() : RatingStyle::problemText());
    m_stimulusCheck->setPalette(palette);
    m_stimulusCheck->setFont(RatingStyle::scaledFont(font(), 1.0, !m_problems.isEmpty()));
    updateStartButton();
    if (first)
        emit stimuliVerified();
}

void RatingSession::updateStartButton()
{
    m_startButton->setEnabled(m_store && m_checked && m_problems.isEmpty() && !m_rater->text().trimmed().isEmpty());
}

void RatingSession::showStartMessage(const QString &text, bool problem)
{
    QPalette palette = m_startMessage->palette();
    palette.setColor(QPalette::WindowText, problem ? RatingStyle::problemText() : RatingStyle::text());
    m_startMessage->setPalette(palette);
    m_startMessage->setText(text);
}

QString RatingSession::messageText() const
{
    return m_page == Page::Start ? m_startMessage->text() : m_messageBody->text();
}

bool RatingSession::startAs(const QString &rater)
{
    m_rater->setText(rater);
    return start();
}

bool RatingSession::start()
{
    if (!m_store)
        return false;
    const QString rater = m_rater->text().trimmed();
    if (rater.isEmpty()) {
        showStartMessage(tr("Enter the rater id first."), true);
        m_rater->setFocus();
        return false;
    }
    if (!m_checked) {
        showStartMessage(tr("The stimulus files are still being checked; start again in a moment."), true);
        return false;
    }
    if (!m_problems.isEmpty()) {
        showStartMessage(tr("The session cannot start while stimulus files are missing or changed (see above)."), true);
        return false;
    }
    m_presentationFields->applyTo(&m_presentation);

    const auto unfinished = m_store->unfinishedSession(rater);
    if (!unfinished) {
        showStartMessage(unfinished.error(), true);
        return false;
    }
    const bool resumed = unfinished->has_value();
    if (resumed) {
        m_session = **unfinished;
    } else {
        const auto all = m_store->sessions();
        if (!all) {
            showStartMessage(all.error(), true);
            return false;
        }
        const int previous = int(std::count_if(
            all->begin(), all->end(), [&rater](const iqa::SessionInfo &s) { return s.rater == rater && !s.imported; }));
        // A second session by the same rater is allowed, but never by accident.
        if (previous > 0 && !m_confirmNewSession) {
            m_confirmNewSession = true;
            showStartMessage(tr("%1 has already completed %n session(s) of this study. Press Start again to "
                                "begin another one.",
                                nullptr, previous)
                                 .arg(rater),
                             false);
            return false;
        }
        iqa::SessionRequest request;
        request.rater = rater;
        request.display = displayText();
        request.viewing = viewingText();
        request.seed = m_presentation.sessionSeed(rater, previous);
        const auto started = m_store->startSession(request);
        if (!started) {
            showStartMessage(started.error(), true);
            return false;
        }
        m_session = *started;
    }
    const auto schedule = m_store->schedule(m_session->id);
    if (!schedule) {
        showStartMessage(schedule.error(), true);
        return false;
    }
    m_scheduled = int(schedule->size());
    m_trainingCount = int(std::count_if(schedule->begin(), schedule->end(),
                                        [](const iqa::Trial &t) { return t.item.kind == iqa::ItemKind::Training; }));
    showStartMessage(QString(), false);
    showInstructions(resumed);
    return true;
}

QString RatingSession::methodText() const
{
    switch (m_store->info().method) {
    case iqa::VoteMethod::Acr:
        return tr("Rate the quality of each image with the keys 1 (bad) to 5 (excellent).");
    case iqa::VoteMethod::Dcr:
        return tr("Each test image is shown next to its reference. Rate how much the differences annoy you, with "
                  "the keys 1 (very annoying) to 5 (imperceptible).");
    case iqa::VoteMethod::Slider:
        return tr("Rate the quality of each image on the slider: move it with the left and right arrow keys "
                  "(with Shift in steps of 10) and confirm with Enter or Space.");
    case iqa::VoteMethod::Pairwise:
        return tr("Two images are shown side by side. Choose the better one: left arrow or 1 for the left image, "
                  "right arrow or 2 for the right one.");
    }
    return QString();
}

QString RatingSession::keysText() const
{
    switch (m_store->info().method) {
    case iqa::VoteMethod::Acr:
    case iqa::VoteMethod::Dcr:
        return tr("Keys 1 to 5 vote  ·  Esc pauses");
    case iqa::VoteMethod::Slider:
        return tr("← → move (Shift: by 10)  ·  Enter or Space confirms  ·  Esc pauses");
    case iqa::VoteMethod::Pairwise:
        return tr("← or 1: left is better  ·  → or 2: right is better  ·  Esc pauses");
    }
    return QString();
}

void RatingSession::showInstructions(bool resumed)
{
    QStringList body;
    if (resumed) {
        body << tr("You have rated %1 of %2 items; the session continues with item %3.")
                    .arg(m_session->answered)
                    .arg(m_scheduled)
                    .arg(m_session->nextPosition.value_or(m_scheduled));
    } else {
        body << tr("This session has %n item(s) to rate.", nullptr, m_scheduled) +
                    (m_trainingCount > 0
                         ? QLatin1Char(' ') +
                               tr("Practice items at the start, which do not count: %1.").arg(m_trainingCount)
                         : QString());
    }
    body << methodText();
    if (m_presentation.presentationSeconds > 0)
        body << tr("Each image disappears after %1 s; you can still vote after that.")
                    .arg(m_presentation.presentationSeconds);
    if (m_presentation.breakEvery > 0)
        body << tr("There is a short break after every %n item(s).", nullptr, m_presentation.breakEvery);
    body << (resumed ? tr("Press Space to continue. Esc pauses at any time.")
                     : tr("Press Space to begin. Esc pauses at any time."));
    showMessage(Page::Instructions,
                resumed ? tr("Welcome back, %1").arg(m_session->rater) : tr("Welcome, %1").arg(m_session->rater),
                body.join(QStringLiteral("\n\n")));
}

void RatingSession::setPage(Page page)
{
    m_page = page;
    m_pages->setCurrentIndex(page == Page::Start ? StartIndex : page == Page::Trial ? TrialIndex : MessageIndex);
    // The pointer would sit on the stimulus; keys do everything during a session.
    if (page == Page::Start)
        unsetCursor();
    else
        setCursor(Qt::BlankCursor);
    if (page != Page::Start)
        setFocus();
    emit pageChanged(page);
}

void RatingSession::showMessage(Page page, const QString &title, const QString &body)
{
    m_hideTimer.stop();
    m_messageTitle->setText(title);
    m_messageBody->setText(body);
    setPage(page);
}

void RatingSession::showNextTrial(int breakAfter)
{
    const auto next = m_store->nextTrial(m_session->id);
    if (!next) {
        reportStoreProblem(next.error());
        return;
    }
    if (!next->has_value()) {
        finish();
        return;
    }
    if (breakAfter > 0) {
        showMessage(Page::Break, tr("Break"),
                    tr("%1 of %2 items done. Rest your eyes for a moment.\n\nPress Space to continue.")
                        .arg(breakAfter)
                        .arg(m_scheduled));
        return;
    }
    showTrial(**next);
}

// Decoding is the slow part of showing a stimulus (a 24-megapixel JPEG takes
// a noticeable fraction of a second): prefetchAfter runs it in the thread
// pool for the next trial while the rater looks at this one.
RatingSession::Decoded RatingSession::decodeStimulus(const QString &path, qint64 maxPixels)
{
    iqa::ImageLoader::Options options;
    options.maxPixels = maxPixels;
    const auto image = iqa::ImageLoader(options).load(path);
    return image ? Decoded{toDisplayImage(*image), QString()} : Decoded{QImage(), image.error()};
}

QImage RatingSession::loadImage(const QString &path, QString *error)
{
    if (const auto cached = m_images.constFind(path); cached != m_images.constEnd())
        return *cached;
    Decoded decoded;
    if (const auto ahead = m_prefetched.constFind(path); ahead != m_prefetched.constEnd())
        decoded = ahead->result();  // waits only if the rater was faster than the decoder
    else
        decoded = decodeStimulus(path, AppSettings::instance().maxImagePixels());
    if (!decoded.error.isEmpty()) {
        *error = decoded.error;
        return QImage();
    }
    // Two trials' worth (a pair each) is all a resumed or re-shown trial needs.
    if (m_images.size() >= 4)
        m_images.clear();
    m_images.insert(path, decoded.image);
    return decoded.image;
}

QVector<QPair<QString, QString>> RatingSession::stimuliOf(const iqa::Trial &trial) const
{
    const iqa::StudyItem &item = trial.item;
    switch (m_store->info().method) {
    case iqa::VoteMethod::Acr:
    case iqa::VoteMethod::Slider:
        // Absolute rating: a REF|DIST item shows its distorted image alone.
        return {{item.second.isEmpty() ? item.first : item.second, QString()}};
    case iqa::VoteMethod::Dcr:
        return {{item.first, tr("Reference")}, {item.second, tr("Test image")}};
    case iqa::VoteMethod::Pairwise:
        // The stored schedule decides the sides: swapped puts the second image left.
        return {{trial.swapped ? item.second : item.first, tr("Left")}, {trial.swapped ? item.first : item.second, tr("Right")}};
    }
    return {};
}

void RatingSession::prefetchAfter(const iqa::Trial &trial)
{
    const auto schedule = m_store->schedule(m_session->id);
    if (!schedule)
        return;  // showing the next trial reports the store's problem
    QHash<QString, QFuture<Decoded>> next;
    for (const iqa::Trial &t : *schedule) {
        if (t.position <= trial.position || t.answered)
            continue;
        for (const auto &[path, caption] : stimuliOf(t)) {
            Q_UNUSED(caption)
            if (m_images.contains(path) || next.contains(path))
                continue;
            next.insert(path, m_prefetched.contains(path)
                                  ? m_prefetched.value(path)
                                  : QtConcurrent::run(&RatingSession::decodeStimulus, path, AppSettings::instance().maxImagePixels()));
        }
        break;  // the next unanswered trial only
    }
    // Decodes for a trial that is no longer next finish in the pool unread.
    m_prefetched = next;
}

void RatingSession::showTrial(const iqa::Trial &trial)
{
    m_trial = trial;
    const iqa::StudyItem &item = trial.item;
    QVector<RatingStimulusView::Panel> panels;
    for (const auto &[path, caption] : stimuliOf(trial)) {
        RatingStimulusView::Panel p;
        p.caption = caption;
        p.image = loadImage(path, &p.error);
        panels << p;
    }
    const iqa::VoteMethod method = m_store->info().method;
    m_view->setPanels(panels);
    m_voteBlocked = m_view->hasErrors();
    m_scale->setMethod(method);
    m_scale->setSliderValue(50);
    const QString position = tr("%1 / %2").arg(trial.position).arg(m_scheduled);
    m_progress->setText(item.kind == iqa::ItemKind::Training ? tr("Practice  ·  %1").arg(position) : position);
    m_keys->setText(m_voteBlocked ? tr("This item cannot be shown. Press Esc and tell the experimenter.") : keysText());
    setPage(Page::Trial);
    m_shownAt = QDateTime::currentDateTimeUtc();
    if (m_presentation.presentationSeconds > 0 && !m_voteBlocked)
        m_hideTimer.start(qMax(1, qRound(m_presentation.presentationSeconds * 1000)));
    prefetchAfter(trial);
}

void RatingSession::hideImages()
{
    if (m_page == Page::Trial)
        m_view->setImagesVisible(false);
}

void RatingSession::vote(double value)
{
    if (!m_trial || m_voteBlocked || !m_session)
        return;
    const int position = m_trial->position;
    const iqa::Status stored =
        m_store->castVote(m_session->id, position, value, m_shownAt, QDateTime::currentDateTimeUtc());
    if (!stored) {
        // The same session open in another window (two writers are allowed)
        // may have answered this trial first: that vote stands, and this
        // window moves on instead of asking for a vote it cannot store.
        const auto next = m_store->nextTrial(m_session->id);
        if (next && (!next->has_value() || (*next)->position != position)) {
            m_hideTimer.stop();
            m_trial.reset();
            showNextTrial();
            if (m_page == Page::Trial)
                m_keys->setText(tr("Item %1 was answered in another window; that vote stands.").arg(position) +
                                QStringLiteral("  ·  ") + keysText());
            return;
        }
        // Otherwise stay on the trial: the rater votes again once the cause is gone.
        QMessageBox::critical(this, tr("Vote Not Stored"),
                              tr("%1\n\nThe vote was not stored. Vote again; if this keeps happening, press Esc "
                                 "and tell the experimenter.")
                                  .arg(stored.error()));
        return;
    }
    m_hideTimer.stop();
    m_trial.reset();
    emit voteCast(position, value);
    // Breaks follow the position in the schedule, so a resumed session
    // keeps the same rhythm; there is none after the last trial.
    const bool breakDue = m_presentation.breakEvery > 0 && position % m_presentation.breakEvery == 0;
    showNextTrial(breakDue ? position : 0);
}

void RatingSession::pause()
{
    m_pausedFrom = m_page;
    showMessage(Page::Pause, tr("Paused"),
                tr("Every vote so far is saved.\n\nSpace: continue  ·  Esc: stop for now.\nThe session continues "
                   "where it stopped when the same rater id starts again."));
}

void RatingSession::resume()
{
    // A paused trial is shown afresh: its time on screen starts again.
    if (m_pausedFrom == Page::Trial && m_trial)
        showTrial(*m_trial);
    else
        showNextTrial();
}

void RatingSession::finish()
{
    if (const auto updated = m_store->session(m_session->id))
        m_session = *updated;
    m_trial.reset();
    showMessage(Page::Finished, tr("Thank you!"),
                tr("Done: %n item(s) rated and saved.\n\nPress Enter to close this window.", nullptr, m_scheduled));
}

void RatingSession::reportStoreProblem(const QString &error)
{
    QMessageBox::critical(this, tr("Study File Problem"),
                          tr("%1\n\nEvery vote cast so far is saved. The session is paused.").arg(error));
    m_pausedFrom = Page::Trial;
    showMessage(Page::Pause, tr("Paused"), error);
}

void RatingSession::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    switch (m_page) {
    case Page::Start:
        if (key == Qt::Key_Escape)
            close();
        else if (key == Qt::Key_Return || key == Qt::Key_Enter)
            start();
        else
            QWidget::keyPressEvent(event);
        return;
    case Page::Instructions:
    case Page::Break:
        if (isConfirmKey(key) && !event->isAutoRepeat())
            showNextTrial();
        else if (key == Qt::Key_Escape)
            pause();
        return;
    case Page::Pause:
        if (isConfirmKey(key) && !event->isAutoRepeat())
            resume();
        else if (key == Qt::Key_Escape && !event->isAutoRepeat())
            close();
        return;
    case Page::Finished:
        if ((isConfirmKey(key) || key == Qt::Key_Escape) && !event->isAutoRepeat())
            close();
        return;
    case Page::Trial:
        break;
    }

    if (key == Qt::Key_Escape) {
        pause();
        return;
    }
    const iqa::VoteMethod method = m_store->info().method;
    if (method == iqa::VoteMethod::Slider) {
        const int step = event->modifiers().testFlag(Qt::ShiftModifier) ? 10 : 1;
        const int value = m_scale->sliderValue();
        if (key == Qt::Key_Left || key == Qt::Key_Down)
            m_scale->setSliderValue(value - step);
        else if (key == Qt::Key_Right || key == Qt::Key_Up)
            m_scale->setSliderValue(value + step);
        else if (key == Qt::Key_PageDown)
            m_scale->setSliderValue(value - 10);
        else if (key == Qt::Key_PageUp)
            m_scale->setSliderValue(value + 10);
        else if (key == Qt::Key_Home)
            m_scale->setSliderValue(0);
        else if (key == Qt::Key_End)
            m_scale->setSliderValue(100);
        else if (isConfirmKey(key) && !event->isAutoRepeat())
            vote(m_scale->sliderValue());
        return;
    }
    // A held key must not answer several trials.
    if (event->isAutoRepeat())
        return;
    if (method == iqa::VoteMethod::Pairwise) {
        const bool left = key == Qt::Key_Left || key == Qt::Key_1;
        const bool right = key == Qt::Key_Right || key == Qt::Key_2;
        if ((left || right) && m_trial) {
            // The stored value always refers to the item's own order: 1 when
            // its first image won, whichever side that image was shown on.
            const bool firstShownLeft = !m_trial->swapped;
            vote(left == firstShownLeft ? 1.0 : 0.0);
        }
        return;
    }
    if (key >= Qt::Key_1 && key <= Qt::Key_5)
        vote(double(key - Qt::Key_0));
}
