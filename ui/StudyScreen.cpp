#include "StudyScreen.h"

#include "RatingSession.h"
#include "StudyResultsView.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

const char *const kReady = "studyScreenReady";

} // namespace

std::optional<StudyScreen::Kind> StudyScreen::parseKind(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("rating"))
        return Kind::Rating;
    if (key == QLatin1String("results"))
        return Kind::Results;
    return std::nullopt;
}

QWidget *StudyScreen::create(const QString &studyPath, Kind kind, const QString &rater, QString *error)
{
    if (kind == Kind::Results) {
        auto *results = new StudyResultsView(studyPath);
        if (!results->openError().isEmpty()) {
            *error = results->openError();
            delete results;
            return nullptr;
        }
        results->setProperty(kReady, true);
        return results;
    }
    auto *session = new RatingSession(studyPath);
    if (!session->openError().isEmpty()) {
        *error = session->openError();
        delete session;
        return nullptr;
    }
    QObject::connect(session, &RatingSession::stimuliVerified, session, [session, rater] {
        // Past the instructions with the key a rater would press.
        if (!rater.isEmpty() && session->startAs(rater)) {
            QKeyEvent space(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
            QCoreApplication::sendEvent(session, &space);
        }
        session->setProperty(kReady, true);
    });
    return session;
}

bool StudyScreen::isReady(const QWidget *window)
{
    return window && window->property(kReady).toBool();
}

int StudyScreen::run(const QString &studyPath, const QString &screen, const QString &rater, const QString &size,
                     const QString &screenshot)
{
    const auto kind = parseKind(screen.isEmpty() ? QStringLiteral("results") : screen);
    if (!kind) {
        std::fprintf(stderr, "iqa-studio: error: unknown --screen '%s' (rating or results)\n", qPrintable(screen));
        return 2;
    }
    QString error;
    const std::unique_ptr<QWidget> window(create(studyPath, *kind, rater, &error));
    if (!window) {
        std::fprintf(stderr, "iqa-studio: error: %s\n", qPrintable(error));
        return 1;
    }
    const QStringList parts = size.split(QLatin1Char('x'));
    if (parts.size() == 2 && parts[0].toInt() > 0 && parts[1].toInt() > 0) {
        window->resize(parts[0].toInt(), parts[1].toInt());
        window->show();
    } else if (*kind == Kind::Rating) {
        window->showFullScreen();
    } else {
        window->show();
    }
    if (!screenshot.isEmpty()) {
        auto *poll = new QTimer(window.get());
        QObject::connect(poll, &QTimer::timeout, window.get(), [widget = window.get(), screenshot, poll] {
            if (!isReady(widget))
                return;
            poll->stop();
            // Let layouts and plots settle before grabbing.
            QTimer::singleShot(300, widget, [widget, screenshot] {
                const bool saved = widget->grab().save(screenshot);
                if (!saved)
                    std::fprintf(stderr, "iqa-studio: error: cannot write %s\n", qPrintable(screenshot));
                QApplication::exit(saved ? 0 : 1);
            });
        });
        poll->start(100);
        QTimer::singleShot(120000, window.get(), [] {
            std::fprintf(stderr, "iqa-studio: error: gave up waiting for the study window after 120 s\n");
            QApplication::exit(1);
        });
    }
    return QApplication::exec();
}
