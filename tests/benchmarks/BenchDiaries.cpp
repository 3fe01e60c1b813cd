#include "BenchDiaries.h"

#include "demo/DemoDiary.h"
#include "storage/DiaryStore.h"

namespace nd::bench {

bool writeBenchDiary(const QString &path, int days, QString *error)
{
    DemoOptions options;
    options.days = days;
    options.seed = 42;
    options.lastDay = benchDiaryLastDay();
    options.missSomeDays = false;
    const DemoDiary demo = generateDemoDiary(options);

    Database db;
    if (!db.open(path)) {
        *error = db.lastError().message;
        return false;
    }
    DiaryStore store(db);
    const bool ok = writeDemoDiary(store, demo);
    if (!ok)
        *error = store.lastError().message;
    return ok;
}

} // namespace nd::bench
