#include "TestSupport.h"

#include "image/Image.h"
#include "image/ImageLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <vector>

using iqa::Expected;
using iqa::Image;
using iqa::ImageLoader;

namespace {

// ---- byte builders: every test file is generated here, at run time ----

QByteArray be16(quint16 v)
{
    QByteArray b(2, '\0');
    qToBigEndian(v, b.data());
    return b;
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

QByteArray le16(quint16 v)
{
    QByteArray b(2, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray encode(const cv::Mat &bgr, const char *ext, const std::vector<int> &params = {})
{
    std::vector<uchar> buffer;
    if (!cv::imencode(ext, bgr, buffer, params))
        return {};
    return QByteArray(reinterpret_cast<const char *>(buffer.data()), qsizetype(buffer.size()));
}

cv::Mat noise(int width, int height, int type, int seed = 1)
{
    cv::Mat m(height, width, type);
    cv::RNG rng(seed);
    rng.fill(m, cv::RNG::UNIFORM, 0, CV_MAT_DEPTH(type) == CV_16U ? 65536 : 256);
    return m;
}

QByteArray pseudoRandomBytes(int count, bool avoidFF = false)
{
    QByteArray bytes(count, '\0');
    cv::RNG rng(42);
    for (char &c : bytes) {
        c = char(rng.uniform(0, 256));
        if (avoidFF && uchar(c) == 0xFF)
            c = 0x7F;
    }
    return bytes;
}

// PNG by hand, for what neither OpenCV nor QImage writes (grey+alpha) and
// for headers that lie about the size.
quint32 crc32(const QByteArray &data)
{
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : data) {
        c ^= uchar(byte);
        for (int k = 0; k < 8; ++k)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return ~c;
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    const QByteArray typed = QByteArray(type, 4) + data;
    return be32(quint32(data.size())) + typed + be32(crc32(typed));
}

QByteArray pngSignatureAndHeader(quint32 width, quint32 height, int bitDepth, int colourType)
{
    QByteArray ihdr = be32(width) + be32(height);
    ihdr += char(bitDepth);
    ihdr += char(colourType);
    ihdr += QByteArray(3, '\0');  // compression, filter, interlace
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + pngChunk("IHDR", ihdr);
}

// `samples` holds the pixels row after row, big-endian for 16 bits.
QByteArray makePng(int width, int height, int bitDepth, int colourType, const QByteArray &samples)
{
    const qsizetype rowBytes = samples.size() / height;
    QByteArray filtered;
    for (int y = 0; y < height; ++y)
        filtered += '\0' + samples.mid(y * rowBytes, rowBytes);  // filter type "none"
    const QByteArray zlib = qCompress(filtered).mid(4);  // Qt prefixes the length
    return pngSignatureAndHeader(width, height, bitDepth, colourType) + pngChunk("IDAT", zlib)
           + pngChunk("IEND", {});
}

// Position of the first JPEG marker `marker` before the first scan, walking
// segments by their lengths; -1 if absent.
qsizetype jpegMarker(const QByteArray &jpeg, uchar marker)
{
    qsizetype pos = 2;
    while (pos + 4 <= jpeg.size() && uchar(jpeg[pos]) == 0xFF) {
        const uchar m = uchar(jpeg[pos + 1]);
        if (m == marker)
            return pos;
        if (m == 0xDA)
            return -1;
        pos += 2 + qFromBigEndian<quint16>(jpeg.constData() + pos + 2);
    }
    return -1;
}

// A minimal APP1 Exif segment: big-endian TIFF header, IFD0 with the
// orientation tag only. `extra` is appended inside the segment (e.g. a
// thumbnail whose markers must not confuse the loader).
QByteArray exifSegment(int orientation, const QByteArray &extra = {})
{
    QByteArray tiff("MM\0\x2A\0\0\0\x08", 8);
    tiff += be16(1);                                                         // entries
    tiff += be16(0x0112) + be16(3) + be32(1) + be16(quint16(orientation)) + be16(0);  // SHORT
    tiff += be32(0);                                                         // no IFD1
    tiff += extra;
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    return QByteArray("\xFF\xE1", 2) + be16(quint16(payload.size() + 2)) + payload;
}

// Puts `segment` after the JFIF APP0 segment that libjpeg writes first.
QByteArray withSegment(const QByteArray &jpeg, const QByteArray &segment)
{
    const qsizetype app0 = jpegMarker(jpeg, 0xE0);
    const qsizetype after = app0 < 0 ? 2 : app0 + 2 + qFromBigEndian<quint16>(jpeg.constData() + app0 + 2);
    return jpeg.left(after) + segment + jpeg.mid(after);
}

QByteArray tiffHeaderOnly(quint32 width, quint32 height)
{
    QByteArray tiff("II*\0", 4);
    tiff += le32(8);
    tiff += le16(2);
    tiff += le16(256) + le16(4) + le32(1) + le32(width);
    tiff += le16(257) + le16(4) + le32(1) + le32(height);
    tiff += le32(0);
    return tiff;
}

// Uncompressed 8-bit grey+alpha TIFF (OpenCV does not write one).
QByteArray tiffGreyAlpha(quint16 width, quint16 height, const QByteArray &samples)
{
    const auto entry = [](quint16 tag, quint16 type, quint32 count, QByteArray value) {
        return le16(tag) + le16(type) + le32(count) + value.leftJustified(4, '\0');
    };
    constexpr quint16 kShort = 3, kLong = 4;
    constexpr int kEntries = 10;
    const quint32 dataOffset = 8 + 2 + kEntries * 12 + 4;
    QByteArray tiff = QByteArray("II*\0", 4) + le32(8) + le16(kEntries);
    tiff += entry(256, kShort, 1, le16(width));
    tiff += entry(257, kShort, 1, le16(height));
    tiff += entry(258, kShort, 2, le16(8) + le16(8));                // bits per sample
    tiff += entry(259, kShort, 1, le16(1));                          // no compression
    tiff += entry(262, kShort, 1, le16(1));                          // black is zero
    tiff += entry(273, kLong, 1, le32(dataOffset));                  // strip offset
    tiff += entry(277, kShort, 1, le16(2));                          // samples per pixel
    tiff += entry(278, kShort, 1, le16(height));                     // rows per strip
    tiff += entry(279, kLong, 1, le32(quint32(samples.size())));     // strip bytes
    tiff += entry(338, kShort, 1, le16(2));                          // extra sample: alpha
    tiff += le32(0);
    return tiff + samples;
}

QByteArray webpHeaderOnly(quint32 width, quint32 height)
{
    QByteArray vp8x = QByteArray(4, '\0') + le32(width - 1).left(3) + le32(height - 1).left(3);
    QByteArray riff = QByteArray("WEBP") + "VP8X" + le32(quint32(vp8x.size())) + vp8x;
    return QByteArray("RIFF") + le32(quint32(riff.size())) + riff;
}

cv::Vec3b rgbAt(const Image &image, int x, int y) { return image.rgb.at<cv::Vec3b>(y, x); }

QString describe(const cv::Vec3b &p) { return QStringLiteral("(%1,%2,%3)").arg(p[0]).arg(p[1]).arg(p[2]); }

// True when two colours are within `tolerance` per channel (JPEG is lossy).
bool near(const cv::Vec3b &a, const cv::Vec3b &b, int tolerance)
{
    for (int c = 0; c < 3; ++c)
        if (std::abs(int(a[c]) - int(b[c])) > tolerance)
            return false;
    return true;
}

} // namespace

// The load must fail, and the message must name the file and the problem.
#define VERIFY_FAILS_WITH(result, ...)                                                                        \
    do {                                                                                                      \
        const auto &r_ = (result);                                                                            \
        QVERIFY2(!r_.ok(), "loaded although it should have failed");                                          \
        for (const QString &word_ : QStringList{__VA_ARGS__})                                                 \
            QVERIFY2(r_.error().contains(word_),                                                              \
                     qPrintable(QStringLiteral("\"%1\" missing in: %2").arg(word_, r_.error())));             \
    } while (0)

#define VERIFY_LOADED(result) QVERIFY2((result).ok(), qPrintable((result).error()))

class TestImageLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ImageLoader m_loader;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!iqa::test::writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // ---- good input ----

    void rgbOrderIsRgb()
    {
        cv::Mat bgr(1, 3, CV_8UC3);
        bgr.at<cv::Vec3b>(0, 0) = {0, 0, 255};  // red, in OpenCV's BGR order
        bgr.at<cv::Vec3b>(0, 1) = {0, 255, 0};
        bgr.at<cv::Vec3b>(0, 2) = {255, 0, 0};
        const QString path = write("rgb.png", encode(bgr, ".png"));
        const auto image = m_loader.load(path);
        VERIFY_LOADED(image);
        QCOMPARE(image->rgb.type(), CV_8UC3);
        QCOMPARE(rgbAt(*image, 0, 0), cv::Vec3b(255, 0, 0));
        QCOMPARE(rgbAt(*image, 1, 0), cv::Vec3b(0, 255, 0));
        QCOMPARE(rgbAt(*image, 2, 0), cv::Vec3b(0, 0, 255));
        QCOMPARE(image->bitDepth, 8);
        QCOMPARE(image->sourceChannels, 3);
        QCOMPARE(image->path, path);
        QVERIFY2(image->notes.isEmpty(), qPrintable(image->notes.join("; ")));
    }

    void losslessFormatsRoundTrip_data()
    {
        QTest::addColumn<QString>("ext");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("bitDepth");
        QTest::newRow("png 8-bit rgb") << ".png" << int(CV_8UC3) << 8;
        QTest::newRow("png 16-bit rgb") << ".png" << int(CV_16UC3) << 16;
        QTest::newRow("png 8-bit grey") << ".png" << int(CV_8UC1) << 8;
        QTest::newRow("png 16-bit grey") << ".png" << int(CV_16UC1) << 16;
        QTest::newRow("tiff 8-bit rgb") << ".tiff" << int(CV_8UC3) << 8;
        QTest::newRow("tiff 16-bit rgb") << ".tiff" << int(CV_16UC3) << 16;
        QTest::newRow("tiff 16-bit grey") << ".tiff" << int(CV_16UC1) << 16;
        QTest::newRow("bmp") << ".bmp" << int(CV_8UC3) << 8;
        QTest::newRow("ppm") << ".ppm" << int(CV_8UC3) << 8;
        QTest::newRow("pgm 16-bit") << ".pgm" << int(CV_16UC1) << 16;
        QTest::newRow("webp lossless") << ".webp" << int(CV_8UC3) << 8;
    }

    void losslessFormatsRoundTrip()
    {
        QFETCH(QString, ext);
        QFETCH(int, type);
        QFETCH(int, bitDepth);
        const cv::Mat source = noise(37, 23, type);
        std::vector<int> params;
        if (ext == ".webp")
            params = {cv::IMWRITE_WEBP_QUALITY, 101};  // above 100: lossless
        const QByteArray bytes = encode(source, qPrintable(ext), params);
        QVERIFY(!bytes.isEmpty());
        const auto image = m_loader.load(write("roundtrip" + ext, bytes));
        VERIFY_LOADED(image);
        cv::Mat expected;
        cv::cvtColor(source, expected, source.channels() == 1 ? cv::COLOR_GRAY2RGB : cv::COLOR_BGR2RGB);
        QCOMPARE(image->rgb.type(), expected.type());
        QCOMPARE(image->bitDepth, bitDepth);
        QCOMPARE(image->sourceChannels, source.channels());
        QCOMPARE(cv::norm(image->rgb, expected, cv::NORM_INF), 0.0);
    }

    void sixteenBitValuesArePreserved()
    {
        const cv::Mat bgr(2, 2, CV_16UC3, cv::Scalar(65535, 30000, 1000));
        const auto image = m_loader.load(write("deep.png", encode(bgr, ".png")));
        VERIFY_LOADED(image);
        QCOMPARE(image->rgb.type(), CV_16UC3);
        QCOMPARE(image->bitDepth, 16);
        QCOMPARE(image->maxValue(), 65535.0);
        QCOMPARE(image->rgb.at<cv::Vec3w>(1, 1), cv::Vec3w(1000, 30000, 65535));
    }

    void greyIsExpandedToThreeEqualChannels()
    {
        const cv::Mat grey(3, 4, CV_8UC1, cv::Scalar(77));
        const auto image = m_loader.load(write("grey.png", encode(grey, ".png")));
        VERIFY_LOADED(image);
        QCOMPARE(image->sourceChannels, 1);
        QCOMPARE(image->rgb.type(), CV_8UC3);
        QCOMPARE(rgbAt(*image, 3, 2), cv::Vec3b(77, 77, 77));
    }

    void rgbaDropsAlphaWithNote()
    {
        cv::Mat bgra(2, 2, CV_8UC4, cv::Scalar(30, 20, 10, 255));
        bgra.at<cv::Vec4b>(0, 0) = {30, 20, 10, 0};  // fully transparent: colour kept, not black
        const auto image = m_loader.load(write("rgba.png", encode(bgra, ".png")));
        VERIFY_LOADED(image);
        QCOMPARE(image->sourceChannels, 4);
        QCOMPARE(image->rgb.type(), CV_8UC3);
        QCOMPARE(rgbAt(*image, 0, 0), cv::Vec3b(10, 20, 30));
        QCOMPARE(rgbAt(*image, 1, 1), cv::Vec3b(10, 20, 30));
        QVERIFY2(image->notes.join(' ').contains("alpha"), qPrintable(image->notes.join("; ")));
    }

    void greyAlphaPngDropsAlphaWithNote_data()
    {
        QTest::addColumn<int>("bitDepth");
        QTest::newRow("8-bit") << 8;
        QTest::newRow("16-bit") << 16;
    }

    void greyAlphaPngDropsAlphaWithNote()
    {
        QFETCH(int, bitDepth);
        // 2 x 1 pixels: grey 200 opaque, grey 50 transparent (16-bit: x 257).
        const int scale = bitDepth == 16 ? 257 : 1;
        QByteArray samples;
        for (const int value : {200 * scale, 255 * scale, 50 * scale, 0}) {
            if (bitDepth == 16)
                samples += be16(quint16(value));
            else
                samples += char(value);
        }
        const auto image = m_loader.load(write(QString("grey-alpha-%1.png").arg(bitDepth), makePng(2, 1, bitDepth, 4, samples)));
        VERIFY_LOADED(image);
        QCOMPARE(image->sourceChannels, 2);
        QCOMPARE(image->bitDepth, bitDepth);
        QCOMPARE(image->width(), 2);
        if (bitDepth == 16) {
            QCOMPARE(image->rgb.at<cv::Vec3w>(0, 0), cv::Vec3w(200 * 257, 200 * 257, 200 * 257));
            QCOMPARE(image->rgb.at<cv::Vec3w>(0, 1), cv::Vec3w(50 * 257, 50 * 257, 50 * 257));
        } else {
            QCOMPARE(rgbAt(*image, 0, 0), cv::Vec3b(200, 200, 200));
            QCOMPARE(rgbAt(*image, 1, 0), cv::Vec3b(50, 50, 50));
        }
        QVERIFY2(image->notes.join(' ').contains("alpha"), qPrintable(image->notes.join("; ")));
    }

    void greyAlphaTiffAndPamDropAlphaWithNote_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray samples("\xC8\xFF\x32\x00", 4);  // grey 200 opaque, grey 50 transparent
        QTest::newRow("tiff") << "grey-alpha.tif" << tiffGreyAlpha(2, 1, samples);
        QTest::newRow("pam") << "grey-alpha.pam"
                             << QByteArray("P7\nWIDTH 2\nHEIGHT 1\nDEPTH 2\nMAXVAL 255\n"
                                           "TUPLTYPE GRAYSCALE_ALPHA\nENDHDR\n") + samples;
    }

    void greyAlphaTiffAndPamDropAlphaWithNote()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        const auto image = m_loader.load(write(name, bytes));
        VERIFY_LOADED(image);
        QCOMPARE(image->sourceChannels, 2);
        QCOMPARE(rgbAt(*image, 0, 0), cv::Vec3b(200, 200, 200));
        QCOMPARE(rgbAt(*image, 1, 0), cv::Vec3b(50, 50, 50));
        QVERIFY2(image->notes.join(' ').contains("alpha"), qPrintable(image->notes.join("; ")));
    }

