#include "ReportPdf.h"

#include "util/PrivateFiles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>

namespace nd::ReportPdf {

namespace {
// Texts of this file, translated in the context "Report". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};
} // namespace

QByteArray render(const ReportDocument &document, const ReportDocument::Progress &progress)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(int(ReportUnits::kPerInch));
        writer.setPageLayout(QPageLayout(QPageSize(document.geometry().pageSizeId), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0)));
        writer.setTitle(Tr::tr("Nerve symptom diary report"));
        writer.setCreator(QStringLiteral("NerveDiary"));
        if (!document.paint(writer, progress))
            return {};
    }
    buffer.close();
    return bytes;
}

bool checkWritable(const QString &path, QString *errorString)
{
    const QFileInfo file(path);
    if (path.trimmed().isEmpty()) {
        *errorString = Tr::tr("No file name was given for the report.");
        return false;
    }
    if (file.isDir()) {
        *errorString = Tr::tr("%1 is a folder; give a file name for the report.").arg(path);
        return false;
    }
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir()) {
        *errorString = Tr::tr("The folder %1 does not exist.").arg(folder.filePath());
        return false;
    }
    if (!folder.isWritable() || (file.exists() && !file.isWritable())) {
        *errorString = Tr::tr("%1 cannot be written: permission denied.").arg(path);
        return false;
    }
    return true;
}

bool write(const ReportDocument &document, const QString &path, QString *errorString,
           const ReportDocument::Progress &progress)
{
    if (!checkWritable(path, errorString))
        return false;
    const QByteArray pdf = render(document, progress);
    if (pdf.isEmpty()) {
        *errorString = Tr::tr("The report was not written: it was cancelled.");
        return false;
    }
    return PrivateFiles::writeAtomically(path, pdf, errorString);
}

} // namespace nd::ReportPdf
