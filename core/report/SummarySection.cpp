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

QString tr(const char *text)
{
    return QCoreApplication::translate("Report", text);
}

QString orNotRecorded(const QString &text)
{
    return text.trimmed().isEmpty() ? tr("not recorded") : text.trimmed();
}

QString baselineText(const ReportSummary &summary)
{
    if (!summary.baseline)
        return tr("none (the diary is empty)");
    const QString range = ReportTexts::period(summary.baseline->first, summary.baseline->last);
    return summary.defaultBaseline ? tr("%1 (the diary's first week)").arg(range)
                                   : tr("%1 (chosen by the patient)").arg(range);
}

void addTitleAndFacts(ReportFlow &flow, const ReportData &data, const ReportSummary &summary)
{
    const ReportStyle &style = flow.style();
    flow.paragraph(tr("Nerve symptom diary: report for the care team"), style.title, style.accent, 0, pt(2));
    flow.paragraph(tr("Kept by the patient at home. Scores and the grade are the patient's own ratings and "
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
                               ? tr("%1 of %2 days, %3 with a caregiver's entry")
                                     .arg(summary.loggedDays)
                                     .arg(periodDays)
                                     .arg(summary.caregiverDays)
                               : tr("%1 of %2 days").arg(summary.loggedDays).arg(periodDays);
    const TableCell::Tone muted = TableCell::Tone::Muted;
    facts.addRow({{tr("Patient"), muted},
                  {orNotRecorded(data.profile.patientName), TableCell::Tone::Bold},
                  {tr("Treatment"), muted},
                  {ReportTexts::treatmentTitle(data.profile.treatment)}});
    facts.addRow({{tr("Period"), muted},
                  {ReportTexts::period(summary.from, summary.to), TableCell::Tone::Bold},
                  {tr("Care team"), muted},
                  {orNotRecorded(data.profile.careTeamPhone)}});
    facts.addRow({{tr("Logged"), muted}, {logged}, {tr("Baseline"), muted}, {baselineText(summary)}});
}

FigureCard limbCard(const QString &title, const LimbChange &limb)
{
    FigureCard card;
    card.title = title;
    if (limb.recentMean) {
        card.figure = ReportTexts::mean(*limb.recentMean);
        card.unit = tr("of 10");
        card.lines.append(tr("mean of the last 7 days (days scored: %1)").arg(limb.recentDays));
    } else {
        card.figure = u"\u2013"_s;
        card.lines.append(tr("no scores in the last 7 days"));
    }
    if (limb.baselineMean) {
        QString line = tr("baseline %1").arg(ReportTexts::mean(*limb.baselineMean));
        if (const auto change = limb.change())
            line = tr("%1, change %2").arg(line, ReportTexts::signedChange(*change));
        card.lines.append(line);
    } else {
        card.lines.append(tr("no baseline scores"));
    }
    return card;
}

void addFigures(ReportFlow &flow, const ReportSummary &summary)
{
    FigureCard grade;
    grade.title = GradeEstimate::label();
    grade.figure = summary.gradeNow ? QString::number(*summary.gradeNow) : u"\u2013"_s;
    grade.unit = summary.gradeNow ? tr("of 3") : QString();
    grade.lines.append(summary.gradeNow ? tr("highest in the last 7 days")
                                        : tr("nothing rated in the last 7 days"));
    grade.lines.append(summary.gradeAtBaseline ? tr("baseline %1").arg(*summary.gradeAtBaseline)
                                               : tr("nothing rated at the baseline"));

    FigureCard falls;
    falls.title = tr("Falls in the period");
    falls.figure = QString::number(summary.falls);
    falls.lines.append(tr("days with a fall: %1").arg(summary.fallDays));
    falls.lines.append(tr("near falls: %1").arg(summary.nearFalls));

    auto &cards = flow.add<FigureCardsBlock>(flow.style(),
                                             QList<FigureCard>{grade, limbCard(tr("Hands"), summary.hands),
                                                               limbCard(tr("Feet"), summary.feet), falls},
                                             flow.width());
    cards.spaceBefore = pt(10);
}

void addFlags(ReportFlow &flow, const ReportSummary &summary, const ReportOptions &options, int shown)
{
    const ReportStyle &style = flow.style();
    flow.subheading(tr("Flags in this period"));
    if (summary.flags.isEmpty()) {
        flow.paragraph(tr("No flags: nothing in this period matched what the care team asks to hear about."),
                       style.body, style.ink);
        return;
    }
    int byLevel[3] = {0, 0, 0};
    for (const AcknowledgedFlag &flag : summary.flags)
        ++byLevel[int(flag.flag.level())];
    QStringList counts;
    for (FlagLevel level : {FlagLevel::Urgent, FlagLevel::ContactTeam, FlagLevel::Watch})
        if (byLevel[int(level)] > 0)
            counts.append(tr("%1 %2").arg(byLevel[int(level)]).arg(levelWord(level)));
    const QString total = summary.flags.size() == 1 ? tr("1 flag") : tr("%1 flags").arg(summary.flags.size());
    const QString discussed =
        summary.undiscussedFlags == 0 ? tr("All were discussed with the care team.")
        : summary.undiscussedFlags == int(summary.flags.size())
            ? tr("None was discussed with the care team yet.")
            : tr("Not yet discussed with the care team: %1.").arg(summary.undiscussedFlags);
    flow.paragraph(tr("%1 (%2). %3 Newest first:").arg(total, counts.join(u", "), discussed), style.body,
                   style.ink, 0, pt(3));

    auto &table =
        flow.add<TableBlock>(style,
                             QList<TableColumn>{{tr("Level"), mm(25)},
                                                {tr("Date"), mm(18)},
                                                {tr("What the diary shows"), mm(48), Qt::AlignLeft, true},
                                                {tr("The numbers"), mm(56), Qt::AlignLeft, true},
                                                {tr("Discussed"), 0, Qt::AlignLeft, true}},
                             flow.width());
    for (qsizetype i = 0; i < summary.flags.size() && i < shown; ++i) {
        const AcknowledgedFlag &item = summary.flags[i];
        TableCell level(levelWord(item.flag.level()));
        level.level = item.flag.level();
        const TableCell discussed =
            item.isDiscussed()
                ? TableCell(tr("yes, %1").arg(ReportTexts::date(item.acknowledgement->discussedOn)))
                : TableCell(tr("not yet"), TableCell::Tone::Bold);
        table.addRow({level,
                      {ReportTexts::date(item.flag.date)},
                      {ReportTexts::flagTitle(item.flag, false)},
                      {item.flag.evidence},
                      discussed});
    }
    const int more = int(summary.flags.size()) - shown;
    if (more > 0) {
        if (options.has(ReportSection::FlagDetails))
            flow.pageReference(tr("Earlier flags not shown here: %1. Every flag of the period is listed with "
                                  "its numbers on page %2.")
                                   .arg(more)
                                   .arg(u"%1"_s),
                               QString::fromLatin1(kFlagsAnchor));
        else
            flow.paragraph(tr("Earlier flags not shown here: %1.").arg(more), style.small, style.muted,
                           pt(2));
    }
}

void addRegions(ReportFlow &flow, const ReportSummary &summary)
{
    const ReportStyle &style = flow.style();
    flow.subheading(tr("Where symptoms are marked"));
    const QString baselineTitle =
        summary.baseline ? tr("Baseline days (%1)")
                               .arg(ReportTexts::period(summary.baseline->first, summary.baseline->last))
                         : tr("Baseline days");
    const QString recentTitle =
        tr("Last 7 days of the period (%1)").arg(ReportTexts::period(summary.recentFrom(), summary.to));
    flow.add<BodyMapBlock>(style, flow.width(), baselineTitle, summary.baselineRegions, recentTitle,
                           summary.recentRegions);
    const RegionSet added = summary.newRegions();
    QString text;
    if (!added.isEmpty()) {
        QStringList names;
        for (const Region &region : added.regions())
            names.append(subjectTitle(region.code()));
        text = tr("Newly marked since the baseline: %1.").arg(names.join(u", "));
    } else if (summary.recentRegions.isEmpty()) {
        text = tr("No places were marked in the last 7 days of the period.");
    } else {
        text = tr("No place is newly marked since the baseline.");
    }
    flow.paragraph(text, added.isEmpty() ? style.body : style.bodyBold, style.ink, pt(3));
}

void addEventList(ReportFlow &flow, const ReportSummary &summary, const ReportOptions &options, int shown)
{
    const ReportStyle &style = flow.style();
    flow.subheading(tr("Treatment events in this period"));
    if (summary.events.isEmpty()) {
        flow.paragraph(tr("No treatment events were recorded in this period."), style.body, style.ink);
        return;
    }
    auto &table = flow.add<TableBlock>(style,
                                       QList<TableColumn>{{tr("Date"), mm(20)},
                                                          {tr("Event"), mm(36)},
                                                          {tr("Details"), 0, Qt::AlignLeft, true}},
                                       flow.width());
    const qsizetype first = std::max<qsizetype>(0, summary.events.size() - shown);
    for (qsizetype i = first; i < summary.events.size(); ++i) {
        const TreatmentEvent &event = summary.events[i];
        QString details = event.name.trimmed();
        if (!event.note.trimmed().isEmpty())
            details =
                details.isEmpty() ? event.note.trimmed() : tr("%1 (%2)").arg(details, event.note.trimmed());
        table.addRow({{ReportTexts::date(event.date)}, {eventKindTitle(event.kind)}, {details}});
    }
    if (first > 0) {
        if (options.has(ReportSection::Events))
            flow.pageReference(
                tr("Earlier events of the period not shown here: %1. All are listed on page %2.")
                    .arg(first)
                    .arg(u"%1"_s),
                QString::fromLatin1(kEventsAnchor));
        else
            flow.paragraph(tr("Earlier events of the period not shown here: %1.").arg(first), style.small,
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
    flow.paragraph(tr("There are no diary entries in this period."), style.heading, style.ink, pt(24), pt(4));
    QString hint = tr("Nothing was logged from %1 to %2, so there is nothing to summarise or chart.")
                       .arg(ReportTexts::date(summary.from), ReportTexts::date(summary.to));
    if (data.firstDay && data.lastDay)
        hint += u' ' + tr("The diary has entries from %1 to %2.")
                           .arg(ReportTexts::date(*data.firstDay), ReportTexts::date(*data.lastDay));
    flow.paragraph(hint, style.body, style.ink);
}

} // namespace nd::ReportSections
