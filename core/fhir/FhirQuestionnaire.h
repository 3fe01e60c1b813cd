#pragma once

#include "model/Entry.h"

#include <QJsonArray>
#include <QJsonObject>

namespace nd {

// The diary entry as a FHIR R4 Questionnaire, and an entry's answers in the same
// layout. One question per CSV column of FORMATS.md (linkId = column name, date and
// author excepted: they become QuestionnaireResponse.authored and .author), grouped
// like the table in FORMATS.md. Texts are English: the file is for other systems and
// care teams, and a fixed text keeps one Questionnaire version meaning one thing.
namespace FhirQuestionnaire {

QJsonObject questionnaire();

// The answered items of `entry`; groups without an answer are left out, as FHIR asks.
QJsonArray responseItems(const Entry &entry);

// The question linkIds in order, for tests and docs: entryColumns() less date and author.
QStringList questionLinkIds();

} // namespace FhirQuestionnaire
} // namespace nd
