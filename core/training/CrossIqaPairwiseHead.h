#pragma once

#include "common/Expected.h"
#include "training/CrossIqaHeadTrainer.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace iqa {

// Cross-IQA's linear head fitted to pairwise votes instead of MOS labels
// (issue 5; docs/models/cross-iqa.md, "Fine-tuning from comparisons"): the
// transformer stays frozen, every distinct image is encoded once, and an
// L2-regularised Bradley-Terry model — P(a preferred to b) =
// 1 / (1 + exp(-(w . (z_a - z_b)))) on standardised class tokens z — is
// fitted to the votes. Its strength is chosen by k-fold cross-validation
// whose folds hold out whole pairs of images, so every held-out vote is on
// a pair the fit never saw.
struct CrossIqaPairwiseOptions
{
    QString votesPath;        // a pairwise study (SQLite, e.g. .iqastudy) or a votes CSV of method pairwise
    QString checkpointPath;   // the start checkpoint (transformer and head); empty: the default one
    int folds = 5;
    quint64 seed = 1;         // fold assignment
    int crops = 5;            // scoring tiles, as CrossIqaModel
    QString device = QStringLiteral("cpu");
    QString outPath;          // the complete checkpoint; OUT.json beside it
    QString commandLine;
};

struct CrossIqaPairwiseResult
{
    QString checkpointPath;
    QString metadataPath;
    bool fromStudy = false;   // votesPath was a study file, not a votes CSV
    int votes = 0;            // votes used
    int pairs = 0;            // distinct pairs of images among them
    int images = 0;           // distinct images among them, each encoded once
    int practiceVotes = 0;    // training and gold trials: not preferences to learn from, left out
    QStringList skipped;      // bad CSV rows; unusable votes; unreadable images with the votes they took
    double strength = 0;      // the chosen L2 strength (on standardised features)
    // Vote agreement: the share of the votes whose preferred image gets the
    // higher score (a tie counts half), over every vote used.
    std::optional<double> before;  // the start checkpoint's head, when it has one
    double after = 0;              // the fitted head, each vote scored by the fold that held its pair out
    double ceiling = 0;            // votes agreeing with their pair's majority: no scoring can do better
    double heldOutLogLoss = 0;     // mean over votes, at the chosen strength (nats)
    // The saved head scores `offset + scale * logit`; calibrated means the
    // training images' scores have the start head's mean and standard
    // deviation, otherwise they stay logits (a start without a head).
    double calibrationScale = 1;
    double calibrationOffset = 0;
    bool calibrated = false;
    double encodingSeconds = 0;
    double imagesPerSecond = 0;
};

// Refuses a study of another method, votes that are not pairwise, no usable
// vote, and votes that all compare one pair. Votes naming an image that
// cannot be read are listed in `skipped` and left out. Nothing is written
// unless the fit succeeds; a cancelled run fails and leaves no file.
Expected<CrossIqaPairwiseResult> trainCrossIqaPairwiseHead(const CrossIqaPairwiseOptions &options,
                                                           const CrossIqaHeadCallbacks &callbacks = {});

} // namespace iqa
