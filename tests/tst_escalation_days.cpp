// Day values (the one merge of a day's entries that rules, charts and report share),
// the "discussed with care team" merge, and DiaryAnalysis over a real diary file.
#include "analysis/DiaryAnalysis.h"
#include "rules/AcknowledgedFlag.h"
#include "rules/DayValues.h"
#include "storage/Database.h"
#include "storage/DiaryStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nd;
using namespace Qt::StringLiterals;

namespace {

const QDate kDay0(2026, 3, 1);

QDate day(int number)
{
    return kDay0.addDays(number);
}

Entry entry(int dayNumber, Author author, std::initializer_list<std::pair<Field, int>> values,
            RegionSet regions = {})
{
    Entry e(day(dayNumber), author);
    for (const auto &[field, value] : values)
        e.setValue(field, value);
    e.setRegions(regions);
    return e;
}

RegionSet regions(std::initializer_list<const char *> codes)
{
    RegionSet set;
    for (const char *code : codes)
        set.insert(*Region::fromCode(QString::fromLatin1(code)));
    return set;
}

} // namespace

class TestEscalationDays : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
    }

    void oneDayPerCalendarDaySorted()
    {
        const QList<Entry> entries = {
            entry(5, Author::Caregiver, {{Field::Walking, 1}}),
            entry(2, Author::Patient, {{Field::NumbnessFeet, 3}}),
            entry(5, Author::Patient, {{Field::Walking, 0}}),
        };
        const QList<DayValues> days = buildDayValues(entries);
        QCOMPARE(days.size(), 2);
        QCOMPARE(days[0].date(), day(2));
        QCOMPARE(days[1].date(), day(5));
        QVERIFY(days[1].hasEntryBy(Author::Patient));
        QVERIFY(days[1].hasEntryBy(Author::Caregiver));
        QVERIFY(!days[1].isCaregiverOnly());
        QVERIFY(days[0].hasEntryBy(Author::Patient));
        QVERIFY(!days[0].hasEntryBy(Author::Caregiver));
        QVERIFY(buildDayValues({}).isEmpty());
    }

    void maximumOverEntriesBlankIgnored()
    {
        const QList<DayValues> days = buildDayValues({
            entry(1, Author::Patient, {{Field::NumbnessHands, 2}, {Field::Buttoning, 3}, {Field::Tremor, 0}}),
            entry(1, Author::Caregiver, {{Field::NumbnessHands, 5}, {Field::Tremor, 1}, {Field::Falls, 0}}),
        });
        QCOMPARE(days.size(), 1);
        const DayValues &d = days[0];
        QCOMPARE(d.value(Field::NumbnessHands), std::optional<int>(5));
        QCOMPARE(d.value(Field::Buttoning), std::optional<int>(3)); // the caregiver left it blank
        QCOMPARE(d.value(Field::Falls), std::optional<int>(0));
        QVERIFY(d.isYes(Field::Tremor)); // yes wins
        QCOMPARE(d.value(Field::Walking), std::nullopt);
    }

    void limbScores_data()
    {
        QTest::addColumn<QList<int>>("feet"); // numbness, tingling, burning, pain, cold, weakness; -1 blank
        QTest::addColumn<int>("expected");    // -1 blank
        QTest::newRow("all blank is blank") << QList<int>{-1, -1, -1, -1, -1, -1} << -1;
        QTest::newRow("only cold and weakness rated is blank") << QList<int>{-1, -1, -1, -1, 9, 9} << -1;
        QTest::newRow("numbness alone") << QList<int>{3, -1, -1, -1, 9, 9} << 3;
        QTest::newRow("highest of the four") << QList<int>{1, 2, 7, 4, 9, 9} << 7;
        QTest::newRow("pain counts") << QList<int>{0, 0, 0, 6, -1, -1} << 6;
        QTest::newRow("zero is a score") << QList<int>{0, -1, -1, -1, -1, -1} << 0;
    }

    void limbScores()
    {
        QFETCH(QList<int>, feet);
        QFETCH(int, expected);
        Entry e(day(0), Author::Patient);
        for (int s = 0; s < kSymptomCount; ++s)
            if (feet[s] >= 0)
                e.setValue(symptomField(Symptom(s), Limb::Feet), feet[s]);
        const DayValues d = buildDayValues({e}).value(0);
        QCOMPARE(d.limbScore(Limb::Feet), expected < 0 ? std::nullopt : std::optional<int>(expected));
        QCOMPARE(d.limbScore(Limb::Hands), std::nullopt);
    }

    void limbScoreAcrossAuthors()
    {
        // The patient rated tingling, the caregiver pain: the day's limb score is the larger.
        const DayValues d = buildDayValues({entry(0, Author::Patient, {{Field::TinglingHands, 2}}),
                                            entry(0, Author::Caregiver, {{Field::PainHands, 4}})})
                                .value(0);
        QCOMPARE(d.limbScore(Limb::Hands), std::optional<int>(4));
    }

    void regionsAreUnited()
    {
        const DayValues d =
            buildDayValues({entry(0, Author::Patient, {}, regions({"left_toes", "right_toes"})),
                            entry(0, Author::Caregiver, {}, regions({"left_ankle"}))})
                .value(0);
        QCOMPARE(d.regions(), regions({"left_toes", "right_toes", "left_ankle"}));
    }

    void skinFindingsFromEveryEntry()
    {
        const DayValues d =
            buildDayValues({entry(0, Author::Patient, {{Field::Skin, int(SkinFinding::None)}}),
                            entry(0, Author::Caregiver, {{Field::Skin, int(SkinFinding::Cut)}})})
                .value(0);
        QVERIFY(d.hasSkinProblem());
        QCOMPARE(d.skinProblems(), QList<SkinFinding>{SkinFinding::Cut});
        const DayValues none = buildDayValues({entry(0, Author::Patient, {{Field::Skin, 0}})}).value(0);
        QVERIFY(!none.hasSkinProblem());
        QVERIFY(none.hasSkinFinding(SkinFinding::None));
    }

    void caregiverOnlyDay()
    {
        const DayValues d = buildDayValues({entry(0, Author::Caregiver, {{Field::Balance, 2}})}).value(0);
        QVERIFY(d.isCaregiverOnly());
    }

    void blankEntryStillMakesADay()
    {
        // A day with an entry exists for the rules even when nothing was rated.
        const QList<DayValues> days = buildDayValues({Entry(day(3), Author::Patient)});
        QCOMPARE(days.size(), 1);
        QCOMPARE(days[0].limbScore(Limb::Feet), std::nullopt);
    }

    void acknowledgementsPairByIdentity()
    {
        const QList<Flag> flags = {
            {day(3), Rule::Fall, u"falls"_s, u"e"_s, u"a"_s},
            {day(3), Rule::NeuroWarning, u"tremor"_s, u"e"_s, u"a"_s},
            {day(9), Rule::WorseningSymptoms, u"feet"_s, u"e"_s, u"a"_s},
        };
        const QList<FlagAcknowledgement> acks = {
            {day(9), u"worsening_symptoms"_s, u"feet"_s, day(11), u"  dose lowered "_s},
            {day(3), u"fall"_s, u"falls"_s, day(4), QString()},
            {day(3), u"fall"_s, u"feet"_s, day(4), u"other subject"_s},        // no such flag
            {day(2), u"neuro_warning"_s, u"tremor"_s, day(4), u"other day"_s}, // no such flag
        };
        QList<FlagAcknowledgement> unmatched;
        const QList<AcknowledgedFlag> merged = mergeAcknowledgements(flags, acks, &unmatched);
        QCOMPARE(merged.size(), 3);
        QVERIFY(merged[0].isDiscussed());
        QCOMPARE(merged[0].discussedText(), u"Discussed with care team on 2026-03-05"_s);
        QVERIFY(!merged[1].isDiscussed());
        QCOMPARE(merged[1].discussedText(), QString());
        QCOMPARE(merged[2].discussedText(), u"Discussed with care team on 2026-03-12: dose lowered"_s);
        QCOMPARE(unmatched.size(), 2);
        QCOMPARE(unmatched[0].note, u"other subject"_s);
        QCOMPARE(unmatched[1].note, u"other day"_s);
    }

    void analysisOfADiaryFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Database db;
        QVERIFY2(db.open(dir.filePath(u"d.sqlite"_s)), qPrintable(db.errorString()));
        DiaryStore store(db);
        for (int d = 0; d <= 2; ++d)
            QVERIFY(store.saveEntry(entry(d, Author::Patient, {{Field::NumbnessFeet, 1}})));
        QVERIFY(store.saveEntry(entry(10, Author::Patient, {{Field::NumbnessFeet, 5}})));
        QVERIFY(store.saveEntry(entry(20, Author::Caregiver, {{Field::Falls, 1}})));

        DiaryAnalysis analysis;
        QVERIFY(DiaryAnalysis::load(store, &analysis));
        QCOMPARE(analysis.days.size(), 5);
        QVERIFY(analysis.usesDefaultBaseline());
        QCOMPARE(analysis.baseline, std::optional(BaselinePeriod{day(0), day(6)}));
        QCOMPARE(analysis.flags.size(), 2);
        QCOMPARE(analysis.flags[0].flag.rule, Rule::WorseningSymptoms);
        QCOMPARE(analysis.flags[0].flag.date, day(10));
        QCOMPARE(analysis.flags[1].flag.rule, Rule::Fall);

        // "Discussed" survives recomputation, also after more entries were added.
        QVERIFY(store.acknowledge({day(10), u"worsening_symptoms"_s, u"feet"_s, day(12), u"seen"_s}));
        QVERIFY(store.saveEntry(entry(30, Author::Patient, {{Field::Walking, 0}})));
        QVERIFY(DiaryAnalysis::load(store, &analysis));
        QCOMPARE(analysis.days.size(), 6);
        QVERIFY(analysis.flags[0].isDiscussed());
        QCOMPARE(analysis.flags[0].acknowledgement->note, u"seen"_s);
        QVERIFY(analysis.unmatchedAcknowledgements.isEmpty());

        // A new baseline (after the appointment) takes the rise in: the flag goes, its
        // mark is kept and handed back as unmatched.
        QVERIFY(store.setBaseline({day(10), day(12)}));
        QVERIFY(DiaryAnalysis::load(store, &analysis));
        QVERIFY(!analysis.usesDefaultBaseline());
        QCOMPARE(analysis.baseline, std::optional(BaselinePeriod{day(10), day(12)}));
        QCOMPARE(analysis.flags.size(), 1);
        QCOMPARE(analysis.flags[0].flag.rule, Rule::Fall);
        QCOMPARE(analysis.unmatchedAcknowledgements.size(), 1);
        QCOMPARE(analysis.unmatchedAcknowledgements[0].subject, u"feet"_s);
    }

    void emptyDiary()
    {
        const DiaryAnalysis analysis = DiaryAnalysis::compute({}, std::nullopt, {});
        QVERIFY(analysis.days.isEmpty());
        QVERIFY(!analysis.baseline);
        QVERIFY(analysis.flags.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEscalationDays)
#include "tst_escalation_days.moc"
