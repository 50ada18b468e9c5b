#include "CliCommon.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace cli {

void printOut(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

namespace {

std::atomic<bool> g_cancelRequested{false};

extern "C" void onCancelSignal(int)
{
    if (g_cancelRequested.exchange(true))
        _exit(130);  // second request: stop now
}

} // namespace

bool readIntOption(const QCommandLineParser &parser, const QString &name, int minimum, int *out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum) {
        fail(QStringLiteral("--%1 must be a whole number of at least %2, not '%3'").arg(name).arg(minimum).arg(parser.value(name)));
        return false;
    }
    *out = value;
    return true;
}

bool readPositiveDoubleOption(const QCommandLineParser &parser, const QString &name, double *out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !(value > 0.0)) {
        fail(QStringLiteral("--%1 must be a positive number, not '%2'").arg(name, parser.value(name)));
        return false;
    }
    *out = value;
    return true;
}

bool readDoubleOption(const QCommandLineParser &parser, const QString &name, double min, double max, double *out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < min || value > max) {
        fail(QStringLiteral("--%1 must be a number from %2 to %3, not '%4'").arg(name).arg(min).arg(max).arg(parser.value(name)));
        return false;
    }
    *out = value;
    return true;
}

bool readSeedOption(const QCommandLineParser &parser, quint64 *out)
{
    if (!parser.isSet(QStringLiteral("seed")))
        return true;
    bool ok = false;
    const quint64 value = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        fail(QStringLiteral("--seed must be a whole number, not '%1'").arg(parser.value(QStringLiteral("seed"))));
        return false;
    }
    *out = value;
    return true;
}

bool cancelRequested()
{
    static const bool installed = [] {
        std::signal(SIGINT, onCancelSignal);
        std::signal(SIGTERM, onCancelSignal);
        return true;
    }();
    (void)installed;
    return g_cancelRequested.load();
}

void printErr(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::fputs(doc.toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}

int fail(const QString &reason)
{
    QString line = reason;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    printErr(QStringLiteral("iqa: error: ") + line);
    return Failure;
}

int usageError(const QCommandLineParser &parser, const QString &reason)
{
    printErr(QStringLiteral("iqa: error: ") + reason);
    printErr(parser.helpText());
    return Usage;
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Machine-readable JSON on stdout.")});
    parser.addOption({QStringLiteral("models"), QStringLiteral("Folder with model weights (searched first)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("device"), QStringLiteral("Where learned models run: auto, cpu or cuda."),
                      QStringLiteral("DEVICE"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("checkpoint"),
                      QStringLiteral("A trained head (safetensors from iqa train) instead of the learned model's default."),
                      QStringLiteral("CKPT")});
    parser.addOption({QStringLiteral("crops"),
                      QStringLiteral("Learned models: deterministic test-time crops, 1 (centre) or 5 (vae-qa: centre and corners; cross-iqa: a grid of up to 3x3 tiles)."),
                      QStringLiteral("N"), QStringLiteral("5")});
}

bool jsonRequested(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("json"));
}

bool readModelOptions(const QCommandLineParser &parser, iqa::ModelOptions *options)
{
    options->modelsFolder = parser.value(QStringLiteral("models"));
    if (!iqa::parseDevicePreference(parser.value(QStringLiteral("device")), &options->device)) {
        fail(QStringLiteral("--device must be auto, cpu or cuda, not '%1'").arg(parser.value(QStringLiteral("device"))));
        return false;
    }
    options->checkpointPath = parser.value(QStringLiteral("checkpoint"));
    bool ok = false;
    options->crops = parser.value(QStringLiteral("crops")).toInt(&ok);
    if (!ok || (options->crops != 1 && options->crops != 5)) {
        fail(QStringLiteral("--crops must be 1 or 5, not '%1'").arg(parser.value(QStringLiteral("crops"))));
        return false;
    }
    return true;
}

int parseOrExit(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    QStringList argv{QStringLiteral("iqa ") + command};
    argv << arguments;
    if (!parser.parse(argv))
        return usageError(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return Ok;
    }
    return -1;
}

QString formatScore(double value)
{
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(value, 'f', 6);
}

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? jsonNumber(*value) : QJsonValue(QJsonValue::Null);
}

ProgressLine::ProgressLine(QString label)
    : m_label(std::move(label)), m_started(QDateTime::currentMSecsSinceEpoch())
{
}

void ProgressLine::update(int done, int total)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastDraw < 500 && done != total)
        return;  // redrawing more often only slows the run down
    m_lastDraw = now;
    QString eta;
    if (done > 0 && done < total) {
        const double perItem = double(now - m_started) / done;
        eta = QStringLiteral(", ETA %1 s").arg(qRound(perItem * (total - done) / 1000.0));
    }
    const QString text = QStringLiteral("%1: %2/%3 (%4%)%5")
                             .arg(m_label).arg(done).arg(total)
                             .arg(total > 0 ? 100 * done / total : 100).arg(eta);
    if (isatty(STDERR_FILENO)) {
        std::fprintf(stderr, "\r%s\x1b[K", text.toUtf8().constData());
        m_drawn = true;
    } else if (done == total || now - m_started > 0) {
        std::fprintf(stderr, "%s\n", text.toUtf8().constData());
    }
    std::fflush(stderr);
}

void ProgressLine::finish()
{
    if (m_drawn)
        std::fputc('\n', stderr);
}

QString metricText(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 4) : QStringLiteral("n/a");
}

} // namespace cli
