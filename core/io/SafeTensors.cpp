#include "io/SafeTensors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSaveFile>
#include <QtEndian>
#include <QtNumeric>
#include <qfloat16.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace iqa {

namespace {

// The reference implementation (huggingface/safetensors) refuses headers
// above 100 MB; a larger length means a corrupt or foreign file.
constexpr quint64 kMaxHeaderBytes = 100'000'000;
const QString kMetadataKey = QStringLiteral("__metadata__");

QString shapeText(const QVector<qint64> &shape)
{
    QStringList dims;
    for (qint64 d : shape)
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QLatin1Char(',')) + QLatin1Char(']');
}

// product(shape) * elementSize, or -1 when it does not fit in 64 bits.
qint64 byteCount(const QVector<qint64> &shape, int elementSize)
{
    qint64 bytes = elementSize;
    for (qint64 d : shape) {
        if (__builtin_mul_overflow(bytes, d, &bytes))
            return -1;
    }
    return bytes;
}

// A JSON number that is a non-negative integer; -1 for a negative integer,
// -2 for anything else (fraction, string, too large).
qint64 jsonCount(const QJsonValue &v)
{
    if (!v.isDouble())
        return -2;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d)
        return -2;
    if (d < 0)
        return -1;
    const qint64 n = v.toInteger(-1);
    return n < 0 ? -2 : n;
}

} // namespace

QString tensorDTypeName(TensorDType type)
{
    switch (type) {
    case TensorDType::F64: return QStringLiteral("F64");
    case TensorDType::F32: return QStringLiteral("F32");
    case TensorDType::F16: return QStringLiteral("F16");
    case TensorDType::BF16: return QStringLiteral("BF16");
    case TensorDType::I64: return QStringLiteral("I64");
    case TensorDType::I32: return QStringLiteral("I32");
    case TensorDType::I16: return QStringLiteral("I16");
    case TensorDType::I8: return QStringLiteral("I8");
    case TensorDType::U8: return QStringLiteral("U8");
    case TensorDType::Bool: return QStringLiteral("BOOL");
    }
    return QString();
}

int tensorDTypeSize(TensorDType type)
{
    switch (type) {
    case TensorDType::F64:
    case TensorDType::I64: return 8;
    case TensorDType::F32:
    case TensorDType::I32: return 4;
    case TensorDType::F16:
    case TensorDType::BF16:
    case TensorDType::I16: return 2;
    case TensorDType::I8:
    case TensorDType::U8:
    case TensorDType::Bool: return 1;
    }
    return 0;
}

bool tensorDTypeFromName(const QString &name, TensorDType *type)
{
    static const TensorDType all[] = {TensorDType::F64, TensorDType::F32, TensorDType::F16, TensorDType::BF16,
                                      TensorDType::I64, TensorDType::I32, TensorDType::I16, TensorDType::I8,
                                      TensorDType::U8,  TensorDType::Bool};
    for (TensorDType t : all) {
        if (tensorDTypeName(t) == name) {
            if (type)
                *type = t;
            return true;
        }
    }
    return false;
}

qint64 TensorInfo::elementCount() const
{
    qint64 n = 1;
    for (qint64 d : shape)
        n *= d;
    return n;
}

// ---------------------------------------------------------------------------
// Reader

struct SafeTensorsFile::Private
{
    QString path;
    QFile file; // owns the mapping; must outlive every data() pointer
    const uchar *dataSection = nullptr;
    QMap<QString, TensorInfo> tensors;
    QMap<QString, QString> metadata;
};

