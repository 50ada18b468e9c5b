// The batch panel as a person uses it, offscreen: score a label file with a
// bad row, read the table, the scatter plot and the exports; cancel a long
// batch while the window keeps answering.
#include "TestSupport.h"

#include "AppSettings.h"
#include "BatchPanel.h"
#include "MainWindow.h"

#include "io/CsvReader.h"
#include "jobs/ModelWorker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <qcustomplot.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace iqa::test;

namespace {

cv::Mat smoothNoise(int size, unsigned seed)
{
    cv::Mat image(size, size, CV_8UC3);
    cv::theRNG().state = seed;
    cv::randu(image, 0, 255);
    cv::GaussianBlur(image, image, {0, 0}, 4.0);
    return image;
}

cv::Mat withNoise(const cv::Mat &image, double sigma, unsigned seed)
{
    cv::Mat noise(image.size(), CV_16SC3), sum;
    cv::theRNG().state = seed;
    cv::randn(noise, 0, sigma);
    image.convertTo(sum, CV_16SC3);
    sum += noise;
    cv::Mat out;
    sum.convertTo(out, CV_8UC3);
    return out;
}

int column(QTableWidget *table, const QString &header)
{
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->horizontalHeaderItem(c) && table->horizontalHeaderItem(c)->text() == header)
            return c;
    return -1;
}

} // namespace

class BatchPanelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void labelFileFillsTablePlotAndExports();
    void cancelEndsEarlyAndWindowStaysResponsive();

private:
    QTemporaryDir m_dir;
    QString m_labels;
};

void BatchPanelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const cv::Mat ref = smoothNoise(200, 7);
    QVERIFY(writeImageFile(m_dir.filePath(QStringLiteral("ref.png")), ref));
    QByteArray csv = "ref,dist,mos\n";
    const double sigmas[] = {2, 5, 10, 20, 40};
    const double mos[] = {92, 80, 63, 41, 18};
    for (int i = 0; i < 5; ++i) {
        const QString name = QStringLiteral("noise%1.png").arg(i);
        QVERIFY(writeImageFile(m_dir.filePath(name), withNoise(ref, sigmas[i], 100 + i)));
        csv += "ref.png," + name.toUtf8() + "," + QByteArray::number(mos[i]) + "\n";
        if (i == 2)
            csv += "ref.png,gone.png,50\n";  // line 5: a file that does not exist
    }
    m_labels = m_dir.filePath(QStringLiteral("labels.csv"));
    QVERIFY(writeFile(m_labels, csv));
}

void BatchPanelTest::labelFileFillsTablePlotAndExports()
{
    MainWindow window;
    window.resize(1280, 900);
    window.show();
    window.showBatchPanel();
    BatchPanel *panel = window.batchPanel();
    QSignalSpy finished(panel, &BatchPanel::finished);
    panel->startLabels(m_labels);
    QVERIFY(panel->isRunning());
    QVERIFY(window.isBusy());
    QVERIFY(finished.wait(60000));
    QVERIFY(!panel->isRunning());

    // Six rows in line order: five scored, the missing file listed with its reason.
    QTableWidget *table = panel->table();
    QCOMPARE(table->rowCount(), 6);
    const int psnr = column(table, QStringLiteral("PSNR"));
    const int problem = column(table, QStringLiteral("Problem"));
    const int mosColumn = column(table, QStringLiteral("MOS"));
    QVERIFY(psnr >= 0 && problem >= 0 && mosColumn >= 0);
    QCOMPARE(table->item(3, 0)->text(), QStringLiteral("5"));
    QVERIFY2(table->item(3, problem)->text().contains(QStringLiteral("gone.png")),
             qPrintable(table->item(3, problem)->text()));
    QVERIFY(table->item(3, psnr)->text().isEmpty());
    QCOMPARE(table->item(0, mosColumn)->text(), QStringLiteral("92"));
    for (int r : {0, 1, 2, 4, 5}) {
        QVERIFY2(table->item(r, problem)->text().isEmpty(), qPrintable(table->item(r, problem)->text()));
        QVERIFY(table->item(r, psnr)->text().toDouble() > 10);
    }
    QVERIFY(table->item(0, psnr)->text().toDouble() > table->item(5, psnr)->text().toDouble());
    QVERIFY(panel->statusText().contains(QStringLiteral("5 of 6")));
    QVERIFY2(panel->statusText().contains(QStringLiteral("1 row")) && panel->statusText().contains(QStringLiteral("problems")),
             qPrintable(panel->statusText()));

    // Predictions against MOS with the fitted curve; the legend tells SRCC and PLCC.
    const iqa::BatchResult &result = panel->result();
    QCOMPARE(result.reports.size(), result.models.size());
    QVERIFY(result.reports[0].correlation && result.reports[0].correlation->srcc);
    QCOMPARE(*result.reports[0].correlation->srcc, 1.0);  // PSNR ranks noise levels perfectly
    QCustomPlot *plot = panel->plot();
    QCOMPARE(plot->graphCount(), 2);
    QCOMPARE(plot->graph(0)->data()->size(), 5);
    QVERIFY(plot->graph(1)->data()->size() > 50);
    QVERIFY(plot->legend->visible());
    QCOMPARE(plot->legend->itemCount(), 2);
    auto *legendItem = qobject_cast<QCPPlottableLegendItem *>(plot->legend->item(0));
    QVERIFY(legendItem);
    const QString legend = legendItem->plottable()->name();
    QVERIFY2(legend.contains(QStringLiteral("SRCC 1.000")) && legend.contains(QStringLiteral("PLCC")),
             qPrintable(legend));
    QVERIFY(plot->xAxis->label().contains(QStringLiteral("PSNR")));
    // GMSD falls as MOS rises: its direction is corrected, so SRCC stays positive.
    QVERIFY(panel->showPlotFor(QStringLiteral("gmsd")));
    QCOMPARE(plot->graph(0)->data()->size(), 5);
    QVERIFY2(plot->graph(0)->name().contains(QStringLiteral("SRCC 1.000")), qPrintable(plot->graph(0)->name()));
    QVERIFY(plot->graph(0)->data()->at(0)->key < plot->graph(0)->data()->at(4)->key);

    // CSV export: header, one record per row, the problem kept.
    const QString csvPath = m_dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(panel->exportCsv(csvPath));
    auto records = iqa::CsvReader::readFile(csvPath);
    QVERIFY2(records, qPrintable(records.error()));
    QCOMPARE(records->size(), 7);
    const QStringList header = records->at(0).fields;
    QCOMPARE(header.mid(0, 4), (QStringList{"line", "reference", "image", "mos"}));
    QCOMPARE(header.last(), QStringLiteral("error"));
    const int psnrField = header.indexOf(QStringLiteral("psnr"));
    QVERIFY(psnrField > 0);
    QCOMPARE(records->at(1).fields.at(3), QStringLiteral("92"));
    QVERIFY(records->at(1).fields.at(2).endsWith(QStringLiteral("noise0.png")));
    QVERIFY(records->at(1).fields.at(psnrField).toDouble() > 30);
    QCOMPARE(records->at(4).fields.at(0), QStringLiteral("5"));
    QVERIFY(records->at(4).fields.at(psnrField).isEmpty());
    QVERIFY(records->at(4).fields.last().contains(QStringLiteral("gone.png")));

    // JSON export: the same rows, plus the correlations.
    const QString jsonPath = m_dir.filePath(QStringLiteral("export.json"));
    QVERIFY(panel->exportJson(jsonPath));
    const QJsonObject json = QJsonDocument::fromJson(readFile(jsonPath)).object();
    QCOMPARE(json.value(QStringLiteral("rows")).toArray().size(), 6);
    QCOMPARE(json.value(QStringLiteral("cancelled")).toBool(true), false);
    const QJsonObject psnrModel = json.value(QStringLiteral("models")).toArray().at(0).toObject();
    QCOMPARE(psnrModel.value(QStringLiteral("id")).toString(), QStringLiteral("psnr"));
    QCOMPARE(psnrModel.value(QStringLiteral("correlation")).toObject().value(QStringLiteral("srcc")).toDouble(), 1.0);
    QCOMPARE(psnrModel.value(QStringLiteral("correlation")).toObject().value(QStringLiteral("n")).toInt(), 5);
    const QJsonObject badRow = json.value(QStringLiteral("rows")).toArray().at(3).toObject();
    QVERIFY(badRow.value(QStringLiteral("scores")).toObject().value(QStringLiteral("psnr")).isNull());
    QVERIFY(badRow.value(QStringLiteral("error")).toString().contains(QStringLiteral("gone.png")));
}

