#include "TestSupport.h"

#include "image/Degradations.h"
#include "image/ImageLoader.h"
#include "io/LabelCsv.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

using iqa::DegradationInfo;
using iqa::DegradationType;
using iqa::Expected;
using iqa::Image;

Q_DECLARE_METATYPE(DegradationType)

namespace {

// Smooth gradients plus seeded texture: enough structure for every
// degradation to act on, without the shared data.
cv::Mat syntheticImage(int width, int height, quint64 seed)
{
    cv::Mat image(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(40 + 170 * x / width), uchar(60 + 150 * y / height),
                                                  uchar(128 + 60 * std::sin(0.3 * (x + y))));
    cv::Mat texture(height, width, CV_8UC3);
    cv::RNG(seed).fill(texture, cv::RNG::UNIFORM, 0, 40);
    cv::add(image, texture, image);
    return image;
}

double meanAbsoluteError(const cv::Mat &a, const cv::Mat &b)
{
    cv::Mat diff;
    cv::absdiff(a, b, diff);
    const cv::Scalar m = cv::mean(diff);
    return (m[0] + m[1] + m[2]) / 3.0;
}

bool identical(const cv::Mat &a, const cv::Mat &b)
{
    return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0.0;
}

// The two measures behind DegradationInfo::lowFrequency (see Degradations.h),
// on YCrCb planes so colour changes count like luma ones. Both split the
// spectrum with the same Gaussian (sigma 4 px): below it lies what tone,
// colour and illumination changes touch, above it grain, edges and blocks.
struct FrequencyProfile
{
    // Share of the change's energy (degraded - original) below the split.
    double lowBandShare = 0;
    // Power the degraded image has above the split in excess of the
    // original's, summed bin by bin over the DFT, relative to the original's
    // power above the split: new fine structure. A blur only lowers power and
    // scores ~0 however strong; noise, blocks, halos and steps score high.
    double addedDetail = 0;
};

constexpr double kSplitSigma = 4.0;
constexpr char kNoPhoto[] = "shared BIQ2021 data not present";

std::vector<cv::Mat> yCrCbPlanes(const cv::Mat &rgb8)
{
    cv::Mat f, ycrcb;
    rgb8.convertTo(f, CV_32F);
    cv::cvtColor(f, ycrcb, cv::COLOR_RGB2YCrCb);
    std::vector<cv::Mat> planes;
    cv::split(ycrcb, planes);
    return planes;
}

FrequencyProfile frequencyProfile(const cv::Mat &original, const cv::Mat &degraded)
{
    const std::vector<cv::Mat> a = yCrCbPlanes(original), b = yCrCbPlanes(degraded);
    // A Hann window keeps the image borders, where the DFT wraps around, from
    // adding broadband power of their own.
    cv::Mat window;
    cv::createHanningWindow(window, original.size(), CV_32F);
    double low = 0, high = 0, excess = 0, base = 0;
    const double k = 2.0 * CV_PI * CV_PI * kSplitSigma * kSplitSigma;
    for (size_t c = 0; c < 3; ++c) {
        cv::Mat diff = b[c] - a[c], lowPass;
        cv::GaussianBlur(diff, lowPass, cv::Size(), kSplitSigma, kSplitSigma, cv::BORDER_REFLECT_101);
        low += cv::norm(lowPass, cv::NORM_L2SQR);
        high += cv::norm(diff - lowPass, cv::NORM_L2SQR);

        cv::Mat spectrumA, spectrumB;
        cv::dft(a[c].mul(window), spectrumA, cv::DFT_COMPLEX_OUTPUT);
        cv::dft(b[c].mul(window), spectrumB, cv::DFT_COMPLEX_OUTPUT);
        for (int y = 0; y < spectrumA.rows; ++y) {
            const double fy = double(y <= spectrumA.rows / 2 ? y : y - spectrumA.rows) / spectrumA.rows;
            for (int x = 0; x < spectrumA.cols; ++x) {
                const double fx = double(x <= spectrumA.cols / 2 ? x : x - spectrumA.cols) / spectrumA.cols;
                // 1 - the Gaussian's transfer function: the high-pass weight.
                const double weight = 1.0 - std::exp(-k * (fx * fx + fy * fy));
                const cv::Vec2f va = spectrumA.at<cv::Vec2f>(y, x), vb = spectrumB.at<cv::Vec2f>(y, x);
                const double powerA = va.dot(va), powerB = vb.dot(vb);
                excess += weight * std::max(0.0, powerB - powerA);
                base += weight * powerA;
            }
        }
    }
    return {low / (low + high), excess / base};
}

QString describe(const DegradationInfo &info, int level)
{
    return QStringLiteral("%1 level %2 (%3)")
        .arg(info.id, QString::number(level), iqa::degradationParameterText(info.type, level));
}

// Types whose output depends on the seed; all others must ignore it.
bool isSeeded(DegradationType type)
{
    switch (type) {
    case DegradationType::ColourCast:
    case DegradationType::MotionBlur:
    case DegradationType::GaussianNoise:
    case DegradationType::PoissonNoise:
    case DegradationType::ImpulseNoise:
        return true;
    default:
        return false;
    }
}

} // namespace

