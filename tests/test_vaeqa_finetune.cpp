// Fine-tuning VAE-QA's head on a user's labels (issue 5,
// core/training/VaeQaFineTuner): a small labelled set with a planted
// preference (raters who punish blur much harder than noise) must move the
// head in that direction on content it never saw, and the saved head must
// score exactly as the fine-tuner predicted, through `iqa score` too.

#include "TestSupport.h"

#include "image/Degradations.h"
#include "image/ImageLoader.h"
#include "io/SafeTensors.h"
#include "models/VaeQaModel.h"
#include "training/VaeQaFineTuner.h"

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

constexpr int kSide = 160;  // below the head's 256 crop: one crop per pair, fast to encode

// The planted preference: blur costs 0.18 per level, noise 0.05 — the
// default head, trained on an encoder that reacts strongly to noise, sees
// it the other way round.
double plantedMos(DegradationType type, int level)
{
    return type == DegradationType::GaussianBlur ? 1.0 - 0.18 * level : 1.0 - 0.05 * level;
}

QString typeId(DegradationType type) { return degradationInfo(type).id; }

} // namespace

class TestVaeQaFineTune : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_labels;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString images = test::sharedData() + QStringLiteral("/biq2021/images/");
        const char *names[] = {"ss01 (1000).jpg", "ss01 (1075).jpg", "ss01 (108).jpg", "ss01 (1136).jpg", "ss01 (1149).jpg",
                               "ss01 (1158).jpg", "ss01 (1159).jpg", "ss01 (1199).jpg", "ss01 (1200).jpg", "ss01 (1202).jpg",
                               "ss01 (1221).jpg", "ss01 (1274).jpg"};
        QByteArray csv = "ref,dist,mos,type\n";
        int index = 0;
        for (const char *name : names) {
            const cv::Mat bgr = cv::imread((images + QLatin1String(name)).toStdString(), cv::IMREAD_COLOR);
            QVERIFY2(!bgr.empty(), name);
            // Downscale so the short side is kSide, then take the centre: a
            // whole scene rather than a flat patch of it.
            const double scale = double(kSide) / std::min(bgr.cols, bgr.rows);
            cv::Mat small;
            cv::resize(bgr, small, cv::Size(), scale, scale, cv::INTER_AREA);
            const cv::Mat crop = small(cv::Rect((small.cols - kSide) / 2, (small.rows - kSide) / 2, kSide, kSide)).clone();
            cv::Mat rgb;
            cv::cvtColor(crop, rgb, cv::COLOR_BGR2RGB);
            const QString stem = QStringLiteral("img%1").arg(index, 2, 10, QLatin1Char('0'));
            QVERIFY(test::writeImageFile(m_dir.filePath(stem + QStringLiteral("_ref.png")), crop));
            for (const DegradationType type : {DegradationType::GaussianBlur, DegradationType::GaussianNoise}) {
                for (int level = 1; level <= kDegradationLevels; ++level) {
                    auto degraded = degrade(rgb, type, level, quint64(index * 100 + level));
                    QVERIFY2(degraded, qPrintable(degraded.error()));
                    cv::Mat out;
                    cv::cvtColor(*degraded, out, cv::COLOR_RGB2BGR);
                    const QString dist = QStringLiteral("%1_%2_%3.png").arg(stem, typeId(type)).arg(level);
                    QVERIFY(test::writeImageFile(m_dir.filePath(dist), out));
                    csv += QStringLiteral("%1_ref.png,%2,%3,%4\n").arg(stem, dist).arg(plantedMos(type, level), 0, 'f', 2).arg(typeId(type)).toUtf8();
                }
            }
            ++index;
        }
        // A row naming a file that does not exist: listed, the rest trains.
        csv += "img00_ref.png,img00_jpeg_3.png,0.5,jpeg\n";
        m_labels = m_dir.filePath(QStringLiteral("labels.csv"));
        QVERIFY(test::writeFile(m_labels, csv));
    }

    void learnsThePlantedPreferenceOnHeldOutContent()
    {
        VaeQaFineTuneOptions o;
        o.labelsPath = m_labels;
        o.modelsFolder = test::sharedModels();
        o.crops = 1;
        o.outPath = m_dir.filePath(QStringLiteral("tuned.safetensors"));
        o.learningRate = 1e-3;
        o.epochs = 60;
        o.loss = FineTuneLoss::Rank;
        QStringList notes;
        VaeQaFineTuneCallbacks callbacks;
        callbacks.note = [&](const QString &n) { notes << n; };
        auto result = fineTuneVaeQaHead(o, callbacks);
        QVERIFY2(result, qPrintable(result.error()));

        // (d) the missing file is reported, the other 120 pairs trained.
        QCOMPARE(result->skipped.size(), 1);
        QVERIFY2(result->skipped.front().contains(QStringLiteral("img00_jpeg_3.png")), qPrintable(result->skipped.front()));
        QVERIFY(notes.join(QLatin1Char('\n')).contains(QStringLiteral("img00_jpeg_3.png")));
        QCOMPARE(result->trainPairs + result->validationPairs, 120);
        QCOMPARE(result->validationReferences, 2);  // 20 % of 12 references, split by content
        QVERIFY(result->warnings.isEmpty());

        // (a) validation SRCC on held-out content rises clearly.
        const double before = result->before.srcc.value_or(-1.0);
        const double after = result->after.srcc.value_or(-1.0);
        qInfo("validation SRCC before %.4f after %.4f; PLCC %.4f -> %.4f; RMSE %.4f -> %.4f; best epoch %d of %d",
              before, after, result->before.plcc.value_or(0), result->after.plcc.value_or(0),
              result->before.rmse.value_or(0), result->after.rmse.value_or(0), result->best.epoch, int(result->history.size()));
        for (auto it = result->after.typeSrcc.begin(); it != result->after.typeSrcc.end(); ++it)
            qInfo("  %s SRCC before %.4f after %.4f", qPrintable(it.key()), result->before.typeSrcc.value(it.key()), it.value());
        // Measured: 0.888 -> 0.990 (the default head already orders levels
        // within a type; what it gets wrong is blur against noise, so the gain
        // is about 0.1, not more).
        QVERIFY2(after > before + 0.05 && after > 0.95, qPrintable(QStringLiteral("before %1 after %2").arg(before).arg(after)));
        QCOMPARE(result->after.typeSrcc.size(), 2);

        // (b) blur level 3 now scores below noise level 3 of the same image.
        int flippedAfter = 0, flippedBefore = 0, images = 0;
        for (const VaeQaPairPrediction &blur : result->validation) {
            if (!blur.dist.endsWith(QStringLiteral("_gaussian-blur_3.png")))
                continue;
            const QString noiseDist = QString(blur.dist).replace(QStringLiteral("_gaussian-blur_3"), QStringLiteral("_gaussian-noise_3"));
            for (const VaeQaPairPrediction &noise : result->validation) {
                if (noise.dist != noiseDist)
                    continue;
                ++images;
                flippedAfter += blur.after < noise.after ? 1 : 0;
                flippedBefore += blur.before < noise.before ? 1 : 0;
                qInfo("  %s: blur3 %.4f -> %.4f, noise3 %.4f -> %.4f", qPrintable(QFileInfo(blur.ref).fileName()),
                      blur.before, blur.after, noise.before, noise.after);
            }
        }
        QCOMPARE(images, 2);
        QCOMPARE(flippedAfter, images);
        qInfo("blur3 below noise3: before %d of %d, after %d of %d", flippedBefore, images, flippedAfter, images);

        // The default head already puts blur 3 below noise 3 on these crops,
        // but it places blur much too high against noise overall: across
        // types (every blur level against every noise level of one image,
        // where the planted MOS differ), count the pairs in the planted order.
        auto crossTypeOrder = [&](bool after) {
            int right = 0, pairs = 0;
            for (const VaeQaPairPrediction &b : result->validation) {
                if (b.type != QLatin1String("gaussian-blur"))
                    continue;
                for (const VaeQaPairPrediction &n : result->validation) {
                    if (n.type != QLatin1String("gaussian-noise") || n.ref != b.ref || std::abs(n.mos - b.mos) < 1e-9)
                        continue;
                    ++pairs;
                    const double gap = after ? n.after - b.after : n.before - b.before;
                    right += (gap > 0) == (n.mos > b.mos) ? 1 : 0;
                }
            }
            return double(right) / std::max(1, pairs);
        };
        qInfo("blur/noise pairs in the planted order: before %.3f, after %.3f", crossTypeOrder(false), crossTypeOrder(true));
        QVERIFY(crossTypeOrder(true) > crossTypeOrder(false) + 0.15);

        // (c) the head loads as a model and scores as the fine-tuner said,
        // in process and through `iqa score --checkpoint`.
        VaeQaOptions mo;
        mo.headPath = result->headPath;
        mo.modelsFolder = test::sharedModels();
        mo.crops = 1;
        auto model = VaeQaModel::create(mo);
        QVERIFY2(model, qPrintable(model.error()));
        const VaeQaPairPrediction &pair = result->validation.front();
        auto ref = ImageLoader().load(pair.ref);
        auto dist = ImageLoader().load(pair.dist);
        QVERIFY(ref && dist);
        auto score = (*model)->scorePair(*ref, *dist);
        QVERIFY2(score, qPrintable(score.error()));
        QVERIFY2(std::abs(*score - pair.after) < 1e-4, qPrintable(QStringLiteral("%1 vs %2").arg(*score).arg(pair.after)));
        const test::Run run = test::runIqa({QStringLiteral("score"), QStringLiteral("--model"), QStringLiteral("vae-qa"),
                                            QStringLiteral("--models"), test::sharedModels(), QStringLiteral("--checkpoint"), result->headPath,
                                            QStringLiteral("--crops"), QStringLiteral("1"), QStringLiteral("--ref"), pair.ref,
                                            QStringLiteral("--dist"), pair.dist, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const double cliScore = run.json().value(QStringLiteral("results")).toArray().first().toObject()
                                    .value(QStringLiteral("scores")).toObject().value(QStringLiteral("vae-qa")).toDouble(-1);
        QVERIFY2(std::abs(cliScore - pair.after) < 1e-4, qPrintable(QStringLiteral("%1 vs %2").arg(cliScore).arg(pair.after)));

        // The metadata records data, split, settings and both measurements.
        QFile json(result->metadataPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject meta = QJsonDocument::fromJson(json.readAll()).object();
        const QJsonObject data = meta.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("labels_sha256")).toString().size(), 64);
        QCOMPARE(data.value(QStringLiteral("skipped_rows")).toArray().size(), 1);
        QCOMPARE(data.value(QStringLiteral("normalisation")).toObject().value(QStringLiteral("min")).toDouble(), 0.1);
        QCOMPARE(meta.value(QStringLiteral("after")).toObject().value(QStringLiteral("srcc")).toDouble(), after);
        QCOMPARE(meta.value(QStringLiteral("history")).toArray().size(), result->history.size());
        QVERIFY(!meta.value(QStringLiteral("base")).toObject().value(QStringLiteral("sha256")).toString().isEmpty());
    }

    void refusesBadInputAndLeavesNoHalfWrittenHead()
    {
        VaeQaFineTuneOptions o;
        o.modelsFolder = test::sharedModels();
        o.crops = 1;
        o.outPath = m_dir.filePath(QStringLiteral("refused.safetensors"));

        // One distinct MOS value: nothing to learn.
        o.labelsPath = m_dir.filePath(QStringLiteral("flat.csv"));
        QVERIFY(test::writeFile(o.labelsPath, "ref,dist,mos\nimg00_ref.png,img00_gaussian-blur_1.png,3\n"
                                              "img01_ref.png,img01_gaussian-blur_1.png,3\n"));
        auto flat = fineTuneVaeQaHead(o);
        QVERIFY(!flat);
        QVERIFY2(flat.error().contains(QStringLiteral("same MOS")), qPrintable(flat.error()));

        // A start checkpoint of another model: VaeQaHeadInfo's message.
        o.labelsPath = m_labels;
        o.startHeadPath = m_dir.filePath(QStringLiteral("other.safetensors"));
        SafeTensorsWriter writer;
        writer.setMetadata({{QStringLiteral("model"), QStringLiteral("cross-iqa")}});
        const float one = 1.0f;
        QVERIFY(writer.addFloat32(QStringLiteral("head.weight"), {1}, &one));
        QVERIFY(writer.save(o.startHeadPath));
        auto other = fineTuneVaeQaHead(o);
        QVERIFY(!other);
        QVERIFY2(other.error().contains(QStringLiteral("cross-iqa")), qPrintable(other.error()));

        // Cancelled while encoding: an error, and nothing at --out.
        o.startHeadPath.clear();
        std::atomic_bool cancel{false};
        VaeQaFineTuneCallbacks callbacks;
        callbacks.encoding = [&](int done, int) { cancel = done >= 3; };
        auto cancelled = fineTuneVaeQaHead(o, callbacks, &cancel);
        QVERIFY(!cancelled);
        QVERIFY2(cancelled.error().contains(QStringLiteral("cancelled")), qPrintable(cancelled.error()));
        QVERIFY(!QFileInfo::exists(o.outPath));

        // The command line says the same.
        const test::Run run = test::runIqa({QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("vae-qa"),
                                            QStringLiteral("--labels"), m_dir.filePath(QStringLiteral("flat.csv")),
                                            QStringLiteral("--out"), o.outPath, QStringLiteral("--models"), test::sharedModels()});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("same MOS")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestVaeQaFineTune)
#include "test_vaeqa_finetune.moc"
