#pragma once

#include "common/Expected.h"
#include "studies/StudyStore.h"
#include "studies/VotesCsv.h"

#include <QPair>
#include <QString>
#include <QVector>

namespace iqa {

// Where the test items of a new study come from (docs/studies.md section 7).
enum class StudySourceKind {
    Folder, // every image file of a folder
    List,   // a list file: one IMAGE, REF|DIST or A|B per line
    Labels, // a label CSV (ref,dist,mos or image,mos)
};

// The items of a new study from its sources: the one implementation behind
// both `iqa study create` (app/cli/CommandStudy.cpp) and the study wizard
// (ui/StudyWizard.cpp), so a study made in the wizard and one made on the
// command line from the same inputs hold the same items
// (tests/test_gui_study.cpp compares them). `iqa study rate-script` reads its
// answers CSV with readStimulusValues.
class StudySources
{
public:
    // Test items. Pairwise studies compare every pair of the images (from a
    // label CSV: of the distorted images that share a reference); DCR needs
    // REF|DIST items and so refuses a folder.
    static Expected<QVector<StudyItemSpec>> testItems(StudySourceKind kind, const QString &path, VoteMethod method);
    // Training items from a list file.
    static Expected<QVector<StudyItemSpec>> trainingItems(const QString &listFile);
    // Gold items from a CSV with columns stimulus,expected.
    static Expected<QVector<StudyItemSpec>> goldItems(const QString &csvFile);

    // Lines of IMAGE, REF|DIST or A|B, relative to the list's folder; blank
    // lines and lines starting with # are skipped.
    static Expected<QVector<Stimulus>> readList(const QString &path);
    // A CSV with a `stimulus` column and a number column `valueColumn`
    // ("expected" for gold items, "value" for scripted answers).
    static Expected<QVector<QPair<Stimulus, double>>> readStimulusValues(const QString &path,
                                                                         const QString &valueColumn);
    // The image files a folder source takes, sorted by name: those with one
    // of the suffixes of BatchScoring::imageNameFilters(), the list batch
    // scoring of a folder takes too.
    static QStringList imageFilesIn(const QString &folder);
};

} // namespace iqa
