// The Today page: logging a whole day by keyboard, the diary day, same as last entry,
// drafts across restarts, save and undo, unsaved changes, warning signs, target sizes.
#include "FixedClock.h"
#include "TempDiary.h"
#include "dialogs/MessageBox.h"
#include "diary/DiaryEditor.h"
#include "diary/DraftStore.h"
#include "entry/BodyMap.h"
#include "model/DiaryProfile.h"
#include "pages/EntryForm.h"
#include "pages/FieldLabel.h"
#include "pages/FieldTexts.h"
#include "pages/TodayPage.h"
#include "util/Clock.h"
#include "widgets/Banner.h"
#include "widgets/BigButton.h"
#include "widgets/CollapsibleSection.h"
#include "widgets/DayPicker.h"
#include "widgets/NumberStepper.h"
#include "widgets/RatingBar.h"
#include "widgets/YesNoToggle.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kEvening(QDate(2026, 3, 12), QTime(21, 15));

} // namespace

class TestToday : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDiary> m_diary;
    std::unique_ptr<DiaryEditor> m_editor;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<TodayPage> m_page;
    FixedClock m_clock;
    int m_keys = 0;

    TodayPage *openPage()
    {
        m_page = std::make_unique<TodayPage>(*m_editor, *m_drafts, m_clock);
        m_page->resize(1000, 800);
        m_page->restoreDraftOrOpenToday();
        m_page->show();
        m_page->activateWindow();
        if (!QTest::qWaitForWindowActive(m_page.get()))
            qWarning("the page window did not become active");
        return m_page.get();
    }
    template<typename T> T *control(const QString &name) const { return m_page->findChild<T *>(name); }
    QWidget *focused() const { return QApplication::focusWidget(); }

    // Tabs forward until `name` has the focus (counting the presses), then types `keys`.
    bool tabTo(const QString &name)
    {
        for (int i = 0; i < 20; ++i) { // the fifteen warning signs lie between their button and the note
            if (focused() && focused()->objectName() == name)
                return true;
            QTest::keyClick(focused(), Qt::Key_Tab);
            ++m_keys;
        }
        qWarning("focus did not reach %s (it is on %s)", qPrintable(name),
                 focused() ? qPrintable(focused()->objectName()) : "nothing");
        return false;
    }
    void press(int key, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(focused(), Qt::Key(key), modifiers);
        ++m_keys;
    }
    void type(const QString &text)
    {
        QTest::keyClicks(focused(), text);
        m_keys += int(text.size());
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
        m_editor = std::make_unique<DiaryEditor>(m_diary->store());
        m_drafts = std::make_unique<DraftStore>(m_diary->path(), m_diary->filePath(u"drafts"_s));
        m_clock.set(kEvening);
        m_keys = 0;
        MessageBox::setNextAnswers({});
    }

    void cleanup()
    {
        m_page.reset();
        m_editor.reset();
        m_diary.reset();
    }

    void opensTheDiaryDay_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("dayStartHour");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("an evening is that day") << kEvening << 4 << QDate(2026, 3, 12);
        QTest::newRow("half past one at night still counts for the evening before")
            << QDateTime(QDate(2026, 3, 13), QTime(1, 30)) << 4 << QDate(2026, 3, 12);
        QTest::newRow("four in the morning starts the new day")
            << QDateTime(QDate(2026, 3, 13), QTime(4, 0)) << 4 << QDate(2026, 3, 13);
        QTest::newRow("with days starting at midnight, 1:30 is the new day")
            << QDateTime(QDate(2026, 3, 13), QTime(1, 30)) << 0 << QDate(2026, 3, 13);
    }
    void opensTheDiaryDay()
    {
        QFETCH(QDateTime, now);
        QFETCH(int, dayStartHour);
        QFETCH(QDate, expected);
        m_clock.set(now);
        m_page = std::make_unique<TodayPage>(*m_editor, *m_drafts, m_clock);
        m_page->setDayStartHour(dayStartHour);
        m_page->restoreDraftOrOpenToday();
        QCOMPARE(m_page->date(), expected);
        QCOMPARE(m_page->dayPicker()->maximumDate(), expected);
    }

    void aFullDayLoggedByKeyboardAloneIsStored()
    {
        openPage();
        EntryForm *form = m_page->form();
        form->firstControl()->setFocus();
        QTRY_COMPARE(focused(), form->firstControl());

        // Hands: numbness 4, tingling 5, burning 2, pain 3, cold 6, weakness 1; feet the same plus one.
        const QString hands = u"452361"_s;
        const QString feet = u"563472"_s;
        for (int s = 0; s < kSymptomCount; ++s) {
            QVERIFY(tabTo(QString(fieldSpec(symptomField(Symptom(s), Limb::Hands)).name)));
            type(hands.mid(s, 1));
        }
        for (int s = 0; s < kSymptomCount; ++s) {
            QVERIFY(tabTo(QString(fieldSpec(symptomField(Symptom(s), Limb::Feet)).name)));
            type(feet.mid(s, 1));
        }
        // Body map: left fingertips, right fingertips, left toes.
        QVERIFY(tabTo(u"regions"_s));
        press(Qt::Key_Space);
        press(Qt::Key_Right);
        press(Qt::Key_Space);
        press(Qt::Key_Right); // the toes stand beside the fingertips
        press(Qt::Key_Space);
        // Tasks: levels 1 1 0 2 1 0 1 0.
        const QString levels = u"11021010"_s;
        for (int i = 0; i < int(kTaskFields.size()); ++i) {
            QVERIFY(tabTo(QString(fieldSpec(kTaskFields[std::size_t(i)]).name)));
            type(levels.mid(i, 1));
        }
        QVERIFY(tabTo(u"falls"_s));
        type(u"0"_s);
        QVERIFY(tabTo(u"near_falls"_s));
        type(u"1"_s);
        QVERIFY(tabTo(u"skin"_s));
        type(u"r"_s); // redness
        const QString safety = u"yynyyyn"_s;
        for (int i = 0; i < int(kSafetyFields.size()); ++i) {
            QVERIFY(tabTo(QString(fieldSpec(kSafetyFields[std::size_t(i)]).name)));
            type(safety.mid(i, 1));
        }
        QVERIFY(tabTo(u"exercise_minutes"_s));
        type(u"30"_s);
        QVERIFY(tabTo(u"alcohol_drinks"_s));
        type(u"0"_s);
        QVERIFY(tabTo(u"smoked"_s));
        type(u"n"_s);
        QVERIFY(tabTo(u"noWarningSigns"_s));
        press(Qt::Key_Space);
        QVERIFY(tabTo(u"note"_s));
        type(u"Cold morning"_s);
        press(Qt::Key_S, Qt::ControlModifier);
        qInfo("A full day took %d key presses.", m_keys);

        QTRY_VERIFY(m_page->hasStoredEntry());
        QCOMPARE(m_page->messageBanner()->title(), u"Saved"_s);
        const std::optional<Entry> stored = m_diary->store().entry(QDate(2026, 3, 12), Author::Patient);
        QVERIFY(stored);
        for (int s = 0; s < kSymptomCount; ++s) {
            QCOMPARE(stored->value(symptomField(Symptom(s), Limb::Hands)), hands.at(s).digitValue());
            QCOMPARE(stored->value(symptomField(Symptom(s), Limb::Feet)), feet.at(s).digitValue());
        }
        QCOMPARE(stored->regions().toCodes(), u"left_fingertips;left_toes;right_fingertips"_s);
        for (int i = 0; i < int(kTaskFields.size()); ++i)
            QCOMPARE(stored->value(kTaskFields[std::size_t(i)]), levels.at(i).digitValue());
        QCOMPARE(stored->value(Field::Falls), 0);
        QCOMPARE(stored->value(Field::NearFalls), 1);
        QCOMPARE(stored->value(Field::Skin), int(SkinFinding::Redness));
        for (int i = 0; i < int(kSafetyFields.size()); ++i)
            QCOMPARE(stored->value(kSafetyFields[std::size_t(i)]), safety.at(i) == u'y' ? 1 : 0);
        QCOMPARE(stored->value(Field::ExerciseMinutes), 30);
        QCOMPARE(stored->value(Field::AlcoholDrinks), 0);
        QCOMPARE(stored->value(Field::Smoked), 0);
        for (Field field : kWarningSignFields)
            QCOMPARE(stored->value(field), 0);
        QCOMPARE(stored->note(), u"Cold morning"_s);
        QVERIFY(!m_page->isDirty());
        QVERIFY(m_page->urgentBanner()->isHidden());
        QVERIFY(m_keys < 120);
    }

    void sameAsLastEntryFillsWhatCarriesOver()
    {
        Entry last(QDate(2026, 3, 9), Author::Patient);
        last.setValue(Field::NumbnessHands, 5);
        last.setValue(Field::TinglingFeet, 3);
        last.setValue(Field::Walking, 2);
        last.setValue(Field::NightLights, 1);
        last.setValue(Field::ExerciseMinutes, 20);
        last.setValue(Field::Falls, 2);
        last.setValue(Field::Skin, int(SkinFinding::Blister));
        last.setValue(Field::Confusion, 1);
        last.setNote(u"tired"_s);
        last.setRegions(RegionSet::fromCodes(u"left_toes"_s));
        QVERIFY(m_diary->store().saveEntry(last));
        Entry caregiverLater(QDate(2026, 3, 11), Author::Caregiver);
        caregiverLater.setValue(Field::NumbnessHands, 9);
        QVERIFY(m_diary->store().saveEntry(caregiverLater));

        openPage();
        // Something already answered today is kept.
        static_cast<RatingBar *>(m_page->form()->control(Field::NumbnessHands))->setValue(7);
        QTest::mouseClick(control<QWidget>(u"sameAsLast"_s), Qt::LeftButton);

        const Entry shown = m_page->currentEntry();
        QCOMPARE(shown.value(Field::NumbnessHands), 7);
        QCOMPARE(shown.value(Field::TinglingFeet), 3);
        QCOMPARE(shown.value(Field::Walking), 2);
        QCOMPARE(shown.value(Field::NightLights), 1);
        QCOMPARE(shown.value(Field::ExerciseMinutes), 20);
        QCOMPARE(shown.regions().toCodes(), u"left_toes"_s);
        // What happens on one day is not copied.
        QCOMPARE(shown.value(Field::Falls), std::nullopt);
        QCOMPARE(shown.value(Field::Skin), std::nullopt);
        QCOMPARE(shown.value(Field::Confusion), std::nullopt);
        QCOMPARE(shown.note(), QString());
        QVERIFY(m_page->isDirty());
        QVERIFY(m_page->messageBanner()->title().contains(u"Monday 9 March 2026"_s));
        QVERIFY(m_page->urgentBanner()->isHidden());
    }

    void sameAsLastEntryWithNothingBefore()
    {
        openPage();
        QCOMPARE(m_page->sameAsLastEntry(), 0);
        QCOMPARE(m_page->messageBanner()->title(), u"No earlier entry"_s);
        QVERIFY(!m_page->isDirty());
    }

    void theDraftSurvivesARestart()
    {
        openPage();
        QVERIFY(m_page->openDay(QDate(2026, 3, 10)));
        static_cast<RatingBar *>(m_page->form()->control(Field::PainFeet))->setFocus();
        QTest::keyClick(m_page->form()->control(Field::PainFeet), Qt::Key_6);
        control<QPlainTextEdit>(u"note"_s)->setFocus();
        QTest::keyClicks(control<QPlainTextEdit>(u"note"_s), u"not saved"_s);
        QVERIFY(m_page->isDirty());
        m_page.reset(); // closing (or a crash after the draft timer) keeps the draft

        QVERIFY(QFile::exists(m_drafts->filePath()));
        QCOMPARE(fileMode(m_drafts->filePath()), 0600);
        QVERIFY(!m_diary->store().entry(QDate(2026, 3, 10), Author::Patient));

        openPage();
        QCOMPARE(m_page->date(), QDate(2026, 3, 10));
        QCOMPARE(m_page->currentEntry().value(Field::PainFeet), 6);
        QCOMPARE(m_page->currentEntry().note(), u"not saved"_s);
        QVERIFY(m_page->isDirty());
        QCOMPARE(m_page->messageBanner()->title(), u"Your unsaved changes are back"_s);

        QVERIFY(m_page->save());
        QVERIFY(!QFile::exists(m_drafts->filePath()));
        QCOMPARE(m_diary->store().entry(QDate(2026, 3, 10), Author::Patient)->value(Field::PainFeet), 6);
    }

    void discardingTheDraftRemovesIt()
    {
        Entry draft(QDate(2026, 3, 11), Author::Caregiver);
        draft.setValue(Field::Balance, 3);
        QVERIFY(m_drafts->save(draft));
        openPage();
        QCOMPARE(m_page->author(), Author::Caregiver);
        QCOMPARE(m_page->currentEntry().value(Field::Balance), 3);
        auto *discard = m_page->messageBanner()->findChild<QAbstractButton *>(u"draftDiscard"_s);
        QVERIFY(discard);
        QTest::mouseClick(discard, Qt::LeftButton);
        QVERIFY(!m_page->isDirty());
        QCOMPARE(m_page->currentEntry().value(Field::Balance), std::nullopt);
        QVERIFY(!QFile::exists(m_drafts->filePath()));
    }

    void saveThenUndoAndRedo()
    {
        openPage();
        QWidget *numbness = m_page->form()->control(Field::NumbnessHands);
        numbness->setFocus();
        QTest::keyClick(numbness, Qt::Key_3);
        QVERIFY(m_page->save());
        QCOMPARE(m_diary->store().entry(QDate(2026, 3, 12), Author::Patient)->value(Field::NumbnessHands), 3);

        m_editor->undo();
        QVERIFY(!m_diary->store().entry(QDate(2026, 3, 12), Author::Patient));
        QCOMPARE(m_page->currentEntry().value(Field::NumbnessHands), std::nullopt);
        QVERIFY(!m_page->hasStoredEntry());

        m_editor->redo();
        QCOMPARE(m_diary->store().entry(QDate(2026, 3, 12), Author::Patient)->value(Field::NumbnessHands), 3);
        QCOMPARE(m_page->currentEntry().value(Field::NumbnessHands), 3);

        // A second save of a changed entry undoes back to the first one.
        QTest::keyClick(numbness, Qt::Key_8);
        QVERIFY(m_page->save());
        m_editor->undo();
        QCOMPARE(m_diary->store().entry(QDate(2026, 3, 12), Author::Patient)->value(Field::NumbnessHands), 3);
        QCOMPARE(m_page->currentEntry().value(Field::NumbnessHands), 3);
    }

    void leavingWithUnsavedChangesAsks_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("moved");
        QTest::addColumn<bool>("saved");
        QTest::newRow("cancel stays on the day with the changes")
            << int(QMessageBox::Cancel) << false << false;
        QTest::newRow("discard moves on and drops the changes") << int(QMessageBox::Discard) << true << false;
        QTest::newRow("save stores the changes, then moves on") << int(QMessageBox::Save) << true << true;
    }
    void leavingWithUnsavedChangesAsks()
    {
        QFETCH(int, answer);
        QFETCH(bool, moved);
        QFETCH(bool, saved);
        openPage();
        QWidget *walking = m_page->form()->control(Field::Walking);
        walking->setFocus();
        QTest::keyClick(walking, Qt::Key_2);
        const int asked = MessageBox::askedCount();
        MessageBox::setNextAnswer(MessageBox::Button(answer));
        QTest::mouseClick(control<QPushButton>(u"previousDay"_s), Qt::LeftButton);
        QCOMPARE(MessageBox::askedCount(), asked + 1);
        QCOMPARE(m_page->date(), moved ? QDate(2026, 3, 11) : QDate(2026, 3, 12));
        QCOMPARE(m_diary->store().entry(QDate(2026, 3, 12), Author::Patient).has_value(), saved);
        if (!moved)
            QCOMPARE(m_page->currentEntry().value(Field::Walking), 2);
        if (moved)
            QCOMPARE(m_page->currentEntry().value(Field::Walking), std::nullopt);
    }

    void noQuestionWithoutChanges()
    {
        openPage();
        const int asked = MessageBox::askedCount();
        QVERIFY(m_page->openDay(QDate(2026, 2, 1)));
        QVERIFY(m_page->confirmLeave());
        QCOMPARE(MessageBox::askedCount(), asked);
    }

    void noFutureDays()
    {
        openPage();
        QVERIFY(!m_page->openDay(QDate(2026, 3, 13)));
        QCOMPARE(m_page->date(), QDate(2026, 3, 12));
        QVERIFY(!control<QPushButton>(u"nextDay"_s)->isEnabled());
        QVERIFY(m_page->openDay(QDate(2026, 3, 11)));
        QVERIFY(control<QPushButton>(u"nextDay"_s)->isEnabled());
    }

    void aFailedSaveKeepsWhatWasTyped()
    {
        openPage();
        QWidget *grasping = m_page->form()->control(Field::Grasping);
        grasping->setFocus();
        QTest::keyClick(grasping, Qt::Key_3);
        // The diary refuses writes (as when the disk is full or the file became read-only).
        QVERIFY(m_diary->db().exec("PRAGMA query_only = ON", u"test"_s));
        QVERIFY(!m_page->save());
        QCOMPARE(m_page->messageBanner()->kind(), Banner::Kind::Error);
        QCOMPARE(m_page->messageBanner()->title(), u"Not saved"_s);
        QVERIFY(m_page->messageBanner()->text().contains(u"still here"_s));
        QCOMPARE(m_page->currentEntry().value(Field::Grasping), 3);
        QVERIFY(m_page->isDirty());
        QVERIFY(QFile::exists(m_drafts->filePath()));
        QCOMPARE(m_editor->undoStack()->count(), 0);

        QVERIFY(m_diary->db().exec("PRAGMA query_only = OFF", u"test"_s));
        QVERIFY(m_page->save());
        QCOMPARE(m_diary->store().entry(QDate(2026, 3, 12), Author::Patient)->value(Field::Grasping), 3);
    }

    void aWarningSignSaysCallTheEmergencyNumberFirst_data()
    {
        QTest::addColumn<QString>("treatment");
        QTest::addColumn<bool>("namesTheCentre");
        QTest::newRow("after a checkpoint inhibitor the banner names emergency services, then the care team")
            << u"checkpoint_inhibitor"_s << false;
        QTest::newRow("after CAR-T it also names the treatment centre's 24-hour line") << u"car_t"_s << true;
    }

    void aWarningSignSaysCallTheEmergencyNumberFirst()
    {
        QFETCH(QString, treatment);
        QFETCH(bool, namesTheCentre);
        openPage();
        DiaryProfile profile;
        profile.treatment = treatment;
        profile.careTeamPhone = u"+1 555 0100"_s;
        profile.emergencyNumber = u"112"_s;
        profile.treatmentCentrePhone = u"+1 555 0199"_s;
        m_page->setUrgentContacts(UrgentAdvice::contactsOf(profile));
        QVERIFY(m_page->urgentBanner()->isHidden());
        QWidget *breathing = m_page->form()->control(Field::Breathing);
        breathing->setFocus();
        QTest::keyClick(breathing, Qt::Key_Y);
        QVERIFY(m_page->urgentBanner()->isVisible());
        QCOMPARE(m_page->urgentBanner()->kind(), Banner::Kind::Urgent);
        // The first words are the call to make, with the number from Settings.
        QCOMPARE(m_page->urgentBanner()->title(), u"Call 112 now"_s);
        const QString text = m_page->urgentBanner()->text();
        QVERIFY(text.startsWith(u"Call your emergency number 112 now"_s));
        QVERIFY(text.contains(u"do not drive yourself"_s, Qt::CaseInsensitive));
        // The care team comes after emergency services, never instead of them.
        QVERIFY(text.indexOf(u"+1 555 0100"_s) > text.indexOf(u"112"_s));
        QVERIFY(!text.contains(u"cannot reach them"_s));
        QCOMPARE(text.contains(u"+1 555 0199"_s), namesTheCentre);
        QCOMPARE(text.contains(u"do not drive for"_s), namesTheCentre);
        // The advice covers the sign that was ticked, whatever it is.
        QVERIFY(text.contains(FieldTexts::label(Field::Breathing)));
        // The banner sits outside the scrolling form, so it is on screen wherever the user is.
        const QRect banner(m_page->urgentBanner()->mapTo(m_page.get(), QPoint(0, 0)),
                           m_page->urgentBanner()->size());
        QVERIFY(m_page->rect().contains(banner));
        QVERIFY(!control<QScrollArea>(u"todayScroll"_s)->isAncestorOf(m_page->urgentBanner()));
        QTest::keyClick(breathing, Qt::Key_N);
        QVERIFY(m_page->urgentBanner()->isHidden());
    }

    void aTremorAloneGetsAdviceThatCoversIt()
    {
        openPage();
        QWidget *tremor = m_page->form()->control(Field::Tremor);
        tremor->setFocus();
        QTest::keyClick(tremor, Qt::Key_Y);
        const QString text = m_page->urgentBanner()->text();
        QVERIFY(text.contains(FieldTexts::label(Field::Tremor)));
        QVERIFY(text.contains(u"This sign needs help at once"_s));
        // No number saved and no country known (C locale): the words still say what to call.
        QCOMPARE(m_page->urgentBanner()->title(), u"Call your emergency number now"_s);
    }

    void theUrgentBannerNamesTheSignsMarkedNow()
    {
        openPage();
        QWidget *confusion = m_page->form()->control(Field::Confusion);
        const Field other = kWarningSignFields.front() == Field::Confusion ? kWarningSignFields.back()
                                                                           : kWarningSignFields.front();
        QWidget *otherSign = m_page->form()->control(other);
        confusion->setFocus();
        QTest::keyClick(confusion, Qt::Key_Y);
        otherSign->setFocus();
        QTest::keyClick(otherSign, Qt::Key_Y);
        QTest::keyClick(confusion, Qt::Key_N);
        QVERIFY(m_page->urgentBanner()->isVisible());
        QVERIFY(m_page->urgentBanner()->text().contains(FieldTexts::label(other)));
        QVERIFY(!m_page->urgentBanner()->text().contains(FieldTexts::label(Field::Confusion)));
    }

    void nothingMovesUnderTheFingerWhenBannersAppear()
    {
        openPage();
        EntryForm *form = m_page->form();
        form->showLowerSections();
        QWidget *confusion = form->control(Field::Confusion);
        const auto place = [this](QWidget *widget) {
            return widget->mapTo(m_page.get(), QPoint(0, 0));
        };
        const auto settle = [] {
            for (int i = 0; i < 3; ++i)
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        };
        settle();
        const QPoint first = place(form->firstControl());
        const QPoint sign = place(confusion);
        const QPoint save = place(control<QPushButton>(u"saveTop"_s));
        confusion->setFocus();
        QTest::keyClick(confusion, Qt::Key_Y); // the urgent banner appears
        settle();
        QVERIFY(m_page->urgentBanner()->isVisible());
        QCOMPARE(place(form->firstControl()), first);
        QCOMPARE(place(confusion), sign);
        QCOMPARE(place(control<QPushButton>(u"saveTop"_s)), save);
        QVERIFY(m_page->save()); // "Saved" appears too
        settle();
        QVERIFY(m_page->messageBanner()->isVisible());
        QCOMPARE(place(form->firstControl()), first);
        QCOMPARE(place(confusion), sign);
        QCOMPARE(place(control<QPushButton>(u"saveTop"_s)), save);
    }

    void theWarningSignButtonLeadsToTheSigns()
    {
        openPage();
        QPushButton *jump = control<QPushButton>(u"warningJump"_s);
        QVERIFY(jump && jump->isVisible());
        QVERIFY(jump->width() >= 44 && jump->height() >= 44);
        QTest::mouseClick(jump, Qt::LeftButton);
        QWidget *firstSign = m_page->form()->control(kWarningSignFields.front());
        QTRY_COMPARE(focused(), firstSign);
        // On screen, in the scrolling form's view.
        auto *scroll = control<QScrollArea>(u"todayScroll"_s);
        const QRect shown(firstSign->mapTo(scroll->viewport(), QPoint(0, 0)), firstSign->size());
        QVERIFY(scroll->viewport()->rect().intersects(shown));
    }

    void afterNoneOfTheseTheKeyboardGoesOnToTheNote()
    {
        openPage();
        QPushButton *none = control<QPushButton>(u"noWarningSigns"_s);
        m_page->form()->showLowerSections();
        none->setFocus();
        QTest::keyClick(none, Qt::Key_Space);
        QCOMPARE(focused(), control<QPlainTextEdit>(u"note"_s));
    }

    void caregiverEntriesAreStoredAsCaregiver()
    {
        openPage();
        QVERIFY(m_page->setAuthor(Author::Caregiver));
        m_page->setCaregiverName(u"Sam"_s);
        QCOMPARE(control<QLabel>(u"loggingAs"_s)->text(), u"Logging as caregiver: Sam"_s);
        QWidget *balance = m_page->form()->control(Field::Balance);
        balance->setFocus();
        QTest::keyClick(balance, Qt::Key_2);
        QVERIFY(m_page->save());
        QVERIFY(m_page->messageBanner()->text().contains(u"caregiver"_s));
        QCOMPARE(m_diary->store().entry(QDate(2026, 3, 12), Author::Caregiver)->value(Field::Balance), 2);
        QVERIFY(!m_diary->store().entry(QDate(2026, 3, 12), Author::Patient));
    }

    void theFormSpeaksToACaregiverAboutThePatient()
    {
        // A caregiver describes someone else: "your" would ask about the caregiver's own feet.
        openPage();
        EntryForm *form = m_page->form();
        const auto fallsHint = [form] {
            for (FieldLabel *label : form->findChildren<FieldLabel *>())
                if (label->title() == FieldTexts::label(Field::Falls))
                    return label->hint();
            return QString();
        };
        QCOMPARE(form->section(EntryForm::Section::Feelings)->title(), u"How your hands and feet feel"_s);
        QCOMPARE(fallsHint(), u"times you fell today"_s);

        QVERIFY(m_page->setAuthor(Author::Caregiver));
        QCOMPARE(form->section(EntryForm::Section::Feelings)->title(), u"How their hands and feet seem"_s);
        QCOMPARE(fallsHint(), u"times they fell today"_s);
        QCOMPARE(form->control(Field::Falls)->accessibleDescription(), u"times they fell today"_s);
        QCOMPARE(control<BodyMap>(u"regions"_s)->accessibleName(), u"Where they feel it: hands and feet"_s);
        QVERIFY(control<QPlainTextEdit>(u"note"_s)->placeholderText().contains(u"their care team"_s));
        QVERIFY(control<QLabel>(u"warningSignsNotice"_s)->text().contains(u"tell their care team"_s));

        QVERIFY(m_page->setAuthor(Author::Patient));
        QCOMPARE(form->section(EntryForm::Section::Feelings)->title(), u"How your hands and feet feel"_s);
        QCOMPARE(fallsHint(), u"times you fell today"_s);
        QVERIFY(control<QLabel>(u"warningSignsNotice"_s)->text().contains(u"tell your care team"_s));
    }

    void everyTargetIsAtLeast44Pixels()
    {
        openPage();
        int checked = 0;
        auto require = [&](const QString &what, const QSize &size) {
            ++checked;
            QVERIFY2(size.width() >= 44 && size.height() >= 44,
                     qPrintable(u"%1 is %2×%3"_s.arg(what).arg(size.width()).arg(size.height())));
        };
        const QList<QWidget *> widgets = m_page->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisibleTo(m_page.get()) || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            const QString name = widget->objectName().isEmpty()
                                     ? QString::fromLatin1(widget->metaObject()->className())
                                     : widget->objectName();
            if (auto *segmented = qobject_cast<SegmentedControl *>(widget)) {
                for (int i = 0; i < segmented->segmentCount(); ++i)
                    require(u"%1 segment %2"_s.arg(name).arg(i), segmented->segmentRect(i).size());
            } else if (auto *stepper = qobject_cast<NumberStepper *>(widget)) {
                require(name + u" −"_s, stepper->buttonRect(NumberStepper::DecreasePart).size());
                require(name + u" +"_s, stepper->buttonRect(NumberStepper::IncreasePart).size());
            } else if (auto *map = qobject_cast<BodyMap *>(widget)) {
                for (int i = 0; i < kRegionCount; ++i)
                    require(Region::fromIndex(i).code(), map->regionRect(Region::fromIndex(i)).size());
            } else {
                require(name, widget->size());
            }
        }
        QVERIFY(checked > 150);
    }

    void theFormNeedsNoSidewaysScrolling()
    {
        // A 1280-pixel laptop screen less the side bar and the window frame: long labels
        // wrap instead of pushing the answers out of view (a sideways scroll bar is easy
        // to miss).
        openPage();
        m_page->resize(960, 700);
        auto *scroll = control<QScrollArea>(u"todayScroll"_s);
        QVERIFY(scroll);
        QTRY_VERIFY(scroll->widget()->width() <= scroll->viewport()->width());
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    }
};

QTEST_MAIN(TestToday)
#include "tst_today.moc"
