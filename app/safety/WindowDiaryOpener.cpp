#include "WindowDiaryOpener.h"

#include "storage/BackupManager.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace nd {

namespace {
// Texts of this file, translated in the context "WindowDiaryOpener". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WindowDiaryOpener)
};
} // namespace

WindowDiaryOpener::WindowDiaryOpener(const QString &diaryPath, const Clock &clock)
    : m_path(diaryPath), m_clock(clock), m_lock(diaryPath)
{}

bool WindowDiaryOpener::open(Database &db, QWidget *parent)
{
    m_error.clear();
    m_warning.clear();
    m_readOnly = false;
    if (!m_lock.tryLock()) {
        m_error = m_lock.errorString();
        return false;
    }
    BackupManager backups(m_path, m_clock);
    backups.protectMigrations(db);
    if (!db.open(m_path, Database::OpenMode::CreateIfMissing)) {
        if (db.lastError().kind != DbErrorKind::Corrupt) {
            m_error = db.lastError().message;
            return false;
        }
        if (!recoverDamaged(db, parent))
            return false;
    }
    if (!db.isReadOnly() && !backups.backUpIfDue(db))
        m_warning = Tr::tr("Today's backup could not be made: %1").arg(backups.errorString());
    return true;
}

bool WindowDiaryOpener::recoverDamaged(Database &db, QWidget *parent)
{
    BackupManager backups(m_path, m_clock);
    const std::optional<BackupInfo> newestGood = backups.newestUsableBackup();
    DamagedDiaryDialog::Choice choice = DamagedDiaryDialog::Choice::Quit;
    if (m_chooser) {
        choice = m_chooser(newestGood);
    } else {
        DamagedDiaryDialog dialog(m_path, newestGood, parent);
        dialog.exec();
        choice = dialog.choice();
    }
    switch (choice) {
    case DamagedDiaryDialog::Choice::RestoreBackup:
        if (newestGood && backups.restore(newestGood->path, db))
            return true;
        m_error = Tr::tr("The backup could not be brought back: %1").arg(backups.errorString());
        return false;
    case DamagedDiaryDialog::Choice::OpenReadOnly:
        if (db.open(m_path, Database::OpenMode::ReadOnly)) {
            m_readOnly = true;
            return true;
        }
        m_error = Tr::tr("The diary cannot be read at all: %1").arg(db.lastError().message);
        return false;
    case DamagedDiaryDialog::Choice::Quit:
        break;
    }
    return false; // the user chose to quit: nothing more to tell
}

} // namespace nd
