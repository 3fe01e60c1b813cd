#pragma once

#include "trends/TrendSeries.h"

#include <QString>

namespace nd {

// Every value of one day in words, for the side panel and tooltips of the Trends
// page, so nobody has to hover precisely over a point to read it. Says whose entries
// the day came from (patient, caregiver or both), for caregiver review.
namespace DayDetails {

// "Logged by the patient and a caregiver", "Logged by a caregiver", "Nothing logged".
QString authorsText(const DayValues *day);

// Rich text for the side panel: date, authors, limb scores with their 7-day average,
// the twelve symptoms, the eight tasks, falls, estimated grade, marked regions,
// treatment events and flags of the day. A value is the day's (the highest of its entries);
// given the day's entries, a value the patient and a caregiver put differently says whose it
// is and gives the other ("7 (caregiver; patient 5)").
QString html(const TrendSeries &series, QDate date, const QList<Entry> &entriesOfDay = {});

// One or two short lines for a tooltip.
QString tooltip(const TrendSeries &series, QDate date);

// The 7-day average of a limb on a day, if that day has one.
std::optional<double> averageOn(const TrendSeries &series, Limb limb, QDate date);

} // namespace DayDetails

} // namespace nd
