#pragma once

#include "common/Expected.h"
#include "models/FeatureEncoder.h"
#include "models/QualityModel.h"

#include <QMap>
#include <QString>
#include <QVector>
#include <opencv2/core.hpp>

#include <memory>

namespace iqa {

// What a VAE-QA head file says about itself (the safetensors __metadata__):
// which model and encoder it belongs to and the head's shape. Read before
// the tensors so that a checkpoint of another model or encoder is refused
// with a message instead of a shape error.
struct VaeQaHeadInfo
{
    QString encoderId;
    QVector<int> tapChannels;
    int grid = 16;
    int withinChannels = 8;
    int acrossChannels = 2;
    int mlpHidden = 8;
    int cropSize = 256;

    QMap<QString, QString> toMetadata() const;  // adds model=vae-qa
    static Expected<VaeQaHeadInfo> fromMetadata(const QString &path, const QMap<QString, QString> &metadata);
};

struct VaeQaOptions
{
    QString headPath;        // empty: the default head compiled into the program
    QString modelsFolder;    // where to look for the encoder weights first (ModelLocator)
    QString device = QStringLiteral("cpu");
    int crops = 5;           // 1 = centre crop; 5 = centre and four corners
};

// VAE-QA (DESIGN.md section 2.1; docs/models/vae-qa.md): a frozen encoder
// of a generative auto-encoder reads both images, a small trained head fuses
// six layers of features into a quality in [0,1], higher is better.
//
// Test-time crops: the head was trained on cropSize x cropSize crops (256),
// so an image is scored as the mean over deterministic crops of that size:
// the centre, and with crops = 5 also the four corners. A side shorter than
// the crop is taken whole (the head pools to its grid whatever the size).
class VaeQaModel final : public QualityModel
{
public:
    static Expected<std::unique_ptr<VaeQaModel>> create(const VaeQaOptions &options);
    ~VaeQaModel() override;

    const ModelCard &card() const override;
    Expected<double> scorePair(const Image &reference, const Image &distorted) override;

    const FeatureEncoder &encoder() const;
    const VaeQaHeadInfo &headInfo() const;

    // The crop rectangles used for an image of `size` (deduplicated).
    static QVector<cv::Rect> cropRects(const cv::Size &size, int crops, int cropSize);
    // Qt resource path of the default head shipped with the program.
    static QString defaultHeadPath();
    static constexpr int kMinimumSide = 32;

private:
    struct Private;
    explicit VaeQaModel(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace iqa
