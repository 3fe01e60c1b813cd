#pragma once

#include "DesktopNotifications.h"
#include "reminder/ReminderDay.h"

namespace nd {

// The words of the daily reminder. Keys of its actions, shared by every place that answers them.
namespace ReminderNotice {

inline const QString kLogToday = QStringLiteral("log-today");
inline const QString kLogMissed = QStringLiteral("log-missed");
inline const QString kDefault = QStringLiteral("default"); // a click on the notice itself

// `today` is the current diary day: a reminder about the evening before (a timer that
// ran at the next login) names that day instead of saying "today".
DesktopNotice forNeed(const ReminderNeed &need, QDate today);

// One line for the window's status bar and the tray.
QString oneLine(const DesktopNotice &notice);

} // namespace ReminderNotice

} // namespace nd
