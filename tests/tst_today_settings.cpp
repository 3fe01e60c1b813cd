// Settings behind the Today page: AppSettings, the first-run and settings dialogs,
// the text size, and drafts that must never be mixed up or silently lost.
#include "TempDiary.h"
#include "config/AppSettings.h"
#include "diary/DraftStore.h"
#include "settings/FirstRunDialog.h"
#include "settings/SettingsDialog.h"
#include "settings/TextScale.h"
#include "settings/TreatmentChoice.h"
#include "widgets/NumberStepper.h"
#include "widgets/RatingBar.h"
#include "widgets/TargetStyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

class TestTodaySettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString iniFile() const { return m_dir.filePath(u"settings.ini"_s); }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void cleanup() { QFile::remove(iniFile()); }

    void defaultsAndLimits()
    {
        AppSettings settings(iniFile());
        QCOMPARE(settings.textScalePercent(), 100);
        QCOMPARE(settings.dayStartHour(), 4);
        QCOMPARE(settings.reminderTime(), QTime(20, 0));
        QVERIFY(!settings.reminderEnabled());
        QVERIFY(settings.diaryPath().isEmpty());
        settings.setTextScalePercent(500);
        QCOMPARE(settings.textScalePercent(), 200);
        settings.setTextScalePercent(20);
        QCOMPARE(settings.textScalePercent(), 100);
        settings.setTextScalePercent(110); // 10 % steps of older versions: the nearest step
        QCOMPARE(settings.textScalePercent(), 100);
        settings.setTextScalePercent(140);
        QCOMPARE(settings.textScalePercent(), 150);
        settings.setDayStartHour(23);
        QCOMPARE(settings.dayStartHour(), 12);
        settings.setCaregiverName(u"  Sam  "_s);
        settings.setReminderTime(QTime(7, 30));
        settings.sync();
        AppSettings again(iniFile());
        QCOMPARE(again.caregiverName(), u"Sam"_s);
        QCOMPARE(again.reminderTime(), QTime(7, 30));
    }

    void firstRunGivesTheProfile()
    {
        FirstRunDialog dialog;
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"patientName"_s), u"Alex Doe"_s);
        auto *treatment = dialog.findChild<TreatmentChoice *>(u"treatment"_s);
        treatment->setFocus();
        QTest::keyClick(treatment, Qt::Key_1); // the second choice: CAR-T
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"careTeamPhone"_s), u"+1 555 0100"_s);
        auto *dayStart = dialog.findChild<NumberStepper *>(u"dayStartHour"_s);
        dayStart->setFocus();
        QTest::keyClick(dayStart, Qt::Key_Down);
        dialog.choose(FirstRunDialog::Choice::StartDiary);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const DiaryProfile profile = dialog.profile();
        QCOMPARE(profile.patientName, u"Alex Doe"_s);
        QCOMPARE(profile.treatment, u"car_t"_s);
        QCOMPARE(profile.careTeamPhone, u"+1 555 0100"_s);
        QCOMPARE(dialog.dayStartHour(), 3);
    }

    void firstRunCanOpenTheDemoOrQuit()
    {
        FirstRunDialog demo;
        demo.choose(FirstRunDialog::Choice::OpenDemo);
        QCOMPARE(demo.choice(), FirstRunDialog::Choice::OpenDemo);
        FirstRunDialog quit;
        quit.choose(FirstRunDialog::Choice::Quit);
        QCOMPARE(quit.result(), int(QDialog::Rejected));
    }

    void settingsDialogSavesOnlyWhatItShows()
    {
        AppSettings settings(iniFile());
        settings.setCaregiverName(u"Sam"_s);
        DiaryProfile profile{u"Alex"_s, u"checkpoint_inhibitor"_s, u"555"_s};
        SettingsDialog dialog(settings, profile, m_dir.filePath(u"diary.sqlite"_s));
        auto *textScale = dialog.findChild<NumberStepper *>(u"textScale"_s);
        QCOMPARE(textScale->value(), std::optional<int>(100));
        textScale->setFocus();
        QTest::keyClick(textScale, Qt::Key_Up);
        QTest::keyClick(textScale, Qt::Key_Up);
        dialog.findChild<QCheckBox *>(u"reminderEnabled"_s)->setChecked(true);
        auto *caregiver = dialog.findChild<QLineEdit *>(u"caregiverName"_s);
        QCOMPARE(caregiver->text(), u"Sam"_s);
        caregiver->setText(u"Robin"_s);
        auto *phone = dialog.findChild<QLineEdit *>(u"careTeamPhone"_s);
        phone->setText(u"+44 20 7946 0000"_s);
        QCOMPARE(dialog.findChild<TreatmentChoice *>(u"treatment"_s)->treatmentCode(),
                 u"checkpoint_inhibitor"_s);

        dialog.saveTo(settings);
        QCOMPARE(settings.textScalePercent(), 150); // two steps of 25 %
        QVERIFY(settings.reminderEnabled());
        QCOMPARE(settings.caregiverName(), u"Robin"_s);
        QCOMPARE(dialog.profile().careTeamPhone, u"+44 20 7946 0000"_s);
        QCOMPARE(dialog.profile().patientName, u"Alex"_s);
        QCOMPARE(dialog.fileAction(), SettingsDialog::FileAction::None);
    }

    void textSizeScalesTargets()
    {
        RatingBar bar;
        const int normal = bar.segmentRect(0).height();
        QVERIFY(normal >= 44);
        TextScale::apply(200);
        QCOMPARE(TextScale::current(), 200);
        RatingBar big;
        QVERIFY2(big.segmentRect(0).height() >= normal * 3 / 2,
                 qPrintable(u"%1 vs %2"_s.arg(big.segmentRect(0).height()).arg(normal)));
        TextScale::apply(100);
        QCOMPARE(TextScale::current(), 100);
    }

    void theReminderTimeIsTypedOverTheClickedMinutes()
    {
        AppSettings settings(iniFile());
        settings.setReminderEnabled(true);
        SettingsDialog dialog(settings, DiaryProfile{}, m_dir.filePath(u"diary.sqlite"_s));
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *time = dialog.findChild<QTimeEdit *>(u"reminderTime"_s);
        QVERIFY(time);
        time->setEnabled(true);
        QCOMPARE(time->buttonSymbols(), QAbstractSpinBox::NoButtons);
        auto *text = time->findChild<QLineEdit *>();
        QVERIFY(text);
        text->setCursorPosition(4); // a click between the minutes' digits
        const QPoint minutes = text->inputMethodQuery(Qt::ImCursorRectangle).toRect().center();
        text->setCursorPosition(0);
        QTest::mouseClick(text, Qt::LeftButton, {}, minutes);
        QTest::qWait(20);
        QTest::keyClicks(text, u"45"_s);
        QCOMPARE(time->time(), QTime(20, 45));
    }

    void checkBoxesAreTargetsAndGrowWithTheText()
    {
        TargetStyle::install();
        QCheckBox normal(u"Remind me"_s);
        QVERIFY(normal.sizeHint().height() >= 44);
        const int indicator = normal.style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, &normal);
        QVERIFY(indicator >= 22);
        TextScale::apply(200);
        QCheckBox big(u"Remind me"_s);
        QVERIFY(big.style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, &big) >= indicator * 3 / 2);
        QVERIFY(big.sizeHint().height() > normal.sizeHint().height());
        TextScale::apply(100);
    }

    void aDraftBelongsToItsDiary()
    {
        Entry entry(QDate(2026, 3, 1), Author::Caregiver);
        entry.setValue(Field::Balance, 2);
        entry.setNote(u"line one\nline \"two\", with comma"_s);
        entry.setRegions(RegionSet::fromCodes(u"left_toes;right_ankle"_s));
        DraftStore mine(m_dir.filePath(u"a.sqlite"_s), m_dir.filePath(u"drafts"_s));
        QVERIFY(mine.save(entry));
        QCOMPARE(fileMode(mine.filePath()), 0600);
        QCOMPARE(fileMode(m_dir.filePath(u"drafts"_s)), 0700);
        QCOMPARE(mine.load(), std::optional<Entry>(entry));

        DraftStore other(m_dir.filePath(u"b.sqlite"_s), m_dir.filePath(u"drafts"_s));
        QVERIFY(other.filePath() != mine.filePath());
        QCOMPARE(other.load(), std::nullopt);
        QVERIFY(mine.discard());
        QCOMPARE(mine.load(), std::nullopt);
    }

    void aDamagedDraftIsLeftInPlace()
    {
        DraftStore drafts(m_dir.filePath(u"c.sqlite"_s), m_dir.filePath(u"drafts"_s));
        QVERIFY(writeFile(drafts.filePath(), "{ not json"));
        QCOMPARE(drafts.load(), std::nullopt);
        QVERIFY(QFile::exists(drafts.filePath()));
    }
};

QTEST_MAIN(TestTodaySettings)
#include "tst_today_settings.moc"
