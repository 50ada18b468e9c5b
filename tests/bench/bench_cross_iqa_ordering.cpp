// How much BIQ2021 agreement do the Cross-IQA head's ordering constraints
// (--ordered-views, OrderedRidge.h) cost, and how much ordering do they buy?
// The weight of `--order-weight` was chosen with this.
//
//   The labelled photos are encoded once, with their degraded views (as
//   `iqa train --stage head --ordered-views V` does); then the head's
//   cross-validated fit (CrossIqaHeadTrainer's detail::searchRidge, 5 folds,
//   fold seed 1, views in their photo's fold) is repeated for each weight.
//   Per weight: the out-of-fold SRCC and PLCC against the labels, and the
//   out-of-fold share of views scored below their photo, in total and per
//   type. Weight 0 is the head fitted to the labels alone.
//
//   With --leave-out TYPES (repeatable; comma-separated degradation ids),
//   the fit is repeated at each weight with the constraints of those types
//   left out of every fit but still scored: does an order learned from the
//   other types carry over to them?
//
//   bench_cross_iqa_ordering --labels CSV [--images-dir DIR] [--split train] [--checkpoint C]
//                            [--views 2] [--weights 0,0.3,0.5,0.7,1,3] [--leave-out IDS]... [--json]
//
// The rule the default follows: the largest weight whose SRCC stays within
// one standard error of weight 0's (the standard error of an SRCC near r on
// n images taken as (1 - r^2) / sqrt(n - 3)).

#include "io/LabelCsv.h"
#include "image/Degradations.h"
#include "metrics/Correlation.h"
#include "models/CrossIqaModel.h"
#include "training/CrossIqaHeadTrainer.h"
#include "training/OrderedRidge.h"

