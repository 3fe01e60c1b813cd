#include "DownSampling.h"

#include <algorithm>
#include <cmath>

namespace nd {

namespace {

// Emits the lowest and highest point of one bucket, in x order (one point when they
// are the same point).
void emitBucket(const QList<QPointF> &points, qsizetype begin, qsizetype end, QList<QPointF> &out)
{
    qsizetype lowest = begin;
    qsizetype highest = begin;
    for (qsizetype i = begin + 1; i < end; ++i) {
        if (points[i].y() < points[lowest].y())
            lowest = i;
        if (points[i].y() > points[highest].y())
            highest = i;
    }
    if (lowest == highest) {
        out.append(points[lowest]);
        return;
    }
    out.append(points[std::min(lowest, highest)]);
    out.append(points[std::max(lowest, highest)]);
}

} // namespace

QList<DownSampling::Run> DownSampling::thinnedRuns(const QList<QPointF> &points, double firstX, double lastX,
                                                   int bucketCount)
{
    QList<Run> runs;
    if (points.isEmpty() || lastX < firstX)
        return runs;
    const double span = lastX - firstX + 1;
    const double width = std::max(1.0, span / double(std::max(bucketCount, 1)));

    qint64 previousBucket = -2;
    qsizetype i = 0;
    while (i < points.size() && points[i].x() < firstX)
        ++i;
    while (i < points.size() && points[i].x() <= lastX) {
        const qint64 bucket = qint64(std::floor((points[i].x() - firstX) / width));
        qsizetype end = i + 1;
        while (end < points.size() && points[end].x() <= lastX &&
               qint64(std::floor((points[end].x() - firstX) / width)) == bucket)
            ++end;
        if (bucket != previousBucket + 1)
            runs.append(Run());
        emitBucket(points, i, end, runs.last());
        previousBucket = bucket;
        i = end;
    }
    return runs;
}

QList<QPointF> DownSampling::minMaxPerBucket(const QList<QPointF> &points, double firstX, double lastX,
                                             int bucketCount)
{
    return joined(thinnedRuns(points, firstX, lastX, bucketCount));
}

QList<QPointF> DownSampling::joined(const QList<Run> &runs)
{
    QList<QPointF> result;
    for (const Run &run : runs)
        result.append(run);
    return result;
}

} // namespace nd
