#include "ReminderChannels.h"

#include "reminder/DesktopNotifications.h"

#include <QSystemTrayIcon>

namespace nd {

ReminderChannels ReminderChannels::probe()
{
    ReminderChannels channels;
    channels.notifications = DesktopNotifications::isServiceAvailable();
    channels.tray = QSystemTrayIcon::isSystemTrayAvailable();
    channels.starter = ReminderInstaller(ReminderInstaller::sessionEnvironment()).kind();
    return channels;
}

} // namespace nd
