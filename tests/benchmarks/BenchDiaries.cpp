#include "BenchDiaries.h"

#include "demo/DemoDiary.h"
#include "storage/DiaryStore.h"

namespace nd::bench {

bool writeBenchDiary(const QString &path, int days, QString *errorString)
{
    DemoOptions options;
    options.days = days;
    options.seed = 42;
    options.lastDay = benchDiaryLastDay();
    options.missSomeDays = false;
    const DemoDiary demo = generateDemoDiary(options);

    Database db;
    if (!db.open(path)) {
        *errorString = db.errorString();
        return false;
    }
    DiaryStore store(db);
    const bool ok = writeDemoDiary(store, demo);
    if (!ok)
        *errorString = store.errorString();
    return ok;
}

} // namespace nd::bench
