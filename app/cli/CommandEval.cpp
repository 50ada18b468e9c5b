#include "CliCommon.h"

#include "jobs/LabelEvaluation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>


namespace cli {

namespace {

QString optionalText(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 4) : QStringLiteral("undefined");
}

} // namespace

// iqa eval --model M --labels CSV [--lower-better]: correlation with human scores.
int runEval(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Correlate a model's scores with human scores from a label CSV (ref,dist,mos or image,mos).\n"
        "Reports SRCC, KRCC, PLCC after the 4-parameter logistic fit, and RMSE."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("model"), QStringLiteral("Model id (see iqa models)."), QStringLiteral("M")});
    parser.addOption({QStringLiteral("labels"), QStringLiteral("Label CSV."), QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("lower-better"),
                      QStringLiteral("Labels are lower-is-better (DMOS); they are flipped before correlating.")});
    parser.addOption({QStringLiteral("resize-dist"),
                      QStringLiteral("Resample distorted images to the reference size instead of skipping the row.")});
    parser.addOption({QStringLiteral("images-dir"),
                      QStringLiteral("Folder that relative image paths in the CSV start from (default: the CSV's folder)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("split"),
                      QStringLiteral("Only rows whose split column has this value (e.g. test)."), QStringLiteral("NAME")});
    if (int code = parseOrExit(parser, QStringLiteral("eval"), arguments); code >= 0)
        return code;

    iqa::ModelOptions options;
    if (!readModelOptions(parser, &options))
        return Failure;
    if (!parser.isSet(QStringLiteral("model")) || !parser.isSet(QStringLiteral("labels")))
        return usageError(parser, QStringLiteral("--model and --labels are required"));
    const auto ids = iqa::ModelRegistry::parseIdList(parser.value(QStringLiteral("model")));
    if (!ids)
        return fail(ids.error());
    if (ids->size() != 1)
        return fail(QStringLiteral("eval takes one model at a time, got %1").arg(ids->join(QLatin1Char(','))));

    auto labels = iqa::LabelCsv::read(parser.value(QStringLiteral("labels")),
                                      parser.value(QStringLiteral("images-dir")));
    if (!labels)
        return fail(labels.error());
    if (parser.isSet(QStringLiteral("split"))) {
        const QString split = parser.value(QStringLiteral("split"));
        if (!labels->hasExtraColumn(QStringLiteral("split")))
            return fail(QStringLiteral("--split: %1 has no split column").arg(labels->csvPath));
        labels->keepSplit(split);
        if (labels->rows.isEmpty())
            return fail(QStringLiteral("--split: no row of %1 has split '%2'").arg(labels->csvPath, split));
    }
    auto model = iqa::ModelRegistry::create(ids->first(), options);
    if (!model)
        return fail(model.error());

    iqa::LabelEvaluation::Options evalOptions;
    evalOptions.labelsLowerIsBetter = parser.isSet(QStringLiteral("lower-better"));
    evalOptions.scoring.resizeDistorted = parser.isSet(QStringLiteral("resize-dist"));
    iqa::LabelEvaluation evaluation(evalOptions);
    ProgressLine progress(QStringLiteral("eval %1").arg(ids->first()));
    const auto result = evaluation.run(**model, *labels, [&progress](int done, int total) {
        progress.update(done, total);
        return true;
    });
    progress.finish();
    if (!result)
        return fail(result.error());

    const iqa::CorrelationReport &c = result->correlation;
    QMap<QString, int> reasonCounts;
    QJsonArray skippedRows;
    for (const iqa::LabelIssue &issue : result->skipped) {
        skippedRows.append(QJsonObject{{QStringLiteral("line"), issue.line}, {QStringLiteral("reason"), issue.reason}});
        // Count by the kind of problem: the text after the file name varies per row.
        const QString kind = issue.reason.section(QStringLiteral(": "), -1);
        reasonCounts[kind] += 1;
    }
    if (jsonRequested(parser)) {
        QJsonObject counts;
        for (auto it = reasonCounts.cbegin(); it != reasonCounts.cend(); ++it)
            counts[it.key()] = it.value();
        QJsonObject out{
            {QStringLiteral("model"), result->card.id},
            {QStringLiteral("labels"), labels->csvPath},
            {QStringLiteral("labels_lower_better"), evalOptions.labelsLowerIsBetter},
            {QStringLiteral("model_direction"), iqa::scoreDirectionKey(result->card.direction)},
            {QStringLiteral("n"), c.n},
            {QStringLiteral("srcc"), jsonNumber(c.srcc)},
            {QStringLiteral("krcc"), jsonNumber(c.krcc)},
            {QStringLiteral("plcc"), jsonNumber(c.plcc)},
            {QStringLiteral("rmse"), jsonNumber(c.rmse)},
            {QStringLiteral("logistic_fitted"), c.logisticFitted},
            {QStringLiteral("logistic"), QJsonArray{c.logistic[0], c.logistic[1], c.logistic[2], c.logistic[3]}},
            {QStringLiteral("skipped"), QJsonObject{{QStringLiteral("count"), int(result->skipped.size())},
                                                    {QStringLiteral("by_reason"), counts},
                                                    {QStringLiteral("rows"), skippedRows}}},
        };
        if (!c.undefinedReason.isEmpty())
            out[QStringLiteral("undefined_reason")] = c.undefinedReason;
        printJson(out);
    } else {
        printOut(QStringLiteral("model %1 on %2 (%3 rows scored, %4 skipped)")
                     .arg(result->card.id, labels->csvPath).arg(c.n).arg(result->skipped.size()));
        printOut(QStringLiteral("SRCC %1  KRCC %2  PLCC %3  RMSE %4%5")
                     .arg(optionalText(c.srcc), optionalText(c.krcc), optionalText(c.plcc), optionalText(c.rmse),
                          c.logisticFitted ? QString() : QStringLiteral("  (PLCC without logistic fit)")));
        if (!c.undefinedReason.isEmpty())
            printOut(QStringLiteral("undefined: %1").arg(c.undefinedReason));
        for (const iqa::LabelIssue &issue : result->skipped)
            printErr(QStringLiteral("skipped line %1: %2").arg(issue.line).arg(issue.reason));
    }
    return Ok;
}

} // namespace cli
