// Classic full-reference metrics (core/metrics/ClassicMetrics): PSNR and SSIM
// against scikit-image, MS-SSIM and GMSD against NumPy transcriptions
// (tests/reference/classic_metrics.py, run with Debian's /usr/bin/python3),
// and the behaviour on identical, degraded, mismatched and small images.

#include "TestSupport.h"

#include "metrics/ClassicMetrics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/quality/qualitygmsd.hpp>
#include <opencv2/quality/qualitymse.hpp>
#include <opencv2/quality/qualityssim.hpp>

#include <cmath>
#include <functional>
#include <limits>

using iqa::Image;

namespace {

Image fromMat(const cv::Mat &rgb)
{
    Image image;
    image.rgb = rgb;
    image.sourceChannels = 3;
    image.bitDepth = rgb.depth() == CV_16U ? 16 : 8;
    return image;
}

// A deterministic 8-bit RGB test picture with smooth areas, edges, fine
// periodic detail and noise-like texture, different in each channel.
cv::Mat texturedImage(int width, int height, unsigned seed)
{
    cv::Mat img(height, width, CV_64FC3);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const double u = double(x) / width, v = double(y) / height;
            const double rings
                = std::sin(0.002 * ((x - width / 3.0) * (x - width / 3.0) + (y - height / 2.0) * (y - height / 2.0)));
            const bool square = ((x / 24) + (y / 24)) % 2 == 0 && u > 0.55 && v > 0.5;
            img.at<cv::Vec3d>(y, x) = {60 + 120 * u + 40 * rings + (square ? 50 : 0),
                                       90 + 100 * v + 30 * std::sin(0.3 * x) * std::cos(0.2 * y),
                                       170 - 80 * u * v + 25 * rings - (square ? 60 : 0)};
        }
    cv::Mat grain(height, width, CV_64FC3);
    cv::RNG rng(seed);
    rng.fill(grain, cv::RNG::NORMAL, 0.0, 25.0);
    cv::GaussianBlur(grain, grain, cv::Size(0, 0), 1.2);
    cv::Mat out;
    cv::Mat(img + grain).convertTo(out, CV_8UC3); // rounds and saturates
    return out;
}

cv::Mat withNoise(const cv::Mat &rgb, double sigma, unsigned seed)
{
    cv::Mat noise(rgb.size(), CV_64FC3);
    cv::RNG rng(seed);
    rng.fill(noise, cv::RNG::NORMAL, 0.0, sigma);
    cv::Mat wide, out;
    rgb.convertTo(wide, CV_64FC3);
    cv::Mat(wide + noise).convertTo(out, rgb.type());
    return out;
}

cv::Mat blurred(const cv::Mat &rgb, double sigma)
{
    cv::Mat out;
    cv::GaussianBlur(rgb, out, cv::Size(0, 0), sigma);
    return out;
}

cv::Mat jpegRoundTrip(const cv::Mat &rgb, int quality)
{
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    std::vector<uchar> bytes;
    cv::imencode(".jpg", bgr, bytes, {cv::IMWRITE_JPEG_QUALITY, quality});
    cv::cvtColor(cv::imdecode(bytes, cv::IMREAD_COLOR), bgr, cv::COLOR_BGR2RGB);
    return bgr;
}

bool writePng(const QString &path, const cv::Mat &rgb)
{
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    return iqa::test::writeImageFile(path, bgr);
}

double valueOf(const iqa::Expected<double> &result)
{
    if (!result.ok()) {
        qWarning("metric failed: %s", qPrintable(result.error()));
        return std::numeric_limits<double>::quiet_NaN();
    }
    return *result;
}

struct TestPair
{
    QString name;
    cv::Mat reference, distorted;
};

} // namespace

class TestClassicMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scoresMatchPythonReference();
    void identicalImagesScorePerfect();
    void moreNoiseScoresWorse();
    void moreBlurScoresWorse();
    void sizeMismatchNamesBothSizes();
    void tooSmallForMsSsimSaysMinimum();
    void tooSmallForSsimAndGmsd();
    void emptyOrWrongTypeIsRejected();
    void sixteenBitMatchesEightBitTimes257();
    void stripsGiveWholeImageScores_data();
    void stripsGiveWholeImageScores();

private:
    QList<TestPair> m_pairs;
};

