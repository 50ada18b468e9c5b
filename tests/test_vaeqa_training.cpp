// VAE-QA's synthetic training (core/training): the training set and its
// feature cache, the trainer's checkpoints, cancel and resume, and the
// refusal of heads that belong to another model.

#include "TestSupport.h"

#include "image/Degradations.h"
#include "image/ImageLoader.h"
#include "io/SafeTensors.h"
#include "models/FeatureEncoder.h"
#include "models/VaeQaModel.h"
#include "training/VaeQaTarget.h"
#include "training/VaeQaTrainer.h"
#include "training/VaeQaTrainingSet.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace iqa;

namespace {

// Five well-rated BIQ2021 training photos as a pristine label file.
QString writePristineLabels(const QString &folder)
{
    const QString images = test::sharedData() + QStringLiteral("/biq2021/images/");
    QByteArray csv = "image,mos,split\n";
    const char *names[] = {"ss01 (1).jpg", "ss01 (1000).jpg", "ss01 (1007).jpg", "ss01 (1022).jpg", "ss01 (1023).jpg"};
    for (const char *name : names)
        csv += "\"" + (images + QLatin1String(name)).toUtf8() + "\",0.9,train\n";
    const QString path = folder + QStringLiteral("/pristine.csv");
    test::writeFile(path, csv);
    return path;
}

VaeQaTrainingSetOptions smallRecipe(const QString &folder)
{
    VaeQaTrainingSetOptions o;
    o.pristineLabels = writePristineLabels(folder);
    o.images = 5;            // 4 training (one of them validation) + 1 held out
    o.typesPerImage = 1;
    o.heldOutTypes = {DegradationType::MotionBlur};
    o.cropSize = 64;         // small crops keep the test fast; the recipe uses 256
    o.encoderWeights = test::sharedModels() + QLatin1Char('/') + FeatureEncoder::defaultWeightsFile(QStringLiteral("taef2"));
    o.workFolder = folder + QStringLiteral("/work");
    return o;
}

} // namespace

class TestVaeQaTraining : public QObject
{
    Q_OBJECT

private slots:
    void targetIsOneForIdenticalPairsAndHalfAtTheMedian()
    {
        const QVector<QVector<double>> distances{{0, 0}, {1, 2}, {2, 4}, {3, 6}};
        const VaeQaTargetCalibration c = VaeQaTargetCalibration::fit(distances);
        QCOMPARE(c.layerMedians, (QVector<double>{2, 4}));  // identical pairs are not counted
        QCOMPARE(c.quality({0, 0}), 1.0);
        QCOMPARE(c.quality({2, 4}), 0.5);
        QVERIFY(c.quality({3, 6}) < c.quality({1, 2}));
        VaeQaTargetCalibration back;
        QVERIFY(VaeQaTargetCalibration::fromJson(c.toJson(), &back));
        QCOMPARE(back.quality({1, 2}), c.quality({1, 2}));
    }

