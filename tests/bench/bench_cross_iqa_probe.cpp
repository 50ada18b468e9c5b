// Does a Cross-IQA transformer's class token carry the degradation level?
// The question behind issue 6's "the pre-trained class token separates
// degradation levels", asked of the frozen features directly rather than
// through a head fitted to one data set's MOS:
//
//   For N held-out photos (256 x 256 centre crops), each as is and degraded
//   by one type of the bank at levels 1, 3 and 5, the centre 128 x 128 tile
//   is encoded (through CrossIqaModel, as `iqa score --crops 1` does) and the head's fit (ridge on
//   standardised features, strength by 5-fold cross-validation, CrossIqa-
//   HeadTrainer's detail::searchRidge) is run against the label -level, one
//   fit per type; the number is the SRCC of the out-of-fold predictions.
//   1 means the level can be read off the features linearly; 0 or a little
//   below means it cannot. Folds are drawn by image, so other levels of the
//   same photo sit in the training folds: an upper bound, for comparing
//   transformers. Two features per transformer: the class token (what the
//   head reads) and the mean of the patch tokens (what it could read).
//
//   With --half-blur N, a second question, of the patch-quality map (the
//   head applied to each patch token, CrossIqaHeatmaps): the first N photos,
//   whole, with their left half blurred (Gaussian, sigma 6); for how many is
//   the map's mean over the sharp half above its mean over the blurred half,
//   and by how much on average (standard errors). Checkpoints with a fitted
//   head only.
//
//   bench_cross_iqa_probe --labels CSV [--images-dir DIR] [--split test] [--photos 60]
//                         [--checkpoint C]... [--random-init SEED]... [--half-blur N] [--json]
//
// --checkpoint "default" is the checkpoint compiled into the program (the
// default when neither option is given).

// LibTorch before any Qt header: Qt's `slots` macro breaks ATen's headers.
#include <torch/torch.h>

#include "models/detail/CrossIqaModelAccess.h"
#include "models/CrossIqaHeatmaps.h"
#include "image/Degradations.h"
#include "image/ImageLoader.h"
#include "io/LabelCsv.h"
#include "models/CrossIqaModel.h"
#include "metrics/Correlation.h"
#include "training/CrossIqaHeadTrainer.h"

#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>

