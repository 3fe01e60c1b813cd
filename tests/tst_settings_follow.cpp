// Settings declared once (AppSettings' table: key as stored, default, limits) and followed by
// what shows them: a change made anywhere reaches the window without anyone passing it on,
// and a value set to what it already is changes nothing.
#include "FixedClock.h"
#include "MainWindow.h"
#include "TempDiary.h"
#include "config/AppSettings.h"
#include "dialogs/MessageBox.h"
#include "diary/DailyReminder.h"
#include "diary/DraftStore.h"
#include "pages/TodayPage.h"
#include "settings/TextScale.h"

#include <QApplication>
#include <QLabel>
#include <QMetaEnum>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

using Key = AppSettings::Key;

class TestSettingsFollow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString iniFile() const { return m_dir.filePath(u"settings.ini"_s); }

    static QList<Key> allKeys()
    {
        const QMetaEnum keys = QMetaEnum::fromType<Key>();
        QList<Key> all;
        for (int i = 0; i < keys.keyCount(); ++i)
            all.append(Key(keys.value(i)));
        return all;
    }

    // The widgets of `root` whose font follows the text size (Theme::setRelativeFont).
    static QList<QWidget *> relativeFontWidgets(QWidget *root)
    {
        QList<QWidget *> found;
        const QList<QWidget *> children = root->findChildren<QWidget *>();
        for (QWidget *child : children) {
            if (child->property("ndFontFactor").isValid())
                found.append(child);
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setNeverBlock(true);
        QVERIFY(m_dir.isValid());
    }
    void cleanup()
    {
        QFile::remove(iniFile());
        TextScale::apply(100);
    }

    void eachKeyHasItsDefaultWhileNothingIsStored_data()
    {
        QTest::addColumn<Key>("key");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("the text size is the system's (100 %)") << Key::TextScale << QVariant(100);
        QTest::newRow("the language is the system's (empty)") << Key::Language << QVariant(QString());
        QTest::newRow("the daily reminder is off") << Key::ReminderEnabled << QVariant(false);
        QTest::newRow("the reminder would come at 20:00") << Key::ReminderTime << QVariant(QTime(20, 0));
        QTest::newRow("a diary day starts at 4 o'clock") << Key::DayStartHour << QVariant(4);
        QTest::newRow("no caregiver is named") << Key::CaregiverName << QVariant(QString());
        QTest::newRow("the diary is in the default place (empty)") << Key::DiaryPath << QVariant(QString());
        QTest::newRow("the window has no saved place") << Key::WindowGeometry << QVariant(QByteArray());
        QTest::newRow("no page was shown last") << Key::LastPage << QVariant(QString());
    }
    void eachKeyHasItsDefaultWhileNothingIsStored()
    {
        QFETCH(Key, key);
        QFETCH(QVariant, expected);
        const AppSettings settings(iniFile());
        QCOMPARE(AppSettings::defaultValue(key), expected);
        QCOMPARE(settings.value(key), expected);
    }

    void everyKeyIsDeclaredOnceUnderItsOwnName()
    {
        QSet<QString> names;
        for (const Key key : allKeys()) {
            const QString name = AppSettings::keyName(key);
            QVERIFY2(name.contains(u'/'), qPrintable(name)); // a group and a name, as QSettings files have
            QVERIFY2(AppSettings::defaultValue(key).isValid(), qPrintable(name));
            names.insert(name);
        }
        QCOMPARE(names.size(), allKeys().size());
    }

    void aFileOfAnEarlierVersionReadsAsBefore_data()
    {
        QTest::addColumn<QString>("storedKey");
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<Key>("key");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("a text size of 110 % (the old 10 % steps) reads as 100 %")
            << u"look/textScale"_s << QVariant(110) << Key::TextScale << QVariant(100);
        QTest::newRow("a text size of 140 % reads as the nearest step, 150 %")
            << u"look/textScale"_s << QVariant(140) << Key::TextScale << QVariant(150);
        QTest::newRow("a text size above the largest reads as 200 %")
            << u"look/textScale"_s << QVariant(260) << Key::TextScale << QVariant(200);
        QTest::newRow("the language reads as stored")
            << u"look/language"_s << QVariant(u"de"_s) << Key::Language << QVariant(u"de"_s);
        QTest::newRow("a reminder switched on reads as on")
            << u"reminder/enabled"_s << QVariant(true) << Key::ReminderEnabled << QVariant(true);
        QTest::newRow("a reminder time reads as that time")
            << u"reminder/time"_s << QVariant(u"07:30"_s) << Key::ReminderTime << QVariant(QTime(7, 30));
        QTest::newRow("an unreadable reminder time reads as 20:00")
            << u"reminder/time"_s << QVariant(u"soon"_s) << Key::ReminderTime << QVariant(QTime(20, 0));
        QTest::newRow("a day start after noon reads as 12 o'clock")
            << u"diary/dayStartHour"_s << QVariant(23) << Key::DayStartHour << QVariant(12);
        QTest::newRow("a caregiver's name reads without spaces around it")
            << u"diary/caregiverName"_s << QVariant(u"  Sam "_s) << Key::CaregiverName << QVariant(u"Sam"_s);
        QTest::newRow("the diary's path reads as stored")
            << u"diary/path"_s << QVariant(u"/data/diary.sqlite"_s) << Key::DiaryPath
            << QVariant(u"/data/diary.sqlite"_s);
        QTest::newRow("the window's place reads as stored")
            << u"window/geometry"_s << QVariant(QByteArray("\x01\x02")) << Key::WindowGeometry
            << QVariant(QByteArray("\x01\x02"));
        QTest::newRow("the last page reads as stored")
            << u"window/lastPage"_s << QVariant(u"history"_s) << Key::LastPage << QVariant(u"history"_s);
    }
    void aFileOfAnEarlierVersionReadsAsBefore()
    {
        QFETCH(QString, storedKey);
        QFETCH(QVariant, stored);
        QFETCH(Key, key);
        QFETCH(QVariant, expected);
        {
            QSettings earlier(iniFile(), QSettings::IniFormat);
            earlier.setValue(storedKey, stored);
        }
        const AppSettings settings(iniFile());
        QCOMPARE(AppSettings::keyName(key), storedKey);
        QCOMPARE(settings.value(key), expected);
    }

    void aValueSetToWhatItIsAlreadyChangesNothing()
    {
        AppSettings settings(iniFile());
        QSignalSpy changes(&settings, &AppSettings::changed);
        settings.setDayStartHour(4);                // the default
        settings.setTextScalePercent(110);          // the nearest step is 100 %, as it is
        settings.setCaregiverName(u"   "_s);        // no name, as before
        settings.setReminderTime(QTime(20, 0, 30)); // minutes are what is kept
        settings.setReminderEnabled(false);
        QCOMPARE(changes.count(), 0);

        settings.setDayStartHour(30); // within the limits: 12
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).value<Key>(), Key::DayStartHour);
        settings.setDayStartHour(12);
        settings.setDayStartHour(40);
        QCOMPARE(changes.count(), 1);
        settings.setCaregiverName(u"Sam"_s);
        settings.setCaregiverName(u" Sam "_s);
        QCOMPARE(changes.count(), 2);
        QCOMPARE(changes.at(1).at(0).value<Key>(), Key::CaregiverName);
        settings.sync();
        QCOMPARE(AppSettings(iniFile()).dayStartHour(), 12);
    }

    void aFollowerHearsOfItsKeysOnlyAndAsLongAsItLives()
    {
        AppSettings settings(iniFile());
        auto context = std::make_unique<QObject>();
        QList<int> seen;
        settings.follow({Key::DayStartHour, Key::ReminderTime}, context.get(),
                        [&] { seen.append(settings.dayStartHour()); });
        QCOMPARE(seen, QList<int>{4}); // at once: what is shown starts right
        settings.setCaregiverName(u"Sam"_s);
        settings.setDayStartHour(6);
        settings.setReminderTime(QTime(8, 0));
        QCOMPARE(seen, (QList<int>{4, 6, 6}));
        context.reset();
        settings.setDayStartHour(7);
        QCOMPARE(seen.size(), 3);
    }

    void theWindowFollowsSettingsChangedAnywhere()
    {
        TempDiary diary;
        QVERIFY(diary.open());
        AppSettings settings(iniFile());
        FixedClock clock(QDateTime(QDate(2026, 3, 12), QTime(3, 30)));
        const DraftStore drafts(diary.path(), diary.filePath(u"drafts"_s));
        MainWindow window(diary.store(), settings, drafts, clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TodayPage *today = window.todayPage();

        // The text size: the Today page's fonts grow with it, nobody else involved.
        const QList<QWidget *> scaled = relativeFontWidgets(today);
        QVERIFY(!scaled.isEmpty());
        QList<qreal> before;
        for (const QWidget *widget : scaled)
            before.append(widget->font().pointSizeF());
        settings.setTextScalePercent(150);
        QCOMPARE(TextScale::current(), 150);
        for (int i = 0; i < scaled.size(); ++i)
            QVERIFY2(qAbs(scaled[i]->font().pointSizeF() - before[i] * 1.5) < 0.6,
                     qPrintable(u"%1: %2 pt, was %3 pt"_s.arg(scaled[i]->objectName())
                                    .arg(scaled[i]->font().pointSizeF())
                                    .arg(before[i])));

        // The day start: at 3:30 the diary day is still yesterday until the day starts at 3.
        QCOMPARE(today->dayStartHour(), 4);
        settings.setDayStartHour(3);
        QCOMPARE(today->dayStartHour(), 3);

        // The caregiver's name, in the words the Today page speaks to a caregiver with.
        QVERIFY(today->setAuthor(Author::Caregiver));
        settings.setCaregiverName(u"Robin"_s);
        QCOMPARE(today->findChild<QLabel *>(u"loggingAs"_s)->text(), u"Logging as caregiver: Robin"_s);

        // The reminder while the window is open.
        QVERIFY(!window.reminder()->isEnabled());
        settings.setReminderEnabled(true);
        QVERIFY(window.reminder()->isEnabled());
        settings.setReminderEnabled(false);
        QVERIFY(!window.reminder()->isEnabled());
        today->discardChanges();
    }
};

QTEST_MAIN(TestSettingsFollow)
#include "tst_settings_follow.moc"