    void jpegColoursComeOutInRgbOrder()
    {
        const cv::Mat bgr(16, 16, CV_8UC3, cv::Scalar(0, 0, 255));
        const auto image = m_loader.load(write("red.jpg", encode(bgr, ".jpg", {cv::IMWRITE_JPEG_QUALITY, 100})));
        VERIFY_LOADED(image);
        QVERIFY2(near(rgbAt(*image, 8, 8), {255, 0, 0}, 3), qPrintable(describe(rgbAt(*image, 8, 8))));
        QVERIFY(image->notes.isEmpty());
    }

    void exifOrientation6RotatesClockwise()
    {
        // Stored 64 wide x 48 high, red square in the stored top-left corner.
        cv::Mat bgr(48, 64, CV_8UC3, cv::Scalar(255, 255, 255));
        bgr(cv::Rect(0, 0, 16, 16)).setTo(cv::Scalar(0, 0, 255));
        const QByteArray jpeg = withSegment(encode(bgr, ".jpg", {cv::IMWRITE_JPEG_QUALITY, 95}), exifSegment(6));
        const auto image = m_loader.load(write("portrait.jpg", jpeg));
        VERIFY_LOADED(image);
        // Displayed upright: 48 wide x 64 high, the red corner now top-right.
        QCOMPARE(image->width(), 48);
        QCOMPARE(image->height(), 64);
        QVERIFY2(near(rgbAt(*image, 40, 8), {255, 0, 0}, 30), qPrintable(describe(rgbAt(*image, 40, 8))));
        QVERIFY2(near(rgbAt(*image, 8, 8), {255, 255, 255}, 30), qPrintable(describe(rgbAt(*image, 8, 8))));
        QVERIFY2(near(rgbAt(*image, 8, 56), {255, 255, 255}, 30), qPrintable(describe(rgbAt(*image, 8, 56))));
        QVERIFY2(image->notes.join(' ').contains("orientation tag 6"), qPrintable(image->notes.join("; ")));
    }

