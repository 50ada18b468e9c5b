// The fine-tuning window, offscreen, with the real trainers: labels from a
// rating study train Cross-IQA's head, a label CSV trains VAE-QA's head with
// k-fold validation and live curves, the result is saved as a named
// checkpoint, made active for the workbench and rolled back; a paused run
// stops advancing and a cancelled one saves nothing; bad labels are named.
#include "TestSupport.h"

#include "AppSettings.h"
#include "FineTunePlots.h"
#include "FineTuneWindow.h"
#include "image/Degradations.h"
#include "MainWindow.h"
#include "ScorePanel.h"
#include "io/FileHash.h"
#include "io/SafeTensors.h"
#include "jobs/TrainingWorker.h"
#include "studies/StudyStore.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <qcustomplot.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace iqa;
using namespace iqa::test;

namespace {

constexpr int kSide = 160;  // small scenes: fast to encode, still whole photos

// A BIQ2021 photo downscaled so its short side is kSide, centre-cropped (BGR).
cv::Mat smallScene(const QString &path)
{
    const cv::Mat bgr = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
    if (bgr.empty())
        return bgr;
    const double scale = double(kSide) / std::min(bgr.cols, bgr.rows);
    cv::Mat small;
    cv::resize(bgr, small, cv::Size(), scale, scale, cv::INTER_AREA);
    return small(cv::Rect((small.cols - kSide) / 2, (small.rows - kSide) / 2, kSide, kSide)).clone();
}

// With IQA_SCREENSHOT_DIR set, saves the window there once the coalesced
// chart redraws have happened (for the documentation's screenshots).
void saveScreenshot(QWidget &window, const QString &name)
{
    const QByteArray folder = qgetenv("IQA_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QTest::qWait(4 * TrainingCurves::kReplotDelayMs);
    window.grab().save(QString::fromLocal8Bit(folder) + QLatin1Char('/') + name);
}

bool waitForRunEnd(FineTuneWindow &window, QSignalSpy &ended, int timeoutMs = 600000)
{
    return QTest::qWaitFor([&] { return ended.count() > 0 && !window.worker()->isRunning(); }, timeoutMs);
}

} // namespace

class FineTuneWindowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pairLabels;   // ref,dist,mos,type with a planted dislike of blur
    QStringList m_photos;   // image,mos sources (originals and darkened versions)

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // keep the user's settings out of it
        QVERIFY(m_dir.isValid());
        AppSettings::instance().setModelsFolder(sharedModels());
        AppSettings::instance().setCrops(1);
        AppSettings::instance().setDevice(DevicePreference::Cpu);
        QDir(AppSettings::instance().checkpointsFolder()).removeRecursively();

        // Full reference: 6 scenes x (blur, noise) x 3 levels; raters dislike blur.
        QByteArray csv = "ref,dist,mos,type\n";
        const QStringList photos = biq2021TestPhotos(22);
        QCOMPARE(photos.size(), 22);
        for (int i = 0; i < 6; ++i) {
            const cv::Mat scene = smallScene(photos[i]);
            QVERIFY(!scene.empty());
            cv::Mat rgb;
            cv::cvtColor(scene, rgb, cv::COLOR_BGR2RGB);
            const QString ref = QStringLiteral("s%1_ref.png").arg(i);
            QVERIFY(writeImageFile(m_dir.filePath(ref), scene));
            for (const DegradationType type : {DegradationType::GaussianBlur, DegradationType::GaussianNoise}) {
                for (int level = 1; level <= 5; level += 2) {
                    auto degraded = degrade(rgb, type, level, quint64(i * 10 + level));
                    QVERIFY2(degraded, qPrintable(degraded.error()));
                    cv::Mat out;
                    cv::cvtColor(*degraded, out, cv::COLOR_RGB2BGR);
                    const QString typeName = degradationInfo(type).id;
                    const QString dist = QStringLiteral("s%1_%2_%3.png").arg(i).arg(typeName).arg(level);
                    QVERIFY(writeImageFile(m_dir.filePath(dist), out));
                    const double mos = type == DegradationType::GaussianBlur ? 5.0 - 0.8 * level : 5.0 - 0.2 * level;
                    csv += QStringLiteral("%1,%2,%3,%4\n").arg(ref, dist).arg(mos, 0, 'f', 2).arg(typeName).toUtf8();
                }
            }
        }
        // A row naming a file that does not exist: listed, the rest trains.
        csv += "s0_ref.png,s0_jpeg_3.png,3.0,jpeg\n";
        m_pairLabels = m_dir.filePath(QStringLiteral("pairs.csv"));
        QVERIFY(writeFile(m_pairLabels, csv));

