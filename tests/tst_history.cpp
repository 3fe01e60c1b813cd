// The History page: only the month on screen is read, days are marked, entries open
// in Today, and deleting an entry can be undone.
#include "TempDiary.h"
#include "diary/DiaryEditor.h"
#include "pages/DiaryCalendar.h"
#include "pages/HistoryPage.h"
#include "widgets/Banner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

class TestHistory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDiary> m_diary;
    std::unique_ptr<DiaryEditor> m_editor;
    std::unique_ptr<HistoryPage> m_page;

    void addEntry(QDate date, Author author, int numbness)
    {
        Entry entry(date, author);
        entry.setValue(Field::NumbnessHands, numbness);
        QVERIFY(m_diary->store().saveEntry(entry));
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_diary = std::make_unique<TempDiary>();
        QVERIFY(m_diary->open());
        m_editor = std::make_unique<DiaryEditor>(m_diary->store());
        addEntry(QDate(2026, 2, 27), Author::Patient, 2);
        addEntry(QDate(2026, 3, 2), Author::Patient, 3);
        addEntry(QDate(2026, 3, 2), Author::Caregiver, 4);
        addEntry(QDate(2026, 3, 9), Author::Patient, 5);
        m_page = std::make_unique<HistoryPage>(*m_editor);
        m_page->resize(1100, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->showMonth(2026, 3);
    }

    void cleanup()
    {
        m_page.reset();
        m_editor.reset();
        m_diary.reset();
    }

    void listsOnlyTheMonthNewestFirst()
    {
        const QList<Entry> listed = m_page->listedEntries();
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed[0].date(), QDate(2026, 3, 9));
        QCOMPARE(m_page->list()->count(), 3);
        QVERIFY(m_page->list()->item(0)->text().contains(u"Monday 9 March 2026"_s));
        QVERIFY(m_page->list()->item(0)->text().contains(u"Hands 5"_s));
    }

    void caregiverEntriesSaySo()
    {
        int caregiverRows = 0;
        for (int row = 0; row < m_page->list()->count(); ++row) {
            if (m_page->list()->item(row)->text().contains(u"Caregiver entry"_s))
                ++caregiverRows;
        }
        QCOMPARE(caregiverRows, 1);
    }

    void theCalendarMarksLoggedAndFlaggedDays()
    {
        DiaryCalendar *calendar = m_page->calendar();
        QVERIFY(calendar->isLogged(QDate(2026, 3, 2)));
        QVERIFY(calendar->isLogged(QDate(2026, 3, 9)));
        QVERIFY(!calendar->isLogged(QDate(2026, 3, 3)));
        QVERIFY(!calendar->isFlagged(QDate(2026, 3, 9)));
        m_page->setFlagDays({QDate(2026, 3, 9)});
        QVERIFY(calendar->isFlagged(QDate(2026, 3, 9)));

        m_page->showMonth(2026, 2);
        QCOMPARE(m_page->listedEntries().size(), 1);
        QVERIFY(calendar->isLogged(QDate(2026, 2, 27)));
    }

    void theCalendarNavigationIsBigAndNamed()
    {
        for (const char *name :
             {"qt_calendar_prevmonth", "qt_calendar_nextmonth", "qt_calendar_monthbutton"}) {
            auto *button = m_page->calendar()->findChild<QToolButton *>(QString::fromLatin1(name));
            QVERIFY(button);
            QVERIFY2(button->width() >= 44 && button->height() >= 44, name);
            QVERIFY(!button->accessibleName().isEmpty());
        }
    }

    void openingAnEntryAsksForItsDayAndAuthor()
    {
        QSignalSpy open(m_page.get(), &HistoryPage::openEntryRequested);
        m_page->list()->setFocus();
        m_page->list()->setCurrentRow(1);
        QTest::keyClick(m_page->list(), Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        const Entry *selected = m_page->selectedEntry();
        QVERIFY(selected);
        QCOMPARE(open[0][0].toDate(), selected->date());
        QCOMPARE(open[0][1].value<Author>(), selected->author());
    }

    void aDayWithoutEntryOffersToLogIt()
    {
        QSignalSpy log(m_page.get(), &HistoryPage::logDayRequested);
        m_page->selectDay(QDate(2026, 3, 5));
        QVERIFY(!m_page->selectedEntry());
        QVERIFY(m_page->banner()->isVisible());
        auto *logIt = m_page->banner()->findChild<QAbstractButton *>(u"logThisDay"_s);
        QVERIFY(logIt);
        QTest::mouseClick(logIt, Qt::LeftButton);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log[0][0].toDate(), QDate(2026, 3, 5));
    }

    void deleteWithTheKeyboardAndUndo()
    {
        m_page->selectDay(QDate(2026, 3, 9));
        QCOMPARE(m_page->selectedEntry()->date(), QDate(2026, 3, 9));
        m_page->list()->setFocus();
        QTest::keyClick(m_page->list(), Qt::Key_Delete);
        QVERIFY(!m_diary->store().entry(QDate(2026, 3, 9), Author::Patient));
        QCOMPARE(m_page->listedEntries().size(), 2);
        QVERIFY(!m_page->calendar()->isLogged(QDate(2026, 3, 9)));
        QVERIFY(m_page->banner()->title().startsWith(u"Deleted"_s));

        m_editor->undo();
        const std::optional<Entry> back = m_diary->store().entry(QDate(2026, 3, 9), Author::Patient);
        QVERIFY(back);
        QCOMPARE(back->value(Field::NumbnessHands), 5);
        QCOMPARE(m_page->listedEntries().size(), 3);
        QVERIFY(m_page->calendar()->isLogged(QDate(2026, 3, 9)));

        m_editor->redo();
        QVERIFY(!m_diary->store().entry(QDate(2026, 3, 9), Author::Patient));
    }

    void theUndoButtonOfTheBannerBringsItBack()
    {
        m_page->list()->setCurrentRow(0);
        QVERIFY(m_page->deleteSelected());
        auto *undo = m_page->banner()->findChild<QAbstractButton *>(u"undoDelete"_s);
        QVERIFY(undo);
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(m_diary->store().entry(QDate(2026, 3, 9), Author::Patient));
    }

    void aDeletionWhoseUndoFailedIsStillBroughtBackByTheBanner()
    {
        m_page->selectDay(QDate(2026, 3, 9));
        QVERIFY(m_page->deleteSelected());
        QSignalSpy failed(m_editor.get(), &DiaryEditor::commandFailed);
        QVERIFY(m_diary->db().exec("PRAGMA query_only = ON", u"test"_s));
        auto *undo = m_page->banner()->findChild<QAbstractButton *>(u"undoDelete"_s);
        QVERIFY(undo);
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!m_diary->store().entry(QDate(2026, 3, 9), Author::Patient));
        // The step is gone from the history; the banner still names the entry and saves it back.
        QVERIFY(!m_editor->undoStack()->canUndo());
        QVERIFY(!m_editor->undoStack()->canRedo());
        QVERIFY(m_page->banner()->isVisible());
        undo = m_page->banner()->findChild<QAbstractButton *>(u"undoDelete"_s);
        QVERIFY(undo);

        QVERIFY(m_diary->db().exec("PRAGMA query_only = OFF", u"test"_s));
        QTest::mouseClick(undo, Qt::LeftButton);
        const std::optional<Entry> back = m_diary->store().entry(QDate(2026, 3, 9), Author::Patient);
        QVERIFY(back);
        QCOMPARE(back->value(Field::NumbnessHands), 5);
        QVERIFY(!m_page->banner()->isVisible());
    }

    void deletingOnlyTheCaregiverEntryKeepsThePatients()
    {
        for (int row = 0; row < m_page->list()->count(); ++row) {
            if (m_page->list()->item(row)->text().contains(u"Caregiver entry"_s))
                m_page->list()->setCurrentRow(row);
        }
        QCOMPARE(m_page->selectedEntry()->author(), Author::Caregiver);
        QVERIFY(m_page->deleteSelected());
        QVERIFY(!m_diary->store().entry(QDate(2026, 3, 2), Author::Caregiver));
        QVERIFY(m_diary->store().entry(QDate(2026, 3, 2), Author::Patient));
        QVERIFY(m_page->calendar()->isLogged(QDate(2026, 3, 2)));
    }

    void theListSaysWhatHandsAndFeetNumbersAre()
    {
        auto *key = m_page->findChild<QLabel *>(u"entryListKey"_s);
        QVERIFY(key && key->isVisible());
        QVERIFY(key->text().contains(u"0 (none)"_s));
    }

    void aShakyDoubleClickOnDeleteDeletesOnlyTheChosenDay()
    {
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->selectDay(QDate(2026, 3, 9));
        auto *deleteButton = m_page->findChild<QAbstractButton *>(u"deleteEntry"_s);
        QVERIFY(deleteButton);
        deleteButton->setFocus();
        QTest::mouseClick(deleteButton, Qt::LeftButton);
        QTest::mouseClick(deleteButton, Qt::LeftButton); // the second click of a double click
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
        QVERIFY(!m_diary->store().entry(QDate(2026, 3, 9), Author::Patient));
        QCOMPARE(m_page->listedEntries().size(), 2);
        // The calendar stays on the deleted day and the list selects nothing else in its place.
        QCOMPARE(m_page->calendar()->selectedDate(), QDate(2026, 3, 9));
        QVERIFY(!m_page->selectedEntry());
        QVERIFY(!deleteButton->isEnabled());
        QVERIFY(!deleteButton->hasFocus());
    }

    void aDeleteRightAfterAnotherIsIgnored()
    {
        m_page->selectDay(QDate(2026, 3, 9));
        QVERIFY(m_page->deleteSelected());
        m_page->list()->setCurrentRow(0);
        QVERIFY(m_page->selectedEntry());
        QVERIFY(!m_page->deleteSelected());
        QCOMPARE(m_page->listedEntries().size(), 2);
        QTest::qWait(HistoryPage::kSecondClickGuardMs + 100);
        QVERIFY(m_page->deleteSelected());
        QCOMPARE(m_page->listedEntries().size(), 1);
    }

    void undoBringsBackEveryRecentDeleteWithListAndCalendarOnIt()
    {
        m_page->selectDay(QDate(2026, 3, 9));
        QVERIFY(m_page->deleteSelected());
        QTest::qWait(HistoryPage::kSecondClickGuardMs + 100);
        m_page->selectDay(QDate(2026, 2, 27));
        QVERIFY(m_page->deleteSelected());
        // The banner says what Undo brings back: the last deletion first, then the one before.
        QVERIFY(m_page->banner()->title().contains(u"27 February"_s));
        QVERIFY(m_page->banner()->text().contains(u"9 March"_s));

        auto *undo = m_page->banner()->findChild<QAbstractButton *>(u"undoDelete"_s);
        QVERIFY(undo);
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(m_diary->store().entry(QDate(2026, 2, 27), Author::Patient));
        QCOMPARE(m_page->calendar()->selectedDate(), QDate(2026, 2, 27));
        QVERIFY(m_page->selectedEntry());
        QCOMPARE(m_page->selectedEntry()->date(), QDate(2026, 2, 27));
        QVERIFY(m_page->banner()->isVisible());
        QVERIFY(m_page->banner()->title().contains(u"9 March"_s));

        m_editor->undo(); // Ctrl+Z does the same
        QVERIFY(m_diary->store().entry(QDate(2026, 3, 9), Author::Patient));
        QCOMPARE(m_page->calendar()->selectedDate(), QDate(2026, 3, 9));
        QVERIFY(m_page->selectedEntry());
        QCOMPARE(m_page->selectedEntry()->date(), QDate(2026, 3, 9));
        QCOMPARE(m_page->selectedEntry()->author(), Author::Patient);
        QVERIFY(!m_page->banner()->isVisible());
    }

    void theBannersUndoBringsBackItsEntryEvenAfterAnotherChange()
    {
        m_page->selectDay(QDate(2026, 3, 9));
        QVERIFY(m_page->deleteSelected());
        Entry other(QDate(2026, 3, 20), Author::Patient);
        other.setValue(Field::NumbnessFeet, 1);
        QVERIFY(m_editor->saveEntry(other));
        auto *undo = m_page->banner()->findChild<QAbstractButton *>(u"undoDelete"_s);
        QVERIFY(undo);
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(m_diary->store().entry(QDate(2026, 3, 9), Author::Patient));
        QVERIFY(m_diary->store().entry(QDate(2026, 3, 20), Author::Patient));
    }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
