#pragma once

#include "common/Expected.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <optional>

// How a study is presented, and the answers the wizard collects that the
// study file has no column for (schema v1 stores items, sessions and votes
// only): breaks, timed presentation, the order seed and the gold tolerance.
// They live in a small JSON file beside the study, "<study>.presentation.json",
// written by the wizard and read by the rating window and the results view.
// A study made with `iqa study create` has none: defaults apply, and the
// rating window lets the experimenter set them before a session starts.
// Every session also records the values it ran with in its viewing text, so
// the votes export carries them even when this file is lost.
struct StudyPresentation
{
    Q_DECLARE_TR_FUNCTIONS(StudyPresentation)

public:
    int breakEvery = 0;             // a break screen after every N items; 0 = none
    double presentationSeconds = 0; // hide the image after this long (voting stays open); 0 = until the vote
    // Sessions draw their order seed from this (with the rater's name and
    // session count), so a study's orders can be reproduced; empty = random.
    std::optional<quint64> orderSeed;
    // Gold answers within this distance count as correct in the results
    // (MosOptions::goldTolerance); empty = the default, a quarter of the scale.
    std::optional<double> goldTolerance;

    static QString filePath(const QString &studyPath);
    // Defaults when there is no file; an unreadable or damaged file is an
    // error (the caller shows it and may continue with the defaults).
    static iqa::Expected<StudyPresentation> load(const QString &studyPath);
    iqa::Status save(const QString &studyPath) const;

    // The seed of a rater's n-th session (0-based) of this study; empty when
    // there is no study seed (the store then draws a random one).
    std::optional<quint64> sessionSeed(const QString &rater, int sessionIndex) const;
};
