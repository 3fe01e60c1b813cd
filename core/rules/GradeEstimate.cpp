#include "GradeEstimate.h"

#include "EscalationThresholds.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace nd {

namespace T = EscalationThresholds;

namespace {

// The signs that make a day grade 3 on their own (self-care or vital functions affected).
constexpr std::array<Field, 5> kGradeThreeSigns = {Field::Swallowing, Field::Breathing, Field::FacialWeakness,
                                                   Field::RisingWeakness, Field::BladderBowel};
// The signs that make a day at least grade 2.
constexpr std::array<Field, 3> kGradeTwoSigns = {Field::DroopingEyelid, Field::DoubleVision,
                                                 Field::SlurredSpeech};
// The self-care tasks of grade 3 (CTCAE's split: dressing, eating, walking).
constexpr std::array<Field, 4> kSelfCareTasks = {Field::Buttoning, Field::Grasping, Field::Walking,
                                                 Field::Balance};

template<std::size_t N> bool anyYes(const DayValues &day, const std::array<Field, N> &signs)
{
    return std::any_of(signs.begin(), signs.end(), [&](Field sign) { return day.isYes(sign); });
}

} // namespace

std::optional<int> GradeEstimate::forDay(const DayValues &day)
{
    const auto level = [&](Field task) {
        return day.value(task).value_or(-1);
    };
    bool rated = false;
    int highestTask = -1;
    for (Field task : kTaskFields)
        if (const std::optional<int> value = day.value(task)) {
            rated = true;
            highestTask = std::max(highestTask, *value);
        }
    int highestScore = -1;
    int highestWeakness = -1;
    for (Limb limb : {Limb::Hands, Limb::Feet}) {
        for (int s = 0; s < kSymptomCount; ++s)
            if (const std::optional<int> score = day.value(symptomField(Symptom(s), limb))) {
                rated = true;
                highestScore = std::max(highestScore, *score);
            }
        highestWeakness =
            std::max(highestWeakness, day.value(symptomField(Symptom::Weakness, limb)).value_or(-1));
    }

    const bool selfCareSevere = std::any_of(kSelfCareTasks.begin(), kSelfCareTasks.end(), [&](Field task) {
        return level(task) >= T::kGradeThreeTaskLevel;
    });
    if (selfCareSevere || anyYes(day, kGradeThreeSigns))
        return 3;
    if (highestTask >= T::kGradeTwoTaskLevel || highestScore >= T::kGradeTwoSymptomScore ||
        highestWeakness >= T::kGradeTwoWeaknessScore || anyYes(day, kGradeTwoSigns))
        return 2;
    if (highestScore >= T::kGradeOneSymptomScore || highestTask == T::kGradeOneTaskLevel)
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
