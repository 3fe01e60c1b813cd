#include "DemoDiary.h"

#include "storage/DiaryStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cmath>

namespace nd {

namespace {

using namespace Qt::StringLiterals;

constexpr int kFirstInfusionDay = 7; // one calm week first: the default baseline
constexpr int kCycleDays = 21;
constexpr int kFirstWorseningCycle = 3;
constexpr double kMissedDayChance = 0.06;
constexpr int kCaregiverEvery = 7;

// A course the escalation rules of version 2 react to, around the fourth infusion of a long
// enough demo: two near falls, then weakness of the feet that rises day by day (a weakness flag,
// then "worse again"), walking that gets harder with it (a walking flag, "worse again", and at
// "severe" get help now), and a rise of three points within a week (rapid weakness: get help
// now). Afterwards the demo goes on as generated (the weakness eases off).
constexpr int kCourseMinimumDays = 100;
constexpr int kCourseFirstDay = kFirstInfusionDay + 3 * kCycleDays - 2;       // the first near fall
constexpr std::array<int, 9> kCourseWeakness = {-1, -1, 1, 1, 2, 2, 3, 4, 5}; // -1: as generated
constexpr std::array<int, 9> kCourseWalking = {-1, -1, -1, -1, 1, 1, 2, 2, 3};
constexpr std::array<int, 9> kCourseNearFalls = {1, 0, 1, 0, 0, 0, 0, 0, 0};

int clampScore(double value, int maximum)
{
    return std::clamp(int(std::lround(value)), 0, maximum);
}

// Nerve damage that builds up after each infusion from the third cycle on:
// a rise over about a week, then partial recovery, accumulating over cycles.
double severityOnDay(int day)
{
    double severity = 0.0;
    for (int cycle = kFirstWorseningCycle;; ++cycle) {
        const int infusion = kFirstInfusionDay + (cycle - 1) * kCycleDays;
        if (infusion > day)
            break;
        const double since = day - infusion;
        const double rise = std::min(1.0, since / 6.0) * 1.6;
        const double recovery = since > 6 ? std::min(0.6, (since - 6) / 15.0 * 0.6) : 0.0;
        severity += rise - recovery;
    }
    return std::min(severity, 8.5);
}

class Generator
{
public:
    Generator(const DemoOptions &options) : m_options(options), m_random(options.seed) {}

    DemoDiary run()
    {
        DemoDiary diary;
        diary.profile.patientName = u"Alex Demo"_s;
        diary.profile.treatment = u"checkpoint_inhibitor"_s;
        diary.profile.careTeamPhone = u"+1 555 0100"_s;
        diary.profile.emergencyNumber = u"911"_s;
        // The optional risk context, answered in part (the report prints only what is answered).
        diary.profile.risk.diabetes = ProfileAnswer::No;
        diary.profile.risk.earlierChemotherapy = ProfileAnswer::Yes;
        diary.profile.risk.nervePainMedicines = ProfileAnswer::No;
        const QDate lastDay = m_options.lastDay.isValid() ? m_options.lastDay : QDate::currentDate();
        const QDate firstDay = lastDay.addDays(-(m_options.days - 1));
        for (int day = 0; day < m_options.days; ++day) {
            const QDate date = firstDay.addDays(day);
            addEvents(diary, date, day);
            const int courseDay = courseDayOf(day);
            const bool missed = day >= kFirstInfusionDay && chance(kMissedDayChance) &&
                                m_options.missSomeDays && courseDay < 0;
            if (!missed) {
                Entry entry = patientEntry(date, day);
                if (courseDay >= 0)
                    followCourse(entry, courseDay);
                diary.entries.append(entry);
            }
            if (day % kCaregiverEvery == 5)
                diary.entries.append(caregiverEntry(date, day));
        }
        return diary;
    }

private:
    // The day's place in the course (0 … 8), or -1 outside it.
    int courseDayOf(int day) const
    {
        if (m_options.days < kCourseMinimumDays)
            return -1;
        const int courseDay = day - kCourseFirstDay;
        return courseDay >= 0 && courseDay < int(kCourseWeakness.size()) ? courseDay : -1;
    }

