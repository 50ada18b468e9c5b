#pragma once

#include "common/Expected.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace iqa {

// Element types of the safetensors format.
enum class TensorDType { F64, F32, F16, BF16, I64, I32, I16, I8, U8, Bool };

QString tensorDTypeName(TensorDType type);  // "F32", ...
int tensorDTypeSize(TensorDType type);      // bytes per element
// Parses a dtype string of the format ("F32", "BF16", "BOOL", ...).
bool tensorDTypeFromName(const QString &name, TensorDType *type);

struct TensorInfo
{
    QString name;
    TensorDType dtype = TensorDType::F32;
    QVector<qint64> shape;
    qint64 begin = 0;   // byte offsets inside the data section
    qint64 end = 0;
    qint64 elementCount() const;
};

// Read-only view of a .safetensors file (memory-mapped). Opening validates
// the whole header: 8-byte length within the file, JSON object, known dtypes,
// shapes whose byte size equals the offsets, offsets inside the data section,
// no overlapping tensors. Any failure names the file and the first problem.
class SafeTensorsFile
{
public:
    static Expected<SafeTensorsFile> open(const QString &path);

    QString path() const;
    QStringList names() const;                        // sorted
    bool contains(const QString &name) const;
    const TensorInfo *info(const QString &name) const; // nullptr when absent
    QMap<QString, QString> metadata() const;          // "__metadata__"

    // Raw little-endian bytes of one tensor (valid while this object lives).
    const char *data(const QString &name) const;

    // Values converted to float32 (F32, F16, BF16 and F64 accepted).
    Expected<QVector<float>> toFloat32(const QString &name) const;

private:
    struct Private;
    std::shared_ptr<const Private> d;
};

// Writes a .safetensors file atomically (a half-written file never replaces a
// good one): tensors in the order added, header padded to 8 bytes.
class SafeTensorsWriter
{
public:
    void setMetadata(const QMap<QString, QString> &metadata);
    // Copies `bytes` (must equal product(shape) * dtype size).
    Status add(const QString &name, TensorDType dtype, const QVector<qint64> &shape, const QByteArray &bytes);
    Status addFloat32(const QString &name, const QVector<qint64> &shape, const float *values);
    Status save(const QString &path) const;

private:
    struct Entry { QString name; TensorDType dtype; QVector<qint64> shape; QByteArray bytes; };
    QVector<Entry> m_entries;
    QMap<QString, QString> m_metadata;
};

} // namespace iqa