#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("labels"), QStringLiteral("image,mos,split CSV."), QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("images-dir"), QStringLiteral("Folder the CSV's relative paths start from."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("split"), QStringLiteral("Rows of this split only (default train)."), QStringLiteral("NAME"), QStringLiteral("train")});
    parser.addOption({QStringLiteral("checkpoint"), QStringLiteral("The transformer (default: the compiled-in one)."), QStringLiteral("C")});
    parser.addOption({QStringLiteral("views"), QStringLiteral("Degraded views per photo (default 2)."), QStringLiteral("N"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("weights"), QStringLiteral("Comma-separated weights (default 0,0.3,0.5,0.7,1,3)."), QStringLiteral("LIST"),
                      QStringLiteral("0,0.3,0.5,0.7,1,3")});
    parser.addOption({QStringLiteral("leave-out"), QStringLiteral("Also fit without the constraints of these types (comma-separated ids)."),
                      QStringLiteral("IDS")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("One JSON object per weight and line.")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("labels")))
        return bench::fail(QStringLiteral("--labels is required"));
    auto labels = iqa::LabelCsv::read(parser.value(QStringLiteral("labels")), parser.value(QStringLiteral("images-dir")));
    if (!labels)
        return bench::fail(labels.error());
    labels->keepSplit(parser.value(QStringLiteral("split")));
    QVector<double> weights;
    for (const QString &w : parser.value(QStringLiteral("weights")).split(QLatin1Char(','))) {
        bool ok = false;
        weights << w.toDouble(&ok);
        if (!ok || weights.last() < 0)
            return bench::fail(QStringLiteral("--weights: '%1' is not a weight").arg(w));
    }
    const QVector<iqa::DegradationInfo> bank = iqa::degradationTypes();
    QVector<QVector<int>> leaveOuts{{}};  // the first: nothing left out
    QStringList leaveOutNames{QString()};
    for (const QString &group : parser.values(QStringLiteral("leave-out"))) {
        QVector<int> types;
        for (const QString &id : group.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto type = iqa::degradationTypeFromId(id);
            if (!type || *type == iqa::DegradationType::Identity)
                return bench::fail(QStringLiteral("--leave-out: '%1' is not a degradation of the bank").arg(id));
            for (int t = 0; t < bank.size(); ++t)
                if (bank[t].type == *type)
                    types << t;
        }
        leaveOuts << types;
        leaveOutNames << group;
    }
    iqa::CrossIqaHeadOptions options;
    options.orderedViews = parser.value(QStringLiteral("views")).toInt();
    if (options.orderedViews < 1)
        return bench::fail(QStringLiteral("--views must be at least 1"));

    auto model = iqa::detail::openCrossIqaForHead(parser.value(QStringLiteral("checkpoint")), std::nullopt, QStringLiteral("cpu"), 5);
    if (!model)
        return bench::fail(model.error());
    QStringList paths;
    for (const iqa::LabelRow &row : labels->rows)
        paths << row.image;
    std::fprintf(stderr, "encoding %lld photos and %d views of each\n", static_cast<long long>(paths.size()), options.orderedViews);
    auto features = iqa::detail::encodeCrossIqaImages(**model, paths, {}, {});
    if (!features)
        return bench::fail(features.error());
    QVector<double> mos;
    for (const int i : std::as_const(features->source))
        mos << labels->rows[i].mos;
    auto ordering = iqa::detail::encodeOrderingSet(**model, paths, *features, mos, options, {});
    if (!ordering)
        return bench::fail(ordering.error());
    const int n = features->x.rows;
    const int constraints = ordering->size();

    const bool json = parser.isSet(QStringLiteral("json"));
    if (!json)
        std::printf("%d photos, %d views; out of fold (5 folds): SRCC, PLCC, share of views below their photo\n", n, constraints);
    for (int g = 0; g < leaveOuts.size(); ++g) {
        for (const double weight : weights) {
            ordering->heldOutTypes = leaveOuts[g];
            int fitted = 0;
            for (int p = 0; p < constraints; ++p)
                fitted += leaveOuts[g].contains(ordering->type[p]) ? 0 : 1;
            if (fitted == 0)
                return bench::fail(QStringLiteral("--leave-out %1 leaves no constraint to fit").arg(leaveOutNames[g]));
            ordering->weight = weight * n / fitted;
            const iqa::detail::RidgeSearch search = iqa::detail::searchRidge(features->x, mos, 5, 1, &*ordering);
            const auto agreement = iqa::correlate(search.predictions, mos);
            if (!agreement || !agreement->srcc || !agreement->plcc)
                return bench::fail(QStringLiteral("no correlation at weight %1").arg(weight));
            const double srcc = *agreement->srcc;
            const double standardError = (1 - srcc * srcc) / std::sqrt(n - 3.0);
            const QVector<iqa::CrossIqaOrderAgreement> ordered = iqa::detail::orderAgreement(*ordering, search.orderGaps);
            if (json) {
                QJsonArray types;
                for (const iqa::CrossIqaOrderAgreement &a : ordered)
                    types.append(a.toJson());
                std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("weight"), weight}, {QStringLiteral("left_out"), leaveOutNames[g]},
                                                              {QStringLiteral("srcc"), srcc},
                                                              {QStringLiteral("srcc_standard_error"), standardError},
                                                              {QStringLiteral("plcc"), *agreement->plcc}, {QStringLiteral("ridge"), search.strength},
                                                              {QStringLiteral("ordering"), types}})
                                        .toJson(QJsonDocument::Compact).constData());
                continue;
            }
            QString line = QStringLiteral("%1weight %2: SRCC %3 (SE %4) PLCC %5 ridge %6 | ")
                               .arg(leaveOutNames[g].isEmpty() ? QString() : QStringLiteral("without %1, ").arg(leaveOutNames[g]))
                               .arg(weight, -4).arg(srcc, 0, 'f', 3)
                               .arg(standardError, 0, 'f', 3).arg(*agreement->plcc, 0, 'f', 3).arg(search.strength);
            for (const iqa::CrossIqaOrderAgreement &a : ordered)
                line += QStringLiteral("%1 %2  ").arg(a.type).arg(100.0 * a.ordered, 0, 'f', 0);
            std::printf("%s\n", qPrintable(line));
            std::fflush(stdout);
        }
    }
    return 0;
}
