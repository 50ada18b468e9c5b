#include "image/ImageLoader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QtEndian>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <climits>
#include <cstring>
#include <new>

namespace iqa {

namespace {

// OpenCV's imdecode() answers "unknown format" and "corrupt data" alike with
// an empty Mat. To tell the user which, and to run the checks libjpeg and
// OpenCV leave out, we recognise the formats by their signatures ourselves.
enum class Container { Jpeg, Png, Tiff, WebP, Other };

template <size_t N>
bool hasMagic(const QByteArray &bytes, const char (&magic)[N], qsizetype offset = 0)
{
    constexpr qsizetype length = N - 1;  // without the literal's terminating NUL
    return bytes.size() >= offset + length && std::memcmp(bytes.constData() + offset, magic, length) == 0;
}

struct Format
{
    const char *name;         // what messages call it
    Container container;
    const char *qtReader;     // QImageReader format that reads its header, or nullptr
    bool readable;            // false: recognised only to name it in the refusal
    QStringList extensions;
    bool (*matches)(const QByteArray &);
};

const Format kFormats[] = {
    {"JPEG", Container::Jpeg, "jpeg", true, {"jpg", "jpeg", "jpe", "jfif"},
     [](const QByteArray &b) { return hasMagic(b, "\xFF\xD8\xFF"); }},
    {"PNG", Container::Png, "png", true, {"png"},
     [](const QByteArray &b) { return hasMagic(b, "\x89PNG\r\n\x1A\n"); }},
    {"TIFF", Container::Tiff, nullptr, true, {"tif", "tiff"},
     [](const QByteArray &b) {
         return hasMagic(b, "II*\0") || hasMagic(b, "MM\0*") || hasMagic(b, "II+\0") || hasMagic(b, "MM\0+");
     }},
    {"WebP", Container::WebP, nullptr, true, {"webp"},
     [](const QByteArray &b) { return hasMagic(b, "RIFF") && hasMagic(b, "WEBP", 8); }},
    {"BMP", Container::Other, "bmp", true, {"bmp", "dib"},
     [](const QByteArray &b) { return hasMagic(b, "BM"); }},
    {"PNM", Container::Other, "ppm", true, {"pbm", "pgm", "ppm", "pnm", "pam"},
     [](const QByteArray &b) { return b.size() > 2 && b[0] == 'P' && b[1] >= '1' && b[1] <= '7'; }},
    {"JPEG 2000", Container::Other, nullptr, true, {"jp2", "j2k", "j2c", "jpf"},
     [](const QByteArray &b) { return hasMagic(b, "\0\0\0\x0CjP  \r\n\x87\n") || hasMagic(b, "\xFF\x4F\xFF\x51"); }},
    // Floating-point (HDR) formats hold scene light, not display values;
    // OpenCV also leaves OpenEXR switched off unless an environment variable
    // is set. Named here so the refusal says what the file is.
    {"OpenEXR", Container::Other, nullptr, false, {"exr"},
     [](const QByteArray &b) { return hasMagic(b, "\x76\x2F\x31\x01"); }},
    {"Radiance HDR", Container::Other, nullptr, false, {"hdr", "pic"},
     [](const QByteArray &b) { return hasMagic(b, "#?RADIANCE") || hasMagic(b, "#?RGBE"); }},
    {"PFM", Container::Other, nullptr, false, {"pfm"},
     [](const QByteArray &b) { return hasMagic(b, "PF\n") || hasMagic(b, "Pf\n"); }},
    {"GIF", Container::Other, nullptr, false, {"gif"},
     [](const QByteArray &b) { return hasMagic(b, "GIF8"); }},
    {"HEIF/AVIF", Container::Other, nullptr, false, {"heic", "heif", "avif"},
     [](const QByteArray &b) {
         return hasMagic(b, "ftyp", 4)
                && (hasMagic(b, "heic", 8) || hasMagic(b, "heix", 8) || hasMagic(b, "mif1", 8) || hasMagic(b, "avif", 8));
     }},
    {"PDF", Container::Other, nullptr, false, {"pdf"},
     [](const QByteArray &b) { return hasMagic(b, "%PDF"); }},
    {"Photoshop", Container::Other, nullptr, false, {"psd"},
     [](const QByteArray &b) { return hasMagic(b, "8BPS"); }},
};

const char *const kReadableFormats = "JPEG, PNG, TIFF, WebP, BMP, PNM, JPEG 2000";

const Format *formatOfContent(const QByteArray &bytes)
{
    for (const Format &format : kFormats)
        if (format.matches(bytes))
            return &format;
    return nullptr;
}

const Format *readableFormatOfExtension(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    for (const Format &format : kFormats)
        if (format.readable && format.extensions.contains(suffix))
            return &format;
    return nullptr;
}

// What the header says, before any pixel is decoded.
struct Header
{
    qint64 width = 0;   // 0: the header could not tell
    qint64 height = 0;
    int orientation = 1;  // EXIF/TIFF orientation, 1 = as stored
    // What the file stores, where OpenCV's result does not tell: it expands
    // grey+alpha PNG to four channels and drops the alpha of TIFF.
    int channels = 0;     // 0: as decoded
    bool hasAlpha = false;
};

// Debian's Qt has no TIFF plugin, and OpenCV allocates the whole raster
// before it reads the first strip: read size, orientation and samples from
// the first IFD (classic TIFF only; BigTIFF is checked after decoding).
Header tiffHeader(const QByteArray &b)
{
    const bool little = hasMagic(b, "II");
    const auto read = [&](qint64 at, int size) -> quint32 {
        if (at < 0 || at + size > b.size())
            return 0;
        const uchar *p = reinterpret_cast<const uchar *>(b.constData() + at);
        if (size == 2)
            return little ? qFromLittleEndian<quint16>(p) : qFromBigEndian<quint16>(p);
        return little ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p);
    };
    Header header;
    if (read(2, 2) != 42)
        return header;
    const qint64 ifd = read(4, 4);
    const quint32 entries = read(ifd, 2);
    for (quint32 i = 0; i < entries; ++i) {
        const qint64 entry = ifd + 2 + 12 * qint64(i);
        const quint32 tag = read(entry, 2);
        const quint32 type = read(entry + 2, 2);  // 3 = SHORT, 4 = LONG
        const quint32 value = type == 3 ? read(entry + 8, 2) : read(entry + 8, 4);
        if (tag == 256)
            header.width = value;
        else if (tag == 257)
            header.height = value;
        else if (tag == 274)
            header.orientation = int(value);
        else if (tag == 277)
            header.channels = int(value);
        else if (tag == 338)  // ExtraSamples: alpha, associated or not
            header.hasAlpha = true;
    }
    return header;
}

// No WebP plugin in Debian's Qt either; WebP's three bitstream headers put
// the size at fixed places (RFC 9649, sections 2.5-2.7).
Header webpHeader(const QByteArray &b)
{
    const auto byte = [&](qsizetype at) -> quint32 { return at < b.size() ? uchar(b[at]) : 0; };
    const auto le = [&](qsizetype at, int size) {
        quint32 value = 0;
        for (int i = size - 1; i >= 0; --i)
            value = (value << 8) | byte(at + i);
        return value;
    };
    Header header;
    if (hasMagic(b, "VP8X", 12)) {
        header.width = 1 + le(24, 3);
        header.height = 1 + le(27, 3);
    } else if (hasMagic(b, "VP8L", 12)) {
        const quint32 bits = le(21, 4);
        header.width = 1 + (bits & 0x3FFF);
        header.height = 1 + ((bits >> 14) & 0x3FFF);
    } else if (hasMagic(b, "VP8 ", 12)) {
        header.width = le(26, 2) & 0x3FFF;
        header.height = le(28, 2) & 0x3FFF;
    }
    return header;
}

int exifOrientation(QImageIOHandler::Transformations transformation)
{
    // The inverse of the mapping in Qt's JPEG handler.
    switch (int(transformation)) {
    case QImageIOHandler::TransformationMirror: return 2;
    case QImageIOHandler::TransformationRotate180: return 3;
    case QImageIOHandler::TransformationFlip: return 4;
    case QImageIOHandler::TransformationFlipAndRotate90: return 5;
    case QImageIOHandler::TransformationRotate90: return 6;
    case QImageIOHandler::TransformationMirrorAndRotate90: return 7;
    case QImageIOHandler::TransformationRotate270: return 8;
    default: return 1;
    }
}

Header readHeader(const QByteArray &bytes, const Format *format)
{
    if (!format)
        return {};
    if (format->container == Container::Tiff)
        return tiffHeader(bytes);
    if (format->container == Container::WebP)
        return webpHeader(bytes);
    if (!format->qtReader)
        return {};
    // Qt reads only the header here (and, for JPEG, parses the EXIF block).
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format->qtReader);
    Header header;
    const QSize size = reader.size();
    if (size.isValid()) {
        header.width = size.width();
        header.height = size.height();
    }
    header.orientation = exifOrientation(reader.transformation());
    if (format->container == Container::Png) {
        // Colour type, in IHDR (always the first chunk, PNG spec 11.2.2).
        constexpr qsizetype colourTypeOffset = 8 + 4 + 4 + 9;  // signature, length, "IHDR", width..bit depth
        switch (bytes.size() > colourTypeOffset ? bytes[colourTypeOffset] : -1) {
        case 0: header.channels = 1; break;
        case 2: header.channels = 3; break;
        case 4: header.channels = 2; header.hasAlpha = true; break;
        case 6: header.channels = 4; header.hasAlpha = true; break;
        default: break;  // palette: as decoded
        }
    }
    return header;
}

