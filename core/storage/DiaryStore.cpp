#include "DiaryStore.h"

#include "Statement.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sqlite3.h>

namespace nd {

namespace {

using namespace Qt::StringLiterals;

// Texts of this file, translated in the context "DiaryStore". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DiaryStore)
};

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QDate dateFromIso(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

// The entry columns in catalogue order, built once from the field catalogue so the
// SQL can never disagree with the model: day, author, <fields…>, regions, note.
QByteArray entryColumnList()
{
    QByteArray columns = "day, author";
    for (const FieldSpec &spec : allFields())
        columns += ", " + QByteArray(spec.name.data(), spec.name.size());
    columns += ", regions, note";
    return columns;
}
constexpr int kRegionsColumn = 2 + kFieldCount;
constexpr int kNoteColumn = kRegionsColumn + 1;

QByteArray insertEntrySqlWith(const QByteArray &verb)
{
    QByteArray placeholders;
    for (int i = 0; i < kNoteColumn + 1; ++i)
        placeholders += "?, ";
    return verb + " INTO entry (" + entryColumnList() + ", saved_at) VALUES (" + placeholders + "?)";
}

const QByteArray &insertEntrySql()
{
    static const QByteArray sql = insertEntrySqlWith("INSERT OR REPLACE");
    return sql;
}

// Never replaces: an entry that is there already makes the statement fail (UNIQUE (day, author)).
const QByteArray &insertNewEntrySql()
{
    static const QByteArray sql = insertEntrySqlWith("INSERT");
    return sql;
}

const QByteArray &selectEntriesSql()
{
    static const QByteArray sql =
        "SELECT " + entryColumnList() + " FROM entry WHERE day BETWEEN ?1 AND ?2 ORDER BY day, author";
    return sql;
}

const QByteArray &selectEntriesSavedSinceSql()
{
    static const QByteArray sql =
        "SELECT " + entryColumnList() + " FROM entry WHERE saved_at >= ?1 ORDER BY day, author";
    return sql;
}

const QByteArray &selectEntrySql()
{
    static const QByteArray sql =
        "SELECT " + entryColumnList() + " FROM entry WHERE day = ?1 AND author = ?2";
    return sql;
}

Entry readEntry(const Statement &row)
{
    Entry entry(dateFromIso(row.text(0)), row.intValue(1) == 0 ? Author::Patient : Author::Caregiver);
    for (int i = 0; i < kFieldCount; ++i)
        entry.setValue(Field(i), row.optionalInt(2 + i));
    entry.setRegions(RegionSet::fromBits(quint32(row.intValue(kRegionsColumn))));
    entry.setNote(row.text(kNoteColumn));
    return entry;
}

// YYYY-MM-DD as UTF-8 without going through a QString (years 0–9999; others as Qt writes them).
QByteArray isoDateUtf8(QDate date)
{
    const int year = date.year();
    if (!date.isValid() || year < 0 || year > 9999)
        return isoDate(date).toUtf8();
    char text[10];
    const auto digits = [&](int at, int value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    digits(0, year, 4);
    text[4] = '-';
    digits(5, date.month(), 2);
    text[7] = '-';
    digits(8, date.day(), 2);
    return QByteArray(text, sizeof text);
}

// The values of an entry for insertEntrySql(), in its column order.
void bindEntry(Statement &s, const Entry &entry, QByteArrayView savedAt)
{
    s.bindUtf8(1, isoDateUtf8(entry.date()));
    s.bind(2, qint64(entry.author() == Author::Patient ? 0 : 1));
    for (int i = 0; i < kFieldCount; ++i)
        s.bind(3 + i, entry.value(Field(i)));
    s.bind(kRegionsColumn + 1, qint64(entry.regions().bits()));
    if (entry.note().isEmpty())
        s.bindUtf8(kNoteColumn + 1, QByteArrayView(""));
    else
        s.bind(kNoteColumn + 1, entry.note());
    s.bindUtf8(kNoteColumn + 2, savedAt);
}

// Open-ended ranges become the widest ISO strings, so one statement serves all.
QString lowerBound(QDate from)
{
    return from.isValid() ? isoDate(from) : u"0000-00-00"_s;
}
QString upperBound(QDate to)
{
    return to.isValid() ? isoDate(to) : u"9999-99-99"_s;
}

} // namespace

bool DiaryStore::inTransaction(const std::function<bool()> &work)
{
    m_db.clearError();
    // Nested calls join the caller's transaction: the outermost one commits.
    if (sqlite3_get_autocommit(m_db.handle()) == 0)
        return work();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    if (!work())
        return false;
    return transaction.commit();
}

bool DiaryStore::runWrite(const char *sql, const std::function<void(Statement &)> &bind, const QString &what)
{
    // Outside a caller's transaction each write is its own durable transaction.
    return inTransaction([&] {
        Statement &statement = m_db.cached(sql);
        if (!statement.isValid())
            return m_db.fail(statement.prepareResult(), what);
        bind(statement);
        const int rc = statement.step();
        statement.reset();
        return rc == SQLITE_DONE || m_db.fail(rc, what);
    });
}

bool DiaryStore::checkEntry(const Entry &entry)
{
    const QList<FieldProblem> problems = entry.problems();
    if (problems.isEmpty())
        return true;
    m_db.fail(DbError{DbErrorKind::Invalid,
                      Tr::tr("The entry was not saved: %1 %2.").arg(problems[0].field, problems[0].reason)});
    return false;
}

bool DiaryStore::saveEntry(const Entry &entry)
{
    return checkEntry(entry) && writeEntry(entry);
}

bool DiaryStore::writeEntry(const Entry &entry)
{
    const QByteArray savedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    return runWrite(
        insertEntrySql().constData(), [&](Statement &s) { bindEntry(s, entry, savedAt); },
        Tr::tr("saving the entry"));
}

bool DiaryStore::saveEntries(const QList<Entry> &entries, const std::function<void(qsizetype done)> &progress,
                             SaveMode mode)
{
    // One timestamp and one prepared statement for the whole batch: per entry only the
    // values are bound (an import of ten years is ~4,000 of these).
    const QByteArray savedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    return inTransaction([&] {
        Statement &s = m_db.cached(mode == SaveMode::InsertOrReplace ? insertEntrySql().constData()
                                                                     : insertNewEntrySql().constData());
        if (!s.isValid())
            return m_db.fail(s.prepareResult(), Tr::tr("saving the entry"));
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (!checkEntry(entries[i]))
                return false;
            bindEntry(s, entries[i], savedAt);
            const int rc = s.step();
            s.reset();
            if ((rc & 0xff) == SQLITE_CONSTRAINT && mode == SaveMode::InsertOnly)
                return m_db.fail(
                    DbError{DbErrorKind::Invalid,
                            Tr::tr("The diary already has an entry for %1 by %2; nothing was saved.")
                                .arg(isoDate(entries[i].date()), authorCode(entries[i].author()))});
            if (rc != SQLITE_DONE)
                return m_db.fail(rc, Tr::tr("saving the entry"));
            if (progress && (i + 1) % 256 == 0)
                progress(i + 1);
        }
        return true;
    });
}

std::optional<Entry> DiaryStore::entry(QDate date, Author author)
{
    m_db.clearError();
    Statement &s = m_db.cached(selectEntrySql().constData());
    s.bind(1, isoDate(date));
    s.bind(2, qint64(author == Author::Patient ? 0 : 1));
    std::optional<Entry> result;
    const int rc = s.step();
    if (rc == SQLITE_ROW)
        result = readEntry(s);
    else if (rc != SQLITE_DONE)
        m_db.fail(rc, Tr::tr("reading an entry"));
    s.reset();
    return result;
}

QList<Entry> DiaryStore::entries(QDate from, QDate to)
{
    m_db.clearError();
    Statement &s = m_db.cached(selectEntriesSql().constData());
    s.bind(1, lowerBound(from));
    s.bind(2, upperBound(to));
    return readEntries(s);
}

QList<Entry> DiaryStore::entriesSavedSince(const QDateTime &time)
{
    m_db.clearError();
    Statement &s = m_db.cached(selectEntriesSavedSinceSql().constData());
    s.bind(1, time.toUTC().toString(Qt::ISODateWithMs)); // as saveEntry() writes it
    return readEntries(s);
}

QList<Entry> DiaryStore::readEntries(Statement &s)
{
    QList<Entry> result;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW)
        result.append(readEntry(s));
    if (rc != SQLITE_DONE) {
        m_db.fail(rc, Tr::tr("reading entries"));
        result.clear();
    }
    s.reset();
    return result;
}

