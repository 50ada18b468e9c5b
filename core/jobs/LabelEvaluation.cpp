#include "jobs/LabelEvaluation.h"

#include <QCoreApplication>

namespace iqa {

LabelEvaluation::LabelEvaluation(Options options) : m_options(std::move(options)) {}

Expected<LabelEvaluation::Result> LabelEvaluation::run(QualityModel &model, const LabelSet &labels,
                                                        const Progress &progress)
{
    Result result;
    result.card = model.card();
    result.skipped = labels.skipped;

    const bool modelNeedsReference = result.card.kind == ModelKind::FullReference;
    if (modelNeedsReference != labels.fullReference) {
        return Expected<Result>::failure(
            modelNeedsReference
                ? QCoreApplication::translate("LabelEvaluation",
                                              "%1 is a full-reference model but %2 has no ref,dist columns")
                      .arg(result.card.id, labels.csvPath)
                : QCoreApplication::translate("LabelEvaluation",
                                              "%1 is a no-reference model but %2 has no image column")
                      .arg(result.card.id, labels.csvPath));
    }

    PairScoring scoring(m_options.scoring);
    const int total = labels.rows.size();
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            result.cancelled = true;
            break;
        }
        const LabelRow &row = labels.rows[i];
        const Expected<double> score = labels.fullReference ? scoring.scorePair(model, row.ref, row.dist)
                                                            : scoring.scoreImage(model, row.image);
        if (!score) {
            result.skipped.append({row.line, score.error()});
            continue;
        }
        if (!std::isfinite(*score)) {
            // PSNR of identical images: a rank exists but no number does.
            result.skipped.append({row.line, QCoreApplication::translate(
                                                 "LabelEvaluation", "score is not finite (%1); identical images?")
                                                 .arg(*score)});
            continue;
        }
        result.scored.append({row.line, row.mos, *score});
    }
    if (progress && !result.cancelled)
        progress(total, total);

    std::sort(result.skipped.begin(), result.skipped.end(),
              [](const LabelIssue &a, const LabelIssue &b) { return a.line < b.line; });

    QVector<double> predicted, human;
    const double modelSign = result.card.direction == ScoreDirection::HigherIsBetter ? 1.0 : -1.0;
    const double labelSign = m_options.labelsLowerIsBetter ? -1.0 : 1.0;
    for (const ScoredRow &row : result.scored) {
        predicted << modelSign * row.score;
        human << labelSign * row.label;
    }
    Expected<CorrelationReport> report = correlate(predicted, human);
    if (!report)
        return Expected<Result>::failure(report.error());
    result.correlation = *report;
    return result;
}

} // namespace iqa