    void exifOrientationsMatchOpenCv_data()
    {
        QTest::addColumn<int>("orientation");
        for (int o = 1; o <= 8; ++o)
            QTest::newRow(qPrintable(QString("orientation %1").arg(o))) << o;
    }

    void exifOrientationsMatchOpenCv()
    {
        // cv::imdecode with IMREAD_COLOR applies EXIF orientation itself: an
        // independent oracle for all eight cases.
        QFETCH(int, orientation);
        cv::Mat bgr = noise(40, 24, CV_8UC3, orientation);
        const QByteArray jpeg = withSegment(encode(bgr, ".jpg"), exifSegment(orientation));
        const auto image = m_loader.load(write(QString("orientation-%1.jpg").arg(orientation), jpeg));
        VERIFY_LOADED(image);
        const cv::Mat opencv = cv::imdecode(cv::Mat(1, int(jpeg.size()), CV_8UC1, const_cast<char *>(jpeg.constData())),
                                            cv::IMREAD_COLOR);
        cv::Mat expected;
        cv::cvtColor(opencv, expected, cv::COLOR_BGR2RGB);
        QCOMPARE(image->width(), expected.cols);
        QCOMPARE(image->height(), expected.rows);
        QCOMPARE(image->width(), orientation >= 5 ? 24 : 40);
        QCOMPARE(cv::norm(image->rgb, expected, cv::NORM_INF), 0.0);
        QCOMPARE(image->notes.join(' ').contains("orientation"), orientation != 1);
    }

