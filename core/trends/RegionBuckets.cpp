#include "RegionBuckets.h"

#include <algorithm>

namespace nd {

QList<RegionBucket> regionBuckets(const QList<DayValues> &days, DayRange range, int bucketDays)
{
    QList<RegionBucket> buckets;
    if (!range.isValid() || bucketDays < 1)
        return buckets;
    // Weekly buckets follow calendar weeks (Monday first).
    const QDate origin =
        bucketDays % 7 == 0 ? range.first.addDays(-(range.first.dayOfWeek() - 1)) : range.first;
    const auto indexOf = [&](QDate date) {
        return origin.daysTo(date) / bucketDays;
    };
    const qint64 count = indexOf(range.last) + 1;
    buckets.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        RegionBucket bucket;
        bucket.days.first = std::max(origin.addDays(i * bucketDays), range.first);
        bucket.days.last = std::min(origin.addDays((i + 1) * bucketDays - 1), range.last);
        buckets.append(bucket);
    }
    auto it = std::lower_bound(days.cbegin(), days.cend(), range.first,
                               [](const DayValues &day, QDate date) { return day.date() < date; });
    for (; it != days.cend() && it->date() <= range.last; ++it) {
        RegionBucket &bucket = buckets[indexOf(it->date())];
        ++bucket.loggedDays;
        const quint32 bits = it->regions().bits();
        for (int r = 0; r < kRegionCount; ++r)
            if (bits & (1u << r))
                ++bucket.markedDays[std::size_t(r)];
    }
    return buckets;
}

} // namespace nd
