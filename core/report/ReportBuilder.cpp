#include "ReportBuilder.h"

#include "ReportFlow.h"
#include "ReportSections.h"
#include "ReportSummary.h"
#include "ReportTexts.h"
#include "guide/SelfCareGuide.h"

#include <QCoreApplication>

namespace nd::ReportBuilder {

namespace {

// Texts of this file, translated in the context "Report". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

ReportFrame frameFor(const ReportData &data, const ReportOptions &options)
{
    ReportFrame frame;
    const QString name = data.profile.patientName.trimmed();
    frame.title =
        name.isEmpty() ? Tr::tr("Nerve symptom diary") : Tr::tr("Nerve symptom diary: %1").arg(name);
    frame.period = Tr::tr("Period %1").arg(ReportTexts::period(options.from, options.to));
    frame.statement = SelfCareGuide::notADiagnosis();
    const QDateTime at = options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTime();
    frame.generated =
        Tr::tr("Made on %1 with NerveDiary %2")
            .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), QCoreApplication::applicationVersion());
    return frame;
}

} // namespace

std::unique_ptr<ReportDocument> build(const ReportData &data, const ReportOptions &options)
{
    auto style = std::make_shared<const ReportStyle>();
    ReportFlow flow(style, PageGeometry::forPage(options.pageSize));
    const ReportSummary summary = ReportSummary::compute(data, options.from, options.to);

    if (summary.loggedDays == 0) {
        ReportSections::addNoEntries(flow, data, summary);
        return flow.finish(frameFor(data, options));
    }
    if (options.has(ReportSection::Summary)) {
        const bool mapOnPageOne = ReportSections::addSummary(flow, data, summary, options);
        ReportSections::addClinicalDetail(flow, summary);
        if (!mapOnPageOne) // a busy page 1 leaves it out; it is never dropped
            ReportSections::addRegions(flow, summary);
    }
    if (options.has(ReportSection::Charts))
        ReportSections::addCharts(flow, data);
    if (options.has(ReportSection::DailyTable))
        ReportSections::addDailyTable(flow, data, options);
    if (options.has(ReportSection::Events))
        ReportSections::addEvents(flow, data);
    if (options.has(ReportSection::Notes))
        ReportSections::addNotes(flow, data);
    if (options.has(ReportSection::FlagDetails))
        ReportSections::addFlagDetails(flow, summary);
    return flow.finish(frameFor(data, options));
}

} // namespace nd::ReportBuilder
