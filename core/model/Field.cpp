#include "Field.h"

namespace nd {

namespace {

using namespace Qt::StringLiterals;

// Sanity ceilings for counted fields: generous, but they catch typos like 300 falls.
constexpr int kMaxFalls = 50;
constexpr int kMaxExerciseMinutes = 24 * 60;
constexpr int kMaxDrinks = 50;

constexpr std::array<FieldSpec, kFieldCount> kFields = {{
    {Field::NumbnessHands, "numbness_hands"_L1, FieldKind::Score, 10},
    {Field::TinglingHands, "tingling_hands"_L1, FieldKind::Score, 10},
    {Field::BurningHands, "burning_hands"_L1, FieldKind::Score, 10},
    {Field::PainHands, "pain_hands"_L1, FieldKind::Score, 10},
    {Field::ColdHands, "cold_hands"_L1, FieldKind::Score, 10},
    {Field::WeaknessHands, "weakness_hands"_L1, FieldKind::Score, 10},
    {Field::NumbnessFeet, "numbness_feet"_L1, FieldKind::Score, 10},
    {Field::TinglingFeet, "tingling_feet"_L1, FieldKind::Score, 10},
    {Field::BurningFeet, "burning_feet"_L1, FieldKind::Score, 10},
    {Field::PainFeet, "pain_feet"_L1, FieldKind::Score, 10},
    {Field::ColdFeet, "cold_feet"_L1, FieldKind::Score, 10},
    {Field::WeaknessFeet, "weakness_feet"_L1, FieldKind::Score, 10},
    {Field::Buttoning, "buttoning"_L1, FieldKind::TaskLevel, 4},
    {Field::Writing, "writing"_L1, FieldKind::TaskLevel, 4},
    {Field::Typing, "typing"_L1, FieldKind::TaskLevel, 4},
    {Field::Grasping, "grasping"_L1, FieldKind::TaskLevel, 4},
    {Field::SmallObjects, "small_objects"_L1, FieldKind::TaskLevel, 4},
    {Field::Walking, "walking"_L1, FieldKind::TaskLevel, 4},
    {Field::Balance, "balance"_L1, FieldKind::TaskLevel, 4},
    {Field::FeelingGround, "feeling_ground"_L1, FieldKind::TaskLevel, 4},
    {Field::Falls, "falls"_L1, FieldKind::Count, kMaxFalls},
    {Field::NearFalls, "near_falls"_L1, FieldKind::Count, kMaxFalls},
    {Field::Skin, "skin"_L1, FieldKind::Skin, kSkinFindingCount - 1},
    {Field::FeetInspected, "feet_inspected"_L1, FieldKind::YesNo, 1},
    {Field::WaterTested, "water_tested"_L1, FieldKind::YesNo, 1},
    {Field::NightLights, "night_lights"_L1, FieldKind::YesNo, 1},
    {Field::NonSlipMats, "non_slip_mats"_L1, FieldKind::YesNo, 1},
    {Field::Handrails, "handrails"_L1, FieldKind::YesNo, 1},
    {Field::SupportiveShoes, "supportive_shoes"_L1, FieldKind::YesNo, 1},
    {Field::WarmClothing, "warm_clothing"_L1, FieldKind::YesNo, 1},
    {Field::ExerciseMinutes, "exercise_minutes"_L1, FieldKind::Count, kMaxExerciseMinutes},
    {Field::AlcoholDrinks, "alcohol_drinks"_L1, FieldKind::Count, kMaxDrinks},
    {Field::Smoked, "smoked"_L1, FieldKind::YesNo, 1},
    {Field::Confusion, "confusion"_L1, FieldKind::YesNo, 1},
    {Field::WordFinding, "word_finding"_L1, FieldKind::YesNo, 1},
    {Field::Tremor, "tremor"_L1, FieldKind::YesNo, 1},
    {Field::Seizure, "seizure"_L1, FieldKind::YesNo, 1},
    {Field::Swallowing, "swallowing"_L1, FieldKind::YesNo, 1},
    {Field::FacialWeakness, "facial_weakness"_L1, FieldKind::YesNo, 1},
    {Field::Breathing, "breathing"_L1, FieldKind::YesNo, 1},
    {Field::DroopingEyelid, "drooping_eyelid"_L1, FieldKind::YesNo, 1},
    {Field::DoubleVision, "double_vision"_L1, FieldKind::YesNo, 1},
    {Field::SlurredSpeech, "slurred_speech"_L1, FieldKind::YesNo, 1},
    {Field::RisingWeakness, "rising_weakness"_L1, FieldKind::YesNo, 1},
    {Field::HardToWake, "hard_to_wake"_L1, FieldKind::YesNo, 1},
    {Field::BladderBowel, "bladder_bowel"_L1, FieldKind::YesNo, 1},
    {Field::HeadacheStiffNeck, "headache_stiff_neck"_L1, FieldKind::YesNo, 1},
    {Field::ChestPain, "chest_pain"_L1, FieldKind::YesNo, 1},
}};

constexpr bool catalogueIsInEnumOrder()
{
    for (int i = 0; i < kFieldCount; ++i) {
        if (int(kFields[i].field) != i)
            return false;
    }
    return true;
}
static_assert(catalogueIsInEnumOrder(), "kFields must list fields in enum order");

constexpr std::array<QLatin1String, kSkinFindingCount> kSkinCodes = {"none"_L1, "blister"_L1, "cut"_L1,
                                                                     "burn"_L1, "redness"_L1, "other"_L1};

} // namespace

const std::array<FieldSpec, kFieldCount> &allFields()
{
    return kFields;
}

const FieldSpec &fieldSpec(Field field)
{
    return kFields[std::size_t(field)];
}

std::optional<Field> fieldByName(QStringView name)
{
    for (const FieldSpec &spec : kFields) {
        if (name == spec.name)
            return spec.field;
    }
    return std::nullopt;
}

Field symptomField(Symptom symptom, Limb limb)
{
    const int offset = limb == Limb::Hands ? 0 : kSymptomCount;
    return Field(offset + int(symptom));
}

QLatin1String skinFindingCode(SkinFinding finding)
{
    return kSkinCodes[std::size_t(finding)];
}

std::optional<SkinFinding> skinFindingFromCode(QStringView code)
{
    for (int i = 0; i < kSkinFindingCount; ++i) {
        if (code == kSkinCodes[std::size_t(i)])
            return SkinFinding(i);
    }
    return std::nullopt;
}

} // namespace nd
