// RatingBar: keyboard, pointer, the "not rated" state and what screen readers get.
#include "widgets/RatingBar.h"

#include <QAccessible>
#include <QSignalSpy>
#include <QTest>

using namespace nd;
using namespace Qt::StringLiterals;

class TestRatingBar : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RatingBar> m_bar;

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void init()
    {
        m_bar = std::make_unique<RatingBar>();
        m_bar->setAccessibleName(u"Numbness in the hands"_s);
        m_bar->resize(m_bar->sizeHint());
        m_bar->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_bar.get()));
        m_bar->setFocus();
    }
    void cleanup() { m_bar.reset(); }

    void startsNotRated()
    {
        QCOMPARE(m_bar->value(), RatingBar::kNone);
        QCOMPARE(m_bar->optionalValue(), std::nullopt);
        QCOMPARE(m_bar->accessibleValueText(), u"Not rated"_s);
        QVERIFY(m_bar->isPartChecked(m_bar->clearSegment()));
    }

    void digitKeySetsTheRating_data()
    {
        QTest::addColumn<char>("key");
        QTest::addColumn<int>("expected");
        for (int digit = 0; digit <= 9; ++digit)
            QTest::newRow(qPrintable(u"key %1 rates %1"_s.arg(digit))) << char('0' + digit) << digit;
    }
    void digitKeySetsTheRating()
    {
        QFETCH(char, key);
        QFETCH(int, expected);
        QSignalSpy edited(m_bar.get(), &SegmentedControl::edited);
        QTest::keyClick(m_bar.get(), key);
        QCOMPARE(m_bar->value(), expected);
        QCOMPARE(edited.size(), 1);
    }

    void typedNumbersRate_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("pauseMs");
        QTest::addColumn<int>("expected");
        QTest::newRow("1 then 0 quickly gives 10") << u"10"_s << 0 << 10;
        QTest::newRow("1 then 0 after a moment's thought still gives 10") << u"10"_s << 600 << 10;
        QTest::newRow("1 then 0 after a long pause gives 0") << u"10"_s << RatingBar::kTwoDigitMs + 200 << 0;
        QTest::newRow("2 then 0 gives 0") << u"20"_s << 0 << 0;
        QTest::newRow("1 then 1 gives 1") << u"11"_s << 0 << 1;
        QTest::newRow("10 then 0 gives 0") << u"100"_s << 0 << 0;
    }
    void typedNumbersRate()
    {
        QFETCH(QString, typed);
        QFETCH(int, pauseMs);
        QFETCH(int, expected);
        for (qsizetype i = 0; i < typed.size(); ++i) {
            if (i == 1 && pauseMs > 0)
                QTest::qWait(pauseMs);
            QTest::keyClick(m_bar.get(), typed.at(i).toLatin1());
        }
        QCOMPARE(m_bar->value(), expected);
    }

    void theTooltipSaysHowToType10() { QVERIFY(m_bar->toolTip().contains(u"1 and then 0"_s)); }

    void arrowsHomeAndEndStep_data()
    {
        QTest::addColumn<QList<int>>("keys");
        QTest::addColumn<int>("expected");
        QTest::newRow("right from not rated gives 0") << QList<int>{Qt::Key_Right} << 0;
        QTest::newRow("left from not rated gives 0") << QList<int>{Qt::Key_Left} << 0;
        QTest::newRow("three rights give 2") << QList<int>{Qt::Key_Right, Qt::Key_Right, Qt::Key_Right} << 2;
        QTest::newRow("end gives 10") << QList<int>{Qt::Key_End} << 10;
        QTest::newRow("right stops at 10") << QList<int>{Qt::Key_End, Qt::Key_Right} << 10;
        QTest::newRow("left after end gives 9") << QList<int>{Qt::Key_End, Qt::Key_Left} << 9;
        QTest::newRow("home gives 0") << QList<int>{Qt::Key_End, Qt::Key_Home} << 0;
        QTest::newRow("left stops at 0") << QList<int>{Qt::Key_Home, Qt::Key_Left} << 0;
        QTest::newRow("delete clears") << QList<int>{Qt::Key_5, Qt::Key_Delete} << int(RatingBar::kNone);
        QTest::newRow("backspace clears")
            << QList<int>{Qt::Key_5, Qt::Key_Backspace} << int(RatingBar::kNone);
    }
    void arrowsHomeAndEndStep()
    {
        QFETCH(QList<int>, keys);
        QFETCH(int, expected);
        for (int key : keys)
            QTest::keyClick(m_bar.get(), Qt::Key(key));
        QCOMPARE(m_bar->value(), expected);
    }

    void lettersAndControlShortcutsAreIgnored()
    {
        QTest::keyClick(m_bar.get(), Qt::Key_4);
        QTest::keyClick(m_bar.get(), Qt::Key_A);
        QTest::keyClick(m_bar.get(), Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(m_bar->value(), 4);
    }

    void clickingASegmentRatesIt_data()
    {
        QTest::addColumn<int>("segment");
        QTest::newRow("the first button gives 0") << 0;
        QTest::newRow("the middle button gives 5") << 5;
        QTest::newRow("the last number gives 10") << 10;
    }
    void clickingASegmentRatesIt()
    {
        QFETCH(int, segment);
        QTest::mouseClick(m_bar.get(), Qt::LeftButton, {}, m_bar->segmentRect(segment).center());
        QCOMPARE(m_bar->value(), segment);
    }

    void clickingNotRatedClearsIt()
    {
        m_bar->setValue(6);
        QTest::mouseClick(m_bar.get(), Qt::LeftButton, {},
                          m_bar->segmentRect(m_bar->clearSegment()).center());
        QCOMPARE(m_bar->value(), RatingBar::kNone);
    }

    void clickInAGapCountsForTheNearestSegment()
    {
        const QRect three = m_bar->segmentRect(3);
        QTest::mouseClick(m_bar.get(), Qt::LeftButton, {}, QPoint(three.right() + 2, three.center().y()));
        QVERIFY(m_bar->value() == 3 || m_bar->value() == 4);
    }

    void settingInCodeIsNotAnEdit()
    {
        QSignalSpy edited(m_bar.get(), &SegmentedControl::edited);
        QSignalSpy changed(m_bar.get(), &SegmentedControl::valueChanged);
        m_bar->setValue(7);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(edited.size(), 0);
        m_bar->setValue(42); // out of range means not rated
        QCOMPARE(m_bar->value(), RatingBar::kNone);
    }

    void everySegmentIsATargetSize()
    {
        QCOMPARE(m_bar->segmentCount(), 12);
        for (int i = 0; i < m_bar->segmentCount(); ++i) {
            const QRect r = m_bar->segmentRect(i);
            QVERIFY2(r.width() >= 44 && r.height() >= 44, qPrintable(u"segment %1 is too small"_s.arg(i)));
            QVERIFY(m_bar->rect().contains(r));
        }
    }

    void screenReadersGetNameValueAndButtons()
    {
        m_bar->setValue(4);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m_bar.get());
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::Slider);
        QCOMPARE(iface->text(QAccessible::Name), u"Numbness in the hands"_s);
        QCOMPARE(iface->text(QAccessible::Value), u"4 of 10"_s);
        QVERIFY(iface->valueInterface());
        QCOMPARE(iface->valueInterface()->currentValue().toInt(), 4);
        QCOMPARE(iface->valueInterface()->maximumValue().toInt(), 10);
        QCOMPARE(iface->childCount(), 12);
        QAccessibleInterface *four = iface->child(4);
        QVERIFY(four);
        QCOMPARE(four->role(), QAccessible::RadioButton);
        QCOMPARE(four->text(QAccessible::Name), u"4"_s);
        QVERIFY(four->state().checked);
        QVERIFY(!iface->child(5)->state().checked);
        QCOMPARE(iface->child(11)->text(QAccessible::Name), u"Not rated"_s);
        QCOMPARE(iface->indexOfChild(four), 4);
        QCOMPARE(iface->child(4), four); // the same object every time

        // Pressing a button through the accessibility action rates like a click.
        iface->child(8)->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(m_bar->value(), 8);
    }
};

QTEST_MAIN(TestRatingBar)
#include "tst_widgets_ratingbar.moc"
