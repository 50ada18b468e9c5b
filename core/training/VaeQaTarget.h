#pragma once

#include <QJsonObject>
#include <QVector>

namespace iqa {

// The regression target of VAE-QA's synthetic training (docs/models/vae-qa.md,
// "Training target").
//
// There are no human full-reference scores here, and the level of a
// distortion says nothing about how two different types or two contents
// compare. The target therefore comes from one perceptual distance applied
// to every pair alike: in each of the six tapped encoder layers, the DISTS
// form (Ding et al. 2020) with equal weights over channels, which compares
// each channel's mean (texture) and its correlation with the reference
// (structure) over the whole crop (detail::layerStructureTextureDistances;
// the cache also keeps the relative difference energy, which ranked the
// same pairs almost identically); each layer divided by its median over
// the training set, so that every layer weighs the same whatever its typical
// size, and the six averaged: D. Quality = 1 / (1 + D / D50), with D50 the
// training median of D: 1 for an identical pair, 0.5 for the median
// training distortion, falling slowly (not exponentially) for worse ones so
// that severe distortions of different types stay apart instead of all
// collapsing to 0. Equal weights are deliberate: learned per-channel weights
// fitted to level order alone did not agree better with human scores than
// equal ones (issue 7's warning), so nothing here is fitted to levels.
struct VaeQaTargetCalibration
{
    QVector<double> layerMedians;  // per tapped layer, over non-identical training pairs
    double medianDistance = 1.0;   // D50

    // From the per-layer distances of the training pairs (identical pairs,
    // all zero, are skipped).
    static VaeQaTargetCalibration fit(const QVector<QVector<double>> &layerDistances);
    double distance(const QVector<double> &layerDistances) const;  // D
    double quality(const QVector<double> &layerDistances) const;   // in (0, 1]

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, VaeQaTargetCalibration *out);
};

} // namespace iqa
