// VAE-QA with its default head (core/models/VaeQaModel): what a user relies
// on when scoring — identical images score near the top, more of a
// distortion scores lower, small and mismatched images get clear answers.

#include "TestSupport.h"

#include "image/Degradations.h"
#include "image/ImageLoader.h"
#include "io/FileHash.h"
#include "models/ModelRegistry.h"
#include "models/VaeQaModel.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace iqa;

namespace {

Image photo()
{
    // A BIQ2021 test-split photo: never part of the head's training set.
    auto image = ImageLoader().load(test::sharedData() + QStringLiteral("/biq2021/images/ss01 (1004).jpg"));
    if (!image)
        qWarning() << image.error();
    return image ? *image : Image();
}

Image degraded(const Image &image, DegradationType type, int level)
{
    auto d = degrade(image, type, level, 7);
    return d ? *d : Image();
}

std::unique_ptr<VaeQaModel> defaultModel(int crops)
{
    VaeQaOptions options;
    options.crops = crops;
    auto model = VaeQaModel::create(options);
    if (!model)
        qWarning() << model.error();
    return model ? std::move(*model) : nullptr;
}

} // namespace

class TestVaeQaModel : public QObject
{
    Q_OBJECT

private slots:
    void cardDescribesTheShippedHead()
    {
        auto model = ModelRegistry::create(QStringLiteral("vae-qa"));
        QVERIFY2(model, qPrintable(model.error()));
        const ModelCard &card = (*model)->card();
        QCOMPARE(card.kind, ModelKind::FullReference);
        QCOMPARE(card.direction, ScoreDirection::HigherIsBetter);
        QCOMPARE(card.rangeMin, 0.0);
        QCOMPARE(card.rangeMax, 1.0);
        QCOMPARE(card.trainableParameters, qint64(13643));
        QCOMPARE(card.weightsSha256, sha256OfFile(VaeQaModel::defaultHeadPath()));
        QCOMPARE(card.weightsSha256.size(), 64);
    }

    void identicalImagesScoreNearTheTop()
    {
        const Image image = photo();
        QVERIFY(!image.isNull());
        auto model = defaultModel(1);
        QVERIFY(model);
        auto score = model->scorePair(image, image);
        QVERIFY2(score, qPrintable(score.error()));
        QVERIFY2(*score > 0.9, qPrintable(QString::number(*score)));
    }

    void moreDistortionScoresLower_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("gaussian blur") << int(DegradationType::GaussianBlur);
        QTest::newRow("jpeg") << int(DegradationType::Jpeg);
        QTest::newRow("gaussian noise") << int(DegradationType::GaussianNoise);
        QTest::newRow("contrast loss") << int(DegradationType::ContrastLoss);
    }

    void moreDistortionScoresLower()
    {
        QFETCH(int, type);
        const Image image = photo();
        auto model = defaultModel(1);
        QVERIFY(model);
        double previous = 2.0;
        for (const int level : {1, 3, 5}) {
            auto score = model->scorePair(image, degraded(image, DegradationType(type), level));
            QVERIFY2(score, qPrintable(score.error()));
            QVERIFY2(*score < previous, qPrintable(QStringLiteral("level %1: %2 after %3").arg(level).arg(*score).arg(previous)));
            previous = *score;
        }
    }

    void smallImagesAreScoredWholeAndTinyOnesRefused()
    {
        const Image image = photo();
        Image small = image;
        small.rgb = image.rgb(cv::Rect(0, 0, 100, 80)).clone();
        auto model = defaultModel(5);
        QVERIFY(model);
        auto score = model->scorePair(small, degraded(small, DegradationType::GaussianBlur, 4));
        QVERIFY2(score, qPrintable(score.error()));
        QVERIFY(*score >= 0.0 && *score <= 1.0);

        Image tiny = image;
        tiny.rgb = image.rgb(cv::Rect(0, 0, 20, 20)).clone();
        auto refused = model->scorePair(tiny, tiny);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("32x32")) && refused.error().contains(QStringLiteral("20x20")),
                 qPrintable(refused.error()));
    }

    void mismatchedSizesAreRefusedWithBothSizes()
    {
        const Image image = photo();
        Image other = image;
        other.rgb = image.rgb(cv::Rect(0, 0, 300, 200)).clone();
        auto model = defaultModel(1);
        QVERIFY(model);
        auto refused = model->scorePair(image, other);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("300")) && refused.error().contains(QStringLiteral("512")),
                 qPrintable(refused.error()));
    }

    void cliScoresWithTheDefaultHeadAndRefusesAWrongCheckpoint()
    {
        const QString ref = QStringLiteral(IQA_SOURCE_DIR "/resources/samples/reference.png");
        const QString dist = QStringLiteral(IQA_SOURCE_DIR "/resources/samples/distorted.jpg");
        const test::Run ok = test::runIqa({QStringLiteral("score"), QStringLiteral("--model"), QStringLiteral("vae-qa"),
                                           QStringLiteral("--ref"), ref, QStringLiteral("--dist"), dist,
                                           QStringLiteral("--crops"), QStringLiteral("1")});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY(ok.out.contains("vae-qa"));

        QTemporaryDir dir;
        const QString bogus = dir.filePath(QStringLiteral("bogus.safetensors"));
        test::writeFile(bogus, "not weights");
        const test::Run bad = test::runIqa({QStringLiteral("score"), QStringLiteral("--model"), QStringLiteral("vae-qa"),
                                            QStringLiteral("--ref"), ref, QStringLiteral("--dist"), dist,
                                            QStringLiteral("--checkpoint"), bogus});
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains(QStringLiteral("bogus.safetensors")), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(TestVaeQaModel)
#include "test_vaeqa_model.moc"
