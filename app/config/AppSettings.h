#pragma once

#include <QByteArray>
#include <QString>
#include <QTime>

#include <memory>

class QSettings;

namespace nd {

// The window's own preferences (QSettings, user-only file): look, reminder, day
// start, caregiver name, which diary file, window geometry and last page.
// What describes the diary itself (patient name, treatment, care team phone) is
// kept in the diary file instead (DiaryStore::setProfile), so the command line and
// the report see it too.
class AppSettings
{
public:
    static constexpr int kMinTextScale = 100;
    static constexpr int kMaxTextScale = 200;
    // Text sizes come in steps a person notices: 100, 125, 150, 175 and 200 %.
    static constexpr int kTextScaleStep = 25;
    // The nearest step within the limits (older settings held 10 % steps).
    static int textScaleStep(int percent);
    static constexpr int kDefaultDayStartHour = 4;

    AppSettings();                                // the user's settings
    explicit AppSettings(const QString &iniFile); // a given file (tests)
    ~AppSettings();

    int textScalePercent() const;
    void setTextScalePercent(int percent);

    QString language() const; // e.g. "en", "de"; empty = the system's
    void setLanguage(const QString &language);

    bool reminderEnabled() const;
    void setReminderEnabled(bool enabled);
    QTime reminderTime() const; // default 20:00
    void setReminderTime(QTime time);

    int dayStartHour() const; // 0–12, default 4
    void setDayStartHour(int hour);

    QString caregiverName() const;
    void setCaregiverName(const QString &name);

    // The diary the window opens without --db; empty = the default location.
    QString diaryPath() const;
    void setDiaryPath(const QString &path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QString lastPage() const;
    void setLastPage(const QString &page);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace nd
