// VAE-QA per-layer heatmaps (core/models/VaeQaHeatmaps, `iqa heatmap`):
// damage confined to one square shows inside that square at every layer,
// identical images give zero maps, bad input fails with a reason, maps have
// the image's size, and the command writes a PNG with a colour bar.

#include "TestSupport.h"

#include "image/Degradations.h"
#include "image/Image.h"
#include "image/ImageLoader.h"
#include "models/FeatureEncoder.h"
#include "models/VaeQaHeatmaps.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <map>
#include <memory>

using namespace iqa;

namespace {

// A photograph that is textured nearly everywhere (vegetables on a wooden
// board, BIQ2021, MOS 0.87), so that noise or blur has something to change
// both inside and outside the damaged square.
const char *const kPhoto = "ss03 (2108).jpg";
constexpr int kPhotoSide = 256;
// The damaged square: 96 x 96, off centre, away from the padded borders.
const cv::Rect kRegion(112, 64, 96, 96);

QString encoderWeights(const QString &id)
{
    return test::sharedModels() + QLatin1Char('/') + FeatureEncoder::defaultWeightsFile(id);
}

// Mean of `map` over `rect` (clipped to the map).
double meanInside(const cv::Mat &map, cv::Rect rect)
{
    rect &= cv::Rect(0, 0, map.cols, map.rows);
    return rect.empty() ? 0.0 : cv::mean(map(rect))[0];
}

// Mean of `map` outside `rect` (which is not clipped: a larger rect excludes more).
double meanOutside(const cv::Mat &map, const cv::Rect &rect)
{
    cv::Mat mask(map.size(), CV_8UC1, cv::Scalar(255));
    cv::rectangle(mask, rect, cv::Scalar(0), cv::FILLED);
    return cv::mean(map, mask)[0];
}

cv::Rect grown(const cv::Rect &r, int margin)
{
    return {r.x - margin, r.y - margin, r.width + 2 * margin, r.height + 2 * margin};
}

// `rgb8` degraded as a whole at level 4, pasted back into `region` only.
Image damagedIn(const cv::Mat &rgb8, const cv::Rect &region, DegradationType type)
{
    const Expected<cv::Mat> degraded = degrade(rgb8, type, 4, 7);
    if (!degraded) {
        qWarning() << degraded.error();
        return Image();
    }
    cv::Mat damaged = rgb8.clone();
    (*degraded)(region).copyTo(damaged(region));
    return test::rgbImage(damaged);
}

// Inside: the square shrunk by the layer's stride; outside: everything
// beyond the square grown by the same stride. One cell either side of the
// edge mixes damaged and clean pixels, and deep cells see further than
// their stride, so clean pixels next to the square legitimately differ.
// Measured here (Debian LibTorch 1.13, CPU) the smallest ratio with these
// margins was 42 (taesana encoder.14, noise; taef2's smallest 189,
// encoder.13, blur) and still 9.6 with no margins at all, while float
// rounding puts clean cells far from the square at about 2e-8. A factor of
// 5 leaves room for other CPUs and builds and still fails for a map that is
// transposed or shifted by a good part of the square.
constexpr double kMinRegionRatio = 5.0;

// Checks every layer and the combined map (whose margin is the largest
// stride); the measured ratios go to the log.
void verifyDamageInside(const VaeQaHeatmaps &heatmaps, const cv::Rect &region)
{
    QStringList report;
    const auto check = [&](const QString &name, int stride, const cv::Mat &map) {
        const double inside = meanInside(map, grown(region, -stride));
        const double outside = meanOutside(map, grown(region, stride));
        report << QStringLiteral("%1 %2/%3=%4").arg(name).arg(inside, 0, 'g', 3).arg(outside, 0, 'g', 3)
                      .arg(inside / std::max(outside, 1e-12), 0, 'f', 1);
        return inside > kMinRegionRatio * outside;
    };
    int maxStride = 0;
    for (const LayerHeatmap &layer : heatmaps.layers) {
        maxStride = std::max(maxStride, layer.stride);
        QVERIFY2(check(layer.name, layer.stride, layer.map), qPrintable(report.last()));
    }
    QVERIFY2(check(QStringLiteral("combined"), maxStride, heatmaps.combined), qPrintable(report.last()));
    qInfo().noquote() << "inside/outside:" << report.join(QStringLiteral(", "));
}

} // namespace

class TestVaeQaHeatmap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void regionDamageShowsInsideAtEveryLayer_data();
    void regionDamageShowsInsideAtEveryLayer();
    void largePairIsComparedTheSameWay();
    void identicalImagesGiveZeroMaps();
    void badSizesAreRefusedNamingThem_data();
    void badSizesAreRefusedNamingThem();
    void mapsHaveTheImageSizeForOddSizes();
    void cliWritesPngWithColourBar();
    void cliWritesEveryLayerAndJson();
    void cliCorruptReferenceFailsWithOneLine();
    void cliUnknownLayerListsChoices();
    void cliOtherModelIsRefused();

