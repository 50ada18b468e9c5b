// Cross-IQA's two training stages (issue 6; core/training/CrossIqaPretrainer,
// CrossIqaHeadTrainer): pre-training writes checkpoints, previews and a
// resume state a later run continues from, and stops cleanly on cancel; the
// head stage learns a planted quality signal on held-out photos and refuses
// bad labels without writing anything.

#include "TestSupport.h"

#include "image/Degradations.h"
#include "image/ImageLoader.h"
#include "io/SafeTensors.h"
#include "models/CrossIqaModel.h"
#include "training/CrossIqaHeadTrainer.h"
#include "training/CrossIqaPretrainer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace iqa;

namespace {

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(test::readFile(path)).object();
}

} // namespace

class TestCrossIqaTraining : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_photos;  // a folder of 6 textured images

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_photos = m_dir.filePath(QStringLiteral("photos"));
        QVERIFY(QDir().mkpath(m_photos));
        for (int i = 0; i < 6; ++i) {
            const test::TexturedPair pair = test::texturedPair(200 + 10 * i, 180, 2.0 + i);
            QVERIFY(test::writeImageFile(m_photos + QStringLiteral("/photo %1.png").arg(i), pair.reference));
        }
        // Not an image, and one too small for a view: skipped with a reason.
        QVERIFY(test::writeFile(m_photos + QStringLiteral("/broken.jpg"), "not a jpeg"));
        QVERIFY(test::writeImageFile(m_photos + QStringLiteral("/tiny.png"), cv::Mat(64, 64, CV_8UC3, cv::Scalar(9, 9, 9))));
    }

    void pretrainWritesCheckpointPreviewAndResumes()
    {
        const auto images = collectPretrainImages(m_photos);
        QVERIFY2(images, qPrintable(images.error()));
        QCOMPARE(images->size(), 8);

        CrossIqaPretrainOptions o;
        o.imagePaths = *images;
        o.outPath = m_dir.filePath(QStringLiteral("pre.safetensors"));
        o.steps = 4;
        o.batchSize = 2;
        o.warmupSteps = 1;
        o.checkpointEvery = 2;
        QStringList checkpoints;
        CrossIqaPretrainCallbacks callbacks;
        callbacks.checkpoint = [&](const QString &, const QString &preview) { checkpoints << preview; };
        auto first = pretrainCrossIqa(o, callbacks);
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first->steps, 4);
        QCOMPARE(first->images, 6);
        QCOMPARE(first->skipped.size(), 2);
        QVERIFY(first->skipped.join(QLatin1Char('\n')).contains(QStringLiteral("tiny.png")));
        QVERIFY(std::isfinite(first->finalLoss) && first->finalLoss > 0);
        QCOMPARE(checkpoints.size(), 2);

        // The preview: 4 rows of 6 views of 128 px with 4 px gaps.
        const cv::Mat preview = cv::imread(first->previewPath.toStdString());
        QCOMPARE(preview.cols, 6 * 128 + 7 * 4);
        QCOMPARE(preview.rows, 4 * 128 + 5 * 4);
        QVERIFY(first->previewPath.endsWith(QStringLiteral("step-000004.png")));

        // The checkpoint names its stage; it cannot score before a head is fitted.
        auto file = SafeTensorsFile::open(o.outPath);
        QVERIFY2(file, qPrintable(file.error()));
        QCOMPARE(file->metadata().value(QStringLiteral("stage")), QStringLiteral("pretrain"));
        QCOMPARE(file->metadata().value(QStringLiteral("pretrain_steps")), QStringLiteral("4"));
        CrossIqaOptions scoring;
        scoring.checkpointPath = o.outPath;
        auto refused = CrossIqaModel::create(scoring);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("--stage head")), qPrintable(refused.error()));

        // Resume: a longer run continues at step 4 and records 6.
        o.steps = 6;
        o.resume = true;
        QStringList notes;
        callbacks.note = [&](const QString &text) { notes << text; };
        auto second = pretrainCrossIqa(o, callbacks);
        QVERIFY2(second, qPrintable(second.error()));
        QCOMPARE(second->steps, 6);
        QVERIFY2(notes.join(QLatin1Char('\n')).contains(QStringLiteral("Resuming at step 4")), qPrintable(notes.join(QLatin1Char('\n'))));
        QCOMPARE(readJson(second->metadataPath).value(QStringLiteral("steps_done")).toInt(), 6);
        QCOMPARE(readJson(o.outPath + QStringLiteral(".resume/state.json")).value(QStringLiteral("step")).toInt(), 6);
    }

    void cancelledPretrainingKeepsTheLastCheckpoint()
    {
        CrossIqaPretrainOptions o;
        o.imagePaths = *collectPretrainImages(m_photos);
        o.outPath = m_dir.filePath(QStringLiteral("cancelled.safetensors"));
        o.steps = 50;
        o.batchSize = 2;
        o.warmupSteps = 1;
        o.checkpointEvery = 2;
        // A request right after the first checkpoint (step 2): the run stops
        // before its next step.
        bool stop = false;
        CrossIqaPretrainCallbacks callbacks;
        callbacks.checkpoint = [&](const QString &, const QString &) { stop = true; };
        callbacks.cancelled = [&] { return stop; };
        auto result = pretrainCrossIqa(o, callbacks);
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY(result->cancelled);
        QCOMPARE(result->steps, 2);
        QCOMPARE(result->checkpointStep, 2);
        auto file = SafeTensorsFile::open(o.outPath);
        QVERIFY2(file, qPrintable(file.error()));
        QCOMPARE(file->metadata().value(QStringLiteral("pretrain_steps")), QStringLiteral("2"));
    }

    void pretrainRefusesUnusableInput()
    {
        QVERIFY(!collectPretrainImages(m_dir.filePath(QStringLiteral("nowhere"))));
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        const auto none = collectPretrainImages(empty);
        QVERIFY(!none);
        QVERIFY(none.error().contains(QStringLiteral("No images")));

        CrossIqaPretrainOptions o;
        o.imagePaths = {m_photos + QStringLiteral("/tiny.png"), m_photos + QStringLiteral("/broken.jpg")};
        o.outPath = m_dir.filePath(QStringLiteral("never.safetensors"));
        auto result = pretrainCrossIqa(o);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("at least two usable images")), qPrintable(result.error()));
        QVERIFY(!QFileInfo::exists(o.outPath));

        // Another model's checkpoint as the start.
        o.imagePaths = *collectPretrainImages(m_photos);
        o.startPath = QStringLiteral(":/models/vae-qa/vae-qa-head.safetensors");
        result = pretrainCrossIqa(o);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("vae-qa")), qPrintable(result.error()));
    }

    // A planted signal: held-out photos, each as is and darkened at three
    // levels (raters who punish under-exposure), labelled by level. The
    // frozen default transformer's class token must carry it —
    // cross-validated on images the fit did not see — and the written
    // checkpoint must score as a model.
    void headLearnsAPlantedSignalAndScoresAsAModel()
    {
        const QStringList photos = test::biq2021TestPhotos(12);
        QCOMPARE(photos.size(), 12);
        const QString folder = m_dir.filePath(QStringLiteral("planted"));
        QVERIFY(QDir().mkpath(folder));
        QByteArray csv = "image,mos\n";
        const ImageLoader loader;
        for (int i = 0; i < photos.size(); ++i) {
            auto image = loader.load(photos[i]);
            QVERIFY2(image, qPrintable(image.error()));
            cv::Mat rgb;
            cv::resize(image->rgb(cv::Rect(0, 0, std::min(image->width(), 384), std::min(image->height(), 384))), rgb, cv::Size(192, 192),
                       0, 0, cv::INTER_AREA);
            for (const int level : {0, 2, 4, 5}) {
                auto degraded = degrade(rgb, DegradationType::Darken, level, quint64(i));
                QVERIFY(degraded);
                cv::Mat bgr;
                cv::cvtColor(*degraded, bgr, cv::COLOR_RGB2BGR);
                const QString name = QStringLiteral("p%1 dark %2.png").arg(i).arg(level);
                QVERIFY(test::writeImageFile(folder + QLatin1Char('/') + name, bgr));
                csv += QStringLiteral("%1,%2\n").arg(name).arg(1.0 - 0.2 * level).toUtf8();
            }
        }
        csv += "missing.png,0.5\n";
        QVERIFY(test::writeFile(folder + QStringLiteral("/labels.csv"), csv));

        CrossIqaHeadOptions o;
        o.labelsPath = folder + QStringLiteral("/labels.csv");
        o.outPath = m_dir.filePath(QStringLiteral("head.safetensors"));
        o.crops = 5;
        auto result = trainCrossIqaHead(o);
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result->images, 48);
        QCOMPARE(result->skipped.size(), 1);
        QVERIFY(result->skipped.first().contains(QStringLiteral("missing.png")));
        QVERIFY(result->crossValidated.srcc);
        qInfo("planted darkening signal: cross-validated SRCC %.3f, ridge %g", *result->crossValidated.srcc, result->ridge);
        QVERIFY2(*result->crossValidated.srcc > 0.8, qPrintable(QString::number(*result->crossValidated.srcc)));
        // The "before": the shipped head on the same images, which it was not fitted to.
        QVERIFY(result->before && result->before->srcc);
        qInfo("shipped head on the planted set: SRCC %.3f", *result->before->srcc);
        QVERIFY(*result->crossValidated.srcc > *result->before->srcc);
        const QJsonObject json = readJson(result->metadataPath);
        QCOMPARE(json.value(QStringLiteral("images")).toInt(), 48);
        QVERIFY(!json.value(QStringLiteral("labels_sha256")).toString().isEmpty());

        // The checkpoint scores; a darker copy of a training photo scores lower.
        CrossIqaOptions scoring;
        scoring.checkpointPath = o.outPath;
        auto model = CrossIqaModel::create(scoring);
        QVERIFY2(model, qPrintable(model.error()));
        const auto asShot = (*model)->scoreImage(*loader.load(folder + QStringLiteral("/p0 dark 0.png")));
        const auto darker = (*model)->scoreImage(*loader.load(folder + QStringLiteral("/p0 dark 5.png")));
        QVERIFY(asShot && darker);
        QVERIFY2(*asShot > *darker + 0.2, qPrintable(QStringLiteral("%1 vs %2").arg(*asShot).arg(*darker)));

        // The same number through the command line.
        const test::Run run = test::runProgram(test::cliPath(), {QStringLiteral("score"), QStringLiteral("--model"), QStringLiteral("cross-iqa"),
                                                                 QStringLiteral("--checkpoint"), o.outPath, QStringLiteral("--image"),
                                                                 folder + QStringLiteral("/p0 dark 0.png"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const double cli = run.json().value(QStringLiteral("results")).toArray().first().toObject()
                               .value(QStringLiteral("scores")).toObject().value(QStringLiteral("cross-iqa")).toDouble();
        QVERIFY2(std::abs(cli - *asShot) < 1e-5, qPrintable(QStringLiteral("%1 vs %2").arg(cli).arg(*asShot)));
    }

    void headRefusesBadLabelsAndWritesNothing()
    {
        const QString folder = m_dir.filePath(QStringLiteral("bad"));
        QVERIFY(QDir().mkpath(folder));
        QByteArray same = "image,mos\n";
        for (int i = 0; i < 12; ++i) {
            const test::TexturedPair pair = test::texturedPair(128, 128, 1.0 + i);
            QVERIFY(test::writeImageFile(folder + QStringLiteral("/t%1.png").arg(i), pair.reference));
            same += QStringLiteral("t%1.png,3\n").arg(i).toUtf8();
        }
        QVERIFY(test::writeFile(folder + QStringLiteral("/same.csv"), same));
        QVERIFY(test::writeFile(folder + QStringLiteral("/pairs.csv"), "ref,dist,mos\nt0.png,t1.png,3\n"));

        CrossIqaHeadOptions o;
        o.crops = 1;
        o.outPath = folder + QStringLiteral("/out.safetensors");
        o.labelsPath = folder + QStringLiteral("/same.csv");
        auto result = trainCrossIqaHead(o);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("one value")), qPrintable(result.error()));

        o.labelsPath = folder + QStringLiteral("/pairs.csv");
        result = trainCrossIqaHead(o);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("full-reference")), qPrintable(result.error()));

        o.labelsPath = folder + QStringLiteral("/same.csv");
        CrossIqaHeadCallbacks callbacks;
        callbacks.cancelled = [] { return true; };
        result = trainCrossIqaHead(o, callbacks);
        QVERIFY(!result);
        QVERIFY(result.error().contains(QStringLiteral("Cancelled")));
        QVERIFY(!QFileInfo::exists(o.outPath));
    }
};

QTEST_GUILESS_MAIN(TestCrossIqaTraining)
#include "test_cross_iqa_training.moc"
