#include "EventLabels.h"

#include <QCoreApplication>

namespace nd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("EventLabels", text);
}
} // namespace

QString eventKindTitle(EventKind kind)
{
    switch (kind) {
    case EventKind::Infusion:
        return tr("Infusion");
    case EventKind::MedicationStart:
        return tr("Medication started");
    case EventKind::MedicationChange:
        return tr("Medication changed");
    case EventKind::MedicationStop:
        return tr("Medication stopped");
    case EventKind::TreatmentPaused:
        return tr("Treatment paused");
    case EventKind::TreatmentResumed:
        return tr("Treatment resumed");
    case EventKind::Appointment:
        return tr("Appointment");
    case EventKind::Other:
        break;
    }
    return tr("Event");
}

QString eventShortLabel(const TreatmentEvent &event)
{
    return event.name.trimmed().isEmpty() ? eventKindTitle(event.kind) : event.name.trimmed();
}

QString eventDescription(const TreatmentEvent &event)
{
    QString text = eventKindTitle(event.kind);
    if (!event.name.trimmed().isEmpty())
        text = tr("%1: %2").arg(text, event.name.trimmed());
    if (!event.note.trimmed().isEmpty())
        text = tr("%1 (%2)").arg(text, event.note.trimmed());
    return text;
}

} // namespace nd
