// The detail pages: one line a day, the treatment events, the notes, and every flag
// with its numbers.
#include "ReportSections.h"
#include "ReportTexts.h"
#include "TableBlock.h"
#include "model/ValueWords.h"
#include "rules/GradeEstimate.h"
#include "trends/EventLabels.h"
#include "trends/FlagDays.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace nd::ReportSections {

using namespace ReportUnits;
using namespace Qt::StringLiterals;

namespace {

QString valueText(std::optional<int> value)
{
    return value ? QString::number(*value) : QString();
}

QString authorText(const DayValues &day)
{
    if (day.hasEntryBy(Author::Patient) && day.hasEntryBy(Author::Caregiver))
        return Tr::tr("P+C");
    return day.hasEntryBy(Author::Caregiver) ? Tr::tr("C") : Tr::tr("P");
}

QString otherFindings(const DayValues &day)
{
    QStringList parts;
    for (SkinFinding finding : day.skinProblems())
        parts.append(ValueWords::skinFinding(finding));
    for (Field sign : kWarningSignFields)
        if (day.isYes(sign))
            parts.append(ReportTexts::warningSignShort(sign));
    return parts.join(u", ");
}

// What the columns and marks of the day-by-day table mean, printed above it.
void addDailyLegend(ReportFlow &flow)
{
    const ReportStyle &style = flow.style();
    const QStringList legend{
        Tr::tr(
            "One line per logged day. Each value is the day's highest over the patient's (P) and caregiver's "
            "(C) entries; days logged only by a caregiver are in italics."),
        Tr::tr("Hands, Feet: highest of numbness, tingling, burning and pain (0–10). Grade: estimated "
               "grade, "
               "patient-reported (0–3)."),
        Tr::tr(
            "Tasks (0 none, 1 mild, 2 moderate, 3 severe, 4 unable): Btn buttoning, Wri writing, Typ typing, "
            "Grs "
            "grasping, Sml small objects, Wlk walking, Bal balance, Grd feeling the ground."),
        Tr::tr("Flags: the most pressing level among the flags that started that day, and how many. Skin, "
               "signs: "
               "skin problems found and warning signs marked.")};
    for (const QString &line : legend)
        flow.paragraph(line, style.small, style.muted);
    flow.paragraph(QString(), style.small, style.muted); // a little air before the table
}

QList<TableColumn> dailyColumns(const ReportStyle &style, bool notes)
{
    // Wide enough for "P+C" in any language and tone (it was cut to "P…").
    qreal byWidth = mm(7.5);
    for (const QString &by : {Tr::tr("P"), Tr::tr("C"), Tr::tr("P+C")})
        for (const ReportFont *font : {&style.table, &style.tableBold, &style.tableItalic})
            byWidth = std::max(byWidth, font->advance(by) + ReportUnits::pt(3) * 2 + ReportUnits::pt(1));
    QList<TableColumn> columns{{Tr::tr("Date"), mm(25.5)},
                               {Tr::tr("By"), byWidth, Qt::AlignHCenter},
                               {Tr::tr("Hands"), mm(11), Qt::AlignHCenter},
                               {Tr::tr("Feet"), mm(8.5), Qt::AlignHCenter},
                               {Tr::tr("Grade", "day table column"), mm(11), Qt::AlignHCenter}};
    for (Field task : kTaskFields)
        columns.append({ReportTexts::taskShortTitle(task), mm(6.8), Qt::AlignHCenter});
    columns.append({Tr::tr("Falls", "day table column"), mm(8.5), Qt::AlignHCenter});
    columns.append({Tr::tr("Near", "day table column: near falls"), mm(8.5), Qt::AlignHCenter});
    columns.append({Tr::tr("Flags", "day table column"), mm(11)});
    if (notes)
        columns.append({Tr::tr("Note"), mm(9), Qt::AlignHCenter});
    columns.append({Tr::tr("Skin, signs"), 0});
    return columns;
}

} // namespace

void addDailyTable(ReportFlow &flow, const ReportData &data, const ReportOptions &options)
{
    const ReportStyle &style = flow.style();
    flow.heading(Tr::tr("Day by day"), true);
    addDailyLegend(flow);
    const bool notes = options.includesNotes();
    const QList<TableColumn> columns = dailyColumns(style, notes);
    auto &table = flow.add<TableBlock>(style, columns, flow.width());
    const QMap<QDate, FlagDay> flagDaysMap = flagDays(data.series.flags);
    QMap<QDate, int> flagCounts;
    for (const AcknowledgedFlag &flag : data.series.flags)
        ++flagCounts[flag.flag.date];
    QSet<QDate> noteDays;
    if (notes)
        for (const Entry &entry : data.entries)
            if (!entry.note().trimmed().isEmpty())
                noteDays.insert(entry.date());

    const QLocale locale;
    int previousMonth = -1;
    for (const DayValues &day : data.series.days) {
        const TableCell::Tone tone =
            day.isCaregiverOnly() ? TableCell::Tone::Italic : TableCell::Tone::Normal;
        QList<TableCell> cells;
        cells.reserve(columns.size());
        cells.append({ReportTexts::date(day.date()) + u' ' + locale.toString(day.date(), u"ddd"_s), tone});
        cells.append({authorText(day), tone});
        cells.append({valueText(day.limbScore(Limb::Hands)), tone});
        cells.append({valueText(day.limbScore(Limb::Feet)), tone});
        cells.append({valueText(GradeEstimate::forDay(day)), tone});
        for (Field task : kTaskFields)
            cells.append({valueText(day.value(task)), tone});
        cells.append({valueText(day.value(Field::Falls)),
                      day.value(Field::Falls).value_or(0) > 0 ? TableCell::Tone::Bold : tone});
        cells.append({valueText(day.value(Field::NearFalls)), tone});
        TableCell flags;
        if (const auto it = flagDaysMap.constFind(day.date()); it != flagDaysMap.cend()) {
            flags.level = it->level;
            flags.text = QString::number(flagCounts.value(day.date()));
        }
        cells.append(flags);
        if (notes)
            cells.append({noteDays.contains(day.date()) ? Tr::tr("yes") : QString(), tone});
        cells.append({otherFindings(day), tone});
        table.addRow(cells, day.date().month() != previousMonth && previousMonth != -1);
        previousMonth = day.date().month();
    }
}

