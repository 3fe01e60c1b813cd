#pragma once

#include "TrendSeries.h"
#include "model/Region.h"

#include <QDate>
#include <QList>

#include <array>

namespace nd {

// The body map over time: for each stretch of days (usually a week), on how many of
// its logged days each of the 16 regions was marked. Spreading shows as marks moving
// from fingertips and toes towards wrists and ankles.
struct RegionBucket
{
    DayRange days;      // the stretch, inclusive (the first and last may be cut by the range)
    int loggedDays = 0; // days with an entry (whose regions count)
    std::array<int, kRegionCount> markedDays{}; // indexed by Region::index()

    // Share of the logged days on which the region was marked, 0 when nothing was logged.
    double share(Region region) const
    {
        return loggedDays > 0 ? double(markedDays[std::size_t(region.index())]) / loggedDays : 0.0;
    }
};

// Buckets of `bucketDays` days covering `range`. Buckets start on Mondays when
// bucketDays is a multiple of 7 (so weeks read as calendar weeks); the first bucket
// is then cut at range.first. `days` sorted by date, as buildDayValues gives.
QList<RegionBucket> regionBuckets(const QList<DayValues> &days, DayRange range, int bucketDays);

} // namespace nd
