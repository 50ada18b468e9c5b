#include "CliCommon.h"
#include "HeatmapRendering.h"

#include "image/ImageLoader.h"
#include "models/CrossIqaHeatmaps.h"
#include "models/CrossIqaModel.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace cli {

using iqa::Expected;
using iqa::Status;

namespace {

struct CrossIqaMap
{
    QString key;    // file suffix and JSON id: "block0" ... "rollout", "quality"
    QString label;  // for the colour bar and the log
    cv::Mat map;
    bool signedScale = false;  // quality: from its minimum to its maximum; attention: from 0
};

QVector<CrossIqaMap> allMaps(const iqa::CrossIqaHeatmaps &h)
{
    QVector<CrossIqaMap> maps;
    for (int i = 0; i < h.attention.size(); ++i)
        maps << CrossIqaMap{QStringLiteral("block%1").arg(i), IqaHeatmap::tr("class-token attention, %1").arg(h.attention[i].name),
                            h.attention[i].map, false};
    maps << CrossIqaMap{QStringLiteral("rollout"), IqaHeatmap::tr("attention rollout"), h.rollout.map, false};
    maps << CrossIqaMap{QStringLiteral("quality"), IqaHeatmap::tr("patch quality (head on patch tokens)"), h.patchQuality.map, true};
    return maps;
}

// --layer: a block index, "rollout" or "quality"; checked before any work.
Expected<QString> resolveCrossIqaLayer(const QString &layer, int depth)
{
    const QString wanted = layer.trimmed().toLower();
    if (wanted == QLatin1String("rollout") || wanted == QLatin1String("quality"))
        return wanted;
    bool isNumber = false;
    const int index = wanted.startsWith(QLatin1String("block")) ? wanted.mid(5).toInt(&isNumber) : wanted.toInt(&isNumber);
    if (isNumber && index >= 0 && index < depth)
        return QStringLiteral("block%1").arg(index);
    return Expected<QString>::failure(IqaHeatmap::tr("Unknown --layer '%1' for Cross-IQA: use a block 0 to %2, rollout or quality.")
                                          .arg(layer).arg(depth - 1));
}

} // namespace

