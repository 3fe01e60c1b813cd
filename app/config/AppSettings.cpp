#include "AppSettings.h"

#include <QSettings>

#include <algorithm>

namespace nd {

using namespace Qt::StringLiterals;

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

int AppSettings::textScaleStep(int percent)
{
    const int clamped = std::clamp(percent, kMinTextScale, kMaxTextScale);
    return kMinTextScale + (clamped - kMinTextScale + kTextScaleStep / 2) / kTextScaleStep * kTextScaleStep;
}

int AppSettings::textScalePercent() const
{
    return textScaleStep(m_settings->value(u"look/textScale"_s, kMinTextScale).toInt());
}

void AppSettings::setTextScalePercent(int percent)
{
    m_settings->setValue(u"look/textScale"_s, textScaleStep(percent));
}

QString AppSettings::language() const
{
    return m_settings->value(u"look/language"_s).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(u"look/language"_s, language);
}

bool AppSettings::reminderEnabled() const
{
    return m_settings->value(u"reminder/enabled"_s, false).toBool();
}

void AppSettings::setReminderEnabled(bool enabled)
{
    m_settings->setValue(u"reminder/enabled"_s, enabled);
}

QTime AppSettings::reminderTime() const
{
    const QTime time = QTime::fromString(m_settings->value(u"reminder/time"_s).toString(), u"HH:mm"_s);
    return time.isValid() ? time : QTime(20, 0);
}

void AppSettings::setReminderTime(QTime time)
{
    m_settings->setValue(u"reminder/time"_s, time.toString(u"HH:mm"_s));
}

int AppSettings::dayStartHour() const
{
    return std::clamp(m_settings->value(u"diary/dayStartHour"_s, kDefaultDayStartHour).toInt(), 0, 12);
}

void AppSettings::setDayStartHour(int hour)
{
    m_settings->setValue(u"diary/dayStartHour"_s, std::clamp(hour, 0, 12));
}

QString AppSettings::caregiverName() const
{
    return m_settings->value(u"diary/caregiverName"_s).toString();
}

void AppSettings::setCaregiverName(const QString &name)
{
    m_settings->setValue(u"diary/caregiverName"_s, name.trimmed());
}

QString AppSettings::diaryPath() const
{
    return m_settings->value(u"diary/path"_s).toString();
}

void AppSettings::setDiaryPath(const QString &path)
{
    m_settings->setValue(u"diary/path"_s, path);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(u"window/geometry"_s).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(u"window/geometry"_s, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(u"window/state"_s).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(u"window/state"_s, state);
}

QString AppSettings::lastPage() const
{
    return m_settings->value(u"window/lastPage"_s).toString();
}

void AppSettings::setLastPage(const QString &page)
{
    m_settings->setValue(u"window/lastPage"_s, page);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace nd
