#!/usr/bin/python3
"""Reference scores for tests/test_classic_metrics.cpp.

    /usr/bin/python3 tests/reference/classic_metrics.py REF.png DIST.png [REF DIST ...]

Prints JSON: {"pairs": [{"ref", "dist", "psnr", "ssim", "msssim", "gmsd"}, ...]}
(null where a score is infinite). Needs Debian's python3 with numpy, scipy,
scikit-image 0.19 and Pillow.

- psnr:   skimage.metrics.peak_signal_noise_ratio on the 8-bit RGB arrays,
          data_range=255.
- ssim:   skimage.metrics.structural_similarity on BT.601 luma
          (0.299 R + 0.587 G + 0.114 B, float64, 0..255), Gaussian window
          sigma 1.5, population covariance, data_range=255.
- msssim: an independent NumPy/SciPy transcription of Wang et al. 2003 with the
          conventions documented in core/metrics/ClassicMetrics.h (scipy
          gaussian_filter, 5 px interior, 2x2 block means, negative terms
          clamped). scikit-image has no MS-SSIM.
- gmsd:   a NumPy transcription of the authors' MATLAB GMSD.m (Xue et al.
          2014): conv2 'same' (zero padding), std2 (N-1). OpenCV's
          QualityGMSD differs from it at the image border only.
"""
import json
import sys

import numpy as np
from PIL import Image
from scipy import ndimage, signal
from skimage.metrics import peak_signal_noise_ratio, structural_similarity

MS_SSIM_WEIGHTS = (0.0448, 0.2856, 0.3001, 0.2363, 0.1333)
C1 = (0.01 * 255) ** 2
C2 = (0.03 * 255) ** 2


def load_rgb(path):
    with Image.open(path) as im:
        if im.mode != "RGB":
            raise SystemExit(f"{path}: expected an 8-bit RGB PNG, got mode {im.mode}")
        return np.asarray(im)


def luma(rgb):
    rgb = rgb.astype(np.float64)
    return 0.299 * rgb[..., 0] + 0.587 * rgb[..., 1] + 0.114 * rgb[..., 2]


def blur(x):
    # truncate=3.5 gives radius int(3.5 * 1.5 + 0.5) = 5: an 11x11 window.
    return ndimage.gaussian_filter(x, sigma=1.5, truncate=3.5)


def interior_mean(x):
    return x[5:-5, 5:-5].mean()


def ms_ssim(x, y):
    score = 1.0
    for scale, weight in enumerate(MS_SSIM_WEIGHTS):
        mx, my = blur(x), blur(y)
        sxx = blur(x * x) - mx * mx
        syy = blur(y * y) - my * my
        sxy = blur(x * y) - mx * my
        cs = (2 * sxy + C2) / (sxx + syy + C2)
        if scale < 4:
            term = interior_mean(cs)
            h, w = x.shape[0] // 2 * 2, x.shape[1] // 2 * 2
            x = x[:h, :w].reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3))
            y = y[:h, :w].reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3))
        else:
            lum = (2 * mx * my + C1) / (mx * mx + my * my + C1)
            term = interior_mean(lum * cs)
        score *= max(term, 0.0) ** weight
    return score


def gmsd(y1, y2):
    t = 170.0
    ave = np.ones((2, 2)) / 4
    dx = np.array([[1, 0, -1]] * 3, dtype=np.float64) / 3
    dy = dx.T

    def conv_same(img, k):
        # MATLAB conv2(img, k, 'same'): the central part of the full convolution.
        full = signal.convolve2d(img, k, mode="full")
        r0 = (k.shape[0] - 1 + 1) // 2
        c0 = (k.shape[1] - 1 + 1) // 2
        return full[r0:r0 + img.shape[0], c0:c0 + img.shape[1]]

    def gradient(img):
        down = conv_same(img, ave)[::2, ::2]
        return np.sqrt(conv_same(down, dx) ** 2 + conv_same(down, dy) ** 2)

    g1, g2 = gradient(y1), gradient(y2)
    qmap = (2 * g1 * g2 + t) / (g1 ** 2 + g2 ** 2 + t)
    return float(np.std(qmap, ddof=1))


def finite_or_none(v):
    v = float(v)
    return v if np.isfinite(v) else None


def main(argv):
    if len(argv) < 2 or len(argv) % 2:
        raise SystemExit(__doc__)
    pairs = []
    for ref_path, dist_path in zip(argv[0::2], argv[1::2]):
        ref, dist = load_rgb(ref_path), load_rgb(dist_path)
        y_ref, y_dist = luma(ref), luma(dist)
        entry = {
            "ref": ref_path,
            "dist": dist_path,
            "psnr": finite_or_none(peak_signal_noise_ratio(ref, dist, data_range=255)),
            "ssim": float(structural_similarity(y_ref, y_dist, gaussian_weights=True, sigma=1.5,
                                                use_sample_covariance=False, data_range=255)),
            "msssim": None,
            "gmsd": gmsd(y_ref, y_dist),
        }
        if min(y_ref.shape) >= 176:
            entry["msssim"] = float(ms_ssim(y_ref, y_dist))
        pairs.append(entry)
    json.dump({"pairs": pairs}, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
