#include "CliCommon.h"

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

// Translation context of the heatmap command and of core's heatmap code.
class IqaHeatmap
{
    Q_DECLARE_TR_FUNCTIONS(IqaHeatmap)
};

// Canvas height below which the colour bar would have no room for its
// ticks: small images are drawn on a taller white canvas.
constexpr int kMinCanvasHeight = 240;
constexpr int kTickIntervals = 5;
// The cosine distance cannot exceed 2.
constexpr double kMaxDistance = 2.0;
// Auto ranges never go below this, so that float rounding on (nearly)
// identical images (order 1e-7) is not stretched over the whole colour map.
constexpr double kMinAutoRange = 0.01;

// One map the command can write: a layer or the combined map.
struct Selection
{
    QString key;        // "layer0" ... "layer5" or "combined": file suffix and JSON id
    QString label;      // "encoder.5 (stride 2)" or "combined"
    cv::Mat map;
};

// The smallest 1, 2 or 5 times a power of ten that is >= `value`: the colour
// bar then ends on a round number and its 5 intervals are round too.
double roundRangeUp(double value)
{
    if (value <= kMinAutoRange)
        return kMinAutoRange;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= value * (1 - 1e-9))
            return std::min(kMaxDistance, factor * power);
    }
    return std::min(kMaxDistance, 10.0 * power);
}

QString tickText(double value)
{
    return QString::number(value, 'g', 3);
}

// Text drawn by OpenCV's Hershey font, which scales with the image.
struct Font
{
    int face = cv::FONT_HERSHEY_SIMPLEX;
    double scale = 0.5;
    int thickness = 1;

    cv::Size size(const QString &text, int *baseline = nullptr) const
    {
        int base = 0;
        const cv::Size s = cv::getTextSize(text.toStdString(), face, scale, thickness, &base);
        if (baseline)
            *baseline = base;
        return s;
    }
};

// The map coloured, with a vertical colour bar on the right: the gradient
// from 0 (bottom) to `range` (top), ticks labelled with their values and the
// rotated title, like matplotlib's colorbar. RGB, CV_8UC3.
cv::Mat renderHeatmap(const cv::Mat &map, double range, iqa::ColorMap colorMap, const QString &title)
{
    const cv::Mat coloured = iqa::colorize(map, range, colorMap);
    const int canvasHeight = std::max(coloured.rows, kMinCanvasHeight);

    Font font;
    // Labels grow with the picture so they stay readable when it is shown
    // scaled down: about 14 px of text at 512 px, up to about 55 px for
    // photos of 2000 px and more.
    font.scale = std::clamp(canvasHeight / 800.0, 0.4, 2.5);
    font.thickness = std::max(1, int(std::lround(font.scale * 1.5)));
    int baseline = 0;
    const int textHeight = font.size(QStringLiteral("0.5"), &baseline).height;
    const int pad = std::max(6, textHeight);
    const int barWidth = std::max(12, 2 * textHeight);
    const int tickLength = std::max(4, textHeight / 2);

    const int barLeft = coloured.cols + pad;
    const int barTop = pad;
    const int barBottom = canvasHeight - 1 - pad;
    const int barSpan = std::max(1, barBottom - barTop);

    QStringList labels;
    int labelWidth = 0;
    for (int i = 0; i <= kTickIntervals; ++i) {
        labels << tickText(range * i / kTickIntervals);
        labelWidth = std::max(labelWidth, font.size(labels.last()).width);
    }
    const int labelLeft = barLeft + barWidth + tickLength + 3;

    // The title is drawn horizontally on its own strip, then turned to read
    // from bottom to top; a title longer than the bar is drawn smaller.
    Font titleFont = font;
    cv::Size titleSize = titleFont.size(title, &baseline);
    if (titleSize.width > barSpan) {
        titleFont.scale *= double(barSpan) / titleSize.width;
        titleSize = titleFont.size(title, &baseline);
    }
    cv::Mat titleStrip(titleSize.height + baseline + 2, titleSize.width + 2, CV_8UC3, cv::Scalar::all(255));
    cv::putText(titleStrip, title.toStdString(), cv::Point(1, titleSize.height + 1), titleFont.face, titleFont.scale,
                cv::Scalar::all(0), titleFont.thickness, cv::LINE_AA);
    cv::rotate(titleStrip, titleStrip, cv::ROTATE_90_COUNTERCLOCKWISE);
    const int titleLeft = labelLeft + labelWidth + pad / 2;

    const int canvasWidth = titleLeft + titleStrip.cols + pad;
    cv::Mat canvas(canvasHeight, canvasWidth, CV_8UC3, cv::Scalar::all(255));
    coloured.copyTo(canvas(cv::Rect(0, 0, coloured.cols, coloured.rows)));

    const auto &lut = iqa::colorMapLut(colorMap);
    for (int y = barTop; y <= barBottom; ++y) {
        const int index = int(std::lround(255.0 * (barBottom - y) / barSpan));
        const cv::Vec3b c = lut[std::clamp(index, 0, 255)];
        cv::line(canvas, {barLeft, y}, {barLeft + barWidth - 1, y}, cv::Scalar(c[0], c[1], c[2]));
    }
    const cv::Scalar black = cv::Scalar::all(0);
    cv::rectangle(canvas, {barLeft, barTop}, {barLeft + barWidth - 1, barBottom}, black, 1);

    for (int i = 0; i <= kTickIntervals; ++i) {
        const int y = barBottom - int(std::lround(double(barSpan) * i / kTickIntervals));
        cv::line(canvas, {barLeft + barWidth, y}, {barLeft + barWidth + tickLength - 1, y}, black, 1);
        cv::putText(canvas, labels[i].toStdString(), cv::Point(labelLeft, y + textHeight / 2), font.face, font.scale,
                    black, font.thickness, cv::LINE_AA);
    }
    const int titleTop = std::clamp(barTop + (barSpan - titleStrip.rows) / 2, 0, canvasHeight - titleStrip.rows);
    titleStrip.copyTo(canvas(cv::Rect(titleLeft, titleTop, titleStrip.cols, titleStrip.rows)));
    return canvas;
}