// libjpeg fills the missing part of a truncated JPEG with grey and only
// prints a warning, so OpenCV returns a "good" image. A complete file has an
// end-of-image marker after its first scan; walking the segments by their
// lengths skips an EXIF thumbnail, whose own markers would fool a plain search.
bool jpegIsTruncated(const QByteArray &b)
{
    qsizetype pos = 2;  // after SOI
    while (pos + 3 < b.size()) {
        if (uchar(b[pos]) != 0xFF)
            return false;  // not a marker: a broken header, for libjpeg to reject
        const uchar marker = uchar(b[pos + 1]);
        if (marker == 0xFF) {  // fill byte
            ++pos;
            continue;
        }
        if (marker == 0xDA)  // start of scan
            return b.indexOf(QByteArrayView("\xFF\xD9", 2), pos) < 0;
        if (marker == 0xD9)
            return false;  // end before any scan: not truncation, libjpeg fails it
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {  // no length field
            pos += 2;
            continue;
        }
        pos += 2 + qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(b.constData() + pos + 2));
    }
    return true;  // the headers run past the end of the data
}

bool isTruncated(const QByteArray &bytes, const Format *format)
{
    if (!format)
        return false;
    if (format->container == Container::Jpeg)
        return jpegIsTruncated(bytes);
    if (format->container == Container::Png)
        return bytes.lastIndexOf(QByteArrayView("IEND")) < 0;
    return false;
}

