#pragma once

#include <QDate>
#include <QString>

namespace nd {

// A yes/no question of the profile that may be left unanswered.
enum class ProfileAnswer { NotAnswered, No, Yes };

// Optional facts that change how a neurologist reads the diary (other causes of nerve
// damage, medicines that hide or add to symptoms). Printed on the report only when
// answered; never a rule input.
struct RiskContext
{
    ProfileAnswer diabetes = ProfileAnswer::NotAnswered;
    ProfileAnswer earlierChemotherapy = ProfileAnswer::NotAnswered; // nerve-damaging chemotherapy before
    ProfileAnswer steroids = ProfileAnswer::NotAnswered;            // taking steroids now
    ProfileAnswer nervePainMedicines = ProfileAnswer::NotAnswered;  // taking medicines for nerve pain
    ProfileAnswer alcohol = ProfileAnswer::NotAnswered;             // drinks alcohol regularly

    bool anyAnswered() const
    {
        for (ProfileAnswer answer : {diabetes, earlierChemotherapy, steroids, nervePainMedicines, alcohol})
            if (answer != ProfileAnswer::NotAnswered)
                return true;
        return false;
    }
    bool operator==(const RiskContext &other) const
    {
        return diabetes == other.diabetes && earlierChemotherapy == other.earlierChemotherapy &&
               steroids == other.steroids && nervePainMedicines == other.nervePainMedicines &&
               alcohol == other.alcohol;
    }
};

// Who the diary is for, shown on the report and with every contact advice.
// Kept inside the diary file so the command line and the window agree.
struct DiaryProfile
{
    QString patientName;
    QString treatment; // "checkpoint_inhibitor", "car_t", "other" or empty
    QString careTeamPhone;
    // The fields from here on have default initializers, so `DiaryProfile{name, treatment, phone}`
    // still builds a profile.
    // The number to call in an emergency (112, 911, ...); empty: the country's default
    // where known (see EmergencyNumber).
    QString emergencyNumber = {};
    // After CAR-T: the treatment centre's 24-hour line.
    QString treatmentCentrePhone = {};
    QDate treatmentStart = {}; // invalid: not given (the report then uses the first infusion)
    RiskContext risk = {};

    bool isCarT() const { return treatment == QLatin1String("car_t"); }

    bool operator==(const DiaryProfile &other) const
    {
        return patientName == other.patientName && treatment == other.treatment &&
               careTeamPhone == other.careTeamPhone && emergencyNumber == other.emergencyNumber &&
               treatmentCentrePhone == other.treatmentCentrePhone && treatmentStart == other.treatmentStart &&
               risk == other.risk;
    }
};

// A flag marked "discussed with care team". A flag is identified by date, rule and
// subject, so the mark survives every recomputation of the flags.
struct FlagAcknowledgement
{
    QDate flagDate;
    QString rule;    // rule id, e.g. "worsening_symptoms"
    QString subject; // e.g. "feet"
    QDate discussedOn;
    QString note;

    bool operator==(const FlagAcknowledgement &other) const
    {
        return flagDate == other.flagDate && rule == other.rule && subject == other.subject &&
               discussedOn == other.discussedOn && note == other.note;
    }
};

} // namespace nd
