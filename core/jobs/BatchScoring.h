#pragma once

#include "common/Expected.h"
#include "jobs/PairScoring.h"
#include "metrics/Correlation.h"
#include "models/QualityModel.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace iqa {

// One image (no reference) or one pair (full reference) of a batch. Items
// from bad label rows carry the reason and are listed, never scored.
struct BatchItem
{
    int line = 0;                // 1-based line in the label CSV; 0 for folder items
    QString reference;           // absolute; empty for no-reference items
    QString path;                // the image that is scored
    std::optional<double> mos;   // from the label file, when there is one
    QString issue;               // why the row cannot be scored (bad CSV row)
};

// What a batch scores, resolved from a label CSV or a folder.
struct BatchPlan
{
    QString source;              // the CSV or the folder
    bool fullReference = true;
    bool hasLabels = false;
    QVector<BatchItem> items;
};

// The outcome of one item: a score per model (NaN where that model failed)
// and the reasons it failed, if any. Failures never stop the batch.
struct BatchRow
{
    int index = 0;               // position in BatchPlan::items
    int line = 0;
    QString reference;
    QString path;
    std::optional<double> mos;
    QVector<double> scores;      // one per BatchResult::models, NaN when missing
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// Agreement of one model with the labels, on direction-corrected values
// (DESIGN.md section 3): a good model always shows positive coefficients.
struct BatchModelReport
{
    ModelCard card;
    std::optional<CorrelationReport> correlation;
    QString correlationError;    // why there is no report (too few rows...)
};

struct BatchResult
{
    QString source;
    bool fullReference = true;
    bool hasLabels = false;
    bool labelsLowerIsBetter = false;
    QVector<ModelCard> models;
    QVector<BatchRow> rows;      // in item order; only items that were reached
    int total = 0;               // items planned
    bool cancelled = false;
    double seconds = 0;
    QVector<BatchModelReport> reports;  // one per model when hasLabels
};

// The batch scoring of the GUI (and of any other front end): builds a plan
// from a label file or a folder, scores one item at a time with models the
// caller owns, and summarises. No threads here: the model worker drives it.
class BatchScoring
{
public:
    // Label CSV of DESIGN.md section 3; its bad rows become items with an issue.
    static Expected<BatchPlan> planFromLabels(const QString &csvPath);
    // Every image file of `folder` (sorted by name, not recursive). With a
    // reference, each is scored against it (the reference itself is left
    // out); without one, each is scored alone by no-reference models.
    static Expected<BatchPlan> planFromFolder(const QString &folder, const QString &referencePath = QString());
    static QStringList imageNameFilters();

    // Scores one item with every model (same order as `models`).
    static BatchRow scoreItem(PairScoring &scoring, const QVector<QualityModel *> &models, const BatchItem &item,
                              int index);

    // Correlations per model over the rows with a label and a finite score.
    static QVector<BatchModelReport> correlate(const QVector<ModelCard> &models, const QVector<BatchRow> &rows,
                                               bool labelsLowerIsBetter);

    // Maps a score onto the label scale with the report's fitted curve
    // (logistic or linear), in the model's and the labels' own directions.
    static std::optional<double> fittedLabel(const ModelCard &card, const CorrelationReport &report,
                                             bool labelsLowerIsBetter, double score);

    // Exports: one record per row (line, reference, image, mos, a column per
    // model id, error) and a JSON document with the correlations as well.
    static QVector<QStringList> csvRecords(const BatchResult &result);
    static Status writeCsv(const QString &path, const BatchResult &result);
    static QByteArray toJson(const BatchResult &result);
    static Status writeJson(const QString &path, const BatchResult &result);
};

} // namespace iqa

Q_DECLARE_METATYPE(iqa::BatchRow)
Q_DECLARE_METATYPE(iqa::BatchResult)