private:
    std::unique_ptr<FeatureEncoder> encoder(const QString &id);
    Image photo() const { return test::rgbImage(m_photo); }
    Image damagedPhoto(DegradationType type) const;

    QTemporaryDir m_dir;
    cv::Mat m_photo;  // RGB8, kPhotoSide x kPhotoSide
    std::map<QString, std::unique_ptr<FeatureEncoder>> m_encoders;
};

std::unique_ptr<FeatureEncoder> TestVaeQaHeatmap::encoder(const QString &id)
{
    Expected<FeatureEncoder> created = FeatureEncoder::create(id, encoderWeights(id));
    if (!created) {
        qWarning() << created.error();
        return nullptr;
    }
    return std::make_unique<FeatureEncoder>(*created);
}

void TestVaeQaHeatmap::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(encoderWeights(QStringLiteral("taef2"))), "../shared/models is needed");
    const Expected<Image> loaded = ImageLoader().load(test::sharedData() + QStringLiteral("/biq2021/images/") + kPhoto);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    cv::resize(loaded->rgb, m_photo, cv::Size(kPhotoSide, kPhotoSide), 0, 0, cv::INTER_AREA);
    for (const QString id : {QStringLiteral("taef2"), QStringLiteral("taesana")}) {
        m_encoders[id] = encoder(id);
        QVERIFY(m_encoders[id]);
    }
}

Image TestVaeQaHeatmap::damagedPhoto(DegradationType type) const
{
    return damagedIn(m_photo, kRegion, type);
}

void TestVaeQaHeatmap::regionDamageShowsInsideAtEveryLayer_data()
{
    QTest::addColumn<QString>("encoderId");
    QTest::addColumn<int>("type");
    for (const QString id : {QStringLiteral("taef2"), QStringLiteral("taesana")}) {
        QTest::addRow("%s gaussian noise", qPrintable(id)) << id << int(DegradationType::GaussianNoise);
        QTest::addRow("%s gaussian blur", qPrintable(id)) << id << int(DegradationType::GaussianBlur);
    }
}

void TestVaeQaHeatmap::regionDamageShowsInsideAtEveryLayer()
{
    QFETCH(QString, encoderId);
    QFETCH(int, type);
    const Image damaged = damagedPhoto(DegradationType(type));
    QVERIFY(!damaged.isNull());
    const Expected<VaeQaHeatmaps> heatmaps = computeVaeQaHeatmaps(*m_encoders[encoderId], photo(), damaged);
    QVERIFY2(heatmaps, qPrintable(heatmaps.error()));
    QCOMPARE(heatmaps->layers.size(), 6);
    QCOMPARE(heatmaps->encoderId, encoderId);
    verifyDamageInside(*heatmaps, kRegion);
}

// Above a megapixel the two images are encoded one after the other; the
// maps must still compare the reference with the distorted image.
void TestVaeQaHeatmap::largePairIsComparedTheSameWay()
{
    cv::Mat large;
    cv::resize(m_photo, large, cv::Size(1040, 1000), 0, 0, cv::INTER_CUBIC);
    const cv::Rect region(480, 256, 320, 320);
    const Image damaged = damagedIn(large, region, DegradationType::GaussianNoise);
    QVERIFY(!damaged.isNull());
    const Expected<VaeQaHeatmaps> heatmaps =
        computeVaeQaHeatmaps(*m_encoders[QStringLiteral("taef2")], test::rgbImage(large), damaged);
    QVERIFY2(heatmaps, qPrintable(heatmaps.error()));
    QCOMPARE(heatmaps->combined.cols, 1040);
    QCOMPARE(heatmaps->combined.rows, 1000);
    verifyDamageInside(*heatmaps, region);
}

void TestVaeQaHeatmap::identicalImagesGiveZeroMaps()
{
    for (const auto &[id, enc] : m_encoders) {
        const Expected<VaeQaHeatmaps> heatmaps = computeVaeQaHeatmaps(*enc, photo(), photo());
        QVERIFY2(heatmaps, qPrintable(heatmaps.error()));
        for (const LayerHeatmap &layer : heatmaps->layers) {
            double minimum = 0, maximum = 0;
            cv::minMaxLoc(layer.map, &minimum, &maximum);
            QVERIFY2(minimum >= 0 && maximum < 1e-5,
                     qPrintable(QStringLiteral("%1 %2: %3 .. %4").arg(id, layer.name).arg(minimum).arg(maximum)));
        }
        double maximum = 0;
        cv::minMaxLoc(heatmaps->combined, nullptr, &maximum);
        QVERIFY(maximum < 1e-5);
    }
}

