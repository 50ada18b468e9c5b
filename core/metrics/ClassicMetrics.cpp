#include "metrics/ClassicMetrics.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>
#include <opencv2/quality/qualitygmsd.hpp>
#include <opencv2/quality/qualitymse.hpp>
#include <opencv2/quality/qualityssim.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace iqa {

namespace {

QString sizeText(const Image &image)
{
    return QStringLiteral("%1x%2").arg(image.width()).arg(image.height());
}

// Checks what every metric needs; `minSide` is the metric's smallest usable
// short side. Returns an empty string when the pair is usable.
QString validatePair(const Image &reference, const Image &distorted, const char *metricName, int minSide)
{
    // Whole sentences per role, so that translations need not assemble them.
    const auto check = [](const Image &image, bool isReference) -> QString {
        if (image.isNull())
            return isReference ? QCoreApplication::translate("ClassicMetrics", "The reference image is empty.")
                               : QCoreApplication::translate("ClassicMetrics", "The distorted image is empty.");
        if (image.rgb.type() != CV_8UC3 && image.rgb.type() != CV_16UC3) {
            const QString text = isReference
                ? QCoreApplication::translate("ClassicMetrics",
                                              "The reference image is not 8- or 16-bit RGB (OpenCV type %1).")
                : QCoreApplication::translate("ClassicMetrics",
                                              "The distorted image is not 8- or 16-bit RGB (OpenCV type %1).");
            return text.arg(image.rgb.type());
        }
        // toLuma255 scales by maxValue(), which follows bitDepth.
        const bool sixteen = image.rgb.depth() == CV_16U;
        if ((sixteen && image.bitDepth != 16) || (!sixteen && image.bitDepth == 16)) {
            const QString text = isReference
                ? QCoreApplication::translate("ClassicMetrics",
                                              "The reference image is marked as %1-bit but holds %2-bit pixels.")
                : QCoreApplication::translate("ClassicMetrics",
                                              "The distorted image is marked as %1-bit but holds %2-bit pixels.");
            return text.arg(image.bitDepth).arg(sixteen ? 16 : 8);
        }
        return {};
    };
    QString problem = check(reference, true);
    if (problem.isEmpty())
        problem = check(distorted, false);
    if (!problem.isEmpty())
        return problem;
    if (reference.rgb.size() != distorted.rgb.size())
        return QCoreApplication::translate(
            "ClassicMetrics", "%1 needs images of the same size: the reference is %2 px, the distorted image %3 px.")
            .arg(QString::fromLatin1(metricName), sizeText(reference), sizeText(distorted));
    const int shortSide = std::min(reference.width(), reference.height());
    if (shortSide < minSide)
        return QCoreApplication::translate(
            "ClassicMetrics", "%1 needs images of at least %2 px on the short side; these are %3 px.")
            .arg(QString::fromLatin1(metricName))
            .arg(minSide)
            .arg(sizeText(reference));
    return {};
}

// Every metric works through the image in horizontal strips of about this
// many pixels, each with the rows of context its filters need, so that the
// double-precision intermediates never exist for the whole picture at once.
// Peak memory added on a 4000x3000 px pair, whole image at once -> in strips
// (measured, maximum RSS): PSNR 1.4 GB -> 31 MB, SSIM 1.7 GB -> 46 MB,
// MS-SSIM 1.2 GB -> 79 MB (mostly the halved luma), GMSD 0.5 GB -> 19 MB;
// MS-SSIM also got 3.5x and GMSD 10x faster (cache). Scores are unchanged:
// the strip seams are outside every filter's reach (see the tests).
constexpr int kStripPixels = 1 << 18;

// Rows per strip for an image `cols` wide, a multiple of `multiple`.
int stripRows(int cols, int multiple)
{
    const int rows = std::max(32, kStripPixels / std::max(cols, 1));
    return rows - rows % multiple;
}

// Rows [begin, end) of an image as a view, nothing copied.
Image rowsOf(const Image &image, int begin, int end)
{
    Image view;
    view.rgb = image.rgb.rowRange(begin, end);
    view.bitDepth = image.bitDepth;
    view.sourceChannels = image.sourceChannels;
    return view;
}

// RGB as CV_64FC3 on a 0..255 scale (16-bit divided by 257 = 65535/255).
cv::Mat toRgb255(const cv::Mat &rgb)
{
    cv::Mat out;
    rgb.convertTo(out, CV_64F, rgb.depth() == CV_16U ? 255.0 / 65535.0 : 1.0);
    return out;
}

// Luma rows on demand: computed from the image strip by strip at the first
// scale, taken from memory at the smaller ones.
class LumaSource
{
public:
    explicit LumaSource(const Image &image) : m_image(&image), m_rows(image.height()), m_cols(image.width()) {}
    explicit LumaSource(cv::Mat luma) : m_luma(std::move(luma)), m_rows(m_luma.rows), m_cols(m_luma.cols) {}

