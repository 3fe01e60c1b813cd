#include "BackupsAction.h"

#include "BackupsDialog.h"
#include "diary/DiaryEditor.h"
#include "storage/Database.h"

#include <QAction>
#include <QMenu>

namespace nd {

void installBackupsAction(QMenu *file, QWidget &window, DiaryEditor &editor, Database &db, const Clock &clock)
{
    if (!file)
        return;
    auto *action = new QAction(BackupsDialog::tr("&Backups…"), &window);
    action->setObjectName(QStringLiteral("backupsAction"));
    // Before the last item (usually Quit), so the menu keeps its usual end.
    const QList<QAction *> actions = file->actions();
    file->insertAction(actions.isEmpty() ? nullptr : actions.constLast(), action);
    QObject::connect(action, &QAction::triggered, &window, [&window, &editor, &db, &clock] {
        BackupsDialog dialog(db, clock, &window);
        bool restored = false;
        QObject::connect(&dialog, &BackupsDialog::diaryRestored, &dialog, [&restored] { restored = true; });
        dialog.exec();
        if (restored)
            editor.diaryReplaced();
    });
}

} // namespace nd
