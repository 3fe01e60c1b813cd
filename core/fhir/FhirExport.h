#pragma once

#include "model/DiaryProfile.h"
#include "model/Entry.h"
#include "model/TreatmentEvent.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUuid>

#include <optional>

namespace nd {

// One escalation flag as the export sees it (filled from the rules and the
// acknowledgements by the caller, so this file needs no rules code).
struct FhirFlagRecord
{
    QDate date;
    QString rule;        // rule id, e.g. "worsening_symptoms"
    QString ruleText;    // the rule in plain words, e.g. "Symptoms got worse"
    QString level;       // watch, contact_team or urgent
    QString subject;     // stable id, e.g. "feet" or "left_ankle"
    QString subjectText; // the subject in plain words, e.g. "left ankle"
    QString evidence;    // the numbers that made the rule hold
    std::optional<QDate> discussedOn;
    QString kind; // onset, step_up or repeat (ESCALATION.md version 2); none: not said
};

// The estimated grade of one diary day (ESCALATION.md); days without a grade are left out.
struct FhirDayGrade
{
    QDate day;
    int grade = 0;
};

struct FhirExportInput
{
    QList<Entry> entries;
    QList<TreatmentEvent> events;
    DiaryProfile profile;
    QList<FhirFlagRecord> flags;
    QList<FhirDayGrade> grades;
    QDateTime exportedAt;
    QString appVersion;
    // Seeds every resource id of this export (see FhirIds); a random one when null.
    QUuid idNamespace;
};

// The whole diary as one FHIR R4 Bundle of type "collection" (mapping in docs/fhir.md).
namespace FhirExport {

QJsonObject bundle(const FhirExportInput &input);
QByteArray bundleJson(const FhirExportInput &input);

} // namespace FhirExport
} // namespace nd