QString megapixels(double pixels)
{
    const double mp = pixels / 1e6;
    return QString::number(mp, 'f', mp >= 1.0 ? 1 : 3);
}

QString depthName(int depth)
{
    switch (depth) {
    case CV_8S: return QCoreApplication::translate("ImageLoader", "signed 8-bit");
    case CV_16S: return QCoreApplication::translate("ImageLoader", "signed 16-bit");
    case CV_32S: return QCoreApplication::translate("ImageLoader", "32-bit integer");
    case CV_16F: return QCoreApplication::translate("ImageLoader", "16-bit floating-point");
    case CV_32F: return QCoreApplication::translate("ImageLoader", "32-bit floating-point");
    case CV_64F: return QCoreApplication::translate("ImageLoader", "64-bit floating-point");
    default: return QString::number(depth);
    }
}

QString orientationNote(int orientation)
{
    static const char *const changes[] = {
        "",
        "",
        QT_TRANSLATE_NOOP("ImageLoader", "mirrored"),
        QT_TRANSLATE_NOOP("ImageLoader", "rotated 180°"),
        QT_TRANSLATE_NOOP("ImageLoader", "flipped upside down"),
        QT_TRANSLATE_NOOP("ImageLoader", "mirrored and rotated 90° anticlockwise"),
        QT_TRANSLATE_NOOP("ImageLoader", "rotated 90° clockwise"),
        QT_TRANSLATE_NOOP("ImageLoader", "mirrored and rotated 90° clockwise"),
        QT_TRANSLATE_NOOP("ImageLoader", "rotated 90° anticlockwise"),
    };
    return QCoreApplication::translate("ImageLoader", "orientation tag %1 applied (%2)")
        .arg(QString::number(orientation), QCoreApplication::translate("ImageLoader", changes[orientation]));
}