    static void followCourse(Entry &entry, int courseDay)
    {
        const auto i = std::size_t(courseDay);
        if (kCourseWeakness[i] >= 0)
            entry.setValue(Field::WeaknessFeet, kCourseWeakness[i]);
        if (kCourseWalking[i] >= 0)
            entry.setValue(Field::Walking,
                           std::max(kCourseWalking[i], entry.value(Field::Walking).value_or(0)));
        entry.setValue(Field::NearFalls, kCourseNearFalls[i]);
        if (courseDay == int(kCourseWeakness.size()) - 1)
            entry.setNote(QCoreApplication::translate(
                "DemoDiary", "Legs weaker every day this week, stairs are hard now."));
    }

    bool chance(double probability) { return m_random.generateDouble() < probability; }
    double noise(double spread) { return (m_random.generateDouble() - 0.5) * 2 * spread; }

    void addEvents(DemoDiary &diary, QDate date, int day)
    {
        if (day >= kFirstInfusionDay && (day - kFirstInfusionDay) % kCycleDays == 0)
            diary.events.append({0, date, EventKind::Infusion, u"Pembrolizumab"_s,
                                 QCoreApplication::translate("DemoDiary", "Cycle %1")
                                     .arg((day - kFirstInfusionDay) / kCycleDays + 1)});
        if (day >= kFirstInfusionDay && (day - kFirstInfusionDay) % (2 * kCycleDays) == 20)
            diary.events.append({0,
                                 date,
                                 EventKind::Appointment,
                                 QCoreApplication::translate("DemoDiary", "Oncology clinic"),
                                 {}});
        if (day == kFirstInfusionDay + 4 * kCycleDays + 3)
            diary.events.append({0, date, EventKind::MedicationStart, u"Duloxetine"_s,
                                 QCoreApplication::translate("DemoDiary", "For burning feet")});
    }

    Entry patientEntry(QDate date, int day)
    {
        Entry entry(date, Author::Patient);
        const double severity = severityOnDay(day);
        const double hands = severity * 0.85 + 0.5 + noise(0.6);
        const double feet = severity * 1.05 + 0.8 + noise(0.6);
        setSymptoms(entry, Limb::Hands, hands);
        setSymptoms(entry, Limb::Feet, feet);
        entry.setRegions(regionsFor(severity * 0.85 + 0.5, severity * 1.05 + 0.8));

        setTask(entry, Field::Buttoning, hands - 3.0);
        setTask(entry, Field::Writing, hands - 3.8);
        setTask(entry, Field::Typing, hands - 4.2);
        setTask(entry, Field::Grasping, hands - 3.5);
        setTask(entry, Field::SmallObjects, hands - 2.8);
        setTask(entry, Field::Walking, feet - 4.5);
        setTask(entry, Field::Balance, feet - 4.0);
        setTask(entry, Field::FeelingGround, feet - 3.2);

        const int balance = entry.value(Field::Balance).value_or(0);
        entry.setValue(Field::Falls, balance >= 2 && chance(0.05) ? 1 : 0);
        entry.setValue(Field::NearFalls, balance >= 1 && chance(0.15) ? 1 : 0);
        const bool blister = feet >= 4.5 && chance(0.03);
        entry.setValue(Field::Skin, int(blister ? SkinFinding::Blister : SkinFinding::None));

        entry.setValue(Field::FeetInspected, chance(0.85) ? 1 : 0);
        entry.setValue(Field::WaterTested, chance(0.7) ? 1 : 0);
        entry.setValue(Field::NightLights, day > 60 ? 1 : 0);
        entry.setValue(Field::NonSlipMats, day > 75 ? 1 : 0);
        entry.setValue(Field::Handrails, 1);
        entry.setValue(Field::SupportiveShoes, chance(0.8) ? 1 : 0);
        entry.setValue(Field::WarmClothing, chance(0.6) ? 1 : 0);
        entry.setValue(Field::ExerciseMinutes, int(m_random.bounded(0, 5)) * 10);
        entry.setValue(Field::AlcoholDrinks, chance(0.1) ? 1 : 0);
        entry.setValue(Field::Smoked, 0);
        for (Field sign : kWarningSignFields)
            entry.setValue(sign, 0);

        if (blister)
            entry.setNote(QCoreApplication::translate("DemoDiary",
                                                      "Found a blister on my left heel, did not feel it."));
        else if (chance(0.08))
            entry.setNote(notes()[m_random.bounded(int(notes().size()))]);
        return entry;
    }

