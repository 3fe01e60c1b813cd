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

QString backupFailed(const QString &why)
{
    return Tr::tr("Today's backup could not be made: %1").arg(why);
}
} // namespace

WindowDiaryOpener::WindowDiaryOpener(const QString &diaryPath, const Clock &clock)
    : m_path(diaryPath), m_clock(clock), m_lock(diaryPath)
{}

bool WindowDiaryOpener::open(Database &db, QWidget *parent)
{
    if (!openChecked(db, false, parent))
        return false;
    BackupManager backups(m_path, m_clock);
    if (!db.isReadOnly() && !backups.backUpIfDue(db))
        m_warning = backupFailed(backups.errorString());
    return true;
}

bool WindowDiaryOpener::openForWindow(Database &db, QWidget *parent)
{
    return openChecked(db, true, parent);
}

bool WindowDiaryOpener::openChecked(Database &db, bool concurrently, QWidget *parent)
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
    const auto check = concurrently ? Database::Check::Concurrently : Database::Check::BeforeReturning;
    if (!db.open(m_path, Database::OpenMode::CreateIfMissing, check)) {
        if (db.error().kind != DbErrorKind::Corrupt) {
            m_error = db.errorString();
            return false;
        }
        if (!recoverDamaged(db, parent))
            return false;
    }
    return true;
}

bool WindowDiaryOpener::confirmIntact(Database &db, bool *recovered, QWidget *parent)
{
    *recovered = false;
    if (db.waitForCheck())
        return true;
    const DbError error = db.error();
    db.close(); // nothing was written: the file stays as it was found
    if (error.kind != DbErrorKind::Corrupt) {
        m_error = error.message;
        return false;
    }
    if (!recoverDamaged(db, parent))
        return false;
    *recovered = true;
    return true;
}

QString WindowDiaryOpener::backUpIfDue(const QString &diaryPath, const Clock &clock)
{
    BackupManager backups(diaryPath, clock);
    if (!backups.isDailyDue())
        return {}; // the usual case after the day's first start: not even a connection
    Database source;
    if (!source.open(diaryPath, Database::OpenMode::MustExist))
        return backupFailed(source.errorString());
    if (!backups.backUpIfDue(source))
        return backupFailed(backups.errorString());
    return {};
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
        m_error = Tr::tr("The diary cannot be read at all: %1").arg(db.errorString());
        return false;
    case DamagedDiaryDialog::Choice::Quit:
        break;
    }
    return false; // the user chose to quit: nothing more to tell
}

} // namespace nd
