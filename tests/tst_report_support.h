#pragma once

// Reading a report back as a reader would: poppler's pdftotext in "raw" mode gives the
// text in the order it was painted, so a table row reads as one run of words.

#include "demo/DemoDiary.h"
#include "report/ReportBuilder.h"
#include "report/ReportData.h"
#include "report/ReportPdf.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

namespace nd::test {

inline bool havePdfToText()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

// The text of every page of a PDF file, one string per page.
inline QStringList pdfPages(const QString &pdfPath)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                                QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// Runs of white space (line breaks from wrapping included) as one space.
inline QString flattened(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).replace(space, QStringLiteral(" "));
}

// A demo diary of `days` days ending on `lastDay`, as report data for a period.
inline ReportData demoReportData(int days, QDate lastDay, QDate from, QDate to)
{
    DemoOptions options;
    options.days = days;
    options.lastDay = lastDay;
    const DemoDiary demo = generateDemoDiary(options);
    return ReportData::compute(demo.entries, demo.events, demo.profile, std::nullopt, {}, from, to);
}

// Renders `data` with `options` into `dir` and returns the file's path (empty on failure).
inline QString writeReport(const ReportData &data, const ReportOptions &options, const QTemporaryDir &dir,
                           const QString &name = QStringLiteral("report.pdf"), int *pageCount = nullptr)
{
    const auto document = ReportBuilder::build(data, options);
    if (pageCount)
        *pageCount = document->pageCount();
    const QString path = dir.filePath(name);
    QString error;
    return ReportPdf::write(*document, path, &error) ? path : QString();
}

} // namespace nd::test
