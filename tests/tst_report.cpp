// The appointment report read back as text: page counts, every flag and every logged
// day, sections and notes left out, the empty period, the frame on every page, paper
// sizes, embedded fonts; and the page-1 facts computed without painting.
#include "analysis/FlagGroups.h"
#include "guide/SelfCareGuide.h"
#include "report/ReportSummary.h"
#include "report/ReportTexts.h"
#include "rules/GradeEstimate.h"
#include "tst_report_support.h"

#include <QTest>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

const QDate kLastDay(2026, 11, 1);

ReportOptions optionsFor(QDate from, QDate to)
{
    ReportOptions options;
    options.from = from;
    options.to = to;
    options.generatedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30));
    return options;
}

Entry entryOn(QDate date, Author author = Author::Patient)
{
    Entry entry(date, author);
    entry.setValue(Field::NumbnessHands, 1);
    return entry;
}

QString pageFile(const QTemporaryDir &dir)
{
    return dir.filePath(u"report.pdf"_s);
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        if (!havePdfToText())
            QSKIP("pdftotext (poppler-utils) is needed to read the report back");
    }

    void pageCountIsInTheExpectedRange_data()
    {
        QTest::addColumn<int>("diaryDays");
        QTest::addColumn<int>("periodDays");
        QTest::addColumn<unsigned>("sections");
        QTest::addColumn<int>("fewest");
        QTest::addColumn<int>("most");
        const unsigned all = ReportOptions::allSections();
        QTest::newRow("a month fits on a few pages") << 120 << 30 << all << 4 << 7;
        QTest::newRow("three months take a handful of pages") << 120 << 90 << all << 6 << 12;
        QTest::newRow("a year stays well under thirty pages") << 365 << 365 << all << 10 << 30;
        QTest::newRow("the summary is page 1 and the signs and symptoms of a year a few more")
            << 365 << 365 << unsigned(ReportSection::Summary) << 2 << 5;
        QTest::newRow("summary, signs and symptoms, and charts")
            << 365 << 365 << unsigned(unsigned(ReportSection::Summary) | unsigned(ReportSection::Charts)) << 3
            << 6;
        QTest::newRow("ten years stay printable") << 3650 << 3650 << all << 60 << 160;
    }

    void pageCountIsInTheExpectedRange()
    {
        QFETCH(int, diaryDays);
        QFETCH(int, periodDays);
        QFETCH(unsigned, sections);
        QFETCH(int, fewest);
        QFETCH(int, most);
        const QDate from = kLastDay.addDays(-(periodDays - 1));
        const ReportData data = demoReportData(diaryDays, kLastDay, from, kLastDay);
        ReportOptions options = optionsFor(from, kLastDay);
        options.sections = sections;
        QTemporaryDir dir;
        int pageCount = 0;
        QVERIFY(!writeReport(data, options, dir, u"report.pdf"_s, &pageCount).isEmpty());
        const QStringList pages = pdfPages(pageFile(dir));
        QCOMPARE(pages.size(), pageCount);
        QVERIFY2(pageCount >= fewest && pageCount <= most,
                 qPrintable(u"%1 pages, expected %2 to %3"_s.arg(pageCount).arg(fewest).arg(most)));
    }

    void summaryIsOnePageOnEitherPaper_data()
    {
        QTest::addColumn<int>("diaryDays");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("three busy months on A4") << 180 << int(QPageSize::A4);
        QTest::newRow("three busy months on US Letter") << 180 << int(QPageSize::Letter);
        QTest::newRow("ten years on US Letter") << 3650 << int(QPageSize::Letter);
    }

    void summaryIsOnePageOnEitherPaper()
    {
        QFETCH(int, diaryDays);
        QFETCH(int, pageSize);
        const QDate from = kLastDay.addDays(-(diaryDays > 180 ? diaryDays - 1 : 89));
        const ReportData data = demoReportData(diaryDays, kLastDay, from, kLastDay);
        ReportOptions options = optionsFor(from, kLastDay);
        options.pageSize = QPageSize::PageSizeId(pageSize);
        // With the charts after it, page 2 must begin with the charts' title.
        options.sections = unsigned(ReportSection::Summary) | unsigned(ReportSection::Charts);
        QTemporaryDir dir;
        int pageCount = 0;
        QVERIFY(!writeReport(data, options, dir, u"report.pdf"_s, &pageCount).isEmpty());
        const QStringList pages = pdfPages(pageFile(dir));
        QVERIFY(pages.value(0).contains(u"Treatment events in this period"_s));
        // Page 2 begins the signs and symptoms; the charts begin a page of their own after them.
        QVERIFY(pages.value(1).split(u'\n').contains(u"Warning signs and each symptom"_s));
        const qsizetype charts = pages.indexOf(pages.filter(u"How it went"_s).value(0));
        QVERIFY(charts >= 2);
        QVERIFY(pages[charts].split(u'\n').contains(u"How it went"_s));
        for (qsizetype i = 1; i < pages.size(); ++i)
            QVERIFY(!pages[i].contains(u"Treatment events in this period"_s));
    }

    void everyFlagAndEveryLoggedDayIsInTheText()
    {
        const QDate from = kLastDay.addDays(-89);
        const ReportData data = demoReportData(180, kLastDay, from, kLastDay);
        QVERIFY(!data.series.flags.isEmpty());
        QVERIFY(data.series.days.size() > 60);
        QTemporaryDir dir;
        QVERIFY(!writeReport(data, optionsFor(from, kLastDay), dir).isEmpty());
        const QString text = flattened(pdfPages(pageFile(dir)).join(u' '));

        bool bothAuthors = false;
        for (const DayValues &day : data.series.days) {
            // The date, then who logged it, in full: "P+C" was cut to "P…" (issue 16).
            const bool patient = day.hasEntryBy(Author::Patient);
            const bool caregiver = day.hasEntryBy(Author::Caregiver);
            bothAuthors = bothAuthors || (patient && caregiver);
            const QString by = patient && caregiver ? u"P+C"_s : caregiver ? u"C"_s : u"P"_s;
            const QString start =
                ReportTexts::date(day.date()) + u' ' + day.date().toString(u"ddd"_s) + u' ' + by + u' ';
            QVERIFY2(text.contains(start), qPrintable(start));
        }
        QVERIFY(bothAuthors);
        for (const AcknowledgedFlag &item : data.series.flags) {
            const Flag &flag = item.flag;
            // One table row: date, the rule in words, the numbers.
            // Falls, near falls and skin problems need no subject beside the rule's title.
            const bool namesSubject = ruleNamesASubject(flag.rule);
            const QString what = namesSubject
                                     ? u"%1 (rule %2): %3"_s.arg(ruleTitle(flag.rule))
                                           .arg(flag.ruleNumber())
                                           .arg(subjectTitle(flag.subject))
                                     : u"%1 (rule %2)"_s.arg(ruleTitle(flag.rule)).arg(flag.ruleNumber());
            // A step-up names the flag it follows.
            const QString course =
                flag.isStepUp() ? u" — "_s + FlagGroups::worseAgainSince(flag.follows) : QString();
            const QString row =
                flattened(ReportTexts::date(flag.date) + u' ' + what + course + u' ' + flag.evidence);
            QVERIFY2(text.contains(row), qPrintable(row));
        }
        // Flags outside the period are not listed.
        for (const AcknowledgedFlag &item : data.analysis.flags)
            if (item.flag.date < from)
                QVERIFY(!text.contains(ReportTexts::date(item.flag.date) + u' ' + ruleTitle(item.flag.rule)));
    }

    void summaryShowsGradeFlagsAndChanges()
    {
        const QDate from = kLastDay.addDays(-89);
        const ReportData data = demoReportData(180, kLastDay, from, kLastDay);
        ReportOptions options = optionsFor(from, kLastDay);
        QTemporaryDir dir;
        QVERIFY(!writeReport(data, options, dir).isEmpty());
        const QString first = flattened(pdfPages(pageFile(dir)).value(0));
        QVERIFY(first.contains(u"Alex Demo"_s));
        QVERIFY(first.contains(u"Immune checkpoint inhibitor"_s));
        QVERIFY(first.contains(u"+1 555 0100"_s));
        QVERIFY(first.contains(flattened(GradeEstimate::label())));
        QVERIFY(first.contains(u"Flags in this period"_s));
        // A busy page 1 (three months of the demo) hands the body map on to follow the symptom
        // tables; it is never dropped, and its heading stays with it.
        const QStringList pages = pdfPages(pageFile(dir));
        const auto map = std::find_if(pages.cbegin(), pages.cend(), [](const QString &page) {
            return page.contains(u"Where symptoms are marked"_s);
        });
        QVERIFY(map != pages.cend());
        QVERIFY2(map - pages.cbegin() <= 2, qPrintable(QString::number(map - pages.cbegin())));
        QVERIFY(map->contains(u"Last 7 days of the period"_s));
        QVERIFY(first.contains(u"Treatment events in this period"_s));
        QVERIFY(first.contains(u"not yet"_s));
        // The most pressing, newest line of the period leads page 1's flags, with its level in words.
        QList<FlagGroup> lines = FlagGroups::sameDay(data.series.flags);
        FlagGroups::sortMostPressingFirst(lines);
        const FlagGroup &lead = lines.first();
        QStringList days; // a course lists the days it got worse, newest first
        for (const AcknowledgedFlag &flag : lead.flags)
            if (!days.contains(ReportTexts::date(flag.flag.date)))
                days.append(ReportTexts::date(flag.flag.date));
        QVERIFY2(first.contains(levelWord(lead.level()) + u' ' + days.join(u", ") + u' ' +
                                flattened(lead.title())),
                 qPrintable(lead.title()));
    }

    void discussedFlagsSayWhen()
    {
        DemoOptions demoOptions;
        demoOptions.days = 180;
        demoOptions.lastDay = kLastDay;
        const DemoDiary demo = generateDemoDiary(demoOptions);
        const QDate from = kLastDay.addDays(-89);
        const ReportData plain =
            ReportData::compute(demo.entries, demo.events, demo.profile, std::nullopt, {}, from, kLastDay);
        QVERIFY(!plain.series.flags.isEmpty());
        // The line page 1 lists first, marked as a whole.
        QList<FlagGroup> lines = FlagGroups::sameDay(plain.series.flags);
        FlagGroups::sortMostPressingFirst(lines);
        QList<FlagAcknowledgement> acks;
        for (const AcknowledgedFlag &member : lines.first().flags)
            acks.append({member.flag.date, QString(ruleId(member.flag.rule)), member.flag.subject,
                         QDate(2026, 10, 30), u"dose lowered"_s});
        const ReportData data =
            ReportData::compute(demo.entries, demo.events, demo.profile, std::nullopt, acks, from, kLastDay);
        QTemporaryDir dir;
        QVERIFY(!writeReport(data, optionsFor(from, kLastDay), dir).isEmpty());
        const QString text = flattened(pdfPages(pageFile(dir)).join(u' '));
        QVERIFY(text.contains(u"yes, 2026-10-30"_s));
        QVERIFY(text.contains(u"Discussed with care team on 2026-10-30: dose lowered"_s));
    }

    void leftOutSectionsAreAbsent_data()
    {
        QTest::addColumn<int>("section");
        QTest::addColumn<QString>("marker");
        QTest::newRow("without charts there is no chart") << int(ReportSection::Charts) << u"How it went"_s;
        QTest::newRow("without the daily table there is no day by day")
            << int(ReportSection::DailyTable) << u"Day by day"_s;
        QTest::newRow("without events there is no event list")
            << int(ReportSection::Events) << u"Treatment events"_s;
        QTest::newRow("without flag details there is no evidence list")
            << int(ReportSection::FlagDetails) << u"Flags with their numbers"_s;
        QTest::newRow("without the summary there is no page 1 summary")
            << int(ReportSection::Summary) << u"Flags in this period"_s;
    }

    void leftOutSectionsAreAbsent()
    {
        QFETCH(int, section);
        QFETCH(QString, marker);
        const QDate from = kLastDay.addDays(-89);
        const ReportData data = demoReportData(180, kLastDay, from, kLastDay);
        ReportOptions options = optionsFor(from, kLastDay);
        QTemporaryDir dir;

        QVERIFY(!writeReport(data, options, dir).isEmpty());
        QStringList lines = pdfPages(pageFile(dir)).join(u'\n').split(u'\n');
        QVERIFY2(lines.contains(marker), "the marker must be there when the section is in");

        options.set(ReportSection(section), false);
        QVERIFY(!writeReport(data, options, dir).isEmpty());
        lines = pdfPages(pageFile(dir)).join(u'\n').split(u'\n');
        QVERIFY(!lines.contains(marker));
        // Page 1 does not point to a page that is not there.
        if (section == int(ReportSection::FlagDetails))
            QVERIFY(!lines.join(u' ').contains(u"listed with its numbers on page"_s));
    }

    void leftOutNotesAreAbsent()
    {
        const QString secret = u"Saw my sister, private worries about money"_s;
        QList<Entry> entries;
        for (int d = 0; d < 20; ++d) {
            Entry entry =
                entryOn(QDate(2026, 5, 1).addDays(d), d % 5 == 4 ? Author::Caregiver : Author::Patient);
            if (d == 12)
                entry.setNote(secret);
            if (d == 15)
                entry.setNote(u"Caregiver: stumbled on the stairs"_s);
            entries.append(entry);
        }
        DiaryProfile sam;
        sam.patientName = u"Sam"_s;
        const ReportData data =
            ReportData::compute(entries, {}, sam, std::nullopt, {}, QDate(2026, 5, 1), QDate(2026, 5, 20));
        ReportOptions options = optionsFor(QDate(2026, 5, 1), QDate(2026, 5, 20));
        QTemporaryDir dir;
        QVERIFY(!writeReport(data, options, dir).isEmpty());
        QString text = flattened(pdfPages(pageFile(dir)).join(u' '));
        QVERIFY(text.contains(secret));
        QVERIFY(text.contains(u"stumbled on the stairs"_s));

        options.set(ReportSection::Notes, false);
        QVERIFY(!writeReport(data, options, dir).isEmpty());
        const QStringList pages = pdfPages(pageFile(dir));
        text = flattened(pages.join(u' '));
        QVERIFY(!text.contains(secret));
        QVERIFY(!text.contains(u"stumbled"_s));
        QVERIFY(!text.contains(u"private"_s));
        QVERIFY(!pages.join(u'\n').split(u'\n').contains(u"Notes"_s));
        // Not even a mark of which days have a note.
        QVERIFY(!text.contains(u" Note "_s));
    }

    void aVeryLongNoteRunsOnToTheNextPage()
    {
        QStringList words;
        for (int i = 0; i < 1500; ++i)
            words.append(u"word%1"_s.arg(i));
        Entry entry = entryOn(QDate(2026, 5, 2));
        entry.setNote(words.join(u' '));
        const ReportData data = ReportData::compute({entryOn(QDate(2026, 5, 1)), entry}, {}, {}, std::nullopt,
                                                    {}, QDate(2026, 5, 1), QDate(2026, 5, 2));
        ReportOptions options = optionsFor(QDate(2026, 5, 1), QDate(2026, 5, 2));
        options.sections = unsigned(ReportSection::Notes);
        QTemporaryDir dir;
        int pageCount = 0;
        QVERIFY(!writeReport(data, options, dir, u"report.pdf"_s, &pageCount).isEmpty());
        QVERIFY(pageCount >= 2);
        const QStringList pages = pdfPages(pageFile(dir));
        QCOMPARE(pages.size(), pageCount);
        // Every word is there, and every page still has its footer (nothing ran over it).
        const QString text = flattened(pages.join(u' '));
        for (const QString &word : std::as_const(words))
            QVERIFY2(text.contains(u' ' + word + u' '), qPrintable(word));
        for (int i = 0; i < pages.size(); ++i)
            QVERIFY(pages[i].contains(u"page %1 of %2"_s.arg(i + 1).arg(pages.size())));
    }

    void emptyPeriodGivesOneClearPage()
    {
        const ReportData data = demoReportData(120, kLastDay, QDate(2020, 1, 1), QDate(2020, 3, 31));
        QTemporaryDir dir;
        int pageCount = 0;
        QVERIFY(!writeReport(data, optionsFor(QDate(2020, 1, 1), QDate(2020, 3, 31)), dir, u"report.pdf"_s,
                             &pageCount)
                     .isEmpty());
        QCOMPARE(pageCount, 1);
        const QStringList pages = pdfPages(pageFile(dir));
        QCOMPARE(pages.size(), 1);
        const QString text = flattened(pages.first());
        QVERIFY(text.contains(u"There are no diary entries in this period."_s));
        QVERIFY(text.contains(u"2020-01-01 to 2020-03-31"_s));
        QVERIFY(text.contains(u"page 1 of 1"_s));
        QVERIFY(!text.contains(u"How it went"_s));
    }

    void everyPageHasHeaderAndFooter()
    {
        const QDate from = kLastDay.addDays(-89);
        const ReportData data = demoReportData(120, kLastDay, from, kLastDay);
        QTemporaryDir dir;
        QVERIFY(!writeReport(data, optionsFor(from, kLastDay), dir).isEmpty());
        const QStringList pages = pdfPages(pageFile(dir));
        QVERIFY(pages.size() > 3);
        for (int i = 0; i < pages.size(); ++i) {
            const QString page = flattened(pages[i]);
            QVERIFY2(page.contains(u"Nerve symptom diary: Alex Demo"_s), qPrintable(QString::number(i)));
            QVERIFY(page.contains(u"Period "_s + ReportTexts::period(from, kLastDay)));
            QVERIFY(page.contains(u"page %1 of %2"_s.arg(i + 1).arg(pages.size())));
            QVERIFY(page.contains(flattened(SelfCareGuide::notADiagnosis())));
            QVERIFY(page.contains(u"Made on 2026-11-02 09:30"_s));
        }
    }

    void paperSizeAndEmbeddedFonts_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<QByteArray>("mediaBox");
        QTest::newRow("A4 by default")
            << int(QPageSize::A4) << QByteArray("/MediaBox [0 0 595.000000 842.000000]");
        QTest::newRow("US Letter when asked")
            << int(QPageSize::Letter) << QByteArray("/MediaBox [0 0 612.000000 792.000000]");
    }

    void paperSizeAndEmbeddedFonts()
    {
        QFETCH(int, pageSize);
        QFETCH(QByteArray, mediaBox);
        const QDate from = kLastDay.addDays(-29);
        const ReportData data = demoReportData(120, kLastDay, from, kLastDay);
        ReportOptions options = optionsFor(from, kLastDay);
        options.pageSize = QPageSize::PageSizeId(pageSize);
        const auto document = ReportBuilder::build(data, options);
        const QByteArray pdf = ReportPdf::render(*document);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.contains(mediaBox), pdf.left(2000).constData());
        // The glyphs travel with the file (a PDF without fonts shows no text elsewhere).
        QVERIFY(pdf.contains("/FontFile2"));
        QVERIFY(pdf.contains("DejaVuSans"));
    }

    void writtenFileIsPrivate()
    {
        const ReportData data = demoReportData(30, kLastDay, kLastDay.addDays(-29), kLastDay);
        QTemporaryDir dir;
        const QString path = writeReport(data, optionsFor(kLastDay.addDays(-29), kLastDay), dir);
        QVERIFY(!path.isEmpty());
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }

    void unwritablePathsAreRefusedBeforePainting_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a folder that does not exist")
            << u"/no/such/folder/report.pdf"_s << u"does not exist"_s;
        QTest::newRow("a folder instead of a file") << u"/tmp"_s << u"is a folder"_s;
        QTest::newRow("no name at all") << u""_s << u"No file name"_s;
    }

    void unwritablePathsAreRefusedBeforePainting()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!ReportPdf::checkWritable(path, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    // --- page-1 facts, without painting ---

    void summaryFacts()
    {
        // Baseline: days 0–6 (the diary's first week). Then a worse last week.
        QList<Entry> entries;
        const QDate day0(2026, 3, 1);
        for (int d = 0; d < 7; ++d) {
            Entry e(day0.addDays(d), Author::Patient);
            e.setValue(Field::NumbnessHands, d % 2); // mean 3/7
            e.setValue(Field::TinglingFeet, 2);
            e.setRegions(RegionSet::fromCodes(u"left_fingertips"_s));
            entries.append(e);
        }
        for (int d = 20; d < 27; ++d) {
            Entry e(day0.addDays(d), Author::Patient);
            e.setValue(Field::NumbnessHands, 5);
            e.setValue(Field::Buttoning, d == 25 ? 2 : 1);
            e.setRegions(RegionSet::fromCodes(u"left_fingertips;right_wrist"_s));
            if (d == 22)
                e.setValue(Field::Falls, 2);
            if (d == 23) {
                e.setValue(Field::Falls, 1);
                e.setValue(Field::NearFalls, 3);
            }
            entries.append(e);
        }
        Entry caregiver(day0.addDays(24), Author::Caregiver);
        caregiver.setValue(Field::Falls, 0);
        entries.append(caregiver);

        const ReportData data =
            ReportData::compute(entries, {}, {}, std::nullopt, {}, day0, day0.addDays(26));
        const ReportSummary summary = ReportSummary::compute(data, day0, day0.addDays(26));
        QCOMPARE(summary.loggedDays, 14);
        QCOMPARE(summary.caregiverDays, 1);
        QVERIFY(summary.defaultBaseline);
        QCOMPARE(summary.baseline->first, day0);
        QVERIFY(summary.hands.baselineMean.has_value());
        QCOMPARE(*summary.hands.baselineMean, 3.0 / 7.0);
        QCOMPARE(*summary.hands.recentMean, 5.0);
        QCOMPARE(summary.hands.recentDays, 7);
        QCOMPARE(*summary.feet.baselineMean, 2.0);
        QVERIFY(!summary.feet.recentMean.has_value());
        QCOMPARE(summary.gradeAtBaseline, std::optional<int>(1));
        QCOMPARE(summary.gradeNow, std::optional<int>(2));
        QCOMPARE(summary.falls, 3);
        QCOMPARE(summary.fallDays, 2);
        QCOMPARE(summary.nearFalls, 3);
        QCOMPARE(summary.newRegions(), RegionSet::fromCodes(u"right_wrist"_s));
        // The rules noticed the new place and the harder task; the newest flag comes first.
        QVERIFY(!summary.flags.isEmpty());
        for (qsizetype i = 1; i < summary.flags.size(); ++i)
            QVERIFY(summary.flags[i - 1].flag.date >= summary.flags[i].flag.date);
        QCOMPARE(summary.undiscussedFlags, int(summary.flags.size()));
    }

    void everyUrgentFlagOfThePeriodIsOnPageOne_data()
    {
        QTest::addColumn<int>("everyDays");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("a warning sign every ten days of the demo's 90 days, on A4")
            << 10 << int(QPageSize::A4);
        QTest::newRow("a warning sign every ninth day on US Letter") << 9 << int(QPageSize::Letter);
        QTest::newRow("two signs on alternate weeks: more urgent lines than page 1 holds at first")
            << 8 << int(QPageSize::A4);
    }

    void everyUrgentFlagOfThePeriodIsOnPageOne()
    {
        QFETCH(int, everyDays);
        QFETCH(int, pageSize);
        DemoOptions demoOptions;
        demoOptions.days = 180;
        demoOptions.lastDay = kLastDay;
        DemoDiary demo = generateDemoDiary(demoOptions);
        const QDate from = kLastDay.addDays(-89);
        int signs = 0;
        for (Entry &entry : demo.entries) {
            if (entry.date() < from || from.daysTo(entry.date()) % everyDays != 0 ||
                entry.author() != Author::Patient)
                continue;
            entry.setValue(kWarningSignFields[std::size_t(signs % kWarningSignFields.size())], 1);
            if (everyDays == 8)
                entry.setValue(kWarningSignFields[std::size_t((signs + 3) % kWarningSignFields.size())], 1);
            ++signs;
        }
        const ReportData data =
            ReportData::compute(demo.entries, demo.events, demo.profile, std::nullopt, {}, from, kLastDay);
        ReportOptions options = optionsFor(from, kLastDay);
        options.pageSize = QPageSize::PageSizeId(pageSize);
        QTemporaryDir dir;
        QVERIFY(!writeReport(data, options, dir).isEmpty());
        const QString first = flattened(pdfPages(pageFile(dir)).value(0));
        int urgent = 0;
        for (const AcknowledgedFlag &item : data.series.flags) {
            if (item.flag.level() != FlagLevel::Urgent)
                continue;
            ++urgent;
            QVERIFY2(first.contains(ReportTexts::date(item.flag.date)), qPrintable(item.flag.key()));
            QVERIFY2(first.contains(subjectTitle(item.flag.subject)), qPrintable(item.flag.key()));
        }
        QVERIFY(urgent >= 8);
        // Urgent lines come first: the first contact-level word on the page follows the last urgent one.
        const qsizetype table = first.indexOf(u"What the diary shows"_s);
        QVERIFY(table > 0);
        qsizetype end = first.indexOf(u"Flags not shown here"_s, table);
        if (end < 0)
            end = first.indexOf(flattened(GradeEstimate::label()), table);
        const QString rows = first.mid(table, end - table);
        QVERIFY(rows.lastIndexOf(levelWord(FlagLevel::Urgent)) <
                    rows.indexOf(levelWord(FlagLevel::ContactTeam)) ||
                !rows.contains(levelWord(FlagLevel::ContactTeam)));
        // And page 1 says what urgent means: emergency services first.
        QVERIFY(first.contains(u"emergency services first, then the care team"_s));
        QVERIFY(first.contains(u"Emergency number: 911"_s));
    }

    void warningSignsAreListedWithTheirDates()
    {
        QList<Entry> entries;
        const QDate day0(2026, 5, 1);
        for (int d = 0; d < 20; ++d) {
            Entry e = entryOn(day0.addDays(d));
            if (d >= 10 && d <= 12)
                e.setValue(Field::Tremor, 1);
            if (d == 15)
                e.setValue(Field::Tremor, 1);
            if (d == 16)
                e.setValue(Field::Breathing, 1);
            if (d == 17)
                e.setValue(Field::Confusion, 0); // a "no" is not a sign
            entries.append(e);
        }
        const ReportData data =
            ReportData::compute(entries, {}, {}, std::nullopt, {}, day0, day0.addDays(19));
        const ReportSummary summary = ReportSummary::compute(data, day0, day0.addDays(19));
        QCOMPARE(summary.warningSigns.size(), 2);
        QCOMPARE(summary.warningSigns[0].sign, Field::Tremor);
        QCOMPARE(summary.warningSigns[0].days.size(), 4);
        QCOMPARE(summary.warningSigns[1].sign, Field::Breathing);
        QTemporaryDir dir;
        QVERIFY(!writeReport(data, optionsFor(day0, day0.addDays(19)), dir).isEmpty());
        const QString text = flattened(pdfPages(pageFile(dir)).join(u' '));
        QVERIFY(text.contains(u"Warning signs in this period"_s));
        QVERIFY2(text.contains(u"tremor 4 2026-05-11 to 2026-05-13, 2026-05-16"_s), qPrintable(text));
        QVERIFY(text.contains(u"trouble breathing 1 2026-05-17"_s));
        QVERIFY(!text.contains(u"confusion 1"_s));
    }

    void eachSymptomWeekByWeek()
    {
        QList<Entry> entries;
        const QDate day0(2026, 5, 1);
        for (int d = 0; d < 14; ++d) {
            Entry e(day0.addDays(d), Author::Patient);
            e.setValue(Field::WeaknessFeet, d < 7 ? 2 : 4); // week means 2 and 4
            e.setValue(Field::PainHands, d == 3 ? 9 : 1);   // worst 9
            if (d < 7)
                e.setValue(Field::ColdHands, 3); // not rated in week 2
            entries.append(e);
        }
        const ReportData data =
            ReportData::compute(entries, {}, {}, std::nullopt, {}, day0, day0.addDays(13));
        const ReportSummary summary = ReportSummary::compute(data, day0, day0.addDays(13));
        QCOMPARE(summary.symptoms.size(), 2);
        const SymptomWeeks &hands = summary.symptoms[0];
        const SymptomWeeks &feet = summary.symptoms[1];
        QCOMPARE(hands.weeks.size(), 2);
        QCOMPARE(hands.weeks[0].from, day0);
        QCOMPARE(hands.weeks[1].to, day0.addDays(13));
        const auto at = [](Symptom symptom) {
            return std::size_t(symptom);
        };
        QCOMPARE(*feet.weeks[0].mean[at(Symptom::Weakness)], 2.0);
        QCOMPARE(*feet.weeks[1].mean[at(Symptom::Weakness)], 4.0);
        QCOMPARE(feet.worst[at(Symptom::Weakness)], std::optional<int>(4));
        QCOMPARE(*hands.weeks[0].mean[at(Symptom::Pain)], 15.0 / 7.0);
        QCOMPARE(hands.worst[at(Symptom::Pain)], std::optional<int>(9));
        QVERIFY(!hands.weeks[1].mean[at(Symptom::Cold)].has_value());
        QVERIFY(!hands.worst[at(Symptom::Numbness)].has_value());

        QTemporaryDir dir;
        QVERIFY(!writeReport(data, optionsFor(day0, day0.addDays(13)), dir).isEmpty());
        const QString text = flattened(pdfPages(pageFile(dir)).join(u' '));
        QVERIFY(text.contains(u"Hands: each symptom, week by week"_s));
        QVERIFY(text.contains(u"Feet: each symptom, week by week"_s));
        QVERIFY(text.contains(u"Numbness Tingling Burning Pain Cold Weakness"_s));
        QVERIFY2(text.contains(u"Worst day of the period \u2013 \u2013 \u2013 9 3 \u2013"_s),
                 qPrintable(text));
    }

    void treatmentAnchor_data()
    {
        QTest::addColumn<QString>("treatment");
        QTest::addColumn<QDate>("profileStart");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the profile's start counts the days of treatment")
            << u"checkpoint_inhibitor"_s << QDate(2026, 4, 1) << u"day 50 of treatment at the period's end"_s;
        QTest::newRow("without a start in the profile, the first infusion is day 1")
            << u"checkpoint_inhibitor"_s << QDate() << u"2026-04-10 (first infusion)"_s;
        QTest::newRow("after CAR-T the days since the infusion are counted")
            << u"car_t"_s << QDate() << u"day 11 after the CAR-T infusion at the period's end"_s;
    }

    void treatmentAnchor()
    {
        QFETCH(QString, treatment);
        QFETCH(QDate, profileStart);
        QFETCH(QString, expected);
        QList<Entry> entries;
        for (int d = 0; d < 20; ++d)
            entries.append(entryOn(QDate(2026, 5, 1).addDays(d)));
        TreatmentEvent first;
        first.date = QDate(2026, 4, 10);
        first.kind = EventKind::Infusion;
        first.name = u"pembrolizumab"_s;
        TreatmentEvent last = first;
        last.date = QDate(2026, 5, 9);
        TreatmentEvent after = first;
        after.date = QDate(2026, 6, 1); // after the period: not the last dose
        DiaryProfile profile;
        profile.treatment = treatment;
        profile.treatmentStart = profileStart;
        const QDate from(2026, 5, 1), to(2026, 5, 20);
        const ReportData data =
            ReportData::compute(entries, {first, last, after}, profile, std::nullopt, {}, from, to);
        const ReportSummary summary = ReportSummary::compute(data, from, to);
        QCOMPARE(summary.anchor.lastDose->date, QDate(2026, 5, 9));
        QTemporaryDir dir;
        QVERIFY(!writeReport(data, optionsFor(from, to), dir).isEmpty());
        const QString first1 = flattened(pdfPages(pageFile(dir)).value(0));
        QVERIFY2(first1.contains(expected), qPrintable(first1));
        QVERIFY(first1.contains(u"2026-05-09 (pembrolizumab)"_s));
    }

    void riskContextIsPrintedOnlyWhenAnswered()
    {
        QList<Entry> entries{entryOn(QDate(2026, 5, 1)), entryOn(QDate(2026, 5, 2))};
        DiaryProfile profile;
        const QDate from(2026, 5, 1), to(2026, 5, 2);
        QTemporaryDir dir;
        QVERIFY(!writeReport(ReportData::compute(entries, {}, profile, std::nullopt, {}, from, to),
                             optionsFor(from, to), dir)
                     .isEmpty());
        QVERIFY(!flattened(pdfPages(pageFile(dir)).value(0)).contains(u"Risk context"_s));
        profile.risk.diabetes = ProfileAnswer::Yes;
        profile.risk.steroids = ProfileAnswer::No;
        QVERIFY(!writeReport(ReportData::compute(entries, {}, profile, std::nullopt, {}, from, to),
                             optionsFor(from, to), dir)
                     .isEmpty());
        const QString first = flattened(pdfPages(pageFile(dir)).value(0));
        QVERIFY2(first.contains(u"Risk context (from the patient): diabetes: yes; steroids now: no."_s),
                 qPrintable(first));
        QVERIFY(!first.contains(u"alcohol"_s));
    }

    void noFlagsSaysWhatRanAndPromisesNothing()
    {
        QList<Entry> entries{entryOn(QDate(2026, 5, 1)), entryOn(QDate(2026, 5, 2))};
        const QDate from(2026, 5, 1), to(2026, 5, 2);
        QTemporaryDir dir;
        QVERIFY(!writeReport(ReportData::compute(entries, {}, {}, std::nullopt, {}, from, to),
                             optionsFor(from, to), dir)
                     .isEmpty());
        const QString first = flattened(pdfPages(pageFile(dir)).value(0));
        QVERIFY2(
            first.contains(u"the %1 checks ran over the 2 logged days of this period and none matched"_s.arg(
                kRuleCount)),
            qPrintable(first));
        QVERIFY(first.contains(u"No flag does not mean all is well"_s));
    }

    void aBaselineWithMarkedSymptomsIsNamedOnPageOne()
    {
        QList<Entry> entries;
        for (int d = 0; d < 10; ++d) {
            Entry e(QDate(2026, 5, 1).addDays(d), Author::Patient);
            e.setValue(Field::NumbnessFeet, 5);
            entries.append(e);
        }
        const QDate from(2026, 5, 1), to(2026, 5, 10);
        QTemporaryDir dir;
        QVERIFY(!writeReport(ReportData::compute(entries, {}, {}, std::nullopt, {}, from, to),
                             optionsFor(from, to), dir)
                     .isEmpty());
        const QString first = flattened(pdfPages(pageFile(dir)).value(0));
        QVERIFY(
            first.contains(u"The baseline already shows marked symptoms (usual score: feet 5.0 of 10)"_s));
    }

    void summaryOfAPeriodEndingBeforeTheLastEntry()
    {
        QList<Entry> entries;
        for (int d = 0; d < 40; ++d) {
            Entry e(QDate(2026, 1, 1).addDays(d), Author::Patient);
            e.setValue(Field::PainFeet, d < 20 ? 1 : 7);
            entries.append(e);
        }
        const QDate to(2026, 1, 15);
        const ReportData data = ReportData::compute(entries, {}, {}, std::nullopt, {}, QDate(2026, 1, 1), to);
        const ReportSummary summary = ReportSummary::compute(data, QDate(2026, 1, 1), to);
        // "The last 7 days" are the period's, not the diary's.
        QCOMPARE(*summary.feet.recentMean, 1.0);
        QCOMPARE(summary.loggedDays, 15);
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
