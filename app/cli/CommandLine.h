#pragma once

#include <QStringList>

namespace nd {

// True when the arguments name a sub-command (`nervediary demo …`), not the window.
bool isCommandInvocation(const QStringList &arguments);

// Runs the sub-command in `arguments` (argv as a list). Needs a Q(Gui)Application.
int runCommandLine(const QStringList &arguments);

} // namespace nd
