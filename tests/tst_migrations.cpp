// Schema migrations: a new or empty file gets the latest schema; a diary of every older
// version is brought up to date with its data intact (including a real version-1 file
// kept under tests/fixtures); files from a newer app or another program are refused
// and left byte for byte as they were.
#include "SafetySupport.h"
#include "SampleData.h"
#include "TempDiary.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

// The schema as SQLite keeps it: one "type name: sql" line per table and index.
QStringList schemaOf(sqlite3 *db)
{
    QStringList schema;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT type, name, sql FROM sqlite_schema ORDER BY name", -1, &stmt,
                           nullptr) != SQLITE_OK)
        return {u"cannot read the schema"_s};
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        schema.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))) + u' ' +
                      QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1))) +
                      u": "_s +
                      QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2))));
    }
    sqlite3_finalize(stmt);
    return schema;
}

QStringList schemaOf(const QString &path)
{
    sqlite3 *db = nullptr;
    QStringList schema = {u"cannot open"_s};
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK)
        schema = schemaOf(db);
    sqlite3_close_v2(db);
    return schema;
}

// The schema the released steps up to `version` create, built in memory.
QStringList schemaOfVersion(int version)
{
    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    for (const Migration &step : migrations()) {
        if (step.toVersion <= version)
            sqlite3_exec(db, step.sql, nullptr, nullptr, nullptr);
    }
    QStringList schema = schemaOf(db);
    sqlite3_close(db);
    return schema;
}

const QStringList kLatestTables = {u"baseline"_s, u"entry"_s, u"flag_ack"_s, u"profile"_s,
                                   u"treatment_event"_s};

bool hasTables(const QString &path, const QStringList &tables)
{
    for (const QString &table : tables) {
        const QByteArray sql =
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '" + table.toUtf8() + "'";
        if (queryInt(path, sql.constData()) != 1)
            return false;
    }
    return true;
}

Entry fixtureEntry(QDate date, Author author, std::initializer_list<std::pair<Field, int>> values,
                   const QString &regions, const QString &note)
{
    Entry entry(date, author);
    for (const auto &[field, value] : values)
        entry.setValue(field, value);
    entry.setRegions(RegionSet::fromCodes(regions));
    entry.setNote(note);
    return entry;
}

// The sixteen region codes of the formats before version 4, in the order of their bits
// (bit 0 is the left fingertips, bit 15 the right lower leg). Written out, not derived from
// Region, so that the test notices when the code's layout moves a stored region.
QStringList oldRegionCodes()
{
    QStringList codes;
    for (const char *side : {"left_", "right_"})
        for (const char *part :
             {"fingertips", "fingers", "hand", "wrist", "toes", "foot", "ankle", "lower_leg"})
            codes.append(QLatin1String(side) + QLatin1String(part));
    return codes;
}