    void orientationCanBeIgnored()
    {
        const QByteArray jpeg = withSegment(encode(noise(40, 24, CV_8UC3), ".jpg"), exifSegment(6));
        ImageLoader::Options options;
        options.applyOrientation = false;
        const auto image = ImageLoader(options).load(write("ignored.jpg", jpeg));
        VERIFY_LOADED(image);
        QCOMPARE(image->width(), 40);
        QVERIFY(image->notes.isEmpty());
    }

    void nonAsciiPathWithSpacesAndParentheses()
    {
        const cv::Mat bgr(8, 8, CV_8UC3, cv::Scalar(0, 255, 0));
        const QString path = write(QString::fromUtf8("Bilder – Übersicht/Ärger (1).JPG"),
                                   encode(bgr, ".jpg", {cv::IMWRITE_JPEG_QUALITY, 100}));
        const auto image = m_loader.load(path);
        VERIFY_LOADED(image);
        QCOMPARE(image->path, path);
        QVERIFY2(near(rgbAt(*image, 4, 4), {0, 255, 0}, 3), qPrintable(describe(rgbAt(*image, 4, 4))));
    }

    void upperCaseExtension()
    {
        const auto image = m_loader.load(write("SCAN.TIFF", encode(cv::Mat(5, 7, CV_16UC3, cv::Scalar(1, 2, 3)), ".tiff")));
        VERIFY_LOADED(image);
        QCOMPARE(image->rgb.at<cv::Vec3w>(4, 6), cv::Vec3w(3, 2, 1));
    }

