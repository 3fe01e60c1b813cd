// Changing the language while the window is open: the window is built anew in the new
// language (WindowHost), every page can be shown in it, and what the person was doing
// carries over: the unsaved entry, the day, the page and the author.
#include "FixedClock.h"
#include "MainWindow.h"
#include "TempDiary.h"
#include "WindowHost.h"
#include "config/AppSettings.h"
#include "dialogs/MessageBox.h"
#include "diary/DraftStore.h"
#include "i18n/Translator.h"
#include "pages/EntryForm.h"
#include "pages/TodayPage.h"
#include "util/Clock.h"
#include "widgets/Banner.h"
#include "widgets/RatingBar.h"

#include <QListWidget>
#include <QPointer>
#include <QStandardPaths>
#include <QTest>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {
// The page's name as the side bar gives it (also when a small screen leaves only the icons).
QString sideBarText(MainWindow *window, int row)
{
    return window->findChild<QListWidget *>(u"sideBar"_s)->item(row)->data(Qt::AccessibleTextRole).toString();
}
} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock{QDateTime(QDate(2026, 3, 12), QTime(20, 30))};
    std::unique_ptr<TempDiary> m_diary;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<WindowHost> m_host;

    // What Settings does when the person picks another language: it stores it, and the
    // window host, which follows the setting, builds the window anew in it.
    void chooseLanguage(const QString &code)
    {
        const QPointer<MainWindow> before = m_host->window();
        m_settings->setLanguage(code);
        QTRY_VERIFY(!before); // the old window is gone once the new one stands
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setNeverBlock(true);
    }

    void init()
    {
        if (!Translator::availableLanguages().contains(u"de"_s))
            QSKIP("the German translation is not built in");
        m_diary = std::make_unique<TempDiary>();
        QVERIFY(m_diary->open());
        m_settings = std::make_unique<AppSettings>(m_diary->filePath(u"settings.ini"_s));
        m_drafts = std::make_unique<DraftStore>(m_diary->path(), m_diary->filePath(u"drafts"_s));
        m_host = std::make_unique<WindowHost>(m_diary->store(), *m_settings, *m_drafts, m_clock, nullptr);
        m_host->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_host->window()));
        MessageBox::setNextAnswers({});
    }

    void cleanup()
    {
        Translator::applySetting(u"en"_s);
        QLocale::setDefault(QLocale::c());
        if (m_host && m_host->window()) {
            m_host->window()->todayPage()->discardChanges();
            m_host->window()->close();
        }
        m_host.reset();
        m_drafts.reset();
        m_settings.reset();
        m_diary.reset();
    }

    void theWindowSpeaksTheNewLanguageAtOnce()
    {
        QCOMPARE(sideBarText(m_host->window(), 0), u"Today"_s);
        chooseLanguage(u"de"_s);
        QCOMPARE(Translator::currentLanguage(), u"de"_s);
        const QString today = sideBarText(m_host->window(), 0);
        QVERIFY2(today != u"Today"_s, qPrintable(today));
        QCOMPARE(today, QCoreApplication::translate("nd::MainWindow", "Today"));
        // Texts of the core library (flag advice, report, guide) are translated too.
        QVERIFY(QCoreApplication::translate("Flags", "Fall") != u"Fall"_s);
        QVERIFY(QCoreApplication::translate("Report", "page %1 of %2") != u"page %1 of %2"_s);

        chooseLanguage(u"en"_s);
        QCOMPARE(sideBarText(m_host->window(), 0), u"Today"_s);
    }

    void englishCountsInWordsNotWithParentheses()
    {
        // The sources say "%n flag(s)"; English gets its singular and plural from
        // nervediary_en.qm, and keeps them after a trip to another language.
        const auto flags = [](int n) {
            return QCoreApplication::translate("DayDetails", "%n flag(s) on this day", nullptr, n);
        };
        for (const QString &language : {u"en"_s, u"de"_s, u"en"_s}) {
            chooseLanguage(language);
            if (language == u"en"_s) {
                QCOMPARE(flags(1), u"1 flag on this day"_s);
                QCOMPARE(flags(3), u"3 flags on this day"_s);
            } else {
                QVERIFY(!flags(3).contains(u"flag(s)"_s));
            }
        }
    }

    void theUnsavedEntryThePageAndTheDayCarryOver()
    {
        MainWindow *before = m_host->window();
        TodayPage *today = before->todayPage();
        QVERIFY(today->openDay(QDate(2026, 3, 10)));
        auto *numbness = qobject_cast<RatingBar *>(today->form()->control(Field::NumbnessHands));
        numbness->setFocus();
        QTest::keyClick(numbness, Qt::Key_4);
        QVERIFY(today->isDirty());
        QVERIFY(before->showPage(u"guide"_s));

        QPointer<MainWindow> old = before;
        chooseLanguage(u"de"_s);
        MainWindow *after = m_host->window();
        QVERIFY(after != before);
        QVERIFY(after->isVisible());
        QTRY_VERIFY(old.isNull()); // the old window goes away, with nothing left open
        QCOMPARE(after->currentPageId(), u"guide"_s);
        QCOMPARE(after->todayPage()->date(), QDate(2026, 3, 10));
        QVERIFY(after->todayPage()->isDirty());
        QCOMPARE(after->todayPage()->currentEntry().value(Field::NumbnessHands), 4);
        // Nothing was closed, so no "your changes are back" message.
        QVERIFY(after->todayPage()->messageBanner()->isHidden());
    }

    void aSavedDayStaysOpenForTheSameAuthor()
    {
        TodayPage *today = m_host->window()->todayPage();
        QVERIFY(today->setAuthor(Author::Caregiver));
        QVERIFY(today->openDay(QDate(2026, 3, 8)));
        QVERIFY(!today->isDirty());
        chooseLanguage(u"de"_s);
        QCOMPARE(m_host->window()->todayPage()->date(), QDate(2026, 3, 8));
        QCOMPARE(m_host->window()->todayPage()->author(), Author::Caregiver);
    }

    void everyPageCanBeShownInEachLanguage()
    {
        for (const QString &language : Translator::availableLanguages()) {
            chooseLanguage(language);
            MainWindow *window = m_host->window();
            for (int i = 0; i < window->pageCount(); ++i) {
                window->setCurrentPage(i);
                QCOMPARE(window->currentPage(), i);
                QVERIFY(window->isPageBuilt(window->pageId(i)));
            }
        }
    }

    void anotherLanguageInTheSettingsRebuildsTheWindowInIt()
    {
        QPointer<MainWindow> before = m_host->window();
        m_settings->setLanguage(u"de"_s); // wherever the change comes from (the Settings dialog)
        QCOMPARE(Translator::currentLanguage(), u"de"_s);
        QTRY_VERIFY(!before);
        QVERIFY(m_host->window()->isVisible());
        QCOMPARE(sideBarText(m_host->window(), 0), QCoreApplication::translate("nd::MainWindow", "Today"));

        before = m_host->window();
        m_settings->setLanguage(u"de"_s); // the same language again: nothing to build
        QTest::qWait(50);
        QCOMPARE(m_host->window(), before.data());
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_language_switch.moc"
