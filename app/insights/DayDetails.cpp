#include "DayDetails.h"

#include "analysis/FlagGroups.h"
#include "model/ValueWords.h"
#include "rules/GradeEstimate.h"
#include "trends/EventLabels.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

// Texts of this file, translated in the context "DayDetails". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DayDetails)
};

QString valueText(std::optional<int> value)
{
    return value ? QString::number(*value) : u"–"_s;
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><td style='padding-right:12px'>"_s + label + u"</td><td><b>"_s + value + u"</b></td></tr>"_s;
}

// The day's values of each author, when both logged that day.
struct ByAuthor
{
    std::optional<DayValues> patient;
    std::optional<DayValues> caregiver;

    ByAuthor(const QList<Entry> &entries, QDate date)
    {
        for (const Entry &entry : entries) {
            if (entry.date() != date)
                continue;
            std::optional<DayValues> &values = entry.author() == Author::Caregiver ? caregiver : patient;
            if (!values)
                values = DayValues(date);
            values->merge(entry);
        }
        if (!patient || !caregiver) { // one author: nothing to tell apart
            patient.reset();
            caregiver.reset();
        }
    }

    // " (caregiver; patient 5)" after a value that differs between the two, else nothing.
    template<typename Value, typename Show> QString whose(Value value, Show show) const
    {
        if (!patient || !caregiver)
            return {};
        const std::optional<int> mine = value(*patient);
        const std::optional<int> theirs = value(*caregiver);
        if (!mine || !theirs || *mine == *theirs)
            return {};
        return u" "_s + (*theirs > *mine ? Tr::tr("(caregiver; patient %1)").arg(show(*mine))
                                         : Tr::tr("(patient; caregiver %1)").arg(show(*theirs)));
    }
    QString whose(Field field) const
    {
        return whose([field](const DayValues &day) { return day.value(field); },
                     [](int value) { return QString::number(value); });
    }
};

QString heading(const QString &text)
{
    return u"<p style='margin-top:10px; margin-bottom:2px'><b>"_s + text + u"</b></p>"_s;
}

} // namespace

QString DayDetails::authorsText(const DayValues *day)
{
    if (!day)
        return Tr::tr("Nothing logged on this day");
    const bool patient = day->hasEntryBy(Author::Patient);
    const bool caregiver = day->hasEntryBy(Author::Caregiver);
    if (patient && caregiver)
        return Tr::tr("Logged by the patient and a caregiver");
    if (caregiver)
        return Tr::tr("Logged by a caregiver");
    return Tr::tr("Logged by the patient");
}

std::optional<double> DayDetails::averageOn(const TrendSeries &series, Limb limb, QDate date)
{
    const DayPoints &average = series.limbAverage[std::size_t(limb)];
    const double x = dayX(date);
    const auto it = std::lower_bound(average.cbegin(), average.cend(), x,
                                     [](const QPointF &point, double value) { return point.x() < value; });
    if (it != average.cend() && it->x() == x)
        return it->y();
    return std::nullopt;
}

