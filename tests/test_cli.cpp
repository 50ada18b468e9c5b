// The `iqa` command as a script would use it: exit codes, JSON shapes,
// agreement with independent reference implementations, and bad input.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace iqa::test;

namespace {

// A textured test image: gradients, edges and fine detail, deterministic.
cv::Mat texturedImage(int width, int height)
{
    cv::Mat image(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar((x * 3 + y) % 256), uchar((x * y / 7) % 256),
                                                  uchar(128 + 100 * std::sin(x * 0.2) * std::cos(y * 0.13)));
    cv::circle(image, {width / 2, height / 2}, std::min(width, height) / 4, {20, 200, 40}, -1);
    return image;
}

cv::Mat withNoise(const cv::Mat &image, double sigma, int seed)
{
    cv::RNG rng(seed);
    cv::Mat noise(image.size(), CV_32FC3);
    rng.fill(noise, cv::RNG::NORMAL, 0, sigma);
    cv::Mat noisy;
    image.convertTo(noisy, CV_32FC3);
    noisy += noise;
    noisy.convertTo(noisy, CV_8UC3);  // saturates
    return noisy;
}

// cv::imwrite takes a narrow path; encode and write through Qt instead so
// non-ASCII names are exercised the way users' files are.
void writePng(const QString &path, const cv::Mat &rgb)
{
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    QVERIFY(writeImageFile(path, bgr));
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noArgumentsPrintsUsage();
    void unknownCommandFails();
    void modelsListsClassicMetricsAndDevice();
    void modelsRejectsBadDevice();
    void scoreAgreesWithReferenceImplementation();
    void scoreTextShowsDirectionAndRange();
    void scoreMismatchedSizesNeedsResizeOption();
    void scoreMissingFileNamesIt();
    void scoreRefusesWrongKindOfInput();
    void scoreUnknownModelListsKnownOnes();
    void evalCorrelatesAndReportsBadRows();
    void evalFlipsLowerIsBetterLabelsAndModels();
    void evalMissingLabelFileFails();

private:
    QTemporaryDir m_dir;
    QString m_ref, m_dist, m_small;
};

void CliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Names with spaces, parentheses and non-ASCII characters, as users have.
    m_ref = m_dir.filePath(QStringLiteral("Référence (1).png"));
    m_dist = m_dir.filePath(QStringLiteral("verzerrt 1.png"));
    m_small = m_dir.filePath(QStringLiteral("small.png"));
    const cv::Mat ref = texturedImage(256, 192);
    writePng(m_ref, ref);
    writePng(m_dist, withNoise(ref, 12.0, 1));
    writePng(m_small, texturedImage(128, 96));
}

void CliTest::noArgumentsPrintsUsage()
{
    const Run run = runIqa({});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("usage: iqa")));
}

void CliTest::unknownCommandFails()
{
    const Run run = runIqa({QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("unknown command 'frobnicate'")));
}

