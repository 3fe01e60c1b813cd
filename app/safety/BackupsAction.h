#pragma once

namespace nd {

class Clock;
class Database;
class MainWindow;

// Adds File → Backups… to the window: it opens the BackupsDialog on the window's diary.
// After a restore the undo history is cleared (it describes the diary as it was) and the
// editor announces that the diary changed, so the pages read it again.
void installBackupsAction(MainWindow &window, Database &db, const Clock &clock);

} // namespace nd