void TestVaeQaHeatmap::badSizesAreRefusedNamingThem_data()
{
    QTest::addColumn<QSize>("referenceSize");
    QTest::addColumn<QSize>("distortedSize");
    QTest::addColumn<QStringList>("mentioned");
    QTest::newRow("mismatched") << QSize(256, 256) << QSize(200, 180)
                                << QStringList{QStringLiteral("256 x 256"), QStringLiteral("200 x 180")};
    QTest::newRow("too small") << QSize(8, 8) << QSize(8, 8)
                               << QStringList{QStringLiteral("8 x 8"), QStringLiteral("32 x 32")};
}

void TestVaeQaHeatmap::badSizesAreRefusedNamingThem()
{
    QFETCH(QSize, referenceSize);
    QFETCH(QSize, distortedSize);
    QFETCH(QStringList, mentioned);
    const auto crop = [this](const QSize &size) {
        return test::rgbImage(m_photo(cv::Rect(0, 0, size.width(), size.height())).clone());
    };
    const Expected<VaeQaHeatmaps> heatmaps =
        computeVaeQaHeatmaps(*m_encoders[QStringLiteral("taef2")], crop(referenceSize), crop(distortedSize));
    QVERIFY(!heatmaps);
    for (const QString &text : mentioned)
        QVERIFY2(heatmaps.error().contains(text), qPrintable(heatmaps.error()));
}

// 203 x 141 is a multiple of no stride: the encoder pads and crops, and the
// upsampling must land exactly on the image size anyway.
void TestVaeQaHeatmap::mapsHaveTheImageSizeForOddSizes()
{
    const cv::Rect crop(17, 40, 203, 141);
    const Expected<cv::Mat> jpeg = degrade(m_photo, DegradationType::Jpeg, 3, 1);
    QVERIFY2(jpeg, qPrintable(jpeg.error()));
    const Image reference = test::rgbImage(m_photo(crop).clone());
    const Image distorted = test::rgbImage((*jpeg)(crop).clone());
    for (const auto &[id, enc] : m_encoders) {
        const Expected<VaeQaHeatmaps> heatmaps = computeVaeQaHeatmaps(*enc, reference, distorted);
        QVERIFY2(heatmaps, qPrintable(heatmaps.error()));
        QCOMPARE(heatmaps->layers.size(), 6);
        for (const LayerHeatmap &layer : heatmaps->layers) {
            QCOMPARE(layer.map.type(), CV_32FC1);
            QCOMPARE(layer.map.cols, 203);
            QCOMPARE(layer.map.rows, 141);
            double minimum = 0, maximum = 0;
            cv::minMaxLoc(layer.map, &minimum, &maximum);
            QVERIFY2(minimum >= 0 && maximum <= 2 && maximum > 0,
                     qPrintable(QStringLiteral("%1 %2: %3 .. %4").arg(id, layer.name).arg(minimum).arg(maximum)));
        }
        QCOMPARE(heatmaps->combined.cols, 203);
        QCOMPARE(heatmaps->combined.rows, 141);
    }
}

namespace {

bool writeRgb(const QString &path, const Image &image)
{
    cv::Mat bgr;
    cv::cvtColor(image.rgb, bgr, cv::COLOR_RGB2BGR);
    return test::writeImageFile(path, bgr);
}

// Writes the pair as ref.png and dist.png in `dir`; empty on failure.
QStringList pairFiles(const QString &dir, const Image &reference, const Image &distorted)
{
    const QString ref = dir + QStringLiteral("/ref.png"), dist = dir + QStringLiteral("/dist.png");
    if (!writeRgb(ref, reference) || !writeRgb(dist, distorted))
        return {};
    return {ref, dist};
}

// iqa heatmap --model vae-qa --ref R --dist D --out OUT [extra...], with the
// development weights.
test::Run runHeatmap(const QString &ref, const QString &dist, const QString &out, const QStringList &extra = {})
{
    QStringList arguments{QStringLiteral("heatmap"), QStringLiteral("--model"), QStringLiteral("vae-qa"),
                          QStringLiteral("--ref"), ref, QStringLiteral("--dist"), dist,
                          QStringLiteral("--models-dir"), test::sharedModels(), QStringLiteral("--out"), out};
    return test::runIqa(arguments + extra);
}

} // namespace

