#include "InsightBench.h"

#include "analysis/DiaryAnalysis.h"
#include "report/ReportBuilder.h"
#include "report/ReportPdf.h"
#include "storage/DiaryStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace nd::bench {

using namespace Qt::StringLiterals;

namespace {
double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace

Stats InsightBench::flags(const QString &diaryPath, int runs, QString *errorString)
{
    QList<double> samples;
    for (int run = 0; run < runs; ++run) {
        // A fresh connection each time: nothing of the diary is in SQLite's cache.
        Database db;
        if (!db.open(diaryPath, Database::OpenMode::MustExist)) {
            *errorString = db.errorString();
            return {};
        }
        DiaryStore store(db);
        QElapsedTimer timer;
        timer.start();
        DiaryAnalysis analysis;
        if (!DiaryAnalysis::load(store, &analysis)) {
            *errorString = store.errorString();
            return {};
        }
        samples.append(msSince(timer));
        if (analysis.flags.isEmpty()) {
            *errorString = u"the benchmark diary raised no flags"_s;
            return {};
        }
    }
    return Stats::of(samples);
}

Stats InsightBench::rules(const QString &diaryPath, int runs, QString *errorString)
{
    Database db;
    if (!db.open(diaryPath, Database::OpenMode::MustExist)) {
        *errorString = db.errorString();
        return {};
    }
    DiaryStore store(db);
    const QList<Entry> entries = store.entries();
    const std::optional<BaselinePeriod> baseline = store.baseline();
    const QList<FlagAcknowledgement> acknowledgements = store.acknowledgements();
    if (store.error().isError()) {
        *errorString = store.errorString();
        return {};
    }
    QList<double> samples;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const DiaryAnalysis analysis = DiaryAnalysis::compute(entries, baseline, acknowledgements);
        samples.append(msSince(timer));
        if (analysis.flags.isEmpty()) {
            *errorString = u"the benchmark diary raised no flags"_s;
            return {};
        }
    }
    return Stats::of(samples);
}

Stats InsightBench::pdf(const QString &diaryPath, const QString &scratch, int runs, QString *errorString)
{
    const QString out = QDir(scratch).filePath(u"report.pdf"_s);
    QList<double> samples;
    for (int run = 0; run < runs; ++run) {
        QFile::remove(out);
        Database db;
        if (!db.open(diaryPath, Database::OpenMode::MustExist)) {
            *errorString = db.errorString();
            return {};
        }
        DiaryStore store(db);
        QElapsedTimer timer;
        timer.start();
        ReportOptions options;
        const std::optional<QDate> first = store.firstEntryDate();
        const std::optional<QDate> last = store.lastEntryDate();
        if (!first || !last) {
            *errorString = u"the benchmark diary is empty"_s;
            return {};
        }
        options.from = *first;
        options.to = *last;
        options.generatedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0));
        ReportData data;
        if (!ReportData::load(store, options.from, options.to, &data)) {
            *errorString = store.errorString();
            return {};
        }
        const std::unique_ptr<ReportDocument> document = ReportBuilder::build(data, options);
        if (!ReportPdf::write(*document, out, errorString))
            return {};
        samples.append(msSince(timer));
    }
    return Stats::of(samples);
}

} // namespace nd::bench
