// Cross-IQA as users meet it (issue 6; core/models/CrossIqaModel,
// CrossIqaHeatmaps): the shipped checkpoint scores clean photos above
// heavily degraded copies of themselves on held-out content, odd images are
// handled or refused with a reason, wrong checkpoints are refused, and the
// heatmaps are image-sized float maps with the documented units.

#include "TestSupport.h"

#include "image/Degradations.h"
#include "image/ImageLoader.h"
#include "io/SafeTensors.h"
#include "models/CrossIqaHeatmaps.h"
#include "models/CrossIqaModel.h"
#include "models/ModelRegistry.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <numeric>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace iqa;

class TestCrossIqa : public QObject
{
    Q_OBJECT

    std::unique_ptr<CrossIqaModel> m_model;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto model = CrossIqaModel::create({});
        QVERIFY2(model, qPrintable(model.error()));
        m_model = std::move(*model);
        QVERIFY(m_model->headTrained());
    }

    void cardDescribesTheModel()
    {
        const ModelCard &card = m_model->card();
        QCOMPARE(card.id, QStringLiteral("cross-iqa"));
        QCOMPARE(card.kind, ModelKind::NoReference);
        QCOMPARE(card.direction, ScoreDirection::HigherIsBetter);
        QCOMPARE(card.trainableParameters, qint64(m_model->featureSize() + 1));  // the linear head
        QCOMPARE(card.weightsSha256.size(), 64);
        QVERIFY(ModelRegistry::ids().contains(QStringLiteral("cross-iqa")));
    }

    // The acceptance point: for held-out photos the class token, read by
    // the head, tells a clean view from a heavily degraded one, in the right
    // direction. "Clearly" is judged against the photos' own spread: at
    // least 7 of the 8 photos must drop, and the mean paired gap must be at
    // least three standard errors above zero for blur, 2.5 for JPEG (the
    // head's ordering constraints brought it from 1.7 to 3.7). Not asserted:
    // the shipped checkpoint does NOT separate heavy noise (it scores it
    // higher) or darkening — measured, printed here and reported in
    // docs/models/cross-iqa.md.
    void cleanViewsScoreAboveHeavilyDegradedOnes()
    {
        const QStringList photos = test::biq2021TestPhotos(8);
        QCOMPARE(photos.size(), 8);
        const ImageLoader loader;
        QVector<Image> images;
        for (const QString &photo : photos) {
            auto image = loader.load(photo);
            QVERIFY2(image, qPrintable(image.error()));
            images << *image;
        }
        const DegradationType types[] = {DegradationType::GaussianBlur, DegradationType::GaussianNoise, DegradationType::Jpeg,
                                         DegradationType::Darken};
        for (const DegradationType type : types) {
            QVector<double> gaps;
            for (int i = 0; i < images.size(); ++i) {
                auto degraded = degrade(images[i], type, 5, quint64(i));
                QVERIFY(degraded);
                const auto clean = m_model->scoreImage(images[i]);
                const auto bad = m_model->scoreImage(*degraded);
                QVERIFY(clean && bad);
                gaps << *clean - *bad;
            }
            const double mean = std::accumulate(gaps.cbegin(), gaps.cend(), 0.0) / gaps.size();
            double variance = 0;
            for (const double g : gaps)
                variance += (g - mean) * (g - mean) / (gaps.size() - 1);
            const double standardError = std::sqrt(variance / gaps.size());
            const int right = int(std::count_if(gaps.cbegin(), gaps.cend(), [](double g) { return g > 0; }));
            qInfo("%s level 5: clean above degraded for %d of 8 photos, mean gap %.3f (%.1f standard errors)",
                  qPrintable(degradationInfo(type).id), right, mean, mean / standardError);
            const double clearly = type == DegradationType::GaussianBlur ? 3.0 : type == DegradationType::Jpeg ? 2.5 : 0.0;
            if (clearly > 0) {
                QVERIFY2(right >= 7, qPrintable(QStringLiteral("%1: %2 of 8").arg(degradationInfo(type).id).arg(right)));
                QVERIFY2(mean >= clearly * standardError,
                         qPrintable(QStringLiteral("%1: %2 vs SE %3").arg(degradationInfo(type).id).arg(mean).arg(standardError)));
            }
        }
    }

    void oddImagesAreScoredOrRefusedWithAReason()
    {
        const test::TexturedPair pair = test::texturedPair(200, 150);
        // Grey (one channel) and alpha files load as RGB and score.
        cv::Mat grey;
        cv::cvtColor(pair.reference, grey, cv::COLOR_BGR2GRAY);
        const QString greyPath = m_dir.filePath(QStringLiteral("grey.png"));
        QVERIFY(test::writeImageFile(greyPath, grey));
        cv::Mat alpha;
        cv::cvtColor(pair.reference, alpha, cv::COLOR_BGR2BGRA);
        alpha.forEach<cv::Vec4b>([](cv::Vec4b &p, const int *pos) { p[3] = uchar(pos[1] % 256); });
        const QString alphaPath = m_dir.filePath(QStringLiteral("alpha.png"));
        QVERIFY(test::writeImageFile(alphaPath, alpha));
        const ImageLoader loader;
        for (const QString &path : {greyPath, alphaPath}) {
            auto image = loader.load(path);
            QVERIFY2(image, qPrintable(image.error()));
            const auto score = m_model->scoreImage(*image);
            QVERIFY2(score, qPrintable(score.error()));
            QVERIFY(std::isfinite(*score));
        }
        // Smaller than a tile: mirrored out, scored; smaller than 32: refused.
        cv::Mat small;
        cv::resize(pair.reference, small, cv::Size(60, 40));
        const auto smallScore = m_model->scoreImage(test::rgbImage(small));
        QVERIFY2(smallScore, qPrintable(smallScore.error()));
        cv::Mat tiny;
        cv::resize(pair.reference, tiny, cv::Size(31, 100));
        const auto refused = m_model->scoreImage(test::rgbImage(tiny));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("31x100")), qPrintable(refused.error()));
        QVERIFY(!m_model->scoreImage(Image{}));
    }

    void tilesCoverTheImageEvenly()
    {
        QCOMPARE(CrossIqaModel::tileRects(cv::Size(512, 512), 1, 128), (QVector<cv::Rect>{cv::Rect(192, 192, 128, 128)}));
        const QVector<cv::Rect> grid = CrossIqaModel::tileRects(cv::Size(300, 200), 5, 128);
        QCOMPARE(grid.size(), 3 * 2);
        QCOMPARE(grid.first(), cv::Rect(0, 0, 128, 128));
        QCOMPARE(grid.last(), cv::Rect(172, 72, 128, 128));
        QCOMPARE(CrossIqaModel::tileRects(cv::Size(4000, 3000), 5, 128).size(), 9);  // at most 3 x 3
    }

    void wrongCheckpointsAreRefused()
    {
        // Another model's checkpoint.
        CrossIqaOptions o;
        o.checkpointPath = QStringLiteral(":/models/vae-qa/vae-qa-head.safetensors");
        auto other = CrossIqaModel::create(o);
        QVERIFY(!other);
        QVERIFY2(other.error().contains(QStringLiteral("vae-qa")), qPrintable(other.error()));

        // A Cross-IQA checkpoint whose tensors do not match its stated shape.
        auto file = SafeTensorsFile::open(CrossIqaModel::defaultCheckpointPath());
        QVERIFY2(file, qPrintable(file.error()));
        SafeTensorsWriter writer;
        QMap<QString, QString> metadata = file->metadata();
        metadata.insert(QStringLiteral("depth"), QStringLiteral("5"));  // one block fewer than stored
        writer.setMetadata(metadata);
        for (const QString &name : file->names()) {
            const TensorInfo *info = file->info(name);
            const auto values = file->toFloat32(name);
            QVERIFY(values);
            QVERIFY(writer.addFloat32(name, info->shape, values->constData()));
        }
        const QString wrongShape = m_dir.filePath(QStringLiteral("wrong-shape.safetensors"));
        QVERIFY(writer.save(wrongShape));
        o.checkpointPath = wrongShape;
        auto shaped = CrossIqaModel::create(o);
        QVERIFY(!shaped);
        QVERIFY2(shaped.error().contains(QStringLiteral("unexpected")), qPrintable(shaped.error()));

        // A checkpoint that claims a modulated decoder but holds none of its
        // layers, one that holds them but claims a plain decoder (the shipped
        // checkpoint has them), and one with a conditioning this version does
        // not know.
        QVERIFY(file->info(QStringLiteral("decoder.modulation.weight")));
        // An empty value removes the key.
        const auto rewritten = [&](const QString &key, const QString &value, const QString &name, bool keepModulation = false) {
            SafeTensorsWriter w;
            QMap<QString, QString> m = file->metadata();
            if (value.isEmpty())
                m.remove(key);
            else
                m.insert(key, value);
            w.setMetadata(m);
            static const QStringList modulationLayers = {QStringLiteral("decoder.modulation."), QStringLiteral("decoder.log_variance."),
                                                         QStringLiteral("decoder.degradation."), QStringLiteral("decoder.mask_token")};
            for (const QString &tensor : file->names()) {
                if (!keepModulation
                    && std::any_of(modulationLayers.cbegin(), modulationLayers.cend(), [&](const QString &p) { return tensor.startsWith(p); }))
                    continue;
                w.addFloat32(tensor, file->info(tensor)->shape, file->toFloat32(tensor)->constData());
            }
            const QString path = m_dir.filePath(name);
            return w.save(path) ? path : QString();
        };
        o.checkpointPath = rewritten(QStringLiteral("decoder_conditioning"), QStringLiteral("token+modulation"), QStringLiteral("claims-modulation.safetensors"));
        QVERIFY(!o.checkpointPath.isEmpty());
        auto unmodulated = CrossIqaModel::create(o);
        QVERIFY(!unmodulated);
        QVERIFY2(unmodulated.error().contains(QStringLiteral("'decoder.")) && unmodulated.error().contains(QStringLiteral("is missing")),
                 qPrintable(unmodulated.error()));
        o.checkpointPath = rewritten(QStringLiteral("decoder_conditioning"), QStringLiteral("token"), QStringLiteral("claims-plain.safetensors"), true);
        auto plainClaim = CrossIqaModel::create(o);
        QVERIFY(!plainClaim);
        QVERIFY2(plainClaim.error().contains(QStringLiteral("unexpected")), qPrintable(plainClaim.error()));
        o.checkpointPath = rewritten(QStringLiteral("decoder_conditioning"), QStringLiteral("telepathy"), QStringLiteral("unknown-conditioning.safetensors"));
        auto unknown = CrossIqaModel::create(o);
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().contains(QStringLiteral("telepathy")), qPrintable(unknown.error()));

        // A checkpoint from before the conditioned decoder (no conditioning
        // key, no modulation layers) still loads, and scores as the shipped
        // one: scoring reads the encoder and the head only.
        o.checkpointPath = rewritten(QStringLiteral("decoder_conditioning"), QString(), QStringLiteral("before-conditioning.safetensors"));
        auto older = CrossIqaModel::create(o);
        QVERIFY2(older, qPrintable(older.error()));
        const Image sample = test::rgbImage(test::texturedPair(160, 140).reference);
        const auto olderScore = (*older)->scoreImage(sample);
        const auto shippedScore = m_model->scoreImage(sample);
        QVERIFY(olderScore && shippedScore);
        QCOMPARE(*olderScore, *shippedScore);

        // Garbage.
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.safetensors"));
        QVERIFY(test::writeFile(garbage, "this is not a checkpoint"));
        o.checkpointPath = garbage;
        QVERIFY(!CrossIqaModel::create(o));
    }

    void heatmapsAreImageSizedWithTheDocumentedUnits()
    {
        const test::TexturedPair pair = test::texturedPair(300, 200);
        cv::Mat rgb;
        cv::cvtColor(pair.reference, rgb, cv::COLOR_BGR2RGB);
        const auto maps = computeCrossIqaHeatmaps(*m_model, test::rgbImage(rgb));
        QVERIFY2(maps, qPrintable(maps.error()));
        QCOMPARE(maps->attention.size(), 6);
        for (const LayerHeatmap &layer : maps->attention) {
            QCOMPARE(layer.map.size(), cv::Size(300, 200));
            QCOMPARE(layer.map.type(), CV_32FC1);
            QVERIFY(cv::checkRange(layer.map));
            double low = 0;
            cv::minMaxLoc(layer.map, &low);
            QVERIFY2(low >= 0.0, qPrintable(layer.name));
        }
        QCOMPARE(maps->rollout.map.size(), cv::Size(300, 200));
        QVERIFY(cv::checkRange(maps->rollout.map));

        // One tile, no overlaps: 1 is an even share of all the class
        // token's attention, and what it keeps for itself is not on the map,
        // so a block's mean is at most 1; the rollout's row is renormalised
        // over the patches, so its mean is 1 (bilinear upsampling with
        // replicated edges gives every cell the same total weight).
        cv::Mat tile = rgb(cv::Rect(150, 40, 128, 128)).clone();
        const auto single = computeCrossIqaHeatmaps(*m_model, test::rgbImage(tile));
        QVERIFY2(single, qPrintable(single.error()));
        QCOMPARE(single->tiles, 1);
        for (const LayerHeatmap &layer : single->attention)
            QVERIFY2(cv::mean(layer.map)[0] <= 1.0 + 1e-4, qPrintable(layer.name));
        QVERIFY(std::abs(cv::mean(single->rollout.map)[0] - 1.0) < 1e-3);
        // The patch-quality map: finite, image-sized, and it varies over the
        // image. Whether it finds a blurred region is measured on photos, not
        // asserted on one image: bench_cross_iqa_probe --half-blur (the model
        // card has the numbers; the direction is weak).
        const cv::Mat &quality = maps->patchQuality.map;
        QCOMPARE(quality.size(), cv::Size(300, 200));
        QVERIFY(cv::checkRange(quality));
        double lowest = 0, highest = 0;
        cv::minMaxLoc(quality, &lowest, &highest);
        QVERIFY2(highest - lowest > 1e-3, qPrintable(QStringLiteral("%1 .. %2").arg(lowest).arg(highest)));

        const auto tooSmall = computeCrossIqaHeatmaps(*m_model, test::rgbImage(cv::Mat(20, 20, CV_8UC3, cv::Scalar::all(90))));
        QVERIFY(!tooSmall);
    }

    void commandLineListsScoresAndEvaluatesASplit()
    {
        const test::Run models = test::runProgram(test::cliPath(), {QStringLiteral("models"), QStringLiteral("--json")});
        QCOMPARE(models.exitCode, 0);
        bool listed = false;
        for (const QJsonValue &model : models.json().value(QStringLiteral("models")).toArray()) {
            if (model[QStringLiteral("id")].toString() == QLatin1String("cross-iqa")) {
                listed = true;
                QCOMPARE(model[QStringLiteral("kind")].toString(), QStringLiteral("no-reference"));
            }
        }
        QVERIFY(listed);

        const QStringList photos = test::biq2021TestPhotos(12);
        const test::Run pair = test::runProgram(test::cliPath(), {QStringLiteral("score"), QStringLiteral("--model"), QStringLiteral("cross-iqa"),
                                                                  QStringLiteral("--ref"), photos[0], QStringLiteral("--dist"), photos[1]});
        QCOMPARE(pair.exitCode, 1);
        QVERIFY2(pair.err.contains(QStringLiteral("no-reference")), qPrintable(pair.err));

        // --split keeps the rows of one split only.
        QByteArray csv = "image,mos,split\n";
        for (int i = 0; i < photos.size(); ++i)
            csv += QStringLiteral("%1,%2,%3\n").arg(photos[i]).arg(0.1 * (i % 7)).arg(i < 8 ? QStringLiteral("test") : QStringLiteral("train")).toUtf8();
        const QString labels = m_dir.filePath(QStringLiteral("split.csv"));
        QVERIFY(test::writeFile(labels, csv));
        const test::Run eval = test::runProgram(test::cliPath(), {QStringLiteral("eval"), QStringLiteral("--model"), QStringLiteral("cross-iqa"),
                                                                  QStringLiteral("--labels"), labels, QStringLiteral("--split"), QStringLiteral("test"),
                                                                  QStringLiteral("--crops"), QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY2(eval.exitCode == 0, qPrintable(eval.err));
        QCOMPARE(eval.json().value(QStringLiteral("n")).toInt(), 8);
        const test::Run none = test::runProgram(test::cliPath(), {QStringLiteral("eval"), QStringLiteral("--model"), QStringLiteral("cross-iqa"),
                                                                  QStringLiteral("--labels"), labels, QStringLiteral("--split"), QStringLiteral("val")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QStringLiteral("'val'")), qPrintable(none.err));
    }

    void heatmapCommandWritesEveryMap()
    {
        const QString image = test::biq2021TestPhotos(1).first();
        const QString out = m_dir.filePath(QStringLiteral("maps.png"));
        const test::Run run = test::runProgram(test::cliPath(), {QStringLiteral("heatmap"), QStringLiteral("--model"), QStringLiteral("cross-iqa"),
                                                                 QStringLiteral("--image"), image, QStringLiteral("--all"),
                                                                 QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray written = run.json().value(QStringLiteral("written")).toArray();
        QCOMPARE(written.size(), 8);  // six blocks, rollout, quality
        for (const QJsonValue &entry : written) {
            const QString path = entry.toObject().value(QStringLiteral("path")).toString();
            const cv::Mat png = cv::imread(path.toStdString());
            QVERIFY2(!png.empty(), qPrintable(path));
            QVERIFY(png.cols > 512);  // the map and its colour bar
        }
        const test::Run bad = test::runProgram(test::cliPath(), {QStringLiteral("heatmap"), QStringLiteral("--model"), QStringLiteral("cross-iqa"),
                                                                 QStringLiteral("--image"), image, QStringLiteral("--layer"), QStringLiteral("9"),
                                                                 QStringLiteral("--out"), out});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("block 0 to 5")), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(TestCrossIqa)
#include "test_cross_iqa.moc"
