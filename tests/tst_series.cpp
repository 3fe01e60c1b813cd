// The series builder of the Trends page and the report: gaps, 7-day averages,
// ranges, task levels, falls, grades, authors, events and flags.
#include "analysis/DiaryAnalysis.h"
#include "trends/EventLabels.h"
#include "trends/FlagDays.h"
#include "trends/RegionBuckets.h"
#include "trends/TrendSeries.h"

#include <QTest>

using namespace nd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nd::DayPoints)

namespace {

const QDate kDay0(2026, 3, 1);

Entry entryOn(int day, Author author = Author::Patient)
{
    return Entry(kDay0.addDays(day), author);
}

Entry handsEntry(int day, int numbness, Author author = Author::Patient)
{
    Entry entry = entryOn(day, author);
    entry.setValue(Field::NumbnessHands, numbness);
    return entry;
}

double x(int day)
{
    return dayX(kDay0.addDays(day));
}

DayRange daysRange(int first, int last)
{
    return DayRange{kDay0.addDays(first), kDay0.addDays(last)};
}

TrendSeries build(const QList<Entry> &entries, DayRange range, const QList<TreatmentEvent> &events = {})
{
    const DiaryAnalysis analysis = DiaryAnalysis::compute(entries, std::nullopt, {});
    return TrendSeriesBuilder::build(analysis, events, range);
}

} // namespace