void TestClassicMetrics::initTestCase()
{
    for (const cv::Size size : {cv::Size(256, 192), cv::Size(300, 300)}) {
        const cv::Mat ref = texturedImage(size.width, size.height, 1000u + size.width);
        const QString tag = QStringLiteral("%1x%2").arg(size.width).arg(size.height);
        m_pairs.append({tag + QStringLiteral(" noise 5"), ref, withNoise(ref, 5, 11)});
        m_pairs.append({tag + QStringLiteral(" noise 25"), ref, withNoise(ref, 25, 12)});
        m_pairs.append({tag + QStringLiteral(" blur 1.5"), ref, blurred(ref, 1.5)});
        m_pairs.append({tag + QStringLiteral(" jpeg 20"), ref, jpegRoundTrip(ref, 20)});
    }
    // Odd sizes: GMSD's 2x2 downsampling and MS-SSIM's halving drop a row.
    const cv::Mat odd = texturedImage(301, 203, 55);
    m_pairs.append({QStringLiteral("301x203 noise 10"), odd, withNoise(odd, 10, 13)});
    // Large enough that every metric works in several strips (2^18 px each
    // in ClassicMetrics.cpp), at the first two MS-SSIM scales too.
    const cv::Mat large = texturedImage(1026, 603, 56);
    m_pairs.append({QStringLiteral("1026x603 jpeg 40"), large, jpegRoundTrip(large, 40)});
    // Negative contrast-structure terms: MS-SSIM clamps them to 0.
    const cv::Mat ref = texturedImage(256, 192, 77);
    cv::Mat inverted;
    cv::bitwise_not(ref, inverted);
    m_pairs.append({QStringLiteral("256x192 inverted"), ref, inverted});
}

void TestClassicMetrics::scoresMatchPythonReference()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList arguments{QStringLiteral(IQA_SOURCE_DIR "/tests/reference/classic_metrics.py")};
    for (int i = 0; i < m_pairs.size(); ++i) {
        const QString ref = dir.filePath(QStringLiteral("ref%1.png").arg(i));
        const QString dist = dir.filePath(QStringLiteral("dist%1.png").arg(i));
        QVERIFY(writePng(ref, m_pairs[i].reference));
        QVERIFY(writePng(dist, m_pairs[i].distorted));
        arguments << ref << dist;
    }

    // Debian's interpreter has numpy, scipy and scikit-image; the one first on
    // PATH may not.
    QString python = qEnvironmentVariable("IQA_DEBIAN_PYTHON");
    if (python.isEmpty())
        python = QStringLiteral("/usr/bin/python3");
    QProcess process;
    process.start(python, arguments);
    QVERIFY2(process.waitForFinished(180000), qPrintable(process.errorString()));
    const QByteArray errors = process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, errors.constData());
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    QVERIFY2(!json.isNull(), qPrintable(parseError.errorString()));
    const QJsonArray reference = json.object().value(QStringLiteral("pairs")).toArray();
    QCOMPARE(reference.size(), m_pairs.size());

    double worstPsnr = 0, worstSsim = 0, worstMsSsim = 0, worstGmsd = 0;
    for (int i = 0; i < m_pairs.size(); ++i) {
        const TestPair &pair = m_pairs[i];
        const QJsonObject expected = reference[i].toObject();
        const Image ref = fromMat(pair.reference), dist = fromMat(pair.distorted);
        const double psnr = valueOf(iqa::psnr(ref, dist));
        const double ssim = valueOf(iqa::ssim(ref, dist));
        const double msSsim = valueOf(iqa::msSsim(ref, dist));
        const double gmsd = valueOf(iqa::gmsd(ref, dist));
        const double dPsnr = std::abs(psnr - expected[QStringLiteral("psnr")].toDouble());
        const double dSsim = std::abs(ssim - expected[QStringLiteral("ssim")].toDouble());
        const double dMsSsim = std::abs(msSsim - expected[QStringLiteral("msssim")].toDouble());
        // OpenCV's GMSD is the authors' MATLAB GMSD.m except for the divisor
        // of the deviation (N, not N - 1, over the N pixels of the halved
        // image) and, for odd sizes, the last row or column, which OpenCV's
        // downsampling drops and MATLAB's keeps.
        const double n = double(pair.reference.cols / 2) * double(pair.reference.rows / 2);
        const bool even = pair.reference.cols % 2 == 0 && pair.reference.rows % 2 == 0;
        const double expectedGmsd = expected[QStringLiteral("gmsd")].toDouble();
        const double dGmsd = std::abs(gmsd * std::sqrt(n / (n - 1)) - expectedGmsd) / expectedGmsd;
        qInfo("%-18s PSNR %8.4f (|d| %.1e)  SSIM %.6f (|d| %.1e)  MS-SSIM %.6f (|d| %.1e)  GMSD %.6f (rel d %.1e, N-1 "
              "corrected)",
            qPrintable(pair.name), psnr, dPsnr, ssim, dSsim, msSsim, dMsSsim, gmsd, dGmsd);
        QVERIFY2(dPsnr < 1e-6, qPrintable(pair.name));
        QVERIFY2(dSsim < 1e-3, qPrintable(pair.name));
        QVERIFY2(dMsSsim < 1e-6, qPrintable(pair.name));
        QVERIFY2(dGmsd < (even ? 1e-7 : 1e-2), qPrintable(pair.name));
        worstPsnr = std::max(worstPsnr, dPsnr);
        worstSsim = std::max(worstSsim, dSsim);
        worstMsSsim = std::max(worstMsSsim, dMsSsim);
        worstGmsd = std::max(worstGmsd, dGmsd);
    }
    qInfo("largest differences: PSNR %.2e dB, SSIM %.2e, MS-SSIM %.2e, GMSD %.2e (relative, N-1 corrected)", worstPsnr,
        worstSsim, worstMsSsim, worstGmsd);
    // The inverted pair really exercised the clamp.
    QCOMPARE(valueOf(iqa::msSsim(fromMat(m_pairs.last().reference), fromMat(m_pairs.last().distorted))), 0.0);
}

