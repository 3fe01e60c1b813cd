// The estimated grade of ESCALATION.md (version 2): each band at its edge (one step either
// side), from the day values (maximum over the day's entries).
#include "rules/GradeEstimate.h"

#include <QTest>

using namespace nd;
using namespace Qt::StringLiterals;

namespace {

using Values = QList<QPair<int, int>>; // (Field, value)

Entry entryWith(Author author, const Values &values)
{
    Entry e(QDate(2026, 3, 1), author);
    for (const auto &[field, value] : values)
        e.setValue(Field(field), value);
    return e;
}

} // namespace

class TestGrade : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void bands_data()
    {
        QTest::addColumn<Values>("patient");
        QTest::addColumn<Values>("caregiver");
        QTest::addColumn<int>("grade"); // -1: no grade

        const auto f = [](Field field) {
            return int(field);
        };
        // No grade: nothing rated and none of the signs named under grades 2 and 3.
        QTest::newRow("nothing rated has no grade") << Values{} << Values{} << -1;
        QTest::newRow("only non-grade fields rated has no grade") << Values{{f(Field::Falls), 2},
                                                                            {f(Field::Skin), 1},
                                                                            {f(Field::Confusion), 1},
                                                                            {f(Field::ChestPain), 1}}
                                                                  << Values{} << -1;
        QTest::newRow("grade signs answered no give no grade")
            << Values{{f(Field::Swallowing), 0}, {f(Field::DroopingEyelid), 0}} << Values{} << -1;

        // Grade 0 and 1.
        QTest::newRow("all scores 0 is grade 0") << Values{{f(Field::NumbnessHands), 0}} << Values{} << 0;
        QTest::newRow("all tasks 0 is grade 0") << Values{{f(Field::Walking), 0}} << Values{} << 0;
        QTest::newRow("a score of 1 is grade 1") << Values{{f(Field::PainFeet), 1}} << Values{} << 1;
        QTest::newRow("cold counts for grade 1") << Values{{f(Field::ColdHands), 1}} << Values{} << 1;
        QTest::newRow("a mild task is grade 1") << Values{{f(Field::Typing), 1}} << Values{} << 1;
        QTest::newRow("a score of 6 (one below 7) is grade 1")
            << Values{{f(Field::NumbnessFeet), 6}, {f(Field::Buttoning), 0}} << Values{} << 1;
        QTest::newRow("weakness 3 (one below 4) is grade 1")
            << Values{{f(Field::WeaknessFeet), 3}} << Values{} << 1;

        // Grade 2.
        QTest::newRow("a score of 7 is grade 2") << Values{{f(Field::NumbnessFeet), 7}} << Values{} << 2;
        QTest::newRow("cold at 7 is grade 2 (any of the twelve scores)")
            << Values{{f(Field::ColdHands), 7}} << Values{} << 2;
        QTest::newRow("weakness 4 is grade 2") << Values{{f(Field::WeaknessHands), 4}} << Values{} << 2;
        QTest::newRow("a moderate hand task is grade 2") << Values{{f(Field::Writing), 2}} << Values{} << 2;
        QTest::newRow("a moderate foot task is grade 2")
            << Values{{f(Field::FeelingGround), 2}} << Values{} << 2;
        QTest::newRow("walking moderate (one below severe) is grade 2")
            << Values{{f(Field::Walking), 2}} << Values{} << 2;
        QTest::newRow("typing unable is an instrumental task: grade 2")
            << Values{{f(Field::Typing), 4}} << Values{} << 2;
        QTest::newRow("writing severe is an instrumental task: grade 2")
            << Values{{f(Field::Writing), 3}} << Values{} << 2;
        QTest::newRow("small objects unable is an instrumental task: grade 2")
            << Values{{f(Field::SmallObjects), 4}} << Values{} << 2;
        QTest::newRow("feeling the ground unable is grade 2")
            << Values{{f(Field::FeelingGround), 4}} << Values{} << 2;
        QTest::newRow("a drooping eyelid alone is grade 2")
            << Values{{f(Field::DroopingEyelid), 1}} << Values{} << 2;
        QTest::newRow("double vision alone is grade 2")
            << Values{{f(Field::DoubleVision), 1}} << Values{} << 2;
        QTest::newRow("slurred speech alone is grade 2")
            << Values{{f(Field::SlurredSpeech), 1}} << Values{} << 2;

        // Grade 3.
        QTest::newRow("buttoning severe is grade 3") << Values{{f(Field::Buttoning), 3}} << Values{} << 3;
        QTest::newRow("grasping unable is grade 3") << Values{{f(Field::Grasping), 4}} << Values{} << 3;
        QTest::newRow("walking severe is grade 3") << Values{{f(Field::Walking), 3}} << Values{} << 3;
        QTest::newRow("balance severe is grade 3") << Values{{f(Field::Balance), 3}} << Values{} << 3;
        QTest::newRow("buttoning moderate (one below severe) is grade 2")
            << Values{{f(Field::Buttoning), 2}} << Values{} << 2;
        QTest::newRow("new trouble swallowing alone is grade 3")
            << Values{{f(Field::Swallowing), 1}} << Values{} << 3;
        QTest::newRow("trouble breathing alone is grade 3")
            << Values{{f(Field::Breathing), 1}} << Values{} << 3;
        QTest::newRow("facial weakness alone is grade 3")
            << Values{{f(Field::FacialWeakness), 1}} << Values{} << 3;
        QTest::newRow("weakness getting worse alone is grade 3")
            << Values{{f(Field::RisingWeakness), 1}} << Values{} << 3;
        QTest::newRow("bladder or bowel control lost alone is grade 3")
            << Values{{f(Field::BladderBowel), 1}} << Values{} << 3;
        QTest::newRow("scores of 10 and weakness 10 without a sign stay grade 2")
            << Values{{f(Field::NumbnessFeet), 10}, {f(Field::WeaknessFeet), 10}} << Values{} << 2;
        QTest::newRow("confusion, tremor, hard to wake and chest pain do not change the grade")
            << Values{{f(Field::PainFeet), 1},
                      {f(Field::Confusion), 1},
                      {f(Field::Tremor), 1},
                      {f(Field::HardToWake), 1},
                      {f(Field::ChestPain), 1}}
            << Values{} << 1;

        // Day values: the maximum over the day's entries.
        QTest::newRow("the highest band decides")
            << Values{{f(Field::Grasping), 1}, {f(Field::Walking), 2}, {f(Field::NumbnessHands), 9}}
            << Values{} << 2;
        QTest::newRow("the caregiver's rating raises the day")
            << Values{{f(Field::Walking), 1}} << Values{{f(Field::Walking), 3}} << 3;
        QTest::newRow("the caregiver's sign raises the day")
            << Values{{f(Field::PainHands), 2}} << Values{{f(Field::Swallowing), 1}} << 3;
        QTest::newRow("a caregiver-only day has a grade") << Values{} << Values{{f(Field::Balance), 2}} << 2;
    }

    void bands()
    {
        QFETCH(Values, patient);
        QFETCH(Values, caregiver);
        QFETCH(int, grade);
        QList<Entry> entries;
        if (!patient.isEmpty() || caregiver.isEmpty())
            entries.append(entryWith(Author::Patient, patient));
        if (!caregiver.isEmpty())
            entries.append(entryWith(Author::Caregiver, caregiver));
        const QList<DayValues> days = buildDayValues(entries);
        QCOMPARE(days.size(), 1);
        QCOMPARE(GradeEstimate::forDay(days[0]), grade < 0 ? std::nullopt : std::optional<int>(grade));
    }

    void labelledAsAnEstimate()
    {
        QVERIFY(GradeEstimate::label().contains(u"Estimated"_s));
        QVERIFY(GradeEstimate::label().contains(u"patient-reported"_s));
        QVERIFY(GradeEstimate::disclaimer().contains(u"not the official grade"_s));
        QCOMPARE(GradeEstimate::kMaximum, 3);
    }
};

QTEST_GUILESS_MAIN(TestGrade)
#include "tst_grade.moc"