Expected<SafeTensorsFile> SafeTensorsFile::open(const QString &path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &problem) {
        return Expected<SafeTensorsFile>::failure(QStringLiteral("%1: %2").arg(shownPath, problem));
    };

    auto p = std::make_shared<Private>();
    p->path = path;
    p->file.setFileName(path);
    if (!p->file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("SafeTensors", "cannot open: %1").arg(p->file.errorString()));

    const qint64 fileSize = p->file.size();
    if (fileSize < 8)
        return fail(QCoreApplication::translate(
                        "SafeTensors", "file has only %1 bytes; a safetensors file starts with an 8-byte header length")
                        .arg(fileSize));
    const uchar *map = p->file.map(0, fileSize);
    if (!map)
        return fail(QCoreApplication::translate("SafeTensors", "cannot map the file into memory: %1")
                        .arg(p->file.errorString()));

    const quint64 headerLength = qFromLittleEndian<quint64>(map);
    const quint64 available = quint64(fileSize) - 8;
    if (headerLength > available)
        return fail(QCoreApplication::translate("SafeTensors",
                                                "header length %1 is larger than the %2 bytes that follow it "
                                                "(not a safetensors file, or truncated)")
                        .arg(headerLength)
                        .arg(available));
    if (headerLength > kMaxHeaderBytes)
        return fail(QCoreApplication::translate("SafeTensors", "header length %1 exceeds the limit of %2 bytes")
                        .arg(headerLength)
                        .arg(kMaxHeaderBytes));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(map + 8), qsizetype(headerLength)), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("SafeTensors", "header is not valid JSON: %1 at byte %2 of the header")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!doc.isObject())
        return fail(QCoreApplication::translate("SafeTensors", "header is JSON but not an object"));

    const qint64 dataStart = 8 + qint64(headerLength);
    const qint64 dataSize = fileSize - dataStart;
    p->dataSection = map + dataStart;

    const QJsonObject header = doc.object();
    for (auto it = header.begin(); it != header.end(); ++it) {
        const QString name = it.key();
        if (name == kMetadataKey) {
            if (!it.value().isObject())
                return fail(QCoreApplication::translate("SafeTensors", "__metadata__ is not a JSON object"));
            const QJsonObject meta = it.value().toObject();
            for (auto m = meta.begin(); m != meta.end(); ++m) {
                if (!m.value().isString())
                    return fail(QCoreApplication::translate("SafeTensors", "__metadata__ entry '%1' is not a string")
                                    .arg(m.key()));
                p->metadata.insert(m.key(), m.value().toString());
            }
            continue;
        }
        if (!it.value().isObject())
            return fail(QCoreApplication::translate("SafeTensors", "entry '%1' is not a JSON object").arg(name));
        const QJsonObject entry = it.value().toObject();

        TensorInfo info;
        info.name = name;
        const QJsonValue dtype = entry.value(QStringLiteral("dtype"));
        if (!dtype.isString())
            return fail(QCoreApplication::translate("SafeTensors", "tensor '%1' has no dtype string").arg(name));
        if (!tensorDTypeFromName(dtype.toString(), &info.dtype))
            return fail(QCoreApplication::translate("SafeTensors", "tensor '%1' has unknown dtype '%2'")
                            .arg(name, dtype.toString()));

        const QJsonValue shape = entry.value(QStringLiteral("shape"));
        if (!shape.isArray())
            return fail(QCoreApplication::translate("SafeTensors", "tensor '%1' has no shape array").arg(name));
        const QJsonArray dims = shape.toArray();
        for (const QJsonValue &d : dims) {
            const qint64 n = jsonCount(d);
            if (n < 0) {
                const QString shown = QString::fromUtf8(QJsonDocument(dims).toJson(QJsonDocument::Compact));
                return fail(
                    n == -1
                        ? QCoreApplication::translate("SafeTensors", "tensor '%1' has a negative dimension in shape %2")
                              .arg(name, shown)
                        : QCoreApplication::translate(
                              "SafeTensors", "tensor '%1' has shape %2; dimensions must be non-negative integers")
                              .arg(name, shown));
            }
            info.shape.append(n);
        }

        const QJsonValue offsets = entry.value(QStringLiteral("data_offsets"));
        const QJsonArray pair = offsets.toArray();
        if (!offsets.isArray() || pair.size() != 2 || jsonCount(pair.at(0)) < 0 || jsonCount(pair.at(1)) < 0)
            return fail(QCoreApplication::translate(
                            "SafeTensors", "tensor '%1' needs data_offsets [begin, end] of two non-negative integers")
                            .arg(name));
        info.begin = jsonCount(pair.at(0));
        info.end = jsonCount(pair.at(1));
        if (info.begin > info.end)
            return fail(
                QCoreApplication::translate("SafeTensors", "tensor '%1' has offsets %2..%3 that end before they begin")
                    .arg(name, QString::number(info.begin), QString::number(info.end)));
        if (info.end > dataSize)
            return fail(QCoreApplication::translate(
                            "SafeTensors", "tensor '%1' has offsets %2..%3 but the data section holds only %4 bytes "
                                           "(file truncated?)")
                            .arg(name, QString::number(info.begin), QString::number(info.end),
                                 QString::number(dataSize)));
        const qint64 needed = byteCount(info.shape, tensorDTypeSize(info.dtype));
        if (needed != info.end - info.begin) {
            const QString neededText =
                needed < 0 ? QCoreApplication::translate("SafeTensors", "more than 2^63") : QString::number(needed);
            return fail(QCoreApplication::translate("SafeTensors",
                                                    "tensor '%1' has offsets %2..%3 but shape %4 × %5 needs %6 bytes")
                            .arg(name, QString::number(info.begin), QString::number(info.end),
                                 shapeText(info.shape), tensorDTypeName(info.dtype), neededText));
        }
        p->tensors.insert(name, info);
    }

    // Empty tensors occupy no bytes and cannot overlap anything.
    QVector<const TensorInfo *> byOffset;
    for (const TensorInfo &t : std::as_const(p->tensors)) {
        if (t.end > t.begin)
            byOffset.append(&t);
    }
    std::sort(byOffset.begin(), byOffset.end(),
              [](const TensorInfo *a, const TensorInfo *b) { return a->begin < b->begin; });
    const TensorInfo *reach = nullptr; // the tensor that extends furthest so far
    for (const TensorInfo *t : std::as_const(byOffset)) {
        if (reach && t->begin < reach->end)
            return fail(QCoreApplication::translate("SafeTensors",
                                                    "tensors '%1' (offsets %2..%3) and '%4' (offsets %5..%6) overlap")
                            .arg(reach->name, QString::number(reach->begin), QString::number(reach->end),
                                 t->name, QString::number(t->begin), QString::number(t->end)));
        if (!reach || t->end > reach->end)
            reach = t;
    }

    SafeTensorsFile result;
    result.d = std::move(p);
    return result;
}

