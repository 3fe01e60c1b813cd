// CSV import and export (FORMATS.md): lossless round trips, any column order, and
// every kind of bad file reported as FILE:LINE: column NAME: reason with nothing
// written. Golden files live in tests/data/csv: good/ imports cleanly, every bad/X.csv
// has the exact problems it must give in bad/X.expected.
#include "CliRunner.h"
#include "SampleData.h"
#include "TempDiary.h"
#include "demo/DemoDiary.h"
#include "io/CsvExporter.h"
#include "io/CsvImporter.h"
#include "io/CsvParser.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

QString dataPath(const QString &relative)
{
    return QDir(QFileInfo(QFINDTESTDATA("data/csv/good/notes.csv")).absolutePath() + u"/.."_s)
        .absoluteFilePath(relative);
}

QStringList expectedProblems(const QString &badFile)
{
    const QString expected = dataPath(u"bad/"_s + QFileInfo(badFile).completeBaseName() + u".expected"_s);
    return QString::fromUtf8(fileBytes(expected)).split(u'\n', Qt::SkipEmptyParts);
}

QStringList problemLines(const CsvImporter &importer)
{
    QStringList lines;
    for (const ImportProblem &problem : importer.problems())
        lines.append(problem.toString());
    return lines;
}

bool isEventsFile(const QString &file)
{
    return file.startsWith(u"events_"_s);
}

// Imports through the library into `store`; on failure the problems are in the message.
bool importInto(DiaryStore &store, const QString &name, const QByteArray &entriesCsv, ConflictPolicy policy,
                CsvImporter &importer, const QByteArray &eventsCsv = {})
{
    importer.readEntries(name, entriesCsv);
    if (!eventsCsv.isNull())
        importer.readEvents(name + u".events"_s, eventsCsv);
    if (!importer.problems().isEmpty())
        return false;
    return importer.apply(store, policy);
}

