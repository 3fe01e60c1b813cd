#pragma once

#include "FhirJson.h"
#include "model/TreatmentEvent.h"

namespace nd {

// A treatment event as the FHIR R4 resource that fits its kind:
//  - infusion and the medication kinds, pause and resume: MedicationStatement
//    (the status and period say what happened to the medication that day);
//  - appointment: Encounter (an ambulatory visit);
//  - other: Procedure (something done for the patient, named by the user).
// The event's name becomes the medication or procedure text; its note a note.
namespace FhirTreatmentEvent {

QJsonObject resource(const TreatmentEvent &event, const QUuid &id, const QUuid &patient);
QString resourceType(EventKind kind);

} // namespace FhirTreatmentEvent
} // namespace nd