QString SafeTensorsFile::path() const
{
    return d ? d->path : QString();
}

QStringList SafeTensorsFile::names() const
{
    return d ? d->tensors.keys() : QStringList();
}

bool SafeTensorsFile::contains(const QString &name) const
{
    return d && d->tensors.contains(name);
}

const TensorInfo *SafeTensorsFile::info(const QString &name) const
{
    if (!d)
        return nullptr;
    const auto it = d->tensors.constFind(name);
    return it == d->tensors.cend() ? nullptr : &*it;
}

QMap<QString, QString> SafeTensorsFile::metadata() const
{
    return d ? d->metadata : QMap<QString, QString>();
}

const char *SafeTensorsFile::data(const QString &name) const
{
    const TensorInfo *t = info(name);
    return t ? reinterpret_cast<const char *>(d->dataSection + t->begin) : nullptr;
}

Expected<QVector<float>> SafeTensorsFile::toFloat32(const QString &name) const
{
    const TensorInfo *t = info(name);
    if (!t)
        return Expected<QVector<float>>::failure(QCoreApplication::translate("SafeTensors", "%1: no tensor named '%2'")
                                                     .arg(QDir::toNativeSeparators(path()), name));

    const TensorDType type = t->dtype;
    if (type != TensorDType::F32 && type != TensorDType::F64 && type != TensorDType::F16 && type != TensorDType::BF16)
        return Expected<QVector<float>>::failure(
            QCoreApplication::translate("SafeTensors",
                                        "%1: tensor '%2' has dtype %3; only F32, F16, BF16 and F64 convert to float32")
                .arg(QDir::toNativeSeparators(path()), name, tensorDTypeName(type)));

    const qint64 n = t->elementCount();
    QVector<float> out(n);
    if (n == 0) // an empty QVector has no buffer to copy into
        return out;
    const uchar *src = d->dataSection + t->begin;
    switch (type) {
    case TensorDType::F32: qFromLittleEndian<float>(src, n, out.data()); break;
    case TensorDType::F64:
        for (qint64 i = 0; i < n; ++i)
            out[i] = float(qFromLittleEndian<double>(src + 8 * i));
        break;
    case TensorDType::F16: {
        QVector<qfloat16> halves(n);
        qFromLittleEndian<quint16>(src, n, halves.data());
        qFloatFromFloat16(out.data(), halves.constData(), n);
        break;
    }
    case TensorDType::BF16:
        // bfloat16 is the upper half of an IEEE float32.
        for (qint64 i = 0; i < n; ++i) {
            const quint32 bits = quint32(qFromLittleEndian<quint16>(src + 2 * i)) << 16;
            std::memcpy(&out[i], &bits, sizeof bits);
        }
        break;
    default: break;
    }
    return out;
}