    void decodeFromMemoryUsesTheGivenName()
    {
        const auto image = m_loader.decode(encode(cv::Mat(4, 4, CV_8UC3, cv::Scalar::all(9)), ".png"), "clipboard");
        VERIFY_LOADED(image);
        QVERIFY(image->path.isEmpty());
        VERIFY_FAILS_WITH(m_loader.decode("just text", "clipboard"), "clipboard", "supported");
    }

    void jpegWithDataAfterTheEndLoads()
    {
        // Motion photos and some cameras append data after the end marker;
        // a scan marker in it must not read as truncation.
        const QByteArray jpeg = encode(noise(32, 32, CV_8UC3), ".jpg") + QByteArray("\xFF\xDA\0\x08trailer", 11)
                                + pseudoRandomBytes(500);
        VERIFY_LOADED(m_loader.load(write("trailer.jpg", jpeg)));
    }

    void sharedBiqImagesLoad()
    {
        const QString images = iqa::test::sharedData() + "/biq2021/images/";
        if (!QFileInfo::exists(images))
            QFAIL("shared BIQ2021 data not present");
        const auto plain = m_loader.load(images + "ss01 (1).jpg");
        VERIFY_LOADED(plain);
        QCOMPARE(plain->width(), 512);
        QCOMPARE(plain->height(), 512);
        QCOMPARE(plain->bitDepth, 8);
        QVERIFY(cv::mean(plain->rgb)[0] > 1.0);  // not a black image
        // One of the 99 BIQ2021 photos tagged "rotate 90 CW".
        const auto rotated = m_loader.load(images + "ss01 (131).jpg");
        VERIFY_LOADED(rotated);
        QVERIFY2(rotated->notes.join(' ').contains("orientation tag 6"), qPrintable(rotated->notes.join("; ")));
    }

