#include "CliCommon.h"

#include "studies/MosAggregator.h"
#include "studies/MosReport.h"
#include "studies/VotesCsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace cli {

namespace {

QString optionalText(const std::optional<double> &value, int decimals = 3)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("-");
}

} // namespace

// The screening and scaling options, shared with `iqa study export` (which
// declares these two itself: CliCommon.h only carries the command entry points).
void addMosOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("screen"),
                      QStringLiteral("Rater screening: bt500 (ITU-R BT.500 beta-2 test, default) or none."),
                      QStringLiteral("RULE"), QStringLiteral("bt500")});
    parser.addOption({QStringLiteral("outlier-z"),
                      QStringLiteral("Also drop single scores with |z| above Z after screening (default 0 = off)."),
                      QStringLiteral("Z")});
    parser.addOption({QStringLiteral("gold-min"),
                      QStringLiteral("Minimum share of gold trials answered correctly (default 0.8)."),
                      QStringLiteral("SHARE")});
    parser.addOption({QStringLiteral("gold-tolerance"),
                      QStringLiteral("A gold vote is correct within this distance of the expected value "
                                     "(default: a quarter of the scale range)."),
                      QStringLiteral("D")});
    parser.addOption({QStringLiteral("repeat-max"),
                      QStringLiteral("Largest mean difference between repeated and first presentations "
                                     "(default: a quarter of the scale range; pairwise: 0.5 disagreement)."),
                      QStringLiteral("D")});
    parser.addOption({QStringLiteral("scaling"),
                      QStringLiteral("Pairwise: scale with bt (Bradley-Terry, unit: logit; default) or thurstone "
                                     "(Thurstone Case V, unit: standard deviation of the difference of two "
                                     "stimuli's qualities)."),
                      QStringLiteral("MODEL"), QStringLiteral("bt")});
    parser.addOption({QStringLiteral("bootstrap"),
                      QStringLiteral("Pairwise: bootstrap resamples for the intervals (default 1000)."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("Pairwise: bootstrap seed (default 1)."), QStringLiteral("N")});
}

// Returns -1 to continue, otherwise the exit code (after printing one line).
int readMosOptions(const QCommandLineParser &parser, iqa::MosOptions *options)
{
    const auto screening = iqa::parseRaterScreening(parser.value(QStringLiteral("screen")));
    // A value the command does not know is a usage error (exit 2), with the
    // reason on one line rather than the whole help text.
    if (!screening) {
        fail(QCoreApplication::translate("CommandMos", "--screen must be bt500 or none, not '%1'")
                 .arg(parser.value(QStringLiteral("screen"))));
        return Usage;
    }
    options->screening = *screening;
    const auto scaling = iqa::parsePairwiseScaling(parser.value(QStringLiteral("scaling")));
    if (!scaling) {
        fail(QCoreApplication::translate("CommandMos", "--scaling must be bt or thurstone, not '%1'")
                 .arg(parser.value(QStringLiteral("scaling"))));
        return Usage;
    }
    options->scaling = *scaling;
    if (!readDoubleOption(parser, QStringLiteral("outlier-z"), 0, 1e6, &options->outlierZ) ||
        !readDoubleOption(parser, QStringLiteral("gold-min"), 0, 1, &options->goldMinAccuracy))
        return Failure;
    double value = 0;
    if (parser.isSet(QStringLiteral("gold-tolerance"))) {
        if (!readDoubleOption(parser, QStringLiteral("gold-tolerance"), 0, 1e6, &value))
            return Failure;
        options->goldTolerance = value;
    }
    if (parser.isSet(QStringLiteral("repeat-max"))) {
        if (!readDoubleOption(parser, QStringLiteral("repeat-max"), 0, 1e6, &value))
            return Failure;
        options->repeatMaxDifference = value;
    }
    if (parser.isSet(QStringLiteral("bootstrap"))) {
        bool ok = false;
        options->bootstrapSamples = parser.value(QStringLiteral("bootstrap")).toInt(&ok);
        if (!ok || options->bootstrapSamples < 0 || options->bootstrapSamples > 1000000)
            return fail(QCoreApplication::translate("CommandMos", "--bootstrap must be an integer from 0 to 1000000"));
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options->seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(QCoreApplication::translate("CommandMos", "--seed must be a non-negative integer"));
    }
    return -1;
}