    Entry caregiverEntry(QDate date, int day)
    {
        Entry entry(date, Author::Caregiver);
        const double feet = severityOnDay(day) * 1.1 + 0.5;
        setTask(entry, Field::Walking, feet - 4.0);
        setTask(entry, Field::Balance, feet - 3.5);
        entry.setValue(Field::Falls, 0);
        entry.setValue(Field::NearFalls, feet > 5 && chance(0.4) ? 1 : 0);
        entry.setNote(feet > 5 ? QCoreApplication::translate("DemoDiary", "Holds the rail on the stairs now.")
                               : QCoreApplication::translate("DemoDiary", "Walking steadily."));
        return entry;
    }

    void setSymptoms(Entry &entry, Limb limb, double level)
    {
        const double offsets[kSymptomCount] = {0.0, 0.4, -1.2, -1.8, -0.8, -2.5};
        for (int s = 0; s < kSymptomCount; ++s)
            entry.setValue(symptomField(Symptom(s), limb), clampScore(level + offsets[s] + noise(0.5), 10));
    }

    void setTask(Entry &entry, Field task, double pressure)
    {
        entry.setValue(task, clampScore(pressure / 1.6 + noise(0.3), 4));
    }

    // Spreads from the tips inwards as the nerve damage builds; the left side a little
    // ahead. Follows the underlying level, not the day's noise, and a marked place
    // stays marked until the level has fallen a point below where it appeared: people
    // mark the same places day after day rather than flickering at a threshold.
    RegionSet regionsFor(double hands, double feet)
    {
        constexpr double kStaysMarkedBelow = 1.0;
        const BodyPart handParts[] = {BodyPart::Fingertips, BodyPart::Fingers, BodyPart::Hand,
                                      BodyPart::Wrist};
        const BodyPart footParts[] = {BodyPart::Toes, BodyPart::Foot, BodyPart::Ankle, BodyPart::LowerLeg};
        const double thresholds[] = {1.5, 3.0, 4.5, 6.0};
        const auto update = [&](Region region, double level, double threshold) {
            if (level >= threshold)
                m_regions.insert(region);
            else if (level < threshold - kStaysMarkedBelow)
                m_regions.remove(region);
        };
        for (int i = 0; i < 4; ++i) {
            update({Side::Left, handParts[i]}, hands, thresholds[i]);
            update({Side::Right, handParts[i]}, hands, thresholds[i] + 0.7);
            update({Side::Left, footParts[i]}, feet, thresholds[i]);
            update({Side::Right, footParts[i]}, feet, thresholds[i] + 0.5);
        }
        return m_regions;
    }

    static const QStringList &notes()
    {
        static const QStringList list = {
            QCoreApplication::translate("DemoDiary", "Cold morning, gloves helped."),
            QCoreApplication::translate("DemoDiary", "Short walk with the dog."),
            QCoreApplication::translate("DemoDiary", "Dropped a cup at breakfast."),
            QCoreApplication::translate("DemoDiary", "Tired after the infusion."),
            QCoreApplication::translate("DemoDiary", "Feet burning at night, slept badly."),
        };
        return list;
    }

    DemoOptions m_options;
    QRandomGenerator m_random;
    RegionSet m_regions; // where the patient currently feels it
};

} // namespace

DemoDiary generateDemoDiary(const DemoOptions &options)
{
    return Generator(options).run();
}

bool writeDemoDiary(DiaryStore &store, const DemoDiary &demo,
                    const std::function<void(qsizetype done, qsizetype total)> &progress)
{
    return store.inTransaction([&] {
        for (qsizetype i = 0; i < demo.entries.size(); ++i) {
            if (!store.saveEntry(demo.entries[i]))
                return false;
            if (progress)
                progress(i + 1, demo.entries.size());
        }
        for (const TreatmentEvent &event : demo.events) {
            if (store.addEvent(event) == 0)
                return false;
        }
        return store.setProfile(demo.profile);
    });
}

} // namespace nd
