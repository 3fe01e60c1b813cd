// The diary as Trends, Alerts and the urgent banner share it (AnalysisCache): read whole
// once, then only what was saved since, so a save does not read ten years again, and
// read whole again when something was deleted. Whatever happened, the cache holds what
// the diary holds, in the diary's order.
#include "SafetySupport.h"
#include "TempDiary.h"

#include "insights/AnalysisCache.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace nd;
using namespace nd::test;

class TestAnalysisCache : public QObject
{
    Q_OBJECT

    TempDiary m_diary;
    std::unique_ptr<AnalysisCache> m_cache;

    DiaryStore &store() { return m_diary.store(); }

    // Saves land on a later millisecond than the last read, as a person's saves do.
    void nextMoment() { QTest::qWait(3); }

    void refreshAndCompare()
    {
        QSignalSpy analysed(m_cache.get(), &AnalysisCache::updated);
        m_cache->refresh();
        QCOMPARE(m_cache->errorString(), QString());
        QCOMPARE(m_cache->entries(), store().entries());
        QTRY_VERIFY(!analysed.isEmpty() && !m_cache->isBusy());
        QCOMPARE(m_cache->analysis().days.size(), distinctDays());
    }

    qsizetype distinctDays()
    {
        QSet<QDate> days;
        for (const Entry &entry : store().entries())
            days.insert(entry.date());
        return days.size();
    }

private slots:
    void init()
    {
        QVERIFY(m_diary.open());
        QVERIFY(saveDailyEntries(store(), QDate(2026, 3, 1), 30));
        m_cache = std::make_unique<AnalysisCache>(store());
        refreshAndCompare();
        QCOMPARE(m_cache->entries().size(), 30);
    }

    void cleanup()
    {
        m_cache.reset();
        m_diary.close();
        QFile::remove(m_diary.path());
    }

    void anEditedDayReplacesItsOldValues()
    {
        nextMoment();
        Entry edited = *store().entry(QDate(2026, 3, 10), Author::Patient);
        edited.setValue(Field::NumbnessHands, 9);
        QVERIFY(store().saveEntry(edited));
        refreshAndCompare();
        QCOMPARE(m_cache->entries().size(), 30);
    }

    void newEntriesTakeTheirPlaceInOrder()
    {
        nextMoment();
        QVERIFY(store().saveEntry(fullEntry(QDate(2026, 3, 15), Author::Caregiver, 2))); // between two days
        QVERIFY(store().saveEntry(fullEntry(QDate(2026, 2, 20), Author::Patient, 3)));   // before the first
        QVERIFY(store().saveEntry(fullEntry(QDate(2026, 4, 30), Author::Patient, 4)));   // after the last
        refreshAndCompare();
        QCOMPARE(m_cache->entries().size(), 33);
        nextMoment();
        // The patient's entry of a day comes before the caregiver's, saved first or not.
        QVERIFY(store().saveEntry(fullEntry(QDate(2026, 4, 30), Author::Caregiver, 5)));
        QVERIFY(store().saveEntry(fullEntry(QDate(2026, 3, 16), Author::Caregiver, 6)));
        QVERIFY(store().saveEntry(fullEntry(QDate(2026, 5, 1), Author::Caregiver, 7)));
        QVERIFY(store().saveEntry(fullEntry(QDate(2026, 5, 1), Author::Patient, 8)));
        refreshAndCompare();
        QCOMPARE(m_cache->entries().size(), 37);
    }

    void aSaveReadsOnlyWhatWasSavedSince()
    {
        // A row changed behind the program's back, keeping its save time (nothing of ours
        // does that): after an ordinary save the cache reads only the entries saved since
        // its last read, so it does not see that row. (It would after a whole read.)
        QVERIFY(execSql(m_diary.path(), "UPDATE entry SET note = 'unseen' WHERE day = '2026-03-03'"));
        nextMoment();
        QVERIFY(store().saveEntry(fullEntry(QDate(2026, 4, 2), Author::Patient, 9)));
        m_cache->refresh();
        QCOMPARE(m_cache->entries().size(), 31);
        for (const Entry &entry : m_cache->entries())
            QVERIFY(entry.note() != u"unseen");
        m_cache->reload(); // everything, on request
        QCOMPARE(m_cache->entries(), store().entries());
    }

    void aDeletedEntryLeavesTheCache()
    {
        nextMoment();
        QVERIFY(store().removeEntry(QDate(2026, 3, 5), Author::Patient));
        refreshAndCompare();
        QCOMPARE(m_cache->entries().size(), 29);
    }

    void aDeletionBesideAnEditIsNotMissed()
    {
        // The newest save time moved and the count stayed: only a whole read is right.
        nextMoment();
        QVERIFY(store().inTransaction([&] {
            Entry edited = *store().entry(QDate(2026, 3, 20), Author::Patient);
            edited.setValue(Field::Falls, 2);
            return store().removeEntry(QDate(2026, 3, 2), Author::Patient) && store().saveEntry(edited) &&
                   store().saveEntry(fullEntry(QDate(2026, 6, 1), Author::Patient, 8));
        }));
        refreshAndCompare();
        QCOMPARE(m_cache->entries().size(), 30);
    }

    void nothingChangedReadsNothing()
    {
        const QList<Entry> before = m_cache->entries();
        m_cache->refresh();
        QVERIFY(!m_cache->isBusy()); // no new analysis started
        QCOMPARE(m_cache->entries(), before);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisCache)
#include "tst_analysis_cache.moc"