void CliTest::modelsListsClassicMetricsAndDevice()
{
    const Run run = runIqa({QStringLiteral("models"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QMap<QString, QJsonObject> byId;
    for (const QJsonValue &model : json.value(QStringLiteral("models")).toArray())
        byId.insert(model[QStringLiteral("id")].toString(), model.toObject());
    for (const char *id : {"psnr", "ssim", "ms-ssim", "gmsd"})
        QVERIFY2(byId.contains(QLatin1String(id)), id);
    QCOMPARE(byId[QStringLiteral("psnr")][QStringLiteral("direction")].toString(), QStringLiteral("higher-better"));
    QCOMPARE(byId[QStringLiteral("psnr")][QStringLiteral("unit")].toString(), QStringLiteral("dB"));
    QCOMPARE(byId[QStringLiteral("gmsd")][QStringLiteral("direction")].toString(), QStringLiteral("lower-better"));
    QCOMPARE(byId[QStringLiteral("ssim")][QStringLiteral("kind")].toString(), QStringLiteral("full-reference"));

    const QJsonObject device = json.value(QStringLiteral("device")).toObject();
    QCOMPARE(device[QStringLiteral("preference")].toString(), QStringLiteral("auto"));
    // Debian's LibTorch is CPU-only; with CUDA the selection must say cuda.
    const bool cuda = device[QStringLiteral("cuda_available")].toBool();
    QCOMPARE(device[QStringLiteral("selected")].toString(), cuda ? QStringLiteral("cuda:0") : QStringLiteral("cpu"));
    QVERIFY(!json.value(QStringLiteral("weights_search_path")).toArray().isEmpty());

    const Run forcedCpu = runIqa({QStringLiteral("models"), QStringLiteral("--device"), QStringLiteral("cpu")});
    QCOMPARE(forcedCpu.exitCode, 0);
    QVERIFY(forcedCpu.out.contains("device: cpu"));
    QVERIFY(forcedCpu.out.contains("requested cpu"));
}

void CliTest::modelsRejectsBadDevice()
{
    const Run run = runIqa({QStringLiteral("models"), QStringLiteral("--device"), QStringLiteral("tpu")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("--device must be auto, cpu or cuda, not 'tpu'")));
}

void CliTest::scoreAgreesWithReferenceImplementation()
{
    const Run run = runIqa({QStringLiteral("score"), QStringLiteral("--model"), QStringLiteral("psnr,ssim,ms-ssim,gmsd"),
                            QStringLiteral("--ref"), m_ref, QStringLiteral("--dist"), m_dist, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    const QJsonArray results = json[QStringLiteral("results")].toArray();
    QCOMPARE(results.size(), 1);
    const QJsonObject scores = results[0][QStringLiteral("scores")].toObject();
    QCOMPARE(results[0][QStringLiteral("dist")].toString(), m_dist);
    // Provenance travels with every score.
    QCOMPARE(json[QStringLiteral("models")][QStringLiteral("gmsd")][QStringLiteral("direction")].toString(),
             QStringLiteral("lower-better"));

    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(IQA_SOURCE_DIR "/tests/reference/classic_metrics.py"), m_ref, m_dist});
    QVERIFY(python.waitForFinished(120000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonObject reference =
        QJsonDocument::fromJson(python.readAllStandardOutput())[QStringLiteral("pairs")][0].toObject();

    const double psnr = scores[QStringLiteral("psnr")].toDouble();
    const double psnrRef = reference[QStringLiteral("psnr")].toDouble();
    QVERIFY2(std::abs(psnr - psnrRef) < 1e-6, qPrintable(QStringLiteral("%1 vs %2").arg(psnr, 0, 'g', 12).arg(psnrRef, 0, 'g', 12)));
    const double ssim = scores[QStringLiteral("ssim")].toDouble();
    QVERIFY2(std::abs(ssim - reference[QStringLiteral("ssim")].toDouble()) < 1e-3, qPrintable(QString::number(ssim)));
    QVERIFY(std::abs(scores[QStringLiteral("ms-ssim")].toDouble() - reference[QStringLiteral("msssim")].toDouble()) < 1e-3);
    QVERIFY(scores[QStringLiteral("gmsd")].toDouble() > 0.0);
}

void CliTest::scoreTextShowsDirectionAndRange()
{
    const Run run = runIqa({QStringLiteral("score"), QStringLiteral("--model"), QStringLiteral("psnr,gmsd"),
                            QStringLiteral("--ref"), m_ref, QStringLiteral("--dist"), m_dist, m_ref});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY(out.contains(QStringLiteral("higher is better")));
    QVERIFY(out.contains(QStringLiteral("lower is better")));
    QVERIFY(out.contains(QStringLiteral("dB")));
    // The reference scored against itself: PSNR is infinite and says so.
    QVERIFY(out.contains(QStringLiteral("inf")));
}

void CliTest::scoreMismatchedSizesNeedsResizeOption()
{
    const QStringList base{QStringLiteral("score"), QStringLiteral("--model"), QStringLiteral("psnr"),
                           QStringLiteral("--ref"), m_ref, QStringLiteral("--dist"), m_small};
    const Run refused = runIqa(base);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("256 x 192")) && refused.err.contains(QStringLiteral("128 x 96")),
             qPrintable(refused.err));
    QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);  // one-line reason

    const Run resized = runIqa(base + QStringList{QStringLiteral("--resize-dist"), QStringLiteral("--json")});
    QCOMPARE(resized.exitCode, 0);
    QVERIFY(resized.json()[QStringLiteral("results")][0][QStringLiteral("scores")][QStringLiteral("psnr")].toDouble() > 5.0);
}

void CliTest::scoreMissingFileNamesIt()
{
    const QString missing = m_dir.filePath(QStringLiteral("nicht da.png"));
    const Run run = runIqa({QStringLiteral("score"), QStringLiteral("--model"), QStringLiteral("ssim"),
                            QStringLiteral("--ref"), m_ref, QStringLiteral("--dist"), missing});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("nicht da.png")), qPrintable(run.err));
}

void CliTest::scoreRefusesWrongKindOfInput()
{
    const Run run = runIqa({QStringLiteral("score"), QStringLiteral("--model"), QStringLiteral("psnr"),
                            QStringLiteral("--image"), m_ref});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("full-reference")));
}

