// Entry values and their validation: every field's bounds, region codes, authors.
#include "model/Entry.h"
#include "model/TreatmentEvent.h"
#include "model/ValueWords.h"

#include <QSet>
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
        QCOMPARE(int(allFields().size()), 48); // 40 of contract v1, 8 warning signs of contract v2
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
        QCOMPARE(kRegionCount, 22);
        for (int i = 0; i < kRegionCount; ++i) {
            const Region region = Region::fromIndex(i);
            QCOMPARE(Region::fromCode(region.code())->index(), i);
        }
        // The canonical (export) order of FORMATS.md: each side's parts from the fingertips
        // to the thigh, left side first.
        QStringList codes;
        for (int i = 0; i < kRegionCount; ++i)
            codes.append(Region::fromIndex(i).code());
        const QString parts =
            u"fingertips fingers hand wrist forearm upper_arm toes foot ankle lower_leg thigh"_s;
        QStringList expected;
        for (const QString &side : {u"left_"_s, u"right_"_s})
            for (const QString &part : parts.split(u' '))
                expected.append(side + part);
        QCOMPARE(codes, expected);
    }

    void contractTwoRegionsAreArmsOrLegs_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("arm");
        QTest::newRow("the left forearm is part of an arm") << u"left_forearm"_s << true;
        QTest::newRow("the right upper arm is part of an arm") << u"right_upper_arm"_s << true;
        QTest::newRow("the left thigh is part of a leg") << u"left_thigh"_s << false;
        QTest::newRow("the right thigh is part of a leg") << u"right_thigh"_s << false;
    }
    void contractTwoRegionsAreArmsOrLegs()
    {
        QFETCH(QString, code);
        QFETCH(bool, arm);
        const std::optional<Region> region = Region::fromCode(code);
        QVERIFY(region);
        QCOMPARE(region->isHand(), arm);
        RegionSet set;
        set.insert(*region);
        QCOMPARE(RegionSet::fromCodes(set.toCodes()), set);
    }

    void newWarningSignsFollowTheNoteInContractOrder()
    {
        const QStringList signs = {u"drooping_eyelid"_s,     u"double_vision"_s, u"slurred_speech"_s,
                                   u"rising_weakness"_s,     u"hard_to_wake"_s,  u"bladder_bowel"_s,
                                   u"headache_stiff_neck"_s, u"chest_pain"_s};
        for (int i = 0; i < signs.size(); ++i) {
            const FieldSpec &spec = allFields()[std::size_t(kFieldCountV1 + i)];
            QCOMPARE(QString(spec.name), signs[i]);
            QCOMPARE(spec.kind, FieldKind::YesNo);
            QCOMPARE(kWarningSignFields[std::size_t(7 + i)], spec.field);
        }
        QCOMPARE(kFieldCount, kFieldCountV1 + 8);
        Entry entry(QDate(2026, 3, 1), Author::Patient);
        entry.setValue(Field::ChestPain, 2);
        QCOMPARE(entry.problems().size(), 1);
        QCOMPARE(entry.problems()[0].field, u"chest_pain"_s);
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

    // The one place words of coded values start with a capital: the first letter, after a
    // translation's opening quote, never a word after a number.
    void capitalisedRaisesOnlyTheFirstLetter_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a level word") << u"moderate"_s << u"Moderate"_s;
        QTest::newRow("a sentence keeps the rest") << u"blister, cut found"_s << u"Blister, cut found"_s;
        QTest::newRow("after an opening quote") << u"\u00ABnone\u00BB"_s << u"\u00ABNone\u00BB"_s;
        QTest::newRow("a number first leaves the words") << u"2 falls recorded"_s << u"2 falls recorded"_s;
        QTest::newRow("an accented letter") << u"\u00E9tat"_s << u"\u00C9tat"_s;
        QTest::newRow("nothing") << QString() << QString();
    }
    void capitalisedRaisesOnlyTheFirstLetter()
    {
        QFETCH(QString, word);
        QFETCH(QString, expected);
        QCOMPARE(ValueWords::capitalised(word), expected);
    }

    // Every task level 0–4 has its word; anything else has none (not a made-up level).
    void everyTaskLevelHasAWord()
    {
        QStringList words;
        for (int level = 0; level <= 4; ++level) {
            QVERIFY(!ValueWords::taskLevel(level).isEmpty());
            words.append(ValueWords::taskLevel(level));
        }
        QCOMPARE(QSet<QString>(words.begin(), words.end()).size(), 5);
        QVERIFY(ValueWords::taskLevel(5).isEmpty());
        QVERIFY(ValueWords::taskLevel(-1).isEmpty());
        QCOMPARE(ValueWords::taskLevelTitle(2), u"Moderate"_s);
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