// PNG through Qt, so that non-ASCII paths work and a failed write leaves no
// half-written file.
Status writePng(const QString &path, const cv::Mat &rgb)
{
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    std::vector<uchar> bytes;
    // zlib's default level: a third smaller than OpenCV's fastest default
    // (the docs example: 418 -> 285 KB); it costs about 1.5 s more on a
    // 14-megapixel map, little beside the encoder's minutes at that size.
    if (!cv::imencode(".png", bgr, bytes, {cv::IMWRITE_PNG_COMPRESSION, 6}))
        return Status::failure(IqaHeatmap::tr("Could not encode the heatmap for %1 as PNG.")
                                        .arg(QDir::toNativeSeparators(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(reinterpret_cast<const char *>(bytes.data()), qint64(bytes.size())) != qint64(bytes.size())
        || !file.commit())
        return Status::failure(IqaHeatmap::tr("Could not write %1: %2")
                                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::success();
}

// "dir/name.png" + "layer2" -> "dir/name_layer2.png".
QString suffixedPath(const QString &out, const QString &key)
{
    const QFileInfo info(out);
    return info.dir().filePath(QStringLiteral("%1_%2.png").arg(info.completeBaseName(), key));
}

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
    QCommandLineParser parser;
    parser.setApplicationDescription(IqaHeatmap::tr(
        "Where VAE-QA's frozen encoder sees the distorted image differ from the reference: per tapped layer,\n"
        "the cosine distance of the channel vectors (0 = same direction, 2 = opposite), upsampled to the\n"
        "image size, written as a colour-mapped PNG with a colour bar."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("model"), IqaHeatmap::tr("Model id; only vae-qa has heatmaps for now."),
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
        return fail(IqaHeatmap::tr("Heatmaps are available for --model vae-qa only, not '%1' (cross-iqa heatmaps are "
                                   "not implemented yet).")
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
        const double range = fixedRange > 0 ? fixedRange : roundRangeUp(maximum);
        printErr(IqaHeatmap::tr("writing %1 (%2, colour bar 0 to %3)")
                     .arg(QDir::toNativeSeparators(path), selection.label, tickText(range)));
        if (const Status saved = writePng(path, renderHeatmap(selection.map, range, colorMap, title)); !saved)
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