void TestClassicMetrics::identicalImagesScorePerfect()
{
    const Image image = fromMat(texturedImage(256, 192, 5));
    const Image copy = fromMat(image.rgb.clone());
    const auto psnr = iqa::psnr(image, copy);
    QVERIFY(psnr.ok());
    QVERIFY(std::isinf(*psnr) && *psnr > 0);
    QVERIFY(std::abs(valueOf(iqa::ssim(image, copy)) - 1.0) < 1e-12);
    QVERIFY(std::abs(valueOf(iqa::msSsim(image, copy)) - 1.0) < 1e-12);
    QVERIFY(std::abs(valueOf(iqa::gmsd(image, copy))) < 1e-12);
}

void TestClassicMetrics::moreNoiseScoresWorse()
{
    const cv::Mat ref = texturedImage(256, 192, 6);
    const Image reference = fromMat(ref);
    double lastPsnr = std::numeric_limits<double>::infinity(), lastSsim = 1.0, lastMsSsim = 1.0, lastGmsd = 0.0;
    for (const double sigma : {2.0, 5.0, 10.0, 20.0, 40.0}) {
        const Image noisy = fromMat(withNoise(ref, sigma, 99));
        const double psnr = valueOf(iqa::psnr(reference, noisy));
        const double ssim = valueOf(iqa::ssim(reference, noisy));
        const double msSsim = valueOf(iqa::msSsim(reference, noisy));
        const double gmsd = valueOf(iqa::gmsd(reference, noisy));
        QVERIFY2(psnr < lastPsnr && ssim < lastSsim && msSsim < lastMsSsim && gmsd > lastGmsd,
                 qPrintable(QStringLiteral("sigma %1: PSNR %2 SSIM %3 MS-SSIM %4 GMSD %5")
                                .arg(sigma)
                                .arg(psnr)
                                .arg(ssim)
                                .arg(msSsim)
                                .arg(gmsd)));
        lastPsnr = psnr;
        lastSsim = ssim;
        lastMsSsim = msSsim;
        lastGmsd = gmsd;
    }
}

void TestClassicMetrics::moreBlurScoresWorse()
{
    const cv::Mat ref = texturedImage(300, 300, 8);
    const Image reference = fromMat(ref);
    double lastSsim = 1.0, lastMsSsim = 1.0, lastGmsd = 0.0;
    for (const double sigma : {0.8, 1.5, 3.0}) {
        const Image soft = fromMat(blurred(ref, sigma));
        const double ssim = valueOf(iqa::ssim(reference, soft));
        const double msSsim = valueOf(iqa::msSsim(reference, soft));
        const double gmsd = valueOf(iqa::gmsd(reference, soft));
        QVERIFY(ssim < lastSsim && msSsim < lastMsSsim && gmsd > lastGmsd);
        lastSsim = ssim;
        lastMsSsim = msSsim;
        lastGmsd = gmsd;
    }
}

