// `nervediary export-pdf` as a user runs it: the whole diary by default, a chosen
// period, paper size, sections left out, and the exit statuses of FORMATS.md.
#include "CliRunner.h"
#include "TempDiary.h"
#include "report/ReportTexts.h"
#include "storage/Database.h"
#include "storage/DiaryStore.h"
#include "tst_report_support.h"

#include <QTest>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

const QDate kLastDay(2026, 11, 1);

// Writes a demo diary file and returns its path.
QString demoDiary(const QTemporaryDir &dir, int days)
{
    const QString path = dir.filePath(u"diary.sqlite"_s);
    const CliResult result = runCli({u"demo"_s, u"--db"_s, path, u"--days"_s, QString::number(days),
                                     u"--end"_s, kLastDay.toString(Qt::ISODate)});
    return result.exitCode == 0 ? path : QString();
}

QString withoutMadeOnLine(const QStringList &pages)
{
    static const QRegularExpression madeOn(u"Made on [0-9-]+ [0-9:]+ with NerveDiary[^\\n]*"_s);
    return flattened(pages.join(u' ').replace(madeOn, QString()));
}

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!cliBinary().isEmpty(), "NERVEDIARY_BINARY is not set");
        if (!havePdfToText())
            QSKIP("pdftotext (poppler-utils) is needed to read the report back");
    }

    void wholeDiaryByDefault()
    {
        QTemporaryDir dir;
        const QString diary = demoDiary(dir, 120);
        QVERIFY(!diary.isEmpty());
        const QString out = dir.filePath(u"report.pdf"_s);
        const CliResult result = runCli({u"export-pdf"_s, u"--db"_s, diary, u"--out"_s, out});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.errText().isEmpty());
        QVERIFY(result.outText().contains(u"2026-07-05 to 2026-11-01"_s));
        const QStringList pages = pdfPages(out);
        QVERIFY(pages.size() >= 6);
        QVERIFY(pages.first().contains(u"Period 2026-07-05 to 2026-11-01"_s));
        QCOMPARE(fileMode(out), 0600);
    }

    void sameOutputAsTheBuilderTheWindowUses()
    {
        QTemporaryDir dir;
        const QString diary = demoDiary(dir, 120);
        const QDate from(2026, 9, 1);
        const QString out = dir.filePath(u"cli.pdf"_s);
        QCOMPARE(runCli({u"export-pdf"_s, u"--db"_s, diary, u"--out"_s, out, u"--from"_s, u"2026-09-01"_s,
                         u"--to"_s, u"2026-11-01"_s})
                     .exitCode,
                 0);

        Database db;
        QVERIFY(db.open(diary, Database::OpenMode::MustExist));
        DiaryStore store(db);
        ReportData data;
        QVERIFY(ReportData::load(store, from, kLastDay, &data));
        ReportOptions options;
        options.from = from;
        options.to = kLastDay;
        options.generatedAt = QDateTime::currentDateTime();
        QVERIFY(!writeReport(data, options, dir, u"window.pdf"_s).isEmpty());

        const QStringList cliPages = pdfPages(out);
        const QStringList windowPages = pdfPages(dir.filePath(u"window.pdf"_s));
        QCOMPARE(cliPages.size(), windowPages.size());
        QCOMPARE(withoutMadeOnLine(cliPages), withoutMadeOnLine(windowPages));
    }

    void optionsChangePaperAndSections()
    {
        QTemporaryDir dir;
        const QString diary = demoDiary(dir, 120);
        const QString out = dir.filePath(u"report.pdf"_s);
        QCOMPARE(runCli({u"export-pdf"_s, u"--db"_s, diary, u"--out"_s, out, u"--page-size"_s, u"letter"_s,
                         u"--leave-out"_s, u"notes,charts"_s})
                     .exitCode,
                 0);
        QVERIFY(fileBytes(out).contains("/MediaBox [0 0 612.000000 792.000000]"));
        const QStringList lines = pdfPages(out).join(u'\n').split(u'\n');
        QVERIFY(!lines.contains(u"Notes"_s));
        QVERIFY(!lines.contains(u"How it went"_s));
        QVERIFY(lines.contains(u"Day by day"_s));
    }

    void aReportInTheCareTeamsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("words");
        QTest::newRow("German: the signs and symptoms page and the emergency number")
            << u"de"_s << u"Warnzeichen und jede Beschwerde"_s;
        QTest::newRow("Spanish") << u"es"_s << u"Señales de alarma y cada síntoma"_s;
        QTest::newRow("French") << u"fr"_s << u"Signes d’alerte et chaque symptôme"_s;
    }

    void aReportInTheCareTeamsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString diary = demoDiary(dir, 60);
        const QString out = dir.filePath(u"report.pdf"_s);
        QCOMPARE(
            runCli({u"export-pdf"_s, u"--db"_s, diary, u"--out"_s, out, u"--language"_s, language}).exitCode,
            0);
        const QString text = flattened(pdfPages(out).join(u' '));
        QVERIFY2(text.contains(words), qPrintable(text.left(400)));
        QVERIFY(!text.contains(u"Warning signs and each symptom"_s));
        // An unknown language is a usage error, and nothing is written.
        const QString other = dir.filePath(u"other.pdf"_s);
        const CliResult wrong =
            runCli({u"export-pdf"_s, u"--db"_s, diary, u"--out"_s, other, u"--language"_s, u"xx"_s});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.errText().contains(u"--language"_s));
        QVERIFY(!QFile::exists(other));
    }

    void emptyPeriodIsOnePage()
    {
        QTemporaryDir dir;
        const QString diary = demoDiary(dir, 30);
        const QString out = dir.filePath(u"report.pdf"_s);
        const CliResult result = runCli({u"export-pdf"_s, u"--db"_s, diary, u"--out"_s, out, u"--from"_s,
                                         u"2020-01-01"_s, u"--to"_s, u"2020-01-31"_s});
        QCOMPARE(result.exitCode, 0);
        const QStringList pages = pdfPages(out);
        QCOMPARE(pages.size(), 1);
        QVERIFY(flattened(pages.first()).contains(u"There are no diary entries in this period."_s));
    }

    void errorsHaveTheirExitStatus_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("an output folder that does not exist is invalid input")
            << QStringList{u"--out"_s, u"/no/such/folder/report.pdf"_s} << 2 << u"does not exist"_s;
        QTest::newRow("a folder as output is invalid input")
            << QStringList{u"--out"_s, u"/tmp"_s} << 2 << u"is a folder"_s;
        QTest::newRow("a missing diary is a database error")
            << QStringList{u"--db"_s, u"MISSING"_s, u"--out"_s, u"OUT"_s} << 3 << u"does not exist"_s;
        QTest::newRow("no --out is a usage error") << QStringList{} << 1 << u"--out"_s;
        QTest::newRow("an unknown paper size is a usage error")
            << QStringList{u"--out"_s, u"OUT"_s, u"--page-size"_s, u"a5"_s} << 1 << u"a4 or letter"_s;
        QTest::newRow("an unknown section is a usage error")
            << QStringList{u"--out"_s, u"OUT"_s, u"--leave-out"_s, u"summary"_s} << 1 << u"summary"_s;
        QTest::newRow("a period that ends before it starts is a usage error")
            << QStringList{u"--out"_s, u"OUT"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-09-01"_s}
            << 1 << u"--from"_s;
        QTest::newRow("a malformed date is a usage error")
            << QStringList{u"--out"_s, u"OUT"_s, u"--from"_s, u"1.10.2026"_s} << 1 << u"YYYY-MM-DD"_s;
    }

    void errorsHaveTheirExitStatus()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString diary = demoDiary(dir, 20);
        QStringList full{u"export-pdf"_s};
        if (!arguments.contains(u"--db"_s))
            full << u"--db"_s << diary;
        for (const QString &argument : std::as_const(arguments))
            full << (argument == "MISSING"_L1 ? dir.filePath(u"missing.sqlite"_s)
                     : argument == "OUT"_L1   ? dir.filePath(u"report.pdf"_s)
                                              : argument);
        const CliResult result = runCli(full);
        QCOMPARE(result.exitCode, exitCode);
        QCOMPARE(result.errLines().size(), 1); // one clear line
        QVERIFY2(result.errText().contains(message), qPrintable(result.errText()));
        QVERIFY(!QFile::exists(dir.filePath(u"report.pdf"_s)));
        QVERIFY(!QFile::exists(dir.filePath(u"missing.sqlite"_s)));
    }

    void refusedExportLeavesAnOlderReportAlone()
    {
        QTemporaryDir dir;
        const QString diary = demoDiary(dir, 20);
        const QString out = dir.filePath(u"report.pdf"_s);
        QVERIFY(writeFile(out, "an older report"));
        const CliResult result = runCli({u"export-pdf"_s, u"--db"_s, diary, u"--out"_s, out, u"--from"_s,
                                         u"2026-10-01"_s, u"--to"_s, u"2026-09-01"_s});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(fileBytes(out), QByteArray("an older report"));
    }
};

QTEST_MAIN(TestReportCli)
#include "tst_report_cli.moc"
