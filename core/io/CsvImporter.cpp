#include "CsvImporter.h"

#include "CsvParser.h"
#include "DiaryCsvFormat.h"
#include "storage/DiaryStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace nd {

namespace {

using namespace Qt::StringLiterals;

// Texts of this file, translated in the context "CsvImporter". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)
};

// How many single-letter edits turn `a` into `b` (Levenshtein distance).
int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// An unknown column is most often a typo or a capital letter: name the column meant.
// `listOfKnown` is the reason without a close match; it is made once per header and shared, so a
// file with thousands of unknown columns does not build the long list thousands of times.
QString unknownColumnReason(const QString &name, const QStringList &knownColumns, const QString &listOfKnown)
{
    const QString lowered = name.toLower();
    for (const QString &known : knownColumns) {
        const int allowed = known.size() >= 8 ? 2 : 1; // short names are too easily "close"
        if (std::abs(lowered.size() - known.size()) > allowed)
            continue; // the lengths alone rule it out, without the quadratic distance
        if (editDistance(lowered, known) <= allowed)
            return Tr::tr("unknown column (did you mean %1?)").arg(known);
    }
    return listOfKnown;
}

// Problems in file order, so the user can fix them top to bottom.
void sortByLine(QList<ImportProblem> &problems, qsizetype from)
{
    std::stable_sort(problems.begin() + from, problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
}

// How one table is read: its columns, and a cell reader that fills one column of a
// record into the value being built. Column names are resolved once, from the header,
// so the cells (tens of thousands in a long diary) are not matched by name one by one.
template<typename Value, typename Column> struct TableFormat
{
    QStringList knownColumns;
    QStringList requiredColumns;
    Column (*resolve)(const QString &knownName);
    QString (*readCell)(Value &, const Column &, const QString &);
};

// Files the parser's syntax problems; true when the header row itself could not be read.
bool fileSyntaxProblems(const QString &file, const CsvDocument &document, QList<ImportProblem> &problems)
{
    const int headerLine = document.records.isEmpty() ? 1 : document.records[0].line;
    bool headerBroken = false;
    for (const CsvSyntaxProblem &p : document.problems) {
        // Name the column when the header could be read and the problem is below it.
        QString column = p.field >= 0 ? u"#"_s + QString::number(p.field + 1) : u"-"_s;
        if (p.line > headerLine && p.field >= 0 && !document.records.isEmpty() &&
            p.field < document.records[0].fields.size())
            column = document.records[0].fields[p.field].trimmed();
        // No readable record at all: the header itself is what could not be read.
        headerBroken = headerBroken || p.line <= headerLine || document.records.isEmpty();
        problems.append({file, p.line, column, p.reason});
    }
    return headerBroken;
}

// The header row as read: every column's name, whether its cells can be read (known and not a
// repeat: they are checked even when the header is wrong) and what it stands for.
template<typename Column> struct Header
{
    QStringList names;
    QList<bool> readable;
    QList<Column> resolved;
    bool ok = true; // every column readable and every required one there
};

template<typename Value, typename Column>
Header<Column> readHeader(const QString &file, const CsvRecord &row, const TableFormat<Value, Column> &format,
                          QList<ImportProblem> &problems)
{
    const QStringList &knownColumns = format.knownColumns;
    Header<Column> header;
    const QString listOfKnown = Tr::tr("unknown column (known columns: %1)").arg(knownColumns.join(u", "));
    // Beyond a few dozen unknown columns the file is not a diary with typos, and looking for
    // the column meant would take seconds on a very wide file for hints nobody reads.
    constexpr int kUnknownColumnsWithHints = 50;
    int unknownColumns = 0;
    for (const QString &raw : row.fields) {
        const QString name = raw.trimmed();
        const bool known = knownColumns.contains(name);
        if (name.isEmpty()) {
            problems.append({file, row.line, u"#"_s + QString::number(header.names.size() + 1),
                             Tr::tr("the column has no name (remove it or name it)")});
        } else if (!known) {
            problems.append({file, row.line, name,
                             ++unknownColumns <= kUnknownColumnsWithHints
                                 ? unknownColumnReason(name, knownColumns, listOfKnown)
                                 : listOfKnown});
        } else if (header.names.contains(name)) {
            problems.append({file, row.line, name, Tr::tr("the column appears twice")});
        }
        header.readable.append(known && !header.names.contains(name));
        header.resolved.append(header.readable.constLast() ? format.resolve(name) : Column{});
        header.ok = header.ok && header.readable.constLast();
        header.names.append(name);
    }
    for (const QString &required : format.requiredColumns) {
        if (!header.names.contains(required)) {
            problems.append({file, row.line, required, Tr::tr("required column is missing")});
            header.ok = false;
        }
    }
    return header;
}

// Reads one data row into `value`; false (with every problem filed) when a cell cannot be read.
template<typename Value, typename Column>
bool readRow(const QString &file, const CsvRecord &record, const Header<Column> &header,
             const TableFormat<Value, Column> &format, Value &value, QList<ImportProblem> &problems)
{
    const QStringList &columns = header.names;
    if (record.fields.size() != columns.size()) {
        // Name the first missing column, or the first field too many.
        const qsizetype count = record.fields.size();
        const QString column =
            count < columns.size() ? columns[count] : u"#"_s + QString::number(columns.size() + 1);
        problems.append(
            {file, record.line, column,
             Tr::tr("the row has %1 fields but the header has %2").arg(count).arg(columns.size())});
        return false;
    }
    bool rowOk = true;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (!header.readable[c])
            continue;
        const QString reason = format.readCell(value, header.resolved[c], record.fields[c]);
        if (!reason.isEmpty()) {
            problems.append({file, record.line, columns[c], reason});
            rowOk = false;
        }
    }
    return rowOk;
}

