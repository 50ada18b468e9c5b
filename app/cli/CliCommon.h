#pragma once

#include <QCommandLineParser>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

#include "models/ModelRegistry.h"

// Shared pieces of the `iqa` subcommands: option parsing, output and errors.
// Results go to stdout, progress and errors to stderr (DESIGN.md section 6).
namespace cli {

enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

void printOut(const QString &text);
void printErr(const QString &text);
void printJson(const QJsonValue &value);
int fail(const QString &reason);          // one-line reason on stderr, returns Failure
int usageError(const QCommandLineParser &parser, const QString &reason);

// --json, --models DIR, --device auto|cpu|cuda, --checkpoint CKPT, --crops N
void addCommonOptions(QCommandLineParser &parser);
bool jsonRequested(const QCommandLineParser &parser);
// Fills `options` from the common options; false (after printing) on a bad value.
bool readModelOptions(const QCommandLineParser &parser, iqa::ModelOptions *options);

// Optional numeric options: leave `out` alone when the option is absent;
// print the reason and return false on a bad value.
bool readIntOption(const QCommandLineParser &parser, const QString &name, int minimum, int *out);
bool readPositiveDoubleOption(const QCommandLineParser &parser, const QString &name, double *out);
bool readDoubleOption(const QCommandLineParser &parser, const QString &name, double min, double max, double *out);  // min..max inclusive
bool readSeedOption(const QCommandLineParser &parser, quint64 *out);  // --seed

// Parses `arguments` (argv without the program name and subcommand) or prints
// help/usage. Returns -1 to continue, otherwise the exit code.
int parseOrExit(QCommandLineParser &parser, const QString &command, const QStringList &arguments);

// Numbers for humans: fixed precision, "inf" for infinity.
QString formatScore(double value);
// JSON cannot hold infinity: null (with the reason given elsewhere).
QJsonValue jsonNumber(double value);
// null when undefined.
QJsonValue jsonNumber(const std::optional<double> &value);

// Progress line on stderr for long runs, redrawn in place on a terminal.
class ProgressLine
{
public:
    explicit ProgressLine(QString label);
    void update(int done, int total);
    void finish();

private:
    QString m_label;
    qint64 m_lastDraw = 0;
    qint64 m_started = 0;
    bool m_drawn = false;
};

// Ctrl+C / SIGTERM during a long run (training): the first request sets a
// flag the run polls so it can stop at a safe point and keep its last
// checkpoint; a second one ends the program at once.
bool cancelRequested();

// "0.8123", or "n/a" for an undefined correlation.
QString metricText(const std::optional<double> &value);

// The before/after table of a fine-tuning, one format for every trainer:
// a title row, SRCC/PLCC/KRCC/RMSE, then the SRCC within each distortion
// type. `Agreement` is any type with optional srcc, plcc, krcc and rmse.
template <class Agreement>
QStringList beforeAfterTable(const QString &title, const Agreement &before, const Agreement &after,
                             const QMap<QString, double> &typeSrccBefore, const QMap<QString, double> &typeSrccAfter)
{
    QStringList lines{QStringLiteral("%1  %2  %3").arg(title, -19).arg(QStringLiteral("before"), 8).arg(QStringLiteral("after"), 8)};
    const std::pair<const char *, std::optional<double> Agreement::*> rows[] = {
        {"SRCC", &Agreement::srcc}, {"PLCC", &Agreement::plcc}, {"KRCC", &Agreement::krcc}, {"RMSE", &Agreement::rmse}};
    for (const auto &[name, field] : rows)
        lines << QStringLiteral("  %1  %2  %3").arg(QLatin1String(name), -19).arg(metricText(before.*field), 8).arg(metricText(after.*field), 8);
    for (auto it = typeSrccAfter.begin(); it != typeSrccAfter.end(); ++it) {
        const auto typeBefore = typeSrccBefore.contains(it.key()) ? std::optional<double>(typeSrccBefore.value(it.key())) : std::nullopt;
        lines << QStringLiteral("  SRCC %1  %2  %3").arg(it.key(), -14).arg(metricText(typeBefore), 8).arg(metricText(it.value()), 8);
    }
    return lines;
}

int runModels(const QStringList &arguments);
int runScore(const QStringList &arguments);
int runEval(const QStringList &arguments);
int runMos(const QStringList &arguments);
int runStudy(const QStringList &arguments);
int runTrain(const QStringList &arguments);
int runTrainCrossIqa(const QStringList &arguments);
int runHeatmap(const QStringList &arguments);
int runHeatmapCrossIqa(const QStringList &arguments);

} // namespace cli
