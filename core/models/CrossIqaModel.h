#pragma once

#include "common/Expected.h"
#include "models/QualityModel.h"

#include <QMap>
#include <QString>
#include <QVector>
#include <opencv2/core.hpp>

#include <memory>
#include <optional>

namespace iqa {

struct CrossIqaOptions
{
    QString checkpointPath;         // empty: the default checkpoint compiled into the program
    QString device = QStringLiteral("cpu");
    int crops = 5;                  // 1: the centre tile only; otherwise the tile grid (see tileRects)
    // Training only: accept a checkpoint whose head has not been fitted yet
    // (a pre-training result), or start from a randomly initialised
    // transformer with this seed instead of any checkpoint.
    bool allowUntrainedHead = false;
    std::optional<quint64> randomInitSeed;
};

// Cross-IQA (DESIGN.md section 2.2; docs/models/cross-iqa.md): a Vision
// Transformer pre-trained without labels by cross reconstruction, frozen; a
// linear head on its class token predicts quality, higher is better, on the
// scale of the labels it was fitted to (the default: BIQ2021 MOS, 0..1).
//
// The transformer sees tiles of tileSize() pixels at the image's own
// resolution (resampling would change the blur and noise it is judging):
// the score is the head applied to the class token averaged over the tiles.
// Sides shorter than a tile are mirrored out to one tile.
class CrossIqaModel final : public QualityModel
{
public:
    static Expected<std::unique_ptr<CrossIqaModel>> create(const CrossIqaOptions &options);
    ~CrossIqaModel() override;

    const ModelCard &card() const override;
    Expected<double> scoreImage(const Image &image) override;

    // The class token averaged over the tiles: what the linear head reads.
    Expected<QVector<float>> qualityFeatures(const Image &image);

    int tileSize() const;
    int featureSize() const;
    bool headTrained() const;
    QMap<QString, QString> checkpointMetadata() const;

    // Tiles for an image of `size` (each side at least tileSize): with
    // crops == 1 the centre tile; otherwise ceil(side / tileSize) tiles per
    // side, at most `maxPerSide`, spread evenly from edge to edge. With
    // `overlap` 2 neighbouring tiles overlap by half a tile (2n - 1 per side):
    // the heatmaps use it so that tile borders do not show as seams.
    static QVector<cv::Rect> tileRects(const cv::Size &size, int crops, int tileSize, int maxPerSide = kMaxTilesPerSide,
                                       int overlap = 1);
    static QString defaultCheckpointPath();
    static constexpr int kMinimumSide = 32;
    static constexpr int kMaxTilesPerSide = 3;

private:
    friend class CrossIqaModelAccess;
    struct Private;
    explicit CrossIqaModel(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace iqa
