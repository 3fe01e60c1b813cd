#pragma once

#include "reminder/ReminderInstaller.h"

namespace nd {

// The ways a reminder can reach the person on this desktop, for Settings to tell the
// truth about them (and not offer a reminder that cannot arrive).
struct ReminderChannels
{
    bool notifications = false; // org.freedesktop.Notifications on the session bus
    bool tray = false;          // a system tray, while the window is open
    ReminderInstaller::Kind starter = ReminderInstaller::Kind::Autostart; // with the window closed

    bool any() const { return notifications || tray; }

    static ReminderChannels probe();
};

} // namespace nd
