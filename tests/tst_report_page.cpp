// The Report page on a demo diary: the preview follows the period, the sections and
// the paper; Save PDF writes what is previewed (notes left out stay out) in the
// background; an unwritable place is refused with a message.
#include "FixedClock.h"
#include "TempDiary.h"
#include "tst_report_support.h"

#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "pages/ReportPage.h"
#include "pages/ReportPagePreview.h"
#include "report/ReportTexts.h"
#include "storage/DiaryStore.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
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

} // namespace

class TestReportPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setNeverBlock(true);
        QVERIFY(m_diary.open());
        QVERIFY(fillWithDemo(m_diary.store(), 180, kToday));
        m_page = std::make_unique<ReportPage>(m_diary.store(), m_clock);
        m_page->resize(1280, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_VERIFY(m_page->preview()->pageCount() > 0);
    }

    void cleanupTestCase() { m_page.reset(); }

    void previewFollowsThePeriod_data()
    {
        QTest::addColumn<int>("period");
        QTest::addColumn<QDate>("from");
        QTest::newRow("last 30 days") << int(ReportPage::Period::Days30) << kToday.addDays(-29);
        QTest::newRow("last 90 days") << int(ReportPage::Period::Days90) << kToday.addDays(-89);
        QTest::newRow("since the baseline (the diary's first week)")
            << int(ReportPage::Period::SinceBaseline) << kToday.addDays(-179);
    }

    void previewFollowsThePeriod()
    {
        QFETCH(int, period);
        QFETCH(QDate, from);
        QSignalSpy updated(m_page.get(), &ReportPage::previewUpdated);
        m_page->setPeriod(ReportPage::Period(period));
        QCOMPARE(m_page->options().from, from);
        QCOMPARE(m_page->options().to, kToday);
        QTRY_VERIFY(!updated.isEmpty() && !m_page->isPreviewBusy());
        QVERIFY(m_page->preview()->pageCount() >= 3);
    }

    void buttonsChooseThePeriod()
    {
        auto *button = m_page->findChild<QPushButton *>(u"reportLast30"_s);
        QVERIFY(button);
        QVERIFY(button->minimumHeight() >= 44);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_page->period(), ReportPage::Period::Days30);
        QCOMPARE(m_page->options().from, kToday.addDays(-29));
    }

    void customPeriodAndEmptyPeriod()
    {
        m_page->setCustomPeriod(QDate(2020, 1, 1), QDate(2020, 2, 1));
        QCOMPARE(m_page->options().from, QDate(2020, 1, 1));
        QTRY_VERIFY(!m_page->isPreviewBusy());
        QTRY_COMPARE(m_page->preview()->pageCount(), 1);
        m_page->setPeriod(ReportPage::Period::Days90);
        QTRY_VERIFY(!m_page->isPreviewBusy() && m_page->preview()->pageCount() > 1);
    }

    void choosingDatesStartsFromThePeriodShownAndAppliesEachDate()
    {
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"reportLast30"_s), Qt::LeftButton);
        auto *custom = m_page->findChild<QPushButton *>(u"reportCustom"_s);
        QTest::mouseClick(custom, Qt::LeftButton);
        QCOMPARE(m_page->period(), ReportPage::Period::Custom);
        QVERIFY(custom->isChecked());
        // The 30 days shown stay: nothing jumps to other dates.
        QCOMPARE(m_page->options().from, kToday.addDays(-29));
        QCOMPARE(m_page->options().to, kToday);
        auto *first = m_page->findChild<QDateEdit *>(u"periodFirst"_s);
        QVERIFY(first && first->isVisible());
        QCOMPARE(first->date(), kToday.addDays(-29));
        first->setDate(kToday.addDays(-9));
        QCOMPARE(m_page->options().from, kToday.addDays(-9));
        QVERIFY(m_page->findChild<QLabel *>(u"periodSummary"_s)->text().contains(u"(10 days)"_s));
        m_page->setPeriod(ReportPage::Period::Days90);
        QVERIFY(!first->isVisible());
        QTRY_VERIFY(!m_page->isPreviewBusy());
    }

    void leavingOutSectionsShortensThePreview()
    {
        m_page->setPeriod(ReportPage::Period::Days90);
        QTRY_VERIFY(!m_page->isPreviewBusy());
        const int all = m_page->preview()->pageCount();
        auto *table = m_page->findChild<QCheckBox *>(u"reportTable"_s);
        QVERIFY(table && table->isChecked());
        table->click();
        QVERIFY(!m_page->options().has(ReportSection::DailyTable));
        QTRY_VERIFY(!m_page->isPreviewBusy() && m_page->preview()->pageCount() < all);
        table->click();
        QTRY_VERIFY(!m_page->isPreviewBusy() && m_page->preview()->pageCount() == all);
        // Page 1 cannot be left out.
        QVERIFY(m_page->options().has(ReportSection::Summary));
    }

    void saveAndPrintComeBeforeTheChoices()
    {
        // At 768 px the choices pushed Save below the fold: the actions now stand first.
        auto *save = m_page->findChild<QPushButton *>(u"reportSave"_s);
        auto *last30 = m_page->findChild<QPushButton *>(u"reportLast30"_s);
        QVERIFY(save && last30);
        QVERIFY(save->mapTo(m_page.get(), QPoint(0, 0)).y() < last30->mapTo(m_page.get(), QPoint(0, 0)).y());
    }

    void saveWritesWhatIsPreviewedWithoutNotes()
    {
        if (!havePdfToText())
            QSKIP("pdftotext (poppler-utils) is needed to read the report back");
        m_page->setPeriod(ReportPage::Period::Days90);
        m_page->setSectionIncluded(ReportSection::Notes, false);
        m_page->setPageSize(QPageSize::Letter);
        QTRY_VERIFY(!m_page->isPreviewBusy());
        const int previewPages = m_page->preview()->pageCount();

        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.pdf"_s);
        FileDialog::setNextFileName(path);
        QSignalSpy finished(m_page.get(), &ReportPage::exportFinished);
        m_page->findChild<QPushButton *>(u"reportSave"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(m_page->statusText().contains(u"Saved the report"_s));
        QCOMPARE(fileMode(path), 0600);
        QVERIFY(fileBytes(path).contains("/MediaBox [0 0 612.000000 792.000000]"));

        const QStringList pages = pdfPages(path);
        QCOMPARE(pages.size(), previewPages);
        const QStringList lines = pages.join(u'\n').split(u'\n');
        QVERIFY(!lines.contains(u"Notes"_s));
        QVERIFY(!flattened(pages.join(u' ')).contains(u"Walking steadily"_s));
        QVERIFY(flattened(pages.first()).contains(ReportTexts::period(kToday.addDays(-89), kToday)));

        m_page->setSectionIncluded(ReportSection::Notes, true);
        m_page->setPageSize(QPageSize::A4);
    }

    void showingThePageAgainReadsNewEntries()
    {
        if (!havePdfToText())
            QSKIP("pdftotext (poppler-utils) is needed to read the report back");
        m_page->setPeriod(ReportPage::Period::Days30);
        Entry fall(kToday, Author::Caregiver);
        fall.setValue(Field::Falls, 3);
        QVERIFY(m_diary.store().saveEntry(fall));
        m_page->hide();
        m_page->show();
        QTRY_VERIFY(!m_page->isPreviewBusy());

        QTemporaryDir dir;
        QSignalSpy finished(m_page.get(), &ReportPage::exportFinished);
        m_page->savePdfTo(dir.filePath(u"report.pdf"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const QString text = flattened(pdfPages(dir.filePath(u"report.pdf"_s)).join(u' '));
        QVERIFY(text.contains(ReportTexts::date(kToday) + u" Fall (rule 5) falls: 3 recorded"_s));
    }

    void unwritablePlaceIsRefused()
    {
        QSignalSpy finished(m_page.get(), &ReportPage::exportFinished);
        m_page->savePdfTo(u"/no/such/folder/report.pdf"_s);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(MessageBox::lastText().contains(u"does not exist"_s));
        QVERIFY(!m_page->isExporting());
    }

private:
    TempDiary m_diary;
    FixedClock m_clock{QDateTime(kToday, QTime(12, 0))};
    std::unique_ptr<ReportPage> m_page;
};

QTEST_MAIN(TestReportPage)
#include "tst_report_page.moc"
