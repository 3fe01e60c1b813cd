#pragma once

#include <QDate>
#include <QString>

namespace nd {

// Who the diary is for, shown on the report and with every contact advice.
// Kept inside the diary file so the command line and the window agree.
struct DiaryProfile
{
    QString patientName;
    QString treatment; // "checkpoint_inhibitor", "car_t", "other" or empty
    QString careTeamPhone;

    bool operator==(const DiaryProfile &other) const
    {
        return patientName == other.patientName && treatment == other.treatment &&
               careTeamPhone == other.careTeamPhone;
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
