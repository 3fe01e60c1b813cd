// libFuzzer target: any bytes as a diary CSV file (entries or treatment events, chosen
// by the first byte). The importer must never crash, hang or read out of bounds; input
// it accepts is applied to a scratch diary, so the store sees fuzzed values too.
#include "io/CsvImporter.h"
#include "storage/Database.h"
#include "storage/DiaryStore.h"

#include <QDir>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

namespace {

nd::DiaryStore *scratchStore()
{
    // One scratch diary per process, in memory-backed /dev/shm when there is one: fast fsyncs.
    static nd::Database db;
    static nd::DiaryStore store(db);
    if (!db.isOpen()) {
        const QString folder =
            QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        const QString path = folder + QStringLiteral("/nervediary-fuzz-csv-") + QString::number(::getpid()) +
                             QStringLiteral(".sqlite");
        QDir().remove(path);
        if (!db.open(path))
            return nullptr;
    }
    return &store;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray contents(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    nd::CsvImporter importer;
    const bool events = (data[0] & 1) != 0;
    const bool ok = events ? importer.readEvents(QStringLiteral("fuzz.csv"), contents)
                           : importer.readEntries(QStringLiteral("fuzz.csv"), contents);
    for (const nd::ImportProblem &problem : importer.problems())
        (void)problem.toString();
    if (ok && importer.problems().isEmpty() && (data[0] & 2) != 0) {
        if (nd::DiaryStore *store = scratchStore())
            importer.apply(*store, nd::ConflictPolicy::Replace);
    }
    return 0;
}