// The EXIF/TIFF orientation values as OpenCV's imread applies them; we decode
// with IMREAD_UNCHANGED (to keep 16 bits and see alpha), which skips that.
cv::Mat oriented(const cv::Mat &m, int orientation)
{
    cv::Mat out;
    switch (orientation) {
    case 2: cv::flip(m, out, 1); break;
    case 3: cv::rotate(m, out, cv::ROTATE_180); break;
    case 4: cv::flip(m, out, 0); break;
    case 5: cv::transpose(m, out); break;
    case 6: cv::rotate(m, out, cv::ROTATE_90_CLOCKWISE); break;
    case 7:
        cv::transpose(m, out);
        cv::flip(out, out, -1);
        break;
    case 8: cv::rotate(m, out, cv::ROTATE_90_COUNTERCLOCKWISE); break;
    default: out = m; break;
    }
    return out;
}

Expected<Image> failure(const QString &message) { return Expected<Image>::failure(message); }

// In double: a TIFF header may claim 2^32 x 2^32 pixels.
bool exceeds(qint64 width, qint64 height, qint64 limit) { return double(width) * double(height) > double(limit); }

Expected<Image> fileTooLarge(const QString &name, qint64 bytes)
{
    // cv::imdecode takes an int-sized buffer.
    return failure(QCoreApplication::translate("ImageLoader", "%1 is too large to read (%2 bytes).")
                       .arg(name, QString::number(bytes)));
}

Expected<Image> tooLarge(const QString &name, qint64 width, qint64 height, qint64 limit)
{
    return failure(QCoreApplication::translate(
                       "ImageLoader",
                       "%1 is %2 x %3 pixels (%4 MP), above the limit of %5 MP.")
                       .arg(name, QString::number(width), QString::number(height),
                            megapixels(double(width) * double(height)), megapixels(double(limit))));
}

} // namespace

ImageLoader::ImageLoader() = default;

ImageLoader::ImageLoader(Options options) : m_options(options) {}

Expected<Image> ImageLoader::load(const QString &path) const
{
    if (path.isEmpty())
        return failure(QCoreApplication::translate("ImageLoader", "No image file was given."));
    const QFileInfo info(path);
    if (info.isDir())
        return failure(QCoreApplication::translate("ImageLoader", "Cannot open %1: it is a folder, not an image file.")
                           .arg(path));
    if (!info.exists())
        return failure(QCoreApplication::translate("ImageLoader", "Cannot open %1: the file does not exist.").arg(path));
    if (info.size() > INT_MAX)
        return fileTooLarge(path, info.size());

    // QFile, not cv::imread: OpenCV takes a narrow path, which breaks
    // non-ASCII names on Windows; Qt also reads resources (":/...").
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QCoreApplication::translate("ImageLoader", "Cannot read %1: %2.").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failure(QCoreApplication::translate("ImageLoader", "Cannot read %1: %2.").arg(path, file.errorString()));

    Expected<Image> image = decode(bytes, path);
    if (image)
        image->path = path;
    return image;
}

