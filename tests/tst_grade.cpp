// The estimated grade of ESCALATION.md: each band at its edge, from the day values
// (maximum over the day's entries).
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
        QTest::newRow("nothing rated has no grade") << Values{} << Values{} << -1;
        QTest::newRow("only non-grade fields rated has no grade")
            << Values{{f(Field::Falls), 2}, {f(Field::Skin), 1}, {f(Field::Confusion), 1}} << Values{} << -1;
        QTest::newRow("all scores 0 is grade 0") << Values{{f(Field::NumbnessHands), 0}} << Values{} << 0;
        QTest::newRow("all tasks 0 is grade 0") << Values{{f(Field::Walking), 0}} << Values{} << 0;
        QTest::newRow("a score of 1 is grade 1") << Values{{f(Field::PainFeet), 1}} << Values{} << 1;
        QTest::newRow("a score of 10 alone is still grade 1")
            << Values{{f(Field::NumbnessFeet), 10}, {f(Field::Buttoning), 0}} << Values{} << 1;
        QTest::newRow("cold counts for grade 1") << Values{{f(Field::ColdHands), 1}} << Values{} << 1;
        QTest::newRow("weakness counts for grade 1") << Values{{f(Field::WeaknessFeet), 2}} << Values{} << 1;
        QTest::newRow("a mild task is grade 1") << Values{{f(Field::Typing), 1}} << Values{} << 1;
        QTest::newRow("a moderate task is grade 2") << Values{{f(Field::Writing), 2}} << Values{} << 2;
        QTest::newRow("a moderate foot task is grade 2")
            << Values{{f(Field::FeelingGround), 2}} << Values{} << 2;
        QTest::newRow("a severe task is grade 3") << Values{{f(Field::Balance), 3}} << Values{} << 3;
        QTest::newRow("unable is grade 3") << Values{{f(Field::SmallObjects), 4}} << Values{} << 3;
        QTest::newRow("the highest task decides")
            << Values{{f(Field::Grasping), 1}, {f(Field::Walking), 2}, {f(Field::NumbnessHands), 9}}
            << Values{} << 2;
        QTest::newRow("the caregiver's rating raises the day")
            << Values{{f(Field::Walking), 1}} << Values{{f(Field::Walking), 3}} << 3;
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
