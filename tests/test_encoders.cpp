// Frozen generative encoders (core/models/FeatureEncoder): the tiny encoders
// against upstream's golden outputs, SD-KL loading in both naming schemes,
// and strict refusal of weights that do not fit.

#include "TestSupport.h"

#include "image/Image.h"
#include "image/ImageLoader.h"
#include "io/SafeTensors.h"
#include "models/Device.h"
#include "models/FeatureEncoder.h"
#include "models/StableDiffusionEncoder.h"
#include "models/TinyAutoEncoder.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace iqa;

namespace {

QString encoderWeights(const QString &id)
{
    return test::sharedModels() + QLatin1Char('/') + FeatureEncoder::defaultWeightsFile(id);
}

cv::Mat goldenInput(const QString &model)
{
    const Expected<Image> image =
        ImageLoader().load(test::sharedModels() + QStringLiteral("/%1/golden/input_64x96.png").arg(model));
    if (!image)
        qWarning() << image.error();
    return image ? toFloatRgb(*image) : cv::Mat();
}

cv::Mat randomImage(int rows, int cols, int seed)
{
    cv::Mat m(rows, cols, CV_32FC3);
    cv::RNG rng(seed);
    rng.fill(m, cv::RNG::UNIFORM, 0.0, 1.0);
    return m;
}

// Largest absolute difference; +inf when the shapes differ.
double maxAbsDiff(const FeatureMap &a, const FeatureMap &b)
{
    if (a.channels != b.channels || a.height != b.height || a.width != b.width || a.data.size() != b.data.size())
        return std::numeric_limits<double>::infinity();
    double worst = 0;
    for (qsizetype i = 0; i < a.data.size(); ++i)
        worst = std::max(worst, double(std::abs(a.data[i] - b.data[i])));
    return worst;
}

// A golden tensor (1 x C x H x W) as a FeatureMap.
FeatureMap goldenMap(const SafeTensorsFile &file, const QString &name)
{
    FeatureMap m;
    const TensorInfo *info = file.info(name);
    if (!info || info->shape.size() != 4 || info->shape[0] != 1)
        return m;
    m.name = name;
    m.channels = int(info->shape[1]);
    m.height = int(info->shape[2]);
    m.width = int(info->shape[3]);
    Expected<QVector<float>> values = file.toFloat32(name);
    if (values)
        m.data = *values;
    return m;
}

// Copies a safetensors file, renaming or reshaping one tensor.
bool copyWithChange(const QString &from, const QString &to, const QString &tensor, const QString &newName,
                    const QVector<qint64> &newShape = {})
{
    Expected<SafeTensorsFile> in = SafeTensorsFile::open(from);
    if (!in)
        return false;
    SafeTensorsWriter out;
    for (const QString &name : in->names()) {
        const TensorInfo *info = in->info(name);
        const QByteArray bytes(in->data(name), int(info->end - info->begin));
        const bool changed = name == tensor;
        const Status added = out.add(changed && !newName.isEmpty() ? newName : name, info->dtype,
                                     changed && !newShape.isEmpty() ? newShape : info->shape, bytes);
        if (!added) {
            qWarning() << added.error();
            return false;
        }
    }
    return bool(out.save(to));
}

} // namespace

