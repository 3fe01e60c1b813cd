#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <optional>

namespace nd {

// How a numeric diary field is rated; decides its range and how it is written in CSV.
enum class FieldKind {
    Score,     // 0–10 symptom rating
    TaskLevel, // 0 none … 4 unable
    Count,     // whole number ≥ 0 with a sanity maximum
    Skin,      // SkinFinding code
    YesNo,     // 0 no, 1 yes
};

// Every rated field of an entry, in the column order of FORMATS.md.
// Regions and the note are not here: they are not single numbers (see Entry).
enum class Field : int {
    NumbnessHands,
    TinglingHands,
    BurningHands,
    PainHands,
    ColdHands,
    WeaknessHands,
    NumbnessFeet,
    TinglingFeet,
    BurningFeet,
    PainFeet,
    ColdFeet,
    WeaknessFeet,
    Buttoning,
    Writing,
    Typing,
    Grasping,
    SmallObjects,
    Walking,
    Balance,
    FeelingGround,
    Falls,
    NearFalls,
    Skin,
    FeetInspected,
    WaterTested,
    NightLights,
    NonSlipMats,
    Handrails,
    SupportiveShoes,
    WarmClothing,
    ExerciseMinutes,
    AlcoholDrinks,
    Smoked,
    Confusion,
    WordFinding,
    Tremor,
    Seizure,
    Swallowing,
    FacialWeakness,
    Breathing,
    // Contract v2: more warning signs, after the note column in CSV.
    DroopingEyelid,
    DoubleVision,
    SlurredSpeech,
    RisingWeakness,
    HardToWake,
    BladderBowel,
    HeadacheStiffNeck,
    ChestPain,
};
inline constexpr int kFieldCount = int(Field::ChestPain) + 1;
// The fields of FORMATS.md before the note column (contract v1); the rest follow the note.
inline constexpr int kFieldCountV1 = int(Field::Breathing) + 1;

enum class SkinFinding : int { None, Blister, Cut, Burn, Redness, Other };
inline constexpr int kSkinFindingCount = int(SkinFinding::Other) + 1;

struct FieldSpec
{
    Field field;
    QLatin1String name; // CSV column and database column, a stable contract
    FieldKind kind;
    int maximum; // inclusive; the minimum is always 0
};

const std::array<FieldSpec, kFieldCount> &allFields();
const FieldSpec &fieldSpec(Field field);
std::optional<Field> fieldByName(QStringView name);

// The twelve symptom scores: six symptoms for hands, then the same six for feet.
enum class Limb { Hands, Feet };
enum class Symptom { Numbness, Tingling, Burning, Pain, Cold, Weakness };
inline constexpr int kSymptomCount = 6;
Field symptomField(Symptom symptom, Limb limb);

// The eight daily tasks, in contract order.
inline constexpr std::array<Field, 8> kTaskFields = {Field::Buttoning, Field::Writing,      Field::Typing,
                                                     Field::Grasping,  Field::SmallObjects, Field::Walking,
                                                     Field::Balance,   Field::FeelingGround};
inline constexpr std::array<Field, 7> kSafetyFields = {
    Field::FeetInspected, Field::WaterTested,     Field::NightLights, Field::NonSlipMats,
    Field::Handrails,     Field::SupportiveShoes, Field::WarmClothing};
// The fifteen warning signs of rule 7, in the contract order of ESCALATION.md.
inline constexpr std::array<Field, 15> kWarningSignFields = {
    Field::Confusion,    Field::WordFinding,       Field::Tremor,         Field::Seizure,
    Field::Swallowing,   Field::FacialWeakness,    Field::Breathing,      Field::DroopingEyelid,
    Field::DoubleVision, Field::SlurredSpeech,     Field::RisingWeakness, Field::HardToWake,
    Field::BladderBowel, Field::HeadacheStiffNeck, Field::ChestPain};

// Text forms used in CSV for the coded kinds.
QLatin1String skinFindingCode(SkinFinding finding);
std::optional<SkinFinding> skinFindingFromCode(QStringView code);

} // namespace nd