QString DayDetails::html(const TrendSeries &series, QDate date, const QList<Entry> &entriesOfDay)
{
    const ByAuthor byAuthor(entriesOfDay, date);
    const QLocale locale;
    const DayValues *day = series.day(date);
    QString text = u"<p style='font-size:large'><b>"_s +
                   locale.toString(date, QLocale::LongFormat).toHtmlEscaped() + u"</b></p><p>"_s +
                   authorsText(day) + u"</p>"_s;

    for (const TreatmentEvent &event : series.events)
        if (event.date == date)
            text += u"<p>▌ "_s + eventDescription(event).toHtmlEscaped() + u"</p>"_s;
    for (const AcknowledgedFlag &flag : series.flagsOn(date)) {
        text += u"<p>⚑ <b>"_s + flagLevelTitle(flag.flag.level()) + u":</b> "_s + ruleTitle(flag.flag.rule);
        if (ruleNamesASubject(flag.flag.rule)) // not "Skin problem found — skin"
            text += u" — "_s + subjectTitle(flag.flag.subject).toHtmlEscaped();
        if (flag.flag.isStepUp() && flag.flag.follows.isValid()) // linked to the flag it follows
            text += u" — <b>"_s + FlagGroups::worseAgainSince(flag.flag.follows).toHtmlEscaped() + u"</b>"_s;
        text += u"<br><small>"_s + flag.flag.evidence.toHtmlEscaped() + u"</small>"_s;
        if (flag.isDiscussed())
            text += u"<br>"_s + flag.discussedText().toHtmlEscaped();
        text += u"</p>"_s;
    }
    if (!day)
        return text;

    text += u"<table>"_s;
    for (Limb limb : {Limb::Hands, Limb::Feet}) {
        const std::optional<double> average = averageOn(series, limb, date);
        QString value = valueText(day->limbScore(limb)) +
                        byAuthor.whose([limb](const DayValues &values) { return values.limbScore(limb); },
                                       [](int score) { return QString::number(score); });
        if (average)
            value += u"  "_s + Tr::tr("(7-day average %1)").arg(locale.toString(*average, 'f', 1));
        text += row(limb == Limb::Hands ? Tr::tr("Hands score") : Tr::tr("Feet score"), value);
    }
    const std::optional<int> grade = GradeEstimate::forDay(*day);
    text += row(GradeEstimate::label(), valueText(grade));
    text += u"</table>"_s;

    text += heading(Tr::tr("Symptoms (0–10)"));
    text += u"<table><tr><td></td><td style='padding-right:12px'>"_s + Tr::tr("Hands") + u"</td><td>"_s +
            Tr::tr("Feet") + u"</td></tr>"_s;
    for (int s = 0; s < kSymptomCount; ++s)
        text += u"<tr><td style='padding-right:12px'>"_s + ValueWords::symptom(Symptom(s)) +
                u"</td><td><b>"_s + valueText(day->value(symptomField(Symptom(s), Limb::Hands))) +
                byAuthor.whose(symptomField(Symptom(s), Limb::Hands)) + u"</b></td><td><b>"_s +
                valueText(day->value(symptomField(Symptom(s), Limb::Feet))) +
                byAuthor.whose(symptomField(Symptom(s), Limb::Feet)) + u"</b></td></tr>"_s;
    text += u"</table>"_s;

    text += heading(Tr::tr("Daily tasks"));
    text += u"<table>"_s;
    for (Field task : kTaskFields) {
        const std::optional<int> level = day->value(task);
        text += row(ValueWords::capitalised(subjectTitle(QString(fieldSpec(task).name))),
                    (level ? ValueWords::taskLevelTitle(*level) : u"–"_s) +
                        byAuthor.whose([task](const DayValues &values) { return values.value(task); },
                                       [](int value) { return ValueWords::taskLevelTitle(value); }));
    }
    text += row(Tr::tr("Falls"), valueText(day->value(Field::Falls)) + byAuthor.whose(Field::Falls));
    text +=
        row(Tr::tr("Near falls"), valueText(day->value(Field::NearFalls)) + byAuthor.whose(Field::NearFalls));
    text += u"</table>"_s;

    const QList<Region> regions = day->regions().regions();
    if (!regions.isEmpty()) {
        QStringList names;
        for (const Region &region : regions)
            names.append(subjectTitle(region.code()));
        text += heading(Tr::tr("Where")) + u"<p>"_s + names.join(u", "_s) + u"</p>"_s;
    }
    return text;
}

QString DayDetails::tooltip(const TrendSeries &series, QDate date)
{
    const QLocale locale;
    const DayValues *day = series.day(date);
    QString text = locale.toString(date, QLocale::ShortFormat) + u": "_s + authorsText(day);
    if (day)
        text +=
            u"\n"_s + Tr::tr("Hands %1, feet %2, estimated grade %3")
                          .arg(valueText(day->limbScore(Limb::Hands)), valueText(day->limbScore(Limb::Feet)),
                               valueText(GradeEstimate::forDay(*day)));
    for (const TreatmentEvent &event : series.events)
        if (event.date == date)
            text += u"\n"_s + eventDescription(event);
    const QList<AcknowledgedFlag> flags = series.flagsOn(date);
    if (!flags.isEmpty())
        text += u"\n"_s + QCoreApplication::translate("DayDetails", "%n flag(s) on this day", nullptr,
                                                      int(flags.size()));
    return text;
}

} // namespace nd
