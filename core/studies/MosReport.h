#pragma once

#include "common/Expected.h"
#include "studies/MosAggregator.h"

#include <QJsonObject>
#include <QString>

namespace iqa {

// The two outputs of an aggregation that other tools read: the JSON of
// `iqa mos --json` (also embedded in `iqa study export --json`) and a label
// CSV (DESIGN.md section 3) that `iqa eval` reads directly.
class MosReport
{
public:
    // Stimulus paths appear as written in the votes ("stimulus") and, when
    // `baseFolder` is set, also relative to it as "image" or "ref"/"dist".
    static QJsonObject toJson(const MosResult &result, const MosOptions &options,
                              const QString &baseFolder = QString());

    // `ref,dist,mos,std,ci95,n` (every stimulus REF|DIST) or
    // `image,mos,std,ci95,n` (single images, and every pairwise study, whose
    // mos is the pairwise scale of MosResult::scaling (only the JSON names it:
    // a label CSV has no room for comments) and whose ci95 columns are the
    // bootstrap percentiles ci95_low,ci95_high instead). Paths are written relative to
    // the CSV's own folder. Stimuli without a MOS (every rater excluded) are
    // left out and counted in `*omitted`. Fails when the stimuli mix single
    // images and pairs, or when no stimulus has a MOS.
    static Status writeLabelCsv(const MosResult &result, const QString &path, int *omitted = nullptr);
};

} // namespace iqa