void addEvents(ReportFlow &flow, const ReportData &data)
{
    const ReportStyle &style = flow.style();
    flow.anchorNext(QString::fromLatin1(kEventsAnchor));
    flow.heading(Tr::tr("Treatment events"), false);
    if (data.series.events.isEmpty()) {
        flow.paragraph(Tr::tr("No treatment events were recorded in this period."), style.body, style.ink);
        return;
    }
    auto &table = flow.add<TableBlock>(style,
                                       QList<TableColumn>{{Tr::tr("Date"), mm(22)},
                                                          {Tr::tr("Event"), mm(36)},
                                                          {Tr::tr("Name"), mm(50), Qt::AlignLeft, true},
                                                          {Tr::tr("Note"), 0, Qt::AlignLeft, true}},
                                       flow.width());
    for (const TreatmentEvent &event : data.series.events)
        table.addRow(
            {{ReportTexts::date(event.date)}, {eventKindTitle(event.kind)}, {event.name}, {event.note}});
}

void addNotes(ReportFlow &flow, const ReportData &data)
{
    const ReportStyle &style = flow.style();
    flow.heading(Tr::tr("Notes"), false);
    QList<const Entry *> withNotes;
    for (const Entry &entry : data.entries)
        if (!entry.note().trimmed().isEmpty())
            withNotes.append(&entry);
    if (withNotes.isEmpty()) {
        flow.paragraph(Tr::tr("No notes were written in this period."), style.body, style.ink);
        return;
    }
    auto &table = flow.add<TableBlock>(style,
                                       QList<TableColumn>{{Tr::tr("Date"), mm(22)},
                                                          {Tr::tr("By"), mm(18)},
                                                          {Tr::tr("Note"), 0, Qt::AlignLeft, true}},
                                       flow.width());
    for (const Entry *entry : std::as_const(withNotes)) {
        const bool caregiver = entry->author() == Author::Caregiver;
        table.addRow({{ReportTexts::date(entry->date())},
                      {caregiver ? Tr::tr("caregiver") : Tr::tr("patient"),
                       caregiver ? TableCell::Tone::Italic : TableCell::Tone::Normal},
                      {entry->note().trimmed()}});
    }
}

void addFlagDetails(ReportFlow &flow, const ReportSummary &summary)
{
    const ReportStyle &style = flow.style();
    flow.anchorNext(QString::fromLatin1(kFlagsAnchor));
    flow.heading(Tr::tr("Flags with their numbers"), false);
    if (summary.flags.isEmpty()) {
        flow.paragraph(Tr::tr("No flags in this period."), style.body, style.ink);
    } else {
        flow.paragraph(
            Tr::tr("Every flag of the period, oldest first, with the numbers that raised it and whether "
                   "it was discussed with the care team."),
            style.small, style.muted, 0, pt(3));
        auto &table =
            flow.add<TableBlock>(style,
                                 QList<TableColumn>{{Tr::tr("Level"), mm(25)},
                                                    {Tr::tr("Date"), mm(18)},
                                                    {Tr::tr("Rule"), mm(46), Qt::AlignLeft, true},
                                                    {Tr::tr("The numbers"), mm(52), Qt::AlignLeft, true},
                                                    {Tr::tr("Discussed"), 0, Qt::AlignLeft, true}},
                                 flow.width());
        for (qsizetype i = summary.flags.size() - 1; i >= 0; --i) {
            const AcknowledgedFlag &item = summary.flags[i];
            TableCell level(levelWord(item.flag.level()));
            level.level = item.flag.level();
            table.addRow({level,
                          {ReportTexts::date(item.flag.date)},
                          {ReportTexts::flagTitle(item.flag, true)},
                          {item.flag.evidence},
                          item.isDiscussed() ? TableCell(item.discussedText())
                                             : TableCell(Tr::tr("not yet"), TableCell::Tone::Bold)});
        }
    }

    flow.subheading(Tr::tr("How the diary raises flags"));
    auto &rules = flow.add<TableBlock>(style,
                                       QList<TableColumn>{{Tr::tr("Rule"), mm(10), Qt::AlignHCenter},
                                                          {Tr::tr("Level"), mm(25)},
                                                          {Tr::tr("Title"), mm(44)},
                                                          {Tr::tr("Holds when"), 0, Qt::AlignLeft, true}},
                                       flow.width());
    for (int r = 1; r <= kRuleCount; ++r) {
        const Rule rule = Rule(r);
        TableCell level(levelWord(ruleLevel(rule)));
        level.level = ruleLevel(rule);
        rules.addRow({{QString::number(r)}, level, {ruleTitle(rule)}, {ruleDescription(rule)}});
    }
}

} // namespace nd::ReportSections
