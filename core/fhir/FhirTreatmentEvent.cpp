#include "FhirTreatmentEvent.h"

namespace nd::FhirTreatmentEvent {

namespace {

using namespace Qt::StringLiterals;

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

// What the user typed, or a plain description when the name is blank.
QString nameOr(const TreatmentEvent &event, const QString &fallback)
{
    const QString name = event.name.trimmed();
    return name.isEmpty() ? fallback : name;
}

QJsonObject medicationStatement(const TreatmentEvent &event)
{
    QJsonObject resource{{u"resourceType"_s, u"MedicationStatement"_s}};
    const QString day = dateText(event.date);
    QString medication = nameOr(event, u"Cancer immunotherapy"_s);
    switch (event.kind) {
    case EventKind::Infusion:
        resource.insert(u"status"_s, u"completed"_s);
        resource.insert(u"effectiveDateTime"_s, day);
        resource.insert(u"dosage"_s, QJsonArray{QJsonObject{{u"text"_s, u"Infusion"_s}}});
        break;
    case EventKind::MedicationStart:
    case EventKind::MedicationChange:
    case EventKind::TreatmentResumed:
        resource.insert(u"status"_s, u"active"_s);
        resource.insert(u"effectivePeriod"_s, QJsonObject{{u"start"_s, day}});
        if (event.kind == EventKind::MedicationChange)
            resource.insert(u"dosage"_s, QJsonArray{QJsonObject{{u"text"_s, u"Changed on this day"_s}}});
        break;
    case EventKind::MedicationStop:
        resource.insert(u"status"_s, u"stopped"_s);
        resource.insert(u"effectivePeriod"_s, QJsonObject{{u"end"_s, day}});
        break;
    case EventKind::TreatmentPaused:
        resource.insert(u"status"_s, u"on-hold"_s);
        resource.insert(u"effectivePeriod"_s, QJsonObject{{u"start"_s, day}});
        break;
    case EventKind::Appointment:
    case EventKind::Other:
        Q_UNREACHABLE();
    }
    resource.insert(u"medicationCodeableConcept"_s, FhirJson::textConcept(medication));
    return resource;
}

QJsonObject encounter(const TreatmentEvent &event)
{
    return {
        {u"resourceType"_s, u"Encounter"_s},
        {u"status"_s, u"finished"_s},
        {u"class"_s,
         FhirJson::coding(u"http://terminology.hl7.org/CodeSystem/v3-ActCode"_s, u"AMB"_s, u"ambulatory"_s)},
        {u"type"_s, QJsonArray{FhirJson::textConcept(nameOr(event, u"Appointment with the care team"_s))}},
        {u"period"_s, QJsonObject{{u"start"_s, dateText(event.date)}}},
    };
}

QJsonObject procedure(const TreatmentEvent &event)
{
    return {
        {u"resourceType"_s, u"Procedure"_s},
        {u"status"_s, u"completed"_s},
        {u"code"_s, FhirJson::textConcept(nameOr(event, u"Other treatment event"_s))},
        {u"performedDateTime"_s, dateText(event.date)},
    };
}

} // namespace

QString resourceType(EventKind kind)
{
    switch (kind) {
    case EventKind::Appointment:
        return u"Encounter"_s;
    case EventKind::Other:
        return u"Procedure"_s;
    default:
        return u"MedicationStatement"_s;
    }
}

QJsonObject resource(const TreatmentEvent &event, const QUuid &id, const QUuid &patient)
{
    QJsonObject result;
    if (event.kind == EventKind::Appointment)
        result = encounter(event);
    else if (event.kind == EventKind::Other)
        result = procedure(event);
    else
        result = medicationStatement(event);
    result.insert(u"id"_s, FhirJson::resourceId(id));
    result.insert(u"subject"_s, FhirJson::reference(patient));
    // Encounter has no note element in R4; its note goes into the reason text instead.
    if (!event.note.isEmpty()) {
        if (event.kind == EventKind::Appointment)
            result.insert(u"reasonCode"_s, QJsonArray{FhirJson::textConcept(event.note)});
        else
            result.insert(u"note"_s, QJsonArray{QJsonObject{{u"text"_s, event.note}}});
    }
    return result;
}

} // namespace nd::FhirTreatmentEvent
