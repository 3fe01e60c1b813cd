// Page 2: what a neurologist reads after page 1: every warning sign with its dates,
// and each symptom on its own (six symptoms for hands and for feet, week by week).
#include "ReportSections.h"
#include "ReportTexts.h"
#include "TableBlock.h"
#include "model/ValueWords.h"

#include <QCoreApplication>

namespace nd::ReportSections {

using namespace ReportUnits;
using namespace Qt::StringLiterals;

namespace {

// The table's column titles; "Cold" alone, as the column is narrow.
QString symptomTitle(int symptom)
{
    return Symptom(symptom) == Symptom::Cold ? Tr::tr("Cold", "symptom: sensitivity to cold")
                                             : ValueWords::symptom(Symptom(symptom));
}

void addWarningSigns(ReportFlow &flow, const ReportSummary &summary)
{
    const ReportStyle &style = flow.style();
    flow.subheading(Tr::tr("Warning signs in this period"));
    if (summary.warningSigns.isEmpty()) {
        flow.paragraph(Tr::tr("None of the %1 warning signs the diary asks about was marked in this period.")
                           .arg(kWarningSignFields.size()),
                       style.body, style.ink);
        return;
    }
    flow.paragraph(
        Tr::tr("Every sign marked in the period, with the days it was marked. Each one was advised "
               "as an emergency: emergency services first, then the care team."),
        style.small, style.muted, 0, pt(3));
    auto &table = flow.add<TableBlock>(style,
                                       QList<TableColumn>{{Tr::tr("Sign"), mm(46), Qt::AlignLeft, true},
                                                          {Tr::tr("Days"), mm(12), Qt::AlignHCenter},
                                                          {Tr::tr("Dates"), 0, Qt::AlignLeft, true}},
                                       flow.width());
    for (const WarningSignDays &sign : summary.warningSigns) {
        TableCell name(subjectTitle(QString(fieldSpec(sign.sign).name)), TableCell::Tone::Bold);
        name.level = FlagLevel::Urgent;
        table.addRow({name, {QString::number(sign.days.size())}, {ReportTexts::dayRuns(sign.days)}});
    }
}

void addSymptomTable(ReportFlow &flow, const SymptomWeeks &limb)
{
    const ReportStyle &style = flow.style();
    flow.subheading(limb.limb == Limb::Hands ? Tr::tr("Hands: each symptom, week by week")
                                             : Tr::tr("Feet: each symptom, week by week"));
    QList<TableColumn> columns{{Tr::tr("Week"), mm(46), Qt::AlignLeft, true}};
    for (int s = 0; s < SymptomWeeks::kSymptoms; ++s)
        columns.append({symptomTitle(s), s + 1 < SymptomWeeks::kSymptoms ? mm(21) : 0, Qt::AlignHCenter});
    auto &table = flow.add<TableBlock>(style, columns, flow.width());
    for (const SymptomWeeks::Week &week : limb.weeks) {
        QList<TableCell> cells{{ReportTexts::period(week.from, week.to)}};
        for (const std::optional<double> &mean : week.mean)
            cells.append(TableCell(mean ? ReportTexts::mean(*mean) : u"\u2013"_s));
        table.addRow(cells);
    }
    QList<TableCell> worst{{Tr::tr("Worst day of the period"), TableCell::Tone::Bold}};
    for (const std::optional<int> &value : limb.worst)
        worst.append(TableCell(value ? QString::number(*value) : u"\u2013"_s, TableCell::Tone::Bold));
    table.addRow(worst, true);
}

} // namespace

void addClinicalDetail(ReportFlow &flow, const ReportSummary &summary)
{
    const ReportStyle &style = flow.style();
    flow.heading(Tr::tr("Warning signs and each symptom"), true);
    addWarningSigns(flow, summary);
    flow.paragraph(Tr::tr("Scores 0–10 as rated by the patient (the day's highest over patient and caregiver "
                          "entries). Each week's mean over its rated days; a dash: not rated that week. "
                          "Weakness is rated on its own and is not part of the limb score."),
                   style.small, style.muted, pt(8), pt(2));
    for (const SymptomWeeks &limb : summary.symptoms)
        addSymptomTable(flow, limb);
}

} // namespace nd::ReportSections
