#pragma once

#include <QVector>
#include <QtGlobal>

namespace iqa {

struct ScheduleEntry
{
    qint64 itemId = 0;
    bool repeat = false;  // second presentation of a test item, for the consistency check
    bool swapped = false; // pairwise: show the pair's second image on the left
};

// The order of one session (DESIGN.md section 5): training items first, in
// random order; then test and gold items shuffled together; then `repeats`
// test items shown a second time, each inserted at a random place at least
// two positions after its first showing (never back to back when that is
// possible). Pairwise sessions also randomise left/right per trial. The same
// seed always gives the same schedule (SplitMix64, Fisher-Yates); the store
// keeps the seed and the schedule itself, so a future change here never
// reorders a session that has started.
QVector<ScheduleEntry> buildSchedule(const QVector<qint64> &trainingItems, const QVector<qint64> &testItems,
                                     const QVector<qint64> &goldItems, int repeats, bool pairwise, quint64 seed);

} // namespace iqa
