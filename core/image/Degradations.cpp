#include "image/Degradations.h"

#include <QCoreApplication>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <vector>

namespace iqa {

namespace {

// The parameter table: one row per type, the parameter of levels 1..5 and
// what it means (the format string). Level 1 is meant to be barely visible
// and level 5 severe, in steps of roughly equal visual size, which mostly
// means geometric steps of the physical parameter. Pixel measures are at the
// image's own resolution, so the same level is milder on a larger picture.
// docs/models/degradations.md repeats the table with the PSNR of each level
// on a test photo (tests/test_degradations.cpp checks that it matches).
//
// Seeded randomness: every level of one type with one seed draws the same
// random field (noise, hue angle, direction) and only scales it, so the
// levels of one seed are nested and severity grows monotonically.
using Levels = std::array<double, kDegradationLevels>;

struct TypeSpec
{
    DegradationType type;
    const char *id;
    const char *name;
    bool lowFrequency;
    Levels levels;
    const char *parameterFormat;  // %1 is the level's parameter
};

const std::array<TypeSpec, 20> &specs()
{
    using T = DegradationType;
    static const std::array<TypeSpec, 20> table = {{
        {T::ColourCast, "colour-cast",
         QT_TRANSLATE_NOOP("Degradations", "Colour cast"), true,
         {3, 6, 10, 16, 24}, QT_TRANSLATE_NOOP("Degradations", "Lab a*b* shift %1")},
        {T::Desaturation, "desaturation",
         QT_TRANSLATE_NOOP("Degradations", "Desaturation"), true,
         {0.85, 0.65, 0.45, 0.25, 0.0}, QT_TRANSLATE_NOOP("Degradations", "chroma x%1")},
        {T::ContrastLoss, "contrast-loss",
         QT_TRANSLATE_NOOP("Degradations", "Contrast loss"), true,
         {0.85, 0.7, 0.55, 0.4, 0.25}, QT_TRANSLATE_NOOP("Degradations", "contrast x%1")},
        {T::Brighten, "brighten",
         QT_TRANSLATE_NOOP("Degradations", "Brightening (gamma)"), true,
         {0.94, 0.85, 0.73, 0.6, 0.45}, QT_TRANSLATE_NOOP("Degradations", "gamma %1")},
        {T::Darken, "darken",
         QT_TRANSLATE_NOOP("Degradations", "Darkening (gamma)"), true,
         {1.07, 1.2, 1.4, 1.7, 2.2}, QT_TRANSLATE_NOOP("Degradations", "gamma %1")},
        {T::Vignetting, "vignetting",
         QT_TRANSLATE_NOOP("Degradations", "Vignetting"), true,
         {0.85, 0.7, 0.55, 0.4, 0.25}, QT_TRANSLATE_NOOP("Degradations", "corner gain %1")},
        {T::GaussianBlur, "gaussian-blur",
         QT_TRANSLATE_NOOP("Degradations", "Gaussian blur"), true,
         {0.6, 1.0, 1.6, 2.5, 4.0}, QT_TRANSLATE_NOOP("Degradations", "sigma %1 px")},
        {T::MotionBlur, "motion-blur",
         QT_TRANSLATE_NOOP("Degradations", "Motion blur"), true,
         {3, 5, 9, 15, 23}, QT_TRANSLATE_NOOP("Degradations", "length %1 px")},
        {T::DefocusBlur, "defocus-blur",
         QT_TRANSLATE_NOOP("Degradations", "Defocus (disk) blur"), true,
         {1.0, 1.6, 2.5, 4.0, 6.0}, QT_TRANSLATE_NOOP("Degradations", "disk radius %1 px")},
        {T::ChromaSubsampling, "chroma-subsampling",
         QT_TRANSLATE_NOOP("Degradations", "Chroma subsampling"), true,
         {2, 3, 5, 8, 12}, QT_TRANSLATE_NOOP("Degradations", "chroma at 1/%1 resolution")},
        {T::GaussianNoise, "gaussian-noise",
         QT_TRANSLATE_NOOP("Degradations", "Gaussian noise"), false,
         {3, 6, 10, 16, 25}, QT_TRANSLATE_NOOP("Degradations", "sigma %1 on 0..255")},
        {T::PoissonNoise, "poisson-noise",
         QT_TRANSLATE_NOOP("Degradations", "Poisson (shot) noise"), false,
         {3600, 900, 320, 128, 52}, QT_TRANSLATE_NOOP("Degradations", "%1 photons at white")},
        {T::ImpulseNoise, "impulse-noise",
         QT_TRANSLATE_NOOP("Degradations", "Salt-and-pepper noise"), false,
         {0.2, 0.6, 1.5, 3.5, 8}, QT_TRANSLATE_NOOP("Degradations", "%1% of pixels")},
        {T::Jpeg, "jpeg",
         QT_TRANSLATE_NOOP("Degradations", "JPEG compression"), false,
         {60, 35, 20, 11, 5}, QT_TRANSLATE_NOOP("Degradations", "quality %1")},
        {T::Jpeg2000, "jpeg2000",
         QT_TRANSLATE_NOOP("Degradations", "JPEG 2000 compression"), false,
         {20, 40, 80, 160, 320}, QT_TRANSLATE_NOOP("Degradations", "compression %1:1")},
        {T::WebP, "webp",
         QT_TRANSLATE_NOOP("Degradations", "WebP compression"), false,
         {80, 50, 25, 10, 1}, QT_TRANSLATE_NOOP("Degradations", "quality %1")},
        {T::Pixelation, "pixelation",
         QT_TRANSLATE_NOOP("Degradations", "Pixelation"), false,
         {2, 3, 5, 8, 12}, QT_TRANSLATE_NOOP("Degradations", "block %1 px")},
        {T::Quantisation, "quantisation",
         QT_TRANSLATE_NOOP("Degradations", "Quantisation (posterisation)"), false,
         {32, 20, 12, 7, 4}, QT_TRANSLATE_NOOP("Degradations", "%1 levels per channel")},
        {T::OverSharpening, "over-sharpening",
         QT_TRANSLATE_NOOP("Degradations", "Over-sharpening"), false,
         {0.5, 1.0, 1.8, 3.0, 5.0}, QT_TRANSLATE_NOOP("Degradations", "unsharp amount %1")},
        {T::ChromaticAberration, "chromatic-aberration",
         QT_TRANSLATE_NOOP("Degradations", "Chromatic aberration"), false,
         {0.3, 0.6, 1.0, 1.6, 2.5}, QT_TRANSLATE_NOOP("Degradations", "corner shift %1% of half-diagonal")},
    }};
    return table;
}

// The translation context of every message here (lupdate reads it).
class Degradations
{
    Q_DECLARE_TR_FUNCTIONS(Degradations)
};

const TypeSpec *specOf(DegradationType type)
{
    for (const TypeSpec &spec : specs())
        if (spec.type == type)
            return &spec;
    return nullptr;
}

// cv::RNG is a multiply-with-carry generator whose state 0 is replaced by a
// constant; SplitMix64 spreads user seeds (0, 1, 2...) and the type over the
// whole state so neighbouring seeds and different types draw unrelated fields.
quint64 mixedSeed(quint64 seed, DegradationType type)
{
    quint64 z = seed + 0x9E3779B97F4A7C15ull * (quint64(type) + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return z ? z : 1;
}

cv::Mat applyLut(const cv::Mat &rgb, const std::function<double(double)> &curve)
{
    cv::Mat lut(1, 256, CV_8U);
    for (int v = 0; v < 256; ++v)
        lut.at<uchar>(v) = cv::saturate_cast<uchar>(curve(v));
    cv::Mat out;
    cv::LUT(rgb, lut, out);
    return out;
}

// Lab in float (L 0..100, a*b* about -128..127): the 8-bit Lab of OpenCV
// rounds chroma to whole units, too coarse for level 1.
cv::Mat toLab(const cv::Mat &rgb)
{
    cv::Mat f, lab;
    rgb.convertTo(f, CV_32F, 1.0 / 255.0);
    cv::cvtColor(f, lab, cv::COLOR_RGB2Lab);
    return lab;
}

cv::Mat fromLab(const cv::Mat &lab)
{
    cv::Mat f, out;
    cv::cvtColor(lab, f, cv::COLOR_Lab2RGB);
    f.convertTo(out, CV_8U, 255.0);
    return out;
}

cv::Mat colourCast(const cv::Mat &rgb, double shift, cv::RNG &rng)
{
    const double angle = rng.uniform(0.0, 2.0 * CV_PI);
    cv::Mat lab = toLab(rgb);
    cv::add(lab, cv::Scalar(0.0, shift * std::cos(angle), shift * std::sin(angle)), lab);
    return fromLab(lab);
}

cv::Mat desaturate(const cv::Mat &rgb, double chroma)
{
    cv::Mat lab = toLab(rgb);
    cv::multiply(lab, cv::Scalar(1.0, chroma, chroma), lab);
    return fromLab(lab);
}

cv::Mat contrastLoss(const cv::Mat &rgb, double factor)
{
    // Towards the mean grey rather than each channel's mean, so the
    // colour balance does not move.
    const cv::Scalar m = cv::mean(rgb);
    const double grey = (m[0] + m[1] + m[2]) / 3.0;
    cv::Mat out;
    rgb.convertTo(out, CV_8U, factor, (1.0 - factor) * grey);
    return out;
}

cv::Mat gammaCurve(const cv::Mat &rgb, double gamma)
{
    return applyLut(rgb, [gamma](double v) { return 255.0 * std::pow(v / 255.0, gamma); });
}

// Natural (cos^4) fall-off, 1 / (1 + (k r)^2)^2 with r = 1 at the corners,
// k set so the corners get `cornerGain`; applied to the encoded values, so
// the gain is what one sees. OpenCV has no vignette, hence the loop.
cv::Mat vignette(const cv::Mat &rgb, double cornerGain)
{
    const double k2 = 1.0 / std::sqrt(cornerGain) - 1.0;
    const double cx = 0.5 * (rgb.cols - 1), cy = 0.5 * (rgb.rows - 1);
    const double invR2 = 1.0 / (cx * cx + cy * cy);
    cv::Mat out(rgb.size(), rgb.type());
    for (int y = 0; y < rgb.rows; ++y) {
        const uchar *src = rgb.ptr<uchar>(y);
        uchar *dst = out.ptr<uchar>(y);
        const double dy2 = (y - cy) * (y - cy);
        for (int x = 0; x < rgb.cols; ++x) {
            const double r2 = ((x - cx) * (x - cx) + dy2) * invR2;
            const double t = 1.0 + k2 * r2;
            const double gain = 1.0 / (t * t);
            for (int c = 0; c < 3; ++c)
                dst[3 * x + c] = cv::saturate_cast<uchar>(src[3 * x + c] * gain);
        }
    }
    return out;
}

cv::Mat gaussianBlur(const cv::Mat &rgb, double sigma)
{
    cv::Mat out;
    cv::GaussianBlur(rgb, out, cv::Size(), sigma, sigma, cv::BORDER_REFLECT_101);
    return out;
}

// Kernels are drawn 16x larger and area-averaged down: an anti-aliased
// kernel whose energy grows smoothly with fractional lengths and radii.
constexpr int kKernelSupersampling = 16;

cv::Mat normalisedKernel(const cv::Mat &canvas8, int size)
{
    cv::Mat small, kernel;
    cv::resize(canvas8, small, cv::Size(size, size), 0, 0, cv::INTER_AREA);
    small.convertTo(kernel, CV_32F);
    kernel /= cv::sum(kernel)[0];
    return kernel;
}

cv::Mat motionBlur(const cv::Mat &rgb, double length, cv::RNG &rng)
{
    const double angle = rng.uniform(0.0, CV_PI);
    const int size = (int(std::ceil(length)) | 1);
    const int s = kKernelSupersampling;
    cv::Mat canvas = cv::Mat::zeros(size * s, size * s, CV_8U);
    // A thick line gets round caps of half its thickness: draw length - 1
    // between the cap centres for a total extent of `length` pixels.
    const double half = 0.5 * (length - 1.0) * s;
    const cv::Point2d c(0.5 * size * s, 0.5 * size * s);
    const cv::Point2d d(half * std::cos(angle), half * std::sin(angle));
    constexpr int shift = 4;  // sub-pixel endpoints, 1/16 px of the canvas
    const auto fixed = [](cv::Point2d p) {
        return cv::Point(cvRound(p.x * (1 << shift)), cvRound(p.y * (1 << shift)));
    };
    cv::line(canvas, fixed(c - d), fixed(c + d), cv::Scalar(255), s, cv::LINE_8, shift);
    cv::Mat out;
    cv::filter2D(rgb, out, -1, normalisedKernel(canvas, size), cv::Point(-1, -1), 0,
                 cv::BORDER_REFLECT_101);
    return out;
}

cv::Mat defocusBlur(const cv::Mat &rgb, double radius)
{
    const int size = 2 * int(std::ceil(radius)) + 1;
    const int s = kKernelSupersampling;
    cv::Mat canvas = cv::Mat::zeros(size * s, size * s, CV_8U);
    constexpr int shift = 4;
    const int centre = cvRound(0.5 * size * s * (1 << shift));
    cv::circle(canvas, cv::Point(centre, centre), cvRound(radius * s * (1 << shift)),
               cv::Scalar(255), cv::FILLED, cv::LINE_8, shift);
    cv::Mat out;
    cv::filter2D(rgb, out, -1, normalisedKernel(canvas, size), cv::Point(-1, -1), 0,
                 cv::BORDER_REFLECT_101);
    return out;
}

cv::Mat gaussianNoise(const cv::Mat &rgb, double sigma, cv::RNG &rng)
{
    cv::Mat noise(rgb.size(), CV_32FC3);
    rng.fill(noise, cv::RNG::NORMAL, 0.0, 1.0);
    cv::Mat f, out;
    rgb.convertTo(f, CV_32F);
    cv::scaleAdd(noise, sigma, f, f);
    f.convertTo(out, CV_8U);
    return out;
}

// Shot noise: each 8-bit value v stands for v / 255 * peak photons; the count
// is drawn from Poisson(v / 255 * peak) and scaled back (on the encoded
// values, as most IQA banks do, not in linear light). OpenCV has no Poisson
// sampler, so this one inverts the exact CDF, tabulated for each value that
// occurs, with one uniform draw per sample; a guide table (Chen and Asau)
// starts each search next to its answer.
cv::Mat poissonNoise(const cv::Mat &rgb, double peak, cv::RNG &rng)
{
    constexpr int kGuideSize = 256;
    struct Table
    {
        int first = 0;                 // photon count of cdf[0]
        std::vector<double> cdf;
        std::vector<int> guide;        // guide[j]: first index with cdf > j / kGuideSize
    };
    std::array<Table, 256> tables;
    const auto build = [peak](int v, Table &t) {
        const double lambda = v / 255.0 * peak;
        // +-8 standard deviations: what lies beyond has probability < 1e-15.
        const double spread = 8.0 * std::sqrt(lambda) + 8.0;
        const int first = std::max(0, int(std::floor(lambda - spread)));
        const int last = int(std::ceil(lambda + spread));
        t.first = first;
        t.cdf.resize(size_t(last - first + 1));
        double p = std::exp(first * std::log(lambda) - lambda - std::lgamma(first + 1.0));
        double sum = 0.0;
        for (int k = first; k <= last; ++k) {
            sum += p;
            t.cdf[size_t(k - first)] = sum;
            p *= lambda / (k + 1);
        }
        for (double &c : t.cdf)
            c /= sum;
        t.cdf.back() = 1.0;
        t.guide.resize(kGuideSize);
        size_t i = 0;
        for (int j = 0; j < kGuideSize; ++j) {
            while (t.cdf[i] <= double(j) / kGuideSize)
                ++i;
            t.guide[size_t(j)] = int(i);
        }
    };

    cv::Mat uniform(rgb.size(), CV_64FC3);
    rng.fill(uniform, cv::RNG::UNIFORM, 0.0, 1.0);
    const double scale = 255.0 / peak;
    cv::Mat out(rgb.size(), rgb.type());
    for (int y = 0; y < rgb.rows; ++y) {
        const uchar *src = rgb.ptr<uchar>(y);
        const double *u = uniform.ptr<double>(y);
        uchar *dst = out.ptr<uchar>(y);
        for (int i = 0; i < 3 * rgb.cols; ++i) {
            if (src[i] == 0) {  // no photons, no noise
                dst[i] = 0;
                continue;
            }
            Table &t = tables[src[i]];
            if (t.cdf.empty())
                build(src[i], t);
            size_t k = size_t(t.guide[std::min(size_t(u[i] * kGuideSize), size_t(kGuideSize - 1))]);
            while (t.cdf[k] <= u[i])  // cdf.back() == 1 > u stops it
                ++k;
            dst[i] = cv::saturate_cast<uchar>((t.first + int(k)) * scale);
        }
    }
    return out;
}

// Whole pixels set to black or white, half each.
cv::Mat impulseNoise(const cv::Mat &rgb, double percent, cv::RNG &rng)
{
    const double share = percent / 100.0;
    cv::Mat u(rgb.size(), CV_32F);
    rng.fill(u, cv::RNG::UNIFORM, 0.0, 1.0);
    cv::Mat out = rgb.clone();
    out.setTo(cv::Scalar::all(0), u < share / 2.0);
    out.setTo(cv::Scalar::all(255), (u >= share / 2.0) & (u < share));
    return out;
}

// `minSide`: OpenCV asks OpenJPEG for 6 resolution levels, which need tiles
// of at least 2^5 = 32 pixels; smaller images are mirror-padded for the
// round trip and cropped back.
Expected<cv::Mat> codecRoundTrip(const cv::Mat &rgb, const char *extension, const std::vector<int> &params,
                                 const char *codecName, int minSide = 1)
{
    if (!cv::haveImageWriter(extension))
        return Expected<cv::Mat>::failure(
            Degradations::tr("This OpenCV build has no %1 encoder.").arg(QString::fromLatin1(codecName)));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    const int padRight = std::max(0, minSide - rgb.cols), padBottom = std::max(0, minSide - rgb.rows);
    if (padRight > 0 || padBottom > 0)
        cv::copyMakeBorder(bgr, bgr, 0, padBottom, 0, padRight, cv::BORDER_REFLECT_101);
    std::vector<uchar> bytes;
    cv::Mat decoded;
    if (cv::imencode(extension, bgr, bytes, params))
        decoded = cv::imdecode(bytes, cv::IMREAD_COLOR);
    if (decoded.empty() || decoded.size() != bgr.size() || decoded.type() != CV_8UC3)
        return Expected<cv::Mat>::failure(
            Degradations::tr("%1 round trip failed.").arg(QString::fromLatin1(codecName)));
    cv::Mat out;
    cv::cvtColor(decoded(cv::Rect(0, 0, rgb.cols, rgb.rows)), out, cv::COLOR_BGR2RGB);
    return out;
}

cv::Mat pixelate(const cv::Mat &rgb, double block)
{
    const cv::Size small(std::max(1, cvRound(rgb.cols / block)), std::max(1, cvRound(rgb.rows / block)));
    cv::Mat down, out;
    cv::resize(rgb, down, small, 0, 0, cv::INTER_AREA);
    cv::resize(down, out, rgb.size(), 0, 0, cv::INTER_NEAREST);
    return out;
}

cv::Mat quantise(const cv::Mat &rgb, double levels)
{
    // Levels spread over 0..255 with black and white kept.
    const double step = 255.0 / (levels - 1.0);
    return applyLut(rgb, [step](double v) { return std::round(v / step) * step; });
}

cv::Mat overSharpen(const cv::Mat &rgb, double amount)
{
    cv::Mat blurred, out;
    cv::GaussianBlur(rgb, blurred, cv::Size(), 1.5, 1.5, cv::BORDER_REFLECT_101);
    cv::addWeighted(rgb, 1.0 + amount, blurred, -amount, 0.0, out);
    return out;
}

cv::Mat chromaSubsample(const cv::Mat &rgb, double factor)
{
    cv::Mat ycrcb;
    cv::cvtColor(rgb, ycrcb, cv::COLOR_RGB2YCrCb);
    std::vector<cv::Mat> planes;
    cv::split(ycrcb, planes);
    const cv::Size small(std::max(1, cvRound(rgb.cols / factor)), std::max(1, cvRound(rgb.rows / factor)));
    for (int c = 1; c < 3; ++c) {
        cv::Mat down;
        cv::resize(planes[size_t(c)], down, small, 0, 0, cv::INTER_AREA);
        cv::resize(down, planes[size_t(c)], rgb.size(), 0, 0, cv::INTER_LINEAR);
    }
    cv::Mat out;
    cv::merge(planes, ycrcb);
    cv::cvtColor(ycrcb, out, cv::COLOR_YCrCb2RGB);
    return out;
}

// Lateral chromatic aberration: red magnified and blue shrunk about the
// centre by the same factor, green kept, so colour fringes grow towards the
// corners where red and blue are `percent` of the half-diagonal apart from
// green.
cv::Mat chromaticAberration(const cv::Mat &rgb, double percent)
{
    const double cx = 0.5 * (rgb.cols - 1), cy = 0.5 * (rgb.rows - 1);
    std::vector<cv::Mat> planes;
    cv::split(rgb, planes);
    for (int c : {0, 2}) {
        const double scale = c == 0 ? 1.0 + percent / 100.0 : 1.0 - percent / 100.0;
        // Source-to-destination: the plane is magnified by `scale` about the centre.
        const cv::Matx23d m(scale, 0, cx * (1 - scale), 0, scale, cy * (1 - scale));
        cv::Mat warped;
        cv::warpAffine(planes[size_t(c)], warped, m, rgb.size(), cv::INTER_LINEAR,
                       cv::BORDER_REFLECT_101);
        planes[size_t(c)] = warped;
    }
    cv::Mat out;
    cv::merge(planes, out);
    return out;
}

Expected<cv::Mat> applyDegradation(const cv::Mat &rgb8, DegradationType type, double p, cv::RNG &rng)
{
    using T = DegradationType;
    switch (type) {
    case T::Identity:
        break;
    case T::ColourCast:
        return colourCast(rgb8, p, rng);
    case T::Desaturation:
        return desaturate(rgb8, p);
    case T::ContrastLoss:
        return contrastLoss(rgb8, p);
    case T::Brighten:
    case T::Darken:
        return gammaCurve(rgb8, p);
    case T::Vignetting:
        return vignette(rgb8, p);
    case T::GaussianBlur:
        return gaussianBlur(rgb8, p);
    case T::MotionBlur:
        return motionBlur(rgb8, p, rng);
    case T::DefocusBlur:
        return defocusBlur(rgb8, p);
    case T::ChromaSubsampling:
        return chromaSubsample(rgb8, p);
    case T::GaussianNoise:
        return gaussianNoise(rgb8, p, rng);
    case T::PoissonNoise:
        return poissonNoise(rgb8, p, rng);
    case T::ImpulseNoise:
        return impulseNoise(rgb8, p, rng);
    case T::Jpeg:
        return codecRoundTrip(rgb8, ".jpg", {cv::IMWRITE_JPEG_QUALITY, int(p)}, "JPEG");
    case T::Jpeg2000:
        // OpenCV hands 1000 / value to OpenJPEG as the compression ratio.
        return codecRoundTrip(rgb8, ".jp2", {cv::IMWRITE_JPEG2000_COMPRESSION_X1000, cvRound(1000.0 / p)},
                              "JPEG 2000", 32);
    case T::WebP:
        return codecRoundTrip(rgb8, ".webp", {cv::IMWRITE_WEBP_QUALITY, int(p)}, "WebP");
    case T::Pixelation:
        return pixelate(rgb8, p);
    case T::Quantisation:
        return quantise(rgb8, p);
    case T::OverSharpening:
        return overSharpen(rgb8, p);
    case T::ChromaticAberration:
        return chromaticAberration(rgb8, p);
    }
    return rgb8.clone();
}

} // namespace

QVector<DegradationInfo> degradationTypes()
{
    QVector<DegradationInfo> list;
    for (const TypeSpec &spec : specs())
        list.append(degradationInfo(spec.type));
    return list;
}

DegradationInfo degradationInfo(DegradationType type)
{
    if (const TypeSpec *spec = specOf(type))
        return {type, QString::fromLatin1(spec->id), Degradations::tr(spec->name), spec->lowFrequency};
    return {DegradationType::Identity, QStringLiteral("identity"), Degradations::tr("Identity"), false};
}

Expected<DegradationType> degradationTypeFromId(const QString &id)
{
    if (id == QLatin1String("identity"))
        return DegradationType::Identity;
    QStringList known{QStringLiteral("identity")};
    for (const TypeSpec &spec : specs()) {
        if (id == QLatin1String(spec.id))
            return spec.type;
        known << QString::fromLatin1(spec.id);
    }
    return Expected<DegradationType>::failure(
        Degradations::tr("Unknown degradation '%1'; known: %2.").arg(id, known.join(QStringLiteral(", "))));
}

double degradationParameter(DegradationType type, int level)
{
    const TypeSpec *spec = specOf(type);
    if (!spec || level <= 0 || level > kDegradationLevels)
        return 0.0;
    return spec->levels[size_t(level - 1)];
}

QString degradationParameterText(DegradationType type, int level)
{
    const TypeSpec *spec = specOf(type);
    if (!spec || level <= 0 || level > kDegradationLevels)
        return Degradations::tr("none");
    return Degradations::tr(spec->parameterFormat).arg(spec->levels[size_t(level - 1)]);
}

Expected<cv::Mat> degrade(const cv::Mat &rgb8, DegradationType type, int level, quint64 seed)
{
    using Result = Expected<cv::Mat>;
    if (rgb8.empty())
        return Result::failure(Degradations::tr("Cannot degrade an empty image."));
    if (rgb8.type() != CV_8UC3)
        return Result::failure(Degradations::tr("Degradations need an 8-bit RGB image (CV_8UC3), not %1.")
                                   .arg(QString::fromStdString(cv::typeToString(rgb8.type()))));
    if (rgb8.cols < kMinDegradationSide || rgb8.rows < kMinDegradationSide)
        return Result::failure(
            Degradations::tr("The image is %1x%2 pixels; degradations need at least %3x%3.")
                .arg(rgb8.cols)
                .arg(rgb8.rows)
                .arg(kMinDegradationSide));
    if (level < 0 || level > kDegradationLevels)
        return Result::failure(
            Degradations::tr("Degradation level %1 is out of range; levels are 0 (none) to %2.")
                .arg(level)
                .arg(kDegradationLevels));
    const TypeSpec *spec = specOf(type);
    if (type != DegradationType::Identity && !spec)
        return Result::failure(Degradations::tr("Unknown degradation type %1.").arg(int(type)));
    if (level == 0 || type == DegradationType::Identity)
        return rgb8.clone();

    const double p = spec->levels[size_t(level - 1)];
    cv::RNG rng(mixedSeed(seed, type));
    try {
        return applyDegradation(rgb8, type, p, rng);
    } catch (const cv::Exception &e) {  // out of memory on huge images, codec trouble
        return Result::failure(Degradations::tr("Degradation %1 failed: %2")
                                   .arg(QString::fromLatin1(spec->id), QString::fromStdString(e.err)));
    }
}

Expected<Image> degrade(const Image &image, DegradationType type, int level, quint64 seed)
{
    Image out;
    out.sourceChannels = image.sourceChannels;
    out.bitDepth = 8;
    out.notes = image.notes;
    cv::Mat rgb8 = image.rgb;
    if (image.rgb.depth() == CV_16U) {
        image.rgb.convertTo(rgb8, CV_8U, 255.0 / 65535.0);
        out.notes << Degradations::tr("reduced to 8 bits for degradation");
    }
    Expected<cv::Mat> pixels = degrade(rgb8, type, level, seed);
    if (!pixels)
        return Expected<Image>::failure(pixels.error());
    out.rgb = std::move(pixels.value());
    const DegradationInfo info = degradationInfo(type);
    if (level == 0 || type == DegradationType::Identity)
        out.notes << Degradations::tr("degradation: none (identity)");
    else
        out.notes << Degradations::tr("degradation: %1 level %2 (%3), seed %4")
                         .arg(info.id, QString::number(level), degradationParameterText(type, level),
                              QString::number(seed));
    return out;
}

} // namespace iqa