bool DiaryStore::removeEntry(QDate date, Author author)
{
    return runWrite(
        "DELETE FROM entry WHERE day = ?1 AND author = ?2",
        [&](Statement &s) {
            s.bind(1, isoDate(date));
            s.bind(2, qint64(author == Author::Patient ? 0 : 1));
        },
        Tr::tr("deleting the entry"));
}

QList<std::pair<QDate, Author>> DiaryStore::entryKeys()
{
    m_db.clearError();
    Statement &s = m_db.cached("SELECT day, author FROM entry");
    QList<std::pair<QDate, Author>> result;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW)
        result.append({dateFromIso(s.text(0)), s.intValue(1) == 0 ? Author::Patient : Author::Caregiver});
    if (rc != SQLITE_DONE) {
        m_db.fail(rc, Tr::tr("reading entries"));
        result.clear();
    }
    s.reset();
    return result;
}

int DiaryStore::entryCount()
{
    m_db.clearError();
    Statement &s = m_db.cached("SELECT count(*) FROM entry");
    int count = 0;
    const int rc = s.step();
    if (rc == SQLITE_ROW)
        count = s.intValue(0);
    else
        m_db.fail(rc, Tr::tr("counting entries"));
    s.reset();
    return count;
}

std::optional<QDate> DiaryStore::singleDate(const char *sql)
{
    m_db.clearError();
    Statement &s = m_db.cached(sql);
    std::optional<QDate> result;
    const int rc = s.step();
    if (rc == SQLITE_ROW) {
        const QDate date = dateFromIso(s.text(0));
        if (date.isValid())
            result = date;
    } else {
        m_db.fail(rc, Tr::tr("reading the diary"));
    }
    s.reset();
    return result;
}