class TestSeries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void sevenDayAverage_data()
    {
        QTest::addColumn<DayPoints>("daily");
        QTest::addColumn<DayPoints>("expected");
        QTest::newRow("a single day is its own average") << DayPoints{{10, 4}} << DayPoints{{10, 4}};
        QTest::newRow("consecutive days average everything so far")
            << DayPoints{{10, 2}, {11, 4}, {12, 6}} << DayPoints{{10, 2}, {11, 3}, {12, 4}};
        QTest::newRow("a day six days back is still inside the window")
            << DayPoints{{10, 2}, {16, 4}} << DayPoints{{10, 2}, {16, 3}};
        QTest::newRow("a day seven days back has left the window")
            << DayPoints{{10, 2}, {17, 4}} << DayPoints{{10, 2}, {17, 4}};
        QTest::newRow("missed days are not counted as zero")
            << DayPoints{{10, 6}, {13, 6}, {15, 0}} << DayPoints{{10, 6}, {13, 6}, {15, 4}};
        QTest::newRow("a long gap restarts the average after it")
            << DayPoints{{1, 9}, {2, 9}, {30, 1}, {31, 3}} << DayPoints{{1, 9}, {2, 9}, {30, 1}, {31, 2}};
    }

    void sevenDayAverage()
    {
        QFETCH(DayPoints, daily);
        QFETCH(DayPoints, expected);
        const DayPoints average = TrendSeriesBuilder::sevenDayAverage(daily);
        QCOMPARE(average.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(average[i].x(), expected[i].x());
            QVERIFY2(qAbs(average[i].y() - expected[i].y()) < 1e-9,
                     qPrintable(u"day %1: %2 instead of %3"_s.arg(average[i].x())
                                    .arg(average[i].y())
                                    .arg(expected[i].y())));
        }
    }

    void gapsStayGaps()
    {
        // Logged on days 0, 1 and 4; nothing on 2 and 3.
        const TrendSeries series =
            build({handsEntry(0, 3), handsEntry(1, 5), handsEntry(4, 7)}, daysRange(0, 6));
        const DayPoints &hands = series.limbScore[std::size_t(Limb::Hands)];
        QCOMPARE(hands, (DayPoints{{x(0), 3}, {x(1), 5}, {x(4), 7}}));
        QCOMPARE(series.limbAverage[std::size_t(Limb::Hands)].size(), 3);
        QCOMPARE(series.limbAverage[std::size_t(Limb::Hands)].last(), QPointF(x(4), 5));
        QVERIFY(series.limbScore[std::size_t(Limb::Feet)].isEmpty());
        QVERIFY(series.day(kDay0.addDays(2)) == nullptr);
        QVERIFY(series.day(kDay0.addDays(4)) != nullptr);
    }

    void blankFieldsHaveNoPoint()
    {
        Entry onlyTasks = entryOn(0);
        onlyTasks.setValue(Field::Walking, 2);
        const TrendSeries series = build({onlyTasks}, daysRange(0, 0));
        QVERIFY(series.limbScore[0].isEmpty());
        QVERIFY(series.limbAverage[0].isEmpty());
        QVERIFY(series.symptomSeries(Symptom::Cold, Limb::Feet).isEmpty());
        QCOMPARE(series.taskSeries(Field::Walking), (DayPoints{{x(0), 2}}));
        QVERIFY(series.taskSeries(Field::Buttoning).isEmpty());
        QCOMPARE(series.grade, (DayPoints{{x(0), 2}}));
    }

    void averageUsesDaysBeforeTheRange()
    {
        const TrendSeries series =
            build({handsEntry(0, 8), handsEntry(3, 8), handsEntry(6, 2)}, daysRange(5, 10));
        QCOMPARE(series.limbScore[0], (DayPoints{{x(6), 2}}));
        QCOMPARE(series.limbAverage[0], (DayPoints{{x(6), 6}}));
        QCOMPARE(series.days.size(), 1);
    }

    void rangeLimitsEverything_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<int>("dayCount");
        QTest::newRow("the whole diary") << 0 << 29 << 30;
        QTest::newRow("the last ten days") << 20 << 29 << 10;
        QTest::newRow("a single day") << 7 << 7 << 1;
        QTest::newRow("a range after the diary") << 40 << 60 << 0;
        QTest::newRow("a range reaching before the diary") << -10 << 4 << 5;
    }

    void rangeLimitsEverything()
    {
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(int, dayCount);
        QList<Entry> entries;
        QList<TreatmentEvent> events;
        for (int day = 0; day < 30; ++day) {
            Entry entry = handsEntry(day, day % 10);
            entry.setValue(Field::Buttoning, day % 5);
            entry.setValue(Field::Falls, day % 3 == 0 ? 1 : 0);
            entries.append(entry);
            if (day % 7 == 0)
                events.append(TreatmentEvent{0, kDay0.addDays(day), EventKind::Infusion, u"drug"_s, {}});
        }
        const TrendSeries series = build(entries, daysRange(first, last), events);
        QCOMPARE(series.range, daysRange(first, last));
        QCOMPARE(series.days.size(), dayCount);
        QCOMPARE(series.limbScore[0].size(), dayCount);
        QCOMPARE(series.limbAverage[0].size(), dayCount);
        QCOMPARE(series.taskSeries(Field::Buttoning).size(), dayCount);
        QCOMPARE(series.falls.size(), dayCount);
        QCOMPARE(series.grade.size(), dayCount);
        const auto inRange = [&](const QPointF &p) {
            return p.x() >= x(first) && p.x() <= x(last);
        };
        QVERIFY(std::all_of(series.limbScore[0].cbegin(), series.limbScore[0].cend(), inRange));
        for (const TreatmentEvent &event : series.events)
            QVERIFY(series.range.contains(event.date));
        int expectedEvents = 0;
        for (const TreatmentEvent &event : events)
            expectedEvents += series.range.contains(event.date) ? 1 : 0;
        QCOMPARE(series.events.size(), expectedEvents);
        for (const AcknowledgedFlag &flag : series.flags)
            QVERIFY(series.range.contains(flag.flag.date));
    }

    void everySymptomHasItsSeries()
    {
        Entry entry = entryOn(0);
        int value = 0;
        for (Limb limb : {Limb::Hands, Limb::Feet})
            for (int s = 0; s < kSymptomCount; ++s)
                entry.setValue(symptomField(Symptom(s), limb), value++ % 11);
        const TrendSeries series = build({entry}, daysRange(0, 0));
        value = 0;
        for (Limb limb : {Limb::Hands, Limb::Feet})
            for (int s = 0; s < kSymptomCount; ++s)
                QCOMPARE(series.symptomSeries(Symptom(s), limb), (DayPoints{{x(0), double(value++ % 11)}}));
        // The limb score leaves out cold (4 / 10) and weakness (5 / 11).
        QCOMPARE(series.limbScore[std::size_t(Limb::Hands)], (DayPoints{{x(0), 3}}));
        QCOMPARE(series.limbScore[std::size_t(Limb::Feet)], (DayPoints{{x(0), 9}}));
    }

    void allEightTasksFallsAndNearFalls()
    {
        Entry entry = entryOn(0);
        for (std::size_t t = 0; t < kTaskFields.size(); ++t)
            entry.setValue(kTaskFields[t], int(t % 5));
        entry.setValue(Field::Falls, 0);
        entry.setValue(Field::NearFalls, 2);
        Entry fallDay = entryOn(1);
        fallDay.setValue(Field::Falls, 1);
        const TrendSeries series = build({entry, fallDay}, daysRange(0, 1));
        for (std::size_t t = 0; t < kTaskFields.size(); ++t)
            QCOMPARE(series.task[t], (DayPoints{{x(0), double(t % 5)}}));
        QCOMPARE(series.falls, (DayPoints{{x(0), 0}, {x(1), 1}}));
        QCOMPARE(TrendSeriesBuilder::daysWith(series.falls, 1), (DayPoints{{x(1), 1}}));
        QCOMPARE(series.nearFalls, (DayPoints{{x(0), 2}}));
    }

    void taskGroupsTakeTheDaysHighestLevel()
    {
        Entry first = entryOn(0);
        first.setValue(Field::Buttoning, 1);
        first.setValue(Field::SmallObjects, 3);
        first.setValue(Field::Balance, 2);
        Entry second = entryOn(1);
        second.setValue(Field::Walking, 0);
        const TrendSeries series = build({first, second}, daysRange(0, 1));
        QCOMPARE(series.fineTasks, (DayPoints{{x(0), 3}}));
        QCOMPARE(series.walkingTasks, (DayPoints{{x(0), 2}, {x(1), 0}}));
    }

    void regionBucketsCountMarkedDaysPerWeek()
    {
        // 2026-03-02 is a Monday; kDay0 (2026-03-01) a Sunday.
        const Region fingertips{Side::Left, BodyPart::Fingertips};
        const Region wrist{Side::Right, BodyPart::Wrist};
        QList<Entry> entries;
        for (int day = 0; day < 15; ++day) {
            Entry entry = handsEntry(day, 2);
            RegionSet regions;
            regions.insert(fingertips);
            if (day >= 8)
                regions.insert(wrist);
            entry.setRegions(regions);
            if (day != 3)
                entries.append(entry);
        }
        const QList<RegionBucket> weeks = regionBuckets(buildDayValues(entries), daysRange(0, 14), 7);
        QCOMPARE(weeks.size(), 3);
        QCOMPARE(weeks[0].days, daysRange(0, 0)); // the Sunday alone, cut by the range
        QCOMPARE(weeks[1].days, daysRange(1, 7));
        QCOMPARE(weeks[2].days, daysRange(8, 14));
        QCOMPARE(weeks[1].loggedDays, 6); // day 3 missed
        QCOMPARE(weeks[1].markedDays[std::size_t(fingertips.index())], 6);
        QCOMPARE(weeks[1].markedDays[std::size_t(wrist.index())], 0);
        QCOMPARE(weeks[2].share(wrist), 1.0);
        QCOMPARE(weeks[2].share(Region{Side::Left, BodyPart::Ankle}), 0.0);

        const QList<RegionBucket> fortnights = regionBuckets(buildDayValues(entries), daysRange(0, 14), 5);
        QCOMPARE(fortnights.size(), 3);
        QCOMPARE(fortnights[0].days, daysRange(0, 4));
        QCOMPARE(fortnights[0].loggedDays, 4);
    }

    void eventLabelsSayWhatHappened()
    {
        const TreatmentEvent infusion{0, kDay0, EventKind::Infusion, u"Pembrolizumab"_s, u"Cycle 3"_s};
        QCOMPARE(eventShortLabel(infusion), u"Pembrolizumab"_s);
        QCOMPARE(eventDescription(infusion), u"Infusion: Pembrolizumab (Cycle 3)"_s);
        const TreatmentEvent visit{0, kDay0, EventKind::Appointment, {}, {}};
        QCOMPARE(eventShortLabel(visit), u"Appointment"_s);
        QCOMPARE(eventDescription(visit), u"Appointment"_s);
    }

    void dayValuesMergePatientAndCaregiver()
    {
        const TrendSeries series = build({handsEntry(0, 2), handsEntry(0, 6, Author::Caregiver),
                                          handsEntry(1, 4, Author::Caregiver), handsEntry(2, 1)},
                                         daysRange(0, 2));
        QCOMPARE(series.limbScore[0], (DayPoints{{x(0), 6}, {x(1), 4}, {x(2), 1}}));
        const DayValues *both = series.day(kDay0);
        QVERIFY(both && both->hasEntryBy(Author::Patient) && both->hasEntryBy(Author::Caregiver));
        QVERIFY(series.day(kDay0.addDays(1))->isCaregiverOnly());
        QVERIFY(!series.day(kDay0.addDays(2))->hasEntryBy(Author::Caregiver));
    }

    void flagsAndBaselineComeFromTheEngine()
    {
        // A week of calm, then a fall: rule 5 flags the fall day.
        QList<Entry> entries;
        for (int day = 0; day < 7; ++day)
            entries.append(handsEntry(day, 1));
        Entry fall = handsEntry(9, 1);
        fall.setValue(Field::Falls, 1);
        entries.append(fall);
        const DiaryAnalysis analysis = DiaryAnalysis::compute(entries, std::nullopt, {});
        const TrendSeries series = TrendSeriesBuilder::build(analysis, {}, daysRange(0, 9));
        QCOMPARE(series.flags.size(), analysis.flags.size());
        QVERIFY(!series.flags.isEmpty());
        QVERIFY(std::any_of(series.flags.cbegin(), series.flags.cend(),
                            [](const AcknowledgedFlag &f) { return f.flag.rule == Rule::Fall; }));
        QCOMPARE(series.flagsOn(kDay0.addDays(9)).size(), 1);
        QVERIFY(series.baseline.has_value());
        QCOMPARE(*series.baseline, (BaselinePeriod{kDay0, kDay0.addDays(6)}));

        const TrendSeries before = TrendSeriesBuilder::build(analysis, {}, daysRange(0, 8));
        QVERIFY(before.flags.isEmpty());

        const QMap<QDate, FlagDay> marks = flagDays(analysis.flags);
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.firstKey(), kDay0.addDays(9));
        QCOMPARE(int(marks.first().level), int(FlagLevel::ContactTeam));
        QVERIFY(!marks.first().allDiscussed);
    }

    void presetRanges()
    {
        const QDate today(2026, 11, 25);
        QCOMPARE(TrendSeriesBuilder::lastDays(today, 30), (DayRange{QDate(2026, 10, 27), today}));
        QCOMPARE(TrendSeriesBuilder::lastDays(today, 30).dayCount(), 30);
        QCOMPARE(TrendSeriesBuilder::lastDays(today, 365).dayCount(), 365);
        const QList<DayValues> days = buildDayValues({handsEntry(0, 1), handsEntry(5, 1)});
        QCOMPARE(TrendSeriesBuilder::wholeDiary(days, today), (DayRange{kDay0, today}));
        QCOMPARE(TrendSeriesBuilder::wholeDiary({}, today), (DayRange{today, today}));
    }

    void emptyDiaryGivesEmptySeries()
    {
        const TrendSeries series = build({}, daysRange(0, 30));
        QVERIFY(series.isEmpty());
        QVERIFY(series.limbScore[0].isEmpty());
        QVERIFY(series.grade.isEmpty());
        QVERIFY(!series.baseline.has_value());
    }
};

QTEST_GUILESS_MAIN(TestSeries)
#include "tst_series.moc"
