#pragma once

#include "common/Expected.h"

#include <QString>

// What the fine-tuning window shows about a label set before training: its
// layout, size, MOS range and how much the held-out part can say.
struct FineTuneLabelSummary
{
    QString csvPath;
    bool fullReference = false;  // ref,dist,mos (VAE-QA) or image,mos (Cross-IQA)
    int rows = 0;                // usable rows
    int skipped = 0;             // bad rows (LabelCsv)
    int contents = 0;            // distinct references (full reference) or images
    int distinctValues = 0;
    double mosMin = 0, mosMax = 0;
    bool hasTypes = false;       // a `type` column: per-type breakdown possible
    bool pairwiseStudy = false;  // the MOS is a pairwise study's Bradley-Terry scale
};

// Reads a label CSV (DESIGN.md section 3) for its summary.
iqa::Expected<FineTuneLabelSummary> summariseLabels(const QString &csvPath);

// A finished study's MOS as a label CSV the trainers read: the votes are
// aggregated with the default screening (as `iqa mos` does) and written to
// `outFolder`/<study name>-<time>.csv.
struct StudyLabels
{
    QString csvPath;
    bool pairwise = false;  // its votes can also be fitted directly
};
iqa::Expected<StudyLabels> labelsFromStudy(const QString &studyPath, const QString &outFolder);

// A warning when the held-out part is too small to say anything (empty
// otherwise): how many items it holds and how wide the 95 % interval of an
// SRCC of 0.5 would be on so few.
QString smallSetWarning(const FineTuneLabelSummary &summary, int heldOutItems);