std::optional<QDate> DiaryStore::firstEntryDate()
{
    return singleDate("SELECT min(day) FROM entry");
}

std::optional<QDate> DiaryStore::lastEntryDate()
{
    return singleDate("SELECT max(day) FROM entry");
}

QDateTime DiaryStore::lastSavedAt()
{
    m_db.clearError();
    Statement &s = m_db.cached("SELECT max(saved_at) FROM entry");
    QDateTime result;
    if (s.step() == SQLITE_ROW)
        result = QDateTime::fromString(s.text(0), Qt::ISODateWithMs);
    s.reset();
    return result;
}

QList<TreatmentEvent> DiaryStore::events(QDate from, QDate to)
{
    m_db.clearError();
    Statement &s = m_db.cached(
        "SELECT id, day, kind, name, note FROM treatment_event WHERE day BETWEEN ?1 AND ?2 ORDER BY day, id");
    s.bind(1, lowerBound(from));
    s.bind(2, upperBound(to));
    QList<TreatmentEvent> result;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) {
        TreatmentEvent event;
        event.id = s.int64Value(0);
        event.date = dateFromIso(s.text(1));
        event.kind = eventKindFromCode(s.text(2)).value_or(EventKind::Other);
        event.name = s.text(3);
        event.note = s.text(4);
        result.append(event);
    }
    if (rc != SQLITE_DONE) {
        m_db.fail(rc, Tr::tr("reading treatment events"));
        result.clear();
    }
    s.reset();
    return result;
}

qint64 DiaryStore::addEvent(const TreatmentEvent &event)
{
    if (!event.date.isValid()) {
        m_db.fail(DbError{DbErrorKind::Invalid,
                          Tr::tr("The treatment event was not saved: it has no valid date.")});
        return 0;
    }
    const bool ok = runWrite(
        "INSERT INTO treatment_event (day, kind, name, note) VALUES (?1, ?2, ?3, ?4)",
        [&](Statement &s) {
            s.bind(1, isoDate(event.date));
            s.bind(2, QString(eventKindCode(event.kind)));
            s.bind(3, event.name);
            s.bind(4, event.note);
        },
        Tr::tr("saving the treatment event"));
    return ok ? sqlite3_last_insert_rowid(m_db.handle()) : 0;
}

bool DiaryStore::updateEvent(const TreatmentEvent &event)
{
    return runWrite(
        "UPDATE treatment_event SET day = ?2, kind = ?3, name = ?4, note = ?5 WHERE id = ?1",
        [&](Statement &s) {
            s.bind(1, event.id);
            s.bind(2, isoDate(event.date));
            s.bind(3, QString(eventKindCode(event.kind)));
            s.bind(4, event.name);
            s.bind(5, event.note);
        },
        Tr::tr("saving the treatment event"));
}

bool DiaryStore::removeEvent(qint64 id)
{
    return runWrite(
        "DELETE FROM treatment_event WHERE id = ?1", [&](Statement &s) { s.bind(1, id); },
        Tr::tr("deleting the treatment event"));
}