void BatchPanelTest::cancelEndsEarlyAndWindowStaysResponsive()
{
    // Sixty larger pairs: long enough to cancel in the middle.
    const cv::Mat ref = smoothNoise(640, 11);
    QVERIFY(writeImageFile(m_dir.filePath(QStringLiteral("big-ref.png")), ref));
    QByteArray csv = "ref,dist,mos\n";
    for (int i = 0; i < 60; ++i) {
        const QString name = QStringLiteral("big%1.png").arg(i);
        QVERIFY(writeImageFile(m_dir.filePath(name), withNoise(ref, 1 + i, 500 + i)));
        csv += "big-ref.png," + name.toUtf8() + "," + QByteArray::number(100 - i) + "\n";
    }
    const QString labels = m_dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(writeFile(labels, csv));

    // One crop keeps VAE-QA's share of each item small on a busy machine:
    // three rows must arrive well before the batch could end by itself.
    AppSettings::instance().setCrops(1);
    MainWindow window;
    window.resize(1280, 900);
    window.show();
    window.showBatchPanel();
    BatchPanel *panel = window.batchPanel();
    auto *progress = panel->findChild<QProgressBar *>();
    QVERIFY(progress);

    // The GUI thread keeps serving events while the batch runs.
    int ticks = 0;
    QTimer probe;
    probe.setInterval(10);
    connect(&probe, &QTimer::timeout, this, [&ticks] { ++ticks; });
    probe.start();

    QSignalSpy finished(panel, &BatchPanel::finished);
    panel->startLabels(labels);
    QVERIFY(QTest::qWaitFor([panel] { return panel->table()->rowCount() >= 3; }, 60000));
    QVERIFY(progress->value() >= 3);
    QVERIFY(ticks > 0);
    QVERIFY(panel->isRunning());
    const int ticksBefore = ticks;
    QTest::qWait(100);
    QVERIFY2(ticks > ticksBefore, "the event loop stood still while the batch ran");

    auto *cancel = panel->findChild<QPushButton *>(QStringLiteral("cancel"));
    QVERIFY(cancel);
    QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(finished.wait(30000));
    QVERIFY(!panel->isRunning());
    QVERIFY(panel->result().cancelled);
    QVERIFY2(panel->statusText().contains(QStringLiteral("cancelled"), Qt::CaseInsensitive),
             qPrintable(panel->statusText()));
    QVERIFY(panel->result().rows.size() < 60);
    qInfo("cancelled after %d of 60 pairs", int(panel->result().rows.size()));
    QCOMPARE(panel->table()->rowCount(), panel->result().rows.size());
    QVERIFY(!window.isBusy());
}

QTEST_MAIN(BatchPanelTest)
#include "test_gui_batch.moc"
