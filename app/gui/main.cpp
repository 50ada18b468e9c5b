// iqa-studio: the GUI. Argument parsing only; the window lives in iqa_ui.
#include "AppSettings.h"
#include "BatchPanel.h"
#include "CompareView.h"
#include "HeatmapOverlay.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "StudyScreen.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("iqa-studio"));
    QApplication::setApplicationName(QStringLiteral("iqa-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("IQA Studio"));
    QApplication::setApplicationVersion(QStringLiteral(IQA_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/iqa-studio.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.iqastudio.IQAStudio"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "IQA Studio: compare a reference and a distorted image and score them.\n"
        "Without images it opens the built-in sample pair."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("ref"), QStringLiteral("Reference image."), QStringLiteral("R")});
    parser.addOption({QStringLiteral("dist"),
                      QStringLiteral("Distorted image; repeat for several candidates (the first is shown)."),
                      QStringLiteral("D")});
    parser.addOption({QStringLiteral("heatmap"),
                      QStringLiteral("Overlay a heatmap on the distorted image: VAE-QA's combined map or a layer "
                                     "0..5, or Cross-IQA's cross-iqa-quality, cross-iqa-rollout or cross-iqa-block-N."),
                      QStringLiteral("LAYER")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("Language code (en, de) for this run."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Window size, e.g. 1280x800."), QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("screenshot"),
                      QStringLiteral("Wait until every image, score and heatmap is shown, save the window to FILE and exit."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("mode"), QStringLiteral("Compare mode to start in: side, swipe, flicker or diff."),
                      QStringLiteral("MODE")});
    parser.addOption({QStringLiteral("batch-labels"),
                      QStringLiteral("Score every row of a label CSV in the batch panel (with --screenshot: "
                                     "once it has finished)."),
                      QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("study"),
                      QStringLiteral("Open a rating study's window instead of the main window (see --screen)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("screen"),
                      QStringLiteral("With --study: rating (a session, full screen) or results (default)."),
                      QStringLiteral("SCREEN")});
    parser.addOption({QStringLiteral("rater"),
                      QStringLiteral("With --screen rating: start or resume this rater's session at once."),
                      QStringLiteral("NAME")});
    parser.process(app);
    int heatmapLayer = HeatmapOverlay::kCombined;
    if (parser.isSet(QStringLiteral("heatmap"))
        && !HeatmapOverlay::parseLayerId(parser.value(QStringLiteral("heatmap")), &heatmapLayer)) {
        std::fprintf(stderr,
                     "iqa-studio: error: unknown --heatmap '%s' (combined, 0..%d, cross-iqa-quality, "
                     "cross-iqa-rollout or cross-iqa-block-N)\n",
                     qPrintable(parser.value(QStringLiteral("heatmap"))), HeatmapOverlay::kVaeQaLayers - 1);
        return 2;
    }
    CompareView::Mode mode = CompareView::Mode::SideBySide;
    if (parser.isSet(QStringLiteral("mode")) && !CompareView::parseMode(parser.value(QStringLiteral("mode")), &mode)) {
        std::fprintf(stderr, "iqa-studio: error: unknown --mode '%s' (side, swipe, flicker or diff)\n",
                     qPrintable(parser.value(QStringLiteral("mode"))));
        return 2;
    }

    LanguageManager languages;
    AppSettings &settings = AppSettings::instance();
    languages.apply(parser.isSet(QStringLiteral("language")) ? parser.value(QStringLiteral("language"))
                                                             : settings.language());
    QObject::connect(&settings, &AppSettings::languageChanged, &languages,
                     [&languages](const QString &code) { languages.apply(code); });

    // A study window alone, without the main window (ui/StudyScreen).
    if (parser.isSet(QStringLiteral("study")))
        return StudyScreen::run(parser.value(QStringLiteral("study")), parser.value(QStringLiteral("screen")),
                                parser.value(QStringLiteral("rater")), parser.value(QStringLiteral("size")),
                                parser.value(QStringLiteral("screenshot")));

    // LibTorch's thread count is set on the model worker's thread (MainWindow
    // passes the setting on), not here: OpenMP thread counts are per thread.
    MainWindow window;
    if (parser.isSet(QStringLiteral("size"))) {
        const QStringList parts = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        if (parts.size() == 2 && parts[0].toInt() > 0 && parts[1].toInt() > 0)
            window.resize(parts[0].toInt(), parts[1].toInt());
    }

    const bool anyImage = parser.isSet(QStringLiteral("ref")) || parser.isSet(QStringLiteral("dist"));
    const QString ref = anyImage ? parser.value(QStringLiteral("ref")) : QStringLiteral(":/samples/reference.png");
    const QStringList dists = anyImage ? parser.values(QStringLiteral("dist"))
                                       : QStringList{QStringLiteral(":/samples/distorted.jpg")};
    window.show();
    window.compareView()->setMode(mode);
    if (parser.isSet(QStringLiteral("heatmap"))) {
        // For this run only: the saved setting stays as the user left it.
        window.compareView()->heatmapOverlay()->setLayer(heatmapLayer);
        window.compareView()->heatmapOverlay()->setVisible(true);
    }
    if (!ref.isEmpty())
        window.openImage(MainWindow::Role::Reference, ref);
    if (!dists.isEmpty())
        window.openCandidates(dists);
    if (parser.isSet(QStringLiteral("batch-labels"))) {
        window.showBatchPanel();
        window.batchPanel()->startLabels(parser.value(QStringLiteral("batch-labels")));
    }

    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString target = parser.value(QStringLiteral("screenshot"));
        auto save = [&window, target] {
            // Let layouts settle after the last update before grabbing.
            QTimer::singleShot(200, &window, [&window, target] {
                if (window.isBusy())
                    return;
                const bool saved = window.grab().save(target);
                if (!saved)
                    std::fprintf(stderr, "iqa-studio: error: cannot write %s\n", qPrintable(target));
                QApplication::exit(saved ? 0 : 1);
            });
        };
        QObject::connect(&window, &MainWindow::idle, &window, save);
        if (!window.isBusy())
            save();
        QTimer::singleShot(120000, &app, [] {
            std::fprintf(stderr, "iqa-studio: error: gave up waiting for images and scores after 120 s\n");
            QApplication::exit(1);
        });
    }
    return app.exec();
}
