// Entry values and their validation: every field's bounds, region codes, authors.
#include "model/Entry.h"
#include "model/TreatmentEvent.h"

#include <QTest>

using namespace nd;
using namespace Qt::StringLiterals;

class TestModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void fieldBounds_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("valid");
        for (const FieldSpec &spec : allFields()) {
            const QByteArray name = QByteArray(spec.name.data(), spec.name.size());
            QTest::newRow(QByteArray(name + " accepts 0").constData()) << int(spec.field) << 0 << true;
            QTest::newRow(QByteArray(name + " accepts its maximum").constData())
                << int(spec.field) << spec.maximum << true;
            QTest::newRow(QByteArray(name + " rejects one above its maximum").constData())
                << int(spec.field) << spec.maximum + 1 << false;
            QTest::newRow(QByteArray(name + " rejects -1").constData()) << int(spec.field) << -1 << false;
        }
    }

    void fieldBounds()
    {
        QFETCH(int, field);
        QFETCH(int, value);
        QFETCH(bool, valid);
        Entry entry(QDate(2026, 3, 1), Author::Patient);
        entry.setValue(Field(field), value);
        const QList<FieldProblem> problems = entry.problems();
        QCOMPARE(problems.isEmpty(), valid);
        if (!valid) {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems[0].field, QString(fieldSpec(Field(field)).name));
            QVERIFY(problems[0].reason.contains(QString::number(value)));
        }
    }

    void contractRanges()
    {
        QCOMPARE(fieldSpec(Field::NumbnessHands).maximum, 10);
        QCOMPARE(fieldSpec(Field::Buttoning).maximum, 4);
        QCOMPARE(fieldSpec(Field::Skin).maximum, 5);
        QCOMPARE(fieldSpec(Field::Smoked).maximum, 1);
        QCOMPARE(int(allFields().size()), 40);
    }

    void invalidDateIsAProblem()
    {
        Entry entry;
        QCOMPARE(entry.problems().size(), 1);
        QCOMPARE(entry.problems()[0].field, u"date"_s);
    }

    void blankValuesAreValid()
    {
        Entry entry(QDate(2026, 3, 1), Author::Caregiver);
        QVERIFY(entry.isValid());
        QVERIFY(entry.isBlank());
        entry.setNote(u"x"_s);
        QVERIFY(!entry.isBlank());
    }

    void regionCodesRoundTrip()
    {
        QCOMPARE(kRegionCount, 16);
        for (int i = 0; i < kRegionCount; ++i) {
            const Region region = Region::fromIndex(i);
            QCOMPARE(Region::fromCode(region.code())->index(), i);
        }
        QCOMPARE(Region::fromIndex(0).code(), u"left_fingertips"_s);
        QCOMPARE(Region::fromIndex(15).code(), u"right_lower_leg"_s);
    }

    void regionSetParsesAnyOrderAndReportsUnknown()
    {
        QStringList unknown;
        const RegionSet set = RegionSet::fromCodes(u" right_toes ; left_fingertips;left_knee"_s, &unknown);
        QCOMPARE(set.size(), 2);
        QCOMPARE(set.toCodes(), u"left_fingertips;right_toes"_s);
        QCOMPARE(unknown, QStringList{u"left_knee"_s});
    }

    void codesRoundTrip()
    {
        QCOMPARE(authorFromCode(u"caregiver"), Author::Caregiver);
        QVERIFY(!authorFromCode(u"nurse"));
        for (int i = 0; i < kEventKindCount; ++i)
            QCOMPARE(eventKindFromCode(QString(eventKindCode(EventKind(i)))), EventKind(i));
        for (int i = 0; i < kSkinFindingCount; ++i)
            QCOMPARE(skinFindingFromCode(QString(skinFindingCode(SkinFinding(i)))), SkinFinding(i));
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