Expected<Image> ImageLoader::decode(const QByteArray &bytes, const QString &name) const
{
    if (bytes.isEmpty())
        return failure(QCoreApplication::translate("ImageLoader", "%1 is empty (0 bytes).").arg(name));
    if (bytes.size() > INT_MAX)
        return fileTooLarge(name, bytes.size());

    const Format *format = formatOfContent(bytes);
    if (format && !format->readable)
        return failure(QCoreApplication::translate("ImageLoader",
                                                   "%1 holds %2 data, which is not a supported image format "
                                                   "(IQA Studio reads %3).")
                           .arg(name, QString::fromLatin1(format->name), QString::fromLatin1(kReadableFormats)));

    const Header header = readHeader(bytes, format);
    if (exceeds(header.width, header.height, m_options.maxPixels))
        return tooLarge(name, header.width, header.height, m_options.maxPixels);

    cv::Mat decoded;
    try {
        const cv::Mat buffer(1, int(bytes.size()), CV_8UC1, const_cast<char *>(bytes.constData()));
        decoded = cv::imdecode(buffer, cv::IMREAD_UNCHANGED);
    } catch (const std::bad_alloc &) {
        return failure(QCoreApplication::translate("ImageLoader", "Not enough memory to decode %1.").arg(name));
    } catch (const cv::Exception &e) {
        if (e.code == cv::Error::StsNoMem)
            return failure(QCoreApplication::translate("ImageLoader", "Not enough memory to decode %1.").arg(name));
        // OpenCV's own size guard (1 gigapixel) and decoders' assertions:
        // reported below like any other data that does not decode.
    }

    const QString formatName = format ? QString::fromLatin1(format->name) : QString();
    const bool truncated = isTruncated(bytes, format);
    if (truncated)
        return failure(QCoreApplication::translate("ImageLoader",
                                                   "%1 is truncated: the %2 data ends before its end marker, "
                                                   "so the file was probably not copied or downloaded completely.")
                           .arg(name, formatName));
    if (decoded.empty()) {
        if (format)
            return failure(QCoreApplication::translate("ImageLoader", "%1 is corrupt: its %2 data cannot be decoded.")
                               .arg(name, formatName));
        if (const Format *claimed = readableFormatOfExtension(name))
            return failure(QCoreApplication::translate("ImageLoader",
                                                       "%1 is corrupt or not really a %2 file: "
                                                       "its content is not %2 data.")
                               .arg(name, QString::fromLatin1(claimed->name)));
        return failure(QCoreApplication::translate("ImageLoader",
                                                   "%1 is not in a supported image format (IQA Studio reads %2).")
                           .arg(name, QString::fromLatin1(kReadableFormats)));
    }

    if (exceeds(decoded.cols, decoded.rows, m_options.maxPixels))  // formats without a header check
        return tooLarge(name, decoded.cols, decoded.rows, m_options.maxPixels);
    if (decoded.depth() != CV_8U && decoded.depth() != CV_16U)
        return failure(QCoreApplication::translate("ImageLoader",
                                                   "%1 stores %2 samples, but IQA Studio reads 8- and 16-bit images "
                                                   "only. Convert it to a 16-bit PNG or TIFF first.")
                           .arg(name, depthName(decoded.depth())));

    Image image;
    image.bitDepth = decoded.depth() == CV_16U ? 16 : 8;
    image.sourceChannels = header.channels > 0 ? header.channels : decoded.channels();
    switch (decoded.channels()) {
    case 1:
        cv::cvtColor(decoded, image.rgb, cv::COLOR_GRAY2RGB);
        break;
    case 2: {  // grey + alpha (OpenCV's PAM decoder)
        cv::Mat grey;
        cv::extractChannel(decoded, grey, 0);
        cv::cvtColor(grey, image.rgb, cv::COLOR_GRAY2RGB);
        break;
    }
    case 3:
        cv::cvtColor(decoded, image.rgb, cv::COLOR_BGR2RGB);
        break;
    case 4:
        cv::cvtColor(decoded, image.rgb, cv::COLOR_BGRA2RGB);
        break;
    default:
        return failure(QCoreApplication::translate("ImageLoader",
                                                   "%1 has %2 channels, but IQA Studio reads grey, grey+alpha, "
                                                   "RGB and RGBA images only.")
                           .arg(name, QString::number(decoded.channels())));
    }
    if (header.hasAlpha || decoded.channels() == 2 || decoded.channels() == 4)
        image.notes << QCoreApplication::translate("ImageLoader", "alpha channel dropped");

    if (m_options.applyOrientation && header.orientation >= 2 && header.orientation <= 8) {
        image.rgb = oriented(image.rgb, header.orientation);
        image.notes << orientationNote(header.orientation);
    }
    return image;
}

} // namespace iqa
