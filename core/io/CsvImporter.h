#pragma once

#include "model/Entry.h"
#include "model/TreatmentEvent.h"
#include "storage/DbError.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace nd {

class DiaryStore;

// What to do with an imported entry whose date and author are already in the diary.
enum class ConflictPolicy { Fail, Skip, Replace };

// One problem with the input, printed as FILE:LINE: column NAME: reason.
struct ImportProblem
{
    QString file;
    int line = 0; // 0: the file as a whole
    QString column;
    QString reason;

    QString toString() const;
};

struct ImportCounts
{
    int entriesAdded = 0;
    int entriesReplaced = 0;
    int entriesSkipped = 0;
    int eventsAdded = 0;
    int eventsReplaced = 0;
    int eventsSkipped = 0;
};

// Imports diary CSV files all-or-nothing. read() parses and validates everything and
// collects every problem; apply() writes in one transaction, or writes nothing when
// there are conflicts (policy Fail) or the database refuses.
class CsvImporter
{
public:
    using Progress = std::function<void(int done, int total)>;

    bool read(const QString &entriesPath, const QString &eventsPath = {});
    bool readEntries(const QString &displayName, const QByteArray &contents);
    bool readEvents(const QString &displayName, const QByteArray &contents);

    // Call only when problems() is empty. Returns false on conflicts (see problems())
    // or a database error (see error()).
    bool apply(DiaryStore &store, ConflictPolicy policy, const Progress &progress = {});

    const QList<ImportProblem> &problems() const { return m_problems; }
    const DbError &error() const { return m_dbError; }
    const ImportCounts &counts() const { return m_counts; }
    const QList<Entry> &entries() const { return m_entries; }
    const QList<TreatmentEvent> &events() const { return m_events; }

private:
    struct Located
    {
        QString file;
        int line;
    };
    // What the diary holds already, read inside apply()'s transaction.
    struct Stored
    {
        QList<bool> entryExists;         // for each read entry: the diary has one for its day and author
        QHash<QString, qint64> eventIds; // the first stored event with each date, kind and name
    };
    bool readFile(const QString &path, QByteArray *contents);
    bool readStored(DiaryStore &store, Stored *stored) const;
    bool fileConflicts(const Stored &stored); // files each conflict as a problem; true when any
    bool writeEntries(DiaryStore &store, ConflictPolicy policy, const Stored &stored,
                      const Progress &progress, int total);
    bool writeEvents(DiaryStore &store, ConflictPolicy policy, const Stored &stored);

    QList<Entry> m_entries;
    QList<Located> m_entryLines;
    QList<TreatmentEvent> m_events;
    QList<Located> m_eventLines;
    QList<ImportProblem> m_problems;
    DbError m_dbError;
    ImportCounts m_counts;
};

} // namespace nd
