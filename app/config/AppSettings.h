#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTime>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>

class QSettings;

namespace nd {

// The window's own preferences (QSettings, user-only file): look, reminder, day
// start, caregiver name, which diary file, window geometry and last page.
// What describes the diary itself (patient name, treatment, care team phone) is
// kept in the diary file instead (DiaryStore::setProfile), so the command line and
// the report see it too.
//
// Every setting is declared once, in the table in AppSettings.cpp: the key it is stored
// under (the same as in earlier versions, so existing files keep working), its default and
// its limits. value() reads through that table and setValue() writes through it, so a
// stored value is always brought within its limits in one place. changed() is emitted only
// when a value really changes; what shows a setting follows it (follow()) instead of being
// told by whoever wrote it. Passed in by reference, never a singleton: WindowLauncher
// creates the window's one instance, `nervediary remind` its own.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        TextScale,       // percent of the system's text size, in steps of kTextScaleStep
        Language,        // "en", "de", ...; empty = the system's
        ReminderEnabled, // the daily reminder is on
        ReminderTime,    // when it reminds (default 20:00)
        DayStartHour,    // an entry made before this hour counts for the day before (0–12)
        CaregiverName,   // shown when the caregiver writes (trimmed)
        DiaryPath,       // the diary the window opens without --db; empty = the default location
        WindowGeometry,  // the window's place and size when it closed
        LastPage,        // the page shown when it closed
    };
    Q_ENUM(Key)

    static constexpr int kMinTextScale = 100;
    static constexpr int kMaxTextScale = 200;
    // Text sizes come in steps a person notices: 100, 125, 150, 175 and 200 %.
    static constexpr int kTextScaleStep = 25;
    // The nearest step within the limits (older settings held 10 % steps).
    static int textScaleStep(int percent);
    static constexpr int kDefaultDayStartHour = 4;
    static constexpr int kMaxDayStartHour = 12;

    AppSettings();                                // the user's settings
    explicit AppSettings(const QString &iniFile); // a given file (tests)
    ~AppSettings() override;

    static QString keyName(Key key);       // as stored in the file, e.g. "look/textScale"
    static QVariant defaultValue(Key key); // what value() gives while nothing is stored

    // Within the key's limits; the default when nothing (or nothing readable) is stored.
    QVariant value(Key key) const;
    // Brought within the key's limits and stored; emits changed(key) only if that differs
    // from what value(key) gave before.
    void setValue(Key key, const QVariant &value);

    // Calls `apply` now and after every change of one of `keys`, for as long as `context`
    // lives: how a widget shows a setting and keeps showing it.
    void follow(std::initializer_list<Key> keys, const QObject *context, const std::function<void()> &apply);

    // Typed access, for readable callers.
    int textScalePercent() const { return value(Key::TextScale).toInt(); }
    void setTextScalePercent(int percent) { setValue(Key::TextScale, percent); }
    QString language() const { return value(Key::Language).toString(); }
    void setLanguage(const QString &language) { setValue(Key::Language, language); }
    bool reminderEnabled() const { return value(Key::ReminderEnabled).toBool(); }
    void setReminderEnabled(bool enabled) { setValue(Key::ReminderEnabled, enabled); }
    QTime reminderTime() const { return value(Key::ReminderTime).toTime(); }
    void setReminderTime(QTime time) { setValue(Key::ReminderTime, time); }
    int dayStartHour() const { return value(Key::DayStartHour).toInt(); }
    void setDayStartHour(int hour) { setValue(Key::DayStartHour, hour); }
    QString caregiverName() const { return value(Key::CaregiverName).toString(); }
    void setCaregiverName(const QString &name) { setValue(Key::CaregiverName, name); }
    QString diaryPath() const { return value(Key::DiaryPath).toString(); }
    void setDiaryPath(const QString &path) { setValue(Key::DiaryPath, path); }
    QByteArray windowGeometry() const { return value(Key::WindowGeometry).toByteArray(); }
    void setWindowGeometry(const QByteArray &geometry) { setValue(Key::WindowGeometry, geometry); }
    QString lastPage() const { return value(Key::LastPage).toString(); }
    void setLastPage(const QString &page) { setValue(Key::LastPage, page); }

    void sync();

signals:
    void changed(nd::AppSettings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace nd
