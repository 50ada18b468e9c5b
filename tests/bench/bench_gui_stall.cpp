// How long the GUI thread's event loop stands still while a batch runs on
// the model worker, or a fine-tuning on the training worker (DESIGN.md
// section 4). A 5 ms probe timer in the main thread records the longest gap
// between two of its ticks (minus the 5 ms) while
//  - batch: a label-file batch is scored with every classic model; the main
//    thread meanwhile turns each progress report into table rows the way the
//    batch panel does (a QStandardItemModel stands in for the QTableWidget,
//    so this benchmark needs iqa_core only);
//  - fine-tune: VAE-QA's head is fine-tuned on a labelled set (encoding with
//    the real encoder, then epochs); the main thread collects the progress
//    and epoch reports as the fine-tuning window does (its chart redraws
//    are coalesced and not part of this measurement).
//
//   bench_gui_stall [--job batch|fine-tune] [--runs N] [--items N] [--size PX]   (defaults batch, 5, 40, 512)
//
// Prints, per run, the longest stall, the 99th-percentile gap and the batch
// time; then the median and the maximum of the longest stall over the runs.

#include "jobs/ModelWorker.h"
#include "jobs/TrainingWorker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTimer>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {

bool writePng(const QString &path, const cv::Mat &bgr)
{
    return cv::imwrite(QFile::encodeName(path).toStdString(), bgr);
}

// `ref` (CV_8UC3) plus Gaussian noise of standard deviation `sigma`, saturated to 8 bits.
cv::Mat noisyCopy(const cv::Mat &ref, double sigma)
{
    cv::Mat noise(ref.size(), CV_16SC3), sum, dist;
    cv::randn(noise, 0, sigma);
    ref.convertTo(sum, CV_16SC3);
    sum += noise;
    sum.convertTo(dist, CV_8UC3);
    return dist;
}

QString writeLabelSet(const QString &folder, int items, int size)
{
    cv::Mat ref(size, size, CV_8UC3);
    cv::theRNG().state = 42;
    cv::randu(ref, 0, 255);
    cv::GaussianBlur(ref, ref, {0, 0}, 4.0);
    if (!writePng(folder + QStringLiteral("/ref.png"), ref))
        return QString();
    QByteArray csv = "ref,dist,mos\n";
    for (int i = 0; i < items; ++i) {
        const QString name = QStringLiteral("dist%1.png").arg(i);
        if (!writePng(folder + QLatin1Char('/') + name, noisyCopy(ref, 1 + i % 30)))
            return QString();
        csv += "ref.png," + name.toUtf8() + "," + QByteArray::number(100 - i % 30) + "\n";
    }
    QFile file(folder + QStringLiteral("/labels.csv"));
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return QString();
    return file.fileName();
}

struct Run
{
    double longestStallMs = 0;
    double p99GapMs = 0;
    double batchSeconds = 0;
    int rows = 0;
};

// A timer ticking every 5 ms in the thread that owns it (the GUI thread
// here): the gaps between its ticks are how long that thread's event loop
// was busy or blocked.
class StallProbe
{
public:
    static constexpr int kProbeMs = 5;
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kProbeMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_gaps.push_back(m_sinceTick.nsecsElapsed() / 1e6);
            m_sinceTick.restart();
        });
    }
    void start()
    {
        m_sinceTick.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    // The longest stall (gap minus the interval) and the 99th-percentile gap.
    void summarise(Run *run)
    {
        if (m_gaps.empty())
            return;
        std::sort(m_gaps.begin(), m_gaps.end());
        run->longestStallMs = std::max(0.0, m_gaps.back() - kProbeMs);
        run->p99GapMs = m_gaps[std::min(m_gaps.size() - 1, size_t(std::ceil(m_gaps.size() * 0.99)) - 1)];
    }

private:
    std::vector<double> m_gaps;
    QElapsedTimer m_sinceTick;
    QTimer m_timer;
};

Run runOnce(const QString &labels)
{
    iqa::ModelWorker worker;
    QStandardItemModel table;
    Run run;
    QObject::connect(&worker, &iqa::ModelWorker::batchProgress, &table,
                     [&table](quint64, const iqa::BatchProgress &progress) {
                         for (const iqa::BatchRow &row : progress.newRows) {
                             QList<QStandardItem *> items;
                             items << new QStandardItem(QString::number(row.line)) << new QStandardItem(row.path)
                                   << new QStandardItem(row.reference)
                                   << new QStandardItem(row.mos ? QString::number(*row.mos) : QString());
                             for (double score : row.scores)
                                 items << new QStandardItem(QString::number(score, 'f', 4));
                             items << new QStandardItem(row.error);
                             table.appendRow(items);
                         }
                     });

    StallProbe probe;

    QEventLoop loop;
    QObject::connect(&worker, &iqa::ModelWorker::batchFinished, &loop,
                     [&](quint64, const iqa::BatchResult &result) {
                         run.batchSeconds = result.seconds;
                         run.rows = result.rows.size();
                         loop.quit();
                     });
    QObject::connect(&worker, &iqa::ModelWorker::requestFailed, &loop, [&](quint64, const QString &message) {
        std::fprintf(stderr, "bench_gui_stall: error: %s\n", qPrintable(message));
        loop.quit();
    });

    iqa::BatchRequest request;
    request.path = labels;
    // The classic metrics only: an empty list would also take VAE-QA, whose
    // seconds per pair would make this a benchmark of the encoder.
    request.modelIds = {QStringLiteral("psnr"), QStringLiteral("ssim"), QStringLiteral("ms-ssim"), QStringLiteral("gmsd")};
    probe.start();
    worker.startBatch(request);
    loop.exec();
    probe.stop();

    probe.summarise(&run);
    return run;
}

