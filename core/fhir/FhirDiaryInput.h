#pragma once

#include "FhirExport.h"

namespace nd {

class DiaryStore;
struct DiaryAnalysis;

// Gathers what the FHIR export needs from a diary: entries, events and profile
// from the store; flags (with their "discussed" marks) and the estimated grade of
// every day from the same analysis the Alerts page and `flags` use.
namespace FhirDiaryInput {

// False on a database error (store.error() says why). Leaves exportedAt,
// appVersion and idNamespace for the caller.
bool read(DiaryStore &store, FhirExportInput *input);

// The pure part, for tests and for callers that already hold an analysis.
QList<FhirFlagRecord> flagRecords(const DiaryAnalysis &analysis);
QList<FhirDayGrade> dayGrades(const DiaryAnalysis &analysis);

} // namespace FhirDiaryInput
} // namespace nd
