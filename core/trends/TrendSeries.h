#pragma once

#include "model/Field.h"
#include "model/TreatmentEvent.h"
#include "rules/AcknowledgedFlag.h"
#include "rules/DayValues.h"

#include <QDate>
#include <QList>
#include <QPointF>

#include <array>
#include <optional>

namespace nd {

struct DiaryAnalysis;

// The two groups of daily tasks the charts draw as one line each.
inline constexpr std::array<Field, 5> kFineTaskFields = {Field::Buttoning, Field::Writing, Field::Typing,
                                                         Field::Grasping, Field::SmallObjects};
inline constexpr std::array<Field, 3> kWalkingTaskFields = {Field::Walking, Field::Balance,
                                                            Field::FeelingGround};

// A series of daily values for charts and the report.
// x = the day as QDate::toJulianDay() (a whole number), y = the value.
// Only days that have a value appear: a day without an entry, or whose entries left
// the field blank, has no point. Nothing is interpolated or carried forward.
using DayPoints = QList<QPointF>;

inline double dayX(QDate date)
{
    return double(date.toJulianDay());
}
inline QDate dayOfX(double x)
{
    return QDate::fromJulianDay(qint64(x + 0.5));
}

// An inclusive range of calendar days.
struct DayRange
{
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    bool contains(QDate day) const { return day >= first && day <= last; }
    qint64 dayCount() const { return isValid() ? first.daysTo(last) + 1 : 0; }
    bool operator==(const DayRange &other) const { return first == other.first && last == other.last; }
    bool operator!=(const DayRange &other) const { return !(*this == other); }
};

// Everything the Trends page and the report chart for one range of days, built from
// the same day values the rules use (see DayValues: per field the day's maximum over
// patient and caregiver entries).
//
// 7-day average (limbAverage): for a day D that has a limb score, the mean of that
// limb's scores on the days with entries in [D−6, D] (D included; days before the
// range count, so the first week of a range is not cut short). Days without a limb
// score have no average point, so gaps stay gaps and the average never invents a
// value for a day nobody logged.
struct TrendSeries
{
    DayRange range;

    // Indexed by Limb (Hands, Feet).
    std::array<DayPoints, 2> limbScore;   // max(numbness, tingling, burning, pain)
    std::array<DayPoints, 2> limbAverage; // 7-day average of limbScore, see above
    // symptom[limb][symptom]: all six symptoms, cold and weakness included.
    std::array<std::array<DayPoints, kSymptomCount>, 2> symptom;
    // Daily-task levels 0–4, in kTaskFields order.
    std::array<DayPoints, kTaskFields.size()> task;
    // The day's highest level among the fine hand tasks (kFineTaskFields) and among
    // walking, balance and feeling the ground (kWalkingTaskFields): the two lines of
    // the task chart. Blank when no task of the group was rated.
    DayPoints fineTasks;
    DayPoints walkingTasks;
    DayPoints falls;     // recorded counts, 0 included (see daysWith() for markers)
    DayPoints nearFalls; // recorded counts, 0 included
    DayPoints grade;     // GradeEstimate::forDay, 0–3

    QList<TreatmentEvent> events;           // in the range, sorted by date
    QList<AcknowledgedFlag> flags;          // in the range, in the engine's order
    std::optional<BaselinePeriod> baseline; // in force (not clipped to the range)

    // The merged day values of every day with entries in the range, sorted; they
    // also say whose entries each day came from (DayValues::hasEntryBy).
    QList<DayValues> days;

    // The day's values, or nullptr when nobody logged that day.
    const DayValues *day(QDate date) const;
    // The flags dated on that day.
    QList<AcknowledgedFlag> flagsOn(QDate date) const;
    bool isEmpty() const { return days.isEmpty(); }

    const DayPoints &taskSeries(Field task) const;
    const DayPoints &symptomSeries(Symptom symptom, Limb limb) const
    {
        return this->symptom[std::size_t(limb)][std::size_t(symptom)];
    }
};

namespace TrendSeriesBuilder {

// Builds the series of `range` from all of a diary's day values (sorted by date, one
// per day, as buildDayValues gives). `events` and `flags` may cover more than the
// range: only those inside it are kept.
TrendSeries build(const QList<DayValues> &allDays, const QList<TreatmentEvent> &events,
                  const QList<AcknowledgedFlag> &flags, const std::optional<BaselinePeriod> &baseline,
                  DayRange range);

// The same from a computed analysis (days, flags with their marks, baseline in force).
TrendSeries build(const DiaryAnalysis &analysis, const QList<TreatmentEvent> &events, DayRange range);

// The mean of the values at x in [x − 6, x] for each point of `daily` (see TrendSeries).
DayPoints sevenDayAverage(const DayPoints &daily);

// Points whose value is at least `minimum` (e.g. days with one fall or more).
DayPoints daysWith(const DayPoints &points, double minimum);

// Ranges the Trends page offers, ending on `lastDay` (the later of today and the last
// entry). `all` spans the first entry through lastDay.
DayRange lastDays(QDate lastDay, int dayCount);
DayRange wholeDiary(const QList<DayValues> &allDays, QDate lastDay);

} // namespace TrendSeriesBuilder

} // namespace nd
