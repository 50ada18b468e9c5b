#include "jobs/BatchScoring.h"

#include "io/CsvReader.h"
#include "io/LabelCsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace iqa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BatchScoring", text);
}

QString numberText(double value)
{
    if (std::isnan(value))
        return QString();
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(value, 'g', 10);
}

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonOptional(const std::optional<double> &value)
{
    return value ? jsonNumber(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QStringList BatchScoring::imageNameFilters()
{
    return {QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.bmp"),
            QStringLiteral("*.tif"), QStringLiteral("*.tiff"), QStringLiteral("*.webp"), QStringLiteral("*.ppm"),
            QStringLiteral("*.pgm"), QStringLiteral("*.pnm")};
}

Expected<BatchPlan> BatchScoring::planFromLabels(const QString &csvPath)
{
    Expected<LabelSet> labels = LabelCsv::read(csvPath);
    if (!labels)
        return Expected<BatchPlan>::failure(labels.error());
    BatchPlan plan;
    plan.source = labels->csvPath;
    plan.fullReference = labels->fullReference;
    plan.hasLabels = true;
    for (const LabelRow &row : labels->rows) {
        BatchItem item;
        item.line = row.line;
        item.reference = row.ref;
        item.path = labels->fullReference ? row.dist : row.image;
        item.mos = row.mos;
        plan.items << item;
    }
    for (const LabelIssue &issue : labels->skipped) {
        BatchItem item;
        item.line = issue.line;
        item.issue = issue.reason;
        plan.items << item;
    }
    std::stable_sort(plan.items.begin(), plan.items.end(),
                     [](const BatchItem &a, const BatchItem &b) { return a.line < b.line; });
    return plan;
}

Expected<BatchPlan> BatchScoring::planFromFolder(const QString &folder, const QString &referencePath)
{
    const QDir dir(folder);
    if (!dir.exists())
        return Expected<BatchPlan>::failure(tr("Folder %1 does not exist").arg(folder));
    BatchPlan plan;
    plan.source = dir.absolutePath();
    plan.fullReference = !referencePath.isEmpty();
    const QString reference = referencePath.startsWith(QLatin1Char(':'))
        ? referencePath  // a built-in sample
        : (referencePath.isEmpty() ? QString() : QFileInfo(referencePath).absoluteFilePath());
    const QFileInfoList files =
        dir.entryInfoList(imageNameFilters(), QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo &file : files) {
        if (file.absoluteFilePath() == reference)
            continue;
        BatchItem item;
        item.reference = reference;
        item.path = file.absoluteFilePath();
        plan.items << item;
    }
    if (plan.items.isEmpty())
        return Expected<BatchPlan>::failure(tr("Folder %1 holds no images").arg(folder));
    return plan;
}

BatchRow BatchScoring::scoreItem(PairScoring &scoring, const QVector<QualityModel *> &models, const BatchItem &item,
                                 int index)
{
    BatchRow row;
    row.index = index;
    row.line = item.line;
    row.reference = item.reference;
    row.path = item.path;
    row.mos = item.mos;
    row.scores.fill(std::numeric_limits<double>::quiet_NaN(), models.size());
    if (!item.issue.isEmpty()) {
        row.error = item.issue;
        return row;
    }
    // Load once here so an unreadable file is one reason, not one per model.
    if (!item.reference.isEmpty()) {
        if (Expected<Image> ref = scoring.load(item.reference); !ref) {
            row.error = ref.error();
            return row;
        }
    }
    if (Expected<Image> image = scoring.load(item.path); !image) {
        row.error = image.error();
        return row;
    }
    QStringList errors;
    for (int m = 0; m < models.size(); ++m) {
        const Expected<double> score = item.reference.isEmpty() ? scoring.scoreImage(*models[m], item.path)
                                                                : scoring.scorePair(*models[m], item.reference, item.path);
        if (score)
            row.scores[m] = *score;
        else if (!errors.contains(score.error()))
            errors << score.error();
    }
    row.error = errors.join(QStringLiteral("; "));
    return row;
}

QVector<BatchModelReport> BatchScoring::correlate(const QVector<ModelCard> &models, const QVector<BatchRow> &rows,
                                                  bool labelsLowerIsBetter)
{
    QVector<BatchModelReport> reports;
    const double labelSign = labelsLowerIsBetter ? -1.0 : 1.0;
    for (int m = 0; m < models.size(); ++m) {
        BatchModelReport report;
        report.card = models[m];
        const double modelSign = models[m].direction == ScoreDirection::HigherIsBetter ? 1.0 : -1.0;
        QVector<double> predicted, human;
        for (const BatchRow &row : rows) {
            if (!row.mos || m >= row.scores.size() || !std::isfinite(row.scores[m]))
                continue;
            predicted << modelSign * row.scores[m];
            human << labelSign * *row.mos;
        }
        Expected<CorrelationReport> correlation = iqa::correlate(predicted, human);
        if (correlation)
            report.correlation = *correlation;
        else
            report.correlationError = correlation.error();
        reports << report;
    }
    return reports;
}

std::optional<double> BatchScoring::fittedLabel(const ModelCard &card, const CorrelationReport &report,
                                                bool labelsLowerIsBetter, double score)
{
    const double x = card.direction == ScoreDirection::HigherIsBetter ? score : -score;
    const double labelSign = labelsLowerIsBetter ? -1.0 : 1.0;
    switch (report.mapping) {
    case MosMapping::Logistic: return labelSign * logistic4(report.logistic, x);
    case MosMapping::Linear: return labelSign * (report.linear[0] * x + report.linear[1]);
    case MosMapping::None: break;
    }
    return std::nullopt;
}

QVector<QStringList> BatchScoring::csvRecords(const BatchResult &result)
{
    QVector<QStringList> records;
    QStringList header = {QStringLiteral("line"), QStringLiteral("reference"), QStringLiteral("image"),
                          QStringLiteral("mos")};
    for (const ModelCard &card : result.models)
        header << card.id;
    header << QStringLiteral("error");
    records << header;
    for (const BatchRow &row : result.rows) {
        QStringList record = {row.line > 0 ? QString::number(row.line) : QString(), row.reference, row.path,
                              row.mos ? numberText(*row.mos) : QString()};
        for (int m = 0; m < result.models.size(); ++m)
            record << numberText(row.scores.value(m, std::numeric_limits<double>::quiet_NaN()));
        record << row.error;
        records << record;
    }
    return records;
}

Status BatchScoring::writeCsv(const QString &path, const BatchResult &result)
{
    return writeCsvFile(path, csvRecords(result));
}

QByteArray BatchScoring::toJson(const BatchResult &result)
{
    QJsonObject root;
    root[QStringLiteral("source")] = result.source;
    root[QStringLiteral("kind")] = modelKindKey(result.fullReference ? ModelKind::FullReference : ModelKind::NoReference);
    root[QStringLiteral("total")] = result.total;
    root[QStringLiteral("scored")] = int(std::count_if(result.rows.begin(), result.rows.end(),
                                                       [](const BatchRow &row) { return row.ok(); }));
    root[QStringLiteral("cancelled")] = result.cancelled;
    root[QStringLiteral("seconds")] = result.seconds;
    if (result.hasLabels)
        root[QStringLiteral("labels")] = result.labelsLowerIsBetter ? QStringLiteral("lower-better")
                                                                    : QStringLiteral("higher-better");
    QJsonArray models;
    for (int m = 0; m < result.models.size(); ++m) {
        const ModelCard &card = result.models[m];
        QJsonObject model;
        model[QStringLiteral("id")] = card.id;
        model[QStringLiteral("name")] = card.name;
        model[QStringLiteral("direction")] = scoreDirectionKey(card.direction);
        if (m < result.reports.size()) {
            const BatchModelReport &report = result.reports[m];
            QJsonObject correlation;
            if (report.correlation) {
                correlation[QStringLiteral("n")] = report.correlation->n;
                correlation[QStringLiteral("srcc")] = jsonOptional(report.correlation->srcc);
                correlation[QStringLiteral("krcc")] = jsonOptional(report.correlation->krcc);
                correlation[QStringLiteral("plcc")] = jsonOptional(report.correlation->plcc);
                correlation[QStringLiteral("rmse")] = jsonOptional(report.correlation->rmse);
                if (!report.correlation->undefinedReason.isEmpty())
                    correlation[QStringLiteral("note")] = report.correlation->undefinedReason;
            } else {
                correlation[QStringLiteral("error")] = report.correlationError;
            }
            model[QStringLiteral("correlation")] = correlation;
        }
        models.append(model);
    }
    root[QStringLiteral("models")] = models;
    QJsonArray rows;
    for (const BatchRow &row : result.rows) {
        QJsonObject object;
        if (row.line > 0)
            object[QStringLiteral("line")] = row.line;
        if (!row.reference.isEmpty())
            object[QStringLiteral("reference")] = row.reference;
        object[QStringLiteral("image")] = row.path;
        if (row.mos)
            object[QStringLiteral("mos")] = jsonNumber(*row.mos);
        QJsonObject scores;
        for (int m = 0; m < result.models.size(); ++m)
            scores[result.models[m].id] = jsonNumber(row.scores.value(m, std::numeric_limits<double>::quiet_NaN()));
        object[QStringLiteral("scores")] = scores;
        if (!row.error.isEmpty())
            object[QStringLiteral("error")] = row.error;
        rows.append(object);
    }
    root[QStringLiteral("rows")] = rows;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status BatchScoring::writeJson(const QString &path, const BatchResult &result)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(toJson(result));
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

} // namespace iqa
