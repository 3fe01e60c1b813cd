#include "DayAxis.h"

#include <QLocale>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

// Candidate spacings, finest first: every N days, or the first day of every N months.
struct Step
{
    int days;   // 0 when stepping by months
    int months; // 0 when stepping by days
};
constexpr Step kSteps[] = {{1, 0}, {2, 0}, {7, 0},  {14, 0}, {0, 1}, {0, 2},
                           {0, 3}, {0, 6}, {0, 12}, {0, 24}, {0, 60}};

QDate firstTick(QDate first, const Step &step)
{
    if (step.days == 7 || step.days == 14)
        return first.addDays((8 - first.dayOfWeek()) % 7); // next Monday (or today when Monday)
    if (step.days > 0)
        return first;
    QDate month(first.year(), first.month(), 1);
    if (month < first)
        month = month.addMonths(1);
    // Align to the step so labels read "Jan, Apr, Jul, Oct" or whole years.
    while ((month.year() * 12 + month.month() - 1) % step.months != 0)
        month = month.addMonths(1);
    return month;
}

QDate nextTick(QDate day, const Step &step)
{
    return step.days > 0 ? day.addDays(step.days) : day.addMonths(step.months);
}

QString tickLabel(QDate day, const Step &step, bool firstLabel)
{
    const QLocale locale;
    if (step.days > 0)
        return firstLabel || (day.day() <= step.days) ? locale.toString(day, u"d MMM"_s)
                                                      : locale.toString(day, u"d"_s);
    if (step.months >= 12)
        return QString::number(day.year());
    return firstLabel || day.month() <= step.months ? locale.toString(day, u"MMM yyyy"_s)
                                                    : locale.toString(day, u"MMM"_s);
}

} // namespace

DayAxis::DayAxis(QObject *parent) : QCategoryAxis(parent)
{
    setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    setGridLineVisible(true);
}

QList<DayAxis::Tick> DayAxis::ticks(DayRange range, int maxLabels)
{
    QList<Tick> result;
    if (!range.isValid())
        return result;
    const Step *chosen = &kSteps[std::size(kSteps) - 1];
    for (const Step &step : kSteps) {
        const double stepDays = step.days > 0 ? step.days : step.months * 30.44;
        if (double(range.dayCount()) / stepDays <= double(qMax(maxLabels, 2))) {
            chosen = &step;
            break;
        }
    }
    for (QDate day = firstTick(range.first, *chosen); day <= range.last; day = nextTick(day, *chosen))
        result.append(Tick{day, tickLabel(day, *chosen, result.isEmpty())});
    return result;
}

void DayAxis::showRange(DayRange range, int pixelWidth, int minLabelSpacing, double padding)
{
    const int maxLabels = qMax(2, pixelWidth / qMax(minLabelSpacing, 1));
    const QList<Tick> newTicks = ticks(range, maxLabels);
    const bool sameTicks = range == m_range && newTicks.size() == m_ticks.size();
    m_range = range;
    if (!range.isValid())
        return;
    // The range spans whole days: from the start of the first to the end of the last,
    // with each day's value drawn in its middle.
    setRange(dayX(range.first) - 0.5 - padding, dayX(range.last) + 0.5 + padding);
    if (sameTicks)
        return;
    m_ticks = newTicks;
    const QStringList old = categoriesLabels();
    for (const QString &label : old)
        remove(label);
    setStartValue(dayX(range.first) - 0.5);
    for (const Tick &tick : std::as_const(m_ticks)) {
        // Category labels must be unique; a zero-width space keeps repeated text apart.
        QString label = tick.label;
        while (categoriesLabels().contains(label))
            label += QChar(0x200B);
        append(label, dayX(tick.day) - 0.5);
    }
}

} // namespace nd
