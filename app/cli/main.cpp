// iqa: the command-line face of IQA Studio (DESIGN.md section 6).
#include "CliCommon.h"

#include "models/Device.h"

#include <QCoreApplication>

namespace {

const char *const kUsage =
    "usage: iqa <command> [options]\n"
    "\n"
    "commands:\n"
    "  models   list scoring models, their weights and the compute device\n"
    "  score    score a reference/distorted pair or single images\n"
    "  heatmap  per-layer VAE-QA heatmaps of a pair as colour-mapped PNGs\n"
    "  eval     correlate a model with human scores from a label CSV\n"
    "  mos      MOS and confidence intervals from a votes CSV, with rater screening\n"
    "  study    create, rate (scripted), check, export and import rating studies\n"
    "  train    train a learned model's head (vae-qa: the synthetic recipe)\n"
    "\n"
    "`iqa <command> --help` shows the options of a command.";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("iqa"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IQA_VERSION));

    // Intra-op threads = cores (DESIGN.md section 4), set before any model runs.
    iqa::configureCpuThreads(0);

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        cli::printErr(QString::fromLatin1(kUsage));
        return cli::Usage;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        cli::printOut(QString::fromLatin1(kUsage));
        return cli::Ok;
    }
    if (command == QLatin1String("--version")) {
        cli::printOut(QStringLiteral("iqa %1").arg(QCoreApplication::applicationVersion()));
        return cli::Ok;
    }
    if (command == QLatin1String("models"))
        return cli::runModels(args);
    if (command == QLatin1String("score"))
        return cli::runScore(args);
    if (command == QLatin1String("heatmap"))
        return cli::runHeatmap(args);
    if (command == QLatin1String("eval"))
        return cli::runEval(args);
    if (command == QLatin1String("mos"))
        return cli::runMos(args);
    if (command == QLatin1String("study"))
        return cli::runStudy(args);
    if (command == QLatin1String("train"))
        return cli::runTrain(args);
    cli::printErr(QStringLiteral("iqa: error: unknown command '%1'").arg(command));
    cli::printErr(QString::fromLatin1(kUsage));
    return cli::Usage;
}