// Five references, each with items/5 noisier copies: fine-tuning splits by
// reference, so it needs several.
QString writeFineTuneSet(const QString &folder, int items, int size)
{
    QByteArray csv = "ref,dist,mos\n";
    constexpr int kReferences = 5;
    for (int r = 0; r < kReferences; ++r) {
        cv::Mat ref(size, size, CV_8UC3);
        cv::theRNG().state = 42 + r;
        cv::randu(ref, 0, 255);
        cv::GaussianBlur(ref, ref, {0, 0}, 2.0 + r);
        const QString refName = QStringLiteral("ref%1.png").arg(r);
        if (!writePng(folder + QLatin1Char('/') + refName, ref))
            return QString();
        for (int i = r; i < items; i += kReferences) {
            const QString name = QStringLiteral("ft%1.png").arg(i);
            if (!writePng(folder + QLatin1Char('/') + name, noisyCopy(ref, 1 + i % 30)))
                return QString();
            csv += refName.toUtf8() + "," + name.toUtf8() + "," + QByteArray::number(100 - i % 30) + "\n";
        }
    }
    QFile file(folder + QStringLiteral("/fine-tune.csv"));
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return QString();
    return file.fileName();
}

// The probe of runOnce around a fine-tuning on the training worker.
Run runFineTuneOnce(const QString &labels, const QString &outFolder)
{
    iqa::TrainingWorker worker;
    Run run;
    std::vector<iqa::FineTuneEpoch> epochs;
    int encoded = 0;
    QObject::connect(&worker, &iqa::TrainingWorker::encodingProgress, [&encoded](int done, int) { encoded = done; });
    QObject::connect(&worker, &iqa::TrainingWorker::epochFinished,
                     [&epochs](const iqa::FineTuneEpoch &e) { epochs.push_back(e); });

    StallProbe probe;

    QEventLoop loop;
    QElapsedTimer clock;
    QObject::connect(&worker, &iqa::TrainingWorker::finished, &loop, [&](const iqa::FineTuneOutcome &outcome) {
        run.batchSeconds = clock.elapsed() / 1000.0;
        run.rows = outcome.trainItems + outcome.validationItems;
        loop.quit();
    });
    QObject::connect(&worker, &iqa::TrainingWorker::failed, &loop, [&](const QString &message) {
        std::fprintf(stderr, "bench_gui_stall: error: %s\n", qPrintable(message));
        loop.quit();
    });

    iqa::FineTuneRequest request;
    request.target = iqa::FineTuneTarget::VaeQaHead;
    request.vaeQa.labelsPath = labels;
    request.vaeQa.crops = 1;
    request.vaeQa.epochs = 30;
    request.vaeQa.patience = 30;  // every epoch runs: the same work in every run
    request.vaeQa.learningRate = 1e-3;
    request.vaeQa.outPath = outFolder + QStringLiteral("/head.safetensors");
    QFile::remove(request.vaeQa.outPath);
    clock.start();
    probe.start();
    worker.start(request);
    loop.exec();
    probe.stop();
    worker.wait();

    probe.summarise(&run);
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Longest GUI-thread stall while a batch runs on the model worker"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("job"), QStringLiteral("batch (default) or fine-tune."), QStringLiteral("JOB"),
                      QStringLiteral("batch")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Number of runs (default 5)."), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("items"), QStringLiteral("Pairs per batch (default 40)."), QStringLiteral("N"),
                      QStringLiteral("40")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Image side in pixels (default 512)."),
                      QStringLiteral("PX"), QStringLiteral("512")});
    parser.process(app);
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    const int items = qMax(1, parser.value(QStringLiteral("items")).toInt());
    const int size = qMax(176, parser.value(QStringLiteral("size")).toInt());
    const QString job = parser.value(QStringLiteral("job"));
    const bool fineTune = job == QLatin1String("fine-tune");
    if (!fineTune && job != QLatin1String("batch")) {
        std::fprintf(stderr, "bench_gui_stall: error: --job must be batch or fine-tune, not '%s'\n", qPrintable(job));
        return 2;
    }

    QTemporaryDir dir;
    const QString labels = !dir.isValid() ? QString()
                           : fineTune     ? writeFineTuneSet(dir.path(), items, size)
                                          : writeLabelSet(dir.path(), items, size);
    if (labels.isEmpty()) {
        std::fprintf(stderr, "bench_gui_stall: error: cannot write the test images\n");
        return 1;
    }

    if (fineTune)
        std::printf("VAE-QA fine-tuning on %d pairs at %dx%d px (5 references, 1 crop, 30 epochs); probe timer 5 ms\n",
                    items, size, size);
    else
        std::printf("batch of %d pairs at %dx%d px, every classic model; probe timer 5 ms\n", items, size, size);
    std::printf("%-6s %18s %14s %10s %6s\n", "run", "longest stall ms", "p99 gap ms", fineTune ? "run s" : "batch s", "rows");
    std::vector<double> longest;
    for (int r = 0; r < runs; ++r) {
        const Run run = fineTune ? runFineTuneOnce(labels, dir.path()) : runOnce(labels);
        longest.push_back(run.longestStallMs);
        std::printf("%-6d %18.1f %14.1f %10.2f %6d\n", r + 1, run.longestStallMs, run.p99GapMs, run.batchSeconds,
                    run.rows);
    }
    std::sort(longest.begin(), longest.end());
    std::printf("longest stall over %d runs: median %.1f ms, max %.1f ms\n", runs, longest[longest.size() / 2],
                longest.back());
    return 0;
}
