#pragma once

#include "common/Expected.h"
#include "models/FeatureEncoder.h"

#include <QString>
#include <QStringList>
#include <opencv2/core.hpp>

#include <memory>

namespace iqa {

// The decoder of a tiny auto-encoder (TAEF2): latent -> RGB at 8x the latent
// size. The encoders themselves are FeatureEncoder("taef2" / "taesana"); the
// decoder shows what a latent keeps and checks the port against upstream.
class TinyDecoder
{
public:
    static QStringList decoderIds();  // "taef2"
    static QString defaultWeightsFile(const QString &decoderId);

    // Strict loading as FeatureEncoder::create.
    static Expected<TinyDecoder> create(const QString &decoderId, const QString &weightsPath,
                                        const QString &device = QStringLiteral("cpu"));

    int latentChannels() const;  // 32
    int upscale() const;         // 8

    // 3 x 8h x 8w, RGB roughly in [0,1], not clamped (as upstream returns it).
    Expected<FeatureMap> decode(const FeatureMap &latent) const;
    // RGB CV_32FC3 clamped to [0,1].
    Expected<cv::Mat> decodeToImage(const FeatureMap &latent) const;

private:
    struct Private;
    explicit TinyDecoder(std::shared_ptr<Private> d);
    std::shared_ptr<Private> d;
};

} // namespace iqa
