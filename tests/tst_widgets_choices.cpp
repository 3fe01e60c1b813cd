// LevelPicker, YesNoToggle and SkinChoice: the word buttons of the Today page.
#include "entry/AuthorSwitch.h"
#include "entry/LevelPicker.h"
#include "entry/SkinChoice.h"
#include "model/Field.h"
#include "widgets/RatingBar.h"
#include "widgets/YesNoToggle.h"

#include <QAccessible>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

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

// A "language" that marks every text, to see which texts follow a change of language.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char * = nullptr, int = -1) const override
    {
        return u"«"_s + QString::fromUtf8(sourceText) + u"»"_s;
    }
    bool isEmpty() const override { return false; }
};
} // namespace

Q_DECLARE_METATYPE(std::shared_ptr<nd::SegmentedControl>)

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

    void theWordsFollowAChangeOfLanguage_data()
    {
        QTest::addColumn<std::shared_ptr<SegmentedControl>>("control");
        QTest::addColumn<QString>("firstLabel");
        QTest::newRow("a level picker") << std::shared_ptr<SegmentedControl>(new LevelPicker) << u"None"_s;
        QTest::newRow("a skin choice") << std::shared_ptr<SegmentedControl>(new SkinChoice) << u"All fine"_s;
        QTest::newRow("a yes-no toggle") << std::shared_ptr<SegmentedControl>(new YesNoToggle) << u"Yes"_s;
        QTest::newRow("a rating bar") << std::shared_ptr<SegmentedControl>(new RatingBar) << u"0"_s;
        QTest::newRow("an author switch")
            << std::shared_ptr<SegmentedControl>(new AuthorSwitch) << u"Patient"_s;
    }
    void theWordsFollowAChangeOfLanguage()
    {
        QFETCH(std::shared_ptr<SegmentedControl>, control);
        QFETCH(QString, firstLabel);
        QCOMPARE(control->optionLabel(0), firstLabel);
        const QString spokenBefore = control->spokenName(0);
        control->setValue(1);
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking)); // sends LanguageChange to every widget
        QCoreApplication::sendPostedEvents();
        // A rating's digits are not words; its spoken name of 0 is.
        if (firstLabel != u"0"_s)
            QCOMPARE(control->optionLabel(0), u"«"_s + firstLabel + u"»"_s);
        QVERIFY(control->spokenName(0).startsWith(u"«"_s));
        QCOMPARE(control->value(), 1); // the choice stays
        QCoreApplication::removeTranslator(&marking);
        QCoreApplication::sendPostedEvents();
        QCOMPARE(control->optionLabel(0), firstLabel);
        QCOMPARE(control->spokenName(0), spokenBefore);
        if (control->hasClearSegment())
            QVERIFY(!control->partName(control->clearSegment()).contains(u"«"_s));
    }
};

QTEST_MAIN(TestChoices)
#include "tst_widgets_choices.moc"