// A diary with something in it, closed so its file can be compared byte for byte.
bool makeStoredDiary(TempDiary &diary)
{
    if (!diary.open())
        return false;
    const bool ok =
        diary.store().saveEntry(fullEntry(QDate(2026, 3, 1), Author::Patient, 1)) &&
        diary.store().saveEntry(fullEntry(QDate(2026, 3, 2), Author::Caregiver, 2)) &&
        diary.store().addEvent(makeEvent(QDate(2026, 3, 1), EventKind::Infusion, u"nivolumab"_s)) > 0;
    diary.close();
    return ok;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo(cliBinary()).isExecutable(), "NERVEDIARY_BINARY must name the nervediary program");
        QVERIFY(!QFINDTESTDATA("data/csv/good/notes.csv").isEmpty());
    }

    // --- the parser ---

    void parserReadsRfc4180_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::newRow("plain fields, LF") << QByteArray("a,b\n1,2\n") << QList<int>{1, 2}
                                          << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("CRLF and no final line end") << QByteArray("a,b\r\n1,2") << QList<int>{1, 2}
                                                    << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("quotes, doubled quotes, commas and line breaks inside quotes")
            << QByteArray("a,b\n\"x, \"\"y\"\"\",\"1\n2\"\n3,4\n") << QList<int>{1, 2, 4}
            << QList<QStringList>{{u"a"_s, u"b"_s}, {u"x, \"y\""_s, u"1\n2"_s}, {u"3"_s, u"4"_s}};
        QTest::newRow("blank lines are skipped but counted")
            << QByteArray("a\n\n\nb\n") << QList<int>{1, 4} << QList<QStringList>{{u"a"_s}, {u"b"_s}};
        QTest::newRow("empty fields are kept")
            << QByteArray(",,\n") << QList<int>{1} << QList<QStringList>{{u""_s, u""_s, u""_s}};
        QTest::newRow("a byte-order mark is ignored") << QByteArray("\xEF\xBB\xBF"
                                                                    "date\n")
                                                      << QList<int>{1} << QList<QStringList>{{u"date"_s}};
    }

    void parserReadsRfc4180()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QList<int>, lines);
        QFETCH(QList<QStringList>, records);
        const CsvDocument document = CsvParser::parse(csv);
        QVERIFY(document.problems.isEmpty());
        QCOMPARE(document.records.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(document.records[i].line, lines[i]);
            QCOMPARE(document.records[i].fields, records[i]);
        }
    }

    void csvLineQuotesOnlyWhatNeedsIt()
    {
        QCOMPARE(csvLine({u"a"_s, u"b c"_s, u"d,e"_s, u"f\"g"_s, u"h\ni"_s, u"j\rk"_s, u""_s}),
                 u"a,b c,\"d,e\",\"f\"\"g\",\"h\ni\",\"j\rk\",\n"_s);
    }

    // --- bad files: every problem, exactly where it is ---

    void badFileReportsEveryProblem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("dates that are not dates, or no date at all") << u"bad_date.csv"_s;
        QTest::newRow("values out of range (11 for a score) and values of the wrong kind")
            << u"out_of_range.csv"_s;
        QTest::newRow("unknown columns, with a suggestion, and the rows are still checked")
            << u"unknown_column.csv"_s;
        QTest::newRow("unknown region codes") << u"unknown_region.csv"_s;
        QTest::newRow("no author column") << u"missing_author_column.csv"_s;
        QTest::newRow("an empty or unknown author") << u"empty_author.csv"_s;
        QTest::newRow("a quoted field that is never closed") << u"unclosed_quote.csv"_s;
        QTest::newRow("stray quote marks") << u"stray_quote.csv"_s;
        QTest::newRow("Latin-1 text is not UTF-8, named by line and column") << u"latin1.csv"_s;
        QTest::newRow("two rows for the same date and author") << u"duplicate_rows.csv"_s;
        QTest::newRow("rows with too few or too many fields") << u"wrong_field_count.csv"_s;
        QTest::newRow("an empty file") << u"empty.csv"_s;
        QTest::newRow("line numbers count the lines inside quoted notes and blank lines")
            << u"line_numbers_after_multiline_note.csv"_s;
        QTest::newRow("a column named twice") << u"duplicate_column.csv"_s;
        QTest::newRow("a column without a name (trailing comma)") << u"unnamed_column.csv"_s;
        QTest::newRow("a header that cannot be read, after a blank line") << u"unreadable_header.csv"_s;
        QTest::newRow("treatment events with a bad date or kind") << u"events_bad.csv"_s;
        QTest::newRow("treatment events without a kind column") << u"events_missing_kind_column.csv"_s;
    }

    void badFileReportsEveryProblem()
    {
        QFETCH(QString, file);
        const QByteArray contents = fileBytes(dataPath(u"bad/"_s + file));
        QVERIFY(!contents.isNull());
        const QStringList expected = expectedProblems(file);
        QVERIFY2(!expected.isEmpty(), "every bad file needs its .expected file");

        CsvImporter importer;
        const bool ok =
            isEventsFile(file) ? importer.readEvents(file, contents) : importer.readEntries(file, contents);
        QVERIFY(!ok);
        QCOMPARE(problemLines(importer), expected);
        // The contract's shape, line by line.
        static const QRegularExpression shape(u"^[^:]+\\.csv:[1-9][0-9]*: column [^ :]+: .+$"_s);
        for (const QString &line : expected)
            QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
    }

    void badFileChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("diaryExists");
        const QStringList files = QDir(dataPath(u"bad"_s)).entryList({u"*.csv"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 17);
        for (const QString &file : files) {
            QTest::addRow("%s leaves an existing diary byte for byte", qPrintable(file)) << file << true;
            QTest::addRow("%s creates no diary", qPrintable(file)) << file << false;
        }
    }

    void badFileChangesNothing()
    {
        QFETCH(QString, file);
        QFETCH(bool, diaryExists);
        TempDiary diary;
        if (diaryExists)
            QVERIFY(makeStoredDiary(diary));
        const FileState before = FileState::of(diary.path());
        QCOMPARE(before.exists, diaryExists);

        // Run from the data folder with a relative name, as a user would: FILE is then
        // exactly what the .expected file says.
        QStringList arguments = {u"import-csv"_s, u"--db"_s, diary.path()};
        if (isEventsFile(file))
            arguments << dataPath(u"good/header_only.csv"_s) << u"--events"_s << file;
        else
            arguments << file;
        const CliResult result = runCli(arguments, dataPath(u"bad"_s));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.crashed);
        QCOMPARE(result.outText(), QString());
        const QStringList expected = expectedProblems(file);
        QCOMPARE(result.errLines(),
                 expected + QStringList{(expected.size() == 1
                                             ? u"nervediary: 1 problem found; nothing was imported."_s
                                             : u"nervediary: %1 problems found; nothing was imported."_s.arg(
                                                   expected.size()))});

        QVERIFY(FileState::of(diary.path()) == before);
        QVERIFY(!QFile::exists(diary.path() + u"-wal"_s));
        QVERIFY(!QFile::exists(diary.path() + u"-shm"_s) || diaryExists);
    }

    // --- good files ---

    void canonicalFileRoundTripsByteForByte()
    {
        const QByteArray csv = fileBytes(dataPath(u"good/notes.csv"_s));
        TempDiary diary;
        QVERIFY(diary.open());
        CsvImporter importer;
        QVERIFY2(importInto(diary.store(), u"notes.csv"_s, csv, ConflictPolicy::Fail, importer),
                 qPrintable(problemLines(importer).join(u'\n')));
        QCOMPARE(importer.counts().entriesAdded, 10);

        const QList<Entry> entries = diary.store().entries();
        QStringList notes;
        for (const Entry &entry : entries)
            notes.append(entry.note());
        QCOMPARE(notes, (QStringList{u"Comma, inside"_s, u"She said \"ouch\" twice"_s, u"line 1\nline 2\n"_s,
                                     u"windows\r\nline end"_s, u"Füße kalt – 足が痛い 🦶 é"_s,
                                     u"  spaced out  "_s, u"\""_s, u"=1+1;@SUM(A1)"_s, u""_s, u"\n"_s}));
        QCOMPARE(entries[0].regions().toCodes(), u"left_fingertips;right_toes"_s);
        QCOMPARE(entries[0].value(Field::NumbnessHands), std::optional<int>(3));
        QCOMPARE(entries[0].value(Field::FeetInspected), std::optional<int>(1));
        QCOMPARE(entries[0].value(Field::PainHands), std::optional<int>());

        QCOMPARE(CsvExporter::entriesCsv(entries), csv);
    }

    void versionOneFileImportsUnchanged()
    {
        // notes_v1.csv is notes.csv as the release before contract v2 wrote it: no columns
        // after the note. It imports to the same entries (the new warning signs blank), and
        // exporting them writes the contract-v2 file with the new columns after the note.
        const QByteArray v1 = fileBytes(dataPath(u"good/notes_v1.csv"_s));
        const QByteArray v2 = fileBytes(dataPath(u"good/notes.csv"_s));
        QVERIFY(!v1.split('\n').first().contains("drooping_eyelid"));
        TempDiary fromV1;
        TempDiary fromV2;
        QVERIFY(fromV1.open());
        QVERIFY(fromV2.open());
        CsvImporter importerV1;
        CsvImporter importerV2;
        QVERIFY2(importInto(fromV1.store(), u"notes_v1.csv"_s, v1, ConflictPolicy::Fail, importerV1),
                 qPrintable(problemLines(importerV1).join(u'\n')));
        QVERIFY2(importInto(fromV2.store(), u"notes.csv"_s, v2, ConflictPolicy::Fail, importerV2),
                 qPrintable(problemLines(importerV2).join(u'\n')));
        const QList<Entry> entries = fromV1.store().entries();
        QCOMPARE(entries.size(), 10);
        QCOMPARE(entries, fromV2.store().entries());
        for (const Entry &entry : entries)
            for (int i = kFieldCountV1; i < kFieldCount; ++i)
                QCOMPARE(entry.value(Field(i)), std::optional<int>());
        QCOMPARE(CsvExporter::entriesCsv(entries), v2);
    }

    void contractTwoColumnsComeAfterTheNoteAndRoundTrip()
    {
        const QStringList columns = DiaryCsvFormat::entryColumns();
        const qsizetype note = columns.indexOf(u"note"_s);
        QCOMPARE(
            columns.mid(note + 1),
            (QStringList{u"drooping_eyelid"_s, u"double_vision"_s, u"slurred_speech"_s, u"rising_weakness"_s,
                         u"hard_to_wake"_s, u"bladder_bowel"_s, u"headache_stiff_neck"_s, u"chest_pain"_s}));
        QCOMPARE(columns[note - 1], u"breathing"_s);

        Entry entry(QDate(2026, 6, 1), Author::Patient);
        entry.setValue(Field::DroopingEyelid, 1);
        entry.setValue(Field::DoubleVision, 0);
        entry.setValue(Field::ChestPain, 1);
        entry.setRegions(RegionSet::fromCodes(u"left_upper_arm;right_forearm;left_thigh"_s));
        entry.setNote(u"eyelid drooped in the evening"_s);
        const QByteArray csv = CsvExporter::entriesCsv({entry});
        QVERIFY2(csv.contains("left_forearm") == false &&
                     csv.contains("left_upper_arm;left_thigh;right_forearm"),
                 csv.constData());
        QVERIFY2(csv.contains(",eyelid drooped in the evening,yes,no,,,,,,yes\n"), csv.constData());
        TempDiary diary;
        QVERIFY(diary.open());
        CsvImporter importer;
        QVERIFY2(importInto(diary.store(), u"v2.csv"_s, csv, ConflictPolicy::Fail, importer),
                 qPrintable(problemLines(importer).join(u'\n')));
        QCOMPARE(diary.store().entries(), QList<Entry>{entry});
    }

    void anyColumnOrderCaseAndLineEnd()
    {
        // Byte-order mark, CRLF, columns in another order, only some columns, capitals,
        // needless quotes, spaces around values and a blank line.
        TempDiary diary;
        QVERIFY(diary.open());
        CsvImporter importer;
        QVERIFY2(importInto(diary.store(), u"any_order.csv"_s, fileBytes(dataPath(u"good/any_order.csv"_s)),
                            ConflictPolicy::Fail, importer),
                 qPrintable(problemLines(importer).join(u'\n')));

        Entry plain(QDate(2026, 4, 1), Author::Patient);
        plain.setNote(u"plain"_s);
        plain.setValue(Field::Skin, int(SkinFinding::None));
        plain.setValue(Field::NumbnessFeet, 0);
        Entry caregiver(QDate(2026, 4, 1), Author::Caregiver);
        caregiver.setValue(Field::FeetInspected, 0);
        Entry quoted(QDate(2026, 4, 2), Author::Patient);
        quoted.setNote(u"quoted \"note\""_s);
        quoted.setValue(Field::Skin, int(SkinFinding::Blister));
        quoted.setValue(Field::NumbnessFeet, 7);
        quoted.setValue(Field::FeetInspected, 1);
        quoted.setRegions(RegionSet::fromCodes(u"right_foot;left_hand"));
        const QList<Entry> entries = diary.store().entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0], plain);
        QCOMPARE(entries[1], caregiver);
        QCOMPARE(entries[2], quoted);
    }

    void headerOnlyFileImportsNothing()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        CsvImporter importer;
        QVERIFY(importInto(diary.store(), u"header_only.csv"_s,
                           fileBytes(dataPath(u"good/header_only.csv"_s)), ConflictPolicy::Fail, importer));
        QCOMPARE(diary.store().entryCount(), 0);
    }

    void eventsFileRoundTripsByteForByte()
    {
        const QByteArray events = fileBytes(dataPath(u"good/events.csv"_s));
        TempDiary diary;
        QVERIFY(diary.open());
        CsvImporter importer;
        QVERIFY(importInto(diary.store(), u"e"_s, "date,author\n", ConflictPolicy::Fail, importer, events));
        QCOMPARE(importer.counts().eventsAdded, 3);
        const QList<TreatmentEvent> stored = diary.store().events();
        QCOMPARE(stored.size(), 3);
        QVERIFY(stored[1].sameContent(
            makeEvent(QDate(2026, 3, 1), EventKind::Appointment, {}, u"blood test, then infusion"_s)));
        QCOMPARE(CsvExporter::eventsCsv(stored), events);
    }

    void notesSurviveExportAndImport_data()
    {
        QTest::addColumn<QString>("note");
        QTest::newRow("commas") << u"a, b, c"_s;
        QTest::newRow("quotes") << u"\"quoted\" and a lone \" mark"_s;
        QTest::newRow("line breaks") << u"first\nsecond\n\nfourth"_s;
        QTest::newRow("CRLF and a lone CR") << u"one\r\ntwo\rthree"_s;
        QTest::newRow("everything at once") << u",\"\n\r\n,\""_s;
        QTest::newRow("unicode beyond the BMP and combining marks") << u"🦶🖐 e\u0301 Ωmega 手足"_s;
        QTest::newRow("spaces around") << u"   padded   "_s;
        QTest::newRow("tabs") << u"a\tb"_s;
        QTest::newRow("only a quote") << u"\""_s;
        QTest::newRow("looks like a header") << u"date,author"_s;
        QTest::newRow("long") << QString(5000, u'x');
    }

    void notesSurviveExportAndImport()
    {
        QFETCH(QString, note);
        Entry entry = fullEntry(QDate(2026, 5, 1), Author::Caregiver, 2);
        entry.setNote(note);
        const QByteArray csv =
            CsvExporter::entriesCsv({entry, fullEntry(QDate(2026, 5, 2), Author::Patient)});
        CsvImporter importer;
        QVERIFY2(importer.readEntries(u"x.csv"_s, csv), qPrintable(problemLines(importer).join(u'\n')));
        QCOMPARE(importer.entries().size(), 2);
        QCOMPARE(importer.entries()[0].note(), note);
        QCOMPARE(importer.entries()[0], entry);
        QCOMPARE(CsvExporter::entriesCsv(importer.entries()), csv);
    }

    // --- a whole generated diary ---

    void demoDiaryRoundTrips()
    {
        DemoOptions options;
        options.days = 180;
        options.seed = 7;
        options.lastDay = QDate(2026, 6, 30);
        const DemoDiary demo = generateDemoDiary(options);
        QVERIFY(demo.entries.size() > 150);
        QVERIFY(!demo.events.isEmpty());

        TempDiary first;
        QVERIFY(first.open());
        QVERIFY(first.store().inTransaction([&] {
            for (const Entry &entry : demo.entries) {
                if (!first.store().saveEntry(entry))
                    return false;
            }
            for (const TreatmentEvent &event : demo.events) {
                if (first.store().addEvent(event) == 0)
                    return false;
            }
            return true;
        }));
        const QByteArray entriesA = CsvExporter::entriesCsv(first.store().entries());
        const QByteArray eventsA = CsvExporter::eventsCsv(first.store().events());

        TempDiary second;
        QVERIFY(second.open());
        CsvImporter importer;
        QVERIFY2(importInto(second.store(), u"a.csv"_s, entriesA, ConflictPolicy::Fail, importer, eventsA),
                 qPrintable(problemLines(importer).join(u'\n')));
        QCOMPARE(importer.counts().entriesAdded, int(demo.entries.size()));
        QCOMPARE(importer.counts().eventsAdded, int(demo.events.size()));

        QCOMPARE(CsvExporter::entriesCsv(second.store().entries()), entriesA);
        QCOMPARE(CsvExporter::eventsCsv(second.store().events()), eventsA);

        const QList<Entry> entriesB = second.store().entries();
        QCOMPARE(entriesB.size(), demo.entries.size());
        QList<Entry> generated = demo.entries;
        std::stable_sort(generated.begin(), generated.end(), [](const Entry &a, const Entry &b) {
            return a.date() != b.date() ? a.date() < b.date() : a.author() < b.author();
        });
        for (qsizetype i = 0; i < generated.size(); ++i)
            QCOMPARE(entriesB[i], generated[i]);
        const QList<TreatmentEvent> eventsB = second.store().events();
        QCOMPARE(eventsB.size(), demo.events.size());
        for (qsizetype i = 0; i < eventsB.size(); ++i)
            QVERIFY(eventsB[i].sameContent(demo.events[i]));
    }

    // --- conflicts with the diary ---

    void conflicts_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<bool>("applied");
        QTest::addColumn<QStringList>("problems");
        QTest::addColumn<QList<int>>("counts"); // added, replaced, skipped; events added, replaced, skipped
        QTest::addColumn<QString>("storedNote");
        QTest::addColumn<QString>("storedEventNote");
        QTest::newRow("fail reports every conflict and writes nothing")
            << int(ConflictPolicy::Fail) << false
            << QStringList{u"conflicts.csv:2: column date: the diary already has an entry for 2026-03-01 by "
                           "patient (use --on-conflict skip or replace)"_s,
                           u"conflict_events.csv:2: column date: the diary already has this treatment event "
                           "(use --on-conflict skip or replace)"_s}
            << QList<int>{0, 0, 0, 0, 0, 0} << u"old"_s << u"cycle 1"_s;
        QTest::newRow("skip keeps the stored entry and event")
            << int(ConflictPolicy::Skip) << true << QStringList{} << QList<int>{1, 0, 1, 1, 0, 1} << u"old"_s
            << u"cycle 1"_s;
        QTest::newRow("replace overwrites them and counts them as replaced")
            << int(ConflictPolicy::Replace) << true << QStringList{} << QList<int>{1, 1, 0, 1, 1, 0}
            << u"new"_s << u"replaced note"_s;
    }

    void conflicts()
    {
        QFETCH(int, policy);
        QFETCH(bool, applied);
        QFETCH(QStringList, problems);
        QFETCH(QList<int>, counts);
        QFETCH(QString, storedNote);
        QFETCH(QString, storedEventNote);

        TempDiary diary;
        QVERIFY(diary.open());
        DiaryStore &store = diary.store();
        Entry old(QDate(2026, 3, 1), Author::Patient);
        old.setValue(Field::NumbnessHands, 2);
        old.setNote(u"old"_s);
        QVERIFY(store.saveEntry(old));
        QVERIFY(store.saveEntry(fullEntry(QDate(2026, 3, 1), Author::Caregiver))); // not a conflict
        QVERIFY(store.addEvent(
            makeEvent(QDate(2026, 3, 1), EventKind::Infusion, u"pembrolizumab"_s, u"cycle 1"_s)));

        CsvImporter importer;
        QVERIFY(importer.read(dataPath(u"good/conflicts.csv"_s), dataPath(u"good/conflict_events.csv"_s)));
        QCOMPARE(importer.apply(store, ConflictPolicy(policy)), applied);
        QVERIFY(!importer.error().isError());
        QStringList reported = problemLines(importer);
        for (QString &line : reported)
            line.remove(dataPath(u"good/"_s));
        QCOMPARE(reported, problems);
        const ImportCounts &c = importer.counts();
        QCOMPARE((QList<int>{c.entriesAdded, c.entriesReplaced, c.entriesSkipped, c.eventsAdded,
                             c.eventsReplaced, c.eventsSkipped}),
                 counts);

        QCOMPARE(store.entry(QDate(2026, 3, 1), Author::Patient)->note(), storedNote);
        QCOMPARE(*store.entry(QDate(2026, 3, 1), Author::Caregiver),
                 fullEntry(QDate(2026, 3, 1), Author::Caregiver));
        QCOMPARE(store.entryCount(), applied ? 3 : 2);
        const QList<TreatmentEvent> events = store.events();
        QCOMPARE(events.size(), applied ? 2 : 1);
        QCOMPARE(events[0].note, storedEventNote);
    }

    void conflictThroughTheCliChangesNothingUnlessAllowed()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        Entry old(QDate(2026, 3, 1), Author::Patient);
        old.setNote(u"old"_s);
        QVERIFY(diary.store().saveEntry(old));
        diary.close();
        const FileState before = FileState::of(diary.path());
        const QStringList import = {u"import-csv"_s, u"--db"_s, diary.path(), u"conflicts.csv"_s};

        CliResult result = runCli(import, dataPath(u"good"_s));
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(
            result.errLines(),
            (QStringList{u"conflicts.csv:2: column date: the diary already has an entry for 2026-03-01 by "
                         "patient (use --on-conflict skip or replace)"_s,
                         u"nervediary: 1 conflict with the diary; nothing was imported."_s}));
        QVERIFY(FileState::of(diary.path()) == before);
        QVERIFY(!QFile::exists(diary.path() + u"-wal"_s));

        result = runCli(import + QStringList{u"--on-conflict"_s, u"skip"_s}, dataPath(u"good"_s));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(
            result.outText(),
            u"Imported 1 new entries, replaced 0, skipped 1; 0 treatment events added, 0 replaced, 0 skipped.\n"_s);
        result = runCli(
            import + QStringList{u"--on-conflict"_s, u"replace"_s, u"--events"_s, u"conflict_events.csv"_s},
            dataPath(u"good"_s));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(
            result.outText(),
            u"Imported 0 new entries, replaced 2, skipped 0; 2 treatment events added, 0 replaced, 0 skipped.\n"_s);
        result = runCli(
            import + QStringList{u"--on-conflict"_s, u"replace"_s, u"--events"_s, u"conflict_events.csv"_s},
            dataPath(u"good"_s));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(
            result.outText(),
            u"Imported 0 new entries, replaced 2, skipped 0; 0 treatment events added, 2 replaced, 0 skipped.\n"_s);

        QVERIFY(diary.open());
        QCOMPARE(diary.store().entry(QDate(2026, 3, 1), Author::Patient)->note(), u"new"_s);
        QCOMPARE(diary.store().events().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