// What tests/fixtures/diary-v1.sql put into the version-1 file.
QList<Entry> fixtureEntries()
{
    QList<Entry> entries;
    const int first[] = {2, 3, 0, 1, 4, 0, 5, 6, 1, 2, 3,  1, 1, 2, 0, 1, 2, 1, 2, 3,
                         1, 2, 1, 1, 0, 1, 0, 1, 1, 0, 30, 1, 0, 0, 0, 0, 0, 0, 0, 0};
    const int third[] = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 10, 4, 4, 3, 3, 2, 2, 1, 1,
                         0,  0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0,  1, 1, 1, 1, 0, 0, 0, 0};
    Entry a(QDate(2026, 1, 5), Author::Patient);
    Entry c(QDate(2026, 1, 6), Author::Patient);
    // The fields of the old formats; the contract-v2 warning signs stay blank.
    for (int i = 0; i < kFieldCountV1; ++i) {
        a.setValue(Field(i), first[i]);
        c.setValue(Field(i), third[i]);
    }
    // Stored as the bits 257 and 65535 of the old 16-region layout.
    a.setRegions(RegionSet::fromCodes(u"left_fingertips;right_fingertips"_s));
    a.setNote(u"Tingling worse after the walk, \"pins and needles\""_s);
    c.setRegions(RegionSet::fromCodes(oldRegionCodes().join(u';')));
    c.setNote(u"Zeilen\nmit Umbruch, Komma und Ümlaut"_s);
    const Entry b =
        fixtureEntry(QDate(2026, 1, 5), Author::Caregiver,
                     {{Field::Walking, 2}, {Field::Balance, 3}, {Field::Falls, 0}, {Field::NearFalls, 1}}, {},
                     u"Stumbled on the stairs, caught the rail"_s);
    return {a, b, c};
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!QFINDTESTDATA("fixtures/diary-v1.sqlite").isEmpty(), "the version-1 fixture is missing");
    }

    void versionsAreOrderedAndEndAtTheLatest()
    {
        int previous = 0;
        for (const Migration &step : migrations()) {
            QCOMPARE(step.toVersion, previous + 1); // no gaps: every old file has a path forward
            previous = step.toVersion;
        }
        QCOMPARE(latestSchemaVersion(), previous);
        QVERIFY(latestSchemaVersion() >= 2);
    }

    void newFileGetsTheLatestSchema()
    {
        TempDiary diary;
        QVERIFY(!QFile::exists(diary.path()));
        QVERIFY2(diary.open(), qPrintable(diary.errorString()));
        QCOMPARE(diary.db().schemaVersion(), latestSchemaVersion());
        diary.close();
        QVERIFY(hasTables(diary.path(), kLatestTables));
        QCOMPARE(schemaOf(diary.path()), schemaOfVersion(latestSchemaVersion()));
    }

    void lastSavedTimeNeedsNoScanOfTheEntries()
    {
        // The window's status line asks for it at every start: with ten years of entries a
        // scan of the table is a visible part of the start (version 3 added the index).
        TempDiary diary;
        QVERIFY2(diary.open(), qPrintable(diary.errorString()));
        diary.close();
        sqlite3 *db = nullptr;
        QCOMPARE(
            sqlite3_open_v2(QFile::encodeName(diary.path()).constData(), &db, SQLITE_OPEN_READONLY, nullptr),
            SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        QCOMPARE(
            sqlite3_prepare_v2(db, "EXPLAIN QUERY PLAN SELECT max(saved_at) FROM entry", -1, &stmt, nullptr),
            SQLITE_OK);
        QStringList plan;
        while (sqlite3_step(stmt) == SQLITE_ROW)
            plan.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3))));
        sqlite3_finalize(stmt);
        sqlite3_close_v2(db);
        QVERIFY2(plan.join(u'\n').contains(u"INDEX entry_saved_at"_s), qPrintable(plan.join(u'\n')));
    }

    void emptyFileGetsTheLatestSchema()
    {
        // A zero-byte file is what a crash right after creating the diary leaves behind.
        TempDiary diary;
        QVERIFY(writeFile(diary.path(), {}));
        QVERIFY2(diary.open(), qPrintable(diary.errorString()));
        QCOMPARE(diary.db().schemaVersion(), latestSchemaVersion());
        QVERIFY(diary.store().saveEntry(fullEntry(QDate(2026, 1, 1), Author::Patient)));
        diary.close();
        QCOMPARE(schemaOf(diary.path()), schemaOfVersion(latestSchemaVersion()));
    }

    void everyOlderVersionIsUpdatedWithItsData_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < latestSchemaVersion(); ++version)
            QTest::newRow(qPrintable(u"a diary of version %1"_s.arg(version))) << version;
    }

    void everyOlderVersionIsUpdatedWithItsData()
    {
        QFETCH(int, version);
        TempDiary diary;
        QVERIFY(makeDiaryAtVersion(diary.path(), version, 5));
        // Tables that exist since version 1.
        QVERIFY(execSql(diary.path(),
                        "INSERT INTO treatment_event (day, kind, name, note) VALUES "
                        "('2026-01-02', 'infusion', 'nivolumab', 'first');"
                        "INSERT INTO baseline (id, first_day, last_day) VALUES (1, '2026-01-01', "
                        "'2026-01-03');"
                        "INSERT INTO profile (key, value) VALUES ('patient_name', 'Kim');"));
        QCOMPARE(queryInt(diary.path(), "PRAGMA user_version"), version);

        int hookCalledWith = -1;
        Database db;
        db.setBeforeMigration([&](int from) {
            hookCalledWith = from;
            return true;
        });
        QVERIFY2(db.open(diary.path()), qPrintable(db.errorString()));
        QCOMPARE(hookCalledWith, version);
        QCOMPARE(db.schemaVersion(), latestSchemaVersion());

        DiaryStore store(db);
        const QList<Entry> entries = store.entries();
        QCOMPARE(entries.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(entries[i].date(), QDate(2026, 1, 1).addDays(i));
            QCOMPARE(entries[i].value(Field::NumbnessHands), std::optional<int>(i % 11));
            QCOMPARE(entries[i].note(), u"old note"_s);
        }
        QCOMPARE(store.events().size(), 1);
        QVERIFY(store.events()[0].sameContent(
            makeEvent(QDate(2026, 1, 2), EventKind::Infusion, u"nivolumab"_s, u"first"_s)));
        QCOMPARE(store.baseline(),
                 std::optional<BaselinePeriod>(BaselinePeriod{QDate(2026, 1, 1), QDate(2026, 1, 3)}));
        QCOMPARE(store.profile().patientName, u"Kim"_s);
        QCOMPARE(db.checkIntegrity(true), QString());
        db.close();
        QCOMPARE(schemaOf(diary.path()), schemaOfVersion(latestSchemaVersion()));
    }

    void fixtureIsARealVersionOneDiary()
    {
        // Guards the fixture itself: if it ever stopped matching the released
        // version-1 step, the next test would prove nothing.
        // Read a copy: even a read-only look at a WAL file leaves -wal/-shm files beside it.
        TempDiary diary;
        const QString fixture = diary.path();
        QVERIFY(QFile::copy(QFINDTESTDATA("fixtures/diary-v1.sqlite"), fixture));
        QCOMPARE(queryInt(fixture, "PRAGMA user_version"), 1);
        QCOMPARE(schemaOf(fixture), schemaOfVersion(1));
        QCOMPARE(queryInt(fixture, "SELECT count(*) FROM entry"), 3);
        const QString original = QFINDTESTDATA("fixtures/diary-v1.sqlite");
        QVERIFY(!QFile::exists(original + u"-wal"_s));
        QVERIFY(!QFile::exists(original + u"-shm"_s));
    }

    void versionOneFixtureIsUpdatedWithItsData()
    {
        TempDiary diary;
        QVERIFY(QFile::copy(QFINDTESTDATA("fixtures/diary-v1.sqlite"), diary.path()));
        QVERIFY(QFile::setPermissions(diary.path(), QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY2(diary.open(), qPrintable(diary.errorString()));
        QCOMPARE(diary.db().schemaVersion(), latestSchemaVersion());

        DiaryStore &store = diary.store();
        const QList<Entry> expected = fixtureEntries();
        const QList<Entry> entries = store.entries();
        QCOMPARE(entries.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(entries[i], expected[i]);

        const QList<TreatmentEvent> events = store.events();
        QCOMPARE(events.size(), 2);
        QVERIFY(events[0].sameContent(
            makeEvent(QDate(2026, 1, 2), EventKind::Infusion, u"pembrolizumab"_s, u"cycle 1"_s)));
        QVERIFY(
            events[1].sameContent(makeEvent(QDate(2026, 1, 6), EventKind::MedicationStart, u"duloxetine"_s)));
        QCOMPARE(store.baseline(),
                 std::optional<BaselinePeriod>(BaselinePeriod{QDate(2025, 12, 29), QDate(2026, 1, 1)}));
        QCOMPARE(store.profile(),
                 (DiaryProfile{u"Robin Fixture"_s, u"checkpoint_inhibitor"_s, u"+1 555 0199"_s}));

        // What version 2 added works on the updated file.
        QVERIFY(store.acknowledgements().isEmpty());
        const FlagAcknowledgement ack{
            QDate(2026, 1, 6), u"worsening_symptoms"_s, u"hands"_s, QDate(2026, 1, 7), {}};
        QVERIFY(store.acknowledge(ack));
        QCOMPARE(store.acknowledgements(), QList<FlagAcknowledgement>{ack});
        QCOMPARE(diary.db().checkIntegrity(true), QString());

        // Opening again does not migrate again.
        diary.close();
        int hookCalls = 0;
        Database db;
        db.setBeforeMigration([&](int) { return ++hookCalls > 0; });
        QVERIFY(db.open(diary.path()));
        QCOMPARE(hookCalls, 0);
        QCOMPARE(DiaryStore(db).entries(), expected);
    }

    void versionTwoFixtureIsUpdatedWithItsMarks()
    {
        TempDiary diary;
        QVERIFY(QFile::copy(QFINDTESTDATA("fixtures/diary-v2.sqlite"), diary.path()));
        QVERIFY(QFile::setPermissions(diary.path(), QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(queryInt(diary.path(), "PRAGMA user_version"), 2);
        QVERIFY2(diary.open(), qPrintable(diary.errorString()));
        QCOMPARE(diary.db().schemaVersion(), latestSchemaVersion());

        DiaryStore &store = diary.store();
        QCOMPARE(store.entries(), fixtureEntries());
        const FlagAcknowledgement mark{QDate(2026, 1, 6), u"worsening_symptoms"_s, u"hands"_s,
                                       QDate(2026, 1, 8), u"Nurse called back, dose unchanged"_s};
        QCOMPARE(store.acknowledgements(), QList<FlagAcknowledgement>{mark});
        QCOMPARE(store.lastSavedAt(), QDateTime(QDate(2026, 1, 6), QTime(8, 0), Qt::UTC));
        QCOMPARE(diary.db().checkIntegrity(true), QString());
        diary.close();
        QCOMPARE(schemaOf(diary.path()), schemaOfVersion(latestSchemaVersion()));
    }

    void versionThreeFixtureKeepsEverythingAndGainsTheNewFields()
    {
        // Version 3 is the format of the release before contract v2 (22 regions, fifteen signs).
        TempDiary diary;
        QVERIFY(QFile::copy(QFINDTESTDATA("fixtures/diary-v3.sqlite"), diary.path()));
        QVERIFY(QFile::setPermissions(diary.path(), QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(queryInt(diary.path(), "PRAGMA user_version"), 3);
        QCOMPARE(schemaOf(diary.path()), schemaOfVersion(3));
        QVERIFY2(diary.open(), qPrintable(diary.errorString()));
        QCOMPARE(diary.db().schemaVersion(), latestSchemaVersion());

        DiaryStore &store = diary.store();
        QList<Entry> expected = fixtureEntries();
        expected.append(fixtureEntry(QDate(2026, 1, 9), Author::Patient,
                                     {{Field::NumbnessHands, 1},
                                      {Field::NumbnessFeet, 7},
                                      {Field::Walking, 1},
                                      {Field::Falls, 1},
                                      {Field::NearFalls, 0}},
                                     u"right_toes;right_foot;right_ankle;right_lower_leg"_s, {}));
        QCOMPARE(store.entries(), expected);
        QCOMPARE(store.events().size(), 2);
        QCOMPARE(store.baseline(),
                 std::optional<BaselinePeriod>(BaselinePeriod{QDate(2025, 12, 29), QDate(2026, 1, 1)}));
        QCOMPARE(store.profile(),
                 (DiaryProfile{u"Robin Fixture"_s, u"checkpoint_inhibitor"_s, u"+1 555 0199"_s}));
        const QList<FlagAcknowledgement> marks = {
            {QDate(2026, 1, 6), u"spreading_symptoms"_s, u"right_lower_leg"_s, QDate(2026, 1, 8), {}},
            {QDate(2026, 1, 6), u"worsening_symptoms"_s, u"hands"_s, QDate(2026, 1, 8),
             u"Nurse called back, dose unchanged"_s},
            {QDate(2026, 1, 9), u"fall"_s, u"falls"_s, QDate(2026, 1, 10), u"Told the nurse"_s},
        };
        QCOMPARE(store.acknowledgements(), marks); // sorted by date, rule and subject

        // The new fields and regions are stored and read back.
        Entry later(QDate(2026, 1, 10), Author::Caregiver);
        later.setValue(Field::DroopingEyelid, 1);
        later.setValue(Field::ChestPain, 0);
        later.setRegions(RegionSet::fromCodes(u"left_forearm;right_upper_arm;right_thigh"_s));
        QVERIFY(store.saveEntry(later));
        QCOMPARE(store.entry(later.date(), later.author()), std::optional<Entry>(later));
        QCOMPARE(diary.db().checkIntegrity(true), QString());
        diary.close();
        QCOMPARE(schemaOf(diary.path()), schemaOfVersion(latestSchemaVersion()));
    }

    void everyOldRegionBitKeepsItsPlace_data()
    {
        QTest::addColumn<int>("bit");
        const QStringList codes = oldRegionCodes();
        for (int bit = 0; bit < codes.size(); ++bit)
            QTest::newRow(qPrintable(u"bit %1 of a version-3 diary stays %2"_s.arg(bit).arg(codes[bit])))
                << bit;
    }

    void everyOldRegionBitKeepsItsPlace()
    {
        QFETCH(int, bit);
        TempDiary diary;
        QVERIFY(makeDiaryAtVersion(diary.path(), 3, 0));
        const QByteArray sql =
            "INSERT INTO entry (day, author, regions, note, saved_at) VALUES ('2026-02-01', 0, " +
            QByteArray::number(1 << bit) + ", '', '2026-02-01T08:00:00Z');";
        QVERIFY(execSql(diary.path(), sql));
        QVERIFY2(diary.open(), qPrintable(diary.errorString()));
        const QList<Entry> entries = diary.store().entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].regions().toCodes(), oldRegionCodes()[bit]);
    }

    void newerVersionIsRefusedAndLeftUntouched()
    {
        TempDiary diary;
        QVERIFY(makeDiaryAtVersion(diary.path(), latestSchemaVersion(), 3));
        const QByteArray newer = "PRAGMA user_version = " + QByteArray::number(latestSchemaVersion() + 1) +
                                 "; CREATE TABLE from_the_future (x);";
        QVERIFY(execSql(diary.path(), newer));
        const FileState before = FileState::of(diary.path());
        QVERIFY(!QFile::exists(diary.path() + u"-wal"_s));

        Database db;
        bool hookCalled = false;
        db.setBeforeMigration([&](int) { return hookCalled = true; });
        QVERIFY(!db.open(diary.path()));
        QCOMPARE(db.error().kind, DbErrorKind::TooNew);
        QVERIFY2(db.errorString().contains(u"newer"_s), qPrintable(db.errorString()));
        QVERIFY(!db.isOpen());
        QVERIFY(!hookCalled);

        QVERIFY(FileState::of(diary.path()) == before);
        QVERIFY(!QFile::exists(diary.path() + u"-wal"_s));
        QCOMPARE(queryInt(diary.path(), "PRAGMA user_version"), latestSchemaVersion() + 1);
    }

    void foreignDatabaseIsRefusedAndLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("another program's database with tables")
            << QByteArray("CREATE TABLE contacts (name TEXT, phone TEXT);"
                          "INSERT INTO contacts VALUES ('Ann', '555');");
        QTest::newRow("another program's database in WAL mode")
            << QByteArray("PRAGMA journal_mode = WAL; CREATE TABLE notes (body TEXT);"
                          "CREATE INDEX notes_body ON notes (body);");
    }

    void foreignDatabaseIsRefusedAndLeftUntouched()
    {
        QFETCH(QByteArray, sql);
        TempDiary diary;
        QVERIFY(execSql(diary.path(), sql));
        QCOMPARE(queryInt(diary.path(), "PRAGMA user_version"), 0);
        const FileState before = FileState::of(diary.path());

        Database db;
        QVERIFY(!db.open(diary.path()));
        QCOMPARE(db.error().kind, DbErrorKind::Corrupt);
        QVERIFY2(db.errorString().contains(u"not a NerveDiary diary"_s), qPrintable(db.errorString()));
        QVERIFY(FileState::of(diary.path()) == before);
        QVERIFY(!QFile::exists(diary.path() + u"-wal"_s));
        QVERIFY(!hasTables(diary.path(), {u"entry"_s}));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