void CliTest::scoreUnknownModelListsKnownOnes()
{
    const Run run = runIqa({QStringLiteral("score"), QStringLiteral("--model"), QStringLiteral("psnr,vif"),
                            QStringLiteral("--ref"), m_ref, QStringLiteral("--dist"), m_dist});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("Unknown model 'vif'")));
    QVERIFY(run.err.contains(QStringLiteral("ms-ssim")));
}

void CliTest::evalCorrelatesAndReportsBadRows()
{
    // Five noise levels; the planted MOS falls with the noise, so every
    // metric must rank them perfectly.
    const cv::Mat ref = texturedImage(200, 200);
    writePng(m_dir.filePath(QStringLiteral("eval_ref.png")), ref);
    QString csv = QStringLiteral("ref,dist,mos,note\n");
    const double sigmas[] = {2, 5, 10, 20, 40};
    for (int i = 0; i < 5; ++i) {
        const QString name = QStringLiteral("eval_noise %1.png").arg(i);
        writePng(m_dir.filePath(name), withNoise(ref, sigmas[i], 10 + i));
        csv += QStringLiteral("eval_ref.png,\"%1\",%2,level %3\n").arg(name).arg(5.0 - i * 0.8).arg(i);
    }
    csv += QStringLiteral("eval_ref.png,eval_noise 0.png,abc,bad mos\n");       // line 7
    csv += QStringLiteral("eval_ref.png,does-not-exist.png,3.0,missing\n");      // line 8
    csv += QStringLiteral("eval_ref.png\n");                                     // line 9
    const QString labels = m_dir.filePath(QStringLiteral("labels.csv"));
    QVERIFY(writeFile(labels, csv.toUtf8()));

    const Run run = runIqa({QStringLiteral("eval"), QStringLiteral("--model"), QStringLiteral("psnr"),
                            QStringLiteral("--labels"), labels, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json[QStringLiteral("model")].toString(), QStringLiteral("psnr"));
    QCOMPARE(json[QStringLiteral("n")].toInt(), 5);
    QCOMPARE(json[QStringLiteral("srcc")].toDouble(), 1.0);
    QCOMPARE(json[QStringLiteral("krcc")].toDouble(), 1.0);
    QVERIFY(json[QStringLiteral("plcc")].toDouble() > 0.9);
    QVERIFY(json[QStringLiteral("rmse")].toDouble() >= 0.0);
    const QJsonObject skipped = json[QStringLiteral("skipped")].toObject();
    QCOMPARE(skipped[QStringLiteral("count")].toInt(), 3);
    QList<int> lines;
    for (const QJsonValue &row : skipped[QStringLiteral("rows")].toArray())
        lines << row[QStringLiteral("line")].toInt();
    QCOMPARE(lines, (QList<int>{7, 8, 9}));
    const QString missingReason = skipped[QStringLiteral("rows")][1][QStringLiteral("reason")].toString();
    QVERIFY2(missingReason.contains(QStringLiteral("does-not-exist.png")), qPrintable(missingReason));
    QVERIFY(!skipped[QStringLiteral("by_reason")].toObject().isEmpty());
    // Progress went to stderr, not into the JSON.
    QVERIFY(run.err.contains(QStringLiteral("eval psnr")));
}

void CliTest::evalFlipsLowerIsBetterLabelsAndModels()
{
    const QString labels = m_dir.filePath(QStringLiteral("labels.csv"));
    // Same file as above, read as DMOS: the good model now looks inverted.
    const Run flipped = runIqa({QStringLiteral("eval"), QStringLiteral("--model"), QStringLiteral("psnr"),
                                QStringLiteral("--labels"), labels, QStringLiteral("--lower-better"), QStringLiteral("--json")});
    QCOMPARE(flipped.exitCode, 0);
    QCOMPARE(flipped.json()[QStringLiteral("srcc")].toDouble(), -1.0);
    // GMSD is lower-is-better itself: reported with a positive sign.
    const Run gmsd = runIqa({QStringLiteral("eval"), QStringLiteral("--model"), QStringLiteral("gmsd"),
                             QStringLiteral("--labels"), labels, QStringLiteral("--json")});
    QCOMPARE(gmsd.exitCode, 0);
    QCOMPARE(gmsd.json()[QStringLiteral("srcc")].toDouble(), 1.0);
    QCOMPARE(gmsd.json()[QStringLiteral("model_direction")].toString(), QStringLiteral("lower-better"));
}

void CliTest::evalMissingLabelFileFails()
{
    const Run run = runIqa({QStringLiteral("eval"), QStringLiteral("--model"), QStringLiteral("psnr"),
                            QStringLiteral("--labels"), m_dir.filePath(QStringLiteral("none.csv"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("none.csv")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(CliTest)
#include "test_cli.moc"
