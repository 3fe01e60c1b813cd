#include "FhirDiaryInput.h"

#include "analysis/DiaryAnalysis.h"
#include "rules/GradeEstimate.h"
#include "storage/DiaryStore.h"

namespace nd::FhirDiaryInput {

QList<FhirFlagRecord> flagRecords(const DiaryAnalysis &analysis)
{
    QList<FhirFlagRecord> records;
    records.reserve(analysis.flags.size());
    for (const AcknowledgedFlag &item : analysis.flags) {
        const Flag &flag = item.flag;
        FhirFlagRecord record;
        record.date = flag.date;
        record.rule = ruleId(flag.rule);
        record.ruleText = ruleTitle(flag.rule);
        record.level = flagLevelId(flag.level());
        record.kind = flagKindId(flag.kind);
        record.subject = flag.subject;
        record.subjectText = subjectTitle(flag.subject);
        record.evidence = flag.evidence;
        if (item.acknowledgement)
            record.discussedOn = item.acknowledgement->discussedOn;
        records.append(record);
    }
    return records;
}

QList<FhirDayGrade> dayGrades(const DiaryAnalysis &analysis)
{
    QList<FhirDayGrade> grades;
    for (const DayValues &day : analysis.days) {
        if (const std::optional<int> grade = GradeEstimate::forDay(day))
            grades.append({day.date(), *grade});
    }
    return grades;
}

bool read(DiaryStore &store, FhirExportInput *input)
{
    DiaryAnalysis analysis;
    if (!DiaryAnalysis::load(store, &analysis))
        return false;
    input->entries = store.entries();
    if (store.error().isError())
        return false;
    input->events = store.events();
    if (store.error().isError())
        return false;
    input->profile = store.profile();
    if (store.error().isError())
        return false;
    input->flags = flagRecords(analysis);
    input->grades = dayGrades(analysis);
    return true;
}

} // namespace nd::FhirDiaryInput
