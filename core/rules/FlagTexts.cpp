// The words of the flags: titles, descriptions, advice and subject names.
// The facts follow the source article (when to contact the care team, self-care and
// home safety) and the red flags of ESCALATION.md; the wording is the project's own.
// Advice says what was seen and what to do; it never names a diagnosis.
#include "Flag.h"

#include "model/Field.h"
#include "model/Region.h"

#include <QCoreApplication>
#include <QLocale>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

// Texts of this file, translated in the context "Flags". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Flags)
};

QString bodyPartTitle(BodyPart part)
{
    switch (part) {
    case BodyPart::Fingertips:
        return Tr::tr("fingertips");
    case BodyPart::Fingers:
        return Tr::tr("fingers");
    case BodyPart::Hand:
        return Tr::tr("hand");
    case BodyPart::Wrist:
        return Tr::tr("wrist");
    case BodyPart::Forearm:
        return Tr::tr("forearm");
    case BodyPart::UpperArm:
        return Tr::tr("upper arm");
    case BodyPart::Thigh:
        return Tr::tr("thigh");
    case BodyPart::Toes:
        return Tr::tr("toes");
    case BodyPart::Foot:
        return Tr::tr("foot");
    case BodyPart::Ankle:
        return Tr::tr("ankle");
    case BodyPart::LowerLeg:
        return Tr::tr("lower leg");
    }
    return {};
}

QString fieldTitle(Field field)
{
    switch (field) {
    case Field::Buttoning:
        return Tr::tr("buttoning");
    case Field::Writing:
        return Tr::tr("writing");
    case Field::Typing:
        return Tr::tr("typing");
    case Field::Grasping:
        return Tr::tr("grasping");
    case Field::SmallObjects:
        return Tr::tr("picking up small objects");
    case Field::Walking:
        return Tr::tr("walking");
    case Field::Balance:
        return Tr::tr("balance");
    case Field::FeelingGround:
        return Tr::tr("feeling the ground");
    case Field::Confusion:
        return Tr::tr("confusion");
    case Field::WordFinding:
        return Tr::tr("trouble finding words");
    case Field::Tremor:
        return Tr::tr("tremor");
    case Field::Seizure:
        return Tr::tr("seizure");
    case Field::Swallowing:
        return Tr::tr("new trouble swallowing");
    case Field::FacialWeakness:
        return Tr::tr("facial weakness");
    case Field::Breathing:
        return Tr::tr("trouble breathing");
    case Field::DroopingEyelid:
        return Tr::tr("drooping eyelid");
    case Field::DoubleVision:
        return Tr::tr("double vision");
    case Field::SlurredSpeech:
        return Tr::tr("slurred speech");
    case Field::RisingWeakness:
        return Tr::tr("weakness getting worse");
    case Field::HardToWake:
        return Tr::tr("very sleepy or hard to wake");
    case Field::BladderBowel:
        return Tr::tr("bladder or bowel control lost");
    case Field::HeadacheStiffNeck:
        return Tr::tr("severe headache with a stiff neck");
    case Field::ChestPain:
        return Tr::tr("chest pain or racing heartbeat");
    default:
        return QString(fieldSpec(field).name);
    }
}

} // namespace

QString flagDayText(QDate date)
{
    return QLocale().toString(date, u"d MMM yyyy"_s);
}

QString ruleTitle(Rule rule)
{
    switch (rule) {
    case Rule::WorseningSymptoms:
        return Tr::tr("Symptoms getting worse");
    case Rule::SpreadingSymptoms:
        return Tr::tr("Symptoms spreading");
    case Rule::NewTaskDifficulty:
        return Tr::tr("New difficulty with a hand task");
    case Rule::WalkingBalance:
        return Tr::tr("Walking or balance harder");
    case Rule::Fall:
        return Tr::tr("Fall");
    case Rule::SkinCheck:
        return Tr::tr("Skin problem found");
    case Rule::NeuroWarning:
        return Tr::tr("Warning sign");
    case Rule::NearFalls:
        return Tr::tr("Near falls");
    case Rule::Weakness:
        return Tr::tr("Weakness getting worse");
    case Rule::RapidWeakness:
        return Tr::tr("Weakness rising quickly");
    }
    return {};
}

QString ruleDescription(Rule rule)
{
    switch (rule) {
    case Rule::WorseningSymptoms:
        return Tr::tr(
            "Numbness, tingling, burning or pain in the hands or feet is clearly higher than in your "
            "baseline days: over the last few logged days on average 2 points or more above, or on "
            "one day 4 points or more above.");
    case Rule::SpreadingSymptoms:
        return Tr::tr("A place that was not marked in your baseline days is marked on 2 or more days of the "
                      "last week.");
    case Rule::NewTaskDifficulty:
        return Tr::tr(
            "Buttoning, writing, typing, grasping or picking up small objects is harder than in your "
            "baseline days, on 2 or more days of the last week.");
    case Rule::WalkingBalance:
        return Tr::tr("Walking, keeping your balance or feeling the ground is harder than in your baseline "
                      "days.");
    case Rule::Fall:
        return Tr::tr("A fall was recorded.");
    case Rule::SkinCheck:
        return Tr::tr("A skin problem (blister, cut, burn, redness or other) was found.");
    case Rule::NeuroWarning:
        return Tr::tr(
            "A warning sign was recorded: confusion, trouble finding words, tremor, a seizure, new "
            "trouble swallowing, facial weakness, trouble breathing, a drooping eyelid, double "
            "vision, slurred speech, weakness getting worse, being very sleepy or hard to wake, lost "
            "bladder or bowel control, a severe headache with a stiff neck, or chest pain or a racing "
            "heartbeat.");
    case Rule::NearFalls:
        return Tr::tr("A near fall was recorded, and there were 2 or more near falls in the last week.");
    case Rule::Weakness:
        return Tr::tr("Weakness in the hands or feet is 2 or more and at least 2 points above your baseline "
                      "days.");
    case Rule::RapidWeakness:
        return Tr::tr("Weakness in the hands or feet is 4 or more and at least 3 points higher than on a day "
                      "of the week before.");
    }
    return {};
}

