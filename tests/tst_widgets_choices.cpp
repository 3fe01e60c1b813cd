// LevelPicker, YesNoToggle and SkinChoice: the word buttons of the Today page.
#include "entry/SkinChoice.h"
#include "model/Field.h"
#include "widgets/LevelPicker.h"
#include "widgets/YesNoToggle.h"

#include <QAccessible>
#include <QSignalSpy>
#include <QTest>

using namespace nd;
using namespace Qt::StringLiterals;

namespace {
void showFocused(QWidget &widget)
{
    widget.resize(widget.sizeHint());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.setFocus();
}
} // namespace

class TestChoices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void levelPickerKeys_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("expected");
        QTest::newRow("0 is none") << u"0"_s << 0;
        QTest::newRow("1 is mild") << u"1"_s << 1;
        QTest::newRow("4 is unable") << u"4"_s << 4;
        QTest::newRow("5 is not a level and changes nothing") << u"5"_s << int(LevelPicker::kNone);
        QTest::newRow("s picks severe") << u"s"_s << 3;
        QTest::newRow("u picks unable") << u"u"_s << 4;
        QTest::newRow("n picks none") << u"n"_s << 0;
        QTest::newRow("m is ambiguous (mild, moderate) and changes nothing")
            << u"m"_s << int(LevelPicker::kNone);
        QTest::newRow("a later key replaces an earlier one") << u"13"_s << 3;
    }
    void levelPickerKeys()
    {
        QFETCH(QString, typed);
        QFETCH(int, expected);
        LevelPicker picker;
        showFocused(picker);
        QTest::keyClicks(&picker, typed);
        QCOMPARE(picker.value(), expected);
    }

    void levelPickerShowsWordsAndClicks()
    {
        LevelPicker picker;
        showFocused(picker);
        QCOMPARE(picker.optionCount(), 5);
        QCOMPARE(picker.optionLabel(2), u"Moderate"_s);
        QTest::mouseClick(&picker, Qt::LeftButton, {}, picker.segmentRect(2).center());
        QCOMPARE(picker.value(), 2);
        QTest::keyClick(&picker, Qt::Key_Right);
        QCOMPARE(picker.value(), 3);
        QTest::mouseClick(&picker, Qt::LeftButton, {}, picker.segmentRect(picker.clearSegment()).center());
        QCOMPARE(picker.optionalValue(), std::nullopt);
        for (int i = 0; i < picker.segmentCount(); ++i)
            QVERIFY(picker.segmentRect(i).width() >= 44 && picker.segmentRect(i).height() >= 44);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&picker);
        QCOMPARE(iface->childCount(), 6);
        QCOMPARE(iface->child(4)->text(QAccessible::Name), u"Unable: could not do it"_s);
    }

    void yesNoKeys_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<std::optional<int>>("expected");
        QTest::newRow("Y is yes") << int(Qt::Key_Y) << std::optional<int>(1);
        QTest::newRow("N is no") << int(Qt::Key_N) << std::optional<int>(0);
        QTest::newRow("1 is yes, as in the diary file") << int(Qt::Key_1) << std::optional<int>(1);
        QTest::newRow("0 is no, as in the diary file") << int(Qt::Key_0) << std::optional<int>(0);
        QTest::newRow("right from skipped is yes") << int(Qt::Key_Right) << std::optional<int>(1);
        QTest::newRow("end is no") << int(Qt::Key_End) << std::optional<int>(0);
        QTest::newRow("X changes nothing") << int(Qt::Key_X) << std::optional<int>();
    }
    void yesNoKeys()
    {
        QFETCH(int, key);
        QFETCH(std::optional<int>, expected);
        YesNoToggle toggle;
        showFocused(toggle);
        QTest::keyClick(&toggle, Qt::Key(key));
        QCOMPARE(toggle.fieldValue(), expected);
    }

    void yesNoBackToNotAsked()
    {
        YesNoToggle toggle;
        showFocused(toggle);
        toggle.setFieldValue(1);
        QVERIFY(toggle.isYes());
        QTest::keyClick(&toggle, Qt::Key_Delete);
        QCOMPARE(toggle.fieldValue(), std::nullopt);
        QTest::mouseClick(&toggle, Qt::LeftButton, {}, toggle.segmentRect(YesNoToggle::kNo).center());
        QCOMPARE(toggle.fieldValue(), std::optional<int>(0));
        QTest::mouseClick(&toggle, Qt::LeftButton, {}, toggle.segmentRect(toggle.clearSegment()).center());
        QCOMPARE(toggle.fieldValue(), std::nullopt);
        QCOMPARE(toggle.accessibleValueText(), u"Skipped"_s);
        QCOMPARE(toggle.partName(toggle.clearSegment()), u"Skipped"_s);
    }

    void skinChoiceUsesTheDiaryCodes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("expected");
        QTest::newRow("0 is all fine") << u"0"_s << int(SkinFinding::None);
        QTest::newRow("1 is a blister") << u"1"_s << int(SkinFinding::Blister);
        QTest::newRow("5 is something else") << u"5"_s << int(SkinFinding::Other);
        QTest::newRow("r is redness") << u"r"_s << int(SkinFinding::Redness);
        QTest::newRow("c is a cut") << u"c"_s << int(SkinFinding::Cut);
        QTest::newRow("b is ambiguous (blister, burn)") << u"b"_s << int(SkinChoice::kNone);
    }
    void skinChoiceUsesTheDiaryCodes()
    {
        QFETCH(QString, typed);
        QFETCH(int, expected);
        SkinChoice choice;
        showFocused(choice);
        QTest::keyClicks(&choice, typed);
        QCOMPARE(choice.value(), expected);
        QCOMPARE(choice.optionCount(), kSkinFindingCount);
    }
};

QTEST_MAIN(TestChoices)
#include "tst_widgets_choices.moc"
