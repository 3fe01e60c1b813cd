// Page 1: what the care team should see in two minutes.
#include "BodyMapBlock.h"
#include "FigureCardsBlock.h"
#include "ReportSections.h"
#include "ReportTexts.h"
#include "TableBlock.h"
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
constexpr int kFewestFlags = 3;
constexpr int kFewestEvents = 2;

struct ListLengths
{
    int flags = kSummaryFlags;
    int events = kSummaryEvents;
};

// Texts of this file, translated in the context "Report". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
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

void addTitleAndFacts(ReportFlow &flow, const ReportData &data, const ReportSummary &summary)
{
    const ReportStyle &style = flow.style();
    flow.paragraph(Tr::tr("Nerve symptom diary: report for the care team"), style.title, style.accent, 0,
                   pt(2));
    flow.paragraph(
        Tr::tr("Kept by the patient at home. Scores and the grade are the patient's own ratings and "
               "estimates."),
        style.small, style.muted, 0, pt(8));

    const qreal key = mm(24);
    const qreal half = flow.width() / 2;
    auto &facts = flow.add<TableBlock>(style,
                                       QList<TableColumn>{{QString(), key, Qt::AlignLeft, false},
                                                          {QString(), half - key, Qt::AlignLeft, true},
                                                          {QString(), key, Qt::AlignLeft, false},
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
    facts.addRow({{Tr::tr("Patient"), muted},
                  {orNotRecorded(data.profile.patientName), TableCell::Tone::Bold},
                  {Tr::tr("Treatment"), muted},
                  {ReportTexts::treatmentTitle(data.profile.treatment)}});
    facts.addRow({{Tr::tr("Period"), muted},
                  {ReportTexts::period(summary.from, summary.to), TableCell::Tone::Bold},
                  {Tr::tr("Care team"), muted},
                  {orNotRecorded(data.profile.careTeamPhone)}});
    facts.addRow({{Tr::tr("Logged"), muted}, {logged}, {Tr::tr("Baseline"), muted}, {baselineText(summary)}});
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

void addFlags(ReportFlow &flow, const ReportSummary &summary, const ReportOptions &options, int shown)
{
    const ReportStyle &style = flow.style();
    flow.subheading(Tr::tr("Flags in this period"));
    if (summary.flags.isEmpty()) {
        flow.paragraph(
            Tr::tr("No flags: nothing in this period matched what the care team asks to hear about."),
            style.body, style.ink);
        return;
    }
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
    flow.paragraph(Tr::tr("%1 (%2). %3 Newest first:").arg(total, counts.join(u", "), discussed), style.body,
                   style.ink, 0, pt(3));

    auto &table =
        flow.add<TableBlock>(style,
                             QList<TableColumn>{{Tr::tr("Level"), mm(25)},
                                                {Tr::tr("Date"), mm(18)},
                                                {Tr::tr("What the diary shows"), mm(48), Qt::AlignLeft, true},
                                                {Tr::tr("The numbers"), mm(56), Qt::AlignLeft, true},
                                                {Tr::tr("Discussed"), 0, Qt::AlignLeft, true}},
                             flow.width());
    for (qsizetype i = 0; i < summary.flags.size() && i < shown; ++i) {
        const AcknowledgedFlag &item = summary.flags[i];
        TableCell level(levelWord(item.flag.level()));
        level.level = item.flag.level();
        const TableCell discussed =
            item.isDiscussed()
                ? TableCell(Tr::tr("yes, %1").arg(ReportTexts::date(item.acknowledgement->discussedOn)))
                : TableCell(Tr::tr("not yet"), TableCell::Tone::Bold);
        table.addRow({level,
                      {ReportTexts::date(item.flag.date)},
                      {ReportTexts::flagTitle(item.flag, false)},
                      {item.flag.evidence},
                      discussed});
    }
    const int more = int(summary.flags.size()) - shown;
    if (more > 0) {
        if (options.has(ReportSection::FlagDetails))
            flow.pageReference(
                Tr::tr("Earlier flags not shown here: %1. Every flag of the period is listed with "
                       "its numbers on page %2.")
                    .arg(more)
                    .arg(u"%1"_s),
                QString::fromLatin1(kFlagsAnchor));
        else
            flow.paragraph(Tr::tr("Earlier flags not shown here: %1.").arg(more), style.small, style.muted,
                           pt(2));
    }
}

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
    addFigures(flow, summary);
    addFlags(flow, summary, options, lengths.flags);
    addRegions(flow, summary);
    addEventList(flow, summary, options, lengths.events);
}

} // namespace

void addSummary(ReportFlow &flow, const ReportData &data, const ReportSummary &summary,
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
        if (lengths.events > kFewestEvents)
            --lengths.events;
        else if (lengths.flags > kFewestFlags)
            --lengths.flags;
        else
            break;
    }
    addSummaryWith(flow, data, summary, options, lengths);
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
