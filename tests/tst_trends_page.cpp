// The Trends page on a demo diary: lazy building, range buttons changing the shared
// axis, the custom range, the keyboard day cursor and its side panel (with whose
// entries), series toggles, the engine's flags on the chart, and a ten-year diary
// drawn down-sampled with its peak kept.
#include "FixedClock.h"
#include "TempDiary.h"

#include "demo/DemoDiary.h"
#include "insights/AnalysisCache.h"
#include "insights/DayAxis.h"
#include "insights/LegendToggle.h"
#include "insights/RegionTimeline.h"
#include "insights/TrendChart.h"
#include "insights/TrendChartStack.h"
#include "pages/TrendsPage.h"
#include "trends/EventLabels.h"
#include "util/Clock.h"

#include <QDateEdit>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 25);

bool fillWithDemo(DiaryStore &store, int days, QDate lastDay)
{
    DemoOptions options;
    options.days = days;
    options.lastDay = lastDay;
    const DemoDiary demo = generateDemoDiary(options);
    return writeDemoDiary(store, demo);
}

DayRange axisRange(TrendChart *chart)
{
    // The axis reaches a little beyond the range's days (room for their markers); its days:
    const DayRange days = chart->dayAxis()->range();
    // and the plot starts and ends within half a marker of them.
    if (chart->xDomain().first > dayX(days.first) - 0.5 || chart->xDomain().second < dayX(days.last) + 0.5)
        return {};
    return days;
}

} // namespace

class TestTrendsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_diary.open());
        QVERIFY(fillWithDemo(m_diary.store(), 180, kToday));
        m_cache = std::make_unique<AnalysisCache>(m_diary.store());
        m_page = std::make_unique<TrendsPage>(*m_cache, m_clock);
        m_page->resize(1280, 900);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_cache.reset();
    }

    void pageIsBuiltOnlyWhenFirstShown()
    {
        QVERIFY(!m_page->isBuilt());
        m_page->show();
        QVERIFY(m_page->isBuilt());
        QTRY_VERIFY(m_cache->isReady());
        QTRY_VERIFY(m_page->range().isValid());
        QCOMPARE(int(m_page->preset()), int(TrendsPage::Preset::Days90));
    }

    void rangeButtonsChangeTheSharedAxis_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QDate>("first");
        QTest::newRow("30 days ends today") << u"range30"_s << kToday.addDays(-29);
        QTest::newRow("1 year of a younger diary starts on its first entry")
            << u"range365"_s << kToday.addDays(-179);
        QTest::newRow("all starts on the first entry") << u"rangeAll"_s << kToday.addDays(-179);
        QTest::newRow("90 days ends today") << u"range90"_s << kToday.addDays(-89);
    }

    void rangeButtonsChangeTheSharedAxis()
    {
        QFETCH(QString, button);
        QFETCH(QDate, first);
        auto *pushButton = m_page->findChild<QPushButton *>(button);
        QVERIFY(pushButton);
        QTest::mouseClick(pushButton, Qt::LeftButton);
        QVERIFY(pushButton->isChecked());
        const DayRange expected{first, kToday};
        QCOMPARE(m_page->range(), expected);
        for (int kind = 0; kind < TrendChartStack::ChartCount; ++kind)
            QCOMPARE(axisRange(m_page->charts()->chart(TrendChartStack::ChartKind(kind))), expected);
        QCOMPARE(m_page->charts()->regionTimeline()->buckets().first().days.first, first);
        // Every logged day of the range is in the series, and nothing outside it.
        for (const DayValues &day : m_page->series().days)
            QVERIFY(expected.contains(day.date()));
    }

    void customRangeShowsTheChosenDays()
    {
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"range30"_s), Qt::LeftButton);
        const DayRange shown = m_page->range();
        auto *custom = m_page->findChild<QPushButton *>(u"rangeCustom"_s);
        QTest::mouseClick(custom, Qt::LeftButton);
        // "Choose dates" starts from the days shown: nothing jumps, and the chosen button
        // never claims days the charts do not show.
        QVERIFY(custom->isChecked());
        QCOMPARE(int(m_page->preset()), int(TrendsPage::Preset::Custom));
        QCOMPARE(m_page->range(), shown);
        auto *from = m_page->findChild<QDateEdit *>(u"periodFirst"_s);
        auto *to = m_page->findChild<QDateEdit *>(u"periodLast"_s);
        QVERIFY(from && from->isVisible() && to);
        QCOMPARE(from->date(), shown.first);
        // Every change of a date shows at once: no further button to hit.
        from->setDate(QDate(2026, 8, 1));
        QCOMPARE(m_page->range(), (DayRange{QDate(2026, 8, 1), shown.last}));
        to->setDate(QDate(2026, 8, 31));
        const DayRange august{QDate(2026, 8, 1), QDate(2026, 8, 31)};
        QCOMPARE(m_page->range(), august);
        QCOMPARE(axisRange(m_page->charts()->chart(TrendChartStack::ScoresChart)), august);
        QCOMPARE(int(m_page->preset()), int(TrendsPage::Preset::Custom));
        // Swapped dates are put in order rather than refused.
        m_page->showCustomRange(QDate(2026, 9, 10), QDate(2026, 9, 1));
        QCOMPARE(m_page->range(), (DayRange{QDate(2026, 9, 1), QDate(2026, 9, 10)}));
        m_page->showPreset(TrendsPage::Preset::Days90);
        QVERIFY(!from->isVisible());
    }

    void keyboardMovesTheCursorDayByDay()
    {
        TrendChartStack *stack = m_page->charts();
        stack->setFocus();
        m_page->setCursorDay(QDate(2026, 10, 15));
        QTest::keyClick(stack, Qt::Key_Right);
        QCOMPARE(m_page->cursorDay(), QDate(2026, 10, 16));
        QTest::keyClick(stack, Qt::Key_Left);
        QTest::keyClick(stack, Qt::Key_Left);
        QCOMPARE(m_page->cursorDay(), QDate(2026, 10, 14));
        QTest::keyClick(stack, Qt::Key_PageUp);
        QCOMPARE(m_page->cursorDay(), QDate(2026, 10, 7));
        QTest::keyClick(stack, Qt::Key_End);
        QCOMPARE(m_page->cursorDay(), kToday);
        QTest::keyClick(stack, Qt::Key_Right); // stays inside the range
        QCOMPARE(m_page->cursorDay(), kToday);
        QTest::keyClick(stack, Qt::Key_Home);
        QCOMPARE(m_page->cursorDay(), m_page->range().first);
        QVERIFY(
            m_page->detailsText().contains(QLocale().toString(m_page->range().first, QLocale::LongFormat)));

        QTest::mouseClick(m_page->findChild<QPushButton *>(u"nextDay"_s), Qt::LeftButton);
        QCOMPARE(m_page->cursorDay(), m_page->range().first.addDays(1));
    }

    void sidePanelShowsEveryValueAndWhoseEntries()
    {
        const QList<DayValues> &days = m_page->series().days;
        const auto caregiverDay = std::find_if(days.cbegin(), days.cend(), [](const DayValues &day) {
            return day.hasEntryBy(Author::Caregiver) && day.limbScore(Limb::Feet).has_value();
        });
        QVERIFY(caregiverDay != days.cend());
        m_page->setCursorDay(caregiverDay->date());
        const QString text = m_page->detailsText();
        QVERIFY2(text.contains(u"caregiver"_s), qPrintable(text));
        QVERIFY(text.contains(u"Feet score"_s));
        QVERIFY(text.contains(QString::number(*caregiverDay->limbScore(Limb::Feet))));
        QVERIFY(text.contains(u"7-day average"_s));
        QVERIFY(text.contains(u"Cold sensitivity"_s));
        QVERIFY(text.contains(u"Weakness"_s));
        QVERIFY(text.contains(u"Feeling the ground"_s));
        QVERIFY(text.contains(u"Estimated grade"_s));

        const auto patientOnly = std::find_if(days.cbegin(), days.cend(), [](const DayValues &day) {
            return !day.hasEntryBy(Author::Caregiver);
        });
        m_page->setCursorDay(patientOnly->date());
        QVERIFY(m_page->detailsText().contains(u"Logged by the patient"_s));
        QVERIFY(!m_page->detailsText().contains(u"caregiver"_s));
    }

    // A caregiver's higher value replaced the patient's without a word (issue 16): the panel
    // shows the day's value (the highest) and says whose it is, with the other one.
    void aValueThePatientAndACaregiverPutDifferentlySaysWhoseItIs_data()
    {
        QTest::addColumn<int>("patient");
        QTest::addColumn<int>("caregiver");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the caregiver's is higher") << 5 << 7 << u"Numbness 7 (caregiver; patient 5)"_s;
        QTest::newRow("the patient's is higher") << 8 << 6 << u"Numbness 8 (patient; caregiver 6)"_s;
        QTest::newRow("the same value says nothing more") << 4 << 4 << u"Numbness 4 "_s;
    }
    void aValueThePatientAndACaregiverPutDifferentlySaysWhoseItIs()
    {
        QFETCH(int, patient);
        QFETCH(int, caregiver);
        QFETCH(QString, expected);
        test::TempDiary diary;
        QVERIFY(diary.open());
        const QDate day = kToday.addDays(-1);
        Entry mine(day, Author::Patient);
        mine.setValue(Field::NumbnessHands, patient);
        Entry theirs(day, Author::Caregiver);
        theirs.setValue(Field::NumbnessHands, caregiver);
        QVERIFY(diary.store().saveEntry(mine));
        QVERIFY(diary.store().saveEntry(theirs));
        AnalysisCache cache(diary.store());
        TrendsPage page(cache, m_clock);
        page.show();
        QTRY_VERIFY(page.range().isValid());
        page.setCursorDay(day);
        const QString text = page.detailsText().simplified();
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(text.contains(u"Hands score "_s + QString::number(std::max(patient, caregiver))));
    }

    void legendTogglesHideAndShowTheirSeries()
    {
        TrendChart *scores = m_page->charts()->chart(TrendChartStack::ScoresChart);
        auto *toggle = m_page->findChild<LegendToggle *>(u"toggleHandsAverage"_s);
        QVERIFY(toggle && toggle->isChecked());
        QVERIFY(toggle->height() >= 44);
        const int set = 2; // hands average, see TrendChartStack
        QCOMPARE(scores->dataSetName(set), toggle->text());
        QVERIFY(scores->isDataSetVisible(set));
        toggle->setFocus();
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(!toggle->isChecked());
        QVERIFY(!scores->isDataSetVisible(set));
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(scores->isDataSetVisible(set));
    }

    void flagMarkersAreTheEnginesFlags()
    {
        m_page->showPreset(TrendsPage::Preset::Days90);
        const DayRange range = m_page->range();
        QSet<QDate> engineDays;
        for (const AcknowledgedFlag &flag : m_cache->analysis().flags)
            if (range.contains(flag.flag.date))
                engineDays.insert(flag.flag.date);
        QVERIFY(!engineDays.isEmpty());
        TrendChart *flags = m_page->charts()->chart(TrendChartStack::FlagsChart);
        QSet<QDate> shownDays;
        for (QAbstractSeries *series : flags->chart()->series())
            for (const QPointF &point : static_cast<QXYSeries *>(series)->points())
                shownDays.insert(dayOfX(point.x()));
        QCOMPARE(shownDays, engineDays);
    }

    // Today's flag at the right edge was cut in half by the plot's edge (issue 16).
    void theFirstAndLastDaysMarkersFitInsideThePlot_data()
    {
        QTest::addColumn<int>("preset");
        QTest::newRow("30 days") << int(TrendsPage::Preset::Days30);
        QTest::newRow("90 days") << int(TrendsPage::Preset::Days90);
        QTest::newRow("the whole diary") << int(TrendsPage::Preset::All);
    }
    void theFirstAndLastDaysMarkersFitInsideThePlot()
    {
        QFETCH(int, preset);
        m_page->show();
        m_page->showPreset(TrendsPage::Preset(preset));
        const qreal largestMarker = 15;
        for (int kind = 0; kind < TrendChartStack::ChartCount; ++kind) {
            TrendChart *chart = m_page->charts()->chart(TrendChartStack::ChartKind(kind));
            const QRectF plot = chart->plotArea();
            QVERIFY2(plot.right() - chart->dayPosition(m_page->range().last) >= largestMarker / 2 + 1,
                     qPrintable(u"chart %1: %2 px"_s.arg(kind).arg(
                         plot.right() - chart->dayPosition(m_page->range().last))));
            QVERIFY(chart->dayPosition(m_page->range().first) - plot.left() >= largestMarker / 2 + 1);
            // A click on the last day's marker still finds that day.
            const QPoint onLast(int(chart->dayPosition(m_page->range().last)), int(plot.center().y()));
            QCOMPARE(chart->dayAt(onLast), std::optional<QDate>(m_page->range().last));
        }
    }

    // "Pembrolizur": a label cut mid-word by the next event's line or the plot's edge.
    void eventLabelsAreWholeOrShortenedWithAnEllipsis_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("on a wide page") << 1280;
        QTest::newRow("on a narrow page") << 800;
    }
    void eventLabelsAreWholeOrShortenedWithAnEllipsis()
    {
        QFETCH(int, width);
        m_page->resize(width, 900);
        m_page->show();
        m_page->showPreset(TrendsPage::Preset::Days90);
        QCoreApplication::processEvents();
        TrendChart *scores = m_page->charts()->chart(TrendChartStack::ScoresChart);
        const QList<ChartOverlay::EventLabel> labels = scores->eventLabels();
        QVERIFY(!labels.isEmpty());
        const QFontMetricsF metrics(scores->chart()->titleFont());
        const QRectF plot = scores->plotArea();
        qreal previousRight = plot.left();
        for (const ChartOverlay::EventLabel &label : labels) {
            const QString full = eventShortLabel(label.event);
            QVERIFY2(label.text == full ||
                         (label.text.endsWith(u'…') && full.startsWith(label.text.chopped(1))),
                     qPrintable(label.text));
            QVERIFY2(metrics.horizontalAdvance(label.text) <= label.box.width(), qPrintable(label.text));
            QVERIFY2(plot.contains(label.box), qPrintable(label.text));
            QVERIFY(label.box.left() >= previousRight); // no label over another
            previousRight = label.box.right();
        }
        m_page->resize(1280, 900);
    }

    void aTenYearDiaryIsDrawnDownSampledWithItsPeak()
    {
        test::TempDiary tenYears;
        QVERIFY(tenYears.open());
        QVERIFY(fillWithDemo(tenYears.store(), 3650, QDate(2026, 11, 1)));
        AnalysisCache cache(tenYears.store());
        QElapsedTimer loading;
        loading.start();
        cache.refresh(); // reads on this thread, analyses on a worker
        const double readMs = double(loading.nsecsElapsed()) / 1e6;
        QTRY_VERIFY(cache.isReady());
        qInfo("Ten-year diary: %.1f ms reading on the UI thread, %.1f ms until the analysis was in", readMs,
              double(loading.nsecsElapsed()) / 1e6);
        TrendsPage page(cache, m_clock);
        page.resize(1280, 900);
        page.show();
        QTRY_VERIFY(page.range().isValid());

        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(page.findChild<QPushButton *>(u"rangeAll"_s), Qt::LeftButton);
        for (int kind = 0; kind < TrendChartStack::ChartCount; ++kind)
            page.charts()->chart(TrendChartStack::ChartKind(kind))->viewport()->repaint();
        page.charts()->regionTimeline()->repaint();
        const double redrawMs = double(timer.nsecsElapsed()) / 1e6;
        qInfo("Ten-year diary, switch to \"all\": %.1f ms (series and chart data %.1f ms)", redrawMs,
              page.lastUpdateMs());

        QCOMPARE(page.range().first, QDate(2026, 11, 1).addDays(-3649));
        TrendChart *scores = page.charts()->chart(TrendChartStack::ScoresChart);
        const int feetDaily = 1;
        const DayPoints &feet = page.series().limbScore[std::size_t(Limb::Feet)];
        QVERIFY(feet.size() > 3000);
        QVERIFY(scores->shownPointCount(feetDaily) <= 2 * scores->bucketCount());
        QVERIFY(scores->shownPointCount(feetDaily) < feet.size());
        double peak = 0;
        for (const QPointF &point : feet)
            peak = std::max(peak, point.y());
        double shownPeak = 0;
        for (QAbstractSeries *series : scores->chart()->series())
            if (series->name() == scores->dataSetName(feetDaily))
                for (const QPointF &point : static_cast<QXYSeries *>(series)->points())
                    shownPeak = std::max(shownPeak, point.y());
        QCOMPARE(shownPeak, peak);

        // Switching back and forth creates no new series: the pool is reused.
        const int averageSet = 2;
        QTest::mouseClick(page.findChild<QPushButton *>(u"range365"_s), Qt::LeftButton);
        const qsizetype pooled = scores->seriesCount(averageSet);
        QTest::mouseClick(page.findChild<QPushButton *>(u"rangeAll"_s), Qt::LeftButton);
        QTest::mouseClick(page.findChild<QPushButton *>(u"range365"_s), Qt::LeftButton);
        QCOMPARE(scores->seriesCount(averageSet), pooled);
    }

private:
    FixedClock m_clock{QDateTime(kToday, QTime(12, 0))};
    test::TempDiary m_diary;
    std::unique_ptr<AnalysisCache> m_cache;
    std::unique_ptr<TrendsPage> m_page;
};

QTEST_MAIN(TestTrendsPage)
#include "tst_trends_page.moc"
