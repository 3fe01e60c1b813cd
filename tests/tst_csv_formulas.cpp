// CSV formula escape (FORMATS.md, contract v2; issue 14 item 7): free-text cells — an entry's
// note, an event's name and note — that begin with = + - @ tab, carriage return or ' are
// exported with one ' in front, so a spreadsheet shows text instead of running a formula;
// import removes one leading ' from those cells, and the round trip is exact.
#include "CliRunner.h"
#include "SampleData.h"
#include "TempDiary.h"
#include "io/CsvExporter.h"
#include "io/CsvImporter.h"
#include "io/CsvParser.h"
#include "io/DiaryCsvFormat.h"

#include <QStandardPaths>
#include <QTest>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

class TestCsvFormulas : public QObject
{
    Q_OBJECT

private:
    static void addTextRows()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("exported"); // the cell as a spreadsheet reads it
        QTest::newRow("a link formula") << u"=HYPERLINK(\"http://x.example\",\"click\")"_s
                                        << u"'=HYPERLINK(\"http://x.example\",\"click\")"_s;
        QTest::newRow("a command through DDE") << u"+cmd|' /C calc'!A0"_s << u"'+cmd|' /C calc'!A0"_s;
        QTest::newRow("an at-sign function") << u"@SUM(1+1)"_s << u"'@SUM(1+1)"_s;
        QTest::newRow("a minus number") << u"-5"_s << u"'-5"_s;
        QTest::newRow("a text already quoted") << u"'quoted"_s << u"''quoted"_s;
        QTest::newRow("a leading tab") << u"\tindented"_s << u"'\tindented"_s;
        QTest::newRow("a leading carriage return") << u"\rline"_s << u"'\rline"_s;
        QTest::newRow("plain words") << u"felt better, walked 20 min"_s << u"felt better, walked 20 min"_s;
        QTest::newRow("a formula sign later on") << u"pain = 4"_s << u"pain = 4"_s;
        QTest::newRow("an empty note") << QString() << QString();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void entryNotesAreEscapedAndComeBackExactly_data() { addTextRows(); }

    void entryNotesAreEscapedAndComeBackExactly()
    {
        QFETCH(QString, text);
        QFETCH(QString, exported);
        Entry entry(QDate(2026, 3, 1), Author::Patient);
        entry.setValue(Field::NumbnessHands, 3);
        entry.setNote(text);

        const CsvDocument written = CsvParser::parse(CsvExporter::entriesCsv({entry}));
        QVERIFY(written.problems.isEmpty());
        const qsizetype noteColumn = written.records[0].fields.indexOf(u"note"_s);
        QCOMPARE(written.records[1].fields[noteColumn], exported);

        CsvImporter importer;
        QVERIFY(importer.readEntries(u"e.csv"_s, CsvExporter::entriesCsv({entry})));
        QCOMPARE(importer.entries().size(), 1);
        QCOMPARE(importer.entries()[0].note(), text);
        QCOMPARE(importer.entries()[0], entry);
    }

    void eventNamesAndNotesAreEscapedAndComeBackExactly_data() { addTextRows(); }

    void eventNamesAndNotesAreEscapedAndComeBackExactly()
    {
        QFETCH(QString, text);
        QFETCH(QString, exported);
        const TreatmentEvent event = makeEvent(QDate(2026, 3, 2), EventKind::Other, text, text);
        const CsvDocument written = CsvParser::parse(CsvExporter::eventsCsv({event}));
        QVERIFY(written.problems.isEmpty());
        QCOMPARE(written.records[1].fields[2], exported); // name
        QCOMPARE(written.records[1].fields[3], exported); // note
        CsvImporter importer;
        QVERIFY(importer.readEvents(u"v.csv"_s, CsvExporter::eventsCsv({event})));
        QCOMPARE(importer.events().size(), 1);
        QCOMPARE(importer.events()[0].name, text);
        QCOMPARE(importer.events()[0].note, text);
    }

    // Only free text is escaped: a date, a number or a code never gets a '.
    void codedCellsAreNeverEscaped()
    {
        Entry entry = fullEntry(QDate(2026, 3, 1), Author::Caregiver, 3);
        entry.setNote(u"=1+1"_s);
        const CsvDocument written = CsvParser::parse(CsvExporter::entriesCsv({entry}));
        const QStringList &header = written.records[0].fields;
        const QStringList &row = written.records[1].fields;
        for (qsizetype c = 0; c < header.size(); ++c)
            QCOMPARE(row[c].startsWith(u'\''), header[c] == u"note"_s);
    }

    // Through the real program: a hand-written file with formula-like notes is imported, exported
    // with the quote, and the export imported into an empty diary gives the same notes back.
    void theCommandLineRoundTripIsExact()
    {
        QTemporaryDir dir;
        const QStringList notes = {u"=HYPERLINK(\"http://x.example\",\"click\")"_s, u"+cmd|' /C calc'!A0"_s,
                                   u"@SUM(1+1)"_s, u"-5"_s, u"plain"_s};
        QStringList entryRows = {u"date,author,note"_s};
        QStringList eventRows = {u"date,kind,name,note"_s};
        for (qsizetype i = 0; i < notes.size(); ++i) {
            const QString day = QDate(2026, 3, 1).addDays(i).toString(Qt::ISODate);
            entryRows.append(csvLine({day, u"patient"_s, notes[i]}).trimmed());
            eventRows.append(csvLine({day, u"other"_s, notes[i], notes[i]}).trimmed());
        }
        const QString handEntries = dir.filePath(u"hand.csv"_s);
        const QString handEvents = dir.filePath(u"hand-events.csv"_s);
        QVERIFY(writeFile(handEntries, entryRows.join(u'\n').toUtf8() + '\n'));
        QVERIFY(writeFile(handEvents, eventRows.join(u'\n').toUtf8() + '\n'));
        const QString diary = dir.filePath(u"diary.sqlite"_s);
        const CliResult first =
            runCli({u"import-csv"_s, u"--db"_s, diary, handEntries, u"--events"_s, handEvents});
        QVERIFY2(first.exitCode == 0, qPrintable(first.errText()));

        const QString entries = dir.filePath(u"entries.csv"_s);
        const QString events = dir.filePath(u"events.csv"_s);
        const CliResult exported =
            runCli({u"export-csv"_s, u"--db"_s, diary, u"--out"_s, entries, u"--events-out"_s, events});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.errText()));
        const QByteArray csv = fileBytes(entries);
        QVERIFY2(csv.contains("\"'=HYPERLINK(") && csv.contains(",'@SUM(1+1)") && csv.contains(",'-5"),
                 csv.constData());
        QVERIFY(!csv.contains(",=") && !csv.contains(",+") && !csv.contains(",@") && !csv.contains(",-5"));
        QVERIFY(fileBytes(events).contains(",'@SUM(1+1),'@SUM(1+1)"));

        const QString copy = dir.filePath(u"copy.sqlite"_s);
        const CliResult imported = runCli({u"import-csv"_s, u"--db"_s, copy, entries, u"--events"_s, events});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.errText()));
        Database db;
        QVERIFY(db.open(copy, Database::OpenMode::MustExist));
        DiaryStore store(db);
        const QList<Entry> back = store.entries();
        QCOMPARE(back.size(), notes.size());
        const QList<TreatmentEvent> backEvents = store.events();
        for (qsizetype i = 0; i < notes.size(); ++i) {
            QCOMPARE(back[i].note(), notes[i]);
            QCOMPARE(backEvents[i].name, notes[i]);
            QCOMPARE(backEvents[i].note, notes[i]);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvFormulas)
#include "tst_csv_formulas.moc"
