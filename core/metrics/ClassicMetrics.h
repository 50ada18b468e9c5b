#pragma once

#include "common/Expected.h"
#include "image/Image.h"

// The classic full-reference metrics: PSNR, SSIM, MS-SSIM and GMSD.
//
// All four take a reference and a distorted `Image` of the same size (8- or
// 16-bit RGB; the two may differ in bit depth, everything is compared on a
// common 0..255 scale). They fail with a user-readable message when the sizes
// differ, when an image is empty or not 3-channel 8/16-bit, or when it is too
// small for the metric. Score directions live in the model registry; the
// comments below state them for the reader.
// The work is done in horizontal strips with the filters' context rows: the
// scores equal a whole-image computation, and the extra memory is a few tens
// of MB plus, for MS-SSIM, the half-size luma pair (4 bytes per input pixel),
// instead of more than 100 bytes per pixel. Reentrant: safe to call from several
// threads at once.

namespace iqa {

// Side of the SSIM Gaussian window (sigma 1.5): SSIM needs at least this many
// pixels on the short side, and the score ignores a border of half of it.
constexpr int kSsimWindowSide = 11;
// MS-SSIM halves the image four times and still needs one full window at the
// coarsest scale: 11 * 2^4.
constexpr int kMsSsimMinSide = 176;
// GMSD halves the image once and then takes 3x3 gradients.
constexpr int kGmsdMinSide = 4;

// Peak signal-to-noise ratio in dB. Higher is better; range [0, +inf).
// MSE is taken over all pixels of the three RGB channels (i.e. the average of
// the per-channel MSEs) on a 0..255 scale, PSNR = 10 log10(255^2 / MSE).
// 16-bit images are scaled by 255/65535, so a 16-bit image equal to an 8-bit
// one times 257 scores the same as the 8-bit one.
// Identical images give +infinity (std::numeric_limits<double>::infinity());
// callers that print or average scores must handle it.
// Matches skimage.metrics.peak_signal_noise_ratio(ref, dist, data_range=255).
Expected<double> psnr(const Image &reference, const Image &distorted);

// Structural similarity (Wang et al. 2004): 11x11 Gaussian window, sigma 1.5,
// K1 = 0.01, K2 = 0.03, L = 255, computed on BT.601 luma (toLuma255). The
// score is the mean of the SSIM map over the interior, 5 px in from every
// border, as scikit-image does. Higher is better; 1 for identical images,
// range [-1, 1] (in practice [0, 1]).
// Matches skimage.metrics.structural_similarity(gaussian_weights=True,
// sigma=1.5, use_sample_covariance=False, data_range=255) on the same luma.
Expected<double> ssim(const Image &reference, const Image &distorted);

// Multi-scale SSIM (Wang, Simoncelli, Bovik 2003) on BT.601 luma: five scales
// with weights 0.0448, 0.2856, 0.3001, 0.2363, 0.1333; the mean
// contrast-structure term at scales 1-4 and the mean full SSIM (luminance x
// contrast-structure) at scale 5, each raised to its weight and multiplied.
// Between scales the image is reduced by 2x2 averaging (an odd last row or
// column is dropped). Per-scale means use the same interior as `ssim`.
// A negative per-scale term is clamped to 0 (a fractional power of a negative
// number is undefined), so the score is 0 for such anti-correlated images.
// Higher is better; range [0, 1], 1 for identical images.
// Needs at least kMsSsimMinSide (176) px on the short side.
Expected<double> msSsim(const Image &reference, const Image &distorted);

// Gradient magnitude similarity deviation (Xue et al. 2014) through OpenCV's
// cv::quality::QualityGMSD, on BT.601 luma. QualityGMSD scores each channel
// separately and its constant T = 170 assumes 0..255 grey levels, so it gets
// one CV_64F channel on that scale: 2x2 average and downsampling, Prewitt
// gradients, standard deviation of the similarity map.
// Differences from the authors' MATLAB GMSD.m: the deviation divides by N
// rather than N - 1 (a factor sqrt((N-1)/N), 4e-5 relative at 256x192); and
// OpenCV rounds an odd side's half to even, so the last column or row is
// sometimes dropped (301 -> 150) where MATLAB keeps it averaged with zero
// padding, as OpenCV does for 203 -> 102 (2e-3 relative at 301x203).
// LOWER is better: 0 for identical images; range [0, 1) (in practice < 0.4).
Expected<double> gmsd(const Image &reference, const Image &distorted);

} // namespace iqa
