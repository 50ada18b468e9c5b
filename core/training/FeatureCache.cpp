#include <torch/torch.h>

#include "training/FeatureCache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace iqa::detail {

namespace {

const QString kFormatKey = QStringLiteral("format");
const QString kVersionKey = QStringLiteral("format_version");

// "<64 hex digits>.<tap index>"
bool splitTensorName(const QString &name, QString *key, int *tap)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9a-f]{64})\\.([0-9]{1,3})$"));
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return false;
    *key = match.captured(1);
    *tap = match.captured(2).toInt();
    return true;
}

QString tensorName(const QString &key, int tap) { return key + QLatin1Char('.') + QString::number(tap); }

QString shown(const QString &path) { return QDir::toNativeSeparators(path); }

} // namespace

QString VaeQaFeatureCache::formatName() { return QStringLiteral("iqa-vae-qa-pair-features"); }

QString VaeQaFeatureCache::entryKey(const FeatureCacheGeometry &g, const QString &referenceSha256, const QString &distortedSha256)
{
    QStringList channels;
    for (const int c : g.tapChannels)
        channels << QString::number(c);
    // One line per ingredient, so that no two different geometries can
    // produce the same text.
    const QString text = QStringLiteral("format=%1/%2\nencoder=%3\nencoder_sha256=%4\ncrops=%5\ncrop_size=%6\ngrid=%7\ntaps=%8\nref=%9\ndist=%10\n")
                             .arg(formatName()).arg(kFormatVersion).arg(g.encoderId, g.encoderSha256)
                             .arg(g.crops).arg(g.cropSize).arg(g.grid)
                             .arg(channels.join(QLatin1Char(',')), referenceSha256, distortedSha256);
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

VaeQaFeatureCache::VaeQaFeatureCache(const QString &path, const FeatureCacheGeometry &geometry)
    : m_path(path), m_geometry(geometry)
{
}

Status VaeQaFeatureCache::validate(const SafeTensorsFile &file)
{
    const QMap<QString, QString> metadata = file.metadata();
    if (metadata.value(kFormatKey) != formatName())
        return Status::failure(metadata.value(kFormatKey).isEmpty()
                                   ? QCoreApplication::translate("VaeQaFeatureCache", "%1 is not a VAE-QA feature cache (its metadata names no format)").arg(shown(file.path()))
                                   : QCoreApplication::translate("VaeQaFeatureCache", "%1 is not a VAE-QA feature cache (its metadata names the format '%2')")
                                         .arg(shown(file.path()), metadata.value(kFormatKey)));
    if (metadata.value(kVersionKey) != QString::number(kFormatVersion))
        return Status::failure(QCoreApplication::translate("VaeQaFeatureCache", "%1 is a feature cache of format version '%2'; this program reads version %3")
                                   .arg(shown(file.path()), metadata.value(kVersionKey)).arg(kFormatVersion));
    for (const QString &name : file.names()) {
        QString key;
        int tap = 0;
        const TensorInfo *info = file.info(name);
        if (!splitTensorName(name, &key, &tap) || info->dtype != TensorDType::F32 || info->shape.size() != 4)
            return Status::failure(QCoreApplication::translate("VaeQaFeatureCache", "%1 has a malformed entry '%2'").arg(shown(file.path()), name));
    }
    return Status::success();
}

Status VaeQaFeatureCache::load()
{
    m_file.reset();
    if (!QFileInfo::exists(m_path))
        return Status::success();  // the first run creates it
    auto file = SafeTensorsFile::open(m_path);
    if (!file) {
        m_unusable = true;
        return Status::failure(file.error());
    }
    if (Status valid = validate(*file); !valid) {
        m_unusable = true;
        return valid;
    }
    m_file = std::move(*file);
    return Status::success();
}

bool VaeQaFeatureCache::entryFits(const SafeTensorsFile &file, const QString &key, int taps) const
{
    qint64 crops = -1;
    for (int l = 0; l < taps; ++l) {
        const TensorInfo *info = file.info(tensorName(key, l));
        if (!info)
            return false;
        const QVector<qint64> expected{info->shape.value(0), 3 * qint64(m_geometry.tapChannels[l]), m_geometry.grid, m_geometry.grid};
        if (info->shape != expected || (crops >= 0 && info->shape[0] != crops))
            return false;
        crops = info->shape[0];
    }
    // Five requested crops give fewer on a small image (duplicates are
    // dropped), never more.
    return crops >= 1 && crops <= std::max(1, m_geometry.crops);
}

std::optional<std::vector<torch::Tensor>> VaeQaFeatureCache::find(const QString &key)
{
    const int taps = int(m_geometry.tapChannels.size());
    if (!m_file || !m_file->contains(tensorName(key, 0)))
        return std::nullopt;
    auto reject = [&] {
        ++m_rejected;
        m_rejectedKeys.insert(key);
        return std::nullopt;
    };
    if (!entryFits(*m_file, key, taps))
        return reject();
    std::vector<torch::Tensor> out;
    for (int l = 0; l < taps; ++l) {
        const QString name = tensorName(key, l);
        auto values = m_file->toFloat32(name);  // converts from the file's little-endian bytes
        if (!values)
            return reject();
        const QVector<qint64> &shape = m_file->info(name)->shape;
        torch::Tensor t = torch::from_blob(values->data(), std::vector<int64_t>(shape.begin(), shape.end()), torch::kFloat32).clone();
        // Bits flipped on disk leave the header intact; a NaN would poison
        // every epoch of the head silently.
        if (!torch::isfinite(t).all().item<bool>())
            return reject();
        out.push_back(t);
    }
    return out;
}

void VaeQaFeatureCache::add(const QString &key, const std::vector<torch::Tensor> &taps)
{
    if (m_pendingKeys.contains(key))
        return;
    m_pendingKeys.insert(key);
    m_pending.emplace_back(key, taps);
}

Status VaeQaFeatureCache::save()
{
    const QSet<QString> replaced = m_rejectedKeys + m_pendingKeys;

    SafeTensorsWriter writer;
    QSet<QString> keys;
    // The file as it is now, not as load() saw it: a run that finished in
    // between (the GUI and the command line share a cache) keeps its entries.
    std::optional<SafeTensorsFile> current;
    if (QFileInfo::exists(m_path)) {
        if (auto file = SafeTensorsFile::open(m_path); file && validate(*file))
            current = std::move(*file);
    }
    if (current) {
        for (const QString &name : current->names()) {
            QString key;
            int tap = 0;
            splitTensorName(name, &key, &tap);
            if (replaced.contains(key))
                continue;
            const TensorInfo *info = current->info(name);
            if (Status s = writer.add(name, TensorDType::F32, info->shape, QByteArray(current->data(name), info->end - info->begin)); !s)
                return s;
            keys.insert(key);
        }
    }
    for (const auto &[key, taps] : m_pending) {
        for (size_t l = 0; l < taps.size(); ++l) {
            const torch::Tensor t = taps[l].to(torch::kCPU, torch::kFloat32).contiguous();
            if (Status s = writer.addFloat32(tensorName(key, int(l)), QVector<qint64>(t.sizes().begin(), t.sizes().end()), t.data_ptr<float>()); !s)
                return s;
        }
        keys.insert(key);
    }
    writer.setMetadata({{kFormatKey, formatName()},
                        {kVersionKey, QString::number(kFormatVersion)},
                        {QStringLiteral("entries"), QString::number(keys.size())},
                        {QStringLiteral("layout"), QStringLiteral("<key>.<tap>: crops x 3C x grid x grid float32, the VAE-QA head's input of one pair")}});
    // Unmap both views of the old file before it is replaced: some systems
    // refuse to rename over a mapped file.
    current.reset();
    m_file.reset();
    // A first cache in a folder nobody has made yet (the GUI's data folder).
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return Status::failure(QCoreApplication::translate("VaeQaFeatureCache", "cannot create the folder %1").arg(QDir::toNativeSeparators(folder)));
    if (Status s = writer.save(m_path); !s)
        return s;
    m_pending.clear();
    m_pendingKeys.clear();
    m_rejectedKeys.clear();
    m_rejected = 0;
    m_unusable = false;
    return load();
}

} // namespace iqa::detail
