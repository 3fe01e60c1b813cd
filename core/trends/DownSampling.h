#pragma once

#include <QList>
#include <QPointF>

namespace nd {

// Thinning of day series for drawing: a 10-year diary has 3,650 points per series,
// but a chart is about a thousand pixels wide. Drawing more points than pixels costs
// time and shows nothing more.
//
// The method is min/max per bucket: the x range is cut into equal buckets, and from
// each bucket only its lowest and its highest point are kept (in x order). Peaks and
// dips therefore survive — the worst day of a month still shows on a 10-year chart —
// and every point returned is an original point: nothing is averaged or invented.
namespace DownSampling {

// A run of points with no gap: drawn as one connected line.
using Run = QList<QPointF>;

// Thins `points` (sorted by x) for `bucketCount` buckets across [firstX, lastX + 1)
// and splits them into runs: a new run starts after an empty bucket, so a gap in the
// diary stays a gap in the drawing. Buckets are never narrower than one day: when the
// range has fewer days than buckets nothing is thinned and runs break at every day
// without a value. Points outside [firstX, lastX] are left out.
QList<Run> thinnedRuns(const QList<QPointF> &points, double firstX, double lastX, int bucketCount);

// The same without the run splitting: at most 2 × bucketCount points.
QList<QPointF> minMaxPerBucket(const QList<QPointF> &points, double firstX, double lastX, int bucketCount);

// All runs joined into one list (for callers that draw markers, not lines).
QList<QPointF> joined(const QList<Run> &runs);

} // namespace DownSampling

} // namespace nd
