#include "FhirExportAction.h"
#include "storage/DiaryFiles.h"

#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "fhir/FhirDiaryInput.h"
#include "storage/DiaryStore.h"
#include "util/Clock.h"
#include "util/PrivateFiles.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QStandardPaths>
#include <QtConcurrent>

namespace nd {

using namespace Qt::StringLiterals;

FhirExportAction::FhirExportAction(DiaryStore &store, QWidget *window)
    : QObject(window), m_store(store), m_window(window), m_action(new QAction(this))
{
    m_action->setObjectName(u"exportFhirAction"_s);
    connect(m_action, &QAction::triggered, this, &FhirExportAction::chooseFileAndExport);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &FhirExportAction::exportFinished);
    // QAction gets no LanguageChange of its own: follow the window's.
    if (m_window)
        m_window->installEventFilter(this);
    retranslateUi();
}

void FhirExportAction::retranslateUi()
{
    m_action->setText(tr("Export as &FHIR…"));
    m_action->setToolTip(tr("Save the whole diary as a FHIR R4 file for health apps and patient records"));
}

bool FhirExportAction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void FhirExportAction::chooseFileAndExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggestion = QDir(folder).filePath(
        u"nervediary-fhir-%1.json"_s.arg(Clock::system().today().toString(Qt::ISODate)));
    const QString path = FileDialog::saveFile(m_window, tr("Export as FHIR"), suggestion,
                                              tr("FHIR JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

void FhirExportAction::exportTo(const QString &path)
{
    if (isRunning())
        return;
    // Never over the diary, its side files or its backups, whatever the dialog was given.
    if (const QString refusal = DiaryFiles::refuseOutput(path, m_store.database().path());
        !refusal.isEmpty()) {
        const QString message = tr("The FHIR file was not saved: %1").arg(refusal);
        MessageBox::warn(m_window, tr("Export as FHIR"), message);
        emit finished(false, message);
        return;
    }
    FhirExportInput input;
    if (!FhirDiaryInput::read(m_store, &input)) {
        const QString message = m_store.errorString();
        MessageBox::warn(m_window, tr("Export as FHIR"), message);
        emit finished(false, message);
        return;
    }
    input.exportedAt = Clock::system().now();
    input.appVersion = QApplication::applicationVersion();
    m_summary = tr("Saved %1 entries, %2 treatment events, %3 flags and %4 daily grades to %5.")
                    .arg(input.entries.size())
                    .arg(input.events.size())
                    .arg(input.flags.size())
                    .arg(input.grades.size())
                    .arg(QDir::toNativeSeparators(path));
    m_action->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run([input = std::move(input), path] {
        Outcome outcome;
        outcome.ok = PrivateFiles::writeAtomically(path, FhirExport::bundleJson(input), &outcome.error);
        return outcome;
    }));
}

void FhirExportAction::exportFinished()
{
    m_action->setEnabled(true);
    const Outcome outcome = m_watcher.result();
    if (outcome.ok) {
        MessageBox::inform(m_window, tr("Export as FHIR"), m_summary);
        emit finished(true, m_summary);
    } else {
        const QString message = tr("The FHIR file was not saved: %1").arg(outcome.error);
        MessageBox::warn(m_window, tr("Export as FHIR"), message);
        emit finished(false, message);
    }
}

} // namespace nd
