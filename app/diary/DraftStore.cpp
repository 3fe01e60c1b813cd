#include "DraftStore.h"

#include "io/DiaryCsvFormat.h"
#include "util/PrivateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace nd {

using namespace Qt::StringLiterals;

namespace {
constexpr int kDraftVersion = 1;
}

DraftStore::DraftStore(const QString &diaryPath, const QString &folder)
    : m_diaryPath(QFileInfo(diaryPath).absoluteFilePath())
{
    const QString base =
        folder.isEmpty()
            ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"drafts"_s)
            : folder;
    // The diary's path names its draft without putting the path in a file name.
    const QByteArray key =
        QCryptographicHash::hash(m_diaryPath.toUtf8(), QCryptographicHash::Sha256).toHex().left(20);
    m_filePath = QDir(base).filePath(u"draft-%1.json"_s.arg(QString::fromLatin1(key)));
}

bool DraftStore::save(const Entry &entry)
{
    QJsonObject values;
    const QStringList columns = DiaryCsvFormat::entryColumns();
    const QStringList row = DiaryCsvFormat::entryRow(entry);
    for (int i = 0; i < columns.size(); ++i)
        values.insert(columns[i], row.value(i));
    QJsonObject root;
    root.insert(u"version"_s, kDraftVersion);
    root.insert(u"diary"_s, m_diaryPath);
    root.insert(u"entry"_s, values);

    if (!PrivateFiles::ensureFolder(QFileInfo(m_filePath).absolutePath(), &m_error))
        return false;
    return PrivateFiles::writeAtomically(m_filePath, QJsonDocument(root).toJson(QJsonDocument::Indented),
                                         &m_error);
}

std::optional<Entry> DraftStore::load() const
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(u"version"_s).toInt() != kDraftVersion || root.value(u"diary"_s).toString() != m_diaryPath)
        return std::nullopt;
    const QJsonObject values = root.value(u"entry"_s).toObject();
    Entry entry;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!DiaryCsvFormat::readEntryCell(entry, it.key(), it.value().toString()).isEmpty())
            return std::nullopt;
    }
    if (!entry.date().isValid())
        return std::nullopt;
    return entry;
}

bool DraftStore::discard()
{
    if (!QFile::exists(m_filePath))
        return true;
    if (QFile::remove(m_filePath))
        return true;
    m_error = QFile(m_filePath).errorString();
    return false;
}

} // namespace nd
