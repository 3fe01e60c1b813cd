#include "FieldTexts.h"

#include "model/ValueWords.h"

#include <algorithm>

namespace nd {

QString FieldTexts::label(Field field)
{
    if (fieldSpec(field).kind == FieldKind::Score) // the twelve scores: six symptoms, hands then feet
        return ValueWords::symptom(Symptom(int(field) % kSymptomCount));
    if (std::find(kWarningSignFields.begin(), kWarningSignFields.end(), field) != kWarningSignFields.end())
        return warningSignLabel(field);
    switch (field) {
    case Field::Buttoning:
        return tr("Buttoning clothes");
    case Field::Writing:
        return tr("Writing by hand");
    case Field::Typing:
        return tr("Typing, using a phone");
    case Field::Grasping:
        return tr("Holding and gripping");
    case Field::SmallObjects:
        return tr("Picking up small things");
    case Field::Walking:
        return tr("Walking");
    case Field::Balance:
        return tr("Keeping balance");
    case Field::FeelingGround:
        return tr("Feeling the ground");
    case Field::Falls:
        return tr("Falls");
    case Field::NearFalls:
        return tr("Near falls");
    case Field::Skin:
        return tr("Skin of hands and feet");
    case Field::FeetInspected:
        return tr("Feet checked");
    case Field::WaterTested:
        return tr("Tested water temperature");
    case Field::NightLights:
        return tr("Night lights on");
    case Field::NonSlipMats:
        return tr("Non-slip mats in place");
    case Field::Handrails:
        return tr("Used handrails");
    case Field::SupportiveShoes:
        return tr("Wore supportive shoes");
    case Field::WarmClothing:
        return tr("Kept hands and feet warm");
    case Field::ExerciseMinutes:
        return tr("Gentle exercise");
    case Field::AlcoholDrinks:
        return tr("Alcoholic drinks");
    case Field::Smoked:
        return tr("Smoked");
    default:
        return {};
    }
}

QString FieldTexts::warningSignLabel(Field sign)
{
    switch (sign) {
    case Field::Confusion:
        return tr("Confusion");
    case Field::WordFinding:
        return tr("Trouble finding words");
    case Field::Tremor:
        return tr("Shaking or tremor");
    case Field::Seizure:
        return tr("A seizure (fit)");
    case Field::Swallowing:
        return tr("New trouble swallowing");
    case Field::FacialWeakness:
        return tr("Weakness in the face");
    case Field::Breathing:
        return tr("Trouble breathing");
    case Field::DroopingEyelid:
        return tr("A drooping eyelid");
    case Field::DoubleVision:
        return tr("Double vision");
    case Field::SlurredSpeech:
        return tr("Slurred or nasal speech");
    case Field::RisingWeakness:
        return tr("Weakness getting worse");
    case Field::HardToWake:
        return tr("Very sleepy or hard to wake");
    case Field::BladderBowel:
        return tr("Lost bladder or bowel control");
    case Field::HeadacheStiffNeck:
        return tr("Bad headache with a stiff neck");
    case Field::ChestPain:
        return tr("Chest pain or racing heart");
    default:
        return {};
    }
}

QString FieldTexts::spoken(Field field)
{
    const FieldSpec &spec = fieldSpec(field);
    if (spec.kind == FieldKind::Score) {
        const bool hands = int(field) < int(Field::NumbnessFeet);
        return hands ? tr("%1 in the hands").arg(label(field)) : tr("%1 in the feet").arg(label(field));
    }
    return label(field);
}

QString FieldTexts::hint(Field field, Author author)
{
    const bool caregiver = author == Author::Caregiver;
    switch (field) {
    case Field::NumbnessHands:
    case Field::NumbnessFeet:
        return tr("less feeling, like wearing gloves");
    case Field::TinglingHands:
    case Field::TinglingFeet:
        return tr("pins and needles");
    case Field::ColdHands:
    case Field::ColdFeet:
        return tr("cold hurts or feels strange");
    case Field::FeelingGround:
        return caregiver ? tr("knowing where their feet are") : tr("knowing where your feet are");
    case Field::Falls:
        return caregiver ? tr("times they fell today") : tr("times you fell today");
    case Field::NearFalls:
        return caregiver ? tr("times they nearly fell") : tr("times you nearly fell");
    case Field::Skin:
        return caregiver ? tr("blisters or injuries they may not feel")
                         : tr("blisters or injuries you may not feel");
    case Field::WaterTested:
        return tr("with an elbow or a thermometer");
    case Field::ExerciseMinutes:
        return tr("walking, stretching, cycling");
    case Field::SupportiveShoes:
        return tr("closed, non-slip");
    case Field::WarmClothing:
        return tr("gloves, thick socks");
    case Field::DroopingEyelid:
        return tr("an upper eyelid hangs lower than usual");
    case Field::DoubleVision:
        return tr("seeing two of things");
    case Field::SlurredSpeech:
        return tr("words come out blurred or through the nose");
    case Field::RisingWeakness:
        return tr("weaker by the hour or day; stairs, getting up or lifting the arms newly hard");
    case Field::HardToWake:
        return tr("far sleepier than usual, difficult to wake up");
    case Field::BladderBowel:
        return tr("new accidents, or cannot pass urine");
    case Field::HeadacheStiffNeck:
        return tr("a bad headache with a stiff neck or a fever");
    case Field::ChestPain:
        return tr("pain in the chest, or a racing or uneven heartbeat");
    default:
        return {};
    }
}

} // namespace nd