        // No reference: 16 scenes, each as it is and darkened.
        for (int i = 6; i < 22; ++i) {
            const cv::Mat scene = smallScene(photos[i]);
            QVERIFY(!scene.empty());
            const QString normal = m_dir.filePath(QStringLiteral("p%1.png").arg(i));
            const QString dark = m_dir.filePath(QStringLiteral("p%1_dark.png").arg(i));
            QVERIFY(writeImageFile(normal, scene));
            cv::Mat darkened;
            scene.convertTo(darkened, -1, 0.35, 0);
            QVERIFY(writeImageFile(dark, darkened));
            m_photos << normal << dark;
        }
    }

    // A finished ACR study's MOS trains Cross-IQA's head: the window turns
    // the votes into a label CSV, picks Cross-IQA for image labels, and
    // shows the out-of-fold result before and after.
    void studyLabelsTrainCrossIqa()
    {
        StudyDefinition definition;
        definition.name = QStringLiteral("dark rooms");
        definition.method = VoteMethod::Acr;
        for (const QString &p : m_photos)
            definition.items.append({ItemKind::Test, p, QString(), std::nullopt});
        const QString studyPath = m_dir.filePath(QStringLiteral("dark.iqastudy"));
        auto store = StudyStore::create(studyPath, definition);
        QVERIFY2(store, qPrintable(store.error()));
        for (int r = 0; r < 3; ++r) {
            auto session = (*store)->startSession({QStringLiteral("rater%1").arg(r), QString(), QString(), quint64(r + 1)});
            QVERIFY2(session, qPrintable(session.error()));
            const auto trials = (*store)->schedule(session->id);
            QVERIFY(trials);
            for (const Trial &t : *trials) {
                // A planted taste against the default model's: these raters
                // want low-key photos and rate the darkened versions best.
                const bool dark = t.item.first.endsWith(QStringLiteral("_dark.png"));
                const double vote = dark ? 4 + (t.position + r) % 2 : 1 + (t.position + r) % 2;
                QVERIFY((*store)->castVote(session->id, t.position, vote, QDateTime::currentDateTimeUtc(),
                                           QDateTime::currentDateTimeUtc()));
            }
        }
        store->reset();

        FineTuneWindow window;
        window.show();
        window.setLabelSource(FineTuneWindow::LabelSource::Study, studyPath);
        QVERIFY2(window.summaryText().contains(QStringLiteral("32 image")), qPrintable(window.summaryText()));
        QVERIFY2(window.summaryText().contains(QStringLiteral("MOS written to")), qPrintable(window.summaryText()));
        window.setCheckpointName(QStringLiteral("dark rooms"));
        QSignalSpy ended(&window, &FineTuneWindow::runEnded);
        QVERIFY2(window.startTraining(), qPrintable(window.statusText()));
        QVERIFY(waitForRunEnd(window, ended));
        QVERIFY2(window.lastOutcome().has_value(), qPrintable(window.statusText() + window.logText()));

        const FineTuneOutcome &o = *window.lastOutcome();
        QCOMPARE(o.target, FineTuneTarget::CrossIqaHead);
        QCOMPARE(o.points.size(), 32);
        QVERIFY(o.before.has_value());
        qInfo("Cross-IQA head on the study's MOS: SRCC %.3f -> %.3f (out of fold)", o.before->srcc.value_or(-2),
              o.after.srcc.value_or(-2));
        // The planted taste is learned on images the fit did not see; the
        // default model ranked them the other way round.
        // (Within each group the votes alternate, so even a perfect
        // separation of dark from normal stays well below an SRCC of 1.)
        QVERIFY(o.before->srcc.value_or(1) < -0.3);
        QVERIFY(o.after.srcc.value_or(-1) > 0.5);
        QCOMPARE(window.beforeAfter()->pointCount(window.beforeAfter()->afterPlot()), 32);
        QCOMPARE(window.beforeAfter()->pointCount(window.beforeAfter()->beforePlot()), 32);

        // Saved under its name, listed, and made active for the workbench.
        const QString saved = AppSettings::instance().checkpointsFolder() + QStringLiteral("/cross-iqa/dark rooms.safetensors");
        QVERIFY(QFileInfo::exists(saved));
        QVERIFY(QFileInfo::exists(saved + QStringLiteral(".json")));
        QCOMPARE(window.savedCheckpoints(), QStringList{QFileInfo(saved).absoluteFilePath()});
        QVERIFY(window.statusText().contains(QStringLiteral("dark rooms")));
        QVERIFY(AppSettings::instance().activeCheckpoint(QStringLiteral("cross-iqa")).isEmpty());
        window.makeSelectedActive();
        QCOMPARE(AppSettings::instance().activeCheckpoint(QStringLiteral("cross-iqa")), QFileInfo(saved).absoluteFilePath());

        // A second run under the same name is refused: saved checkpoints are never overwritten.
        QVERIFY(!window.startTraining());
        QVERIFY2(window.statusText().contains(QStringLiteral("exists already")), qPrintable(window.statusText()));

        // The workbench scores with it: its Cross-IQA rows name the saved
        // checkpoint's SHA-256, and the default's again after the roll-back.
        const QString savedSha = sha256OfFile(saved);
        MainWindow workbench;
        workbench.resize(1280, 800);
        workbench.show();
        workbench.openImage(MainWindow::Role::Reference, m_photos[0]);
        workbench.openImage(MainWindow::Role::Distorted, m_photos[1]);
        const auto crossIqaSha = [&workbench]() -> QString {
            for (const ScorePanel::Row &row : workbench.scorePanel()->rows())
                if (row.id == QLatin1String("cross-iqa") && row.image == ScoredImage::Distorted && row.error.isEmpty())
                    return row.weightsSha256;
            return QString();
        };
        QVERIFY(QTest::qWaitFor([&] { return !workbench.isBusy() && !crossIqaSha().isEmpty(); }, 300000));
        QCOMPARE(crossIqaSha(), savedSha);

        window.rollBackToDefault();
        QVERIFY(AppSettings::instance().activeCheckpoint(QStringLiteral("cross-iqa")).isEmpty());
        QVERIFY(QFileInfo::exists(saved));  // rolling back keeps the checkpoint
        QVERIFY(QTest::qWaitFor([&] { return !crossIqaSha().isEmpty() && crossIqaSha() != savedSha; }, 300000));
        QVERIFY(QTest::qWaitFor([&] { return !workbench.isBusy(); }, 300000));

        saveScreenshot(window, QStringLiteral("fine-tune-cross-iqa.png"));

        // With degraded views kept below each image: the option reaches the
        // fit, which reports the held-out ordering and records it.
        window.setOrderedViews(2);
        window.setCheckpointName(QStringLiteral("dark rooms ordered"));
        QSignalSpy orderedEnded(&window, &FineTuneWindow::runEnded);
        QVERIFY2(window.startTraining(), qPrintable(window.statusText()));
        QVERIFY(waitForRunEnd(window, orderedEnded));
        QVERIFY2(window.lastOutcome().has_value(), qPrintable(window.statusText() + window.logText()));
        QVERIFY2(window.logText().contains(QStringLiteral("of 64 degraded views scored below their image")), qPrintable(window.logText()));
        const auto ordered = SafeTensorsFile::open(window.lastOutcome()->checkpointPath);
        QVERIFY2(ordered, qPrintable(ordered.error()));
        QCOMPARE(ordered->metadata().value(QStringLiteral("head_ordered_views")), QStringLiteral("2"));
    }

    // Pausing stops the run at its next step; cancelling saves nothing and
    // leaves the active model alone.
    void pauseHoldsAndCancelSavesNothing()
    {
        FineTuneWindow window;
        window.show();
        window.setLabelSource(FineTuneWindow::LabelSource::Csv, m_pairLabels);
        window.setCheckpointName(QStringLiteral("never"));
        QSignalSpy encoding(window.worker(), &TrainingWorker::encodingProgress);
        QSignalSpy ended(&window, &FineTuneWindow::runEnded);
        QVERIFY2(window.startTraining(), qPrintable(window.statusText()));
        QVERIFY(QTest::qWaitFor([&] { return encoding.count() > 0; }, 120000));
        window.worker()->setPaused(true);
        QVERIFY(window.statusText().startsWith(QStringLiteral("Paused")));
        QTest::qWait(5000);  // a pair being encoded when the pause came still reports
        const int atPause = encoding.count();
        QTest::qWait(2500);
        QCOMPARE(encoding.count(), atPause);
        QVERIFY(window.worker()->isRunning());
        window.worker()->cancel();
        QVERIFY(waitForRunEnd(window, ended));
        QVERIFY2(window.statusText().startsWith(QStringLiteral("Cancelled")), qPrintable(window.statusText()));
        QVERIFY(!QFileInfo::exists(AppSettings::instance().checkpointsFolder() + QStringLiteral("/vae-qa/never.safetensors")));
        QVERIFY(window.savedCheckpoints().isEmpty());
        QVERIFY(AppSettings::instance().activeCheckpoint(QStringLiteral("vae-qa")).isEmpty());
    }

    // Quitting the main window during a run asks first; "No" keeps the
    // window and the run.
    void quitDuringARunAsksFirst()
    {
        MainWindow main;
        main.show();
        main.showFineTuning();
        FineTuneWindow *tuning = main.fineTuneWindow();
        QVERIFY(tuning && tuning->isVisible());
        tuning->setLabelSource(FineTuneWindow::LabelSource::Csv, m_pairLabels);
        tuning->setCheckpointName(QStringLiteral("interrupted"));
        QSignalSpy ended(tuning, &FineTuneWindow::runEnded);
        QVERIFY2(tuning->startTraining(), qPrintable(tuning->statusText()));
        tuning->worker()->setPaused(true);  // still running, but idle
        QString question;
        QTimer::singleShot(300, [&question] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                question = box->text();
                box->button(QMessageBox::No)->click();
            }
        });
        QVERIFY(!main.close());
        QVERIFY2(question.contains(QStringLiteral("still in progress")), qPrintable(question));
        QVERIFY(main.isVisible());
        QVERIFY(tuning->worker()->isRunning());
        tuning->worker()->cancel();
        QVERIFY(waitForRunEnd(*tuning, ended));
        QVERIFY(main.close());  // nothing running: no question
    }

    // A label CSV trains VAE-QA's head with 3-fold validation: live curves,
    // out-of-fold predictions of every pair, a per-type table, the missing
    // file listed; the planted dislike of blur shows up on held-out scenes.
    void csvLabelsTrainVaeQaWithFolds()
    {
        FineTuneWindow window;
        window.show();
        window.setLabelSource(FineTuneWindow::LabelSource::Csv, m_pairLabels);
        QVERIFY2(window.summaryText().contains(QStringLiteral("37 pair")) && window.summaryText().contains(QStringLiteral("of 6 reference")),
                 qPrintable(window.summaryText()));
        QVERIFY(window.summaryText().contains(QStringLiteral("distortion types known")));
        window.setFolds(3);
        window.setEpochs(30);
        window.setCheckpointName(QStringLiteral("blur haters"));
        QSignalSpy epochs(window.worker(), &TrainingWorker::epochFinished);
        QSignalSpy ended(&window, &FineTuneWindow::runEnded);
        QVERIFY2(window.startTraining(), qPrintable(window.statusText()));
        QVERIFY(waitForRunEnd(window, ended));
        QVERIFY2(window.lastOutcome().has_value(), qPrintable(window.statusText() + window.logText()));
        const FineTuneOutcome &o = *window.lastOutcome();

        QVERIFY(epochs.count() > 3);
        QSet<int> folds;
        for (const QList<QVariant> &args : epochs)
            folds.insert(args.at(0).value<FineTuneEpoch>().fold);
        QVERIFY2(folds.contains(1) && folds.contains(2) && folds.contains(3) && folds.contains(0), "every fold and the final fit");
        QVERIFY(window.curves()->epochCount() > 0);
        QCOMPARE(o.points.size(), 36);  // out-of-fold: every pair once
        QVERIFY2(window.logText().contains(QStringLiteral("s0_jpeg_3.png")), qPrintable(window.logText()));
        QCOMPARE(window.typeTable()->rowCount(), 2);
        qInfo("VAE-QA head, 3-fold: SRCC %.3f -> %.3f", o.before ? o.before->srcc.value_or(-2) : -2, o.after.srcc.value_or(-2));
        QVERIFY(o.before.has_value());
        QVERIFY(o.after.srcc.value_or(-1) > o.before->srcc.value_or(1) + 0.1);
        QVERIFY(QFileInfo::exists(AppSettings::instance().checkpointsFolder() + QStringLiteral("/vae-qa/blur haters.safetensors")));

        // Active for the workbench's VAE-QA only.
        QVERIFY(window.selectSavedCheckpoint(o.checkpointPath));
        window.makeSelectedActive();
        QCOMPARE(AppSettings::instance().activeCheckpoint(QStringLiteral("vae-qa")), QFileInfo(o.checkpointPath).absoluteFilePath());
        QVERIFY(AppSettings::instance().activeCheckpoint(QStringLiteral("cross-iqa")).isEmpty());
        saveScreenshot(window, QStringLiteral("fine-tune-vae-qa.png"));
        window.rollBackToDefault();

        // A second run (one split this time) reads every pair's features from
        // the cache the first one kept, and encodes nothing.
        window.setFolds(0);
        window.setEpochs(3);
        window.setCheckpointName(QStringLiteral("second look"));
        QSignalSpy encoding(window.worker(), &TrainingWorker::encodingProgress);
        ended.clear();
        QVERIFY2(window.startTraining(), qPrintable(window.statusText()));
        QVERIFY(waitForRunEnd(window, ended));
        QVERIFY2(window.lastOutcome().has_value(), qPrintable(window.statusText() + window.logText()));
        QVERIFY2(window.logText().contains(QStringLiteral("Features: 36 pair(s) from the cache")), qPrintable(window.logText()));
        QVERIFY2(window.logText().contains(QStringLiteral(", 0 encoded")), qPrintable(window.logText()));
        QCOMPARE(window.savedCheckpoints().size(), 2);
    }

    // Cross-IQA's last block trained by gradient descent from the window:
    // epochs stream into the chart, the held-out images (a share of the
    // images) get before and after scores.
    void crossIqaBlocksTrainWithEpochs()
    {
        QByteArray csv = "image,mos\n";
        for (const QString &p : m_photos)
            csv += QStringLiteral("%1,%2\n").arg(p).arg(p.endsWith(QStringLiteral("_dark.png")) ? 4.5 : 1.5).toUtf8();
        const QString labels = m_dir.filePath(QStringLiteral("low-key.csv"));
        QVERIFY(writeFile(labels, csv));

        FineTuneWindow window;
        window.show();
        window.setLabelSource(FineTuneWindow::LabelSource::Csv, labels);
        window.setTrainBlocks(1);
        window.setEpochs(6);
        window.setCheckpointName(QStringLiteral("low key"));
        QSignalSpy epochs(window.worker(), &TrainingWorker::epochFinished);
        QSignalSpy ended(&window, &FineTuneWindow::runEnded);
        QVERIFY2(window.startTraining(), qPrintable(window.statusText()));
        QVERIFY(waitForRunEnd(window, ended));
        QVERIFY2(window.lastOutcome().has_value(), qPrintable(window.statusText() + window.logText()));
        const FineTuneOutcome &o = *window.lastOutcome();
        QCOMPARE(o.target, FineTuneTarget::CrossIqaBlocks);
        QVERIFY(epochs.count() >= 1);
        QCOMPARE(epochs.first().at(0).value<FineTuneEpoch>().fold, 0);
        QCOMPARE(window.curves()->epochCount(), epochs.count());
        QVERIFY(o.validationItems >= 4);
        QCOMPARE(o.points.size(), o.validationItems);
        QVERIFY(o.before.has_value());
        qInfo("Cross-IQA, last block trained: held-out SRCC %.3f -> %.3f on %d images", o.before->srcc.value_or(-2),
              o.after.srcc.value_or(-2), o.validationItems);
        QVERIFY(o.before->srcc.value_or(1) < 0);  // the default model prefers the brighter versions
        QVERIFY(o.after.srcc.value_or(-1) > 0.3);
        QVERIFY(QFileInfo::exists(AppSettings::instance().checkpointsFolder() + QStringLiteral("/cross-iqa/low key.safetensors")));
    }

    // Problems are named before anything runs.
    void badLabelsAreNamed()
    {
        FineTuneWindow window;
        // One distinct value: nothing to learn an ordering from.
        const QString flat = m_dir.filePath(QStringLiteral("flat.csv"));
        QVERIFY(writeFile(flat, QStringLiteral("image,mos\n%1,3\n%2,3\n").arg(m_photos[0], m_photos[1]).toUtf8()));
        window.setLabelSource(FineTuneWindow::LabelSource::Csv, flat);
        QVERIFY2(window.warningText().contains(QStringLiteral("same value")), qPrintable(window.warningText()));

        // Image labels cannot train the full-reference model.
        window.setModel(QStringLiteral("vae-qa"));
        QVERIFY(!window.startTraining());
        QVERIFY2(window.statusText().contains(QStringLiteral("ref,dist,mos")), qPrintable(window.statusText()));

        // A small set says how small: one split holds out a fifth of 37 pairs.
        window.setFolds(0);
        window.setLabelSource(FineTuneWindow::LabelSource::Csv, m_pairLabels);
        QVERIFY2(window.warningText().contains(QStringLiteral("37 labelled items of 6 contents, about 7 held out")),
                 qPrintable(window.warningText()));

        // An unreadable file and a study without votes.
        window.setLabelSource(FineTuneWindow::LabelSource::Csv, m_dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY(!window.startTraining());
        QVERIFY2(window.statusText().contains(QStringLiteral("missing.csv")), qPrintable(window.statusText()));
        StudyDefinition empty;
        empty.name = QStringLiteral("empty");
        empty.items.append({ItemKind::Test, m_photos[0], QString(), std::nullopt});
        const QString emptyStudy = m_dir.filePath(QStringLiteral("empty.iqastudy"));
        QVERIFY(StudyStore::create(emptyStudy, empty));
        window.setLabelSource(FineTuneWindow::LabelSource::Study, emptyStudy);
        QVERIFY2(window.summaryText().contains(QStringLiteral("no votes")), qPrintable(window.summaryText()));

        // A bad checkpoint name.
        window.setLabelSource(FineTuneWindow::LabelSource::Csv, m_pairLabels);
        window.setCheckpointName(QStringLiteral("../escape"));
        QVERIFY(!window.startTraining());
        QVERIFY2(window.statusText().contains(QStringLiteral("Name the checkpoint")), qPrintable(window.statusText()));
    }
};

QTEST_MAIN(FineTuneWindowTest)
#include "test_gui_finetune.moc"
