#pragma once

#include <QString>

#include <optional>

class QWidget;

// A study window on its own, without the main window:
// `iqa-studio --study FILE --screen rating|results [--rater NAME]`. A lab
// can start rating from a desktop shortcut this way, and the documentation's
// screenshots are taken the same way (docs/studies.md).
class StudyScreen
{
public:
    enum class Kind { Rating, Results };
    static std::optional<Kind> parseKind(const QString &text); // "rating", "results"

    // Creates the window (not yet shown; the caller sizes and shows it).
    // With a rater, a rating window starts or resumes that rater's session
    // as soon as the stimuli are verified and shows its first trial (this
    // writes a session to the study, as Rate… does). Null, with the reason in
    // `error`, when the study cannot be opened.
    static QWidget *create(const QString &studyPath, Kind kind, const QString &rater, QString *error);

    // True once the window shows what it was asked for: results computed,
    // stimuli verified, and the rater's trial (or the reason it could not
    // start) on screen.
    static bool isReady(const QWidget *window);

    // The whole of `iqa-studio --study`: opens the window (`screen` "rating"
    // or "results", default results; full screen for rating unless `size`
    // "WxH" is given), and with `screenshot` saves it once ready and quits.
    // Runs the event loop; returns the exit status (2: unknown screen).
    static int run(const QString &studyPath, const QString &screen, const QString &rater, const QString &size,
                   const QString &screenshot);
};
