#pragma once

#include <QStringList>

namespace nd {

// Parses the window's options (--db FILE, --demo) and runs the window until it closes.
int runWindow(const QStringList &arguments);

} // namespace nd
