#include "StoreBench.h"

#include "io/CsvExporter.h"
#include "io/CsvImporter.h"
#include "storage/DiaryStore.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

namespace nd::bench {

using namespace Qt::StringLiterals;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void removeDiary(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Stats StoreBench::saveEntries(const QString &diaryPath, const QString &scratch, int count,
                              QString *errorString)
{
    const QString copy = QDir(scratch).filePath(u"save-copy.sqlite"_s);
    removeDiary(copy);
    QFile::copy(diaryPath, copy);
    Database db;
    if (!db.open(copy)) {
        *errorString = db.errorString();
        return {};
    }
    DiaryStore store(db);
    QList<Entry> entries = store.entries();
    QList<double> samples;
    for (int i = 0; i < count && i < entries.size(); ++i) {
        Entry entry = entries[entries.size() - 1 - i];
        entry.setNote(u"Edited for the benchmark"_s);
        entry.setValue(Field::NumbnessHands, (entry.value(Field::NumbnessHands).value_or(0) + 1) % 11);
        QElapsedTimer timer;
        timer.start();
        if (!store.saveEntry(entry)) {
            *errorString = store.errorString();
            return {};
        }
        samples.append(msSince(timer));
    }
    return Stats::of(samples);
}

Stats StoreBench::importCsv(const QString &diaryPath, const QString &scratch, int runs, QString *errorString)
{
    const QString csvPath = QDir(scratch).filePath(u"import.csv"_s);
    const QString eventsPath = QDir(scratch).filePath(u"import-events.csv"_s);
    {
        Database db;
        if (!db.open(diaryPath, Database::OpenMode::MustExist)) {
            *errorString = db.errorString();
            return {};
        }
        DiaryStore store(db);
        QFile csv(csvPath);
        QFile events(eventsPath);
        if (!csv.open(QIODevice::WriteOnly) || !events.open(QIODevice::WriteOnly)) {
            *errorString = csv.errorString();
            return {};
        }
        csv.write(CsvExporter::entriesCsv(store.entries()));
        events.write(CsvExporter::eventsCsv(store.events()));
    }
    QList<double> samples;
    for (int run = 0; run < runs; ++run) {
        const QString target = QDir(scratch).filePath(u"import-target.sqlite"_s);
        removeDiary(target);
        QElapsedTimer timer;
        timer.start();
        CsvImporter importer;
        Database db;
        if (!importer.read(csvPath, eventsPath) || !db.open(target)) {
            *errorString =
                importer.problems().isEmpty() ? db.errorString() : importer.problems()[0].toString();
            return {};
        }
        DiaryStore store(db);
        if (!importer.apply(store, ConflictPolicy::Fail)) {
            *errorString = importer.error().message;
            return {};
        }
        samples.append(msSince(timer));
    }
    return Stats::of(samples);
}

Stats StoreBench::importFloor(const QString &diaryPath, const QString &scratch, int runs,
                              QString *errorString)
{
    QList<Entry> entries;
    {
        Database db;
        if (!db.open(diaryPath, Database::OpenMode::MustExist)) {
            *errorString = db.errorString();
            return {};
        }
        entries = DiaryStore(db).entries();
    }
    QByteArray columns = "day, author";
    QByteArray placeholders = "?, ?";
    for (const FieldSpec &spec : allFields()) {
        columns += ", " + QByteArray(spec.name.data(), spec.name.size());
        placeholders += ", ?";
    }
    const QByteArray insert =
        "INSERT INTO entry (" + columns + ", regions, note, saved_at) VALUES (" + placeholders + ", ?, ?, ?)";

    QList<double> samples;
    for (int run = 0; run < runs; ++run) {
        const QString target = QDir(scratch).filePath(u"floor-target.sqlite"_s);
        removeDiary(target);
        QElapsedTimer timer;
        timer.start();
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(target).constData(), &db);
        sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;", nullptr, nullptr, nullptr);
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (const Migration &step : migrations())
            sqlite3_exec(db, step.sql, nullptr, nullptr, nullptr);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, insert.constData(), -1, &stmt, nullptr);
        for (const Entry &entry : std::as_const(entries)) {
            const QByteArray day = entry.date().toString(Qt::ISODate).toUtf8();
            sqlite3_bind_text(stmt, 1, day.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int(stmt, 2, entry.author() == Author::Patient ? 0 : 1);
            for (int i = 0; i < kFieldCount; ++i) {
                if (const auto v = entry.value(Field(i)))
                    sqlite3_bind_int(stmt, 3 + i, *v);
                else
                    sqlite3_bind_null(stmt, 3 + i);
            }
            const QByteArray note = entry.note().toUtf8();
            sqlite3_bind_int(stmt, 3 + kFieldCount, entry.regions().bits());
            sqlite3_bind_text(stmt, 4 + kFieldCount, note.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(stmt, 5 + kFieldCount, "2026-01-01T00:00:00.000Z", -1, SQLITE_STATIC);
            if (sqlite3_step(stmt) != SQLITE_DONE) {
                *errorString = QString::fromUtf8(sqlite3_errmsg(db));
                break;
            }
            sqlite3_reset(stmt);
        }
        sqlite3_finalize(stmt);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        samples.append(msSince(timer));
    }
    return Stats::of(samples);
}

} // namespace nd::bench