class TestDegradations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A real photo: the first image of the shared BIQ2021 labels (a ball on
        // a carpet: saturated colours, texture, dark and bright areas), reduced
        // to 256x256 as the models' training crops are.
        const QString images = iqa::test::sharedData() + QStringLiteral("/biq2021/images");
        const auto labels =
            iqa::LabelCsv::read(iqa::test::sharedData() + QStringLiteral("/biq2021/labels.csv"), images);
        if (!labels || labels->rows.isEmpty())
            return;
        const Expected<Image> photo = iqa::ImageLoader().load(labels->rows.first().image);
        QVERIFY2(photo, qPrintable(photo.error()));
        QCOMPARE(photo->rgb.type(), CV_8UC3);
        cv::resize(photo->rgb, m_photo, cv::Size(256, 256), 0, 0, cv::INTER_AREA);
    }

    // --- the bank ------------------------------------------------------------

    void bankHasAtLeastFifteenTypesInBothBands()
    {
        const QVector<DegradationInfo> types = iqa::degradationTypes();
        QVERIFY2(types.size() >= 15, qPrintable(QString::number(types.size())));
        QSet<QString> ids;
        int low = 0;
        const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        for (const DegradationInfo &info : types) {
            QVERIFY(info.type != DegradationType::Identity);
            QVERIFY2(idPattern.match(info.id).hasMatch(), qPrintable(info.id));
            QVERIFY(!info.name.isEmpty());
            QVERIFY2(!ids.contains(info.id), qPrintable(info.id));
            ids.insert(info.id);
            low += info.lowFrequency;
            QCOMPARE(iqa::degradationInfo(info.type).id, info.id);
            for (int level = 1; level <= iqa::kDegradationLevels; ++level) {
                QVERIFY(iqa::degradationParameterText(info.type, level) != QLatin1String("none"));
                QVERIFY(std::isfinite(iqa::degradationParameter(info.type, level)));
            }
        }
        // DESIGN.md 2.2 asks for both kinds; neither may be a token.
        QVERIFY2(low >= 6 && types.size() - low >= 6,
                 qPrintable(QStringLiteral("%1 low of %2").arg(low).arg(types.size())));
        QCOMPARE(iqa::degradationParameterText(DegradationType::GaussianBlur, 0), QStringLiteral("none"));
        QCOMPARE(iqa::degradationParameterText(DegradationType::GaussianBlur, 3),
                 QStringLiteral("sigma 1.6 px"));
    }

    void idsRoundTripAndUnknownIdsAreNamed()
    {
        for (const DegradationInfo &info : iqa::degradationTypes()) {
            const Expected<DegradationType> type = iqa::degradationTypeFromId(info.id);
            QVERIFY2(type, qPrintable(type.error()));
            QCOMPARE(*type, info.type);
        }
        QCOMPARE(*iqa::degradationTypeFromId(QStringLiteral("identity")), DegradationType::Identity);
        const Expected<DegradationType> unknown = iqa::degradationTypeFromId(QStringLiteral("gausian-blur"));
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().contains(QStringLiteral("'gausian-blur'")), qPrintable(unknown.error()));
        QVERIFY2(unknown.error().contains(QStringLiteral("gaussian-blur")), qPrintable(unknown.error()));
    }

    // The table in Degradations.cpp and the one in docs/models/degradations.md
    // must not drift apart: every id has a row with its five parameters.
    void parameterTableMatchesTheDocs()
    {
        const QString path = QStringLiteral(IQA_SOURCE_DIR) + QStringLiteral("/docs/models/degradations.md");
        const QString doc = QString::fromUtf8(iqa::test::readFile(path));
        QVERIFY2(!doc.isEmpty(), qPrintable(path));
        for (const DegradationInfo &info : iqa::degradationTypes()) {
            const QString prefix = QStringLiteral("| `%1` |").arg(info.id);
            const int start = doc.indexOf(prefix);
            QVERIFY2(start >= 0, qPrintable(info.id + QStringLiteral(": no row in ") + path));
            const QString row = doc.mid(start, doc.indexOf(QLatin1Char('\n'), start) - start);
            QStringList cells = row.split(QLatin1Char('|'), Qt::SkipEmptyParts);
            for (QString &cell : cells)
                cell = cell.trimmed();
            // | id | band | parameter | 1 | 2 | 3 | 4 | 5 | ...
            QVERIFY2(cells.size() >= 8, qPrintable(row));
            QCOMPARE(cells[1], info.lowFrequency ? QStringLiteral("low") : QStringLiteral("high"));
            for (int level = 1; level <= iqa::kDegradationLevels; ++level)
                QVERIFY2(cells[2 + level] == QString::number(iqa::degradationParameter(info.type, level)),
                         qPrintable(QStringLiteral("%1 level %2: doc says '%3', code %4")
                                        .arg(info.id)
                                        .arg(level)
                                        .arg(cells[2 + level])
                                        .arg(iqa::degradationParameter(info.type, level))));
        }
    }

    // --- shape, identity, determinism ------------------------------------

    void everyTypeAndLevelKeepsSizeAndType()
    {
        // Odd, non-square and the smallest accepted size.
        for (const cv::Size size : {cv::Size(61, 45), cv::Size(16, 16), cv::Size(16, 40)}) {
            const cv::Mat input = syntheticImage(size.width, size.height, 3);
            const cv::Mat before = input.clone();
            for (const DegradationInfo &info : iqa::degradationTypes()) {
                for (int level = 1; level <= iqa::kDegradationLevels; ++level) {
                    const Expected<cv::Mat> out = iqa::degrade(input, info.type, level, 11);
                    QVERIFY2(out, qPrintable(describe(info, level) + QStringLiteral(": ") + out.error()));
                    QVERIFY2(out->size() == size && out->type() == CV_8UC3,
                             qPrintable(describe(info, level)
                                        + QStringLiteral(" at %1x%2").arg(size.width).arg(size.height)));
                }
            }
            QVERIFY(identical(input, before));  // the input is never touched
        }
    }

    void levelZeroAndIdentityReturnExactCopies()
    {
        const cv::Mat input = syntheticImage(48, 32, 5);
        for (const DegradationInfo &info : iqa::degradationTypes()) {
            const Expected<cv::Mat> out = iqa::degrade(input, info.type, 0, 99);
            QVERIFY2(out, qPrintable(out.error()));
            QVERIFY2(identical(*out, input), qPrintable(info.id));
            QVERIFY2(out->data != input.data, qPrintable(info.id));  // a copy, not a view
        }
        for (int level = 0; level <= iqa::kDegradationLevels; ++level) {
            const Expected<cv::Mat> out = iqa::degrade(input, DegradationType::Identity, level, 1);
            QVERIFY(out);
            QVERIFY(identical(*out, input));
        }
    }

    void sameSeedGivesSamePixels()
    {
        const cv::Mat input = syntheticImage(64, 48, 8);
        for (const DegradationInfo &info : iqa::degradationTypes()) {
            for (int level = 1; level <= iqa::kDegradationLevels; ++level) {
                const Expected<cv::Mat> a = iqa::degrade(input, info.type, level, 1234);
                const Expected<cv::Mat> b = iqa::degrade(input, info.type, level, 1234);
                QVERIFY(a && b);
                QVERIFY2(identical(*a, *b), qPrintable(describe(info, level)));
            }
        }
    }

    void onlyRandomTypesDependOnTheSeed()
    {
        const cv::Mat input = syntheticImage(64, 48, 8);
        for (const DegradationInfo &info : iqa::degradationTypes()) {
            for (int level = 1; level <= iqa::kDegradationLevels; ++level) {
                const Expected<cv::Mat> a = iqa::degrade(input, info.type, level, 1);
                const Expected<cv::Mat> b = iqa::degrade(input, info.type, level, 2);
                QVERIFY(a && b);
                QVERIFY2(identical(*a, *b) == !isSeeded(info.type),
                         qPrintable(describe(info, level)
                                    + (isSeeded(info.type) ? QStringLiteral(": same output for seeds 1 and 2")
                                                           : QStringLiteral(": depends on the seed"))));
            }
        }
        // Seed 0 is a seed like any other (cv::RNG would turn state 0 into a constant).
        const Expected<cv::Mat> zero = iqa::degrade(input, DegradationType::GaussianNoise, 3, 0);
        const Expected<cv::Mat> one = iqa::degrade(input, DegradationType::GaussianNoise, 3, 1);
        QVERIFY(zero && one && !identical(*zero, *one));
    }

    // --- severity on a real photo -------------------------------------------

    void severityGrowsWithLevel_data() { typeRows(); }
    void severityGrowsWithLevel()
    {
        QFETCH(DegradationType, type);
        if (m_photo.empty())
            QFAIL(kNoPhoto);  // CI and every checkout have ../shared: its absence is a failure
        const DegradationInfo info = iqa::degradationInfo(type);
        // Mean absolute error suits every type here, colour cast included: one
        // seed fixes the hue, and the shift only grows along it. Three seeds,
        // because the seeded types could be monotonic by luck on one.
        for (quint64 seed : {1ull, 2ull, 3ull}) {
            double previous = 0.0;
            QString trail;
            for (int level = 1; level <= iqa::kDegradationLevels; ++level) {
                const Expected<cv::Mat> out = iqa::degrade(m_photo, type, level, seed);
                QVERIFY2(out, qPrintable(out.error()));
                const double mae = meanAbsoluteError(m_photo, *out);
                trail += QStringLiteral(" %1").arg(mae, 0, 'f', 2);
                QVERIFY2(mae > previous,
                         qPrintable(QStringLiteral("%1 seed %2: MAE per level%3")
                                        .arg(info.id, QString::number(seed), trail)));
                previous = mae;
            }
        }
    }

    void psnrFallsClearlyFromLevelOneToFive_data() { typeRows(); }
    void psnrFallsClearlyFromLevelOneToFive()
    {
        QFETCH(DegradationType, type);
        if (m_photo.empty())
            QFAIL(kNoPhoto);  // CI and every checkout have ../shared: its absence is a failure
        const DegradationInfo info = iqa::degradationInfo(type);
        const Expected<cv::Mat> mild = iqa::degrade(m_photo, type, 1, 7);
        const Expected<cv::Mat> severe = iqa::degrade(m_photo, type, 5, 7);
        QVERIFY(mild && severe);
        const double psnr1 = cv::PSNR(m_photo, *mild), psnr5 = cv::PSNR(m_photo, *severe);
        const QString numbers = QStringLiteral("%1: PSNR %2 dB at level 1, %3 dB at level 5")
                                    .arg(info.id)
                                    .arg(psnr1, 0, 'f', 1)
                                    .arg(psnr5, 0, 'f', 1);
        // Level 1 is mild for every type (the lowest here are desaturation
        // and impulse noise, ~32 dB)...
        QVERIFY2(psnr1 >= 28.0, qPrintable(numbers));
        // ...and level 5 is far from it (the smallest fall is WebP's, whose
        // lowest quality setting still keeps ~31 dB on this photo).
        QVERIFY2(psnr1 - psnr5 >= 5.0, qPrintable(numbers));
    }

    // DegradationInfo::lowFrequency, checked against what each type does to
    // the spectrum. The plain test "the change has more energy below the split
    // than above it" fits tone and colour changes and noise, but by nature not
    // blurs (they change nothing but the high band, by removing it), nor
    // severe JPEG or posterisation (whose flat blocks and bands move whole
    // areas). So the check is the definition in Degradations.h:
    //   low  = the change lies below the split (lowBandShare >= 0.85), or it
    //          adds no fine structure (addedDetail < 0.01);
    //   high = the change reaches above the split and adds fine structure.
    // Levels 3..5: the mildest levels of the codecs barely add anything to a
    // photo that was JPEG-compressed before. On this photo the margins are
    // >= 0.96 and <= 0.68 for the share, <= 0.004 and >= 0.03 for added detail
    // where they decide; a flat or near-black photo would not separate so well.
    void frequencyBandMatchesTheChange_data() { typeRows(); }
    void frequencyBandMatchesTheChange()
    {
        QFETCH(DegradationType, type);
        if (m_photo.empty())
            QFAIL(kNoPhoto);  // CI and every checkout have ../shared: its absence is a failure
        const DegradationInfo info = iqa::degradationInfo(type);
        for (int level = 3; level <= iqa::kDegradationLevels; ++level) {
            const Expected<cv::Mat> out = iqa::degrade(m_photo, type, level, 7);
            QVERIFY(out);
            const FrequencyProfile profile = frequencyProfile(m_photo, *out);
            const bool looksLow = profile.lowBandShare >= 0.85 || profile.addedDetail < 0.01;
            QVERIFY2(looksLow == info.lowFrequency,
                     qPrintable(QStringLiteral("%1 is listed as %2 frequency: low-band share %3, added detail %4")
                                    .arg(describe(info, level),
                                         info.lowFrequency ? QStringLiteral("low") : QStringLiteral("high"),
                                         QString::number(profile.lowBandShare, 'f', 3),
                                         QString::number(profile.addedDetail, 'f', 4))));
        }
    }

    // The measure itself separates what it should, on known inputs.
    void frequencyProfileSeparatesBlurNoiseAndTone()
    {
        if (m_photo.empty())
            QFAIL(kNoPhoto);  // CI and every checkout have ../shared: its absence is a failure
        cv::Mat blurred, noisy, darker;
        cv::GaussianBlur(m_photo, blurred, cv::Size(), 2.0);
        cv::Mat noise(m_photo.size(), CV_16SC3);
        cv::randn(noise, 0, 8);
        m_photo.convertTo(noisy, CV_16S);
        noisy += noise;
        noisy.convertTo(noisy, CV_8U);
        m_photo.convertTo(darker, CV_8U, 0.8);
        const FrequencyProfile b = frequencyProfile(m_photo, blurred);
        const FrequencyProfile n = frequencyProfile(m_photo, noisy);
        const FrequencyProfile d = frequencyProfile(m_photo, darker);
        QVERIFY2(b.addedDetail < 0.001 && b.lowBandShare < 0.2, qPrintable(QString::number(b.addedDetail)));
        QVERIFY2(n.addedDetail > 0.1 && n.lowBandShare < 0.1, qPrintable(QString::number(n.addedDetail)));
        QVERIFY2(d.lowBandShare > 0.9 && d.addedDetail < 0.001, qPrintable(QString::number(d.lowBandShare)));
    }

    // --- bad input ----------------------------------------------------------

    void rejectsEmptyImage()
    {
        const Expected<cv::Mat> out = iqa::degrade(cv::Mat(), DegradationType::Jpeg, 3, 1);
        QVERIFY(!out);
        QVERIFY2(out.error().contains(QStringLiteral("empty")), qPrintable(out.error()));
    }

    void rejectsImagesBelowSixteenPixels()
    {
        for (const cv::Size size : {cv::Size(8, 8), cv::Size(15, 64), cv::Size(64, 15)}) {
            const Expected<cv::Mat> out = iqa::degrade(syntheticImage(size.width, size.height, 1),
                                                       DegradationType::GaussianBlur, 2, 1);
            QVERIFY(!out);
            const QString expected = QStringLiteral("%1x%2").arg(size.width).arg(size.height);
            QVERIFY2(out.error().contains(expected) && out.error().contains(QStringLiteral("16x16")),
                     qPrintable(out.error()));
        }
        // Even level 0 refuses: callers learn about the size where it matters.
        QVERIFY(!iqa::degrade(syntheticImage(8, 8, 1), DegradationType::GaussianBlur, 0, 1));
    }

    void rejectsLevelsOutsideZeroToFive()
    {
        const cv::Mat input = syntheticImage(32, 32, 1);
        for (int level : {6, -1, 100}) {
            const Expected<cv::Mat> out = iqa::degrade(input, DegradationType::GaussianNoise, level, 1);
            QVERIFY(!out);
            QVERIFY2(out.error().contains(QStringLiteral("level %1").arg(level))
                         && out.error().contains(QStringLiteral("0 (none) to 5")),
                     qPrintable(out.error()));
        }
    }

    void rejectsOtherPixelTypes()
    {
        const cv::Mat rgb = syntheticImage(32, 32, 1);
        cv::Mat grey, rgb16, rgbFloat, rgba;
        cv::cvtColor(rgb, grey, cv::COLOR_RGB2GRAY);
        rgb.convertTo(rgb16, CV_16U, 257.0);
        rgb.convertTo(rgbFloat, CV_32F, 1.0 / 255.0);
        cv::cvtColor(rgb, rgba, cv::COLOR_RGB2RGBA);
        const QVector<QPair<cv::Mat, QString>> cases = {
            {grey, QStringLiteral("CV_8UC1")},
            {rgb16, QStringLiteral("CV_16UC3")},
            {rgbFloat, QStringLiteral("CV_32FC3")},
            {rgba, QStringLiteral("CV_8UC4")},
        };
        for (const auto &c : cases) {
            const Expected<cv::Mat> out = iqa::degrade(c.first, DegradationType::Jpeg, 2, 1);
            QVERIFY(!out);
            QVERIFY2(out.error().contains(c.second) && out.error().contains(QStringLiteral("CV_8UC3")),
                     qPrintable(out.error()));
        }
    }

    void rejectsUnknownType()
    {
        const Expected<cv::Mat> out = iqa::degrade(syntheticImage(32, 32, 1), DegradationType(999), 2, 1);
        QVERIFY(!out);
        QVERIFY2(out.error().contains(QStringLiteral("999")), qPrintable(out.error()));
    }

    // --- Image convenience ---------------------------------------------------

    void imageOverloadNotesTheDegradation()
    {
        Image image;
        image.path = QStringLiteral("/photos/ball.png");
        image.rgb = syntheticImage(40, 30, 2);
        image.bitDepth = 8;
        image.sourceChannels = 4;
        image.notes << QStringLiteral("alpha channel dropped");
        const Expected<Image> out = iqa::degrade(image, DegradationType::GaussianBlur, 3, 5);
        QVERIFY2(out, qPrintable(out.error()));
        QVERIFY(identical(out->rgb, *iqa::degrade(image.rgb, DegradationType::GaussianBlur, 3, 5)));
        QVERIFY(out->path.isEmpty());  // generated, not what the file holds
        QCOMPARE(out->bitDepth, 8);
        QCOMPARE(out->sourceChannels, 4);
        QCOMPARE(out->notes, QStringList({QStringLiteral("alpha channel dropped"),
                                          QStringLiteral("degradation: gaussian-blur level 3 (sigma 1.6 px), seed 5")}));

        const Expected<Image> none = iqa::degrade(image, DegradationType::Jpeg, 0, 5);
        QVERIFY(none && identical(none->rgb, image.rgb));
        QCOMPARE(none->notes.last(), QStringLiteral("degradation: none (identity)"));

        image.rgb = syntheticImage(8, 8, 2);
        const Expected<Image> tooSmall = iqa::degrade(image, DegradationType::Jpeg, 2, 5);
        QVERIFY(!tooSmall);
        QVERIFY2(tooSmall.error().contains(QStringLiteral("8x8")), qPrintable(tooSmall.error()));
    }

    void imageOverloadReducesSixteenBitsFirst()
    {
        Image image;
        const cv::Mat rgb8 = syntheticImage(40, 30, 4);
        rgb8.convertTo(image.rgb, CV_16U, 257.0);
        image.bitDepth = 16;
        image.sourceChannels = 3;
        const Expected<Image> out = iqa::degrade(image, DegradationType::ImpulseNoise, 4, 9);
        QVERIFY2(out, qPrintable(out.error()));
        QCOMPARE(out->rgb.type(), CV_8UC3);
        QCOMPARE(out->bitDepth, 8);
        QVERIFY(identical(out->rgb, *iqa::degrade(rgb8, DegradationType::ImpulseNoise, 4, 9)));
        QCOMPARE(out->notes.size(), 2);
        QVERIFY2(out->notes.first().contains(QStringLiteral("8 bits")), qPrintable(out->notes.first()));
        QVERIFY2(out->notes.last().contains(QStringLiteral("impulse-noise level 4 (3.5% of pixels), seed 9")),
                 qPrintable(out->notes.last()));
    }

private:
    void typeRows()
    {
        QTest::addColumn<DegradationType>("type");
        for (const DegradationInfo &info : iqa::degradationTypes())
            QTest::newRow(qPrintable(info.id)) << info.type;
    }

    cv::Mat m_photo;  // RGB CV_8UC3, 256x256; empty without the shared data
};

QTEST_GUILESS_MAIN(TestDegradations)
#include "test_degradations.moc"