std::optional<BaselinePeriod> DiaryStore::baseline()
{
    m_db.clearError();
    Statement &s = m_db.cached("SELECT first_day, last_day FROM baseline WHERE id = 1");
    std::optional<BaselinePeriod> result;
    const int rc = s.step();
    if (rc == SQLITE_ROW) {
        const BaselinePeriod period{dateFromIso(s.text(0)), dateFromIso(s.text(1))};
        if (period.isValid())
            result = period;
    } else if (rc != SQLITE_DONE) {
        m_db.fail(rc, Tr::tr("reading the baseline"));
    }
    s.reset();
    return result;
}

bool DiaryStore::setBaseline(const BaselinePeriod &period)
{
    if (!period.isValid()) {
        m_db.fail(DbError{DbErrorKind::Invalid,
                          Tr::tr("The baseline was not set: its first day must not be after its last.")});
        return false;
    }
    return runWrite(
        "INSERT OR REPLACE INTO baseline (id, first_day, last_day) VALUES (1, ?1, ?2)",
        [&](Statement &s) {
            s.bind(1, isoDate(period.first));
            s.bind(2, isoDate(period.last));
        },
        Tr::tr("setting the baseline"));
}

bool DiaryStore::clearBaseline()
{
    return runWrite(
        "DELETE FROM baseline", [](Statement &) {}, Tr::tr("clearing the baseline"));
}

DiaryProfile DiaryStore::profile()
{
    m_db.clearError();
    Statement &s = m_db.cached("SELECT key, value FROM profile");
    DiaryProfile profile;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) {
        const QString key = s.text(0);
        if (key == "patient_name"_L1)
            profile.patientName = s.text(1);
        else if (key == "treatment"_L1)
            profile.treatment = s.text(1);
        else if (key == "care_team_phone"_L1)
            profile.careTeamPhone = s.text(1);
    }
    if (rc != SQLITE_DONE)
        m_db.fail(rc, Tr::tr("reading the profile"));
    s.reset();
    return profile;
}

bool DiaryStore::setProfile(const DiaryProfile &profile)
{
    const std::pair<QString, QString> values[] = {{u"patient_name"_s, profile.patientName},
                                                  {u"treatment"_s, profile.treatment},
                                                  {u"care_team_phone"_s, profile.careTeamPhone}};
    return inTransaction([&] {
        // A named pair, not a structured binding: clang before 16 cannot capture those.
        for (const std::pair<QString, QString> &keyValue : values) {
            const bool ok = runWrite(
                "INSERT OR REPLACE INTO profile (key, value) VALUES (?1, ?2)",
                [&](Statement &s) {
                    s.bind(1, keyValue.first);
                    s.bind(2, keyValue.second);
                },
                Tr::tr("saving the profile"));
            if (!ok)
                return false;
        }
        return true;
    });
}

QList<FlagAcknowledgement> DiaryStore::acknowledgements()
{
    m_db.clearError();
    Statement &s = m_db.cached(
        "SELECT day, rule, subject, discussed_on, note FROM flag_ack ORDER BY day, rule, subject");
    QList<FlagAcknowledgement> result;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW)
        result.append({dateFromIso(s.text(0)), s.text(1), s.text(2), dateFromIso(s.text(3)), s.text(4)});
    if (rc != SQLITE_DONE) {
        m_db.fail(rc, Tr::tr("reading flag acknowledgements"));
        result.clear();
    }
    s.reset();
    return result;
}

bool DiaryStore::acknowledge(const FlagAcknowledgement &ack)
{
    return runWrite(
        "INSERT OR REPLACE INTO flag_ack (day, rule, subject, discussed_on, note) VALUES (?1, ?2, ?3, ?4, "
        "?5)",
        [&](Statement &s) {
            s.bind(1, isoDate(ack.flagDate));
            s.bind(2, ack.rule);
            s.bind(3, ack.subject);
            s.bind(4, isoDate(ack.discussedOn));
            s.bind(5, ack.note);
        },
        Tr::tr("saving the acknowledgement"));
}

bool DiaryStore::removeAcknowledgement(QDate flagDate, const QString &rule, const QString &subject)
{
    return runWrite(
        "DELETE FROM flag_ack WHERE day = ?1 AND rule = ?2 AND subject = ?3",
        [&](Statement &s) {
            s.bind(1, isoDate(flagDate));
            s.bind(2, rule);
            s.bind(3, subject);
        },
        Tr::tr("removing the acknowledgement"));
}

} // namespace nd