    int rows() const { return m_rows; }
    int cols() const { return m_cols; }
    cv::Mat rowRange(int begin, int end) const
    {
        return m_image ? toLuma255(rowsOf(*m_image, begin, end)) : m_luma.rowRange(begin, end);
    }

private:
    const Image *m_image = nullptr;
    cv::Mat m_luma;
    int m_rows = 0, m_cols = 0;
};

// SSIM constants for L = 255: (K1 L)^2 and (K2 L)^2, the same values
// OpenCV's QualitySSIM hard-codes.
constexpr double kC1 = (0.01 * 255) * (0.01 * 255);
constexpr double kC2 = (0.03 * 255) * (0.03 * 255);
constexpr double kSsimSigma = 1.5;
constexpr int kSsimBorder = (kSsimWindowSide - 1) / 2;

// Means of SSIM-type maps over the interior, kSsimBorder px in from every
// edge (scikit-image's crop(S, (win_size - 1) // 2)). `maps(x, y)` turns a
// luma strip pair into maps of the same size; each strip carries kSsimBorder
// rows of context above and below, so every interior value sees exactly the
// neighbours it would see in the whole image.
template <typename Maps>
std::vector<double> interiorMeans(const LumaSource &x, const LumaSource &y, Maps maps)
{
    const int first = kSsimBorder, last = x.rows() - kSsimBorder, cols = x.cols();
    const int step = stripRows(cols, 1);
    std::vector<double> sums;
    for (int begin = first; begin < last; begin += step) {
        const int end = std::min(begin + step, last);
        const std::vector<cv::Mat> stripMaps = maps(
            x.rowRange(begin - kSsimBorder, end + kSsimBorder), y.rowRange(begin - kSsimBorder, end + kSsimBorder));
        sums.resize(stripMaps.size(), 0.0);
        const cv::Rect interior(kSsimBorder, kSsimBorder, cols - 2 * kSsimBorder, end - begin);
        for (size_t i = 0; i < stripMaps.size(); ++i)
            sums[i] += cv::sum(stripMaps[i](interior))[0];
    }
    const double count = double(last - first) * double(cols - 2 * kSsimBorder);
    for (double &sum : sums)
        sum /= count;
    return sums;
}

cv::Mat ssimBlur(const cv::Mat &in)
{
    cv::Mat out;
    // The border mode does not matter: the pixels it affects are cropped.
    cv::GaussianBlur(in, out, cv::Size(kSsimWindowSide, kSsimWindowSide), kSsimSigma, kSsimSigma,
                     cv::BORDER_REFLECT);
    return out;
}

// The contrast-structure map cs and, when `withLuminance`, the SSIM map l*cs.
std::vector<cv::Mat> ssimMaps(const cv::Mat &x, const cv::Mat &y, bool withLuminance)
{
    const cv::Mat muX = ssimBlur(x), muY = ssimBlur(y);
    const cv::Mat muXX = muX.mul(muX), muYY = muY.mul(muY), muXY = muX.mul(muY);
    const cv::Mat sigmaXX = ssimBlur(x.mul(x)) - muXX;
    const cv::Mat sigmaYY = ssimBlur(y.mul(y)) - muYY;
    const cv::Mat sigmaXY = ssimBlur(x.mul(y)) - muXY;

    cv::Mat cs;
    cv::divide(2 * sigmaXY + kC2, sigmaXX + sigmaYY + kC2, cs);
    if (!withLuminance)
        return {cs};
    cv::Mat luminance;
    cv::divide(2 * muXY + kC1, muXX + muYY + kC1, luminance);
    return {cs, luminance.mul(cs)};
}

// 2x2 block means; an odd last row or column is dropped.
cv::Mat halve(const LumaSource &source)
{
    const int outRows = source.rows() / 2, outCols = source.cols() / 2;
    cv::Mat out(outRows, outCols, CV_64F);
    const int step = stripRows(source.cols(), 2);
    for (int begin = 0; begin < 2 * outRows; begin += step) {
        const int end = std::min(begin + step, 2 * outRows);
        const cv::Mat strip = source.rowRange(begin, end)(cv::Rect(0, 0, 2 * outCols, end - begin));
        cv::Mat half;
        // INTER_AREA with an exact factor of 2 is the plain 2x2 block mean.
        cv::resize(strip, half, cv::Size(outCols, (end - begin) / 2), 0, 0, cv::INTER_AREA);
        half.copyTo(out.rowRange(begin / 2, end / 2));
    }
    return out;
}

template <typename Compute>
Expected<double> guarded(const char *metricName, Compute compute)
{
    try {
        return compute();
    } catch (const cv::Exception &e) {
        return Expected<double>::failure(QCoreApplication::translate("ClassicMetrics", "%1 failed in OpenCV: %2")
                                             .arg(QString::fromLatin1(metricName), QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        return Expected<double>::failure(QCoreApplication::translate("ClassicMetrics", "%1 failed: %2")
                                             .arg(QString::fromLatin1(metricName), QString::fromLocal8Bit(e.what())));
    }
}

} // namespace

Expected<double> psnr(const Image &reference, const Image &distorted)
{
    if (const QString problem = validatePair(reference, distorted, "PSNR", 1); !problem.isEmpty())
        return Expected<double>::failure(problem);
    return guarded("PSNR", [&]() -> Expected<double> {
        const int rows = reference.height(), step = stripRows(reference.width(), 1);
        double squaredErrorSum = 0; // over all pixels, averaged over the channels
        for (int begin = 0; begin < rows; begin += step) {
            const int end = std::min(begin + step, rows);
            // CV_64F in, so QualityMSE keeps double precision (it widens
            // 8-bit input only to float).
            const cv::Scalar perChannel = cv::quality::QualityMSE::compute(
                toRgb255(reference.rgb.rowRange(begin, end)), toRgb255(distorted.rgb.rowRange(begin, end)),
                cv::noArray());
            squaredErrorSum += (perChannel[0] + perChannel[1] + perChannel[2]) / 3.0 * double(end - begin);
        }
        const double mse = squaredErrorSum / rows;
        if (mse <= 0.0)
            return std::numeric_limits<double>::infinity();
        return 10.0 * std::log10(255.0 * 255.0 / mse);
    });
}

Expected<double> ssim(const Image &reference, const Image &distorted)
{
    if (const QString problem = validatePair(reference, distorted, "SSIM", kSsimWindowSide); !problem.isEmpty())
        return Expected<double>::failure(problem);
    return guarded("SSIM", [&]() -> Expected<double> {
        // QualitySSIM blurs with an 11x11, sigma 1.5 Gaussian and uses
        // C1 = 6.5025, C2 = 58.5225 (L = 255); its own score is the mean over
        // the whole map, borders included, so we average its map ourselves.
        return interiorMeans(LumaSource(reference), LumaSource(distorted),
                             [](const cv::Mat &x, const cv::Mat &y) {
                                 cv::Mat map;
                                 cv::quality::QualitySSIM::compute(x, y, map);
                                 return std::vector<cv::Mat>{map};
                             })
            .front();
    });
}

Expected<double> msSsim(const Image &reference, const Image &distorted)
{
    if (const QString problem = validatePair(reference, distorted, "MS-SSIM", kMsSsimMinSide); !problem.isEmpty())
        return Expected<double>::failure(problem);
    return guarded("MS-SSIM", [&]() -> Expected<double> {
        // OpenCV has no MS-SSIM, and QualitySSIM returns only the product
        // l * cs, while scales 1-4 need the contrast-structure term alone: the
        // same Gaussian statistics are computed here with cv::GaussianBlur.
        static constexpr std::array<double, 5> weights{0.0448, 0.2856, 0.3001, 0.2363, 0.1333};
        LumaSource x(reference), y(distorted);
        double score = 1.0;
        for (size_t scale = 0; scale < weights.size(); ++scale) {
            const bool last = scale + 1 == weights.size();
            const std::vector<double> means = interiorMeans(
                x, y, [last](const cv::Mat &xs, const cv::Mat &ys) { return ssimMaps(xs, ys, last); });
            const double term = last ? means[1] : means[0];
            score *= std::pow(std::max(term, 0.0), weights[scale]);
            if (!last) {
                x = LumaSource(halve(x));
                y = LumaSource(halve(y));
            }
        }
        return score;
    });
}

Expected<double> gmsd(const Image &reference, const Image &distorted)
{
    if (const QString problem = validatePair(reference, distorted, "GMSD", kGmsdMinSide); !problem.isEmpty())
        return Expected<double>::failure(problem);
    return guarded("GMSD", [&]() -> Expected<double> {
        // QualityGMSD works per channel with T = 170, i.e. on 0..255 grey
        // levels; CV_64F input keeps it in double precision. It halves the
        // image (2x2 mean at even rows) and takes 3x3 gradients of the result:
        // strips start at multiples of 4 rows and carry 4 rows of context
        // (2 halved rows) above and below. Starting at multiples of 4 also
        // keeps the parity of the halved height, which OpenCV rounds half to
        // even, the same as for the whole image.
        const int rows = reference.height(), step = stripRows(reference.width(), 4);
        double count = 0, mean = 0, m2 = 0; // deviation of the map, merged strip by strip (Chan et al.)
        for (int begin = 0; begin < rows; begin += step) {
            const int end = std::min(begin + step, rows);
            const int lo = std::max(0, begin - 4), hi = std::min(rows, end + 4);
            cv::Mat map;
            cv::quality::QualityGMSD::compute(toLuma255(rowsOf(reference, lo, hi)),
                                              toLuma255(rowsOf(distorted, lo, hi)), map);
            const int first = (begin - lo) / 2;
            const int last = end == rows ? map.rows : (end - lo) / 2;
            if (last <= first)
                continue;
            cv::Scalar stripMean, stripDeviation;
            cv::meanStdDev(map.rowRange(first, last), stripMean, stripDeviation);
            const double n = double(last - first) * map.cols;
            const double delta = stripMean[0] - mean;
            const double total = count + n;
            m2 += stripDeviation[0] * stripDeviation[0] * n + delta * delta * count * n / total;
            mean += delta * n / total;
            count = total;
        }
        return std::sqrt(m2 / count);
    });
}

} // namespace iqa