namespace {

constexpr int kSide = 256;
constexpr int kLevels[] = {1, 3, 5};
const iqa::DegradationType kTypes[] = {
    iqa::DegradationType::GaussianBlur, iqa::DegradationType::MotionBlur, iqa::DegradationType::GaussianNoise,
    iqa::DegradationType::ImpulseNoise, iqa::DegradationType::Jpeg,      iqa::DegradationType::Pixelation,
    iqa::DegradationType::Darken,       iqa::DegradationType::ContrastLoss};

struct Transformer
{
    QString name;
    QString checkpoint;                // empty with randomInit
    std::optional<quint64> randomInit;
};

// The transformer of a checkpoint (its head may be unfitted), or a random
// one, scoring the centre tile only, as `iqa score --crops 1`.
iqa::Expected<std::unique_ptr<iqa::CrossIqaModel>> openTransformer(const Transformer &t)
{
    iqa::CrossIqaOptions o;
    o.checkpointPath = t.checkpoint;
    o.randomInitSeed = t.randomInit;
    o.allowUntrainedHead = true;
    o.crops = 1;
    return iqa::CrossIqaModel::create(o);
}

// Rows of (class token | mean patch token) of the scoring tile of each image.
iqa::Expected<std::pair<cv::Mat, cv::Mat>> encodeCentres(iqa::CrossIqaModel &model, const std::vector<iqa::Image> &images)
{
    using R = iqa::Expected<std::pair<cv::Mat, cv::Mat>>;
    torch::InferenceMode inference;
    const int d = model.featureSize();
    cv::Mat classTokens(int(images.size()), d, CV_64F), patchMeans(int(images.size()), d, CV_64F);
    for (size_t i = 0; i < images.size(); ++i) {
        const auto rgb = iqa::CrossIqaModelAccess::preparedImage(model, images[i]);
        if (!rgb)
            return R::failure(rgb.error());
        const QVector<cv::Rect> rects = iqa::CrossIqaModel::tileRects(cv::Size(rgb->cols, rgb->rows), 1, model.tileSize());
        const iqa::detail::CrossIqaEncoding e =
            iqa::CrossIqaModelAccess::network(model)->encoder(iqa::CrossIqaModelAccess::tilesTensor(model, *rgb, rects));
        const torch::Tensor q = e.quality[0].to(torch::kCPU, torch::kFloat64).contiguous();
        const torch::Tensor c = e.content[0].mean(0).to(torch::kCPU, torch::kFloat64).contiguous();
        std::memcpy(classTokens.ptr<double>(int(i)), q.data_ptr<double>(), size_t(d) * sizeof(double));
        std::memcpy(patchMeans.ptr<double>(int(i)), c.data_ptr<double>(), size_t(d) * sizeof(double));
    }
    return std::make_pair(classTokens, patchMeans);
}

// The patch-quality map on photos whose left half is blurred: (photos whose
// sharp half is higher, mean of sharp - blurred, its standard error).
struct HalfBlur
{
    int sharpHigher = 0, photos = 0;
    double meanGap = 0, standardError = 0;
};

iqa::Expected<HalfBlur> measureHalfBlur(const QString &checkpoint, const std::vector<iqa::Image> &photos)
{
    iqa::CrossIqaOptions o;
    o.checkpointPath = checkpoint;
    auto model = iqa::CrossIqaModel::create(o);
    if (!model)
        return iqa::Expected<HalfBlur>::failure(model.error());
    QVector<double> gaps;
    for (const iqa::Image &photo : photos) {
        iqa::Image halfBlurred = photo;
        halfBlurred.rgb = photo.rgb.clone();
        cv::Mat left = halfBlurred.rgb(cv::Rect(0, 0, photo.width() / 2, photo.height()));
        cv::GaussianBlur(left, left, cv::Size(0, 0), 6.0);
        const auto maps = iqa::computeCrossIqaHeatmaps(**model, halfBlurred);
        if (!maps)
            return iqa::Expected<HalfBlur>::failure(maps.error());
        const cv::Mat &q = maps->patchQuality.map;
        const int half = q.cols / 2;
        gaps << cv::mean(q(cv::Rect(half, 0, q.cols - half, q.rows)))[0] - cv::mean(q(cv::Rect(0, 0, half, q.rows)))[0];
    }
    HalfBlur r;
    r.photos = gaps.size();
    r.sharpHigher = int(std::count_if(gaps.cbegin(), gaps.cend(), [](double g) { return g > 0; }));
    cv::Scalar mean, deviation;  // the population deviation: n - 1 below for the sample's
    cv::meanStdDev(cv::Mat(1, int(gaps.size()), CV_64F, gaps.data()), mean, deviation);
    r.meanGap = mean[0];
    r.standardError = gaps.size() > 1 ? deviation[0] / std::sqrt(double(gaps.size() - 1)) : 0.0;
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("labels"), QStringLiteral("image,mos,split CSV of the photos."), QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("images-dir"), QStringLiteral("Folder the CSV's relative paths start from (default: the CSV's)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("split"), QStringLiteral("Rows of this split only (default test)."), QStringLiteral("NAME"), QStringLiteral("test")});
    parser.addOption({QStringLiteral("photos"), QStringLiteral("Photos to use (default 60)."), QStringLiteral("N"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("checkpoint"), QStringLiteral("A transformer to probe; 'default' for the compiled-in one."), QStringLiteral("C")});
    parser.addOption({QStringLiteral("random-init"), QStringLiteral("A randomly initialised transformer with this seed."), QStringLiteral("SEED")});
    parser.addOption({QStringLiteral("half-blur"), QStringLiteral("Also measure the patch-quality map on N photos with the left half blurred."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("One JSON object per transformer and line.")});
    parser.process(app);

    if (!parser.isSet(QStringLiteral("labels")))
        return bench::fail(QStringLiteral("--labels is required"));
    auto labels = iqa::LabelCsv::read(parser.value(QStringLiteral("labels")), parser.value(QStringLiteral("images-dir")));
    if (!labels)
        return bench::fail(labels.error());
    labels->keepSplit(parser.value(QStringLiteral("split")));
    const int photos = parser.value(QStringLiteral("photos")).toInt();
    if (photos < 10)
        return bench::fail(QStringLiteral("--photos must be at least 10"));

    QVector<Transformer> transformers;
    for (const QString &c : parser.values(QStringLiteral("checkpoint"))) {
        const bool shipped = c == QLatin1String("default");
        transformers.push_back({shipped ? QStringLiteral("default checkpoint") : c,
                                shipped ? iqa::CrossIqaModel::defaultCheckpointPath() : c, std::nullopt});
    }
    for (const QString &s : parser.values(QStringLiteral("random-init")))
        transformers.push_back({QStringLiteral("random init, seed %1").arg(s), QString(), s.toULongLong()});
    if (transformers.isEmpty())
        transformers.push_back({QStringLiteral("default checkpoint"), iqa::CrossIqaModel::defaultCheckpointPath(), std::nullopt});

    bool halfBlurOk = true;
    const int halfBlurPhotos = parser.isSet(QStringLiteral("half-blur")) ? parser.value(QStringLiteral("half-blur")).toInt(&halfBlurOk) : 0;
    if (!halfBlurOk || halfBlurPhotos < 0)
        return bench::fail(QStringLiteral("--half-blur needs a number of photos"));
    std::vector<iqa::Image> wholePhotos;  // the first --half-blur photos, unchanged

    // The images: per photo the clean crop, then each type at each level.
    std::vector<iqa::Image> images;
    QMap<iqa::DegradationType, QVector<int>> rows;  // indices into images, clean first per photo
    QVector<double> level;                           // -level of each image
    const iqa::ImageLoader loader;
    int used = 0;
    for (int i = 0; i < labels->rows.size() && used < photos; ++i) {
        auto image = loader.load(labels->rows[i].image);
        if (!image || image->width() < kSide || image->height() < kSide)
            continue;
        if (int(wholePhotos.size()) < halfBlurPhotos)
            wholePhotos.push_back(*image);
        cv::Mat rgb = image->rgb(cv::Rect((image->width() - kSide) / 2, (image->height() - kSide) / 2, kSide, kSide)).clone();
        if (rgb.depth() != CV_8U)
            rgb.convertTo(rgb, CV_8U, 1.0 / 257.0);
        const auto asImage = [](const cv::Mat &pixels) {
            iqa::Image out;
            out.rgb = pixels;
            out.sourceChannels = 3;
            out.bitDepth = 8;
            return out;
        };
        const int clean = int(images.size());
        images.push_back(asImage(rgb));
        level << 0;
        for (const iqa::DegradationType type : kTypes) {
            rows[type] << clean;
            for (const int l : kLevels) {
                auto degraded = iqa::degrade(rgb, type, l, quint64(used));
                if (!degraded)
                    return bench::fail(degraded.error());
                rows[type] << int(images.size());
                images.push_back(asImage(*degraded));
                level << -l;
            }
        }
        ++used;
    }
    if (used < photos)
        return bench::fail(QStringLiteral("only %1 usable photos of at least %2 x %2 pixels").arg(used).arg(kSide));

    const bool json = parser.isSet(QStringLiteral("json"));
    if (!json) {
        QString header = QStringLiteral("| transformer | feature |"), rule = QStringLiteral("|---|---|");
        for (const iqa::DegradationType type : kTypes) {
            header += QLatin1Char(' ') + iqa::degradationInfo(type).id + QStringLiteral(" |");
            rule += QStringLiteral("---|");
        }
        std::printf("%d photos x (clean + levels 1, 3, 5) per type; 5-fold CV SRCC of a ridge head against -level\n%s\n%s\n",
                    used, qPrintable(header), qPrintable(rule));
    }
    for (const Transformer &t : transformers) {
        auto model = openTransformer(t);
        if (!model)
            return bench::fail(model.error());
        const auto encoded = encodeCentres(**model, images);
        if (!encoded)
            return bench::fail(encoded.error());
        const auto &[classTokens, patchMeans] = *encoded;
        const std::pair<const char *, const cv::Mat *> features[] = {{"class token", &classTokens},
                                                                     {"mean patch token", &patchMeans}};
        for (const auto &[feature, x] : features) {
            QJsonObject record{{QStringLiteral("transformer"), t.name}, {QStringLiteral("feature"), QLatin1String(feature)},
                               {QStringLiteral("photos"), used}};
            QString line = QStringLiteral("| %1 | %2 |").arg(t.name, QLatin1String(feature));
            for (const iqa::DegradationType type : kTypes) {
                const QVector<int> &r = rows[type];
                QVector<double> y;
                for (const int i : r)
                    y << level[i];
                const auto search = iqa::detail::searchRidge(iqa::detail::selectRows(*x, r), y, 5, 1);
                const std::optional<double> srcc = iqa::spearman(search.predictions, y);
                record.insert(iqa::degradationInfo(type).id, srcc ? QJsonValue(*srcc) : QJsonValue());
                line += srcc ? QStringLiteral(" %1 |").arg(*srcc, 0, 'f', 2) : QStringLiteral(" n/a |");
            }
            std::printf("%s\n", json ? QJsonDocument(record).toJson(QJsonDocument::Compact).constData() : qPrintable(line));
            std::fflush(stdout);
        }
    }

    if (halfBlurPhotos == 0)
        return 0;
    if (!json)
        std::printf("\npatch-quality map, %d whole photos with the left half blurred (sigma 6)\n"
                    "| transformer | sharp half above blurred half | mean gap (sharp - blurred) | standard errors |\n|---|---|---|---|\n",
                    int(wholePhotos.size()));
    for (const Transformer &t : transformers) {
        if (t.randomInit)
            continue;  // no fitted head
        const auto r = measureHalfBlur(t.checkpoint, wholePhotos);
        if (!r)
            return bench::fail(r.error());
        if (json)
            std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("transformer"), t.name},
                                                          {QStringLiteral("half_blur_photos"), r->photos},
                                                          {QStringLiteral("sharp_higher"), r->sharpHigher},
                                                          {QStringLiteral("mean_gap"), r->meanGap},
                                                          {QStringLiteral("standard_error"), r->standardError}})
                                     .toJson(QJsonDocument::Compact).constData());
        else
            std::printf("| %s | %d of %d | %.2f | %.1f |\n", qPrintable(t.name), r->sharpHigher, r->photos, r->meanGap,
                        r->standardError > 0 ? r->meanGap / r->standardError : 0.0);
    }
    return 0;
}
