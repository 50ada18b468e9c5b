#pragma once

#include "common/Expected.h"
#include "metrics/Correlation.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace iqa {

// Stage two of Cross-IQA (DESIGN.md 2.2): the transformer stays frozen and a
// linear regressor on its class token (averaged over the scoring tiles) is
// fitted to image,mos labels — ridge regression on standardised features,
// its strength chosen by k-fold cross-validation on the labels given, so
// the reported agreement is always on images the fit did not see.
struct CrossIqaHeadOptions
{
    QString labelsPath;                     // image,mos[,split,...] CSV
    QString imagesFolder;                   // relative paths start here (default: the CSV's folder)
    QString split;                          // only rows whose split column has this value; empty: all
    bool lowerIsBetter = false;             // DMOS: flipped (min + max - x) before fitting
    QString checkpointPath;                 // the transformer; empty: the default checkpoint
    std::optional<quint64> randomInitSeed;  // baseline: an untrained transformer instead
    int folds = 5;
    quint64 seed = 1;                       // fold assignment
    int crops = 5;                          // scoring tiles, as CrossIqaModel
    QString device = QStringLiteral("cpu");
    QString outPath;                        // the complete checkpoint (transformer + head); OUT.json beside it
    QString commandLine;
};

struct CrossIqaHeadCallbacks
{
    std::function<void(const QString &)> note;
    std::function<void(int done, int total)> encoding;
    std::function<bool()> cancelled;
};

struct CrossIqaHeadResult
{
    QString checkpointPath;
    QString metadataPath;
    int images = 0;               // labelled images used
    QStringList skipped;          // "line N: reason"
    double ridge = 0;             // chosen strength (on standardised features)
    CorrelationReport crossValidated;  // out-of-fold predictions against the labels
    // The start checkpoint's own head on the same images, when it has one:
    // the "before" of a fine-tuning (those images were not its training data
    // unless they come from BIQ2021's train split).
    std::optional<CorrelationReport> before;
    double encodingSeconds = 0;
    double imagesPerSecond = 0;   // feature extraction throughput
};

// Nothing is written unless the fit succeeds; a cancelled run fails with
// "cancelled" and leaves no file at outPath.
Expected<CrossIqaHeadResult> trainCrossIqaHead(const CrossIqaHeadOptions &options, const CrossIqaHeadCallbacks &callbacks = {});

} // namespace iqa
