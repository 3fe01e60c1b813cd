// nervediary-bench: measures NerveDiary against its speed and memory targets on this
// machine, with 1-year and 10-year diaries, and prints a table (and JSON with --json).
// Not run by CTest: speed goals live here, not in timed tests.
#include "BenchDiaries.h"
#include "InsightBench.h"
#include "ProcessProbe.h"
#include "Stats.h"
#include "StoreBench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>
#include <cstdio>
#include <functional>
#include <optional>

using namespace nd;
using namespace nd::bench;
using namespace Qt::StringLiterals;

namespace {

struct Row
{
    QString key; // JSON key of the median (empty: shown in the table only)
    QString label;
    Stats stats;
    double target = 0; // upper bound for the median (0: no target)
    QString unit = u"ms"_s;
};

void print(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
}

QString formatRow(const Row &row)
{
    const bool pass = row.target <= 0 || row.stats.median <= row.target;
    const int decimals = row.target == std::floor(row.target) ? 0 : 1;
    const QString target =
        row.target > 0 ? u"≤ %1 %2"_s.arg(row.target, 0, 'f', decimals).arg(row.unit) : QString();
    return u"%1 %2 %3 %4 %5  %6\n"_s.arg(row.label, -34)
        .arg(row.stats.median, 9, 'f', 1)
        .arg(row.stats.min, 9, 'f', 1)
        .arg(row.stats.max, 9, 'f', 1)
        .arg(target, -12)
        .arg(row.target > 0 ? (pass ? u"ok"_s : u"MISSED"_s) : QString());
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures NerveDiary against its performance targets."_s);
    parser.addHelpOption();
    parser.addOption({u"json"_s, u"Also write the figures as flat JSON."_s, u"FILE"_s});
    parser.addOption({u"runs"_s, u"Repetitions of each process measurement (default 7)."_s, u"N"_s, u"7"_s});
    parser.addOption({u"app"_s, u"The nervediary program to measure."_s, u"PATH"_s});
    // For working on the rules: skips the process measurements (a few seconds instead of half a
    // minute) and keeps the diaries, so `nervediary flags --db` can compare results.
    parser.addOption({u"only-flags"_s, u"Measure only the flags of the 10-year diary."_s});
    parser.addOption({u"keep-diaries"_s, u"Write the generated diaries into DIR and keep them."_s, u"DIR"_s});
    parser.process(app);

    const int runs = std::max(3, parser.value(u"runs"_s).toInt());
    const QString bareWindow =
        QDir(QCoreApplication::applicationDirPath()).filePath(u"nervediary-bare-window"_s);
    QString appPath = parser.value(u"app"_s);
    if (appPath.isEmpty())
        appPath = QDir(QCoreApplication::applicationDirPath()).filePath(u"../../app/nervediary"_s);
    if (!QFile::exists(appPath)) {
        std::fprintf(stderr, "nervediary-bench: %s not found (use --app PATH)\n", qPrintable(appPath));
        return 1;
    }

    QTemporaryDir scratch;
    const QDir diaryDir(parser.isSet(u"keep-diaries"_s) ? parser.value(u"keep-diaries"_s) : scratch.path());
    const QString diary1y = diaryDir.filePath(u"diary-1y.sqlite"_s);
    const QString diary10y = diaryDir.filePath(u"diary-10y.sqlite"_s);
    QString error;
    print(u"Generating 1-year and 10-year diaries…\n"_s);
    QFile::remove(diary1y); // a kept diary of an earlier run would get the entries twice
    QFile::remove(diary10y);
    if (!writeBenchDiary(diary1y, 365, &error) || !writeBenchDiary(diary10y, 3650, &error)) {
        std::fprintf(stderr, "nervediary-bench: %s\n", qPrintable(error));
        return 1;
    }

    if (parser.isSet(u"only-flags"_s)) {
        const Row flags{u"flags_ms"_s, u"flags, 10 years (read + rules)"_s,
                        InsightBench::flags(diary10y, std::max(runs, 21), &error), 50};
        if (!error.isEmpty())
            std::fprintf(stderr, "nervediary-bench: %s\n", qPrintable(error));
        const Row rules{{},
                        u"  of which rules (no reading)"_s,
                        InsightBench::rules(diary10y, std::max(runs, 21), &error)};
        print(formatRow(flags) + formatRow(rules));
        return error.isEmpty() ? 0 : 1;
    }

    QList<Row> rows;
    ProcessProbe probe(scratch.path());
    // Each process measurement is repeated after one warm-up run (file cache, font cache);
    // a run that fails (negative) is reported instead of being averaged in.
    auto repeat = [&](const QString &what, const std::function<double()> &measure) {
        QList<double> samples;
        measure();
        for (int i = 0; i < runs; ++i) {
            const double sample = measure();
            if (sample < 0)
                error = u"%1 failed"_s.arg(what);
            else
                samples.append(sample);
        }
        return Stats::of(samples);
    };
    const QStringList open10y{u"--db"_s, diary10y};
    print(u"Measuring cold start…\n"_s);
    const Stats bare = repeat(u"the bare window"_s, [&] { return probe.timeToFirstPaint(bareWindow, {}); });
    const Stats cold = repeat(u"the cold start"_s, [&] { return probe.timeToFirstPaint(appPath, open10y); });
    // Not a target: the floor of any window that shows words (one line of text: fontconfig,
    // a font and its glyphs), for the reader to compare with.
    const Stats bareText = repeat(u"the bare window with text"_s,
                                  [&] { return probe.timeToFirstPaint(bareWindow, {u"--text"_s}); });
    rows.append({u"bare_window_ms"_s, u"bare QMainWindow (floor)"_s, bare});
    rows.append({u"text_window_ms"_s, u"  same with one line of text"_s, bareText});
    rows.append({u"cold_start_ms"_s, u"cold start, 10-year diary"_s, cold, bare.median * 1.5});

    print(u"Measuring the Trends page on \"All\"…\n"_s);
    const Stats trends =
        repeat(u"the Trends page"_s, [&] { return probe.trendsAllPaintedMs(appPath, open10y); });
    rows.append({u"trends_all_ms"_s, u"Trends on \"All\", 10 years, painted"_s, trends, 200});

    // The daily timer's run on a day that has an entry: the whole process, start to exit.
    print(u"Measuring the daily reminder on a logged day…\n"_s);
    const QStringList remindLogged{u"--db"_s, diary10y, u"--at"_s,
                                   benchDiaryLastDay().toString(Qt::ISODate) + u"T20:30"_s};
    const Stats remind = repeat(u"remind"_s, [&] { return probe.remindMs(appPath, remindLogged); });
    rows.append({u"remind_logged_day_ms"_s, u"remind, logged day, 10 years"_s, remind, 100});

    print(u"Measuring saves…\n"_s);
    const Stats save = StoreBench::saveEntries(diary10y, scratch.path(), 200, &error);
    rows.append({u"save_ms_median"_s, u"save one entry (durable)"_s, save, 10});

    print(u"Measuring flags and PDF reports…\n"_s);
    rows.append({u"flags_ms"_s, u"flags, 10 years (read + rules)"_s,
                 InsightBench::flags(diary10y, runs, &error), 50});
    rows.append(
        {u"rules_ms"_s, u"  of which rules (no reading)"_s, InsightBench::rules(diary10y, runs, &error)});
    rows.append({u"pdf_1y_ms"_s, u"PDF report, 1 year"_s,
                 InsightBench::pdf(diary1y, scratch.path(), 5, &error), 750});
    rows.append({u"pdf_10y_ms"_s, u"PDF report, 10 years"_s,
                 InsightBench::pdf(diary10y, scratch.path(), 3, &error), 2000});

    print(u"Measuring CSV import…\n"_s);
    const Stats import10y = StoreBench::importCsv(diary10y, scratch.path(), 5, &error);
    const Stats floor10y = StoreBench::importFloor(diary10y, scratch.path(), 5, &error);
    rows.append({u"import_floor_ms"_s, u"raw sqlite3 insert (floor)"_s, floor10y});
    rows.append({u"import_10y_ms"_s, u"CSV import, 10 years"_s, import10y, floor10y.median * 3});

    print(u"Measuring memory…\n"_s);
    QList<double> rss; // three runs are enough: memory hardly varies
    for (int i = 0; i < 3; ++i) {
        const double megabytes = probe.peakMemoryMb(appPath, open10y, 500);
        if (megabytes < 0)
            error = u"the memory measurement failed"_s;
        else
            rss.append(megabytes);
    }
    Row memory{u"peak_rss_mb"_s, u"peak memory, window on Trends \"All\""_s, Stats::of(rss), 80};
    memory.unit = u"MB"_s;
    rows.append(memory);

    if (!error.isEmpty())
        std::fprintf(stderr, "nervediary-bench: %s\n", qPrintable(error));

    print(u"\n%1 %2 %3 %4 %5\n"_s.arg(u"measure"_s, -34)
              .arg(u"median"_s, 9)
              .arg(u"min"_s, 9)
              .arg(u"max"_s, 9)
              .arg(u"target"_s, -12));
    for (const Row &row : std::as_const(rows))
        print(formatRow(row));
    const double startRatio = bare.median > 0 ? cold.median / bare.median : 0;
    const double textRatio = bare.median > 0 ? bareText.median / bare.median : 0;
    const double importRatio = floor10y.median > 0 ? import10y.median / floor10y.median : 0;
    print(u"start ratio %1 (target ≤ 1.5; one line of text alone: %2), import ratio %3 (target ≤ 3), "
          u"save p99 %4 ms\n"_s.arg(startRatio, 0, 'f', 2)
              .arg(textRatio, 0, 'f', 2)
              .arg(importRatio, 0, 'f', 2)
              .arg(save.p99, 0, 'f', 1));

    if (parser.isSet(u"json"_s)) {
        QJsonObject json;
        json[u"cores"_s] = QThread::idealThreadCount();
        json[u"qt_version"_s] = QString::fromLatin1(qVersion());
        for (const Row &row : std::as_const(rows)) {
            if (!row.key.isEmpty())
                json[row.key] = row.stats.median;
        }
        json[u"save_ms_p99"_s] = save.p99;
        json[u"start_ratio"_s] = startRatio;
        json[u"text_window_ratio"_s] = textRatio;
        json[u"import_ratio"_s] = importRatio;
        QFile out(parser.value(u"json"_s));
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(json).toJson()) < 0) {
            std::fprintf(stderr, "nervediary-bench: cannot write %s\n", qPrintable(out.fileName()));
            return 1;
        }
    }
    return 0;
}
