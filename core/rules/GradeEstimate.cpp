#include "GradeEstimate.h"

#include <QCoreApplication>

#include <algorithm>

namespace nd {

std::optional<int> GradeEstimate::forDay(const DayValues &day)
{
    bool rated = false;
    int highestTask = -1;
    for (Field task : kTaskFields)
        if (const std::optional<int> level = day.value(task)) {
            rated = true;
            highestTask = std::max(highestTask, *level);
        }
    if (highestTask >= 3)
        return 3;
    if (highestTask == 2)
        return 2;
    int highestScore = -1;
    for (Limb limb : {Limb::Hands, Limb::Feet})
        for (int s = 0; s < kSymptomCount; ++s)
            if (const std::optional<int> score = day.value(symptomField(Symptom(s), limb))) {
                rated = true;
                highestScore = std::max(highestScore, *score);
            }
    if (highestScore >= 1 || highestTask == 1)
        return 1;
    if (rated)
        return 0;
    return std::nullopt;
}

QString GradeEstimate::label()
{
    return QCoreApplication::translate("GradeEstimate", "Estimated grade (patient-reported)");
}

QString GradeEstimate::disclaimer()
{
    return QCoreApplication::translate(
        "GradeEstimate",
        "An estimate from your own ratings (0–3), to help talk with your care team. It is not the "
        "official grade: only your care team grades this side effect.");
}

} // namespace nd
