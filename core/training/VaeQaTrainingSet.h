#pragma once

#include "common/Expected.h"
#include "image/Degradations.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace iqa {

// The synthetic full-reference training set of VAE-QA (docs/models/vae-qa.md,
// "Training data"): pristine photographs (better-rated BIQ2021 `train`
// images), one crop each, degraded by the project's degradation bank at all
// five levels of several types, plus the identity.
//
// Split, decided before anything is encoded:
//  - images: a seeded share of the pristine images is held out entirely;
//  - distortion types: `heldOutTypes` never appear in training. Held-out
//    images get every held-out type at every level, plus as many training
//    types, so the held-out set mixes types the head has seen on content it
//    has not, and types it has never seen.
struct VaeQaTrainingSetOptions
{
    QString pristineLabels;      // image,mos[,split] CSV (BIQ2021 labels.csv)
    QString pristineImageFolder; // where its relative paths point; empty: the CSV's folder
    double pristineMinMos = 0.8; // "better-rated": MOS >= this
    QString split = QStringLiteral("train");  // rows of this split only (when the CSV has one)
    int images = 100;            // pristine images in all (training + held out)
    double heldOutImageShare = 0.2;
    QVector<DegradationType> heldOutTypes = defaultHeldOutTypes();
    int typesPerImage = 8;       // training types per training image (all five levels each)
    int cropSize = 256;
    quint64 seed = 20261201;
    QString encoderId = QStringLiteral("taef2");
    QString encoderWeights;      // resolved weights file
    QString workFolder;          // cache/, heldout/ and manifest.json go here

    static QVector<DegradationType> defaultHeldOutTypes();
};

struct VaeQaSetProgress
{
    int done = 0;
    int total = 0;
    QString item;
};

// One pristine image's entry in the manifest.
struct VaeQaSetImage
{
    QString source;       // the pristine photo
    QString cacheFile;    // its features (safetensors), relative to the work folder
    bool heldOut = false;
    int samples = 0;      // encoded distorted versions (without the identity)
};

struct VaeQaTrainingSet
{
    VaeQaTrainingSetOptions options;
    QVector<VaeQaSetImage> images;
    QString heldOutFolder;   // PNG crops of held-out pairs (for iqa eval)
    int trainingSamples() const;
    int heldOutSamples() const;
};

// Builds (or completes) the set in options.workFolder: per pristine image a
// feature cache file; for held-out images also the PNG crops. Files already
// complete from an earlier run with the same options are kept, so an
// interrupted build resumes. Fails on a changed recipe (other options in the
// existing manifest) rather than mixing two recipes.
Expected<VaeQaTrainingSet> buildVaeQaTrainingSet(const VaeQaTrainingSetOptions &options,
                                                 const std::function<void(const VaeQaSetProgress &)> &progress = {},
                                                 const std::atomic_bool *cancel = nullptr);

} // namespace iqa
