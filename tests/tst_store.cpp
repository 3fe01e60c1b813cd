// DiaryStore, the repository: save, replace, load, list by range and delete entries
// and events; baseline, profile and flag acknowledgements; transactions; file modes.
#include "SampleData.h"
#include "TempDiary.h"
#include "storage/Migrations.h"

#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

QDate day(int n)
{
    return QDate(2026, 3, 1).addDays(n);
}

QList<QDate> datesOf(const QList<Entry> &entries)
{
    QList<QDate> dates;
    for (const Entry &entry : entries)
        dates.append(entry.date());
    return dates;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        // A permissive umask, so the modes checked below come from the code, not the environment.
        ::umask(022);
    }

    void newDiaryIsEmptyAndUserOnly()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QCOMPARE(diary.db().schemaVersion(), latestSchemaVersion());
        QCOMPARE(fileMode(diary.path()), 0600);
        QCOMPARE(diary.store().entryCount(), 0);
        QVERIFY(diary.store().entries().isEmpty());
        QVERIFY(diary.store().events().isEmpty());
        QVERIFY(!diary.store().baseline());
        QCOMPARE(diary.store().profile(), DiaryProfile{});
        QVERIFY(diary.store().acknowledgements().isEmpty());
        QVERIFY(!diary.store().firstEntryDate());
        QVERIFY(!diary.store().lastEntryDate());
        QVERIFY(!diary.store().lastSavedAt().isValid());

        // The write-ahead log holds diary data too: it must be as private as the diary.
        QVERIFY(diary.store().saveEntry(fullEntry(day(0), Author::Patient)));
        QCOMPARE(fileMode(diary.path() + u"-wal"_s), 0600);
        QCOMPARE(fileMode(diary.path() + u"-shm"_s), 0600);
    }

    void createsMissingFolders()
    {
        TempDiary diary;
        Database db;
        const QString path = diary.filePath(u"a/b/diary.sqlite"_s);
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QVERIFY(QFile::exists(path));
        QCOMPARE(fileMode(path), 0600);
    }

    void mustExistRefusesMissingFileAndCreatesNothing()
    {
        TempDiary diary;
        Database db;
        QVERIFY(!db.open(diary.path(), Database::OpenMode::MustExist));
        QCOMPARE(db.error().kind, DbErrorKind::NotFound);
        QVERIFY(db.errorString().contains(diary.path()));
        QVERIFY(!QFile::exists(diary.path()));
    }

    void savedEntryLoadsBackEqual()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        const Entry patient = fullEntry(day(1), Author::Patient, 3);
        QVERIFY(diary.store().saveEntry(patient));
        const auto loaded = diary.store().entry(day(1), Author::Patient);
        QVERIFY(loaded);
        QCOMPARE(*loaded, patient);
        QVERIFY(!diary.store().entry(day(1), Author::Caregiver));
        QVERIFY(!diary.store().entry(day(2), Author::Patient));
        QVERIFY(!diary.store().error().isError());
    }

    void blankValuesStayBlankNotZero()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        Entry entry(day(0), Author::Caregiver);
        entry.setValue(Field::Falls, 0); // a real zero next to blanks
        QVERIFY(diary.store().saveEntry(entry));
        const auto loaded = diary.store().entry(day(0), Author::Caregiver);
        QVERIFY(loaded);
        QCOMPARE(loaded->value(Field::Falls), std::optional<int>(0));
        QCOMPARE(loaded->value(Field::NumbnessHands), std::optional<int>());
        QCOMPARE(loaded->value(Field::Confusion), std::optional<int>());
        QCOMPARE(*loaded, entry);
    }

    void saveReplacesTheEntryOfTheSameDayAndAuthor()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(diary.store().saveEntry(fullEntry(day(0), Author::Patient, 1)));
        QVERIFY(diary.store().saveEntry(fullEntry(day(0), Author::Caregiver, 2)));
        const Entry second = fullEntry(day(0), Author::Patient, 5);
        QVERIFY(diary.store().saveEntry(second));
        QCOMPARE(diary.store().entryCount(), 2);
        QCOMPARE(*diary.store().entry(day(0), Author::Patient), second);
        QCOMPARE(*diary.store().entry(day(0), Author::Caregiver), fullEntry(day(0), Author::Caregiver, 2));
    }

    void invalidEntryIsRefused_data()
    {
        QTest::addColumn<Entry>("entry");
        QTest::addColumn<QString>("field");
        Entry tooHigh = fullEntry(day(0), Author::Patient);
        tooHigh.setValue(Field::NumbnessHands, 11);
        QTest::newRow("a score of 11 is refused") << tooHigh << u"numbness_hands"_s;
        Entry negative = fullEntry(day(0), Author::Patient);
        negative.setValue(Field::Falls, -1);
        QTest::newRow("a negative fall count is refused") << negative << u"falls"_s;
        Entry taskLevel = fullEntry(day(0), Author::Patient);
        taskLevel.setValue(Field::Balance, 5);
        QTest::newRow("a task level of 5 is refused") << taskLevel << u"balance"_s;
        QTest::newRow("an entry without a date is refused") << Entry() << u"date"_s;
    }

    void invalidEntryIsRefused()
    {
        QFETCH(Entry, entry);
        QFETCH(QString, field);
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(!diary.store().saveEntry(entry));
        QCOMPARE(diary.store().error().kind, DbErrorKind::Invalid);
        QVERIFY2(diary.store().errorString().contains(field), qPrintable(diary.store().errorString()));
        QCOMPARE(diary.store().entryCount(), 0);
        // The next good call clears the error.
        QVERIFY(diary.store().saveEntry(fullEntry(day(0), Author::Patient)));
        QVERIFY(!diary.store().error().isError());
    }

    void entriesByRange_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QList<QDate>>("expected");
        // Stored: days 0, 2 (patient and caregiver), 5 and 9.
        QTest::newRow("open ends give the whole diary in date order, patient first")
            << QDate() << QDate() << QList<QDate>{day(0), day(2), day(2), day(5), day(9)};
        QTest::newRow("both ends are inclusive") << day(2) << day(5) << QList<QDate>{day(2), day(2), day(5)};
        QTest::newRow("only a start") << day(3) << QDate() << QList<QDate>{day(5), day(9)};
        QTest::newRow("only an end") << QDate() << day(1) << QList<QDate>{day(0)};
        QTest::newRow("a single day") << day(9) << day(9) << QList<QDate>{day(9)};
        QTest::newRow("a range without entries") << day(6) << day(8) << QList<QDate>{};
        QTest::newRow("a reversed range") << day(9) << day(0) << QList<QDate>{};
    }

    void entriesByRange()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QList<QDate>, expected);
        TempDiary diary;
        QVERIFY(diary.open());
        // Saved out of order: the store sorts.
        for (const int n : {9, 2, 0, 5})
            QVERIFY(diary.store().saveEntry(fullEntry(day(n), Author::Patient, n)));
        QVERIFY(diary.store().saveEntry(fullEntry(day(2), Author::Caregiver, 7)));

        const QList<Entry> entries = diary.store().entries(from, to);
        QCOMPARE(datesOf(entries), expected);
        for (qsizetype i = 1; i < entries.size(); ++i) {
            if (entries[i].date() == entries[i - 1].date()) {
                QCOMPARE(entries[i - 1].author(), Author::Patient);
                QCOMPARE(entries[i].author(), Author::Caregiver);
            }
        }
        for (const Entry &entry : entries)
            QCOMPARE(entry,
                     fullEntry(entry.date(), entry.author(),
                               entry.author() == Author::Caregiver ? 7 : int(day(0).daysTo(entry.date()))));
    }

    void firstAndLastEntryDates()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(diary.store().saveEntry(fullEntry(day(4), Author::Caregiver)));
        QVERIFY(diary.store().saveEntry(fullEntry(day(-3), Author::Patient)));
        QVERIFY(diary.store().saveEntry(fullEntry(day(1), Author::Patient)));
        QCOMPARE(diary.store().firstEntryDate(), std::optional<QDate>(day(-3)));
        QCOMPARE(diary.store().lastEntryDate(), std::optional<QDate>(day(4)));
        QCOMPARE(diary.store().entryCount(), 3);
    }

    void lastSavedAtIsNow()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(diary.store().saveEntry(fullEntry(day(0), Author::Patient)));
        const QDateTime savedAt = diary.store().lastSavedAt();
        QVERIFY(savedAt.isValid());
        QVERIFY(savedAt >= before);
        QVERIFY(savedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    }

    void removeEntryRemovesOnlyThatEntry()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QVERIFY(diary.store().saveEntry(fullEntry(day(0), Author::Patient)));
        QVERIFY(diary.store().saveEntry(fullEntry(day(0), Author::Caregiver)));
        QVERIFY(diary.store().saveEntry(fullEntry(day(1), Author::Patient)));
        QVERIFY(diary.store().removeEntry(day(0), Author::Patient));
        QVERIFY(!diary.store().entry(day(0), Author::Patient));
        QVERIFY(diary.store().entry(day(0), Author::Caregiver));
        QVERIFY(diary.store().entry(day(1), Author::Patient));
        // Removing what is not there is not an error and changes nothing.
        QVERIFY(diary.store().removeEntry(day(7), Author::Patient));
        QCOMPARE(diary.store().entryCount(), 2);
    }

    void eventsAddListUpdateRemove()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        DiaryStore &store = diary.store();
        const qint64 second = store.addEvent(makeEvent(day(21), EventKind::Infusion, u"pembrolizumab"_s));
        const qint64 first =
            store.addEvent(makeEvent(day(0), EventKind::Infusion, u"pembrolizumab"_s, u"cycle 1"_s));
        const qint64 sameDay = store.addEvent(
            makeEvent(day(21), EventKind::MedicationStart, u"duloxetine"_s, u"for the burning, 30 mg"_s));
        QVERIFY(first > 0);
        QVERIFY(second > 0);
        QVERIFY(sameDay > second);

        QList<TreatmentEvent> events = store.events();
        QCOMPARE(events.size(), 3);
        // By date, then in the order they were added.
        QCOMPARE(events[0].id, first);
        QCOMPARE(events[1].id, second);
        QCOMPARE(events[2].id, sameDay);
        QVERIFY(
            events[0].sameContent(makeEvent(day(0), EventKind::Infusion, u"pembrolizumab"_s, u"cycle 1"_s)));
        QVERIFY(events[2].sameContent(
            makeEvent(day(21), EventKind::MedicationStart, u"duloxetine"_s, u"for the burning, 30 mg"_s)));

        QCOMPARE(store.events(day(1), day(21)).size(), 2);
        QCOMPARE(store.events(day(0), day(0)).size(), 1);
        QCOMPARE(store.events(day(22), {}).size(), 0);

        TreatmentEvent changed = events[1];
        changed.kind = EventKind::TreatmentPaused;
        changed.date = day(22);
        changed.note = u"paused: hands too numb"_s;
        QVERIFY(store.updateEvent(changed));
        events = store.events();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[2].id, changed.id);
        QVERIFY(events[2].sameContent(changed));

        QVERIFY(store.removeEvent(first));
        events = store.events();
        QCOMPARE(events.size(), 2);
        QVERIFY(std::none_of(events.cbegin(), events.cend(),
                             [&](const TreatmentEvent &e) { return e.id == first; }));
    }

    void eventWithoutDateIsRefused()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        QCOMPARE(diary.store().addEvent(makeEvent(QDate(), EventKind::Other, u"x"_s)), 0);
        QCOMPARE(diary.store().error().kind, DbErrorKind::Invalid);
        QVERIFY(diary.store().events().isEmpty());
    }

    void baselineGetSetClear()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        DiaryStore &store = diary.store();
        QVERIFY(!store.baseline());
        QVERIFY(store.setBaseline({day(0), day(6)}));
        QCOMPARE(store.baseline(), std::optional<BaselinePeriod>(BaselinePeriod{day(0), day(6)}));
        QVERIFY(store.setBaseline({day(10), day(10)})); // one day is enough; replaces the old one
        QCOMPARE(store.baseline(), std::optional<BaselinePeriod>(BaselinePeriod{day(10), day(10)}));

        QVERIFY(!store.setBaseline({day(6), day(0)}));
        QCOMPARE(store.error().kind, DbErrorKind::Invalid);
        QCOMPARE(store.baseline(), std::optional<BaselinePeriod>(BaselinePeriod{day(10), day(10)}));

        QVERIFY(store.clearBaseline());
        QVERIFY(!store.baseline());
        QVERIFY(!store.error().isError());
    }

    void profileRoundTrips()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        const DiaryProfile profile{u"Zoë O'Brien, née Müller"_s, u"car_t"_s, u"+44 20 7946 0000"_s};
        QVERIFY(diary.store().setProfile(profile));
        QCOMPARE(diary.store().profile(), profile);
        const DiaryProfile changed{u"Zoë"_s, u""_s, u"0800 123"_s};
        QVERIFY(diary.store().setProfile(changed));
        QCOMPARE(diary.store().profile(), changed);
    }

    void acknowledgementsAddReplaceRemove()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        DiaryStore &store = diary.store();
        const FlagAcknowledgement feet{day(5), u"worsening_symptoms"_s, u"feet"_s, day(6),
                                       u"nurse called back"_s};
        const FlagAcknowledgement fall{day(2), u"fall"_s, u""_s, day(3), {}};
        QVERIFY(store.acknowledge(feet));
        QVERIFY(store.acknowledge(fall));
        QCOMPARE(store.acknowledgements(), (QList<FlagAcknowledgement>{fall, feet})); // sorted by date

        FlagAcknowledgement again = feet;
        again.discussedOn = day(8);
        again.note = u"seen in clinic"_s;
        QVERIFY(store.acknowledge(again)); // same flag: replaced, not doubled
        QCOMPARE(store.acknowledgements(), (QList<FlagAcknowledgement>{fall, again}));

        QVERIFY(store.removeAcknowledgement(fall.flagDate, fall.rule, fall.subject));
        QCOMPARE(store.acknowledgements(), QList<FlagAcknowledgement>{again});
    }

    void failedTransactionWritesNothing()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        DiaryStore &store = diary.store();
        const bool ok = store.inTransaction([&] {
            return store.saveEntry(fullEntry(day(0), Author::Patient)) &&
                   store.addEvent(makeEvent(day(0), EventKind::Infusion, u"x"_s)) != 0 &&
                   store.setBaseline({day(0), day(1)}) && store.saveEntry(Entry()); // the last one fails
        });
        QVERIFY(!ok);
        QCOMPARE(store.error().kind, DbErrorKind::Invalid);
        QCOMPARE(store.entryCount(), 0);
        QVERIFY(store.events().isEmpty());
        QVERIFY(!store.baseline());
    }

    void nestedTransactionJoinsTheOuterOne()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        DiaryStore &store = diary.store();
        const bool ok = store.inTransaction([&] {
            const bool inner =
                store.inTransaction([&] { return store.saveEntry(fullEntry(day(0), Author::Patient)); });
            return inner && false; // the outer one gives up after the inner one succeeded
        });
        QVERIFY(!ok);
        QCOMPARE(store.entryCount(), 0);
    }

    void everythingSurvivesReopening()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        const Entry entry = fullEntry(day(3), Author::Caregiver, 4);
        const DiaryProfile profile{u"Sam"_s, u"checkpoint_inhibitor"_s, u"555"_s};
        const FlagAcknowledgement ack{day(3), u"fall"_s, u""_s, day(4), u"ok"_s};
        QVERIFY(diary.store().saveEntry(entry));
        QVERIFY(diary.store().addEvent(makeEvent(day(3), EventKind::Appointment, u"neurology"_s)) > 0);
        QVERIFY(diary.store().setBaseline({day(0), day(2)}));
        QVERIFY(diary.store().setProfile(profile));
        QVERIFY(diary.store().acknowledge(ack));
        diary.close();

        QVERIFY(diary.open(Database::OpenMode::MustExist));
        QCOMPARE(diary.store().entries(), QList<Entry>{entry});
        QCOMPARE(diary.store().events().size(), 1);
        QVERIFY(
            diary.store().events()[0].sameContent(makeEvent(day(3), EventKind::Appointment, u"neurology"_s)));
        QCOMPARE(diary.store().baseline(), std::optional<BaselinePeriod>(BaselinePeriod{day(0), day(2)}));
        QCOMPARE(diary.store().profile(), profile);
        QCOMPARE(diary.store().acknowledgements(), QList<FlagAcknowledgement>{ack});
    }

    void secondConnectionSeesCommittedWrites()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        Database other;
        QVERIFY(other.open(diary.path(), Database::OpenMode::MustExist));
        DiaryStore otherStore(other);
        QVERIFY(diary.store().saveEntry(fullEntry(day(0), Author::Patient)));
        QCOMPARE(otherStore.entryCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
