#include "AppSettings.h"

#include <QList>
#include <QSettings>

#include <algorithm>
#include <array>

namespace nd {

namespace {

using Key = AppSettings::Key;

// How a stored value is read back.
enum class Kind { Number, Flag, Text, TrimmedText, Time, Bytes };

struct Setting
{
    Key key;
    QStringView name; // the key in the file: never renamed, so existing files keep working
    Kind kind;
    QVariant fallback; // while nothing (or nothing readable) is stored
    int min = 0;       // Number only: the limits, and the step the value comes in
    int max = 0;
    int step = 1;
};

constexpr QStringView kTimeFormat = u"HH:mm";

// The one declaration of every setting.
const std::array<Setting, 9> &table()
{
    static const std::array<Setting, 9> settings{{
        {Key::TextScale, u"look/textScale", Kind::Number, AppSettings::kMinTextScale,
         AppSettings::kMinTextScale, AppSettings::kMaxTextScale, AppSettings::kTextScaleStep},
        {Key::Language, u"look/language", Kind::Text, QString()},
        {Key::ReminderEnabled, u"reminder/enabled", Kind::Flag, false},
        {Key::ReminderTime, u"reminder/time", Kind::Time, QTime(20, 0)},
        {Key::DayStartHour, u"diary/dayStartHour", Kind::Number, AppSettings::kDefaultDayStartHour, 0,
         AppSettings::kMaxDayStartHour},
        {Key::CaregiverName, u"diary/caregiverName", Kind::TrimmedText, QString()},
        {Key::DiaryPath, u"diary/path", Kind::Text, QString()},
        {Key::WindowGeometry, u"window/geometry", Kind::Bytes, QByteArray()},
        {Key::LastPage, u"window/lastPage", Kind::Text, QString()},
    }};
    return settings;
}

const Setting &setting(Key key)
{
    const auto &settings = table();
    const auto found = std::find_if(settings.begin(), settings.end(),
                                    [key](const Setting &each) { return each.key == key; });
    Q_ASSERT(found != settings.end());
    return *found;
}

// `raw` (as stored, or as given to setValue) within the setting's limits; its default when unusable.
QVariant normalized(const Setting &setting, const QVariant &raw)
{
    if (!raw.isValid())
        return setting.fallback;
    switch (setting.kind) {
    case Kind::Number: {
        bool ok = false;
        const int number = raw.toInt(&ok);
        if (!ok)
            return setting.fallback;
        const int clamped = std::clamp(number, setting.min, setting.max);
        return setting.min + (clamped - setting.min + setting.step / 2) / setting.step * setting.step;
    }
    case Kind::Flag:
        return raw.toBool();
    case Kind::Text:
        return raw.toString();
    case Kind::TrimmedText:
        return raw.toString().trimmed();
    case Kind::Time: {
        // Minutes are what is stored: a time given with seconds is the same setting.
        const QTime time =
            raw.typeId() == QMetaType::QTime ? raw.toTime() : QTime::fromString(raw.toString(), kTimeFormat);
        return time.isValid() ? QTime(time.hour(), time.minute()) : setting.fallback;
    }
    case Kind::Bytes:
        return raw.toByteArray();
    }
    return setting.fallback;
}

QVariant stored(const Setting &setting, const QVariant &value)
{
    return setting.kind == Kind::Time ? QVariant(value.toTime().toString(kTimeFormat)) : value;
}

} // namespace

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

int AppSettings::textScaleStep(int percent)
{
    return normalized(setting(Key::TextScale), percent).toInt();
}

QString AppSettings::keyName(Key key)
{
    return setting(key).name.toString();
}

QVariant AppSettings::defaultValue(Key key)
{
    return setting(key).fallback;
}

QVariant AppSettings::value(Key key) const
{
    const Setting &wanted = setting(key);
    return normalized(wanted, m_settings->value(wanted.name));
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    const Setting &wanted = setting(key);
    const QVariant clean = normalized(wanted, value);
    if (clean == this->value(key))
        return;
    m_settings->setValue(wanted.name, stored(wanted, clean));
    emit changed(key);
}

void AppSettings::follow(std::initializer_list<Key> keys, const QObject *context,
                         const std::function<void()> &apply)
{
    apply();
    connect(this, &AppSettings::changed, context, [keys = QList<Key>(keys), apply](Key key) {
        if (keys.contains(key))
            apply();
    });
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace nd
