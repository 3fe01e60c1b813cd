// `nervediary flags` end to end: the real binary (NERVEDIARY_BINARY) on real diary
// files, checked against FORMATS.md (JSON keys and order, --from/--to only filter
// the output, exit statuses) and for plausible flags on the demo diary.
#include "storage/Database.h"
#include "storage/DiaryStore.h"

#include "rules/GradeEstimate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nd;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("NERVEDIARY_BINARY"), arguments);
    Run run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

const QStringList kRuleOrder = {u"worsening_symptoms"_s,
                                u"spreading_symptoms"_s,
                                u"new_task_difficulty"_s,
                                u"walking_balance"_s,
                                u"fall"_s,
                                u"skin_check"_s,
                                u"neuro_warning"_s,
                                u"near_falls"_s,
                                u"weakness"_s,
                                u"rapid_weakness"_s};

QJsonArray flagsJson(const QString &db, const QStringList &extra = {})
{
    const Run run = runCli(QStringList{u"flags"_s, u"--db"_s, db, u"--json"_s} + extra);
    if (run.exitCode != 0) {
        qWarning("flags failed: %s", run.err.constData());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        qWarning("not a JSON array: %s", run.out.left(200).constData());
        return {};
    }
    return doc.array();
}

QStringList rulesOf(const QJsonArray &flags)
{
    QStringList rules;
    for (const QJsonValue &flag : flags)
        rules.append(flag[u"rule"_s].toString());
    return rules;
}

} // namespace

class TestFlagsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariableIsEmpty("NERVEDIARY_BINARY"), "run through ctest");
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(u"demo.sqlite"_s);
        const Run demo = runCli({u"demo"_s, u"--db"_s, m_demo, u"--end"_s, u"2026-11-25"_s});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void missingDiaryIsADatabaseError()
    {
        const QString path = m_dir.filePath(u"missing.sqlite"_s);
        const Run run = runCli({u"flags"_s, u"--db"_s, path});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(!QFile::exists(path)); // a read-only command creates nothing
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("malformed --from") << QStringList{u"--from"_s, u"2026-13-01"_s};
        QTest::newRow("short date") << QStringList{u"--to"_s, u"2026-1-1"_s};
        QTest::newRow("--from after --to")
            << QStringList{u"--from"_s, u"2026-09-02"_s, u"--to"_s, u"2026-09-01"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = runCli(QStringList{u"flags"_s, u"--db"_s, m_demo} + arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
    }

    void jsonFollowsTheContract()
    {
        const QJsonArray flags = flagsJson(m_demo);
        QVERIFY(!flags.isEmpty());
        const QSet<QString> required = {u"date"_s,    u"rule"_s,     u"level"_s, u"kind"_s,
                                        u"subject"_s, u"evidence"_s, u"advice"_s};
        std::tuple<QString, qsizetype, QString> previous;
        for (qsizetype i = 0; i < flags.size(); ++i) {
            const QJsonObject flag = flags[i].toObject();
            for (const QString &key : required)
                QVERIFY2(flag.value(key).isString() && !flag.value(key).toString().isEmpty(),
                         qPrintable(key));
            for (const QString &key : flag.keys())
                QVERIFY2(required.contains(key) || key == "discussed"_L1, qPrintable(key));
            QVERIFY(QDate::fromString(flag[u"date"_s].toString(), Qt::ISODate).isValid());
            const qsizetype rule = kRuleOrder.indexOf(flag[u"rule"_s].toString());
            QVERIFY(rule >= 0);
            QVERIFY(QStringList({u"watch"_s, u"contact_team"_s, u"urgent"_s})
                        .contains(flag[u"level"_s].toString()));
            QVERIFY(
                QStringList({u"onset"_s, u"step_up"_s, u"repeat"_s}).contains(flag[u"kind"_s].toString()));
            const std::tuple<QString, qsizetype, QString> current{flag[u"date"_s].toString(), rule,
                                                                  flag[u"subject"_s].toString()};
            if (i > 0)
                QVERIFY2(previous < current, qPrintable(u"not sorted at %1"_s.arg(i)));
            previous = current;
        }
    }

    void demoDiaryShowsPlausibleFlags()
    {
        // The demo's symptoms start after the third infusion: worsening, spreading and
        // new task difficulty must all be flagged, none before that infusion.
        Database db;
        QVERIFY(db.open(m_demo, Database::OpenMode::MustExist));
        DiaryStore store(db);
        QList<QDate> infusions;
        for (const TreatmentEvent &event : store.events())
            if (event.kind == EventKind::Infusion)
                infusions.append(event.date);
        QVERIFY(infusions.size() >= 3);
        const QDate third = infusions[2];

        const QJsonArray flags = flagsJson(m_demo);
        QMap<QString, QDate> first;
        for (const QJsonValue &flag : flags) {
            const QString rule = flag[u"rule"_s].toString();
            const QDate date = QDate::fromString(flag[u"date"_s].toString(), Qt::ISODate);
            if (!first.contains(rule))
                first.insert(rule, date);
        }
        for (const QString &rule :
             {u"worsening_symptoms"_s, u"spreading_symptoms"_s, u"new_task_difficulty"_s}) {
            QVERIFY2(first.contains(rule), qPrintable(rule));
            QVERIFY2(first[rule] > third, qPrintable(rule + u" before the third infusion"_s));
        }
        QVERIFY(first[u"worsening_symptoms"_s] <= third.addDays(42));
        // A handful per month, not one a day (version 2 adds step-ups, repeats and rules 8-10:
        // 62 flags in these six months).
        QVERIFY2(flags.size() <= 75, qPrintable(QString::number(flags.size())));
    }

    void demoDiaryShowsTheVersionTwoCourse()
    {
        // The demo's course around the fourth infusion: near falls, weakness that rises (then
        // "worse again"), rapid weakness, and walking that gets harder up to "severe".
        const QJsonArray flags = flagsJson(m_demo);
        QSet<QString> seen;
        for (const QJsonValue &flag : flags)
            seen.insert(flag[u"rule"_s].toString() + u'/' + flag[u"kind"_s].toString() + u'/' +
                        flag[u"level"_s].toString());
        for (const QString &expected : {u"near_falls/onset/contact_team"_s, u"weakness/onset/contact_team"_s,
                                        u"weakness/step_up/contact_team"_s, u"rapid_weakness/onset/urgent"_s,
                                        u"walking_balance/step_up/urgent"_s})
            QVERIFY2(seen.contains(expected),
                     qPrintable(expected + u" in "_s + QStringList(seen.values()).join(u' ')));
    }

    void gradesFollowTheContract()
    {
        const Run run = runCli({u"grades"_s, u"--db"_s, m_demo, u"--json"_s, u"--from"_s, u"2026-08-01"_s,
                                u"--to"_s, u"2026-08-31"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray grades = doc.array();
        QVERIFY(grades.size() >= 25); // a few days of August may be missed
        QVERIFY(grades.size() <= 31);

        Database db;
        QVERIFY(db.open(m_demo, Database::OpenMode::MustExist));
        DiaryStore store(db);
        const QList<DayValues> days = buildDayValues(store.entries(QDate(2026, 8, 1), QDate(2026, 8, 31)));
        QList<QPair<QString, int>> expected;
        for (const DayValues &day : days)
            if (const std::optional<int> grade = GradeEstimate::forDay(day))
                expected.append({day.date().toString(Qt::ISODate), *grade});
        QCOMPARE(grades.size(), expected.size());
        for (qsizetype i = 0; i < grades.size(); ++i) {
            const QJsonObject object = grades[i].toObject();
            QCOMPARE(object.keys(), (QStringList{u"date"_s, u"grade"_s}));
            QCOMPARE(object[u"date"_s].toString(), expected[i].first);
            QCOMPARE(object[u"grade"_s].toInt(-1), expected[i].second);
        }

        const Run lines = runCli(
            {u"grades"_s, u"--db"_s, m_demo, u"--from"_s, u"2026-08-01"_s, u"--to"_s, u"2026-08-31"_s});
        QCOMPARE(lines.exitCode, 0);
        const QByteArray firstLine =
            expected.first().first.toUtf8() + QByteArray("  ") + QByteArray::number(expected.first().second);
        QVERIFY2(lines.out.contains(firstLine), lines.out.constData());
        const Run help = runCli({u"--help"_s});
        QVERIFY2(help.out.contains("grades"), help.out.constData());
        const Run bad = runCli(
            {u"grades"_s, u"--db"_s, m_demo, u"--from"_s, u"2026-09-02"_s, u"--to"_s, u"2026-09-01"_s});
        QCOMPARE(bad.exitCode, 1);
    }

    void steadyDiaryHasNoRuleOneToThree()
    {
        const QString path = m_dir.filePath(u"steady.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path));
            DiaryStore store(db);
            QRandomGenerator random(7);
            const QDate start(2025, 1, 1);
            QVERIFY(store.inTransaction([&] {
                for (int d = 0; d < 400; ++d) {
                    Entry entry(start.addDays(d), Author::Patient);
                    entry.setValue(Field::NumbnessFeet, 2 + int(random.bounded(2)));  // 2 or 3
                    entry.setValue(Field::TinglingHands, 1 + int(random.bounded(2))); // 1 or 2
                    // Usually mild (the lower median of the baseline week is 1), some days none.
                    entry.setValue(Field::Buttoning, d < 7 || random.bounded(3) > 0 ? 1 : 0);
                    entry.setValue(Field::Walking, 0);
                    entry.setRegions(RegionSet::fromCodes(u"left_toes;right_toes"));
                    if (!store.saveEntry(entry))
                        return false;
                    if (d % 7 == 3) {
                        Entry caregiver(start.addDays(d), Author::Caregiver);
                        caregiver.setValue(Field::Walking, 0);
                        caregiver.setRegions(RegionSet::fromCodes(u"left_toes"));
                        if (!store.saveEntry(caregiver))
                            return false;
                    }
                }
                return true;
            }));
        }
        const QJsonArray flags = flagsJson(path);
        const QStringList rules = rulesOf(flags);
        QVERIFY2(!rules.contains(u"worsening_symptoms"_s), qPrintable(rules.join(u',')));
        QVERIFY(!rules.contains(u"spreading_symptoms"_s));
        QVERIFY(!rules.contains(u"new_task_difficulty"_s));
        QVERIFY(flags.isEmpty());
    }

    void fromAndToOnlyFilterTheOutput()
    {
        // Worse from day 10 on for a month: one flag on day 10. Asking from day 20
        // must not turn day 20 into a new onset.
        const QString path = m_dir.filePath(u"filter.sqlite"_s);
        const QDate start(2026, 3, 1);
        {
            Database db;
            QVERIFY(db.open(path));
            DiaryStore store(db);
            for (int d = 0; d < 40; ++d) {
                Entry entry(start.addDays(d), Author::Patient);
                entry.setValue(Field::NumbnessFeet, d < 10 ? 1 : 6);
                entry.setValue(Field::Falls, d == 25 || d == 35 ? 1 : 0);
                QVERIFY(store.saveEntry(entry));
            }
            QVERIFY(store.acknowledge({start.addDays(10), u"worsening_symptoms"_s, u"feet"_s,
                                       start.addDays(12), u"told the nurse"_s}));
        }
        const QJsonArray all = flagsJson(path);
        QCOMPARE(rulesOf(all), (QStringList{u"worsening_symptoms"_s, u"fall"_s, u"fall"_s}));
        QCOMPARE(all[0][u"date"_s].toString(), u"2026-03-11"_s);
        QCOMPARE(all[0][u"discussed"_s][u"on"_s].toString(), u"2026-03-13"_s);
        QCOMPARE(all[0][u"discussed"_s][u"note"_s].toString(), u"told the nurse"_s);
        QVERIFY(!all[1].toObject().contains(u"discussed"_s));

        const QJsonArray later = flagsJson(path, {u"--from"_s, u"2026-03-21"_s});
        QCOMPARE(later.size(), 2);
        QCOMPARE(later[0][u"date"_s].toString(), u"2026-03-26"_s);
        QCOMPARE(later[1][u"date"_s].toString(), u"2026-04-05"_s);
        const QJsonArray middle = flagsJson(path, {u"--from"_s, u"2026-03-11"_s, u"--to"_s, u"2026-03-26"_s});
        QCOMPARE(middle.size(), 2);
        QCOMPARE(middle[0], all[0]);
        QCOMPARE(middle[1], all[1]);
        QCOMPARE(flagsJson(path, {u"--to"_s, u"2026-03-10"_s}).size(), 0);
    }

    void textIsOneAlignedLinePerFlag()
    {
        const Run run = runCli({u"flags"_s, u"--db"_s, m_demo});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
        const QJsonArray flags = flagsJson(m_demo);
        QCOMPARE(lines.size(), flags.size());
        qsizetype evidenceColumn = -1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString evidence = flags[i][u"evidence"_s].toString();
            QVERIFY(lines[i].startsWith(flags[i][u"date"_s].toString()));
            const qsizetype at = lines[i].indexOf(evidence);
            QVERIFY2(at > 0, qPrintable(lines[i]));
            if (evidenceColumn < 0)
                evidenceColumn = at;
            QCOMPARE(at, evidenceColumn);
        }
    }

    void emptyDiary()
    {
        const QString path = m_dir.filePath(u"empty.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path));
        }
        const Run json = runCli({u"flags"_s, u"--db"_s, path, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 0);
        QVERIFY(QJsonDocument::fromJson(json.out).isArray());
        const Run text = runCli({u"flags"_s, u"--db"_s, path});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.trimmed(), QByteArray("No flags."));
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

QTEST_GUILESS_MAIN(TestFlagsCli)
#include "tst_flags_cli.moc"
