#include "HeatmapRendering.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace cli {

using iqa::Status;

namespace {

// Canvas height below which the colour bar would have no room for its
// ticks: small images are drawn on a taller white canvas.
constexpr int kMinCanvasHeight = 240;
constexpr int kTickIntervals = 5;
// Auto ranges never go below this, so that float rounding on (nearly)
// identical images (order 1e-7) is not stretched over the whole colour map.
constexpr double kMinAutoRange = 0.01;

} // namespace

double roundRangeUp(double value, double cap)
{
    if (value <= kMinAutoRange)
        return kMinAutoRange;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= value * (1 - 1e-9))
            return std::min(cap, factor * power);
    }
    return std::min(cap, 10.0 * power);
}

QString tickText(double value)
{
    return QString::number(value, 'g', 3);
}

namespace {

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

} // namespace

cv::Mat renderHeatmap(const cv::Mat &map, double low, double range, iqa::ColorMap colorMap, const QString &title)
{
    const cv::Mat shifted = low == 0.0 ? map : cv::Mat(map - low);
    const cv::Mat coloured = iqa::colorize(shifted, range, colorMap);
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
        labels << tickText(low + range * i / kTickIntervals);
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


} // namespace cli
