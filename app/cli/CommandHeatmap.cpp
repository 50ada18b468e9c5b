#include "CliCommon.h"
#include "HeatmapRendering.h"

#include "image/ColorMaps.h"
#include "image/ImageLoader.h"
#include "image/ImageOps.h"
#include "models/FeatureEncoder.h"
#include "models/ModelLocator.h"
#include "models/QualityModel.h"
#include "models/VaeQaHeatmaps.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace cli {

using iqa::Expected;
using iqa::Status;

namespace {

// The cosine distance cannot exceed 2.
constexpr double kMaxDistance = 2.0;

// One map the command can write: a layer or the combined map.
struct Selection
{
    QString key;        // "layer0" ... "layer5" or "combined": file suffix and JSON id
    QString label;      // "encoder.5 (stride 2)" or "combined"
    cv::Mat map;
};

constexpr int kCombined = -1;

// --layer K: an index 0..5, a tap name such as encoder.5, or "combined"
// (kCombined). Resolved against the encoder's taps before any work is done.
Expected<int> resolveLayer(const QString &layer, const iqa::FeatureEncoder &encoder)
{
    const QVector<iqa::FeatureTapInfo> taps = encoder.taps();
    const QString wanted = layer.trimmed().toLower();
    if (wanted == QLatin1String("combined"))
        return kCombined;
    bool isNumber = false;
    const int index = wanted.toInt(&isNumber);
    if (isNumber && index >= 0 && index < taps.size())
        return index;
    QStringList names;
    for (int i = 0; i < taps.size(); ++i) {
        if (taps[i].name.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
        names << taps[i].name;
    }
    return Expected<int>::failure(IqaHeatmap::tr("Unknown --layer '%1' for the %2 encoder: use 0 to %3, a layer name (%4) or combined.")
                                      .arg(layer, encoder.id())
                                      .arg(taps.size() - 1)
                                      .arg(names.join(QStringLiteral(", "))));
}

Selection selectMap(const iqa::VaeQaHeatmaps &heatmaps, int index)
{
    if (index == kCombined)
        return {QStringLiteral("combined"), IqaHeatmap::tr("combined"), heatmaps.combined};
    const iqa::LayerHeatmap &chosen = heatmaps.layers[index];
    return {QStringLiteral("layer%1").arg(index), IqaHeatmap::tr("%1 (stride %2)").arg(chosen.name).arg(chosen.stride),
            chosen.map};
}

} // namespace

// iqa heatmap --model vae-qa --ref R --dist D [--layer K | --all] --out PNG
int runHeatmap(const QStringList &arguments)
{
    // Cross-IQA maps one image, not a pair: its own options.
    const int modelAt = int(arguments.indexOf(QStringLiteral("--model")));
    if (arguments.contains(QStringLiteral("--model=cross-iqa"))
        || (modelAt >= 0 && modelAt + 1 < arguments.size() && arguments[modelAt + 1] == QLatin1String("cross-iqa")))
        return runHeatmapCrossIqa(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(IqaHeatmap::tr(
        "Where VAE-QA's frozen encoder sees the distorted image differ from the reference: per tapped layer,\n"
        "the cosine distance of the channel vectors (0 = same direction, 2 = opposite), upsampled to the\n"
        "image size, written as a colour-mapped PNG with a colour bar."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("model"), IqaHeatmap::tr("Model id: vae-qa here; cross-iqa has its own options (iqa heatmap --model cross-iqa --help)."),
                      QStringLiteral("M")});
    parser.addOption({QStringLiteral("ref"), IqaHeatmap::tr("Reference image."), QStringLiteral("R")});
    parser.addOption({QStringLiteral("dist"), IqaHeatmap::tr("Distorted image."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("out"), IqaHeatmap::tr("PNG file to write."), QStringLiteral("PNG")});
    parser.addOption({QStringLiteral("layer"),
                      IqaHeatmap::tr("Map to write: 0-5, a layer name such as encoder.5, or combined."),
                      QStringLiteral("K"), QStringLiteral("combined")});
    parser.addOption({QStringLiteral("all"),
                      IqaHeatmap::tr("Write every layer and the combined map next to --out (_layerK, _combined).")});
    parser.addOption({QStringLiteral("colormap"),
                      IqaHeatmap::tr("Colour map: %1.").arg(iqa::colorMapIds().join(QStringLiteral(", "))),
                      QStringLiteral("NAME"), QStringLiteral("magma")});
    parser.addOption({QStringLiteral("range"),
                      IqaHeatmap::tr("Cosine distance at the top of the colour bar (0 < MAX <= 2); default: each "
                                     "map's maximum rounded up to 1, 2 or 5 times a power of ten."),
                      QStringLiteral("MAX")});
    parser.addOption({QStringLiteral("encoder"), IqaHeatmap::tr("Frozen encoder: taef2 or taesana."),
                      QStringLiteral("ID"), QStringLiteral("taef2")});
    parser.addOption({QStringLiteral("models-dir"), IqaHeatmap::tr("Same as --models."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("resize-dist"),
                      IqaHeatmap::tr("Resample the distorted image to the reference size instead of refusing.")});
    if (int code = parseOrExit(parser, QStringLiteral("heatmap"), arguments); code >= 0)
        return code;

    iqa::ModelOptions options;
    if (!readModelOptions(parser, &options))
        return Failure;
    if (parser.isSet(QStringLiteral("models-dir"))) {
        if (parser.isSet(QStringLiteral("models")))
            return usageError(parser, IqaHeatmap::tr("give --models or --models-dir, not both"));
        options.modelsFolder = parser.value(QStringLiteral("models-dir"));
    }
    for (const char *required : {"model", "ref", "dist", "out"}) {
        if (!parser.isSet(QLatin1String(required)))
            return usageError(parser, IqaHeatmap::tr("--%1 is required").arg(QLatin1String(required)));
    }
    if (parser.isSet(QStringLiteral("all")) && parser.isSet(QStringLiteral("layer")))
        return usageError(parser, IqaHeatmap::tr("give --layer or --all, not both"));

    const QString model = parser.value(QStringLiteral("model")).trimmed().toLower();
    if (model != QLatin1String("vae-qa"))
        return fail(IqaHeatmap::tr("Heatmaps are available for --model vae-qa and cross-iqa, not '%1'.")
                        .arg(parser.value(QStringLiteral("model"))));
    iqa::ColorMap colorMap = iqa::ColorMap::Magma;
    if (!iqa::parseColorMap(parser.value(QStringLiteral("colormap")), &colorMap))
        return fail(IqaHeatmap::tr("Unknown --colormap '%1' (known: %2).")
                        .arg(parser.value(QStringLiteral("colormap")), iqa::colorMapIds().join(QStringLiteral(", "))));
    double fixedRange = 0;
    if (parser.isSet(QStringLiteral("range"))) {
        bool ok = false;
        fixedRange = parser.value(QStringLiteral("range")).toDouble(&ok);
        if (!ok || !(fixedRange > 0) || fixedRange > kMaxDistance)
            return fail(IqaHeatmap::tr("--range must be a number above 0 and at most 2, not '%1'.")
                            .arg(parser.value(QStringLiteral("range"))));
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (QFileInfo(out).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) != 0)
        return fail(IqaHeatmap::tr("--out must name a .png file, not '%1'.").arg(out));
    if (!QFileInfo(out).absoluteDir().exists())
        return fail(IqaHeatmap::tr("The folder of --out does not exist: %1")
                        .arg(QDir::toNativeSeparators(QFileInfo(out).absolutePath())));

    // Only the encoders whose weights ship with the project have a file to
    // look for; sd-kl-f8 needs the user's own checkpoint.
    const QString encoderId = parser.value(QStringLiteral("encoder")).trimmed().toLower();
    const QString weightsFile = iqa::FeatureEncoder::defaultWeightsFile(encoderId);
    if (weightsFile.isEmpty())
        return fail(IqaHeatmap::tr("Unsupported --encoder '%1' for heatmaps (use taef2 or taesana).")
                        .arg(parser.value(QStringLiteral("encoder"))));
    const Expected<QString> weights = iqa::ModelLocator(options.modelsFolder).find(weightsFile);
    if (!weights)
        return fail(weights.error());

    const iqa::ImageLoader loader;
    const Expected<iqa::Image> reference = loader.load(parser.value(QStringLiteral("ref")));
    if (!reference)
        return fail(reference.error());
    Expected<iqa::Image> distorted = loader.load(parser.value(QStringLiteral("dist")));
    if (!distorted)
        return fail(distorted.error());
    if (parser.isSet(QStringLiteral("resize-dist")))
        *distorted = iqa::resizedTo(*distorted, reference->width(), reference->height());
    // Refuse a mismatched pair before spending time on the weights.
    if (const Status same = iqa::checkSameSize(*reference, *distorted); !same)
        return fail(same.error());

    const iqa::DeviceChoice device = iqa::selectDevice(options.device);
    printErr(IqaHeatmap::tr("loading the %1 encoder from %2 on %3")
                 .arg(encoderId, QDir::toNativeSeparators(*weights), device.device));
    const Expected<iqa::FeatureEncoder> encoder = iqa::FeatureEncoder::create(encoderId, *weights, device.device);
    if (!encoder)
        return fail(encoder.error());
    QVector<int> chosen;
    if (parser.isSet(QStringLiteral("all"))) {
        for (int i = 0; i < encoder->taps().size(); ++i)
            chosen << i;
        chosen << kCombined;
    } else {
        const Expected<int> index = resolveLayer(parser.value(QStringLiteral("layer")), *encoder);
        if (!index)
            return fail(index.error());
        chosen << *index;
    }
    printErr(IqaHeatmap::tr("encoding %1 x %2 pixels").arg(reference->width()).arg(reference->height()));
    const Expected<iqa::VaeQaHeatmaps> heatmaps = iqa::computeVaeQaHeatmaps(*encoder, *reference, *distorted);
    if (!heatmaps)
        return fail(heatmaps.error());

    const QString title = IqaHeatmap::tr("cosine distance");
    QJsonArray written;
    QStringList paths;
    for (const int index : chosen) {
        const Selection selection = selectMap(*heatmaps, index);
        const QString path = parser.isSet(QStringLiteral("all")) ? suffixedPath(out, selection.key) : out;
        double maximum = 0;
        cv::minMaxLoc(selection.map, nullptr, &maximum);
        const double range = fixedRange > 0 ? fixedRange : roundRangeUp(maximum, kMaxDistance);
        printErr(IqaHeatmap::tr("writing %1 (%2, colour bar 0 to %3)")
                     .arg(QDir::toNativeSeparators(path), selection.label, tickText(range)));
        if (const Status saved = writePng(path, renderHeatmap(selection.map, 0.0, range, colorMap, title)); !saved)
            return fail(saved.error());
        paths << path;
        written.append(QJsonObject{{QStringLiteral("map"), selection.key},
                                   {QStringLiteral("label"), selection.label},
                                   {QStringLiteral("path"), path},
                                   {QStringLiteral("range"), range}});
    }

    if (jsonRequested(parser)) {
        QJsonArray layers;
        const auto summary = [](const QString &name, int stride, const cv::Mat &map) {
            double maximum = 0;
            cv::minMaxLoc(map, nullptr, &maximum);
            QJsonObject entry{{QStringLiteral("name"), name},
                              {QStringLiteral("mean"), cv::mean(map)[0]},
                              {QStringLiteral("max"), maximum}};
            if (stride > 0)
                entry[QStringLiteral("stride")] = stride;
            return entry;
        };
        for (const iqa::LayerHeatmap &layer : heatmaps->layers)
            layers.append(summary(layer.name, layer.stride, layer.map));
        printJson(QJsonObject{
            {QStringLiteral("model"), QStringLiteral("vae-qa")},
            {QStringLiteral("encoder"), heatmaps->encoderId},
            {QStringLiteral("weights"), *weights},
            {QStringLiteral("device"), device.device},
            {QStringLiteral("ref"), reference->path},
            {QStringLiteral("dist"), distorted->path},
            {QStringLiteral("unit"), QStringLiteral("cosine distance")},
            {QStringLiteral("range"), QJsonArray{0.0, kMaxDistance}},
            {QStringLiteral("layers"), layers},
            {QStringLiteral("combined"), summary(QStringLiteral("combined"), 0, heatmaps->combined)},
            {QStringLiteral("written"), written},
        });
    } else {
        printOut(paths.join(QLatin1Char('\n')));
    }
    return Ok;
}

} // namespace cli
