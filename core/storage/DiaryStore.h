#pragma once

#include "Database.h"
#include "model/DiaryProfile.h"
#include "model/Entry.h"
#include "model/TreatmentEvent.h"

#include <QList>

#include <functional>
#include <optional>

namespace nd {

// The diary's repository: every statement that reads or writes entries, events,
// the baseline, the profile and flag acknowledgements lives here.
//
// Writes are durable when they return true (one transaction, synchronous=FULL).
// On failure a method returns false (or an empty value); error() says what kind of
// failure it was and errorString() says why;
// nothing is half-written.
class DiaryStore
{
public:
    explicit DiaryStore(Database &db) : m_db(db) {}

    const DbError &error() const { return m_db.error(); }
    QString errorString() const { return m_db.errorString(); }
    Database &database() { return m_db; }

    // Runs `work` in one transaction; rolled back when it returns false. Joins the
    // caller's transaction when called inside another.
    bool inTransaction(const std::function<bool()> &work);

    // --- entries (one per date and author) ---
    bool saveEntry(const Entry &entry); // inserts or replaces
    // Saves many entries (inserts or replaces) in one transaction, all with the same
    // "last saved" time: an import or a generated diary. `progress` hears how many are
    // done every 256 entries. Nothing is saved when one entry is invalid.
    // With InsertOnly an entry already stored for the same date and author is an error
    // (kind Invalid) and nothing is saved: an import that must not replace anything.
    enum class SaveMode { InsertOrReplace, InsertOnly };
    bool saveEntries(const QList<Entry> &entries, const std::function<void(qsizetype done)> &progress = {},
                     SaveMode mode = SaveMode::InsertOrReplace);
    std::optional<Entry> entry(QDate date, Author author);
    // Sorted by date, patient before caregiver. Null dates mean "no limit".
    QList<Entry> entries(QDate from = {}, QDate to = {});
    // The entries saved at or after `time` (UTC), sorted like entries(): what changed since
    // a moment lastSavedAt() gave, read through the index on saved_at.
    QList<Entry> entriesSavedSince(const QDateTime &time);
    bool removeEntry(QDate date, Author author);
    // The date and author of every entry, unsorted (an import looks for conflicts here).
    QList<std::pair<QDate, Author>> entryKeys();
    int entryCount();
    std::optional<QDate> firstEntryDate();
    std::optional<QDate> lastEntryDate();
    // When the diary was last changed (UTC), or invalid for an empty diary.
    QDateTime lastSavedAt();

    // --- treatment events ---
    QList<TreatmentEvent> events(QDate from = {}, QDate to = {}); // sorted by date, then id
    qint64 addEvent(const TreatmentEvent &event);                 // returns the new id, 0 on failure
    bool updateEvent(const TreatmentEvent &event);
    bool removeEvent(qint64 id);

    // --- baseline ---
    std::optional<BaselinePeriod> baseline();
    bool setBaseline(const BaselinePeriod &period);
    bool clearBaseline();

    // --- profile ---
    DiaryProfile profile();
    bool setProfile(const DiaryProfile &profile);

    // --- flag acknowledgements ---
    QList<FlagAcknowledgement> acknowledgements();
    bool acknowledge(const FlagAcknowledgement &ack); // inserts or replaces
    bool removeAcknowledgement(QDate flagDate, const QString &rule, const QString &subject);

private:
    bool writeEntry(const Entry &entry);
    bool checkEntry(const Entry &entry);
    bool runWrite(const char *sql, const std::function<void(Statement &)> &bind, const QString &what);
    std::optional<QDate> singleDate(const char *sql);
    QList<Entry> readEntries(Statement &statement); // every row, then resets it

    Database &m_db;
};

} // namespace nd
