#pragma once

#include "trends/TrendSeries.h"

#include <QCategoryAxis>

namespace nd {

// The shared date axis of the Trends charts: x is the julian day number (as in
// TrendSeries), labels fall on calendar boundaries chosen for the range and the
// chart's width — days or weeks for a month, months for a year, years for a decade.
class DayAxis : public QCategoryAxis
{
    Q_OBJECT

public:
    explicit DayAxis(QObject *parent = nullptr);

    // Shows `range` (each day a unit wide, from the start of the first day to the end
    // of the last, and `padding` days more at both ends) with at most one label per
    // `minLabelSpacing` pixels of `pixelWidth`.
    void showRange(DayRange range, int pixelWidth, int minLabelSpacing, double padding = 0);
    DayRange range() const { return m_range; }

    // The label positions of a range: the days on which a label starts, and their text.
    struct Tick
    {
        QDate day;
        QString label;
    };
    static QList<Tick> ticks(DayRange range, int maxLabels);

private:
    DayRange m_range;
    QList<Tick> m_ticks;
};

} // namespace nd
