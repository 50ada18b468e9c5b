#pragma once

// Internal to core/training (LibTorch types): the file that keeps the frozen
// encoder's work between fine-tuning runs (issue 5, docs/models/vae-qa.md,
// "Fine-tuning on your own labels"). Encoding is the slow part of a run; a
// second run on the same labels with another loss, seed, fold count or more
// epochs reads the head's input of every pair from here instead. Include
// after <torch/torch.h>.

#include <torch/torch.h>

#include "common/Expected.h"
#include "io/SafeTensors.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QVector>

#include <optional>
#include <vector>

namespace iqa::detail {

// Everything besides the two images that changes the head's input of a
// pair. Device and channels-last memory format are left out on purpose: they
// change the features by float rounding only.
struct FeatureCacheGeometry
{
    QString encoderId;
    QString encoderSha256;     // of the encoder's weights file
    int crops = 1;             // 1 or 5 test-time crops
    int cropSize = 256;
    int grid = 16;             // pooling grid of the head's input
    QVector<int> tapChannels;  // C per tapped layer; the input has 3C channels
};

// A safetensors file of float32 tensors named "<key>.<tap>", one per tapped
// layer and pair, crops x 3C x grid x grid, where <key> is entryKey() of the
// pair. Its metadata names the format and its version so that any other
// file, or a later layout, is recognised instead of misread.
//
// Entries of other geometries (another encoder, crop count, ...) live in the
// same file side by side: their keys differ, and save() keeps them.
class VaeQaFeatureCache
{
public:
    static constexpr int kFormatVersion = 1;
    static QString formatName();  // "iqa-vae-qa-pair-features"

    // SHA-256 (hex) of the geometry and the SHA-256 of both image files: the
    // same bytes under another name or folder hit, an edited file misses.
    static QString entryKey(const FeatureCacheGeometry &geometry, const QString &referenceSha256,
                            const QString &distortedSha256);

    VaeQaFeatureCache(const QString &path, const FeatureCacheGeometry &geometry);

    QString path() const { return m_path; }
    const FeatureCacheGeometry &geometry() const { return m_geometry; }

    // Reads the file when there is one (none yet is a success). A failure
    // names the file and its problem — not a safetensors file, truncated,
    // another format or version, malformed entries; the cache then holds
    // nothing from it and save() replaces it.
    Status load();

    // The head's input of one pair (per tap: crops x 3C x grid x grid,
    // float32 on the CPU), or nothing when the file has no entry of this
    // geometry under the key. An entry of the wrong shape or with
    // non-finite values is treated as absent and counted in rejected().
    std::optional<std::vector<torch::Tensor>> find(const QString &key);
    int rejected() const { return m_rejected; }

    // A newly encoded pair, written by the next save(). The tensors may be
    // views into a larger table: they are copied only while writing. A key
    // added twice (a label file that lists one pair twice, or the same
    // images under two names) is kept once.
    void add(const QString &key, const std::vector<torch::Tensor> &taps);
    int pending() const { return int(m_pending.size()); }

    // True when save() has something to do: new entries, or a file that
    // could not be read and must be replaced.
    bool needsWrite() const { return !m_pending.empty() || m_unusable || m_rejected > 0; }

    // Writes the file atomically (QSaveFile through SafeTensorsWriter): the
    // entries the file holds at this moment (re-read, so that another run
    // that saved in between keeps its entries) that are not replaced, plus
    // the new ones. Clears the new entries on success.
    Status save();

private:
    // Checks the format metadata and every tensor's name, type and rank.
    static Status validate(const SafeTensorsFile &file);
    bool entryFits(const SafeTensorsFile &file, const QString &key, int taps) const;

    QString m_path;
    FeatureCacheGeometry m_geometry;
    std::optional<SafeTensorsFile> m_file;  // what load() read; unmapped before writing
    bool m_unusable = false;
    int m_rejected = 0;
    QSet<QString> m_rejectedKeys;           // dropped from the file by save()
    std::vector<std::pair<QString, std::vector<torch::Tensor>>> m_pending;
    QSet<QString> m_pendingKeys;
};

} // namespace iqa::detail
