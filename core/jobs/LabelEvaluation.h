#pragma once

#include "common/Expected.h"
#include "io/LabelCsv.h"
#include "jobs/PairScoring.h"
#include "metrics/Correlation.h"
#include "models/QualityModel.h"

#include <functional>

namespace iqa {

// Scores every row of a label file with one model and correlates the scores
// with the human labels (DESIGN.md section 3). Bad rows (unreadable images,
// a no-reference file for a full-reference model...) are skipped and
// reported with their line number; they never stop the run.
class LabelEvaluation
{
public:
    struct Options
    {
        bool labelsLowerIsBetter = false;  // DMOS: flipped before correlating
        PairScoring::Options scoring;
    };

    struct ScoredRow { int line = 0; double label = 0; double score = 0; };

    struct Result
    {
        ModelCard card;
        QVector<ScoredRow> scored;
        QVector<LabelIssue> skipped;   // CSV problems and rows that failed to score
        bool cancelled = false;
        // Correlations on direction-corrected values: a good model always
        // shows positive coefficients, whatever its or the labels' direction.
        CorrelationReport correlation;
    };

    // Return false from the callback to cancel; the result then holds the rows scored so far.
    using Progress = std::function<bool(int done, int total)>;

    explicit LabelEvaluation(Options options);
    Expected<Result> run(QualityModel &model, const LabelSet &labels, const Progress &progress = {});

private:
    Options m_options;
};

} // namespace iqa