    void floatAndLumaConversions()
    {
        Image eight;
        eight.bitDepth = 8;
        eight.rgb = cv::Mat(1, 2, CV_8UC3);
        eight.rgb.at<cv::Vec3b>(0, 0) = {255, 0, 0};
        eight.rgb.at<cv::Vec3b>(0, 1) = {10, 200, 40};
        const cv::Mat f = iqa::toFloatRgb(eight);
        QCOMPARE(f.type(), CV_32FC3);
        QCOMPARE(f.at<cv::Vec3f>(0, 0), cv::Vec3f(1.f, 0.f, 0.f));
        QCOMPARE(f.at<cv::Vec3f>(0, 1)[1], 200.f / 255.f);
        const cv::Mat y = iqa::toLuma255(eight);
        QCOMPARE(y.type(), CV_64FC1);
        QVERIFY(qFuzzyCompare(y.at<double>(0, 0), 0.299 * 255));
        QVERIFY(qFuzzyCompare(y.at<double>(0, 1), 0.299 * 10 + 0.587 * 200 + 0.114 * 40));

        // 16 bits: 257 * v is v on the 0..255 scale.
        Image sixteen;
        sixteen.bitDepth = 16;
        sixteen.rgb = cv::Mat(1, 1, CV_16UC3, cv::Scalar(10 * 257, 200 * 257, 40 * 257));
        QVERIFY(qFuzzyCompare(iqa::toLuma255(sixteen).at<double>(0, 0), 0.299 * 10 + 0.587 * 200 + 0.114 * 40));
        QCOMPARE(iqa::toFloatRgb(sixteen).at<cv::Vec3f>(0, 0)[0], float(10 * 257) / 65535.f);
    }