// iqa heatmap --model cross-iqa --image I [--layer K|rollout|quality | --all] --out PNG
int runHeatmapCrossIqa(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(IqaHeatmap::tr(
        "Where Cross-IQA looks and what it thinks of each region of one image (no reference): per\n"
        "transformer block the class token's attention to each patch (1 = an even share), the attention\n"
        "rollout through all blocks, and the quality head applied to each patch token (score units; it\n"
        "ranks regions, its level is not a score). Written as colour-mapped PNGs with a colour bar."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("model"), IqaHeatmap::tr("cross-iqa"), QStringLiteral("M")});
    parser.addOption({QStringLiteral("image"), IqaHeatmap::tr("The image."), QStringLiteral("I")});
    parser.addOption({QStringLiteral("out"), IqaHeatmap::tr("PNG file to write."), QStringLiteral("PNG")});
    parser.addOption({QStringLiteral("layer"), IqaHeatmap::tr("Map to write: a block 0-5, rollout or quality."),
                      QStringLiteral("K"), QStringLiteral("quality")});
    parser.addOption({QStringLiteral("all"), IqaHeatmap::tr("Write every map next to --out (_blockK, _rollout, _quality).")});
    parser.addOption({QStringLiteral("colormap"), IqaHeatmap::tr("Colour map: %1.").arg(iqa::colorMapIds().join(QStringLiteral(", "))),
                      QStringLiteral("NAME"), QStringLiteral("magma")});
    if (int code = parseOrExit(parser, QStringLiteral("heatmap"), arguments); code >= 0)
        return code;
    iqa::ModelOptions options;
    if (!readModelOptions(parser, &options))
        return Failure;
    for (const char *required : {"image", "out"})
        if (!parser.isSet(QLatin1String(required)))
            return usageError(parser, IqaHeatmap::tr("--%1 is required").arg(QLatin1String(required)));
    if (parser.isSet(QStringLiteral("all")) && parser.isSet(QStringLiteral("layer")))
        return usageError(parser, IqaHeatmap::tr("give --layer or --all, not both"));
    iqa::ColorMap colorMap = iqa::ColorMap::Magma;
    if (!iqa::parseColorMap(parser.value(QStringLiteral("colormap")), &colorMap))
        return fail(IqaHeatmap::tr("Unknown --colormap '%1' (known: %2).")
                        .arg(parser.value(QStringLiteral("colormap")), iqa::colorMapIds().join(QStringLiteral(", "))));
    const QString out = parser.value(QStringLiteral("out"));
    if (QFileInfo(out).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) != 0)
        return fail(IqaHeatmap::tr("--out must name a .png file, not '%1'.").arg(out));
    if (!QFileInfo(out).absoluteDir().exists())
        return fail(IqaHeatmap::tr("The folder of --out does not exist: %1").arg(QDir::toNativeSeparators(QFileInfo(out).absolutePath())));

    iqa::CrossIqaOptions modelOptions;
    modelOptions.checkpointPath = options.checkpointPath;
    modelOptions.device = iqa::selectDevice(options.device).device;
    modelOptions.crops = options.crops;
    const auto model = iqa::CrossIqaModel::create(modelOptions);
    if (!model)
        return fail(model.error());
    QString wanted;
    if (!parser.isSet(QStringLiteral("all"))) {
        const auto resolved = resolveCrossIqaLayer(parser.value(QStringLiteral("layer")),
                                                   (*model)->checkpointMetadata().value(QStringLiteral("depth")).toInt());
        if (!resolved)
            return fail(resolved.error());
        wanted = *resolved;
    }
    const Expected<iqa::Image> image = iqa::ImageLoader().load(parser.value(QStringLiteral("image")));
    if (!image)
        return fail(image.error());
    const Expected<double> score = (*model)->scoreImage(*image);
    if (!score)
        return fail(score.error());
    const Expected<iqa::CrossIqaHeatmaps> heatmaps = iqa::computeCrossIqaHeatmaps(**model, *image);
    if (!heatmaps)
        return fail(heatmaps.error());

    QJsonArray written;
    QStringList paths;
    for (const CrossIqaMap &m : allMaps(*heatmaps)) {
        if (!wanted.isEmpty() && m.key != wanted)
            continue;
        const QString path = wanted.isEmpty() ? suffixedPath(out, m.key) : out;
        double minimum = 0, high = 0;
        cv::minMaxLoc(m.map, &minimum, &high);
        const double low = m.signedScale ? minimum : 0.0;
        const double range = m.signedScale ? std::max(high - low, 1e-6) : roundRangeUp(high, std::numeric_limits<double>::infinity());
        printErr(IqaHeatmap::tr("writing %1 (%2, colour bar %3 to %4)")
                     .arg(QDir::toNativeSeparators(path), m.label, tickText(low), tickText(low + range)));
        if (const Status saved = writePng(path, renderHeatmap(m.map, low, range, colorMap, m.label)); !saved)
            return fail(saved.error());
        paths << path;
        written.append(QJsonObject{{QStringLiteral("map"), m.key}, {QStringLiteral("label"), m.label}, {QStringLiteral("path"), path},
                                   {QStringLiteral("min"), minimum}, {QStringLiteral("max"), high}, {QStringLiteral("mean"), cv::mean(m.map)[0]}});
    }
    if (jsonRequested(parser)) {
        printJson(QJsonObject{{QStringLiteral("model"), QStringLiteral("cross-iqa")},
                              {QStringLiteral("image"), image->path},
                              {QStringLiteral("score"), *score},
                              {QStringLiteral("tiles"), heatmaps->tiles},
                              {QStringLiteral("weights_sha256"), (*model)->card().weightsSha256},
                              {QStringLiteral("written"), written}});
    } else {
        printOut(paths.join(QLatin1Char('\n')));
    }
    return Ok;
}

} // namespace cli
