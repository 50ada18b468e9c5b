#include "TestSupport.h"

#include "io/SafeTensors.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <cmath>
#include <cstring>

using namespace iqa;

namespace {

// A file from a header text and a data section, exactly as given.
QByteArray safetensorsBytes(const QByteArray &header, const QByteArray &data = QByteArray())
{
    QByteArray bytes(8, '\0');
    qToLittleEndian<quint64>(quint64(header.size()), bytes.data());
    return bytes + header + data;
}

QByteArray floatBytes(std::initializer_list<float> values)
{
    QByteArray bytes(int(values.size() * sizeof(float)), Qt::Uninitialized);
    qToLittleEndian<float>(values.begin(), qsizetype(values.size()), bytes.data());
    return bytes;
}

QByteArray u16Bytes(std::initializer_list<quint16> values)
{
    QByteArray bytes(int(values.size() * 2), Qt::Uninitialized);
    qToLittleEndian<quint16>(values.begin(), qsizetype(values.size()), bytes.data());
    return bytes;
}

} // namespace

class TestSafeTensors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void everySharedModelOpensAndConverts()
    {
        QDirIterator it(iqa::test::sharedModels(), {QStringLiteral("*.safetensors")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            const auto file = SafeTensorsFile::open(path);
            QVERIFY2(file.ok(), qPrintable(file.error()));
            QVERIFY2(!file->names().isEmpty(), qPrintable(path));
            for (const QString &name : file->names()) {
                const TensorInfo *info = file->info(name);
                QVERIFY(info);
                QCOMPARE(info->dtype, TensorDType::F32);  // README: all tensors are float32
                QVERIFY(file->data(name));
                const auto values = file->toFloat32(name);
                QVERIFY2(values.ok(), qPrintable(values.error()));
                QCOMPARE(values->size(), info->elementCount());
                for (float v : *values)
                    QVERIFY2(std::isfinite(v), qPrintable(path + QLatin1Char(' ') + name));
            }
        }
        // taef2 encoder, decoder, golden outputs; taesana encoder, golden outputs.
        QVERIFY2(files >= 5, qPrintable(QStringLiteral("found %1 files").arg(files)));
    }

    void taef2EncoderMatchesTheReadme()
    {
        const QString path = iqa::test::sharedModels() + QStringLiteral("/taef2/taef2_encoder.safetensors");
        const auto file = SafeTensorsFile::open(path);
        QVERIFY2(file.ok(), qPrintable(file.error()));
        QCOMPARE(file->path(), path);

        const TensorInfo *first = file->info(QStringLiteral("0.weight"));
        QVERIFY(first);
        QCOMPARE(first->dtype, TensorDType::F32);
        QCOMPARE(first->shape, (QVector<qint64>{64, 3, 3, 3}));
        QCOMPARE(first->end - first->begin, qint64(64 * 3 * 3 * 3 * 4));

        qint64 parameters = 0;
        for (const QString &name : file->names())
            parameters += file->info(name)->elementCount();
        QCOMPARE(parameters, qint64(1338528));
        QCOMPARE(file->names().size(), 79);

        QVERIFY(!file->contains(QStringLiteral("__metadata__")));
        QCOMPARE(file->metadata().value(QStringLiteral("license")), QStringLiteral("MIT"));
        QCOMPARE(file->metadata().value(QStringLiteral("original_dtype")), QStringLiteral("float16"));

        // Values read with Python's struct module from the same file.
        const auto weights = file->toFloat32(QStringLiteral("0.weight"));
        QVERIFY(weights.ok());
        QCOMPARE(weights->at(0), -0.1405029296875f);
        QCOMPARE(weights->at(1), -0.06121826171875f);
        QCOMPARE(weights->at(2), 0.091552734375f);
        const auto bias = file->toFloat32(QStringLiteral("14.bias"));
        QVERIFY(bias.ok());
        QCOMPARE(bias->size(), 32);
        QCOMPARE(bias->at(0), 0.0792236328125f);
        double absSum = 0;
        for (float v : *bias)
            absSum += std::abs(v);
        QVERIFY(std::abs(absSum - 0.9237155914306641) < 1e-6);

        QVERIFY(!file->info(QStringLiteral("no.such.tensor")));
        QVERIFY(!file->data(QStringLiteral("no.such.tensor")));
        const auto missing = file->toFloat32(QStringLiteral("no.such.tensor"));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(QStringLiteral("taef2_encoder.safetensors"))
                     && missing.error().contains(QStringLiteral("no.such.tensor")),
                 qPrintable(missing.error()));
    }

    void writeThenReadKeepsTensorsAndMetadata()
    {
        SafeTensorsWriter writer;
        writer.setMetadata({{QStringLiteral("format"), QStringLiteral("pt")},
                            {QStringLiteral("note"), QStringLiteral("ümlaut \"quoted\"")}});
        const float weights[] = {1.5f, -2.25f, 0.f, 3.0e-8f, 1.0e30f, -0.f};
        QVERIFY(writer.addFloat32(QStringLiteral("layer.weight"), {2, 3}, weights).ok());
        // F16: 1, -2, 0.5, 65504 (largest), 2^-24 (smallest subnormal), +inf
        QVERIFY(writer.add(QStringLiteral("half"), TensorDType::F16, {6},
                           u16Bytes({0x3C00, 0xC000, 0x3800, 0x7BFF, 0x0001, 0x7C00})).ok());
        // BF16: 1, -3.5, 2^-133 (subnormal)
        QVERIFY(writer.add(QStringLiteral("brain"), TensorDType::BF16, {3}, u16Bytes({0x3F80, 0xC060, 0x0001})).ok());
        QByteArray doubles(16, Qt::Uninitialized);
        qToLittleEndian<double>(0.1, doubles.data());
        qToLittleEndian<double>(-1e300, doubles.data() + 8);
        QVERIFY(writer.add(QStringLiteral("double"), TensorDType::F64, {2}, doubles).ok());
        QVERIFY(writer.add(QStringLiteral("ints"), TensorDType::I32, {1, 1}, QByteArray("\x07\0\0\0", 4)).ok());
        QVERIFY(writer.add(QStringLiteral("empty"), TensorDType::F32, {0, 5}, QByteArray()).ok());
        const float scalar = 42.f;
        QVERIFY(writer.addFloat32(QStringLiteral("scalar"), {}, &scalar).ok());

        const QString path = tempPath(QStringLiteral("roundtrip.safetensors"));
        const Status saved = writer.save(path);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));

        const QByteArray raw = iqa::test::readFile(path);
        const quint64 headerLength = qFromLittleEndian<quint64>(raw.constData());
        QCOMPARE(headerLength % 8, quint64(0));
        QVERIFY(raw.mid(8, int(headerLength)).startsWith('{'));
        QVERIFY(!raw.mid(8, int(headerLength)).contains('\n'));  // compact
        // Data section: tensors in the order added, without gaps.
        QCOMPARE(quint64(raw.size()), 8 + headerLength + 24 + 12 + 6 + 16 + 4 + 0 + 4);
        QCOMPARE(raw.mid(int(8 + headerLength), 24), QByteArray(reinterpret_cast<const char *>(weights), 24));

        const auto file = SafeTensorsFile::open(path);
        QVERIFY2(file.ok(), qPrintable(file.error()));
        QCOMPARE(file->metadata().value(QStringLiteral("note")), QStringLiteral("ümlaut \"quoted\""));
        QCOMPARE(file->metadata().size(), 2);
        QCOMPARE(file->names(), (QStringList{"brain", "double", "empty", "half", "ints", "layer.weight", "scalar"}));

        const auto w = file->toFloat32(QStringLiteral("layer.weight"));
        QVERIFY(w.ok());
        QCOMPARE(*w, QVector<float>(std::begin(weights), std::end(weights)));
        QCOMPARE(file->info(QStringLiteral("layer.weight"))->shape, (QVector<qint64>{2, 3}));

        const auto half = file->toFloat32(QStringLiteral("half"));
        QVERIFY(half.ok());
        QCOMPARE(half->at(0), 1.f);
        QCOMPARE(half->at(1), -2.f);
        QCOMPARE(half->at(2), 0.5f);
        QCOMPARE(half->at(3), 65504.f);
        QCOMPARE(half->at(4), std::ldexp(1.f, -24));
        QVERIFY(std::isinf(half->at(5)) && half->at(5) > 0);

        const auto brain = file->toFloat32(QStringLiteral("brain"));
        QVERIFY(brain.ok());
        QCOMPARE(*brain, (QVector<float>{1.f, -3.5f, std::ldexp(1.f, -133)}));

        const auto dbl = file->toFloat32(QStringLiteral("double"));
        QVERIFY(dbl.ok());
        QCOMPARE(dbl->at(0), 0.1f);
        QVERIFY(std::isinf(dbl->at(1)));  // -1e300 does not fit a float

        QCOMPARE(QByteArray(file->data(QStringLiteral("ints")), 4), QByteArray("\x07\0\0\0", 4));
        const auto ints = file->toFloat32(QStringLiteral("ints"));
        QVERIFY(!ints.ok());
        QVERIFY2(ints.error().contains(QStringLiteral("'ints'")) && ints.error().contains(QStringLiteral("I32")),
                 qPrintable(ints.error()));

        QCOMPARE(file->info(QStringLiteral("empty"))->elementCount(), qint64(0));
        const auto empty = file->toFloat32(QStringLiteral("empty"));
        QVERIFY2(empty.ok(), qPrintable(empty.error()));
        QVERIFY(empty->isEmpty());
        QCOMPARE(file->info(QStringLiteral("scalar"))->shape.size(), 0);
        const auto scalarValue = file->toFloat32(QStringLiteral("scalar"));
        QVERIFY(scalarValue.ok());
        QCOMPARE(*scalarValue, QVector<float>{42.f});
    }

    void writerWithoutMetadataOmitsIt()
    {
        SafeTensorsWriter writer;
        const float v = 1.f;
        QVERIFY(writer.addFloat32(QStringLiteral("x"), {1}, &v).ok());
        const QString path = tempPath(QStringLiteral("nometa.safetensors"));
        QVERIFY(writer.save(path).ok());
        QVERIFY(!iqa::test::readFile(path).contains("__metadata__"));
        const auto file = SafeTensorsFile::open(path);
        QVERIFY2(file.ok(), qPrintable(file.error()));
        QVERIFY(file->metadata().isEmpty());
    }

    void writerRejectsBadTensors()
    {
        SafeTensorsWriter writer;
        const Status wrongSize = writer.add(QStringLiteral("w"), TensorDType::F32, {2, 3}, QByteArray(20, '\0'));
        QVERIFY(!wrongSize.ok());
        QVERIFY2(wrongSize.error().contains(QStringLiteral("needs 24 bytes, got 20")), qPrintable(wrongSize.error()));

        QVERIFY(writer.add(QStringLiteral("w"), TensorDType::U8, {2}, QByteArray(2, '\0')).ok());
        const Status duplicate = writer.add(QStringLiteral("w"), TensorDType::U8, {2}, QByteArray(2, '\0'));
        QVERIFY(!duplicate.ok());
        QVERIFY2(duplicate.error().contains(QStringLiteral("already")), qPrintable(duplicate.error()));

        const Status negative = writer.add(QStringLiteral("n"), TensorDType::U8, {-2}, QByteArray());
        QVERIFY(!negative.ok());
        QVERIFY2(negative.error().contains(QStringLiteral("negative")), qPrintable(negative.error()));

        const Status reserved = writer.add(QStringLiteral("__metadata__"), TensorDType::U8, {0}, QByteArray());
        QVERIFY(!reserved.ok());

        const Status noValues = writer.addFloat32(QStringLiteral("f"), {3}, nullptr);
        QVERIFY(!noValues.ok());
    }

    void failedSaveLeavesTheOldFileAndNamesThePath()
    {
        const QString path = tempPath(QStringLiteral("keep.safetensors"));
        QVERIFY(iqa::test::writeFile(path, "old"));
        SafeTensorsWriter writer;
        const Status missingFolder = writer.save(tempPath(QStringLiteral("no/such/folder/x.safetensors")));
        QVERIFY(!missingFolder.ok());
        QVERIFY2(missingFolder.error().contains(QStringLiteral("x.safetensors")), qPrintable(missingFolder.error()));
        QCOMPARE(iqa::test::readFile(path), QByteArray("old"));
    }

    void gapsAndEmptyTensorsAreAccepted()
    {
        // Neither the reference writer's packing nor full coverage is required.
        const QByteArray header = R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                                  R"("z":{"dtype":"F32","shape":[0],"data_offsets":[2,2]},)"
                                  R"("b":{"dtype":"U8","shape":[2],"data_offsets":[8,10]}})";
        const QString path = tempPath(QStringLiteral("gaps.safetensors"));
        QVERIFY(iqa::test::writeFile(path, safetensorsBytes(header, QByteArray(12, '\1'))));
        const auto file = SafeTensorsFile::open(path);
        QVERIFY2(file.ok(), qPrintable(file.error()));
        QCOMPARE(file->names().size(), 3);
    }

    void corruptFilesAreRejectedWithTheFirstProblem_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");

        const QByteArray f32 = floatBytes({1.f, 2.f, 3.f, 4.f});
        QTest::newRow("shorter than 8 bytes") << QByteArray("\x10\0\0", 3) << "only 3 bytes";
        QTest::newRow("empty file") << QByteArray() << "only 0 bytes";
        QTest::newRow("header length larger than file")
            << (safetensorsBytes(QByteArray(232, ' ')).left(8) + QByteArray("{}      "))
            << "header length 232 is larger than the 8 bytes that follow it";
        QTest::newRow("header length huge") << QByteArray(16, '\xff') << "is larger than the 8 bytes";
        QTest::newRow("header not JSON") << safetensorsBytes("{\"a\": nope}") << "header is not valid JSON";
        QTest::newRow("header JSON but not an object") << safetensorsBytes("[1, 2]") << "not an object";
        QTest::newRow("entry not an object") << safetensorsBytes(R"({"a": 3})") << "entry 'a' is not a JSON object";
        QTest::newRow("no dtype") << safetensorsBytes(R"({"a":{"shape":[1],"data_offsets":[0,4]}})", f32)
                                  << "tensor 'a' has no dtype";
        QTest::newRow("unknown dtype")
            << safetensorsBytes(R"({"a":{"dtype":"F31","shape":[1],"data_offsets":[0,4]}})", f32)
            << "tensor 'a' has unknown dtype 'F31'";
        QTest::newRow("lower-case dtype")
            << safetensorsBytes(R"({"a":{"dtype":"f32","shape":[1],"data_offsets":[0,4]}})", f32)
            << "unknown dtype 'f32'";
        QTest::newRow("negative shape")
            << safetensorsBytes(R"({"a":{"dtype":"F32","shape":[2,-2],"data_offsets":[0,16]}})", f32)
            << "tensor 'a' has a negative dimension in shape [2,-2]";
        QTest::newRow("fractional shape")
            << safetensorsBytes(R"({"a":{"dtype":"F32","shape":[1.5],"data_offsets":[0,4]}})", f32)
            << "dimensions must be non-negative integers";
        QTest::newRow("string in shape")
            << safetensorsBytes(R"({"a":{"dtype":"F32","shape":["4"],"data_offsets":[0,16]}})", f32)
            << "tensor 'a' has shape [\"4\"]; dimensions must be non-negative integers";
        QTest::newRow("shape not an array")
            << safetensorsBytes(R"({"a":{"dtype":"F32","shape":4,"data_offsets":[0,16]}})", f32)
            << "tensor 'a' has no shape array";
        QTest::newRow("offsets missing")
            << safetensorsBytes(R"({"a":{"dtype":"F32","shape":[4]}})", f32) << "needs data_offsets [begin, end]";
        QTest::newRow("three offsets")
            << safetensorsBytes(R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,8,16]}})", f32)
            << "needs data_offsets [begin, end]";
        QTest::newRow("negative offset")
            << safetensorsBytes(R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[-4,12]}})", f32)
            << "needs data_offsets [begin, end]";
        QTest::newRow("offsets beyond the file")
            << safetensorsBytes(R"({"a":{"dtype":"F32","shape":[100],"data_offsets":[0,400]}})", f32)
            << "tensor 'a' has offsets 0..400 but the data section holds only 16 bytes";
        QTest::newRow("size mismatch")
            << safetensorsBytes(R"({"0.weight":{"dtype":"F32","shape":[64,3,3,3],"data_offsets":[0,300]}})",
                                QByteArray(300, '\0'))
            << "tensor '0.weight' has offsets 0..300 but shape [64,3,3,3] × F32 needs 6912 bytes";
        QTest::newRow("size overflows 64 bits")
            << safetensorsBytes(R"({"a":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,16]}})", f32)
            << "needs more than 2^63 bytes";
        QTest::newRow("begin after end")
            << safetensorsBytes(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[8,4]}})", f32)
            << "tensor 'a' has offsets 8..4 that end before they begin";
        QTest::newRow("overlapping tensors")
            << safetensorsBytes(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                                R"("b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
                                f32)
            << "tensors 'a' (offsets 0..8) and 'b' (offsets 4..12) overlap";
        QTest::newRow("tensor inside a larger one")
            << safetensorsBytes(R"({"big":{"dtype":"F32","shape":[4],"data_offsets":[0,16]},)"
                                R"("mid":{"dtype":"U8","shape":[2],"data_offsets":[6,8]},)"
                                R"("x":{"dtype":"U8","shape":[2],"data_offsets":[10,12]}})",
                                f32)
            << "tensors 'big' (offsets 0..16) and 'mid' (offsets 6..8) overlap";
        QTest::newRow("metadata value not a string")
            << safetensorsBytes(R"({"__metadata__":{"epochs":3},)"
                                R"("a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})",
                                f32)
            << "__metadata__ entry 'epochs' is not a string";
        QTest::newRow("metadata not an object")
            << safetensorsBytes(R"({"__metadata__":"pt"})") << "__metadata__ is not a JSON object";

        // A good file cut short inside its data section.
        SafeTensorsWriter writer;
        const float values[] = {1, 2, 3, 4, 5, 6, 7, 8};
        writer.addFloat32(QStringLiteral("first"), {4}, values);
        writer.addFloat32(QStringLiteral("second"), {4}, values + 4);
        const QString whole = m_dir.filePath(QStringLiteral("whole.safetensors"));
        QVERIFY(writer.save(whole).ok());
        const QByteArray good = iqa::test::readFile(whole);
        QTest::newRow("truncated data section")
            << good.left(good.size() - 5) << "tensor 'second' has offsets 16..32 but the data section holds only 27 "
                                             "bytes (file truncated?)";
        QTest::newRow("truncated header") << good.left(40) << "is larger than the 32 bytes that follow it";
    }

    void corruptFilesAreRejectedWithTheFirstProblem()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = tempPath(QStringLiteral("corrupt.safetensors"));
        QVERIFY(iqa::test::writeFile(path, bytes));
        const auto file = SafeTensorsFile::open(path);
        QVERIFY(!file.ok());
        QVERIFY2(file.error().startsWith(path + QStringLiteral(": ")), qPrintable(file.error()));
        QVERIFY2(file.error().contains(expected), qPrintable(file.error()));
    }

    void missingFileNamesThePath()
    {
        const QString path = tempPath(QStringLiteral("absent.safetensors"));
        const auto file = SafeTensorsFile::open(path);
        QVERIFY(!file.ok());
        QVERIFY2(file.error().startsWith(path), qPrintable(file.error()));
    }

    void dtypeNamesAndSizes()
    {
        TensorDType t;
        QVERIFY(tensorDTypeFromName(QStringLiteral("BF16"), &t));
        QCOMPARE(t, TensorDType::BF16);
        QVERIFY(tensorDTypeFromName(QStringLiteral("BOOL"), &t));
        QCOMPARE(t, TensorDType::Bool);
        QVERIFY(!tensorDTypeFromName(QStringLiteral("F8"), &t));
        QCOMPARE(tensorDTypeSize(TensorDType::F64), 8);
        QCOMPARE(tensorDTypeSize(TensorDType::BF16), 2);
        QCOMPARE(tensorDTypeSize(TensorDType::Bool), 1);
    }
};

QTEST_GUILESS_MAIN(TestSafeTensors)
#include "test_safetensors.moc"