// Checks the header against the known columns and reads every record into values.
// Every problem is collected; values with problems are left out.
template<typename Value, typename Column>
QList<std::pair<Value, int>> readTable(const QString &file, const CsvDocument &document,
                                       const TableFormat<Value, Column> &format,
                                       QList<ImportProblem> &problems)
{
    QList<std::pair<Value, int>> values;
    if (fileSyntaxProblems(file, document, problems))
        return values;
    if (document.records.isEmpty()) {
        problems.append({file, 1, u"-"_s, Tr::tr("the file is empty; a header row is required")});
        return values;
    }
    const Header<Column> header = readHeader(file, document.records[0], format, problems);
    // The rows are checked even under a wrong header, so one run reports every problem.
    values.reserve(document.records.size() - 1);
    for (qsizetype r = 1; r < document.records.size(); ++r) {
        Value value{};
        if (readRow(file, document.records[r], header, format, value, problems) && header.ok)
            values.append({value, document.records[r].line});
    }
    return values;
}

// An event with the same date, kind and name as a stored one is the same event.
QString eventKey(const TreatmentEvent &event)
{
    return event.date.toString(Qt::ISODate) + eventKindCode(event.kind) + u'\x1f' + event.name;
}

} // namespace

QString ImportProblem::toString() const
{
    const QString where = line > 0 ? file + u':' + QString::number(line) : file;
    if (column.isEmpty())
        return where + u": "_s + reason;
    return where + u": column "_s + column + u": "_s + reason;
}

bool CsvImporter::readFile(const QString &path, QByteArray *contents)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems.append({path, 0, {}, Tr::tr("cannot be read: %1").arg(file.errorString())});
        return false;
    }
    *contents = file.readAll();
    return true;
}

bool CsvImporter::read(const QString &entriesPath, const QString &eventsPath)
{
    QByteArray contents;
    if (readFile(entriesPath, &contents))
        readEntries(entriesPath, contents);
    if (!eventsPath.isEmpty() && readFile(eventsPath, &contents))
        readEvents(eventsPath, contents);
    return m_problems.isEmpty();
}

bool CsvImporter::readEntries(const QString &displayName, const QByteArray &contents)
{
    const qsizetype problemsBefore = m_problems.size();
    const TableFormat<Entry, DiaryCsvFormat::EntryColumn> format{
        DiaryCsvFormat::entryColumns(),
        {u"date"_s, u"author"_s},
        [](const QString &name) { return *DiaryCsvFormat::entryColumn(name); },
        [](Entry &entry, const DiaryCsvFormat::EntryColumn &column, const QString &text) {
            return DiaryCsvFormat::readEntryCell(entry, column, text);
        }};
    const auto rows = readTable(displayName, CsvParser::parse(contents), format, m_problems);
    m_entries.reserve(m_entries.size() + rows.size());
    m_entryLines.reserve(m_entryLines.size() + rows.size());
    QHash<std::pair<QDate, int>, int> firstLine;
    for (const auto &[entry, line] : rows) {
        const auto key = std::pair(entry.date(), int(entry.author()));
        if (const auto it = firstLine.constFind(key); it != firstLine.constEnd()) {
            m_problems.append({displayName, line, u"date"_s,
                               Tr::tr("a second row for %1 by %2 (the first is on line %3)")
                                   .arg(entry.date().toString(Qt::ISODate), authorCode(entry.author()))
                                   .arg(*it)});
            continue;
        }
        firstLine.insert(key, line);
        m_entries.append(entry);
        m_entryLines.append({displayName, line});
    }
    sortByLine(m_problems, problemsBefore);
    return m_problems.size() == problemsBefore;
}

bool CsvImporter::readEvents(const QString &displayName, const QByteArray &contents)
{
    const qsizetype problemsBefore = m_problems.size();
    const TableFormat<TreatmentEvent, QString> format{DiaryCsvFormat::eventColumns(),
                                                      {u"date"_s, u"kind"_s},
                                                      [](const QString &name) { return name; },
                                                      &DiaryCsvFormat::readEventCell};
    const auto rows = readTable(displayName, CsvParser::parse(contents), format, m_problems);
    for (const auto &[event, line] : rows) {
        m_events.append(event);
        m_eventLines.append({displayName, line});
    }
    sortByLine(m_problems, problemsBefore);
    return m_problems.size() == problemsBefore;
}