static void printMosText(const iqa::MosResult &result)
{
    const bool pairwise = result.method == iqa::VoteMethod::Pairwise;
    printOut(QCoreApplication::translate(
                 "CommandMos", "%1 votes (%2 used, %3 training, %4 gold), %5 stimuli, %6 raters; screening %7")
                 .arg(result.votesTotal)
                 .arg(result.votesUsed)
                 .arg(result.trainingVotes)
                 .arg(result.goldVotes)
                 .arg(result.stimuli.size())
                 .arg(result.raters.size())
                 .arg(iqa::raterScreeningKey(result.screening)));
    if (!result.screeningNote.isEmpty())
        printOut(result.screeningNote);
    if (pairwise)
        printOut(QCoreApplication::translate("CommandMos", "scaling %1 (unit: %2), %3 bootstrap resamples")
                     .arg(iqa::pairwiseScalingModel(result.scaling), iqa::pairwiseScalingUnit(result.scaling))
                     .arg(result.bootstrapSamples));
    printOut(pairwise ? QCoreApplication::translate("CommandMos", "scale     std   ci95_low ci95_high  n  stimulus")
                      : QCoreApplication::translate("CommandMos", "mos       std   ci95      n  stimulus"));
    for (const iqa::StimulusMos &s : result.stimuli) {
        if (pairwise)
            printOut(QStringLiteral("%1 %2 %3 %4 %5  %6")
                         .arg(optionalText(s.mos), 7)
                         .arg(optionalText(s.std), 6)
                         .arg(optionalText(s.ciLow), 8)
                         .arg(optionalText(s.ciHigh), 9)
                         .arg(s.n, 3)
                         .arg(s.stimulus.text));
        else
            printOut(QStringLiteral("%1 %2 %3 %4  %5")
                         .arg(optionalText(s.mos), 7)
                         .arg(optionalText(s.std), 6)
                         .arg(optionalText(s.ci95), 6)
                         .arg(s.n, 4)
                         .arg(s.stimulus.text));
    }
    for (const iqa::RaterReport &r : result.raters) {
        if (r.excluded)
            printOut(QCoreApplication::translate("CommandMos", "excluded rater %1: %2").arg(r.rater, r.reason));
    }
    if (!pairwise) {
        for (const iqa::RaterReport &r : result.raters) {
            if (r.bias && !r.excluded && std::abs(*r.bias) >= iqa::voteScale(result.method).range() / 8.0)
                printOut(QCoreApplication::translate(
                             "CommandMos",
                             "note: rater %1 scores %2 on average against the MOS (kept: screening does not "
                             "catch a steady offset)")
                             .arg(r.rater, QString::number(*r.bias, 'f', 2)));
        }
    }
    for (const iqa::ExcludedVote &v : result.excludedVotes)
        printOut(QCoreApplication::translate("CommandMos", "excluded vote on line %1 (%2, %3): %4")
                     .arg(v.line)
                     .arg(v.rater, v.stimulus, v.reason));
}

// iqa mos --votes CSV [--screen bt500|none] [--scaling bt|thurstone] [--out-labels CSV] [--json]
int runMos(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "MOS, standard deviation and 95% confidence interval (Student t) per stimulus from a long votes CSV\n"
        "(rater,stimulus,method,value[,training,gold,repeat,expected,...]; see docs/studies.md), after rater\n"
        "screening. Pairwise votes are scaled with Bradley-Terry or Thurstone Case V (--scaling) and bootstrap\n"
        "intervals."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Machine-readable JSON on stdout.")});
    parser.addOption({QStringLiteral("votes"), QStringLiteral("Votes CSV."), QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("out-labels"),
                      QStringLiteral("Also write a label CSV (ref,dist,mos or image,mos) for iqa eval."),
                      QStringLiteral("CSV")});
    addMosOptions(parser);
    if (int code = parseOrExit(parser, QStringLiteral("mos"), arguments); code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("votes")))
        return usageError(parser, QCoreApplication::translate("CommandMos", "--votes is required"));
    if (!parser.positionalArguments().isEmpty())
        return usageError(parser, QCoreApplication::translate("CommandMos", "unexpected argument '%1'")
                                      .arg(parser.positionalArguments().first()));
    iqa::MosOptions options;
    if (int code = readMosOptions(parser, &options); code >= 0)
        return code;

    const auto votes = iqa::VotesCsv::read(parser.value(QStringLiteral("votes")));
    if (!votes)
        return fail(votes.error());
    const auto result = iqa::MosAggregator::aggregate(votes->votes, votes->method, options);
    if (!result)
        return fail(result.error());

    int omitted = 0;
    if (parser.isSet(QStringLiteral("out-labels"))) {
        const iqa::Status written =
            iqa::MosReport::writeLabelCsv(*result, parser.value(QStringLiteral("out-labels")), &omitted);
        if (!written)
            return fail(written.error());
    }

    if (jsonRequested(parser)) {
        QJsonObject out = iqa::MosReport::toJson(*result, options);
        out[QStringLiteral("votes_file")] = votes->csvPath;
        QJsonArray skipped;
        for (const iqa::VoteIssue &issue : votes->skipped)
            skipped.append(QJsonObject{{QStringLiteral("line"), issue.line}, {QStringLiteral("reason"), issue.reason}});
        out[QStringLiteral("skipped_rows")] = skipped;
        if (parser.isSet(QStringLiteral("out-labels"))) {
            out[QStringLiteral("labels_file")] =
                QFileInfo(parser.value(QStringLiteral("out-labels"))).absoluteFilePath();
            out[QStringLiteral("labels_omitted")] = omitted;
        }
        printJson(out);
    } else {
        printMosText(*result);
        for (const iqa::VoteIssue &issue : votes->skipped)
            printErr(
                QCoreApplication::translate("CommandMos", "skipped line %1: %2").arg(issue.line).arg(issue.reason));
    }
    if (omitted > 0)
        printErr(
            QCoreApplication::translate(
                "CommandMos", "%1 stimuli have no MOS (all their raters were excluded) and are not in the label CSV")
                .arg(omitted));
    return Ok;
}

} // namespace cli