    // ---- bad input: a message that names the file and the problem ----

    void emptyPath() { VERIFY_FAILS_WITH(m_loader.load(QString()), "No image file"); }

    void missingFile()
    {
        const QString path = m_dir.filePath("nowhere 100%1 (2).png");  // %1 must not be substituted
        VERIFY_FAILS_WITH(m_loader.load(path), path, "does not exist");
    }

    void folder()
    {
        const QString path = m_dir.filePath("a folder.png");
        QVERIFY(QDir().mkpath(path));
        VERIFY_FAILS_WITH(m_loader.load(path), path, "folder");
    }

    void readErrorIsReported()
    {
#ifdef Q_OS_LINUX
        // Opens fine, fails on read (EIO) even for root.
        VERIFY_FAILS_WITH(m_loader.load("/proc/self/mem"), "/proc/self/mem", "Cannot read");
#else
        QSKIP("needs /proc");
#endif
    }

    void emptyFile() { VERIFY_FAILS_WITH(m_loader.load(write("empty.jpg", {})), "empty.jpg", "empty", "0 bytes"); }

    void truncatedJpeg()
    {
        const QByteArray jpeg = encode(noise(200, 150, CV_8UC3), ".jpg");
        const qsizetype cut = jpeg.size() * 6 / 10;
        QVERIFY(cut > jpegMarker(jpeg, 0xDA));  // inside the scan, where libjpeg only warns
        const QString path = write("cut off.jpg", jpeg.left(cut));
        VERIFY_FAILS_WITH(m_loader.load(path), path, "truncated", "JPEG");
    }

    void truncatedJpegWithExifThumbnail()
    {
        // The thumbnail inside APP1 brings its own scan and end markers.
        const QByteArray thumbnail = encode(noise(16, 16, CV_8UC3, 7), ".jpg");
        const QByteArray jpeg = withSegment(encode(noise(200, 150, CV_8UC3), ".jpg"), exifSegment(1, thumbnail));
        VERIFY_LOADED(m_loader.load(write("thumbnail complete.jpg", jpeg)));
        const QString path = write("thumbnail cut.jpg", jpeg.left(jpeg.size() * 7 / 10));
        VERIFY_FAILS_WITH(m_loader.load(path), path, "truncated");
    }

    void truncatedPng()
    {
        const QByteArray png = encode(noise(200, 150, CV_8UC3), ".png");
        const QString path = write("cut off.png", png.left(png.size() / 2));
        VERIFY_FAILS_WITH(m_loader.load(path), path, "truncated", "PNG");
    }