void TestVaeQaHeatmap::cliWritesPngWithColourBar()
{
    const QStringList pair = pairFiles(m_dir.path(), photo(), damagedPhoto(DegradationType::GaussianNoise));
    QCOMPARE(pair.size(), 2);
    const QString out = m_dir.filePath(QStringLiteral("heat map.png"));
    const test::Run run = runHeatmap(pair[0], pair[1], out,
                                     {QStringLiteral("--layer"), QStringLiteral("encoder.5"),
                                      QStringLiteral("--colormap"), QStringLiteral("turbo")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QString::fromUtf8(run.out).trimmed(), out);
    const Expected<Image> written = ImageLoader().load(out);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written->height(), kPhotoSide);
    QVERIFY2(written->width() > kPhotoSide, "no room for the colour bar");
    // The map part is coloured, the bar panel is mostly white background.
    const cv::Scalar panel = cv::mean(written->rgb(cv::Rect(kPhotoSide, 0, written->width() - kPhotoSide, kPhotoSide)));
    QVERIFY(panel[0] > 150 && panel[1] > 150 && panel[2] > 150);
}

void TestVaeQaHeatmap::cliWritesEveryLayerAndJson()
{
    QTemporaryDir dir;
    const QStringList pair = pairFiles(dir.path(), photo(), damagedPhoto(DegradationType::GaussianBlur));
    QCOMPARE(pair.size(), 2);
    const QString out = dir.filePath(QStringLiteral("blur.png"));
    const test::Run run = runHeatmap(pair[0], pair[1], out, {QStringLiteral("--all"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("encoder")).toString(), QStringLiteral("taef2"));
    const QJsonArray layers = json.value(QStringLiteral("layers")).toArray();
    QCOMPARE(layers.size(), 6);
    for (const QJsonValue &layer : layers) {
        const double mean = layer[QStringLiteral("mean")].toDouble(-1);
        const double maximum = layer[QStringLiteral("max")].toDouble(-1);
        QVERIFY2(mean > 0 && mean <= maximum && maximum <= 2, qPrintable(layer[QStringLiteral("name")].toString()));
    }
    QVERIFY(json.value(QStringLiteral("combined"))[QStringLiteral("mean")].toDouble() > 0);
    const QJsonArray written = json.value(QStringLiteral("written")).toArray();
    QCOMPARE(written.size(), 7);
    for (int i = 0; i < 6; ++i)
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("blur_layer%1.png").arg(i))));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("blur_combined.png"))));
    QVERIFY(!QFileInfo::exists(out));
}

void TestVaeQaHeatmap::cliCorruptReferenceFailsWithOneLine()
{
    const QString corrupt = m_dir.filePath(QStringLiteral("corrupt.png"));
    QVERIFY(test::writeFile(corrupt, QByteArray("\x89PNG\r\n\x1a\n") + "this is not a picture"));
    const QStringList pair = pairFiles(m_dir.path(), photo(), photo());
    QCOMPARE(pair.size(), 2);
    const QString out = m_dir.filePath(QStringLiteral("never.png"));
    const test::Run run = runHeatmap(corrupt, pair[1], out);
    QCOMPARE(run.exitCode, 1);
    // Exactly one reason line; the decoder library may add its own chatter.
    const QStringList lines = run.err.split(QLatin1Char('\n')).filter(QStringLiteral("iqa: error: "));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QStringLiteral("iqa: error: ")) && lines.first().contains(QStringLiteral("corrupt.png")),
             qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestVaeQaHeatmap::cliUnknownLayerListsChoices()
{
    const QStringList pair = pairFiles(m_dir.path(), photo(), damagedPhoto(DegradationType::GaussianNoise));
    QCOMPARE(pair.size(), 2);
    const QString out = m_dir.filePath(QStringLiteral("never.png"));
    for (const QString layer : {QStringLiteral("6"), QStringLiteral("encoder.2"), QStringLiteral("deepest")}) {
        const test::Run run = runHeatmap(pair[0], pair[1], out, {QStringLiteral("--layer"), layer});
        QCOMPARE(run.exitCode, 1);
        const QString error = run.err.trimmed().section(QLatin1Char('\n'), -1);
        QVERIFY2(error.contains(QStringLiteral("'%1'").arg(layer)) && error.contains(QStringLiteral("encoder.13"))
                     && error.contains(QStringLiteral("combined")),
                 qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(out));
    }
}

void TestVaeQaHeatmap::cliOtherModelIsRefused()
{
    // A model without maps (a classic metric) is refused naming the models that have them.
    const test::Run run = test::runIqa({QStringLiteral("heatmap"), QStringLiteral("--model"), QStringLiteral("psnr"),
                                        QStringLiteral("--ref"), QStringLiteral("a.png"), QStringLiteral("--dist"),
                                        QStringLiteral("b.png"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.png"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("vae-qa")) && run.err.contains(QStringLiteral("cross-iqa"))
                 && run.err.contains(QStringLiteral("psnr")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestVaeQaHeatmap)
#include "test_vaeqa_heatmap.moc"
