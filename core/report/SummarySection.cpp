// Page 1: what the care team should see in two minutes.
#include "BodyMapBlock.h"
#include "FigureCardsBlock.h"
#include "ReportSections.h"
#include "ReportTexts.h"
#include "TableBlock.h"
#include "analysis/BaselineCheck.h"
#include "analysis/FlagGroups.h"
#include "guide/UrgentAdvice.h"
#include "rules/GradeEstimate.h"
#include "trends/EventLabels.h"

#include <QCoreApplication>

namespace nd::ReportSections {

using namespace ReportUnits;
using namespace Qt::StringLiterals;

namespace {

// How many flags and events page 1 lists at most, and at least when room is short.
constexpr int kSummaryFlags = 6;
constexpr int kSummaryEvents = 5;
constexpr int kFewestEvents = 2;
constexpr int kFewestFlags = 2;

struct ListLengths
{
    int flags = kSummaryFlags; // lines besides the urgent ones (those are always all listed)
    int events = kSummaryEvents;
    bool regions = true;
    int foldUrgent =
        0; // 0: a line per rule and day; 1: per sign with its dates; 2: per rule, numbers left out
};

QString orNotRecorded(const QString &text)
{
    return text.trimmed().isEmpty() ? Tr::tr("not recorded") : text.trimmed();
}

QString baselineText(const ReportSummary &summary)
{
    if (!summary.baseline)
        return Tr::tr("none (the diary is empty)");
    const QString range = ReportTexts::period(summary.baseline->first, summary.baseline->last);
    return summary.defaultBaseline ? Tr::tr("%1 (the diary's first week)").arg(range)
                                   : Tr::tr("%1 (chosen by the patient)").arg(range);
}

// Patient, treatment, period, care team and emergency numbers, days logged and the baseline, as
// a two-pair table under the title.
void addFactsTable(ReportFlow &flow, const ReportData &data, const ReportSummary &summary)
{
    const ReportStyle &style = flow.style();
    const qreal key = mm(36); // room for the longest key ("Vergleichszeitraum"); longer ones wrap
    const qreal half = flow.width() / 2;
    auto &facts = flow.add<TableBlock>(style,
                                       QList<TableColumn>{{QString(), key, Qt::AlignLeft, true},
                                                          {QString(), half - key, Qt::AlignLeft, true},
                                                          {QString(), key, Qt::AlignLeft, true},
                                                          {QString(), 0, Qt::AlignLeft, true}},
                                       flow.width());
    facts.setHeaderVisible(false);
    facts.setStriped(false);
    facts.setRegularSize(true);
    const qint64 periodDays = summary.from.daysTo(summary.to) + 1;
    const QString logged = summary.caregiverDays > 0
                               ? Tr::tr("%1 of %2 days, %3 with a caregiver's entry")
                                     .arg(summary.loggedDays)
                                     .arg(periodDays)
                                     .arg(summary.caregiverDays)
                               : Tr::tr("%1 of %2 days").arg(summary.loggedDays).arg(periodDays);
    const TableCell::Tone muted = TableCell::Tone::Muted;
    const UrgentAdvice::Contacts contacts = UrgentAdvice::contactsOf(data.profile);
    // The emergency number beside the care team's, as everywhere.
    QString phones =
        Tr::tr("%1; emergency number: %2")
            .arg(orNotRecorded(data.profile.careTeamPhone), orNotRecorded(contacts.emergencyNumber));
    if (contacts.carT)
        phones =
            Tr::tr("%1; treatment centre, 24 hours: %2").arg(phones, orNotRecorded(contacts.centrePhone));
    facts.addRow({{Tr::tr("Patient"), muted},
                  {orNotRecorded(data.profile.patientName), TableCell::Tone::Bold},
                  {Tr::tr("Treatment"), muted},
                  {ReportTexts::treatmentTitle(data.profile.treatment)}});
    facts.addRow({{Tr::tr("Period"), muted},
                  {ReportTexts::period(summary.from, summary.to), TableCell::Tone::Bold},
                  {Tr::tr("Care team"), muted},
                  {phones}});
    facts.addRow({{Tr::tr("Logged"), muted}, {logged}, {Tr::tr("Baseline"), muted}, {baselineText(summary)}});
}

// The treatment anchor in one line: start, last dose, and which day of treatment the period ends on.
QString treatmentLine(const ReportSummary &summary)
{
    const TreatmentAnchor &anchor = summary.anchor;
    QStringList when;
    if (anchor.start)
        when.append(anchor.startFromProfile
                        ? Tr::tr("started %1").arg(ReportTexts::date(*anchor.start))
                        : Tr::tr("started %1 (first infusion)").arg(ReportTexts::date(*anchor.start)));
    else
        when.append(Tr::tr("start not recorded"));
    if (anchor.lastDose) {
        QString dose = ReportTexts::date(anchor.lastDose->date);
        if (!anchor.lastDose->name.trimmed().isEmpty())
            dose = Tr::tr("%1 (%2)").arg(dose, anchor.lastDose->name.trimmed());
        when.append(Tr::tr("last dose %1").arg(dose));
    }
    // After CAR-T: days since the (last) infusion; otherwise day N from the start.
    if (anchor.carT && anchor.lastDose) {
        when.append(Tr::tr("day %1 after the CAR-T infusion at the period's end")
                        .arg(anchor.lastDose->date.daysTo(summary.to)));
    } else if (const std::optional<qint64> day = anchor.dayOf(summary.to)) {
        when.append(Tr::tr("day %1 of treatment at the period's end").arg(*day));
    }
    if (!summary.flags.isEmpty()) {
        const QDate firstFlag = summary.flags.last().flag.date; // flags are newest first
        if (anchor.carT && anchor.lastDose && firstFlag >= anchor.lastDose->date)
            when.append(Tr::tr("first flag of the period on day %1 after the infusion")
                            .arg(anchor.lastDose->date.daysTo(firstFlag)));
        else if (const std::optional<qint64> day = anchor.dayOf(firstFlag); day && !anchor.carT)
            when.append(Tr::tr("first flag of the period on day %1 of treatment").arg(*day));
    }
    return Tr::tr("Treatment: %1.").arg(when.join(u"; "));
}

// The risk context is printed only when the patient answered some of it.
void addRiskContext(ReportFlow &flow, const RiskContext &risk)
{
    const ReportStyle &style = flow.style();
    if (!risk.anyAnswered())
        return;
    const std::pair<QString, ProfileAnswer> answers[] = {
        {Tr::tr("diabetes"), risk.diabetes},
        {Tr::tr("earlier nerve-damaging chemotherapy"), risk.earlierChemotherapy},
        {Tr::tr("steroids now"), risk.steroids},
        {Tr::tr("nerve-pain medicines now"), risk.nervePainMedicines},
        {Tr::tr("regular alcohol"), risk.alcohol}};
    QStringList parts;
    for (const auto &[name, value] : answers)
        if (value != ProfileAnswer::NotAnswered)
            parts.append(Tr::tr("%1: %2").arg(name, ReportTexts::answer(value)));
    flow.paragraph(Tr::tr("Risk context (from the patient): %1.").arg(parts.join(u"; ")), style.small,
                   style.ink, pt(1));
}

void addTitleAndFacts(ReportFlow &flow, const ReportData &data, const ReportSummary &summary)
{
    const ReportStyle &style = flow.style();
    flow.paragraph(Tr::tr("Nerve symptom diary: report for the care team"), style.title, style.accent, 0,
                   pt(2));
    flow.paragraph(
        Tr::tr("Kept by the patient at home. Scores and the grade are the patient's own ratings and "
               "estimates."),
        style.small, style.muted, 0, pt(8));
    addFactsTable(flow, data, summary);
    flow.paragraph(treatmentLine(summary), style.small, style.ink, pt(3));
    addRiskContext(flow, data.profile.risk);
}

FigureCard limbCard(const QString &title, const LimbChange &limb)
{
    FigureCard card;
    card.title = title;
    if (limb.recentMean) {
        card.figure = ReportTexts::mean(*limb.recentMean);
        card.unit = Tr::tr("of 10");
        card.lines.append(Tr::tr("mean of the last 7 days (days scored: %1)").arg(limb.recentDays));
    } else {
        card.figure = u"\u2013"_s;
        card.lines.append(Tr::tr("no scores in the last 7 days"));
    }
    if (limb.baselineMean) {
        QString line = Tr::tr("baseline %1").arg(ReportTexts::mean(*limb.baselineMean));
        if (const auto change = limb.change())
            line = Tr::tr("%1, change %2").arg(line, ReportTexts::signedChange(*change));
        card.lines.append(line);
    } else {
        card.lines.append(Tr::tr("no baseline scores"));
    }
    return card;
}

void addFigures(ReportFlow &flow, const ReportSummary &summary)
{
    FigureCard grade;
    grade.title = GradeEstimate::label();
    grade.figure = summary.gradeNow ? QString::number(*summary.gradeNow) : u"\u2013"_s;
    grade.unit = summary.gradeNow ? Tr::tr("of 3") : QString();
    grade.lines.append(summary.gradeNow ? Tr::tr("highest in the last 7 days")
                                        : Tr::tr("nothing rated in the last 7 days"));
    grade.lines.append(summary.gradeAtBaseline ? Tr::tr("baseline %1").arg(*summary.gradeAtBaseline)
                                               : Tr::tr("nothing rated at the baseline"));

    FigureCard falls;
    falls.title = Tr::tr("Falls in the period");
    falls.figure = QString::number(summary.falls);
    falls.lines.append(Tr::tr("days with a fall: %1").arg(summary.fallDays));
    falls.lines.append(Tr::tr("near falls: %1").arg(summary.nearFalls));

    auto &cards =
        flow.add<FigureCardsBlock>(flow.style(),
                                   QList<FigureCard>{grade, limbCard(Tr::tr("Hands"), summary.hands),
                                                     limbCard(Tr::tr("Feet"), summary.feet), falls},
                                   flow.width());
    cards.spaceBefore = pt(10);
}

// The lines of page 1's flag table: urgent first (all of them, always), then contact,
// then watch; flags of one rule on one day share a line.
struct FlagLines
{
    QList<FlagGroup> urgent;
    QList<FlagGroup> others;
};

FlagLines flagLines(const ReportSummary &summary)
{
    QList<FlagGroup> groups = FlagGroups::sameDay(summary.flags);
    FlagGroups::sortMostPressingFirst(groups);
    FlagLines lines;
    for (const FlagGroup &group : std::as_const(groups))
        (group.level() == FlagLevel::Urgent ? lines.urgent : lines.others).append(group);
    return lines;
}

// When even the urgent lines alone would not fit on page 1, they are folded further:
// one line per sign (rule and subject) with all its dates, then one line per rule.
QList<FlagGroup> foldedUrgent(const QList<FlagGroup> &groups, bool byRule)
{
    QList<FlagGroup> result;
    for (const FlagGroup &group : groups)
        for (const AcknowledgedFlag &flag : group.flags) {
            auto it = std::find_if(result.begin(), result.end(), [&](const FlagGroup &line) {
                return line.rule() == flag.flag.rule && (byRule || line.first().subject == flag.flag.subject);
            });
            if (it == result.end())
                result.append(FlagGroup{{flag}});
            else
                it->flags.append(flag);
        }
    return result;
}

QString discussedText(const FlagGroup &group)
{
    if (group.isDiscussed())
        return Tr::tr("yes, %1").arg(ReportTexts::date(group.flags.last().acknowledgement->discussedOn));
    if (group.undiscussedCount() < group.size())
        return Tr::tr("%1 of %2 not yet").arg(group.undiscussedCount()).arg(group.size());
    return Tr::tr("not yet");
}

// "5 flags (1 urgent, 4 contact the care team). None was discussed … share a line:"
QString flagCountsLine(const ReportSummary &summary)
{
    int byLevel[3] = {0, 0, 0};
    for (const AcknowledgedFlag &flag : summary.flags)
        ++byLevel[int(flag.flag.level())];
    QStringList counts;
    for (FlagLevel level : {FlagLevel::Urgent, FlagLevel::ContactTeam, FlagLevel::Watch})
        if (byLevel[int(level)] > 0)
            counts.append(Tr::tr("%1 %2").arg(byLevel[int(level)]).arg(levelWord(level)));
    const QString total =
        summary.flags.size() == 1 ? Tr::tr("1 flag") : Tr::tr("%1 flags").arg(summary.flags.size());
    const QString discussed =
        summary.undiscussedFlags == 0 ? Tr::tr("All were discussed with the care team.")
        : summary.undiscussedFlags == int(summary.flags.size())
            ? Tr::tr("None was discussed with the care team yet.")
            : Tr::tr("Not yet discussed with the care team: %1.").arg(summary.undiscussedFlags);
    return Tr::tr("%1 (%2). %3 Urgent first, then newest first; flags of one rule on one day "
                  "share a line:")
        .arg(total, counts.join(u", "), discussed);
}

// One line of the flags table: level, every date, what the diary shows, the numbers, discussed.
// `numbersElsewhere`: the urgent lines are folded by rule and their numbers are too many to print.
QList<TableCell> flagRow(const FlagGroup &group, bool numbersElsewhere)
{
    TableCell level(levelWord(group.level()));
    level.level = group.level();
    QStringList dates;
    for (const AcknowledgedFlag &flag : group.flags)
        if (dates.isEmpty() || dates.last() != ReportTexts::date(flag.flag.date))
            dates.append(ReportTexts::date(flag.flag.date));
    QStringList evidence; // each flag's numbers name their subject already
    if (numbersElsewhere && group.level() == FlagLevel::Urgent)
        evidence.append(Tr::tr("see the flags with their numbers"));
    else
        for (const AcknowledgedFlag &flag : group.flags)
            evidence.append(flag.flag.evidence);
    return {
        level,
        {dates.join(u", ")},
        {group.title(), group.level() == FlagLevel::Urgent ? TableCell::Tone::Bold : TableCell::Tone::Normal},
        {evidence.join(u"; ")},
        TableCell(discussedText(group),
                  group.isDiscussed() ? TableCell::Tone::Normal : TableCell::Tone::Bold)};
}

void addFlagsNotShown(ReportFlow &flow, const ReportOptions &options, int more)
{
    if (more <= 0)
        return;
    if (options.has(ReportSection::FlagDetails))
        flow.pageReference(
            Tr::tr("Flags not shown here (none of them urgent): %1. Every flag of the period is listed "
                   "with its numbers on page %2.")
                .arg(more)
                .arg(u"%1"_s),
            QString::fromLatin1(kFlagsAnchor));
    else
        flow.paragraph(Tr::tr("Flags not shown here (none of them urgent): %1.").arg(more),
                       flow.style().small, flow.style().muted, pt(2));
}

void addFlags(ReportFlow &flow, const ReportData &data, const ReportSummary &summary,
              const ReportOptions &options, int shown, int foldUrgent)
{
    const ReportStyle &style = flow.style();
    flow.subheading(Tr::tr("Flags in this period"));
    if (summary.flags.isEmpty()) {
        // What ran and that nothing matched; never that all is well.
        flow.paragraph(Tr::tr("No flags: the %1 checks ran over the %2 logged days of this period and none "
                              "matched. No flag does not mean all is well: the patient is asked to call the "
                              "care team whenever worried.")
                           .arg(kRuleCount)
                           .arg(summary.loggedDays),
                       style.body, style.ink);
        return;
    }
    flow.paragraph(flagCountsLine(summary), style.body, style.ink, 0, pt(3));
    const FlagLines lines = flagLines(summary);
    if (!lines.urgent.isEmpty())
        flow.paragraph(Tr::tr("Urgent means: emergency services first, then the care team. %1.")
                           .arg(UrgentAdvice::contactLine(UrgentAdvice::contactsOf(data.profile))),
                       style.bodyBold, style.ink, 0, pt(3));

    auto &table = flow.add<TableBlock>(
        style,
        QList<TableColumn>{{Tr::tr("Level"), mm(25)},
                           {Tr::tr("Date"), mm(19), Qt::AlignLeft, true}, // folded lines: every date
                           {Tr::tr("What the diary shows"), mm(48), Qt::AlignLeft, true},
                           {Tr::tr("The numbers"), mm(56), Qt::AlignLeft, true},
                           {Tr::tr("Discussed"), 0, Qt::AlignLeft, true}},
        flow.width());
    QList<FlagGroup> listed = foldUrgent == 0 ? lines.urgent : foldedUrgent(lines.urgent, foldUrgent == 2);
    listed.append(lines.others.mid(0, shown));
    int listedFlags = 0;
    for (const FlagGroup &group : std::as_const(listed)) {
        listedFlags += group.size();
        table.addRow(flagRow(group, foldUrgent == 2));
    }
    addFlagsNotShown(flow, options, int(summary.flags.size()) - listedFlags);
}

void addBaselineNote(ReportFlow &flow, const ReportData &data)
{
    const QString note = BaselineCheck::note(data.analysis);
    if (!note.isEmpty())
        flow.paragraph(note, flow.style().bodyBold, flow.style().ink, pt(4));
}

void addEventList(ReportFlow &flow, const ReportSummary &summary, const ReportOptions &options, int shown)
{
    const ReportStyle &style = flow.style();
    flow.subheading(Tr::tr("Treatment events in this period"));
    if (summary.events.isEmpty()) {
        flow.paragraph(Tr::tr("No treatment events were recorded in this period."), style.body, style.ink);
        return;
    }
    auto &table = flow.add<TableBlock>(style,
                                       QList<TableColumn>{{Tr::tr("Date"), mm(20)},
                                                          {Tr::tr("Event"), mm(36)},
                                                          {Tr::tr("Details"), 0, Qt::AlignLeft, true}},
                                       flow.width());
    const qsizetype first = std::max<qsizetype>(0, summary.events.size() - shown);
    for (qsizetype i = first; i < summary.events.size(); ++i) {
        const TreatmentEvent &event = summary.events[i];
        QString details = event.name.trimmed();
        if (!event.note.trimmed().isEmpty())
            details = details.isEmpty() ? event.note.trimmed()
                                        : Tr::tr("%1 (%2)").arg(details, event.note.trimmed());
        table.addRow({{ReportTexts::date(event.date)}, {eventKindTitle(event.kind)}, {details}});
    }
    if (first > 0) {
        if (options.has(ReportSection::Events))
            flow.pageReference(
                Tr::tr("Earlier events of the period not shown here: %1. All are listed on page %2.")
                    .arg(first)
                    .arg(u"%1"_s),
                QString::fromLatin1(kEventsAnchor));
        else
            flow.paragraph(Tr::tr("Earlier events of the period not shown here: %1.").arg(first), style.small,
                           style.muted, pt(2));
    }
}

void addSummaryWith(ReportFlow &flow, const ReportData &data, const ReportSummary &summary,
                    const ReportOptions &options, ListLengths lengths)
{
    addTitleAndFacts(flow, data, summary);
    addFlags(flow, data, summary, options, lengths.flags, lengths.foldUrgent);
    addBaselineNote(flow, data);
    addFigures(flow, summary);
    if (lengths.regions)
        addRegions(flow, summary);
    addEventList(flow, summary, options, lengths.events);
}

} // namespace

void addRegions(ReportFlow &flow, const ReportSummary &summary)
{
    const ReportStyle &style = flow.style();
    flow.subheading(Tr::tr("Where symptoms are marked"));
    const QString baselineTitle =
        summary.baseline ? Tr::tr("Baseline days (%1)")
                               .arg(ReportTexts::period(summary.baseline->first, summary.baseline->last))
                         : Tr::tr("Baseline days");
    const QString recentTitle =
        Tr::tr("Last 7 days of the period (%1)").arg(ReportTexts::period(summary.recentFrom(), summary.to));
    flow.add<BodyMapBlock>(style, flow.width(), baselineTitle, summary.baselineRegions, recentTitle,
                           summary.recentRegions);
    const RegionSet added = summary.newRegions();
    QString text;
    if (!added.isEmpty()) {
        QStringList names;
        for (const Region &region : added.regions())
            names.append(subjectTitle(region.code()));
        text = Tr::tr("Newly marked since the baseline: %1.").arg(names.join(u", "));
    } else if (summary.recentRegions.isEmpty()) {
        text = Tr::tr("No places were marked in the last 7 days of the period.");
    } else {
        text = Tr::tr("No place is newly marked since the baseline.");
    }
    flow.paragraph(text, added.isEmpty() ? style.body : style.bodyBold, style.ink, pt(3));
}

bool addSummary(ReportFlow &flow, const ReportData &data, const ReportSummary &summary,
                const ReportOptions &options)
{
    // Page 1 is one page: when long flag texts or many new places take the room, list
    // fewer events, then fewer flags (the rest are on the detail pages).
    ListLengths lengths;
    for (;;) {
        ReportFlow trial(flow.sharedStyle(), flow.geometry(), flow.anchors());
        addSummaryWith(trial, data, summary, options, lengths);
        if (trial.flowHeight() <= flow.pageBodyHeight())
            break;
        // Urgent lines are never dropped: first fewer events, then fewer other flags, then no
        // events, then no body map, then no other flags, then the urgent lines folded per sign.
        if (lengths.events > kFewestEvents)
            --lengths.events;
        else if (lengths.flags > kFewestFlags)
            --lengths.flags;
        else if (lengths.events > 0)
            --lengths.events; // the last dose is in the treatment line; every event is on a later page
        else if (lengths.regions)
            lengths.regions = false;
        else if (lengths.flags > 0)
            --lengths.flags;
        else if (lengths.foldUrgent < 2)
            ++lengths.foldUrgent;
        else
            break;
    }
    addSummaryWith(flow, data, summary, options, lengths);
    return lengths.regions;
}

void addNoEntries(ReportFlow &flow, const ReportData &data, const ReportSummary &summary)
{
    const ReportStyle &style = flow.style();
    addTitleAndFacts(flow, data, summary);
    flow.paragraph(Tr::tr("There are no diary entries in this period."), style.heading, style.ink, pt(24),
                   pt(4));
    QString hint = Tr::tr("Nothing was logged from %1 to %2, so there is nothing to summarise or chart.")
                       .arg(ReportTexts::date(summary.from), ReportTexts::date(summary.to));
    if (data.firstDay && data.lastDay)
        hint += u' ' + Tr::tr("The diary has entries from %1 to %2.")
                           .arg(ReportTexts::date(*data.firstDay), ReportTexts::date(*data.lastDay));
    flow.paragraph(hint, style.body, style.ink);
}

} // namespace nd::ReportSections
