#pragma once

// Internal to core/training (LibTorch types): the views of Cross-IQA's
// pretext task — photos held in memory, random crops, degradations drawn
// from the bank — as tensors. Include after <torch/torch.h>.

#include <torch/torch.h>

#include "common/Expected.h"
#include "image/Degradations.h"
#include "models/detail/CrossIqaNetwork.h"

#include <QStringList>
#include <opencv2/core.hpp>

#include <functional>
#include <vector>

namespace iqa {

struct CrossIqaDegradation
{
    DegradationType type = DegradationType::Identity;
    int level = 0;
    quint64 seed = 0;
};

// One pair of the pretext task: photos x and y, a crop of each, and the two
// degradations d1 (shown on x) and d2 (shown on y).
struct CrossIqaViewSpec
{
    int x = 0, y = 0;
    cv::Rect cropX, cropY;
    bool flipX = false, flipY = false;
    CrossIqaDegradation first, second;
};

// N x 3 x S x S RGB in [0,1].
struct CrossIqaViewBatch
{
    torch::Tensor viewA;      // d1(x)
    torch::Tensor viewB;      // d2(y)
    torch::Tensor secondOnA;  // d2(x): what (content of A, quality of B) must rebuild
    torch::Tensor firstOnB;   // d1(y): what (content of B, quality of A) must rebuild
    // The degradations themselves, for the probe on q: type (int64, the
    // DegradationType value) and level 0..5 (float), N each.
    torch::Tensor firstType, firstLevel, secondType, secondLevel;
};

class CrossIqaViewSource
{
public:
    // Decodes every image once (8-bit RGB). Images smaller than the view on
    // either side are skipped ("<file>: <reason>"); images longer than 1024
    // pixels are reduced to 1024 (area averaging) so that a folder of camera
    // files fits in memory. `progress` returns false to cancel.
    static Expected<CrossIqaViewSource> load(const QStringList &paths, int viewSize,
                                             const std::function<bool(int, int)> &progress = {});

    int imageCount() const { return int(m_images.size()); }
    int viewSize() const { return m_viewSize; }
    const QStringList &skipped() const { return m_skipped; }

    // `count` random pairs for training step `step`: a function of (seed,
    // step) only, so a resumed run sees the same views an uninterrupted one would.
    std::vector<CrossIqaViewSpec> sampleSpecs(quint64 seed, int step, int count, double identityShare) const;
    // Centre crops of photos x and y, no flips, identity degradations.
    CrossIqaViewSpec centredSpec(int x, int y) const;
    CrossIqaViewBatch build(const std::vector<CrossIqaViewSpec> &specs, const torch::Device &device) const;

private:
    std::vector<cv::Mat> m_images;
    QStringList m_skipped;
    int m_viewSize = 128;
};

struct CrossIqaLosses
{
    torch::Tensor total;     // cross + self (+ kSpreadWeight x spread)
    torch::Tensor cross;     // pixel MSE of the two swapped reconstructions
    torch::Tensor self;      // pixel MSE of the two self-reconstructions
    torch::Tensor spread;    // with a modulated decoder: Gaussian negative log-likelihood of
                             // each patch's squared residual under the predicted variance
    torch::Tensor degradation;  // with a modulated decoder: the probe's cross-entropy on the
                                // type + squared error on the standardised level, from q alone
    torch::Tensor spectrum;  // spectrumDistance of the reconstructions and their targets (zero when not asked for)
    torch::Tensor samePhoto;  // the probe's level difference between two views of one photo (zero when not asked for)
};

// The weights of the two extra terms next to the two pixel MSEs.
constexpr double kSpreadWeight = 0.1;
constexpr double kDegradationWeight = 0.5;
// The probe's level target is (level - kLevelMean) / kLevelSpread: levels 0..5,
// identity 1 in 10, centred and scaled to about unit variance.
constexpr double kLevelMean = 2.7;
constexpr double kLevelSpread = 1.7;

// The pretext task's reconstructions (DESIGN.md 2.2): A and B (N each) are
// encoded as one batch; the decoder rebuilds, also as one batch, d2(x) from
// (c_A, q_B) and d1(y) from (c_B, q_A) and, with `withSelf`, A and B from
// their own tokens: 2N or 4N views in that order, on the normalised scale.
torch::Tensor crossReconstructions(detail::CrossIqaNetwork &network, const torch::Tensor &viewA, const torch::Tensor &viewB,
                                   bool withSelf);

// Pixel MSE of the swapped and of the self-reconstructions of one batch.
// With a modulated decoder also the variance term: under a pixel MSE the best
// reconstruction of a view with random noise (Gaussian, Poisson, salt and
// pepper) is the clean view, so the swap alone never asks q to carry the
// noise; predicting how far each patch's pixels scatter around the
// reconstruction does. The residuals are detached: the reconstructions are
// driven by the MSE alone. And the probe's loss: the bank knows which
// degradation each view shows, and asking q for it directly gives the swap
// something to read from the first step on (the decoder cannot use a q that
// carries nothing, and q gets no reason to carry anything from a decoder
// that ignores it).
// `hiddenShare` > 0 (conditioned decoder only): that share of each
// reconstruction's content tokens, drawn at random, is hidden from the
// decoder; the loss still covers every patch.
// `spectrumWeight` > 0 adds that weight x spectrumDistance.
// `samePhotoWeight` > 0 (conditioned decoder only) also encodes the targets
// d2(x) and d1(y) and adds that weight x the squared error of the probe's
// level difference between the two views of each photo — A = d1(x) against
// d2(x), B = d2(y) against d1(y) — from the standardised level difference.
// One view's level is hard to read because fine structure depends on the
// content as much as on the degradation; between two views of one crop the
// content cancels, so q is asked for "how much worse than the same picture",
// which is what ordering a photo above its degraded copy needs.
CrossIqaLosses crossReconstructionLosses(detail::CrossIqaNetwork &network, const CrossIqaViewBatch &batch,
                                         double hiddenShare = 0, double spectrumWeight = 0, double samePhotoWeight = 0);

// How far the reconstructions' fine structure is from the targets': each
// patch's spectral power (per channel) in kSpectrumBands radial frequency
// bands, compared as logs by mean absolute difference. Power per band ignores
// where grain sits and which random grain it is, so unlike the pixel MSE —
// whose best answer to a noisy target is the smooth mean — it asks for grain,
// or blur, of the target's strength; in the swap only q can say how strong.
constexpr int kSpectrumBands = 4;
torch::Tensor spectrumDistance(const torch::Tensor &rebuilt, const torch::Tensor &target, const detail::CrossIqaShape &shape);

} // namespace iqa