void TestClassicMetrics::sizeMismatchNamesBothSizes()
{
    const Image a = fromMat(texturedImage(256, 192, 1));
    const Image b = fromMat(texturedImage(300, 300, 1));
    const std::function<iqa::Expected<double>(const Image &, const Image &)> metrics[] = {iqa::psnr, iqa::ssim,
                                                                                          iqa::msSsim, iqa::gmsd};
    for (const auto &metric : metrics) {
        const auto result = metric(a, b);
        QVERIFY(!result.ok());
        QVERIFY2(
            result.error().contains(QStringLiteral("256x192")) && result.error().contains(QStringLiteral("300x300")),
            qPrintable(result.error()));
    }
}

void TestClassicMetrics::tooSmallForMsSsimSaysMinimum()
{
    // 175 px on the short side: one short of 11 * 2^4.
    const Image a = fromMat(texturedImage(400, 175, 2));
    const Image b = fromMat(withNoise(a.rgb, 5, 3));
    const auto result = iqa::msSsim(a, b);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QStringLiteral("MS-SSIM")) && result.error().contains(QStringLiteral("176"))
                 && result.error().contains(QStringLiteral("400x175")),
             qPrintable(result.error()));
    // The other metrics are fine at that size, and 176 is enough for MS-SSIM.
    QVERIFY(iqa::ssim(a, b).ok() && iqa::gmsd(a, b).ok() && iqa::psnr(a, b).ok());
    const Image c = fromMat(texturedImage(176, 176, 2));
    QVERIFY2(iqa::msSsim(c, fromMat(withNoise(c.rgb, 5, 3))).ok(), "176x176");
}

void TestClassicMetrics::tooSmallForSsimAndGmsd()
{
    const Image a = fromMat(texturedImage(40, 10, 4));
    const Image b = fromMat(withNoise(a.rgb, 5, 3));
    const auto ssim = iqa::ssim(a, b);
    QVERIFY(!ssim.ok());
    QVERIFY2(ssim.error().contains(QStringLiteral("at least 11")), qPrintable(ssim.error()));
    QVERIFY(iqa::gmsd(a, b).ok());
    const Image tiny = fromMat(texturedImage(3, 3, 4));
    const auto gmsd = iqa::gmsd(tiny, tiny);
    QVERIFY(!gmsd.ok());
    QVERIFY2(gmsd.error().contains(QStringLiteral("at least 4")), qPrintable(gmsd.error()));
    QVERIFY(iqa::psnr(tiny, fromMat(withNoise(tiny.rgb, 5, 1))).ok());
}

void TestClassicMetrics::emptyOrWrongTypeIsRejected()
{
    const Image good = fromMat(texturedImage(64, 64, 9));
    const auto empty = iqa::psnr(Image{}, good);
    QVERIFY(!empty.ok());
    QVERIFY2(empty.error().contains(QStringLiteral("reference image is empty")), qPrintable(empty.error()));

    cv::Mat grey;
    cv::cvtColor(good.rgb, grey, cv::COLOR_RGB2GRAY);
    const auto wrongType = iqa::ssim(good, fromMat(grey));
    QVERIFY(!wrongType.ok());
    QVERIFY2(wrongType.error().contains(QStringLiteral("distorted image is not 8- or 16-bit RGB")),
             qPrintable(wrongType.error()));

    Image mislabelled = fromMat(good.rgb);
    mislabelled.bitDepth = 16;
    QVERIFY(!iqa::gmsd(good, mislabelled).ok());
}

