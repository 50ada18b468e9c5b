#include <torch/torch.h>

#include "training/VaeQaTrainingSet.h"

#include "common/SplitMix64.h"
#include "image/Image.h"
#include "image/ImageLoader.h"
#include "io/LabelCsv.h"
#include "io/SafeTensors.h"
#include "models/FeatureEncoder.h"
#include "models/detail/EncoderModules.h"
#include "models/detail/VaeQaNetwork.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace iqa {

namespace {

constexpr int kGrid = 16;
constexpr int kEncodeBatch = 6;  // crops per encoder call: batching helps little on 2 cores, memory stays small

QJsonObject recipeJson(const VaeQaTrainingSetOptions &o)
{
    QJsonArray heldOut;
    for (const DegradationType t : o.heldOutTypes)
        heldOut.append(degradationInfo(t).id);
    return QJsonObject{
        {QStringLiteral("format"), 1},
        {QStringLiteral("pristine_labels"), QFileInfo(o.pristineLabels).absoluteFilePath()},
        {QStringLiteral("pristine_min_mos"), o.pristineMinMos},
        {QStringLiteral("split"), o.split},
        {QStringLiteral("images"), o.images},
        {QStringLiteral("held_out_image_share"), o.heldOutImageShare},
        {QStringLiteral("held_out_types"), heldOut},
        {QStringLiteral("types_per_image"), o.typesPerImage},
        {QStringLiteral("crop_size"), o.cropSize},
        {QStringLiteral("seed"), QString::number(o.seed)},
        {QStringLiteral("encoder"), o.encoderId},
        {QStringLiteral("grid"), kGrid},
    };
}

template <typename T>
void shuffle(QVector<T> &items, SplitMix64 &rng)
{
    for (int i = int(items.size()) - 1; i > 0; --i)
        std::swap(items[i], items[rng.below(i + 1)]);
}

QByteArray tensorBytes(const torch::Tensor &t)
{
    const torch::Tensor c = t.contiguous().cpu();
    return QByteArray(static_cast<const char *>(c.data_ptr()), qsizetype(c.numel() * c.element_size()));
}

QVector<qint64> shapeOf(const torch::Tensor &t)
{
    QVector<qint64> shape;
    for (const int64_t s : t.sizes())
        shape << s;
    return shape;
}

Status addTensor(SafeTensorsWriter &writer, const QString &name, const torch::Tensor &t)
{
    TensorDType dtype = TensorDType::F32;
    if (t.scalar_type() == torch::kHalf)
        dtype = TensorDType::F16;
    else if (t.scalar_type() == torch::kInt32)
        dtype = TensorDType::I32;
    return writer.add(name, dtype, shapeOf(t), tensorBytes(t));
}

// One distorted version of a pristine crop.
struct PlannedSample
{
    DegradationType type;
    int level;
};

quint64 sampleSeed(quint64 seed, int image, DegradationType type, int level)
{
    SplitMix64 mix(seed ^ (quint64(image) << 32) ^ (quint64(int(type)) << 8) ^ quint64(level));
    return mix.next();
}

// Encodes the crops and returns, per sample, the pooled [dist | diff]
// features and the per-layer relative distances against the first crop (the
// reference).
struct EncodedImage
{
    std::vector<torch::Tensor> ref;   // per tap: C x G x G (F16)
    std::vector<torch::Tensor> dist;  // per tap: K x C x G x G (F16)
    std::vector<torch::Tensor> diff;  // per tap: K x C x G x G (F16)
    torch::Tensor distance;           // K x taps (F32), relative energy
    torch::Tensor distanceDists;      // K x taps (F32), structure and texture
};

Expected<EncodedImage> encodeImage(detail::EncoderModule &encoder, const cv::Mat &refRgb8, const QVector<cv::Mat> &distorted)
{
    torch::InferenceMode inference;
    auto toTensor = [&](const cv::Mat &rgb8) {
        cv::Mat f;
        rgb8.convertTo(f, CV_32FC3, 1.0 / 255.0);
        return detail::imageToTensor(f, encoder.device, encoder.channelsLast);
    };
    auto ref = toTensor(refRgb8);
    if (!ref)
        return Expected<EncodedImage>::failure(ref.error());
    const detail::TapTensors refTaps = detail::encodePadded(encoder, *ref);

    EncodedImage out;
    std::vector<std::vector<torch::Tensor>> dist(refTaps.taps.size()), diff(refTaps.taps.size());
    std::vector<torch::Tensor> distances, distancesDists;
    for (int start = 0; start < distorted.size(); start += kEncodeBatch) {
        std::vector<torch::Tensor> batch;
        for (int i = start; i < std::min<int>(start + kEncodeBatch, distorted.size()); ++i) {
            auto t = toTensor(distorted[i]);
            if (!t)
                return Expected<EncodedImage>::failure(t.error());
            batch.push_back(*t);
        }
        const detail::TapTensors distTaps = detail::encodePadded(encoder, torch::cat(batch, 0));
        detail::TapTensors refExpanded;
        for (const torch::Tensor &tap : refTaps.taps)
            refExpanded.taps.push_back(tap.expand({int64_t(batch.size()), -1, -1, -1}));
        const std::vector<torch::Tensor> pooled = detail::pooledPairFeatures(refExpanded, distTaps, kGrid);
        for (size_t l = 0; l < pooled.size(); ++l) {
            const int64_t c = refTaps.taps[l].size(1);
            dist[l].push_back(pooled[l].narrow(1, c, c).to(torch::kHalf));
            diff[l].push_back(pooled[l].narrow(1, 2 * c, c).to(torch::kHalf));
            if (start == 0 && out.ref.size() < pooled.size())
                out.ref.push_back(pooled[l].narrow(1, 0, c)[0].to(torch::kHalf));
        }
        distances.push_back(detail::layerRelativeDistances(refExpanded, distTaps));
        distancesDists.push_back(detail::layerStructureTextureDistances(refExpanded, distTaps));
    }
    for (size_t l = 0; l < dist.size(); ++l) {
        out.dist.push_back(torch::cat(dist[l], 0));
        out.diff.push_back(torch::cat(diff[l], 0));
    }
    out.distance = torch::cat(distances, 0).to(torch::kFloat32);
    out.distanceDists = torch::cat(distancesDists, 0).to(torch::kFloat32);
    return out;
}

Status writePng(const QString &path, const cv::Mat &rgb8)
{
    cv::Mat bgr;
    cv::cvtColor(rgb8, bgr, cv::COLOR_RGB2BGR);
    std::vector<uchar> bytes;
    if (!cv::imencode(".png", bgr, bytes))
        return Status::failure(QCoreApplication::translate("VaeQaTrainingSet", "Could not encode %1 as PNG.").arg(QDir::toNativeSeparators(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(reinterpret_cast<const char *>(bytes.data()), qint64(bytes.size())) != qint64(bytes.size())
        || !file.commit())
        return Status::failure(QCoreApplication::translate("VaeQaTrainingSet", "Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::success();
}

} // namespace

QVector<DegradationType> VaeQaTrainingSetOptions::defaultHeldOutTypes()
{
    // One type from each family, each with relatives in training: a blur
    // (motion; Gaussian and defocus train), a codec (JPEG 2000; JPEG and
    // WebP train), a noise (impulse; Gaussian and Poisson train) and an
    // illumination change (vignetting; brighten and darken train).
    return {DegradationType::MotionBlur, DegradationType::Jpeg2000, DegradationType::ImpulseNoise,
            DegradationType::Vignetting};
}

int VaeQaTrainingSet::trainingSamples() const
{
    int n = 0;
    for (const VaeQaSetImage &image : images)
        n += image.heldOut ? 0 : image.samples + 1;
    return n;
}

int VaeQaTrainingSet::heldOutSamples() const
{
    int n = 0;
    for (const VaeQaSetImage &image : images)
        n += image.heldOut ? image.samples + 1 : 0;
    return n;
}

Expected<VaeQaTrainingSet> buildVaeQaTrainingSet(const VaeQaTrainingSetOptions &options,
                                                 const std::function<void(const VaeQaSetProgress &)> &progress,
                                                 const std::atomic_bool *cancel)
{
    using Result = Expected<VaeQaTrainingSet>;
    if (options.images < 3 || options.typesPerImage < 1 || options.cropSize < 32)
        return Result::failure(QCoreApplication::translate("VaeQaTrainingSet", "The training set needs at least 3 images, 1 type per image and crops of 32 pixels or more."));

    // --- pristine images
    auto labels = LabelCsv::read(options.pristineLabels, options.pristineImageFolder);
    if (!labels)
        return Result::failure(labels.error());
    if (labels->fullReference)
        return Result::failure(QCoreApplication::translate("VaeQaTrainingSet", "%1 is a full-reference label file; pristine images come from an image,mos file.")
                                   .arg(QDir::toNativeSeparators(options.pristineLabels)));
    QStringList candidates;
    for (const LabelRow &row : labels->rows) {
        const QString split = row.extraValue(QStringLiteral("split"));  // the column name in any case
        if (row.mos >= options.pristineMinMos && (split.isEmpty() || split == options.split))
            candidates << row.image;
    }
    candidates.sort();
    if (candidates.size() < options.images)
        return Result::failure(QCoreApplication::translate("VaeQaTrainingSet", "%1 has %2 '%3' images with a score of at least %4; the recipe asks for %5.")
                                   .arg(QDir::toNativeSeparators(options.pristineLabels))
                                   .arg(candidates.size())
                                   .arg(options.split)
                                   .arg(options.pristineMinMos)
                                   .arg(options.images));
    SplitMix64 rng(options.seed);
    QVector<QString> chosen(candidates.begin(), candidates.end());
    shuffle(chosen, rng);
    chosen.resize(options.images);
    const int heldOutCount = std::max(1, int(std::lround(options.images * options.heldOutImageShare)));

    QVector<DegradationType> trainingTypes;
    for (const DegradationInfo &info : degradationTypes())
        if (!options.heldOutTypes.contains(info.type))
            trainingTypes << info.type;
    if (trainingTypes.size() < options.typesPerImage)
        return Result::failure(QCoreApplication::translate("VaeQaTrainingSet", "Only %1 distortion types are left for training; the recipe asks for %2 per image.")
                                   .arg(trainingTypes.size())
                                   .arg(options.typesPerImage));

    // --- work folder and manifest (refuse to mix recipes)
    QDir work(options.workFolder);
    if (!work.mkpath(QStringLiteral("cache")) || !work.mkpath(QStringLiteral("heldout")))
        return Result::failure(QCoreApplication::translate("VaeQaTrainingSet", "Could not create the work folder %1.").arg(QDir::toNativeSeparators(options.workFolder)));
    const QJsonObject recipe = recipeJson(options);
    const QString manifestPath = work.filePath(QStringLiteral("manifest.json"));
    if (QFile existing(manifestPath); existing.open(QIODevice::ReadOnly)) {
        const QJsonObject old = QJsonDocument::fromJson(existing.readAll()).object();
        if (old.value(QStringLiteral("recipe")).toObject() != recipe)
            return Result::failure(QCoreApplication::translate("VaeQaTrainingSet", "%1 holds a training set made with another recipe; choose a new work folder or delete it.")
                                       .arg(QDir::toNativeSeparators(options.workFolder)));
    }
    {
        QSaveFile manifest(manifestPath);
        if (!manifest.open(QIODevice::WriteOnly)
            || manifest.write(QJsonDocument(QJsonObject{{QStringLiteral("recipe"), recipe}}).toJson()) < 0 || !manifest.commit())
            return Result::failure(QCoreApplication::translate("VaeQaTrainingSet", "Could not write %1.").arg(QDir::toNativeSeparators(manifestPath)));
    }

    auto encoder = FeatureEncoder::create(options.encoderId, options.encoderWeights);
    if (!encoder)
        return Result::failure(encoder.error());

    VaeQaTrainingSet set;
    set.options = options;
    set.heldOutFolder = work.filePath(QStringLiteral("heldout"));
    const ImageLoader loader;
    for (int i = 0; i < chosen.size(); ++i) {
        if (cancel && cancel->load())
            return Result::failure(QCoreApplication::translate("VaeQaTrainingSet", "Cancelled while building the training set; finished images are kept."));
        const bool heldOut = i < heldOutCount;
        VaeQaSetImage entry;
        entry.source = chosen[i];
        entry.heldOut = heldOut;
        entry.cacheFile = QStringLiteral("cache/%1%2.safetensors").arg(heldOut ? QStringLiteral("heldout") : QStringLiteral("train"))
                              .arg(i, 3, 10, QLatin1Char('0'));
        if (progress)
            progress({i, int(chosen.size()), QFileInfo(entry.source).fileName()});

        // The plan for this image (drawn even when cached, so the stream of
        // random numbers, and with it every later image, stays the same).
        QVector<DegradationType> types = trainingTypes;
        shuffle(types, rng);
        types.resize(options.typesPerImage);
        if (heldOut)
            types = options.heldOutTypes + types.mid(0, std::min<int>(options.heldOutTypes.size(), types.size()));
        const quint64 cropDraw = rng.next();
        QVector<PlannedSample> plan;
        for (const DegradationType t : types)
            for (int level = 1; level <= kDegradationLevels; ++level)
                plan.push_back({t, level});
        entry.samples = int(plan.size());

        const QString cachePath = work.filePath(entry.cacheFile);
        if (auto cached = SafeTensorsFile::open(cachePath);
            cached && cached->metadata().value(QStringLiteral("complete")) == QLatin1String("1")) {
            set.images << entry;
            continue;
        }

        auto image = loader.load(entry.source);
        if (!image)
            return Result::failure(image.error());
        cv::Mat rgb8 = image->rgb;
        if (rgb8.depth() != CV_8U)
            rgb8.convertTo(rgb8, CV_8U, 1.0 / 257.0);
        if (rgb8.cols < options.cropSize || rgb8.rows < options.cropSize)
            return Result::failure(QCoreApplication::translate("VaeQaTrainingSet", "%1 is %2x%3, smaller than the %4-pixel training crop.")
                                       .arg(QDir::toNativeSeparators(entry.source))
                                       .arg(rgb8.cols).arg(rgb8.rows).arg(options.cropSize));
        const int x = int(cropDraw % quint64(rgb8.cols - options.cropSize + 1));
        const int y = int((cropDraw >> 32) % quint64(rgb8.rows - options.cropSize + 1));
        const cv::Mat crop = rgb8(cv::Rect(x, y, options.cropSize, options.cropSize)).clone();

        QVector<cv::Mat> distorted;
        for (const PlannedSample &s : plan) {
            auto d = degrade(crop, s.type, s.level, sampleSeed(options.seed, i, s.type, s.level));
            if (!d)
                return Result::failure(d.error());
            distorted << *d;
        }
        auto encoded = encodeImage(*encoder->module(), crop, distorted);
        if (!encoded)
            return Result::failure(encoded.error());

        SafeTensorsWriter writer;
        std::vector<int32_t> typeIds, levels;
        for (const PlannedSample &s : plan) {
            typeIds.push_back(int32_t(s.type));
            levels.push_back(s.level);
        }
        for (size_t l = 0; l < encoded->ref.size(); ++l) {
            addTensor(writer, QStringLiteral("ref.%1").arg(l), encoded->ref[l]);
            addTensor(writer, QStringLiteral("dist.%1").arg(l), encoded->dist[l]);
            addTensor(writer, QStringLiteral("diff.%1").arg(l), encoded->diff[l]);
        }
        addTensor(writer, QStringLiteral("distance"), encoded->distance);
        addTensor(writer, QStringLiteral("distance_dists"), encoded->distanceDists);
        addTensor(writer, QStringLiteral("type"), torch::tensor(typeIds, torch::kInt32));
        addTensor(writer, QStringLiteral("level"), torch::tensor(levels, torch::kInt32));
        writer.setMetadata({{QStringLiteral("source"), entry.source},
                            {QStringLiteral("crop"), QStringLiteral("%1,%2,%3").arg(x).arg(y).arg(options.cropSize)},
                            {QStringLiteral("held_out"), heldOut ? QStringLiteral("1") : QStringLiteral("0")},
                            {QStringLiteral("complete"), QStringLiteral("1")}});

        if (heldOut) {
            // Held-out pairs also as files, so `iqa eval` scores them like any user's pairs.
            const QString stem = QStringLiteral("img%1").arg(i, 3, 10, QLatin1Char('0'));
            if (Status s = writePng(QDir(set.heldOutFolder).filePath(stem + QStringLiteral("_ref.png")), crop); !s)
                return Result::failure(s.error());
            for (int k = 0; k < plan.size(); ++k) {
                const QString name = QStringLiteral("%1_%2_%3.png").arg(stem, degradationInfo(plan[k].type).id).arg(plan[k].level);
                if (Status s = writePng(QDir(set.heldOutFolder).filePath(name), distorted[k]); !s)
                    return Result::failure(s.error());
            }
        }
        // Written last and atomically: a complete cache file means a complete image.
        if (Status s = writer.save(cachePath); !s)
            return Result::failure(s.error());
        set.images << entry;
    }
    if (progress)
        progress({int(chosen.size()), int(chosen.size()), QString()});
    return set;
}

} // namespace iqa
