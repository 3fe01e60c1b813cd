#include "BackupsDialog.h"

#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nd {

namespace {

using namespace Qt::StringLiterals;

constexpr int kMinimumTarget = 48; // numb fingertips: well above the 44 px floor

bool askWithMessageBox(QWidget *parent, const QString &question)
{
    return QMessageBox::question(parent, BackupsDialog::tr("Restore a backup"), question,
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

QString whenText(const QDateTime &when)
{
    return QLocale().toString(when.date(), QLocale::LongFormat) + u", "_s +
           QLocale().toString(when.time(), QLocale::ShortFormat);
}

} // namespace

BackupsDialog::BackupsDialog(Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_db(db), m_manager(db.path(), clock), m_confirm(askWithMessageBox)
{
    setWindowTitle(tr("Backups"));
    setObjectName(u"backupsDialog"_s);
    resize(720, 480);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_intro->setText(
        tr("NerveDiary copies your diary once a day and before every update of its format. "
           "The last 7 days and 4 weeks are kept in %1. Choose a copy to bring your diary back to "
           "how it was then; the diary as it is now is kept as a copy first.")
            .arg(QDir::toNativeSeparators(m_manager.folder())));

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"backupList"_s);
    m_table->setAccessibleName(tr("Backups, newest first"));
    m_table->setHorizontalHeaderLabels({tr("Made on"), tr("Entries"), tr("Why it was made")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the list for the buttons
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(kMinimumTarget);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BackupsDialog::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, [this] { restoreSelected(); });

    m_status = new QLabel(this);
    m_status->setObjectName(u"backupStatus"_s);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Result"));

    m_backUpButton = new QPushButton(tr("&Make a backup now"), this);
    m_backUpButton->setObjectName(u"backUpNowButton"_s);
    m_restoreButton = new QPushButton(tr("&Restore the chosen backup…"), this);
    m_restoreButton->setObjectName(u"restoreButton"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_backUpButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restoreButton, QDialogButtonBox::ActionRole);
    for (QAbstractButton *button : buttons->buttons()) {
        button->setMinimumHeight(kMinimumTarget);
        button->setMinimumWidth(kMinimumTarget * 2);
        button->setAccessibleName(button->text().remove(u'&'));
    }
    connect(m_backUpButton, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_restoreButton, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->setContentsMargins(20, 20, 20, 20);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    refresh();
}

void BackupsDialog::refresh()
{
    m_backups = m_manager.list(true);
    m_table->setRowCount(int(m_backups.size()));
    for (int row = 0; row < m_backups.size(); ++row) {
        const BackupInfo &info = m_backups[row];
        auto *when = new QTableWidgetItem(whenText(info.takenAt));
        auto *entries =
            new QTableWidgetItem(info.usable ? QLocale().toString(info.entryCount) : tr("cannot be used"));
        entries->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *why = new QTableWidgetItem(BackupManager::reasonName(info.reason));
        if (!info.usable) {
            for (QTableWidgetItem *item : {when, entries, why})
                item->setToolTip(info.problem);
        }
        m_table->setItem(row, 0, when);
        m_table->setItem(row, 1, entries);
        m_table->setItem(row, 2, why);
    }
    if (m_backups.isEmpty())
        showStatus(tr("There are no backups yet. The first is made on the first day the diary has entries."));
    else if (!m_table->selectionModel()->hasSelection())
        selectBackup(0);
    updateButtons();
}

void BackupsDialog::selectBackup(int row)
{
    m_table->selectRow(row);
    m_table->setCurrentCell(row, 0);
}

QString BackupsDialog::statusText() const
{
    return m_status->text();
}

void BackupsDialog::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setAccessibleDescription(text);
}

void BackupsDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool restorable = row >= 0 && row < m_backups.size() && m_backups[row].usable &&
                            m_table->selectionModel()->hasSelection();
    m_restoreButton->setEnabled(restorable && !m_db.isReadOnly());
    m_backUpButton->setEnabled(m_db.isOpen());
}

void BackupsDialog::backUpNow()
{
    const QString path = m_manager.backUp(m_db, BackupInfo::Reason::Manual);
    refresh();
    if (path.isEmpty()) {
        showStatus(tr("No backup was made: %1").arg(m_manager.errorString()));
        return;
    }
    for (int row = 0; row < m_backups.size(); ++row) {
        if (m_backups[row].path == path)
            selectBackup(row);
    }
    showStatus(tr("A backup was made."));
}

void BackupsDialog::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_backups.size() || !m_backups[row].usable)
        return;
    const BackupInfo chosen = m_backups[row];
    const QString question =
        tr("Bring the diary back to the backup of %1 (%n entries)?\n\n"
           "The diary as it is now is kept as a backup first, so you can change your mind.",
           nullptr, chosen.entryCount)
            .arg(whenText(chosen.takenAt));
    if (!m_confirm(this, question))
        return;
    const bool ok = m_manager.restore(chosen.path, m_db);
    refresh();
    if (!ok) {
        showStatus(tr("The backup was not restored: %1").arg(m_manager.errorString()));
        return;
    }
    showStatus(
        tr("The diary now holds the backup of %1. The diary as it was is the newest backup in the list.")
            .arg(whenText(chosen.takenAt)));
    emit diaryRestored();
}

} // namespace nd
