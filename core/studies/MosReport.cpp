#include "studies/MosReport.h"

#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

namespace iqa {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString optionalText(const std::optional<double> &value)
{
    // Full precision: the label CSV feeds further statistics.
    return value ? QString::number(*value, 'g', 17) : QString();
}

} // namespace

QJsonObject MosReport::toJson(const MosResult &result, const MosOptions &options, const QString &baseFolder)
{
    const bool pairwise = result.method == VoteMethod::Pairwise;
    const QDir base(baseFolder);
    auto shown = [&](const QString &absolute) {
        return baseFolder.isEmpty() ? absolute : base.relativeFilePath(absolute);
    };

    QJsonArray stimuli;
    for (const StimulusMos &s : result.stimuli) {
        QJsonObject o{{QStringLiteral("stimulus"), s.stimulus.text},
                      {QStringLiteral("mos"), optionalNumber(s.mos)},
                      {QStringLiteral("std"), optionalNumber(s.std)},
                      {QStringLiteral("ci95_low"), optionalNumber(s.ciLow)},
                      {QStringLiteral("ci95_high"), optionalNumber(s.ciHigh)},
                      {QStringLiteral("n"), s.n},
                      {QStringLiteral("votes"), s.votes}};
        if (pairwise) {
            o[QStringLiteral("wins")] = s.wins;
        } else {
            o[QStringLiteral("ci95")] = optionalNumber(s.ci95);
        }
        if (s.stimulus.isPair()) {
            o[QStringLiteral("ref")] = shown(s.stimulus.first);
            o[QStringLiteral("dist")] = shown(s.stimulus.second);
        } else {
            o[QStringLiteral("image")] = shown(s.stimulus.first);
        }
        stimuli.append(o);
    }

    QJsonArray raters, excludedRaters;
    for (const RaterReport &r : result.raters) {
        QJsonObject o{{QStringLiteral("rater"), r.rater},
                      {QStringLiteral("votes"), r.votes},
                      {QStringLiteral("training_votes"), r.trainingVotes},
                      {QStringLiteral("gold_votes"), r.goldVotes},
                      {QStringLiteral("scores"), r.scores},
                      {QStringLiteral("excluded"), r.excluded},
                      {QStringLiteral("gold_accuracy"), optionalNumber(r.goldAccuracy)},
                      {QStringLiteral("gold_checked"), r.goldChecked},
                      {QStringLiteral("repeat_difference"), optionalNumber(r.repeatDifference)},
                      {QStringLiteral("repeats_checked"), r.repeatsChecked}};
        if (!pairwise) {
            o[QStringLiteral("bias")] = optionalNumber(r.bias);
            o[QStringLiteral("residual_std")] = optionalNumber(r.residualStd);
            o[QStringLiteral("correlation")] = optionalNumber(r.correlation);
        }
        if (r.screened) {
            o[QStringLiteral("bt500_p")] = r.p;
            o[QStringLiteral("bt500_q")] = r.q;
        }
        if (r.excluded) {
            o[QStringLiteral("rule")] = r.rule;
            o[QStringLiteral("reason")] = r.reason;
            excludedRaters.append(QJsonObject{{QStringLiteral("rater"), r.rater},
                                              {QStringLiteral("rule"), r.rule},
                                              {QStringLiteral("reason"), r.reason}});
        }
        raters.append(o);
    }

    QJsonArray excludedVotes;
    for (const ExcludedVote &v : result.excludedVotes)
        excludedVotes.append(QJsonObject{{QStringLiteral("line"), v.line},
                                         {QStringLiteral("rater"), v.rater},
                                         {QStringLiteral("stimulus"), v.stimulus},
                                         {QStringLiteral("reason"), v.reason}});

    QJsonObject out{
        {QStringLiteral("method"), voteMethodKey(result.method)},
        {QStringLiteral("screen"), raterScreeningKey(result.screening)},
        {QStringLiteral("outlier_z"),
         options.outlierZ > 0 ? QJsonValue(options.outlierZ) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("gold_min_accuracy"), options.goldMinAccuracy},
        {QStringLiteral("gold_tolerance"), effectiveGoldTolerance(options, result.method)},
        {QStringLiteral("repeat_max_difference"), effectiveRepeatMaxDifference(options, result.method)},
        {QStringLiteral("votes"), QJsonObject{{QStringLiteral("total"), result.votesTotal},
                                              {QStringLiteral("used"), result.votesUsed},
                                              {QStringLiteral("training"), result.trainingVotes},
                                              {QStringLiteral("gold"), result.goldVotes}}},
        {QStringLiteral("stimuli"), stimuli},
        {QStringLiteral("raters"), raters},
        {QStringLiteral("excluded_raters"), excludedRaters},
        {QStringLiteral("excluded_votes"), excludedVotes},
    };
    if (!result.screeningNote.isEmpty())
        out[QStringLiteral("screen_note")] = result.screeningNote;
    if (pairwise) {
        // The scale's model and unit ("mos" of every stimulus is on it); the
        // key is what `iqa mos --scaling` takes.
        out[QStringLiteral("scaling")] =
            QJsonObject{{QStringLiteral("key"), pairwiseScalingKey(result.scaling)},
                        {QStringLiteral("model"), pairwiseScalingModel(result.scaling)},
                        {QStringLiteral("unit"), pairwiseScalingUnit(result.scaling)}};
        out[QStringLiteral("pairwise")] = QJsonObject{{QStringLiteral("model"), pairwiseScalingModel(result.scaling)},
                                                      {QStringLiteral("bootstrap_samples"), result.bootstrapSamples},
                                                      {QStringLiteral("seed"), QString::number(result.seed)}};
    } else {
        out[QStringLiteral("layout")] = result.mixedLayout     ? QStringLiteral("mixed")
                                        : result.fullReference ? QStringLiteral("ref,dist")
                                                               : QStringLiteral("image");
    }
    return out;
}

Status MosReport::writeLabelCsv(const MosResult &result, const QString &path, int *omitted)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    if (result.mixedLayout)
        return Status::failure(
            QCoreApplication::translate(
                "MosReport", "%1: the votes mix single images and REF|DIST pairs; a label CSV holds one layout")
                .arg(shownPath));
    const bool pairwise = result.method == VoteMethod::Pairwise;
    const bool fullReference = !pairwise && result.fullReference;
    const QDir folder = QFileInfo(path).absoluteDir();

    QVector<QStringList> records;
    QStringList header = fullReference ? QStringList{QStringLiteral("ref"), QStringLiteral("dist")}
                                       : QStringList{QStringLiteral("image")};
    header << QStringLiteral("mos") << QStringLiteral("std");
    if (pairwise)
        header << QStringLiteral("ci95_low") << QStringLiteral("ci95_high");
    else
        header << QStringLiteral("ci95");
    header << QStringLiteral("n");
    records << header;
    int left = 0;
    for (const StimulusMos &s : result.stimuli) {
        if (!s.mos) {
            ++left;
            continue;
        }
        QStringList row;
        row << folder.relativeFilePath(s.stimulus.first);
        if (fullReference)
            row << folder.relativeFilePath(s.stimulus.second);
        row << optionalText(s.mos) << optionalText(s.std);
        if (pairwise)
            row << optionalText(s.ciLow) << optionalText(s.ciHigh);
        else
            row << optionalText(s.ci95);
        row << QString::number(s.n);
        records << row;
    }
    if (omitted)
        *omitted = left;
    if (records.size() == 1)
        return Status::failure(
            QCoreApplication::translate("MosReport", "%1: no stimulus has a MOS to write").arg(shownPath));
    return writeCsvFile(path, records);
}

} // namespace iqa
