// Undo and redo when the diary refuses writes (issue 18 item 3): a step that cannot be written
// is dropped from the history and reported, so Edit > Undo and Redo never offer a step the
// diary does not hold; a change that cannot be written puts nothing on the history.
#include "FixedClock.h"
#include "MainWindow.h"
#include "TempDiary.h"
#include "config/AppSettings.h"
#include "dialogs/MessageBox.h"
#include "diary/DiaryEditor.h"
#include "diary/DraftStore.h"

#include <QAction>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <sqlite3.h>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

// The change whose undo or redo is refused.
enum class Change { SaveNew, SaveOver, Delete, SetBaseline };

const QDate kEarlierDay(2026, 3, 1); // a step before the one under test
const QDate kDay(2026, 3, 10);       // holds an entry when the window opens

// What the diary holds where the changes of these tests write.
struct DiaryState
{
    std::optional<Entry> earlier;
    std::optional<Entry> day;
    std::optional<Entry> nextDay;
    std::optional<BaselinePeriod> baseline;

    static DiaryState of(DiaryStore &store)
    {
        return {store.entry(kEarlierDay, Author::Patient), store.entry(kDay, Author::Patient),
                store.entry(kDay.addDays(1), Author::Patient), store.baseline()};
    }
    bool operator==(const DiaryState &other) const
    {
        return earlier == other.earlier && day == other.day && nextDay == other.nextDay &&
               baseline == other.baseline;
    }
};

Entry entryOf(QDate date, int numbness)
{
    Entry entry(date, Author::Patient);
    entry.setValue(Field::NumbnessHands, numbness);
    return entry;
}

} // namespace

