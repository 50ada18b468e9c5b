#include <torch/torch.h>

#include "training/CrossIqaViews.h"

#include "common/SplitMix64.h"
#include "image/Degradations.h"
#include "image/ImageLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

namespace iqa {

namespace {

constexpr int kLongestKeptSide = 1024;

cv::Mat degradeOrCopy(const cv::Mat &rgb8, const CrossIqaDegradation &d)
{
    // The bank refuses nothing at this size; a failure would be a bug, and
    // an undegraded view is the harmless fallback for one training sample.
    auto out = degrade(rgb8, d.type, d.level, d.seed);
    return out ? *out : rgb8.clone();
}

cv::Mat cutView(const cv::Mat &image, const cv::Rect &crop, bool flip)
{
    cv::Mat view = image(crop).clone();
    if (flip)
        cv::flip(view, view, 1);
    return view;
}

// Identity with probability `identityShare`, otherwise a uniformly drawn
// type of the bank at a uniformly drawn level 1..5.
CrossIqaDegradation sampleCrossIqaDegradation(SplitMix64 &random, double identityShare)
{
    static const QVector<DegradationInfo> types = degradationTypes();
    CrossIqaDegradation d;
    d.seed = random.next();
    const double u = double(random.next() >> 11) / double(1ULL << 53);
    if (u < identityShare)
        return d;
    d.type = types[random.below(int(types.size()))].type;
    d.level = 1 + random.below(kDegradationLevels);
    return d;
}

// CV_8UC3 RGB views -> N x 3 x S x S float in [0,1].
torch::Tensor rgb8ViewsToTensor(const std::vector<cv::Mat> &views)
{
    if (views.empty())
        return torch::empty({0, 3, 0, 0});
    const int h = views.front().rows, w = views.front().cols;
    torch::Tensor out = torch::empty({int64_t(views.size()), h, w, 3}, torch::kUInt8);
    for (size_t i = 0; i < views.size(); ++i) {
        const cv::Mat v = views[i].isContinuous() ? views[i] : views[i].clone();
        std::memcpy(out[int64_t(i)].data_ptr<uint8_t>(), v.data, size_t(h) * size_t(w) * 3);
    }
    return out.permute({0, 3, 1, 2}).to(torch::kFloat32).div_(255.0).contiguous();
}

} // namespace

Expected<CrossIqaViewSource> CrossIqaViewSource::load(const QStringList &paths, int viewSize,
                                                      const std::function<bool(int, int)> &progress)
{
    CrossIqaViewSource source;
    source.m_viewSize = viewSize;
    const ImageLoader loader;
    for (int i = 0; i < paths.size(); ++i) {
        if (progress && !progress(i, int(paths.size())))
            return Expected<CrossIqaViewSource>::failure(QCoreApplication::translate("CrossIqaPretrainer", "Cancelled while reading the images."));
        const QString name = QDir::toNativeSeparators(paths[i]);
        auto image = loader.load(paths[i]);
        if (!image) {
            source.m_skipped << image.error();
            continue;
        }
        cv::Mat rgb = image->rgb;
        if (rgb.depth() == CV_16U)
            rgb.convertTo(rgb, CV_8U, 1.0 / 257.0);
        if (rgb.cols < viewSize || rgb.rows < viewSize) {
            source.m_skipped << QCoreApplication::translate("CrossIqaPretrainer", "%1: %2 x %3 pixels, smaller than the %4 x %4 view")
                                    .arg(name).arg(rgb.cols).arg(rgb.rows).arg(viewSize);
            continue;
        }
        const int longest = std::max(rgb.cols, rgb.rows);
        if (longest > kLongestKeptSide) {
            const double scale = double(kLongestKeptSide) / longest;
            cv::Mat reduced;
            cv::resize(rgb, reduced, cv::Size(), scale, scale, cv::INTER_AREA);
            if (reduced.cols >= viewSize && reduced.rows >= viewSize)
                rgb = reduced;
        }
        source.m_images.push_back(rgb.isContinuous() ? rgb : rgb.clone());
    }
    if (progress)
        progress(int(paths.size()), int(paths.size()));
    return source;
}

std::vector<CrossIqaViewSpec> CrossIqaViewSource::sampleSpecs(quint64 seed, int step, int count, double identityShare) const
{
    SplitMix64 random(seed * 0x9E3779B97F4A7C15ULL + quint64(step) + 1);
    const int n = imageCount();
    const auto randomCrop = [&](const cv::Mat &image) {
        return cv::Rect(random.below(image.cols - m_viewSize + 1), random.below(image.rows - m_viewSize + 1), m_viewSize, m_viewSize);
    };
    std::vector<CrossIqaViewSpec> specs(size_t(std::max(0, count)));
    for (CrossIqaViewSpec &s : specs) {
        s.x = random.below(n);
        s.y = random.below(n - 1);
        if (s.y >= s.x)
            ++s.y;
        s.cropX = randomCrop(m_images[size_t(s.x)]);
        s.cropY = randomCrop(m_images[size_t(s.y)]);
        s.flipX = random.coin();
        s.flipY = random.coin();
        s.first = sampleCrossIqaDegradation(random, identityShare);
        s.second = sampleCrossIqaDegradation(random, identityShare);
    }
    return specs;
}

CrossIqaViewSpec CrossIqaViewSource::centredSpec(int x, int y) const
{
    const auto centre = [&](const cv::Mat &image) {
        return cv::Rect((image.cols - m_viewSize) / 2, (image.rows - m_viewSize) / 2, m_viewSize, m_viewSize);
    };
    CrossIqaViewSpec s;
    s.x = x;
    s.y = y;
    s.cropX = centre(m_images[size_t(x)]);
    s.cropY = centre(m_images[size_t(y)]);
    return s;
}

CrossIqaViewBatch CrossIqaViewSource::build(const std::vector<CrossIqaViewSpec> &specs, const torch::Device &device) const
{
    const size_t n = specs.size();
    std::vector<cv::Mat> a(n), b(n), secondOnA(n), firstOnB(n);
    // Degrading is a third of a step's time on two cores when done serially.
    cv::parallel_for_(cv::Range(0, int(n)), [&](const cv::Range &range) {
        for (int i = range.start; i < range.end; ++i) {
            const CrossIqaViewSpec &s = specs[size_t(i)];
            const cv::Mat x = cutView(m_images[size_t(s.x)], s.cropX, s.flipX);
            const cv::Mat y = cutView(m_images[size_t(s.y)], s.cropY, s.flipY);
            a[size_t(i)] = degradeOrCopy(x, s.first);
            b[size_t(i)] = degradeOrCopy(y, s.second);
            secondOnA[size_t(i)] = degradeOrCopy(x, s.second);
            firstOnB[size_t(i)] = degradeOrCopy(y, s.first);
        }
    });
    CrossIqaViewBatch batch;
    std::vector<int64_t> firstType(n), secondType(n);
    std::vector<float> firstLevel(n), secondLevel(n);
    for (size_t i = 0; i < n; ++i) {
        firstType[i] = int64_t(specs[i].first.type);
        secondType[i] = int64_t(specs[i].second.type);
        firstLevel[i] = float(specs[i].first.level);
        secondLevel[i] = float(specs[i].second.level);
    }
    const auto column = [&](auto &values, torch::ScalarType type) {
        return torch::from_blob(values.data(), {int64_t(n)}, type).clone().to(device);
    };
    batch.firstType = column(firstType, torch::kInt64);
    batch.secondType = column(secondType, torch::kInt64);
    batch.firstLevel = column(firstLevel, torch::kFloat32);
    batch.secondLevel = column(secondLevel, torch::kFloat32);
    batch.viewA = rgb8ViewsToTensor(a).to(device);
    batch.viewB = rgb8ViewsToTensor(b).to(device);
    batch.secondOnA = rgb8ViewsToTensor(secondOnA).to(device);
    batch.firstOnB = rgb8ViewsToTensor(firstOnB).to(device);
    return batch;
}

namespace {

static_assert(detail::kCrossIqaDegradationClasses == int(DegradationType::ChromaticAberration) + 1,
              "the probe has one class per DegradationType value");

struct SwapOutput
{
    detail::CrossIqaReconstruction rebuilt;
    torch::Tensor quality;  // 2N x D: q of A, then of B
};

SwapOutput reconstructSwapped(detail::CrossIqaNetwork &network, const torch::Tensor &viewA, const torch::Tensor &viewB,
                              bool withSelf, double hiddenShare = 0)
{
    const int64_t n = viewA.size(0);
    const detail::CrossIqaEncoding e = network->encoder(torch::cat({viewA, viewB}));
    const torch::Tensor qA = e.quality.slice(0, 0, n), qB = e.quality.slice(0, n);
    const torch::Tensor cA = e.content.slice(0, 0, n), cB = e.content.slice(0, n);
    SwapOutput out;
    out.quality = e.quality;
    const torch::Tensor quality = withSelf ? torch::cat({qB, qA, qA, qB}) : torch::cat({qB, qA});
    const torch::Tensor content = withSelf ? torch::cat({cA, cB, cA, cB}) : torch::cat({cA, cB});
    const torch::Tensor hidden = hiddenShare > 0
        ? torch::rand({content.size(0), content.size(1)}, content.options()) < hiddenShare
        : torch::Tensor();
    out.rebuilt = network->decoder->reconstruct(quality, content, hidden);
    return out;
}

// Mean over each patch's pixels, per channel: N x 3 x S x S -> N x P x 3.
torch::Tensor patchMeans(const torch::Tensor &images, const detail::CrossIqaShape &shape)
{
    const int64_t n = images.size(0);
    const int g = shape.gridSide(), p = shape.patchSize;
    return images.reshape({n, 3, g, p, g, p}).mean({3, 5}).permute({0, 2, 3, 1}).reshape({n, int64_t(g) * g, 3});
}

// Each patch's spectral power per channel, averaged over kSpectrumBands radial
// frequency bands: N x 3 x S x S -> N x 3 x G x G x bands.
torch::Tensor patchBandPowers(const torch::Tensor &images, const detail::CrossIqaShape &shape)
{
    const int64_t n = images.size(0);
    const int g = shape.gridSide(), p = shape.patchSize;
    const torch::Tensor patches = images.reshape({n, 3, g, p, g, p}).permute({0, 1, 2, 4, 3, 5});
    const torch::Tensor spectrum = torch::fft::rfft2(patches, c10::nullopt, {-2, -1}, "ortho");
    const torch::Tensor power = (torch::real(spectrum).pow(2) + torch::imag(spectrum).pow(2)).flatten(-2);  // ... x p * (p / 2 + 1)
    // Each coefficient's band by its radial frequency in cycles per patch:
    // (0, p/8], (p/8, p/4], (p/4, 3p/8], above; the DC term is the MSE's business.
    const int columns = p / 2 + 1;
    torch::Tensor bands = torch::zeros({p * columns, kSpectrumBands}, torch::kFloat32);
    auto b = bands.accessor<float, 2>();
    for (int y = 0; y < p; ++y) {
        const int fy = y <= p / 2 ? y : y - p;
        for (int x = 0; x < columns; ++x) {
            const double radius = std::sqrt(double(fy * fy + x * x));
            if (radius == 0)
                continue;
            b[y * columns + x][std::min(kSpectrumBands - 1, int(std::ceil(radius / (p / 8.0))) - 1)] = 1.0f;
        }
    }
    bands = (bands / bands.sum(0, true)).to(images.device());
    return torch::matmul(power, bands);
}

} // namespace

torch::Tensor crossReconstructions(detail::CrossIqaNetwork &network, const torch::Tensor &viewA, const torch::Tensor &viewB,
                                   bool withSelf)
{
    return reconstructSwapped(network, viewA, viewB, withSelf).rebuilt.pixels;
}

torch::Tensor spectrumDistance(const torch::Tensor &rebuilt, const torch::Tensor &target, const detail::CrossIqaShape &shape)
{
    // Log powers with a floor about five times the power of 8-bit rounding
    // noise on the normalised scale ((1 / 255 / 0.25)^2 / 12 = 2e-5), so that
    // bands empty in both do not count.
    constexpr double floor = 1e-4;
    return (torch::log(patchBandPowers(rebuilt, shape) + floor) - torch::log(patchBandPowers(target, shape) + floor)).abs().mean();
}

CrossIqaLosses crossReconstructionLosses(detail::CrossIqaNetwork &network, const CrossIqaViewBatch &batch, double hiddenShare,
                                         double spectrumWeight, double samePhotoWeight)
{
    const int64_t n = batch.viewA.size(0);
    const SwapOutput swapped = reconstructSwapped(network, batch.viewA, batch.viewB, true, hiddenShare);
    const detail::CrossIqaReconstruction &rebuilt = swapped.rebuilt;
    const torch::Tensor target = detail::normaliseForCrossIqa(
        torch::cat({batch.secondOnA, batch.firstOnB, batch.viewA, batch.viewB}));
    CrossIqaLosses l;
    l.cross = torch::mse_loss(rebuilt.pixels.slice(0, 0, 2 * n), target.slice(0, 0, 2 * n));
    l.self = torch::mse_loss(rebuilt.pixels.slice(0, 2 * n), target.slice(0, 2 * n));
    l.total = l.cross + l.self;
    if (spectrumWeight > 0) {
        l.spectrum = spectrumDistance(rebuilt.pixels, target, network->shape());
        l.total = l.total + spectrumWeight * l.spectrum;
    } else {
        l.spectrum = torch::zeros({}, target.options());
    }
    if (rebuilt.logVariance.defined()) {
        const torch::Tensor squared = patchMeans((rebuilt.pixels.detach() - target).pow(2), network->shape());
        // Clamped so that a patch rebuilt exactly cannot drive the log-variance to minus infinity.
        const torch::Tensor logVariance = rebuilt.logVariance.clamp(-9.0, 5.0);
        l.spread = (logVariance + squared * torch::exp(-logVariance)).mean();
        l.total = l.total + kSpreadWeight * l.spread;
        const torch::Tensor probe = network->decoder->degradationProbe(swapped.quality);
        const torch::Tensor types = torch::cat({batch.firstType, batch.secondType});
        // The level centred and scaled to about unit variance (levels 0..5,
        // identity 1 in 10): "how degraded" is what a quality head will read,
        // so its error weighs about as much as the type's entropy, and an
        // output starting near zero is not thousands of Adam steps away from
        // the mean level.
        const torch::Tensor levels = (torch::cat({batch.firstLevel, batch.secondLevel}) - kLevelMean) / kLevelSpread;
        l.degradation = torch::nn::functional::cross_entropy(probe.slice(1, 0, detail::kCrossIqaDegradationClasses), types)
            + torch::mse_loss(probe.select(1, detail::kCrossIqaDegradationClasses), levels);
        l.total = l.total + kDegradationWeight * l.degradation;
    } else {
        l.spread = torch::zeros({}, target.options());
        l.degradation = torch::zeros({}, target.options());
    }
    l.samePhoto = torch::zeros({}, target.options());
    if (samePhotoWeight > 0 && rebuilt.logVariance.defined()) {
        // The targets' q from the same encoder; the probe reads all four sets
        // in one call, so that one batch standardisation covers both sides of
        // every difference: A, B, then d2(x), d1(y).
        const torch::Tensor targetQuality = network->encoder(torch::cat({batch.secondOnA, batch.firstOnB})).quality;
        const torch::Tensor level = network->decoder->degradationProbe(torch::cat({swapped.quality, targetQuality}))
                                        .select(1, detail::kCrossIqaDegradationClasses);
        // A is d1 against d2 on x, B is d2 against d1 on y: one gap, both signs.
        const torch::Tensor gap = (batch.firstLevel - batch.secondLevel) / kLevelSpread;
        l.samePhoto = torch::mse_loss(level.slice(0, 0, 2 * n) - level.slice(0, 2 * n), torch::cat({gap, -gap}));
        l.total = l.total + samePhotoWeight * l.samePhoto;
    }
    return l;
}

} // namespace iqa
