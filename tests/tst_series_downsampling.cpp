// Down-sampling of day series for drawing: keeps peaks and dips, never invents a
// point, keeps gaps, and leaves short ranges untouched.
#include "trends/DownSampling.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace nd;

namespace {

// A noisy daily series over `days` days starting at x = 1000, with holes.
QList<QPointF> noisySeries(int days, quint32 seed, int holeEvery = 0)
{
    QRandomGenerator random(seed);
    QList<QPointF> points;
    for (int day = 0; day < days; ++day) {
        if (holeEvery > 0 && day % holeEvery == holeEvery - 1)
            continue;
        points.append(QPointF(1000 + day, random.bounded(2, 8)));
    }
    return points;
}

double maxY(const QList<QPointF> &points)
{
    return std::max_element(points.cbegin(), points.cend(),
                            [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); })
        ->y();
}

} // namespace

class TestSeriesDownSampling : public QObject
{
    Q_OBJECT

private slots:
    void keepsPeaksAndDips_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("buckets");
        QTest::addColumn<int>("peakDay");
        QTest::newRow("ten years on a thousand-pixel chart, peak mid-way") << 3650 << 500 << 1234;
        QTest::newRow("ten years, peak on the very first day") << 3650 << 500 << 0;
        QTest::newRow("ten years, peak on the very last day") << 3650 << 500 << 3649;
        QTest::newRow("one year on a narrow chart") << 365 << 40 << 200;
        QTest::newRow("buckets that do not divide the days evenly") << 1000 << 333 << 997;
    }

    void keepsPeaksAndDips()
    {
        QFETCH(int, days);
        QFETCH(int, buckets);
        QFETCH(int, peakDay);
        QList<QPointF> points = noisySeries(days, quint32(days + peakDay));
        points[peakDay].setY(10);
        points[(peakDay + days / 2) % days].setY(0);
        const QList<QPointF> thinned = DownSampling::minMaxPerBucket(points, 1000, 1000 + days - 1, buckets);
        QVERIFY(thinned.size() <= 2 * buckets);
        QVERIFY(thinned.size() < points.size());
        QVERIFY(thinned.contains(QPointF(1000 + peakDay, 10)));
        QVERIFY(thinned.contains(points[(peakDay + days / 2) % days]));
        QCOMPARE(maxY(thinned), 10.0);
    }

    void everyPointIsAnOriginalPointInOrder()
    {
        const QList<QPointF> points = noisySeries(3650, 7, 17);
        const QList<QPointF> thinned = DownSampling::minMaxPerBucket(points, 1000, 1000 + 3649, 400);
        QVERIFY(std::is_sorted(thinned.cbegin(), thinned.cend(),
                               [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
        for (const QPointF &point : thinned)
            QVERIFY(points.contains(point));
    }

    void fewerDaysThanBucketsIsNotThinned()
    {
        const QList<QPointF> points = noisySeries(90, 3);
        const QList<DownSampling::Run> runs = DownSampling::thinnedRuns(points, 1000, 1089, 800);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first(), points);
    }

    void aMissedDayBreaksTheLineWhenEveryDayHasItsBucket()
    {
        const QList<QPointF> points{{1000, 1}, {1001, 2}, {1003, 3}, {1004, 4}, {1010, 5}};
        const QList<DownSampling::Run> runs = DownSampling::thinnedRuns(points, 1000, 1010, 100);
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs[0], (QList<QPointF>{{1000, 1}, {1001, 2}}));
        QCOMPARE(runs[1], (QList<QPointF>{{1003, 3}, {1004, 4}}));
        QCOMPARE(runs[2], (QList<QPointF>{{1010, 5}}));
    }

    void aGapWiderThanABucketSurvivesThinning()
    {
        // Ten years with a two-month hole in the middle, 10-day buckets.
        QList<QPointF> points = noisySeries(3650, 11);
        points.erase(points.begin() + 1800, points.begin() + 1860);
        const QList<DownSampling::Run> runs = DownSampling::thinnedRuns(points, 1000, 1000 + 3649, 365);
        QCOMPARE(runs.size(), 2);
        QVERIFY(runs[0].last().x() < 1000 + 1800);
        QVERIFY(runs[1].first().x() >= 1000 + 1860);
    }

    void pointsOutsideTheRangeAreLeftOut()
    {
        const QList<QPointF> points = noisySeries(100, 5);
        const QList<QPointF> thinned = DownSampling::minMaxPerBucket(points, 1010, 1019, 100);
        QCOMPARE(thinned.size(), 10);
        QCOMPARE(thinned.first().x(), 1010.0);
        QCOMPARE(thinned.last().x(), 1019.0);
    }

    void emptyInputGivesNothing()
    {
        QVERIFY(DownSampling::thinnedRuns({}, 0, 10, 5).isEmpty());
        QVERIFY(DownSampling::minMaxPerBucket({{5, 1}}, 10, 0, 5).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSeriesDownSampling)
#include "tst_series_downsampling.moc"
