#pragma once

class QMenu;
class QWidget;

namespace nd {

class Clock;
class Database;
class DiaryEditor;

// Adds Backups… to the window's File menu (`file`; nothing without one): it opens the
// BackupsDialog on the window's diary, over `window`. After a restore the editor clears
// its undo history (it describes the diary as it was) and announces that the diary
// changed, so the pages read it again.
void installBackupsAction(QMenu *file, QWidget &window, DiaryEditor &editor, Database &db,
                          const Clock &clock);

} // namespace nd