class TestEncoders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(encoderWeights(QStringLiteral("taef2"))), "../shared/models is needed");
        QVERIFY(m_dir.isValid());
    }

    void goldenOutputs_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("channelsLast");
        QTest::newRow("taef2 channels-last") << QStringLiteral("taef2") << true;
        QTest::newRow("taef2 contiguous") << QStringLiteral("taef2") << false;
        QTest::newRow("taesana channels-last") << QStringLiteral("taesana") << true;
        QTest::newRow("taesana contiguous") << QStringLiteral("taesana") << false;
    }

    // Every tensor upstream's PyTorch code wrote, to 1e-4 absolute.
    void goldenOutputs()
    {
        QFETCH(QString, model);
        QFETCH(bool, channelsLast);
        const cv::Mat input = goldenInput(model);
        QCOMPARE(input.rows, 64);
        QCOMPARE(input.cols, 96);

        Expected<FeatureEncoder> encoder = FeatureEncoder::create(model, encoderWeights(model));
        QVERIFY2(encoder, qPrintable(encoder.error()));
        encoder->setChannelsLast(channelsLast);
        Expected<QVector<FeatureMap>> outputs = encoder->encodeAllOutputs(input);
        QVERIFY2(outputs, qPrintable(outputs.error()));

        Expected<SafeTensorsFile> golden =
            SafeTensorsFile::open(test::sharedModels() + QStringLiteral("/%1/golden/outputs.safetensors").arg(model));
        QVERIFY2(golden, qPrintable(golden.error()));
        QMap<QString, FeatureMap> ours;
        for (const FeatureMap &m : *outputs)
            ours.insert(m.name, m);

        QVERIFY(golden->names().size() >= 15);
        for (const QString &name : golden->names()) {
            FeatureMap computed;
            if (name == QLatin1String("decoder.output")) {
                Expected<TinyDecoder> decoder = TinyDecoder::create(
                    model, test::sharedModels() + QLatin1Char('/') + TinyDecoder::defaultWeightsFile(model));
                QVERIFY2(decoder, qPrintable(decoder.error()));
                Expected<FeatureMap> decoded = decoder->decode(outputs->last());
                QVERIFY2(decoded, qPrintable(decoded.error()));
                computed = *decoded;
            } else {
                QVERIFY2(ours.contains(name), qPrintable(QStringLiteral("no output %1").arg(name)));
                computed = ours.value(name);
            }
            const double error = maxAbsDiff(computed, goldenMap(*golden, name));
            qInfo("%s %-15s max abs error %.3g", qPrintable(model), qPrintable(name), error);
            QVERIFY2(error <= 1e-4, qPrintable(QStringLiteral("%1: max error %2").arg(name).arg(error)));
        }
        // Every encoder index has a golden counterpart (nothing of ours went unchecked).
        for (const FeatureMap &m : *outputs)
            QVERIFY2(golden->contains(m.name), qPrintable(m.name));
    }

    // encode() returns the documented taps, which are the named layers' outputs.
    void tapsMatchTheirLayers_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("taef2") << QStringLiteral("taef2");
        QTest::newRow("taesana") << QStringLiteral("taesana");
    }

    void tapsMatchTheirLayers()
    {
        QFETCH(QString, model);
        Expected<FeatureEncoder> encoder = FeatureEncoder::create(model, encoderWeights(model));
        QVERIFY2(encoder, qPrintable(encoder.error()));
        const cv::Mat input = goldenInput(model);
        Expected<EncoderFeatures> features = encoder->encode(input);
        QVERIFY2(features, qPrintable(features.error()));
        Expected<QVector<FeatureMap>> all = encoder->encodeAllOutputs(input);
        QVERIFY(all);

        const QVector<FeatureTapInfo> taps = encoder->taps();
        QCOMPARE(taps.size(), 6);
        QCOMPARE(features->taps.size(), 6);
        int previousStride = 0;
        for (int i = 0; i < taps.size(); ++i) {
            const FeatureMap &tap = features->taps[i];
            QCOMPARE(tap.name, taps[i].name);
            QCOMPARE(tap.channels, taps[i].channels);
            QCOMPARE(tap.stride, taps[i].stride);
            QCOMPARE(tap.height, 64 / tap.stride);
            QCOMPARE(tap.width, 96 / tap.stride);
            QVERIFY(tap.stride >= previousStride);  // shallow -> deep
            previousStride = tap.stride;
            const auto same = std::find_if(all->begin(), all->end(),
                                           [&](const FeatureMap &m) { return m.name == tap.name; });
            QVERIFY(same != all->end());
            QCOMPARE(maxAbsDiff(tap, *same), 0.0);
        }
        QCOMPARE(features->latent.channels, encoder->latentChannels());
        QCOMPARE(features->latent.stride, encoder->totalStride());
        QCOMPARE(maxAbsDiff(features->latent, all->last()), 0.0);
    }

    // Sizes that are not a multiple of the stride are padded, outputs cropped
    // to ceil(size / stride); an image smaller than the stride still works.
    void anySizeIsAccepted_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::newRow("taef2 67x101") << QStringLiteral("taef2") << 67 << 101;
        QTest::newRow("taesana 67x101") << QStringLiteral("taesana") << 67 << 101;
        QTest::newRow("taesana 5x3") << QStringLiteral("taesana") << 5 << 3;
        QTest::newRow("taef2 1x1") << QStringLiteral("taef2") << 1 << 1;
    }

    void anySizeIsAccepted()
    {
        QFETCH(QString, model);
        QFETCH(int, rows);
        QFETCH(int, cols);
        Expected<FeatureEncoder> encoder = FeatureEncoder::create(model, encoderWeights(model));
        QVERIFY2(encoder, qPrintable(encoder.error()));
        Expected<EncoderFeatures> f = encoder->encode(randomImage(rows, cols, 7));
        QVERIFY2(f, qPrintable(f.error()));
        QVector<FeatureMap> maps = f->taps;
        maps << f->latent;
        for (const FeatureMap &m : maps) {
            QCOMPARE(m.height, (rows + m.stride - 1) / m.stride);
            QCOMPARE(m.width, (cols + m.stride - 1) / m.stride);
            QCOMPARE(m.data.size(), qsizetype(m.channels) * m.height * m.width);
            QVERIFY(std::all_of(m.data.begin(), m.data.end(), [](float v) { return std::isfinite(v); }));
        }
    }

    void wrongImageTypeIsRefused()
    {
        Expected<FeatureEncoder> encoder = FeatureEncoder::create(QStringLiteral("taef2"), encoderWeights("taef2"));
        QVERIFY(encoder);
        QVERIFY(!encoder->encode(cv::Mat(8, 8, CV_8UC3, cv::Scalar(1, 2, 3))));
        QVERIFY(!encoder->encode(cv::Mat()));
    }

    void channelsLastMatchesContiguous()
    {
        Expected<FeatureEncoder> encoder = FeatureEncoder::create(QStringLiteral("taef2"), encoderWeights("taef2"));
        QVERIFY(encoder);
        const cv::Mat image = randomImage(80, 120, 3);
        // The default follows the CPU (AVX-512: channels-last).
        QCOMPARE(encoder->channelsLast(), FeatureEncoder::preferChannelsLast(QStringLiteral("cpu")));
        encoder->setChannelsLast(false);
        Expected<EncoderFeatures> a = encoder->encode(image);
        encoder->setChannelsLast(true);
        Expected<EncoderFeatures> b = encoder->encode(image);
        QVERIFY(a && b);
        for (int i = 0; i < a->taps.size(); ++i)
            QVERIFY(maxAbsDiff(a->taps[i], b->taps[i]) < 1e-4);
        QVERIFY(maxAbsDiff(a->latent, b->latent) < 1e-4);
    }

    // The taesana file has other shapes (first conv 3->32, stride 2, ...).
    void wrongWeightsAreRefused()
    {
        Expected<FeatureEncoder> encoder =
            FeatureEncoder::create(QStringLiteral("taef2"), encoderWeights(QStringLiteral("taesana")));
        QVERIFY(!encoder);
        qInfo() << encoder.error();
        QVERIFY(encoder.error().contains(QStringLiteral("taesana_encoder.safetensors")));
        QVERIFY(encoder.error().contains(QStringLiteral("taef2")));
        QVERIFY(encoder.error().contains(QStringLiteral("'0.weight'")));
        QVERIFY(encoder.error().contains(QStringLiteral("[32, 3, 3, 3]")));

        // The other way round, and an encoder file given to the decoder.
        QVERIFY(!FeatureEncoder::create(QStringLiteral("taesana"), encoderWeights(QStringLiteral("taef2"))));
        QVERIFY(!TinyDecoder::create(QStringLiteral("taef2"), encoderWeights(QStringLiteral("taef2"))));
        // A tiny encoder file is not an SD-KL encoder.
        Expected<FeatureEncoder> sd =
            FeatureEncoder::create(QStringLiteral("sd-kl-f8"), encoderWeights(QStringLiteral("taef2")));
        QVERIFY(!sd);
        QVERIFY(sd.error().contains(QStringLiteral("encoder.conv_in.weight")));
    }

    void extraTensorIsRefusedByTinyEncoders()
    {
        const QString path = m_dir.filePath(QStringLiteral("taef2_extra.safetensors"));
        QVERIFY(copyWithChange(encoderWeights("taef2"), path, QStringLiteral("14.bias"), QStringLiteral("15.bias")));
        Expected<FeatureEncoder> encoder = FeatureEncoder::create(QStringLiteral("taef2"), path);
        QVERIFY(!encoder);
        QVERIFY2(encoder.error().contains(QStringLiteral("'14.bias' is missing")), qPrintable(encoder.error()));
        QVERIFY2(encoder.error().contains(QStringLiteral("1 more problem")), qPrintable(encoder.error()));
    }

    void missingFileIsNamed()
    {
        const QString path = m_dir.filePath(QStringLiteral("no/such/taef2_encoder.safetensors"));
        Expected<FeatureEncoder> encoder = FeatureEncoder::create(QStringLiteral("taef2"), path);
        QVERIFY(!encoder);
        QVERIFY2(encoder.error().contains(QDir::toNativeSeparators(path)), qPrintable(encoder.error()));
        QVERIFY(!FeatureEncoder::create(QStringLiteral("sd-kl-f8"), path));
        QVERIFY(!TinyDecoder::create(QStringLiteral("taef2"), path));
    }

    void unknownEncoderAndDeviceAreRefused()
    {
        Expected<FeatureEncoder> e = FeatureEncoder::create(QStringLiteral("vgg16"), encoderWeights("taef2"));
        QVERIFY(!e);
        QVERIFY(e.error().contains(QStringLiteral("vgg16")));
        QVERIFY(!FeatureEncoder::create(QStringLiteral("taef2"), encoderWeights("taef2"), QStringLiteral("tpu:7")));
    }

    // Random small SD-KL encoders (base width 32) in every naming scheme give
    // the same outputs for the same weights, with the documented shapes.
    void sdKlNamingsAgree()
    {
        SdKlRandomOptions options;
        options.baseChannels = 32;
        options.seed = 11;
        const QString diffusers = m_dir.filePath(QStringLiteral("sd_diffusers.safetensors"));
        const QString legacy = m_dir.filePath(QStringLiteral("sd_legacy.safetensors"));
        const QString ldm = m_dir.filePath(QStringLiteral("sd_ldm.safetensors"));
        QVERIFY(writeRandomSdKlEncoder(diffusers, SdKlNaming::Diffusers, options));
        QVERIFY(writeRandomSdKlEncoder(legacy, SdKlNaming::DiffusersLegacyAttention, options));
        QVERIFY(writeRandomSdKlEncoder(ldm, SdKlNaming::LatentDiffusion, options));

        Expected<SafeTensorsFile> diffusersFile = SafeTensorsFile::open(diffusers);
        QVERIFY(diffusersFile);
        QVERIFY(diffusersFile->contains(QStringLiteral("encoder.mid_block.attentions.0.to_q.weight")));
        QCOMPARE(diffusersFile->info(QStringLiteral("encoder.mid_block.attentions.0.to_q.weight"))->shape,
                 (QVector<qint64>{128, 128}));
        QVERIFY(diffusersFile->contains(QStringLiteral("decoder.conv_in.weight")));  // ignored on load
        Expected<SafeTensorsFile> ldmFile = SafeTensorsFile::open(ldm);
        QVERIFY(ldmFile);
        QCOMPARE(ldmFile->info(QStringLiteral("encoder.mid.attn_1.q.weight"))->shape,
                 (QVector<qint64>{128, 128, 1, 1}));
        QVERIFY(ldmFile->contains(QStringLiteral("loss.logvar")));

        const cv::Mat input = goldenInput(QStringLiteral("taef2"));
        QVector<QVector<FeatureMap>> results;
        for (const QString &path : {diffusers, legacy, ldm}) {
            Expected<FeatureEncoder> encoder = FeatureEncoder::create(QStringLiteral("sd-kl-f8"), path);
            QVERIFY2(encoder, qPrintable(encoder.error()));
            QCOMPARE(encoder->totalStride(), 8);
            QCOMPARE(encoder->latentChannels(), 4);
            Expected<EncoderFeatures> f = encoder->encode(input);
            QVERIFY2(f, qPrintable(f.error()));
            const QVector<FeatureTapInfo> taps = encoder->taps();
            QCOMPARE(f->taps.size(), 6);
            const int expectedChannels[] = {32, 32, 64, 128, 128, 128};
            const int expectedStrides[] = {1, 2, 4, 8, 8, 8};
            for (int i = 0; i < 6; ++i) {
                QCOMPARE(f->taps[i].channels, expectedChannels[i]);
                QCOMPARE(f->taps[i].stride, expectedStrides[i]);
                QCOMPARE(taps[i].channels, expectedChannels[i]);
                QCOMPARE(f->taps[i].height, 64 / expectedStrides[i]);
                QCOMPARE(f->taps[i].width, 96 / expectedStrides[i]);
            }
            QCOMPARE(f->latent.channels, 4);
            QCOMPARE(f->latent.height, 8);
            QCOMPARE(f->latent.width, 12);

            Expected<QVector<FeatureMap>> all = encoder->encodeAllOutputs(input);
            QVERIFY(all);
            QCOMPARE(all->last().name, QStringLiteral("latent"));
            const auto quant = std::find_if(all->begin(), all->end(),
                                            [](const FeatureMap &m) { return m.name == QLatin1String("quant_conv"); });
            QVERIFY(quant != all->end());
            QCOMPARE(quant->channels, 8);
            QCOMPARE(maxAbsDiff(all->last(), f->latent), 0.0);
            results << *all;
        }
        for (int r = 1; r < results.size(); ++r) {
            QCOMPARE(results[r].size(), results[0].size());
            for (int i = 0; i < results[0].size(); ++i) {
                const double diff = maxAbsDiff(results[r][i], results[0][i]);
                QVERIFY2(diff == 0.0, qPrintable(QStringLiteral("%1 differs by %2").arg(results[0][i].name).arg(diff)));
            }
        }
        // The latent is the mean after quant_conv: the first 4 of its 8 channels.
        const FeatureMap &moments = results[0][results[0].size() - 2];
        const FeatureMap &latent = results[0].last();
        QCOMPARE(moments.name, QStringLiteral("quant_conv"));
        for (qsizetype i = 0; i < latent.data.size(); ++i)
            QCOMPARE(latent.data[i], moments.data[i]);
    }

    void sdKlWithoutQuantConvAndPrefixed()
    {
        SdKlRandomOptions options;
        options.baseChannels = 64;
        options.quantConv = false;
        options.nonEncoderTensors = false;
        const QString plain = m_dir.filePath(QStringLiteral("sd_noquant.safetensors"));
        QVERIFY(writeRandomSdKlEncoder(plain, SdKlNaming::LatentDiffusion, options));
        Expected<FeatureEncoder> encoder = FeatureEncoder::create(QStringLiteral("sd-kl-f8"), plain);
        QVERIFY2(encoder, qPrintable(encoder.error()));
        QCOMPARE(encoder->taps().at(5).channels, 256);
        Expected<EncoderFeatures> f = encoder->encode(randomImage(40, 24, 5));
        QVERIFY(f);
        QCOMPARE(f->latent.height, 5);
        QCOMPARE(f->latent.width, 3);

        // Full SD checkpoints keep the VAE under "first_stage_model.".
        Expected<SafeTensorsFile> in = SafeTensorsFile::open(plain);
        QVERIFY(in);
        SafeTensorsWriter out;
        for (const QString &name : in->names()) {
            const TensorInfo *info = in->info(name);
            QVERIFY(out.add(QStringLiteral("first_stage_model.") + name, info->dtype, info->shape,
                            QByteArray(in->data(name), int(info->end - info->begin))));
        }
        QVERIFY(out.add(QStringLiteral("model.diffusion_model.out.0.weight"), TensorDType::F32, {2},
                        QByteArray(8, '\0')));
        const QString prefixed = m_dir.filePath(QStringLiteral("sd_prefixed.safetensors"));
        QVERIFY(out.save(prefixed));
        Expected<FeatureEncoder> fromCheckpoint = FeatureEncoder::create(QStringLiteral("sd-kl-f8"), prefixed);
        QVERIFY2(fromCheckpoint, qPrintable(fromCheckpoint.error()));
        Expected<EncoderFeatures> g = fromCheckpoint->encode(randomImage(40, 24, 5));
        QVERIFY(g);
        QCOMPARE(maxAbsDiff(f->latent, g->latent), 0.0);
    }

    void sdKlRefusesChangedTensors_data()
    {
        QTest::addColumn<int>("naming");
        QTest::addColumn<QString>("tensor");
        QTest::addColumn<QString>("newName");
        QTest::addColumn<QVector<qint64>>("newShape");
        QTest::newRow("diffusers renamed shortcut")
            << int(SdKlNaming::Diffusers) << QStringLiteral("encoder.down_blocks.1.resnets.0.conv_shortcut.weight")
            << QStringLiteral("encoder.down_blocks.1.resnets.0.nin_shortcut.weight") << QVector<qint64>();
        QTest::newRow("diffusers mis-shaped conv")
            << int(SdKlNaming::Diffusers) << QStringLiteral("encoder.mid_block.resnets.0.conv1.weight")
            << QString() << QVector<qint64>{128, 128, 9, 1};
        QTest::newRow("ldm renamed attention")
            << int(SdKlNaming::LatentDiffusion) << QStringLiteral("encoder.mid.attn_1.q.weight")
            << QStringLiteral("encoder.mid.attn_1.query.weight") << QVector<qint64>();
        QTest::newRow("ldm mis-shaped norm")
            << int(SdKlNaming::LatentDiffusion) << QStringLiteral("encoder.down.2.block.1.norm2.weight")
            << QString() << QVector<qint64>{2, 64};
        QTest::newRow("ldm missing quant_conv bias")
            << int(SdKlNaming::LatentDiffusion) << QStringLiteral("quant_conv.bias")
            << QStringLiteral("post_quant_conv.extra") << QVector<qint64>();
    }

    void sdKlRefusesChangedTensors()
    {
        QFETCH(int, naming);
        QFETCH(QString, tensor);
        QFETCH(QString, newName);
        QFETCH(QVector<qint64>, newShape);
        const QString good = m_dir.filePath(QStringLiteral("sd_good_%1.safetensors").arg(naming));
        const QString bad = m_dir.filePath(QStringLiteral("sd_bad.safetensors"));
        QVERIFY(writeRandomSdKlEncoder(good, SdKlNaming(naming)));
        QVERIFY(FeatureEncoder::create(QStringLiteral("sd-kl-f8"), good));
        QVERIFY(copyWithChange(good, bad, tensor, newName, newShape));
        Expected<FeatureEncoder> encoder = FeatureEncoder::create(QStringLiteral("sd-kl-f8"), bad);
        QVERIFY(!encoder);
        qInfo() << encoder.error();
        QVERIFY2(encoder.error().contains(QLatin1Char('\'') + tensor + QLatin1Char('\'')), qPrintable(encoder.error()));
        QVERIFY(encoder.error().contains(QDir::toNativeSeparators(bad)));
    }

    void sdKlRandomWriterRefusesBadWidth()
    {
        SdKlRandomOptions options;
        options.baseChannels = 48;
        QVERIFY(!writeRandomSdKlEncoder(m_dir.filePath(QStringLiteral("x.safetensors")), SdKlNaming::Diffusers,
                                        options));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestEncoders)
#include "test_encoders.moc"
