#include "studies/StudySchedule.h"

#include "common/SplitMix64.h"

#include <algorithm>

namespace iqa {

namespace {

template <typename T> void shuffle(QVector<T> &values, SplitMix64 &random)
{
    for (int i = int(values.size()) - 1; i > 0; --i)
        std::swap(values[i], values[random.below(i + 1)]);
}

} // namespace

QVector<ScheduleEntry> buildSchedule(const QVector<qint64> &trainingItems, const QVector<qint64> &testItems,
                                     const QVector<qint64> &goldItems, int repeats, bool pairwise, quint64 seed)
{
    SplitMix64 random(seed);
    QVector<qint64> training = trainingItems;
    shuffle(training, random);
    QVector<qint64> main = testItems + goldItems;
    shuffle(main, random);
    QVector<qint64> repeated = testItems;
    shuffle(repeated, random);
    repeated.resize(std::clamp(repeats, 0, int(testItems.size())));

    QVector<ScheduleEntry> rest;
    for (qint64 id : std::as_const(main))
        rest.append({id, false, false});
    for (qint64 id : std::as_const(repeated)) {
        int firstShowing = 0;
        while (rest[firstShowing].itemId != id || rest[firstShowing].repeat)
            ++firstShowing;
        const int earliest = std::min(firstShowing + 2, int(rest.size()));
        const int at = earliest + random.below(int(rest.size()) - earliest + 1);
        rest.insert(at, {id, true, false});
    }

    QVector<ScheduleEntry> schedule;
    for (qint64 id : std::as_const(training))
        schedule.append({id, false, false});
    schedule += rest;
    if (pairwise) {
        for (ScheduleEntry &entry : schedule)
            entry.swapped = random.coin();
    }
    return schedule;
}

} // namespace iqa
