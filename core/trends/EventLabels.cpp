#include "EventLabels.h"

#include <QCoreApplication>

namespace nd {

namespace {
// Texts of this file, translated in the context "EventLabels". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EventLabels)
};
} // namespace

QString eventKindTitle(EventKind kind)
{
    switch (kind) {
    case EventKind::Infusion:
        return Tr::tr("Infusion");
    case EventKind::MedicationStart:
        return Tr::tr("Medication started");
    case EventKind::MedicationChange:
        return Tr::tr("Medication changed");
    case EventKind::MedicationStop:
        return Tr::tr("Medication stopped");
    case EventKind::TreatmentPaused:
        return Tr::tr("Treatment paused");
    case EventKind::TreatmentResumed:
        return Tr::tr("Treatment resumed");
    case EventKind::Appointment:
        return Tr::tr("Appointment");
    case EventKind::Other:
        break;
    }
    return Tr::tr("Event");
}

QString eventShortLabel(const TreatmentEvent &event)
{
    return event.name.trimmed().isEmpty() ? eventKindTitle(event.kind) : event.name.trimmed();
}

QString eventDescription(const TreatmentEvent &event)
{
    QString text = eventKindTitle(event.kind);
    if (!event.name.trimmed().isEmpty())
        text = Tr::tr("%1: %2").arg(text, event.name.trimmed());
    if (!event.note.trimmed().isEmpty())
        text = Tr::tr("%1 (%2)").arg(text, event.note.trimmed());
    return text;
}

} // namespace nd