QString ruleAdvice(Rule rule)
{
    switch (rule) {
    case Rule::WorseningSymptoms:
        return Tr::tr(
            "Your nerve symptoms are stronger than in your usual days. Tell your care team soon: "
            "hearing about it early lets them judge how severe it is, adjust your treatment if "
            "needed or offer medicine that eases nerve symptoms. Meanwhile keep your hands and feet "
            "warm, keep moving gently, avoid alcohol and smoking, and keep logging every day.");
    case Rule::SpreadingSymptoms:
        return Tr::tr(
            "You are marking a place that was not affected in your usual days, so the symptoms seem "
            "to reach further than before. Tell your care team soon, and keep marking where you feel "
            "it so they can see how it changes.");
    case Rule::NewTaskDifficulty:
        return Tr::tr(
            "An everyday task with your hands has become harder than in your usual days. Tell your "
            "care team soon and ask whether aids (grips, button hooks, thicker pens) or physical or "
            "occupational therapy could help. Take extra care with heat and sharp things: use oven "
            "mitts and check the water temperature before washing.");
    case Rule::WalkingBalance:
        return Tr::tr(
            "Walking, keeping your balance or feeling the ground has become harder than in your usual "
            "days. Tell your care team soon. To lower the risk of a fall, wear supportive non-slip "
            "shoes, use night lights, non-slip mats and handrails, and take your time on stairs.");
    case Rule::Fall:
        return Tr::tr(
            "You recorded a fall. Tell your care team about it. If you were hurt or hit your head, get "
            "medical help now. Night lights, non-slip mats, handrails and supportive shoes make falls "
            "less likely.");
    case Rule::SkinCheck:
        return Tr::tr(
            "You found a skin problem. Call your care team the same day if the redness spreads, the skin "
            "feels warm, there is pus, or a fever comes with it, above all if you take steroids or your "
            "blood "
            "counts are low after CAR-T. Otherwise keep the spot clean and protected, look at it every "
            "day, and show it to your care team at your next visit. Skin with less feeling can be hurt "
            "without you noticing: check your feet daily, never walk barefoot, feel inside your shoes "
            "before putting them on, test the water temperature with a thermometer or your elbow, and "
            "moisturise your hands and feet, but not between the toes.");
    case Rule::NeuroWarning:
        return Tr::tr(
            "This warning sign needs help at once. Call your emergency number now, or go to the emergency "
            "department; do not drive yourself. After CAR-T, also call your treatment centre's 24-hour "
            "line. Then tell your care team.");
    case Rule::NearFalls:
        return Tr::tr(
            "You nearly fell more than once in a week. Tell your care team soon: it can be the first "
            "sign that walking or balance is getting harder. Wear supportive non-slip shoes, use night "
            "lights, non-slip mats and handrails, and take your time when you stand up.");
    case Rule::Weakness:
        return Tr::tr(
            "Your hands or feet are weaker than in your usual days. Tell your care team soon. If the "
            "weakness keeps getting worse over hours or days, or walking, swallowing or breathing "
            "becomes hard, get help now.");
    case Rule::RapidWeakness:
        return Tr::tr(
            "Weakness has risen quickly within a week. This needs help at once. Call your emergency number "
            "now, or go to the emergency department; do not drive yourself. After CAR-T, also call your "
            "treatment centre's 24-hour line. Then tell your care team.");
    }
    return {};
}

QString flagLevelTitle(FlagLevel level)
{
    switch (level) {
    case FlagLevel::Watch:
        return Tr::tr("Keep an eye on it");
    case FlagLevel::ContactTeam:
        return Tr::tr("Tell your care team soon");
    case FlagLevel::Urgent:
        return Tr::tr("Get help now");
    }
    return {};
}

bool ruleNamesASubject(Rule rule)
{
    return rule != Rule::Fall && rule != Rule::SkinCheck && rule != Rule::NearFalls;
}

QString subjectTitle(const QString &subject)
{
    if (subject == "hands"_L1)
        return Tr::tr("hands");
    if (subject == "feet"_L1)
        return Tr::tr("feet");
    if (subject == "falls"_L1)
        return Tr::tr("falls");
    if (subject == "skin"_L1)
        return Tr::tr("skin");
    if (subject == "near_falls"_L1)
        return Tr::tr("near falls");
    if (const std::optional<Region> region = Region::fromCode(subject))
        return (region->side == Side::Left ? Tr::tr("left %1") : Tr::tr("right %1"))
            .arg(bodyPartTitle(region->part));
    if (const std::optional<Field> field = fieldByName(subject))
        return fieldTitle(*field);
    return subject;
}

} // namespace nd
