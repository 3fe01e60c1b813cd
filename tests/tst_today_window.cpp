// The window around the Today page: lazy pages, page shortcuts, the caregiver switch,
// opening a day from History, undo from the menu, and closing with unsaved changes.
#include "FixedClock.h"
#include "MainWindow.h"
#include "TempDiary.h"
#include "config/AppSettings.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/FileDialog.h"
#include "dialogs/IntendedUseView.h"
#include "dialogs/MessageBox.h"
#include "diary/DiaryEditor.h"
#include "diary/DraftStore.h"
#include "entry/AuthorSwitch.h"
#include "pages/EntryForm.h"
#include "pages/HistoryPage.h"
#include "pages/TodayPage.h"
#include "util/Clock.h"
#include "widgets/Banner.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

class TestTodayWindow : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock{QDateTime(QDate(2026, 3, 12), QTime(20, 30))};
    std::unique_ptr<TempDiary> m_diary;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    TodayPage *today() const { return m_window->todayPage(); }
    void typeInto(Field field, Qt::Key key)
    {
        QWidget *control = today()->form()->control(field);
        control->setFocus();
        QTest::keyClick(control, key);
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
        m_diary = std::make_unique<TempDiary>();
        QVERIFY(m_diary->open());
        Entry earlier(QDate(2026, 3, 3), Author::Caregiver);
        earlier.setValue(Field::Balance, 2);
        QVERIFY(m_diary->store().saveEntry(earlier));
        m_settings = std::make_unique<AppSettings>(m_diary->filePath(u"settings.ini"_s));
        const DraftStore drafts(m_diary->path(), m_diary->filePath(u"drafts"_s));
        m_window = std::make_unique<MainWindow>(m_diary->store(), *m_settings, drafts, m_clock);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        MessageBox::setNextAnswers({});
    }

    void cleanup()
    {
        MessageBox::setNextAnswer(MessageBox::Button(QMessageBox::Discard));
        m_window.reset();
        m_settings.reset();
        m_diary.reset();
    }

    void opensOnTodayAndBuildsOtherPagesOnDemand()
    {
        QCOMPARE(m_window->currentPageId(), u"today"_s);
        QCOMPARE(today()->date(), QDate(2026, 3, 12));
        QVERIFY(!m_window->isPageBuilt(u"history"_s));
        QVERIFY(!m_window->isPageBuilt(u"trends"_s));
        QVERIFY(!m_window->isPageBuilt(u"report"_s));
        QCOMPARE(QApplication::focusWidget(), today()->form()->firstControl());

        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->currentPageId(), u"history"_s);
        QVERIFY(m_window->isPageBuilt(u"history"_s));
        QVERIFY(!m_window->isPageBuilt(u"trends"_s));
    }

    void otherPartsCanAddPagesAndMenuActions()
    {
        const int before = m_window->pageCount();
        bool built = false;
        const int index = m_window->addPage(u"extra"_s, u"help"_s, u"Extra"_s, [&built] {
            built = true;
            return new QLabel(u"extra page"_s);
        });
        QCOMPARE(m_window->pageCount(), before + 1);
        QVERIFY(!built);
        m_window->setCurrentPage(index);
        QVERIFY(built);
        QCOMPARE(m_window->currentPageId(), u"extra"_s);
        for (auto id : {MainWindow::MenuId::File, MainWindow::MenuId::Edit, MainWindow::MenuId::View,
                        MainWindow::MenuId::Help})
            QVERIFY(m_window->menu(id));
    }

    void switchingToCaregiverAsksAboutUnsavedChanges()
    {
        typeInto(Field::Walking, Qt::Key_1);
        QVERIFY(today()->isDirty());
        AuthorSwitch *who = m_window->authorSwitch();
        who->setFocus();

        MessageBox::setNextAnswer(MessageBox::Button(QMessageBox::Cancel));
        QTest::keyClick(who, Qt::Key_C);
        QCOMPARE(who->author(), Author::Patient);
        QCOMPARE(today()->author(), Author::Patient);
        QVERIFY(today()->isDirty());

        MessageBox::setNextAnswer(MessageBox::Button(QMessageBox::Save));
        QTest::keyClick(who, Qt::Key_C);
        QCOMPARE(who->author(), Author::Caregiver);
        QCOMPARE(today()->author(), Author::Caregiver);
        QVERIFY(m_diary->store().entry(QDate(2026, 3, 12), Author::Patient));
        QVERIFY(m_window->windowTitle().contains(u"caregiver"_s, Qt::CaseInsensitive));
    }

    void historyOpensAnEntryInTodayWithItsAuthor()
    {
        m_window->showPage(u"history"_s);
        HistoryPage *history = m_window->historyPage();
        history->selectDay(QDate(2026, 3, 3));
        QVERIFY(history->selectedEntry());
        history->openSelected();
        QCOMPARE(m_window->currentPageId(), u"today"_s);
        QCOMPARE(today()->date(), QDate(2026, 3, 3));
        QCOMPARE(today()->author(), Author::Caregiver);
        QCOMPARE(m_window->authorSwitch()->author(), Author::Caregiver);
        QCOMPARE(today()->currentEntry().value(Field::Balance), 2);
    }

    void undoFromTheKeyboardUndoesTheSave()
    {
        typeInto(Field::Typing, Qt::Key_3);
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(m_diary->store().entry(QDate(2026, 3, 12), Author::Patient));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!m_diary->store().entry(QDate(2026, 3, 12), Author::Patient));
        QCOMPARE(today()->currentEntry().value(Field::Typing), std::nullopt);
    }

    void closingWithUnsavedChangesAsks()
    {
        typeInto(Field::Grasping, Qt::Key_2);
        MessageBox::setNextAnswer(MessageBox::Button(QMessageBox::Cancel));
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        MessageBox::setNextAnswer(MessageBox::Button(QMessageBox::Save));
        QVERIFY(m_window->close());
        QCOMPARE(m_diary->store().entry(QDate(2026, 3, 12), Author::Patient)->value(Field::Grasping), 2);
        QCOMPARE(m_settings->lastPage(), u"today"_s);
    }

    void helpAboutShowsWhatTheAppIsAndIsNot()
    {
        auto *about = m_window->findChild<QAction *>(u"aboutAction"_s);
        QVERIFY(about);
        about->trigger();
        AboutDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<AboutDialog *>()) && dialog->isVisible());
        QVERIFY(dialog->findChild<IntendedUseView *>(u"intendedUse"_s)->isVisible());
        QVERIFY(dialog->isModal()); // the diary waits; no second copy can be opened behind it
        dialog->close();
        QTRY_VERIFY(!m_window->findChild<AboutDialog *>()); // closed and gone
    }

    void afterSavingAWarningSignTheEmergencyAdviceShowsOnce()
    {
        QWidget *confusion = today()->form()->control(Field::Confusion);
        confusion->setFocus();
        QTest::keyClick(confusion, Qt::Key_Y);
        QVERIFY(today()->save());
        QCoreApplication::processEvents();
        int shown = 0;
        for (const QLabel *label : m_window->findChildren<QLabel *>()) {
            // Every form of the emergency advice (the guide's, the banners') sends to the emergency
            // department.
            if (label->isVisible() && label->text().contains(u"go to the emergency department"_s))
                ++shown;
        }
        QCOMPARE(shown, 1);
        // The page's banner names the sign; the window-wide one steps aside while it does.
        QVERIFY(today()->urgentBanner()->isVisible());
        QVERIFY(!m_window->findChild<QWidget *>(u"urgentSlot"_s)->isVisible());
        m_window->showPage(u"history"_s);
        QTRY_VERIFY(m_window->findChild<QWidget *>(u"urgentSlot"_s)->isVisible());
    }

    void aDemoSaysSoAndOffersToKeepACopyWhenQuitting()
    {
        m_window->setDemo(true);
        QVERIFY(m_window->windowTitle().contains(u"Demo"_s));
        auto *banner = m_window->findChild<QWidget *>(u"demoBanner"_s);
        QVERIFY(banner && banner->isVisible());
        // Quitting without a change asks nothing.
        const int askedBefore = MessageBox::askedCount();
        QVERIFY(m_window->close());
        QCOMPARE(MessageBox::askedCount(), askedBefore);
        m_window->show();

        QWidget *balance = today()->form()->control(Field::Balance);
        balance->setFocus();
        QTest::keyClick(balance, Qt::Key_1);
        QVERIFY(today()->save());
        const QString copy = m_diary->filePath(u"kept.sqlite"_s);
        MessageBox::setNextAnswers({QMessageBox::Save});
        FileDialog::setNextFileName(copy);
        QVERIFY(m_window->close());
        QCOMPARE(MessageBox::askedCount(), askedBefore + 2); // keep a copy? then: kept, where
        QVERIFY(QFile::exists(copy));
    }

    void aDemoCopyCanBeDeclinedOrTheQuitCancelled()
    {
        m_window->setDemo(true);
        QWidget *balance = today()->form()->control(Field::Balance);
        balance->setFocus();
        QTest::keyClick(balance, Qt::Key_1);
        QVERIFY(today()->save());
        MessageBox::setNextAnswers({QMessageBox::Cancel});
        QVERIFY(!m_window->close());
        MessageBox::setNextAnswers({QMessageBox::Discard});
        QVERIFY(m_window->close());
    }

    void theSideBarCountsTheAlertsThatNeedAttention()
    {
        auto *sideBar = m_window->findChild<QListWidget *>(u"sideBar"_s);
        QListWidgetItem *alerts = nullptr;
        for (int row = 0; row < sideBar->count(); ++row) {
            if (sideBar->item(row)->data(Qt::UserRole).toString() == u"alerts"_s)
                alerts = sideBar->item(row);
        }
        QVERIFY(alerts);
        QWidget *confusion = today()->form()->control(Field::Confusion);
        confusion->setFocus();
        QTest::keyClick(confusion, Qt::Key_Y);
        QVERIFY(today()->save());
        QTRY_VERIFY(alerts->data(Qt::AccessibleTextRole).toString().contains(u"need attention"_s));
        QVERIFY(alerts->toolTip().contains(u"Alerts ("_s));
    }

    void caregiverModeIsUnmistakable()
    {
        auto *loggingAs = today()->findChild<QLabel *>(u"loggingAs"_s);
        QVERIFY(loggingAs && !loggingAs->autoFillBackground());
        QVERIFY(today()->setAuthor(Author::Caregiver));
        QVERIFY(loggingAs->autoFillBackground());
        QVERIFY(loggingAs->font().bold());
    }

    void theFirstRunNoteIsANoteNotASecondDialog()
    {
        const int askedBefore = MessageBox::askedCount();
        m_window->showFirstRunNote();
        auto *note = m_window->findChild<QWidget *>(u"firstRunNote"_s);
        QVERIFY(note && note->isVisible());
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(MessageBox::askedCount(), askedBefore);
        QTest::mouseClick(note->findChild<QAbstractButton *>(u"firstRunDone"_s), Qt::LeftButton);
        QVERIFY(!note->isVisible());
    }

    void theTitleDoesNotRepeatTheProgramsName()
    {
        // The system adds the program's name after the title.
        QVERIFY(!m_window->windowTitle().contains(u"NerveDiary"_s));
    }

    void theFileMenuOffersTheFhirExport()
    {
        const QList<QAction *> actions = m_window->menu(MainWindow::MenuId::File)->actions();
        const auto found = std::find_if(actions.begin(), actions.end(), [](QAction *action) {
            return action->objectName() == u"exportFhirAction"_s;
        });
        QVERIFY(found != actions.end());
        QVERIFY((*found)->isEnabled());
    }
};

QTEST_MAIN(TestTodayWindow)
#include "tst_today_window.moc"
