#pragma once

#include "common/Expected.h"
#include "image/Image.h"

#include <QString>
#include <QVariantMap>

namespace iqa {

enum class ModelKind { FullReference, NoReference };
enum class ScoreDirection { HigherIsBetter, LowerIsBetter };

// What a user must know to read a score (DESIGN.md section 2): the registry
// below is the one place that knows each model's direction and range.
struct ModelCard
{
    QString id;                 // "psnr", "vae-qa", ... (DESIGN.md section 6)
    QString name;               // human-readable
    QString summary;            // one line
    ModelKind kind = ModelKind::FullReference;
    ScoreDirection direction = ScoreDirection::HigherIsBetter;
    double rangeMin = 0.0;
    double rangeMax = 1.0;      // +inf when unbounded
    QString unit;               // "dB" or empty
    QString preprocessing;      // what happens to pixels before scoring
    bool learned = false;
    qint64 trainableParameters = 0;
    QString weightsPath;        // empty for classic metrics
    QString weightsSha256;
};

QString scoreDirectionText(ScoreDirection direction);  // "higher is better"
QString scoreDirectionKey(ScoreDirection direction);   // "higher-better" (JSON)
QString modelKindKey(ModelKind kind);                  // "full-reference"
QString scoreRangeText(const ModelCard &card);         // "0 … ∞ dB"

// One scoring model. Implementations are not thread-safe: each worker owns
// its instances (DESIGN.md section 4).
class QualityModel
{
public:
    virtual ~QualityModel() = default;
    virtual const ModelCard &card() const = 0;

    // Full-reference score of `distorted` against `reference`; both have
    // the same size (callers resize explicitly when the user asked to).
    virtual Expected<double> scorePair(const Image &reference, const Image &distorted);
    // No-reference score.
    virtual Expected<double> scoreImage(const Image &image);
};

// Fails with a message naming both sizes unless the images match.
Status checkSameSize(const Image &reference, const Image &distorted);

} // namespace iqa