    void buildsTrainsCancelsAndResumes()
    {
        QTemporaryDir dir;
        const VaeQaTrainingSetOptions recipe = smallRecipe(dir.path());
        auto set = buildVaeQaTrainingSet(recipe);
        QVERIFY2(set, qPrintable(set.error()));
        QCOMPARE(set->images.size(), 5);
        // Training images: identity + 1 type x 5 levels; held out: identity +
        // the held-out type and one training type, 5 levels each.
        QCOMPARE(set->trainingSamples(), 4 * 6);
        QCOMPARE(set->heldOutSamples(), 11);
        QVERIFY(QFileInfo::exists(set->heldOutFolder + QStringLiteral("/img000_ref.png")));
        QVERIFY(QFileInfo::exists(set->heldOutFolder + QStringLiteral("/img000_motion-blur_5.png")));

        // A second build reuses every cache file instead of encoding again.
        const QString cacheFile = recipe.workFolder + QLatin1Char('/') + set->images.last().cacheFile;
        const QDateTime written = QFileInfo(cacheFile).lastModified();
        auto again = buildVaeQaTrainingSet(recipe);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(QFileInfo(cacheFile).lastModified(), written);

        // The same work folder with another recipe is refused, not mixed.
        VaeQaTrainingSetOptions other = recipe;
        other.typesPerImage = 2;
        auto mixed = buildVaeQaTrainingSet(other);
        QVERIFY(!mixed);
        QVERIFY2(mixed.error().contains(QStringLiteral("another recipe")), qPrintable(mixed.error()));

        // Cancel after the first epoch: no head is written, resume state is.
        VaeQaTrainOptions train;
        train.outPath = dir.filePath(QStringLiteral("head.safetensors"));
        train.epochs = 3;
        train.learningRate = 1e-3;
        std::atomic_bool cancel{false};
        auto cancelled = trainVaeQaHead(*set, train, [&](const VaeQaEpochReport &) { cancel = true; }, &cancel);
        QVERIFY(!cancelled);
        QVERIFY2(cancelled.error().contains(QStringLiteral("cancelled")), qPrintable(cancelled.error()));
        QVERIFY(!QFileInfo::exists(train.outPath));
        QVERIFY(QFileInfo::exists(train.outPath + QStringLiteral(".resume/state.json")));

        // Resume continues at epoch 2 and finishes.
        train.resume = true;
        QVector<int> epochsRun;
        auto resumed = trainVaeQaHead(*set, train, [&](const VaeQaEpochReport &r) { epochsRun << r.epoch; });
        QVERIFY2(resumed, qPrintable(resumed.error()));
        QCOMPARE(epochsRun, (QVector<int>{2, 3}));
        QCOMPARE(resumed->history.size(), 3);
        QCOMPARE(resumed->trainableParameters, qint64(13643));
        QVERIFY(QFileInfo::exists(resumed->headPath));

        // The metadata names the data, the recipe and the results.
        QFile json(resumed->metadataPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject meta = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(meta.value(QStringLiteral("model")).toString(), QStringLiteral("vae-qa"));
        QCOMPARE(meta.value(QStringLiteral("data")).toObject().value(QStringLiteral("held_out_images")).toInt(), 1);
        QCOMPARE(meta.value(QStringLiteral("history")).toArray().size(), 3);
        QVERIFY(!meta.value(QStringLiteral("encoder_weights_sha256")).toString().isEmpty());

        // The trained head scores like any model, and a pair of identical
        // images is a valid input.
        VaeQaOptions options;
        options.headPath = resumed->headPath;
        options.crops = 1;
        auto model = VaeQaModel::create(options);
        QVERIFY2(model, qPrintable(model.error()));
        QCOMPARE((*model)->card().trainableParameters, qint64(13643));
        auto image = ImageLoader().load(set->heldOutFolder + QStringLiteral("/img000_ref.png"));
        QVERIFY(image);
        auto score = (*model)->scorePair(*image, *image);
        QVERIFY2(score, qPrintable(score.error()));
        QVERIFY(*score >= 0.0 && *score <= 1.0);

        // The held-out pairs are a label file iqa eval reads.
        QVERIFY(QFileInfo::exists(resumed->heldOutLabels));
    }

    void refusesHeadsOfOtherModels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.safetensors"));
        SafeTensorsWriter writer;
        writer.setMetadata({{QStringLiteral("model"), QStringLiteral("cross-iqa")}});
        const float one = 1.0f;
        QVERIFY(writer.addFloat32(QStringLiteral("head.weight"), {1}, &one));
        QVERIFY(writer.save(path));
        VaeQaOptions options;
        options.headPath = path;
        auto model = VaeQaModel::create(options);
        QVERIFY(!model);
        QVERIFY2(model.error().contains(QStringLiteral("cross-iqa")) && model.error().contains(QStringLiteral("other.safetensors")),
                 qPrintable(model.error()));

        // Right metadata, wrong tensors: the first mismatch is named.
        VaeQaHeadInfo info;
        info.encoderId = QStringLiteral("taef2");
        info.tapChannels = {64, 64, 64, 64, 64, 64};
        SafeTensorsWriter wrong;
        wrong.setMetadata(info.toMetadata());
        QVERIFY(wrong.addFloat32(QStringLiteral("mlp.0.bias"), {1}, &one));
        QVERIFY(wrong.save(path));
        model = VaeQaModel::create(options);
        QVERIFY(!model);
        QVERIFY2(model.error().contains(QStringLiteral("VAE-QA head")), qPrintable(model.error()));

        // Not a safetensors file at all.
        test::writeFile(path, "this is not a checkpoint");
        model = VaeQaModel::create(options);
        QVERIFY(!model);
        QVERIFY2(model.error().contains(QStringLiteral("other.safetensors")), qPrintable(model.error()));
    }

    void cropsCoverTheImage()
    {
        QCOMPARE(VaeQaModel::cropRects(cv::Size(512, 384), 1, 256), (QVector<cv::Rect>{cv::Rect(128, 64, 256, 256)}));
        const QVector<cv::Rect> five = VaeQaModel::cropRects(cv::Size(512, 384), 5, 256);
        QCOMPARE(five.size(), 5);
        QVERIFY(five.contains(cv::Rect(256, 128, 256, 256)));
        // Smaller than a crop: the whole image, once.
        QCOMPARE(VaeQaModel::cropRects(cv::Size(200, 100), 5, 256), (QVector<cv::Rect>{cv::Rect(0, 0, 200, 100)}));
        // One side smaller: full height, three distinct positions across.
        QCOMPARE(VaeQaModel::cropRects(cv::Size(600, 100), 5, 256).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestVaeQaTraining)
#include "test_vaeqa_training.moc"
