#pragma once

#include "ReportDocument.h"

#include <QByteArray>
#include <QString>

namespace nd {

// Turns a laid-out report into a PDF: real, selectable text with the fonts embedded,
// vector charts, one sheet per page at the document's paper size.
namespace ReportPdf {

// The PDF's bytes, or an empty array when `progress` asked to stop.
QByteArray render(const ReportDocument &document, const ReportDocument::Progress &progress = {});

// Says in one sentence why `path` cannot be written (missing folder, no permission,
// a folder in the way), before any time is spent painting.
bool checkWritable(const QString &path, QString *errorString);

// Writes the PDF atomically and user-only (it holds health data).
bool write(const ReportDocument &document, const QString &path, QString *errorString,
           const ReportDocument::Progress &progress = {});

} // namespace ReportPdf
} // namespace nd