    void randomBytes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem");
        QTest::newRow("named .jpg") << "noise.jpg" << "corrupt or not really a JPEG file";
        QTest::newRow("named .png") << "noise.png" << "corrupt or not really a PNG file";
        QTest::newRow("no image name") << "noise.bin" << "not in a supported image format";
    }

    void randomBytes()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        VERIFY_FAILS_WITH(m_loader.load(write(name, pseudoRandomBytes(4096))), name, problem);
    }

    void validHeaderThenGarbage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray png = encode(noise(64, 64, CV_8UC3), ".png");
        // Signature and IHDR intact, garbage, then a proper IEND.
        QTest::newRow("png") << "garbage.png" << png.left(33) + pseudoRandomBytes(3000) + png.right(12);
        // SOI and JFIF APP0 intact, garbage without markers, then EOI.
        const QByteArray jpeg = encode(noise(64, 64, CV_8UC3), ".jpg");
        QTest::newRow("jpeg") << "garbage.jpg" << jpeg.left(20) + pseudoRandomBytes(3000, true) + QByteArray("\xFF\xD9");
        QTest::newRow("tiff") << "garbage.tif" << QByteArray("II*\0", 4) + pseudoRandomBytes(3000);
    }

    void validHeaderThenGarbage()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        VERIFY_FAILS_WITH(m_loader.load(write(name, bytes)), name, "corrupt");
    }

    void unsupportedFormats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("text") << "notes.txt" << QByteArray("image,mos\na.png,3.5\n") << "not in a supported image format";
        QTest::newRow("pdf") << "paper.pdf" << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n") << "holds PDF data";
        QTest::newRow("gif") << "anim.gif" << QByteArray("GIF89a\x02\0\x02\0\0\0\0;", 13) << "holds GIF data";
        QTest::newRow("exr") << "scene.exr" << QByteArray("\x76\x2F\x31\x01\x02\0\0\0", 8) << "holds OpenEXR data";
    }

    void unsupportedFormats()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        VERIFY_FAILS_WITH(m_loader.load(write(name, bytes)), name, problem, "supported");
    }

    void floatTiffIsRefused()
    {
        const QByteArray tiff = encode(cv::Mat(4, 4, CV_32FC3, cv::Scalar(0.5, 0.25, 2.0)), ".tiff");
        QVERIFY(!tiff.isEmpty());
        VERIFY_FAILS_WITH(m_loader.load(write("linear.tiff", tiff)), "linear.tiff", "32-bit floating-point",
                          "8- and 16-bit");
    }

    void tooLargeIsRefusedFromTheHeader_data()
    {
        // Headers that promise more pixels than the data holds: decoding
        // them would allocate the full raster and then fail as "corrupt",
        // so the size message proves the header was checked first.
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("size");

        QByteArray jpeg = encode(noise(64, 48, CV_8UC3), ".jpg");
        const qsizetype sof = jpegMarker(jpeg, 0xC0);
        QVERIFY(sof > 0);
        jpeg.replace(sof + 5, 4, be16(20000) + be16(20000));
        QTest::newRow("jpeg") << "huge.jpg" << jpeg << "20000 x 20000 pixels (400.0 MP)";

        const QByteArray png = pngSignatureAndHeader(20000, 20000, 8, 2) + pngChunk("IDAT", QByteArray(16, 'x'))
                               + pngChunk("IEND", {});
        QTest::newRow("png") << "huge.png" << png << "20000 x 20000 pixels (400.0 MP)";
        QTest::newRow("tiff") << "huge.tif" << tiffHeaderOnly(20000, 20000) << "20000 x 20000 pixels (400.0 MP)";
        // 1.6e19 pixels: more than a qint64 product can hold.
        QTest::newRow("tiff 2^32") << "absurd.tif" << tiffHeaderOnly(4000000000u, 4000000000u)
                                   << "4000000000 x 4000000000 pixels";
        QTest::newRow("webp") << "huge.webp" << webpHeaderOnly(16000, 16000) << "16000 x 16000 pixels (256.0 MP)";
    }

    void tooLargeIsRefusedFromTheHeader()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, size);
        VERIFY_FAILS_WITH(m_loader.load(write(name, bytes)), name, size, "above the limit of 150.0 MP");
    }

    void pixelLimitIsConfigurable()
    {
        const QString path = write("small.png", encode(noise(120, 80, CV_8UC3), ".png"));
        ImageLoader::Options options;
        options.maxPixels = 5000;
        VERIFY_FAILS_WITH(ImageLoader(options).load(path), path, "120 x 80 pixels", "limit of 0.005 MP");
        options.maxPixels = 120 * 80;
        VERIFY_LOADED(ImageLoader(options).load(path));
    }
};

QTEST_GUILESS_MAIN(TestImageLoader)
#include "test_image_loader.moc"