class TestUndoFailures : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock{QDateTime(QDate(2026, 3, 12), QTime(20, 30))};
    std::unique_ptr<TempDiary> m_diary;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<MainWindow> m_window;

    DiaryEditor &editor() { return m_window->editor(); }
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    DiaryState stored() { return DiaryState::of(m_diary->store()); }

    void openWindow()
    {
        m_settings = std::make_unique<AppSettings>(m_diary->filePath(u"settings.ini"_s));
        m_drafts = std::make_unique<DraftStore>(m_diary->path(), m_diary->filePath(u"drafts"_s));
        m_window = std::make_unique<MainWindow>(m_diary->store(), *m_settings, *m_drafts, m_clock);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    bool makeChange(Change change)
    {
        switch (change) {
        case Change::SaveNew:
            return editor().saveEntry(entryOf(kDay.addDays(1), 6));
        case Change::SaveOver:
            return editor().saveEntry(entryOf(kDay, 7));
        case Change::Delete:
            return editor().removeEntry(kDay, Author::Patient);
        case Change::SetBaseline:
            return editor().setBaseline(BaselinePeriod{QDate(2026, 2, 1), QDate(2026, 2, 14)});
        }
        return false;
    }

    // The diary refuses every write from now on (as on a disk that became read-only).
    void refuseWrites(bool refuse)
    {
        QVERIFY(m_diary->db().exec(refuse ? "PRAGMA query_only = ON" : "PRAGMA query_only = OFF", u"test"_s));
    }

    // Chooses Undo or Redo while the diary refuses writes: the diary stays as it is and the
    // failure is reported.
    void triggerRefused(const QString &actionName)
    {
        const DiaryState before = stored();
        refuseWrites(true);
        const int asked = MessageBox::askedCount();
        action(actionName)->trigger();
        QCOMPARE(stored(), before);
        QCOMPARE(MessageBox::askedCount(), asked + 1);
        QVERIFY2(MessageBox::lastText().startsWith(u"That could not be undone or redone"_s),
                 qPrintable(MessageBox::lastText()));
    }

    // Edit > Undo and Redo offer exactly what the history holds, under the same names.
    void verifyActionsMatchTheHistory()
    {
        const QUndoStack *history = editor().undoStack();
        QCOMPARE(action(u"undoAction"_s)->isEnabled(), history->canUndo());
        QCOMPARE(action(u"redoAction"_s)->isEnabled(), history->canRedo());
        QCOMPARE(action(u"undoAction"_s)->text().contains(history->undoText()), true);
        QCOMPARE(action(u"redoAction"_s)->text().contains(history->redoText()), true);
    }

    static void addChangeRows()
    {
        QTest::addColumn<Change>("change");
        QTest::newRow("saving a new day's entry") << Change::SaveNew;
        QTest::newRow("saving over an earlier entry of the day") << Change::SaveOver;
        QTest::newRow("deleting an entry") << Change::Delete;
        QTest::newRow("setting the baseline") << Change::SetBaseline;
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
        QVERIFY(m_diary->store().saveEntry(entryOf(kDay, 2)));
        MessageBox::setNextAnswers({});
    }

    void cleanup()
    {
        MessageBox::setNextAnswer(MessageBox::Button(QMessageBox::Discard));
        m_window.reset();
        m_drafts.reset();
        m_settings.reset();
        m_diary.reset();
    }

    void aFailedUndoIsDroppedAndTheActionsSayWhatIsLeft_data() { addChangeRows(); }
    void aFailedUndoIsDroppedAndTheActionsSayWhatIsLeft()
    {
        QFETCH(Change, change);
        openWindow();
        QVERIFY(editor().saveEntry(entryOf(kEarlierDay, 1)));
        const QString undoEarlier = action(u"undoAction"_s)->text();
        QVERIFY(makeChange(change));
        QVERIFY(action(u"undoAction"_s)->text() != undoEarlier);
        triggerRefused(u"undoAction"_s);
        if (QTest::currentTestFailed())
            return;
        // The diary still holds the change, so nothing can be redone; Undo offers the step before.
        QVERIFY(!action(u"redoAction"_s)->isEnabled());
        QCOMPARE(action(u"redoAction"_s)->text(), u"&Redo"_s);
        QVERIFY(action(u"undoAction"_s)->isEnabled());
        QCOMPARE(action(u"undoAction"_s)->text(), undoEarlier);
        QCOMPARE(editor().undoStack()->count(), 1);
        verifyActionsMatchTheHistory();

        // Writable again: Undo takes the step it names.
        refuseWrites(false);
        action(u"undoAction"_s)->trigger();
        QVERIFY(!m_diary->store().entry(kEarlierDay, Author::Patient));
        QVERIFY(!action(u"undoAction"_s)->isEnabled());
        QVERIFY(action(u"redoAction"_s)->isEnabled());
        verifyActionsMatchTheHistory();
    }

    void aFailedRedoIsDroppedAndTheActionsSayWhatIsLeft_data() { addChangeRows(); }
    void aFailedRedoIsDroppedAndTheActionsSayWhatIsLeft()
    {
        QFETCH(Change, change);
        openWindow();
        QVERIFY(editor().saveEntry(entryOf(kEarlierDay, 1)));
        const QString undoEarlier = action(u"undoAction"_s)->text();
        const DiaryState before = stored();
        QVERIFY(makeChange(change));
        action(u"undoAction"_s)->trigger();
        QCOMPARE(stored(), before);
        QVERIFY(action(u"redoAction"_s)->isEnabled());

        triggerRefused(u"redoAction"_s);
        if (QTest::currentTestFailed())
            return;
        // The diary does not hold the change: Undo must not offer it, Redo has nothing left.
        QVERIFY(!action(u"redoAction"_s)->isEnabled());
        QCOMPARE(action(u"redoAction"_s)->text(), u"&Redo"_s);
        QCOMPARE(action(u"undoAction"_s)->text(), undoEarlier);
        verifyActionsMatchTheHistory();
    }

    void aFailedChangePutsNothingOnTheHistory_data() { addChangeRows(); }
    void aFailedChangePutsNothingOnTheHistory()
    {
        QFETCH(Change, change);
        openWindow();
        const DiaryState before = stored();
        refuseWrites(true);
        QVERIFY(!makeChange(change));
        QVERIFY(!editor().errorString().isEmpty());
        QCOMPARE(stored(), before);
        QCOMPARE(editor().undoStack()->count(), 0);
        QVERIFY(!action(u"undoAction"_s)->isEnabled());
        QCOMPARE(action(u"undoAction"_s)->text(), u"&Undo"_s);
        verifyActionsMatchTheHistory();
    }

    // After an undo, a change that fails still leaves Redo telling the truth (QUndoStack drops the
    // steps that could be redone when anything is pushed, even a change that is then refused).
    void aFailedChangeAfterAnUndoLeavesRedoTellingTheTruth()
    {
        openWindow();
        QVERIFY(editor().saveEntry(entryOf(kEarlierDay, 1)));
        action(u"undoAction"_s)->trigger();
        QVERIFY(action(u"redoAction"_s)->isEnabled());
        refuseWrites(true);
        QVERIFY(!makeChange(Change::SaveNew));
        verifyActionsMatchTheHistory();
        if (action(u"redoAction"_s)->isEnabled()) {
            refuseWrites(false);
            action(u"redoAction"_s)->trigger();
            QVERIFY(m_diary->store().entry(kEarlierDay, Author::Patient));
        }
    }

    // Another program holds the diary's write lock while Undo is chosen: after the busy timeout
    // the undo fails, says why, and is dropped.
    void anUndoWhileAnotherProgramWritesIsDroppedAndSaysWhy()
    {
        openWindow();
        QVERIFY(makeChange(Change::SaveOver));
        const DiaryState changed = stored();
        sqlite3 *holder = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(m_diary->path()).constData(), &holder,
                                 SQLITE_OPEN_READWRITE, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        action(u"undoAction"_s)->trigger();
        QCOMPARE(sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close_v2(holder);

        QVERIFY2(MessageBox::lastText().contains(u"in use by another program"_s),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(stored(), changed);
        QVERIFY(!action(u"undoAction"_s)->isEnabled());
        QVERIFY(!action(u"redoAction"_s)->isEnabled());
        verifyActionsMatchTheHistory();
    }
};

QTEST_MAIN(TestUndoFailures)
#include "tst_undo_failures.moc"
