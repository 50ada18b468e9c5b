#pragma once

#include "common/Expected.h"
#include "image/Image.h"

#include <QString>
#include <QVector>
#include <QtGlobal>
#include <opencv2/core.hpp>

namespace iqa {

// The synthetic degradation bank (DESIGN.md 2.2): what Cross-IQA's pretext
// task draws its views from and what generates VAE-QA's synthetic
// full-reference pairs. Every type has levels 1 (barely visible) to 5
// (severe); level 0 is the identity for every type. The parameter of each
// level is in Degradations.cpp and docs/models/degradations.md.
enum class DegradationType {
    Identity,
    // Low frequency: tone, colour and illumination changes, and blurs
    // (chroma subsampling is a blur of the colour planes).
    ColourCast,
    Desaturation,
    ContrastLoss,
    Brighten,
    Darken,
    Vignetting,
    GaussianBlur,
    MotionBlur,
    DefocusBlur,
    ChromaSubsampling,
    // High frequency: noise, coding artefacts and other fine structure.
    GaussianNoise,
    PoissonNoise,
    ImpulseNoise,
    Jpeg,
    Jpeg2000,
    WebP,
    Pixelation,
    Quantisation,
    OverSharpening,
    ChromaticAberration,
};

struct DegradationInfo
{
    DegradationType type = DegradationType::Identity;
    QString id;    // stable, for files and the command line: "gaussian-blur"
    QString name;  // for people: "Gaussian blur"
    // Low frequency: the degradation leaves no structure finer than the
    // original's: it changes tone, colour or illumination smoothly, or it
    // smooths the image (blurs). High frequency: it adds fine structure the
    // original does not have (grain, block edges, ringing, halos, contour
    // steps, colour fringes). This is our reading of Cross-IQA's split (the
    // paper counts colour changes and blur as low frequency); note that a
    // blur *removes* the high band, so its difference image is high-pass
    // even though the type counts as low frequency.
    bool lowFrequency = false;
};

constexpr int kDegradationLevels = 5;
constexpr int kMinDegradationSide = 16;

// Every real degradation, in enum order; Identity is not listed (samplers
// that want it add it, or use level 0).
QVector<DegradationInfo> degradationTypes();
DegradationInfo degradationInfo(DegradationType type);
Expected<DegradationType> degradationTypeFromId(const QString &id);

// The parameter behind `level` of `type` (the table in Degradations.cpp) and
// the same in words for notes and logs: 1.6 and "sigma 1.6 px". Level 0 and
// Identity give 0 and "none".
double degradationParameter(DegradationType type, int level);
QString degradationParameterText(DegradationType type, int level);

// Degrades an RGB CV_8UC3 image (at least 16x16) by `type` at `level`
// (0..5). The output has the same size and type as the input. Seeded
// randomness (noise fields, the colour-cast hue, the motion-blur direction)
// comes from `seed` only: the same arguments always give the same pixels.
// Level 0 and Identity return an exact copy.
Expected<cv::Mat> degrade(const cv::Mat &rgb8, DegradationType type, int level, quint64 seed);

// The same on an Image; 16-bit images are reduced to 8 bits first (the
// codecs are 8-bit) and both that and the degradation are noted.
Expected<Image> degrade(const Image &image, DegradationType type, int level, quint64 seed);

} // namespace iqa