void TestClassicMetrics::sixteenBitMatchesEightBitTimes257()
{
    const cv::Mat ref8 = texturedImage(256, 192, 10);
    const cv::Mat dist8 = jpegRoundTrip(ref8, 30);
    cv::Mat ref16, dist16;
    ref8.convertTo(ref16, CV_16UC3, 257.0);
    dist8.convertTo(dist16, CV_16UC3, 257.0);
    const Image r8 = fromMat(ref8), d8 = fromMat(dist8), r16 = fromMat(ref16), d16 = fromMat(dist16);
    QCOMPARE(r16.bitDepth, 16);

    const double psnr8 = valueOf(iqa::psnr(r8, d8));
    QVERIFY(std::abs(valueOf(iqa::psnr(r16, d16)) - psnr8) < 1e-9);
    // Mixed bit depths are compared on the common 0..255 scale.
    QVERIFY(std::abs(valueOf(iqa::psnr(r8, d16)) - psnr8) < 1e-9);
    QVERIFY(std::abs(valueOf(iqa::ssim(r16, d16)) - valueOf(iqa::ssim(r8, d8))) < 1e-9);
    QVERIFY(std::abs(valueOf(iqa::msSsim(r16, d16)) - valueOf(iqa::msSsim(r8, d8))) < 1e-9);
    QVERIFY(std::abs(valueOf(iqa::gmsd(r16, d16)) - valueOf(iqa::gmsd(r8, d8))) < 1e-9);

    // A 16-bit difference finer than one 8-bit step still counts.
    cv::Mat nudged = ref16.clone();
    nudged.at<cv::Vec3w>(10, 10)[0] += 1;
    const double psnrNudged = valueOf(iqa::psnr(r16, fromMat(nudged)));
    QVERIFY(std::isfinite(psnrNudged) && psnrNudged > 100);
}

void TestClassicMetrics::stripsGiveWholeImageScores_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    // Strips of 2^18 px (ClassicMetrics.cpp): 256 rows at 1024 px, 255 at
    // 1026 px (GMSD: 252, a multiple of 4), 127 (124) at 2050 px.
    QTest::newRow("1024x600") << 1024 << 600;
    QTest::newRow("1026x603") << 1026 << 603; // halved height 301.5 rounds up in OpenCV
    QTest::newRow("1024x601") << 1024 << 601; // halved height 300.5 rounds down
    QTest::newRow("2050x1027") << 2050 << 1027;
    QTest::newRow("1024x267") << 1024 << 267; // SSIM's last strip holds one interior row
    QTest::newRow("1024x259") << 1024 << 259; // GMSD's last strip holds three rows
}

void TestClassicMetrics::stripsGiveWholeImageScores()
{
    // The same OpenCV calls on the whole image at once.
    QFETCH(int, width);
    QFETCH(int, height);
    const cv::Mat ref = texturedImage(width, height, 21);
    const cv::Mat dist = withNoise(ref, 12, 22);
    const Image reference = fromMat(ref), distorted = fromMat(dist);

    cv::Mat ref64, dist64;
    ref.convertTo(ref64, CV_64F);
    dist.convertTo(dist64, CV_64F);
    const cv::Scalar mse = cv::quality::QualityMSE::compute(ref64, dist64, cv::noArray());
    const double wholePsnr = 10 * std::log10(255.0 * 255.0 / ((mse[0] + mse[1] + mse[2]) / 3));
    QVERIFY(std::abs(valueOf(iqa::psnr(reference, distorted)) - wholePsnr) < 1e-9);

    const cv::Mat lumaRef = iqa::toLuma255(reference), lumaDist = iqa::toLuma255(distorted);
    cv::Mat ssimMap;
    cv::quality::QualitySSIM::compute(lumaRef, lumaDist, ssimMap);
    const double wholeSsim = cv::mean(ssimMap(cv::Rect(5, 5, width - 10, height - 10)))[0];
    QVERIFY(std::abs(valueOf(iqa::ssim(reference, distorted)) - wholeSsim) < 1e-12);

    const double wholeGmsd = cv::quality::QualityGMSD::compute(lumaRef, lumaDist, cv::noArray())[0];
    const double gmsd = valueOf(iqa::gmsd(reference, distorted));
    // cv::meanStdDev's one-pass E[x^2] - E[x]^2 loses about 1e-11 (relative)
    // here whether it runs once or per strip.
    QVERIFY2(std::abs(gmsd - wholeGmsd) < 1e-9 * wholeGmsd,
             qPrintable(QStringLiteral("%1 vs %2").arg(gmsd, 0, 'g', 17).arg(wholeGmsd, 0, 'g', 17)));
}

QTEST_GUILESS_MAIN(TestClassicMetrics)
#include "test_classic_metrics.moc"