// ---------------------------------------------------------------------------
// Writer

void SafeTensorsWriter::setMetadata(const QMap<QString, QString> &metadata)
{
    m_metadata = metadata;
}

Status SafeTensorsWriter::add(const QString &name, TensorDType dtype, const QVector<qint64> &shape,
                              const QByteArray &bytes)
{
    if (name.isEmpty() || name == kMetadataKey)
        return Status::failure(QCoreApplication::translate("SafeTensors", "'%1' is not a valid tensor name").arg(name));
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.name == name)
            return Status::failure(
                QCoreApplication::translate("SafeTensors", "tensor '%1' was already added").arg(name));
    }
    for (qint64 dim : shape) {
        if (dim < 0)
            return Status::failure(
                QCoreApplication::translate("SafeTensors", "tensor '%1' has a negative dimension in shape %2")
                    .arg(name, shapeText(shape)));
    }
    const qint64 needed = byteCount(shape, tensorDTypeSize(dtype));
    if (needed != bytes.size())
        return Status::failure(
            QCoreApplication::translate("SafeTensors", "tensor '%1': shape %2 × %3 needs %4 bytes, got %5")
                .arg(name, shapeText(shape), tensorDTypeName(dtype),
                     needed < 0 ? QCoreApplication::translate("SafeTensors", "more than 2^63")
                                : QString::number(needed),
                     QString::number(bytes.size())));
    m_entries.append({name, dtype, shape, bytes});
    return Status::success();
}

Status SafeTensorsWriter::addFloat32(const QString &name, const QVector<qint64> &shape, const float *values)
{
    const qint64 bytes = byteCount(shape, sizeof(float));
    if (bytes < 0 || std::any_of(shape.begin(), shape.end(), [](qint64 dim) { return dim < 0; }))
        return Status::failure(QCoreApplication::translate("SafeTensors", "tensor '%1' has an invalid shape %2")
                                   .arg(name, shapeText(shape)));
    if (bytes > 0 && !values)
        return Status::failure(QCoreApplication::translate("SafeTensors", "tensor '%1' has no values").arg(name));
    QByteArray raw(bytes, Qt::Uninitialized);
    if (bytes > 0)
        qToLittleEndian<float>(values, bytes / qint64(sizeof(float)), raw.data());
    return add(name, TensorDType::F32, shape, raw);
}

Status SafeTensorsWriter::save(const QString &path) const
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QJsonObject header;
    if (!m_metadata.isEmpty()) {
        QJsonObject meta;
        for (auto it = m_metadata.begin(); it != m_metadata.end(); ++it)
            meta.insert(it.key(), it.value());
        header.insert(kMetadataKey, meta);
    }
    qint64 offset = 0;
    for (const Entry &e : m_entries) {
        QJsonArray shape;
        for (qint64 dim : e.shape)
            shape.append(dim);
        QJsonObject entry;
        entry.insert(QStringLiteral("dtype"), tensorDTypeName(e.dtype));
        entry.insert(QStringLiteral("shape"), shape);
        entry.insert(QStringLiteral("data_offsets"), QJsonArray{offset, offset + e.bytes.size()});
        header.insert(e.name, entry);
        offset += e.bytes.size();
    }
    QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    // Padding keeps the data section 8-byte aligned in a memory map.
    json.append((8 - json.size() % 8) % 8, ' ');

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            QCoreApplication::translate("SafeTensors", "%1: cannot write: %2").arg(shownPath, file.errorString()));
    const quint64 length = qToLittleEndian<quint64>(quint64(json.size()));
    bool written = file.write(reinterpret_cast<const char *>(&length), 8) == 8 && file.write(json) == json.size();
    for (const Entry &e : m_entries)
        written = written && file.write(e.bytes) == e.bytes.size();
    if (!written || !file.commit())
        return Status::failure(
            QCoreApplication::translate("SafeTensors", "%1: cannot write: %2").arg(shownPath, file.errorString()));
    return Status::success();
}

} // namespace iqa
