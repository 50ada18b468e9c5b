// Cross-IQA's two training stages (issue 6; core/training/CrossIqaPretrainer,
// CrossIqaHeadTrainer): pre-training writes checkpoints, previews and a
// resume state a later run continues from, and stops cleanly on cancel; the
// head stage learns a planted quality signal on held-out photos, reports a
// before/after prediction per image, and refuses bad labels without writing
// anything. Fine-tuning from comparisons (issue 5; CrossIqaPairwiseHead)
// learns a planted preference from a pairwise study, refuses other methods
// and lists the votes whose images are missing.

#include "TestSupport.h"

#include "image/Degradations.h"
#include "image/ImageLoader.h"
#include "io/SafeTensors.h"
#include "models/CrossIqaModel.h"
#include "metrics/Correlation.h"
#include "studies/StudyStore.h"
#include "training/CrossIqaHeadTrainer.h"
#include "training/CrossIqaPairwiseHead.h"
#include "training/CrossIqaPretrainer.h"
#include "training/OrderedRidge.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <limits>

using namespace iqa;

namespace {

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(test::readFile(path)).object();
}

QString plantedName(int photo, int level)
{
    return QStringLiteral("p%1 dark %2.png").arg(photo).arg(level);
}

} // namespace

class TestCrossIqaTraining : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_photos;  // a folder of 6 textured images
    QString m_planted; // held-out photos darkened at levels 0, 2, 4, 5; written once

    static constexpr int kPlantedPhotos = 12;

    // Held-out BIQ2021 photos, each as is and darkened at three levels, cut
    // to 192 x 192 so that encoding them stays quick.
    bool writePlantedImages()
    {
        if (!m_planted.isEmpty())
            return true;
        const QStringList photos = test::biq2021TestPhotos(kPlantedPhotos);
        const QString folder = m_dir.filePath(QStringLiteral("planted"));
        if (photos.size() != kPlantedPhotos || !QDir().mkpath(folder))
            return false;
        const ImageLoader loader;
        for (int i = 0; i < photos.size(); ++i) {
            auto image = loader.load(photos[i]);
            if (!image)
                return false;
            cv::Mat rgb;
            cv::resize(image->rgb(cv::Rect(0, 0, std::min(image->width(), 384), std::min(image->height(), 384))), rgb, cv::Size(192, 192),
                       0, 0, cv::INTER_AREA);
            for (const int level : {0, 2, 4, 5}) {
                auto degraded = degrade(rgb, DegradationType::Darken, level, quint64(i));
                if (!degraded)
                    return false;
                cv::Mat bgr;
                cv::cvtColor(*degraded, bgr, cv::COLOR_RGB2BGR);
                if (!test::writeImageFile(folder + QLatin1Char('/') + plantedName(i, level), bgr))
                    return false;
            }
        }
        m_planted = folder;
        return true;
    }

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

    // A checkpoint of plain pre-training (the token-only decoder, as every
    // checkpoint before the conditioned decoder): pre-training from it with a
    // conditioned decoder adds the modulation, the variance output and the
    // probe (saying so), and the checkpoint it writes records the new
    // conditioning and holds them; a later run keeps them.
    void pretrainingFromAnEarlierCheckpointAddsTheModulation()
    {
        CrossIqaPretrainOptions o;
        o.imagePaths = *collectPretrainImages(m_photos);
        o.outPath = m_dir.filePath(QStringLiteral("plain.safetensors"));
        o.steps = 1;
        o.batchSize = 2;
        o.warmupSteps = 0;
        auto plain = pretrainCrossIqa(o, {});
        QVERIFY2(plain, qPrintable(plain.error()));
        auto plainFile = SafeTensorsFile::open(o.outPath);
        QVERIFY2(plainFile, qPrintable(plainFile.error()));
        QCOMPARE(plainFile->metadata().value(QStringLiteral("decoder_conditioning")), QStringLiteral("token"));
        QVERIFY(!plainFile->info(QStringLiteral("decoder.modulation.weight")));

        o.startPath = o.outPath;
        o.outPath = m_dir.filePath(QStringLiteral("modulated.safetensors"));
        o.conditionedDecoder = true;
        o.hiddenShare = 0.75;
        o.spectrumWeight = 2;
        o.samePhotoWeight = 1.5;
        QStringList notes;
        CrossIqaPretrainCallbacks callbacks;
        callbacks.note = [&](const QString &text) { notes << text; };
        auto result = pretrainCrossIqa(o, callbacks);
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY2(notes.join(QLatin1Char('\n')).contains(QStringLiteral("modulation by q")), qPrintable(notes.join(QLatin1Char('\n'))));

        auto written = SafeTensorsFile::open(o.outPath);
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(written->metadata().value(QStringLiteral("decoder_conditioning")), QStringLiteral("token+modulation"));
        QVERIFY(written->info(QStringLiteral("decoder.modulation.weight")));
        QVERIFY(written->info(QStringLiteral("decoder.log_variance.weight")));
        QVERIFY(written->info(QStringLiteral("decoder.mask_token")));
        QCOMPARE(written->info(QStringLiteral("decoder.degradation.weight"))->shape, (QVector<qint64>{21 + 1, 192}));
        // The two extra terms are reported beside the two pixel losses.
        const QJsonArray history = readJson(result->metadataPath).value(QStringLiteral("history")).toArray();
        QVERIFY(!history.isEmpty());
        const QJsonObject last = history.last().toObject();
        QVERIFY(last.contains(QStringLiteral("spread")));
        QVERIFY(last.value(QStringLiteral("spectrum")).toDouble() > 0);
        const QJsonObject options = readJson(result->metadataPath).value(QStringLiteral("options")).toObject();
        QCOMPARE(options.value(QStringLiteral("spectrum_weight")).toDouble(), 2.0);
        QVERIFY(options.value(QStringLiteral("loss")).toString().contains(QStringLiteral("2 x mean absolute difference of the log spectral power")));
        // The same-photo term: its weight, its place in the loss text and its value per history row.
        QCOMPARE(options.value(QStringLiteral("same_photo_weight")).toDouble(), 1.5);
        QVERIFY(options.value(QStringLiteral("loss")).toString().contains(QStringLiteral("1.5 x squared error of the probe's level difference")));
        QVERIFY(last.value(QStringLiteral("same_photo")).toDouble() > 0);
        // The probe is untrained after one step: about ln 21 for the type plus the level's squared error.
        QVERIFY2(last.value(QStringLiteral("degradation")).toDouble() > 2.5, qPrintable(QString::number(last.value(QStringLiteral("degradation")).toDouble())));

        // The written checkpoint is a valid start for the next run, without any
        // note, and keeps its layers even when the option is not given; the
        // options that need them are accepted on the strength of the start.
        o.startPath = o.outPath;
        o.conditionedDecoder = false;
        o.hiddenShare = 0.5;
        o.spectrumWeight = 0;
        o.samePhotoWeight = 1;
        o.outPath = m_dir.filePath(QStringLiteral("modulated-again.safetensors"));
        notes.clear();
        result = pretrainCrossIqa(o, callbacks);
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY2(!notes.join(QLatin1Char('\n')).contains(QStringLiteral("modulation by q")), qPrintable(notes.join(QLatin1Char('\n'))));
        written = SafeTensorsFile::open(o.outPath);
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(written->metadata().value(QStringLiteral("decoder_conditioning")), QStringLiteral("token+modulation"));
        QCOMPARE(readJson(result->metadataPath).value(QStringLiteral("options")).toObject().value(QStringLiteral("same_photo_weight")).toDouble(), 1.0);
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

        // Hiding content tokens without the conditioned decoder (nor a start
        // checkpoint that has it), or all of them.
        o.imagePaths = *collectPretrainImages(m_photos);
        o.hiddenShare = 0.5;
        result = pretrainCrossIqa(o);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("conditioned decoder")), qPrintable(result.error()));
        o.conditionedDecoder = true;
        o.hiddenShare = 1.0;
        result = pretrainCrossIqa(o);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("share of hidden content tokens")), qPrintable(result.error()));
        QVERIFY(!QFileInfo::exists(o.outPath));
        o.conditionedDecoder = false;
        o.hiddenShare = 0;
        o.spectrumWeight = -1;
        result = pretrainCrossIqa(o);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("spectrum weight")), qPrintable(result.error()));
        o.spectrumWeight = 0;
        // The same-photo term reads the probe, which only the conditioned decoder has.
        o.samePhotoWeight = 1;
        result = pretrainCrossIqa(o);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("same-photo term need the conditioned decoder")), qPrintable(result.error()));
        o.conditionedDecoder = true;
        o.samePhotoWeight = std::numeric_limits<double>::quiet_NaN();
        result = pretrainCrossIqa(o);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("same-photo weight must be")), qPrintable(result.error()));
        QVERIFY(!QFileInfo::exists(o.outPath));
        o.conditionedDecoder = false;
        o.samePhotoWeight = 0;

        // Another model's checkpoint as the start.
        o.startPath = QStringLiteral(":/models/vae-qa/vae-qa-head.safetensors");
        result = pretrainCrossIqa(o);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("vae-qa")), qPrintable(result.error()));
    }

    // The spectrum term exists so that a reconstruction with the target's
    // grain, wherever the grain sits, beats the smooth mean that the pixel
    // MSE prefers; identical images cost nothing.
    void spectrumTermAsksForTheGrainsStrengthNotItsPlace()
    {
        cv::Mat smooth(128, 128, CV_32FC3);
        for (int y = 0; y < smooth.rows; ++y)
            for (int x = 0; x < smooth.cols; ++x)
                smooth.at<cv::Vec3f>(y, x) = cv::Vec3f(0.2f + 0.5f * x / 127.0f, 0.5f + 0.2f * std::sin(y / 20.0f), 0.4f);
        const auto grainy = [&](quint64 seed) {
            cv::Mat noise(smooth.size(), CV_32FC3);
            cv::RNG rng(seed);
            rng.fill(noise, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(0.08));
            return cv::Mat(smooth + noise);
        };
        const cv::Mat target = grainy(1), otherGrain = grainy(2);
        const auto mse = [&](const cv::Mat &rebuilt) { return cv::norm(rebuilt, target, cv::NORM_L2SQR) / double(target.total() * 3); };
        QVERIFY(mse(smooth) < mse(otherGrain));

        const auto toSmooth = crossIqaSpectrumDistance(smooth, target);
        const auto toGrain = crossIqaSpectrumDistance(otherGrain, target);
        const auto toItself = crossIqaSpectrumDistance(target, target);
        QVERIFY2(toSmooth && toGrain && toItself, qPrintable(toSmooth ? toGrain.error() : toSmooth.error()));
        QCOMPARE(*toItself, 0.0);
        QVERIFY2(*toGrain < 0.2 * *toSmooth, qPrintable(QStringLiteral("other grain %1, smooth %2").arg(*toGrain).arg(*toSmooth)));

        const auto wrongSize = crossIqaSpectrumDistance(smooth(cv::Rect(0, 0, 100, 100)).clone(), target(cv::Rect(0, 0, 100, 100)).clone());
        QVERIFY(!wrongSize);
        QVERIFY2(wrongSize.error().contains(QStringLiteral("multiple of 16")), qPrintable(wrongSize.error()));
        cv::Mat bytes;
        target.convertTo(bytes, CV_8UC3, 255);
        QVERIFY(!crossIqaSpectrumDistance(bytes, bytes));
    }

    // A planted signal: held-out photos, each as is and darkened at three
    // levels (raters who punish under-exposure), labelled by level. The
    // frozen default transformer's class token must carry it —
    // cross-validated on images the fit did not see — and the written
    // checkpoint must score as a model.
    void headLearnsAPlantedSignalAndScoresAsAModel()
    {
        QVERIFY(writePlantedImages());
        const QString folder = m_planted;
        // Two content groups in a type column, for the per-type breakdown.
        QByteArray csv = "image,mos,type\n";
        for (int i = 0; i < kPlantedPhotos; ++i)
            for (const int level : {0, 2, 4, 5})
                csv += QStringLiteral("%1,%2,%3\n").arg(plantedName(i, level)).arg(1.0 - 0.2 * level)
                           .arg(i < kPlantedPhotos / 2 ? QStringLiteral("group a") : QStringLiteral("group b")).toUtf8();
        csv += "missing.png,0.5,group a\n";
        const ImageLoader loader;
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

        // One prediction per image, from which the reported correlations follow.
        QCOMPARE(result->predictions.size(), 48);
        QVector<double> labels, before, after;
        for (const CrossIqaHeadPrediction &p : std::as_const(result->predictions)) {
            QVERIFY2(QFileInfo(p.image).isAbsolute() && QFileInfo::exists(p.image), qPrintable(p.image));
            QVERIFY(p.before);
            labels << p.mos;
            before << *p.before;
            after << p.after;
        }
        QCOMPARE(result->predictions.first().image, QFileInfo(folder + QStringLiteral("/p0 dark 0.png")).absoluteFilePath());
        QCOMPARE(result->predictions.first().mos, 1.0);
        QCOMPARE(result->predictions.first().type, QStringLiteral("group a"));
        QVERIFY(std::abs(*spearman(after, labels) - *result->crossValidated.srcc) < 1e-12);
        QVERIFY(std::abs(*correlate(after, labels)->plcc - *result->crossValidated.plcc) < 1e-12);
        QVERIFY(std::abs(*spearman(before, labels) - *result->before->srcc) < 1e-12);
        QCOMPARE(json.value(QStringLiteral("predictions")).toArray().size(), 48);
        QCOMPARE(json.value(QStringLiteral("predictions")).toArray().at(5).toObject().value(QStringLiteral("after")).toDouble(),
                 result->predictions.at(5).after);

        // Per type: SRCC within each content group, the same as computed here.
        QCOMPARE(result->types.size(), 2);
        for (const CrossIqaTypeAgreement &t : std::as_const(result->types)) {
            QCOMPARE(t.n, 24);
            QVector<double> typeLabels, typeAfter;
            for (const CrossIqaHeadPrediction &p : std::as_const(result->predictions))
                if (p.type == t.type) {
                    typeLabels << p.mos;
                    typeAfter << p.after;
                }
            QVERIFY(t.afterSrcc && t.beforeSrcc);
            QVERIFY(std::abs(*t.afterSrcc - *spearman(typeAfter, typeLabels)) < 1e-12);
            qInfo("%s: SRCC before %.3f, after %.3f", qPrintable(t.type), *t.beforeSrcc, *t.afterSrcc);
            QVERIFY2(*t.afterSrcc > 0.6, qPrintable(QString::number(*t.afterSrcc)));
        }
        QCOMPARE(result->types.first().type, QStringLiteral("group a"));
        QCOMPARE(json.value(QStringLiteral("types")).toArray().size(), 2);

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

    // A planted preference: raters who like under-exposure. Each held-out
    // photo is compared with itself darkened at levels 0, 2 and 5, and the
    // darker side always wins — what the shipped head, fitted to BIQ2021's
    // MOS, does not predict. Folds hold out whole pairs, so the "after" is
    // on pairs the fit never saw.
    void pairwiseHeadLearnsAPlantedPreference()
    {
        QVERIFY(writePlantedImages());
        const auto path = [&](int photo, int level) { return m_planted + QLatin1Char('/') + plantedName(photo, level); };
        StudyDefinition definition;
        definition.name = QStringLiteral("prefers dark");
        definition.method = VoteMethod::Pairwise;
        QHash<QString, int> level;
        const std::pair<int, int> comparisons[] = {{0, 2}, {0, 5}, {2, 5}};
        for (int i = 0; i < kPlantedPhotos; ++i)
            for (int k = 0; k < 3; ++k) {
                QString first = path(i, comparisons[k].first), second = path(i, comparisons[k].second);
                level.insert(first, comparisons[k].first);
                level.insert(second, comparisons[k].second);
                // The darker image is first in half of the items: "first" says nothing.
                if ((i + k) % 2)
                    std::swap(first, second);
                definition.items.append({ItemKind::Test, first, second, std::nullopt});
            }
        // A practice trial: never learned from.
        definition.items.append({ItemKind::Training, path(0, 0), path(1, 0), std::nullopt});
        const QString studyPath = m_dir.filePath(QStringLiteral("prefers-dark.iqastudy"));
        {
            auto store = StudyStore::create(studyPath, definition);
            QVERIFY2(store, qPrintable(store.error()));
            for (const QString &rater : {QStringLiteral("ann"), QStringLiteral("bob")}) {
                SessionRequest request;
                request.rater = rater;
                request.seed = 7;
                const auto session = (*store)->startSession(request);
                QVERIFY2(session, qPrintable(session.error()));
                const auto schedule = (*store)->schedule(session->id);
                QVERIFY(schedule);
                for (const Trial &trial : *schedule) {
                    const double value = level.value(trial.item.first) > level.value(trial.item.second) ? 1 : 0;
                    const QDateTime now = QDateTime::currentDateTimeUtc();
                    QVERIFY((*store)->castVote(session->id, trial.position, value, now, now).ok());
                }
            }
        }

        CrossIqaPairwiseOptions o;
        o.votesPath = studyPath;
        o.outPath = m_dir.filePath(QStringLiteral("pairs.safetensors"));
        auto result = trainCrossIqaPairwiseHead(o);
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY(result->fromStudy);
        QCOMPARE(result->votes, 72);
        QCOMPARE(result->pairs, 36);
        QCOMPARE(result->images, 36);
        QCOMPARE(result->practiceVotes, 2);
        QVERIFY2(result->skipped.isEmpty(), qPrintable(result->skipped.join(QLatin1Char('\n'))));
        QCOMPARE(result->ceiling, 1.0);
        QVERIFY(result->before);
        qInfo("planted preference for darker images: held-out vote agreement %.3f before, %.3f after (L2 %g)", *result->before,
              result->after, result->strength);
        QVERIFY2(result->after > 0.85, qPrintable(QString::number(result->after)));
        QVERIFY2(result->after > *result->before + 0.25, qPrintable(QStringLiteral("%1 vs %2").arg(result->after).arg(*result->before)));
        QVERIFY(result->calibrated);

        // The checkpoint records where its head came from and drops the
        // start head's record (its labels are not this head's).
        auto file = SafeTensorsFile::open(o.outPath);
        QVERIFY2(file, qPrintable(file.error()));
        QCOMPARE(file->metadata().value(QStringLiteral("head_source")), QStringLiteral("pairwise"));
        QCOMPARE(file->metadata().value(QStringLiteral("head_votes")), QStringLiteral("72"));
        QVERIFY(!file->metadata().contains(QStringLiteral("head_labels_sha256")));
        const QJsonObject json = readJson(result->metadataPath);
        QCOMPARE(json.value(QStringLiteral("agreement")).toObject().value(QStringLiteral("after")).toDouble(), result->after);
        QCOMPARE(json.value(QStringLiteral("votes_kind")).toString(), QStringLiteral("study"));

        // It scores as a model: the darker copy now wins, and the scores stay
        // on the start head's 0..1 scale instead of Bradley-Terry logits.
        CrossIqaOptions scoring;
        scoring.checkpointPath = o.outPath;
        auto model = CrossIqaModel::create(scoring);
        QVERIFY2(model, qPrintable(model.error()));
        const ImageLoader loader;
        const auto asShot = (*model)->scoreImage(*loader.load(path(0, 0)));
        const auto darker = (*model)->scoreImage(*loader.load(path(0, 5)));
        QVERIFY(asShot && darker);
        qInfo("pairwise head: photo 0 as shot %.3f, darkened %.3f", *asShot, *darker);
        QVERIFY2(*darker > *asShot, qPrintable(QStringLiteral("%1 vs %2").arg(*darker).arg(*asShot)));
        QVERIFY2(*asShot > -1 && *darker < 2, qPrintable(QStringLiteral("%1, %2").arg(*asShot).arg(*darker)));
    }

    // Votes that cannot teach the head are refused before any image is
    // encoded; votes naming a missing image are listed and left out.
    void pairwiseRefusesUnusableVotesAndListsMissingImages()
    {
        const QString folder = m_dir.filePath(QStringLiteral("votes"));
        QVERIFY(QDir().mkpath(folder));
        const QString photo0 = m_photos + QStringLiteral("/photo 0.png"), photo1 = m_photos + QStringLiteral("/photo 1.png");
        StudyDefinition acr;
        acr.name = QStringLiteral("ratings");
        acr.items = {{ItemKind::Test, photo0, QString(), std::nullopt}, {ItemKind::Test, photo1, QString(), std::nullopt}};
        const QString acrStudy = folder + QStringLiteral("/ratings.iqastudy");
        QVERIFY(StudyStore::create(acrStudy, acr));

        CrossIqaPairwiseOptions o;
        o.crops = 1;
        o.folds = 3;
        o.outPath = folder + QStringLiteral("/out.safetensors");
        const auto refusal = [&](const QString &votes) {
            o.votesPath = votes;
            const auto result = trainCrossIqaPairwiseHead(o);
            return result ? QStringLiteral("(trained)") : result.error();
        };
        QString error = refusal(acrStudy);
        QVERIFY2(error.contains(QStringLiteral("acr study, not a pairwise one")), qPrintable(error));

        const QString header = QStringLiteral("rater,stimulus,method,value,training\n");
        QVERIFY(test::writeFile(folder + QStringLiteral("/acr.csv"), (header + QStringLiteral("ann,a.png,acr,4,0\n")).toUtf8()));
        error = refusal(folder + QStringLiteral("/acr.csv"));
        QVERIFY2(error.contains(QStringLiteral("acr votes, not pairwise ones")), qPrintable(error));
        // One pair, in both orders: refused before its (missing) images are read.
        QVERIFY(test::writeFile(folder + QStringLiteral("/one-pair.csv"),
                                (header + QStringLiteral("ann,a.png|b.png,pairwise,1,0\nbob,b.png|a.png,pairwise,0,0\n")).toUtf8()));
        error = refusal(folder + QStringLiteral("/one-pair.csv"));
        QVERIFY2(error.contains(QStringLiteral("same two images")), qPrintable(error));
        QVERIFY(test::writeFile(folder + QStringLiteral("/practice.csv"),
                                (header + QStringLiteral("ann,a.png|b.png,pairwise,1,1\nann,a.png|c.png,pairwise,1,1\n")).toUtf8()));
        error = refusal(folder + QStringLiteral("/practice.csv"));
        QVERIFY2(error.contains(QStringLiteral("no pairwise votes")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(o.outPath));

        // Every pair of the six textured photos (the lower number preferred)
        // and two votes on a file that is not there.
        QByteArray csv = header.toUtf8();
        for (int a = 0; a < 6; ++a)
            for (int b = a + 1; b < 6; ++b)
                csv += QStringLiteral("ann,photo %1.png|photo %2.png,pairwise,1,0\n").arg(a).arg(b).toUtf8();
        csv += "bob,photo 0.png|missing.png,pairwise,1,0\nbob,missing.png|photo 3.png,pairwise,0,0\n";
        const QString votes = m_photos + QStringLiteral("/votes.csv");
        QVERIFY(test::writeFile(votes, csv));

        // Cancelled while encoding: nothing is written.
        o.votesPath = votes;
        CrossIqaHeadCallbacks callbacks;
        callbacks.cancelled = [] { return true; };
        const auto cancelled = trainCrossIqaPairwiseHead(o, callbacks);
        QVERIFY(!cancelled);
        QVERIFY(cancelled.error().contains(QStringLiteral("Cancelled")));
        QVERIFY(!QFileInfo::exists(o.outPath));

        const QString out = folder + QStringLiteral("/cli.safetensors");
        const test::Run run = test::runProgram(test::cliPath(), {QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("cross-iqa"),
                                                                 QStringLiteral("--pairs"), votes, QStringLiteral("--out"), out,
                                                                 QStringLiteral("--crops"), QStringLiteral("1"), QStringLiteral("--folds"),
                                                                 QStringLiteral("3"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("votes")).toInt(), 15);
        QCOMPARE(json.value(QStringLiteral("pairs")).toInt(), 15);
        QCOMPARE(json.value(QStringLiteral("images")).toInt(), 6);
        const QJsonArray skipped = json.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 1);
        QVERIFY2(skipped.first().toString().contains(QStringLiteral("missing.png")) && skipped.first().toString().contains(QStringLiteral("2 vote")),
                 qPrintable(skipped.first().toString()));
        QVERIFY(json.value(QStringLiteral("before_agreement")).isDouble());
        QVERIFY(QFileInfo::exists(out) && QFileInfo::exists(out + QStringLiteral(".json")));
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

        o.orderedViews = -1;
        result = trainCrossIqaHead(o);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("Ordered views")), qPrintable(result.error()));
    }

    // Labels that say nothing of degradation (random scores of clean photos)
    // and blurred views that must score below their photo: the head learns
    // the order from the views alone, and reports it on views of photos its
    // fold did not see.
    void orderedViewsTeachWhatTheLabelsDoNot()
    {
        QVERIFY(writePlantedImages());
        QByteArray csv = "image,mos\n";
        cv::RNG random(3);
        for (int i = 0; i < kPlantedPhotos; ++i)
            csv += QStringLiteral("%1,%2\n").arg(plantedName(i, 0)).arg(random.uniform(0.0, 1.0)).toUtf8();
        const QString labels = m_dir.filePath(QStringLiteral("random-labels.csv"));
        QVERIFY(test::writeFile(labels, csv));
        CrossIqaHeadOptions o;
        o.labelsPath = labels;
        o.imagesFolder = m_planted;
        o.folds = 3;
        o.crops = 1;
        o.orderedViews = 4;
        o.orderTypes = QStringList{QStringLiteral("gaussian-blur")};
        o.orderWeight = 2;
        o.outPath = m_dir.filePath(QStringLiteral("ordered.safetensors"));

        // Unknown and identity "degradations" are refused before any work.
        for (const QString &bad : {QStringLiteral("sepia"), QStringLiteral("identity")}) {
            CrossIqaHeadOptions wrong = o;
            wrong.orderTypes = QStringList{bad};
            const auto refused = trainCrossIqaHead(wrong);
            QVERIFY(!refused);
            QVERIFY2(refused.error().contains(bad == QLatin1String("sepia") ? bad : QStringLiteral("identity")), qPrintable(refused.error()));
        }
        QVERIFY(!QFileInfo::exists(o.outPath));

        auto result = trainCrossIqaHead(o);
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result->ordering.size(), 2);  // the total and the one type
        const CrossIqaOrderAgreement &all = result->ordering.first();
        QCOMPARE(all.type, QStringLiteral("all"));
        QCOMPARE(all.pairs, kPlantedPhotos * 4);
        QCOMPARE(result->ordering[1].type, QStringLiteral("gaussian-blur"));
        QCOMPARE(result->ordering[1].pairs, all.pairs);
        // The same views weighing next to nothing: the labels' head alone.
        CrossIqaHeadOptions unordered = o;
        unordered.orderWeight = 1e-9;
        unordered.outPath = m_dir.filePath(QStringLiteral("unordered.safetensors"));
        const auto baseline = trainCrossIqaHead(unordered);
        QVERIFY2(baseline, qPrintable(baseline.error()));
        qInfo("random labels, %d blurred views scored below their photo out of fold: %.1f %% (views weighing nothing: %.1f %%)", all.pairs,
              100.0 * all.ordered, 100.0 * baseline->ordering.first().ordered);
        QVERIFY2(all.ordered >= 0.85, qPrintable(QString::number(all.ordered)));
        QVERIFY(all.ordered >= baseline->ordering.first().ordered + 0.2);
        const QJsonObject json = readJson(result->metadataPath);
        QCOMPARE(json.value(QStringLiteral("ordered_views")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("out_of_fold_ordering")).toArray().first().toObject().value(QStringLiteral("ordered")).toDouble(),
                 all.ordered);
        CrossIqaOptions scoring;
        scoring.checkpointPath = o.outPath;
        auto model = CrossIqaModel::create(scoring);
        QVERIFY2(model, qPrintable(model.error()));
        QCOMPARE((*model)->checkpointMetadata().value(QStringLiteral("head_ordered_views")), QStringLiteral("4"));
        QCOMPARE((*model)->checkpointMetadata().value(QStringLiteral("head_order_types")), QStringLiteral("gaussian-blur"));

        // The command line: the options need --ordered-views, and report the ordering.
        const QStringList base{QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("cross-iqa"), QStringLiteral("--labels"), labels,
                               QStringLiteral("--images-dir"), m_planted, QStringLiteral("--crops"), QStringLiteral("1"), QStringLiteral("--folds"),
                               QStringLiteral("3"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("ordered-cli.safetensors")),
                               QStringLiteral("--order-types"), QStringLiteral("gaussian-blur,jpeg"), QStringLiteral("--json")};
        const test::Run refused = test::runProgram(test::cliPath(), base);
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("--ordered-views")), qPrintable(refused.err));
        const test::Run run = test::runProgram(test::cliPath(), base + QStringList{QStringLiteral("--ordered-views"), QStringLiteral("1")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray reported = run.json().value(QStringLiteral("ordering")).toArray();
        QVERIFY(reported.size() >= 2);
        QCOMPARE(reported.first().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("all"));
        QCOMPARE(reported.first().toObject().value(QStringLiteral("pairs")).toInt(), kPlantedPhotos);
    }

    // The ordered head's solver on data with a known answer: labels that
    // follow a few features, and ordering constraints the labels alone break.
    // At its result the objective's gradient must vanish (it is convex, so
    // that is its minimum), and constraints it was not given must not move it.
    void orderedRidgeMeetsItsConstraintsAtTheOptimum()
    {
        const int n = 300, dims = 12, constraints = 200;
        cv::RNG random(7);
        cv::Mat x(n, dims, CV_64F), truth(dims, 1, CV_64F), noise(n, 1, CV_64F);
        random.fill(x, cv::RNG::NORMAL, 0.0, 2.0);
        random.fill(truth, cv::RNG::NORMAL, 0.0, 1.0);
        truth.rowRange(dims / 2, dims) = 0.0;  // the labels follow the first half of the features
        random.fill(noise, cv::RNG::NORMAL, 0.0, 0.5);
        const cv::Mat labels = x * truth + noise;
        QVector<double> y;
        QVector<int> rows;
        for (int i = 0; i < n; ++i) {
            y << labels.at<double>(i) + 3.0;
            rows << i;
        }
        detail::OrderingSet ordering;
        ordering.difference = cv::Mat(constraints, dims, CV_64F);
        random.fill(ordering.difference, cv::RNG::NORMAL, 0.0, 1.0);
        // Consistent constraints the labels know nothing of: differences in
        // the second half of the features, along a preference v.
        ordering.difference.colRange(0, dims / 2) = 0.0;
        cv::Mat preference(dims, 1, CV_64F);
        random.fill(preference, cv::RNG::NORMAL, 0.0, 1.0);
        for (int p = 0; p < constraints; ++p)
            if (ordering.difference.row(p).dot(preference.t()) < 0)
                ordering.difference.row(p) *= -1;
        QVector<int> all;
        for (int p = 0; p < constraints; ++p) {
            ordering.margin << 0.5;
            ordering.image << p % n;
            ordering.type << 0;
            all << p;
        }
        ordering.weight = 50.0;
        const double strength = 1.0;

        const detail::StandardisedHead plain = detail::fitOrderedRidge(x, y, rows, strength);
        const detail::StandardisedHead unlisted = detail::fitOrderedRidge(x, y, rows, strength, &ordering, {});
        QCOMPARE(cv::norm(plain.weights, unlisted.weights, cv::NORM_INF), 0.0);
        const detail::StandardisedHead ordered = detail::fitOrderedRidge(x, y, rows, strength, &ordering, all);
        const double labelMean = std::accumulate(y.cbegin(), y.cend(), 0.0) / n;
        QVERIFY(std::abs(ordered.intercept - labelMean) < 1e-9);  // constraints are differences: they leave the intercept

        const cv::Mat z = ordered.scaling.standardise(x);
        const cv::Mat yc = labels + 3.0 - ordered.intercept;
        const cv::Mat d = ordering.difference / cv::repeat(ordered.scaling.scale, constraints, 1);
        const auto shortfalls = [&](const cv::Mat &w) {
            cv::Mat s = 0.5 - d * w;
            return cv::Mat(cv::max(s, 0.0));
        };
        const auto misordered = [&](const cv::Mat &w) { return cv::countNonZero(cv::Mat(d * w) <= 0.0); };
        // Gradient of |z w - yc|^2 + strength |w|^2 + weight sum shortfall^2, halved.
        const cv::Mat w = ordered.weights;
        const cv::Mat gradient = z.t() * (z * w - yc) + strength * w - ordering.weight * d.t() * shortfalls(w);
        const double scale = cv::norm(z.t() * yc);
        const auto penalty = [&](const cv::Mat &weights) { return cv::norm(shortfalls(weights), cv::NORM_L2SQR); };
        qInfo("ordered ridge: %d of %d constraints in the wrong order before (penalty %.1f), %d after (%.1f); gradient %.2e of %.2e",
              misordered(plain.weights), constraints, penalty(plain.weights), misordered(w), penalty(w), cv::norm(gradient), scale);
        QVERIFY2(cv::norm(gradient) < 1e-8 * scale, qPrintable(QString::number(cv::norm(gradient))));
        QVERIFY(misordered(plain.weights) > constraints / 4);
        QVERIFY(misordered(w) < constraints / 10);
        QVERIFY(penalty(w) < penalty(plain.weights) / 3);
    }
};

QTEST_GUILESS_MAIN(TestCrossIqaTraining)
#include "test_cross_iqa_training.moc"