bool CsvImporter::readStored(DiaryStore &store, Stored *stored) const
{
    // The diary's keys are read once, not looked up entry by entry.
    const QList<std::pair<QDate, Author>> storedKeys = store.entryKeys();
    if (store.error().isError())
        return false;
    QSet<std::pair<QDate, int>> keys;
    keys.reserve(storedKeys.size());
    for (const auto &[date, author] : storedKeys)
        keys.insert({date, int(author)});
    stored->entryExists = QList<bool>(m_entries.size(), false);
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        stored->entryExists[i] = keys.contains({m_entries[i].date(), int(m_entries[i].author())});
    const QList<TreatmentEvent> storedEvents = store.events();
    if (store.error().isError())
        return false;
    for (const TreatmentEvent &event : storedEvents) {
        const QString key = eventKey(event);
        if (!stored->eventIds.contains(key)) // the first stored event with each key
            stored->eventIds.insert(key, event.id);
    }
    return true;
}

bool CsvImporter::fileConflicts(const Stored &stored)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (stored.entryExists[i])
            m_problems.append(
                {m_entryLines[i].file, m_entryLines[i].line, u"date"_s,
                 Tr::tr("the diary already has an entry for %1 by %2 (use --on-conflict "
                        "skip or replace)")
                     .arg(m_entries[i].date().toString(Qt::ISODate), authorCode(m_entries[i].author()))});
    }
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        if (stored.eventIds.contains(eventKey(m_events[i])))
            m_problems.append({m_eventLines[i].file, m_eventLines[i].line, u"date"_s,
                               Tr::tr("the diary already has this treatment event (use --on-conflict skip or "
                                      "replace)")});
    }
    return !m_problems.isEmpty();
}

bool CsvImporter::writeEntries(DiaryStore &store, ConflictPolicy policy, const Stored &stored,
                               const Progress &progress, int total)
{
    QList<Entry> newEntries;
    QList<Entry> replacements;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (!stored.entryExists[i]) {
            newEntries.append(m_entries[i]);
            ++m_counts.entriesAdded;
        } else if (policy == ConflictPolicy::Skip) {
            ++m_counts.entriesSkipped;
        } else {
            replacements.append(m_entries[i]);
            ++m_counts.entriesReplaced;
        }
    }
    if (progress)
        progress(0, total);
    const int skipped = m_counts.entriesSkipped;
    // New entries never replace anything (plain INSERT): only --on-conflict replace does.
    if (!store.saveEntries(
            newEntries,
            [&](qsizetype done) {
                if (progress)
                    progress(skipped + int(done), total);
            },
            DiaryStore::SaveMode::InsertOnly))
        return false;
    const int before = skipped + int(newEntries.size());
    return store.saveEntries(replacements, [&](qsizetype done) {
        if (progress)
            progress(before + int(done), total);
    });
}

bool CsvImporter::writeEvents(DiaryStore &store, ConflictPolicy policy, const Stored &stored)
{
    for (const TreatmentEvent &event : std::as_const(m_events)) {
        const auto it = stored.eventIds.constFind(eventKey(event));
        if (it == stored.eventIds.cend()) {
            if (store.addEvent(event) == 0)
                return false;
            ++m_counts.eventsAdded;
        } else if (policy == ConflictPolicy::Skip) {
            ++m_counts.eventsSkipped;
        } else {
            TreatmentEvent replacement = event;
            replacement.id = *it;
            if (!store.updateEvent(replacement))
                return false;
            ++m_counts.eventsReplaced;
        }
    }
    return true;
}

bool CsvImporter::apply(DiaryStore &store, ConflictPolicy policy, const Progress &progress)
{
    Q_ASSERT(m_problems.isEmpty());
    m_counts = {};
    m_dbError = {};
    const int total = int(m_entries.size() + m_events.size());
    bool conflicts = false;

    // Conflicts are decided inside the write transaction (BEGIN IMMEDIATE comes first): another
    // program importing the same days at once has either committed already — its entries are
    // conflicts here — or waits until this import is done. Never both "imported".
    const bool ok = store.inTransaction([&] {
        Stored stored;
        if (!readStored(store, &stored))
            return false;
        if (policy == ConflictPolicy::Fail && fileConflicts(stored)) {
            conflicts = true;
            return false; // rolled back: nothing was written
        }
        return writeEntries(store, policy, stored, progress, total) && writeEvents(store, policy, stored);
    });
    if (progress)
        progress(total, total);
    if (!ok) {
        if (!conflicts)
            m_dbError = store.error();
        m_counts = {};
    }
    return ok;
}

} // namespace nd
