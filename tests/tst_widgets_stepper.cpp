// NumberStepper: counts without precise clicking.
#include "widgets/NumberStepper.h"

#include <QAccessible>
#include <QSignalSpy>
#include <QTest>

using namespace nd;
using namespace Qt::StringLiterals;

class TestNumberStepper : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<NumberStepper> m_stepper;

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init()
    {
        m_stepper = std::make_unique<NumberStepper>();
        m_stepper->setMaximum(50);
        m_stepper->setAccessibleName(u"Falls"_s);
        m_stepper->resize(m_stepper->sizeHint());
        m_stepper->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_stepper.get()));
        m_stepper->setFocus();
    }
    void cleanup() { m_stepper.reset(); }

    void keys_data()
    {
        QTest::addColumn<QList<int>>("keys");
        QTest::addColumn<std::optional<int>>("expected");
        QTest::newRow("starts blank") << QList<int>{} << std::optional<int>();
        QTest::newRow("up from blank is 1") << QList<int>{Qt::Key_Up} << std::optional<int>(1);
        QTest::newRow("down from blank records zero") << QList<int>{Qt::Key_Down} << std::optional<int>(0);
        QTest::newRow("plus twice is 2") << QList<int>{Qt::Key_Plus, Qt::Key_Plus} << std::optional<int>(2);
        QTest::newRow("down stops at zero")
            << QList<int>{Qt::Key_Up, Qt::Key_Down, Qt::Key_Down} << std::optional<int>(0);
        QTest::newRow("digits type a number") << QList<int>{Qt::Key_1, Qt::Key_2} << std::optional<int>(12);
        QTest::newRow("typing stops at the maximum")
            << QList<int>{Qt::Key_9, Qt::Key_9} << std::optional<int>(50);
        QTest::newRow("backspace removes the last digit")
            << QList<int>{Qt::Key_1, Qt::Key_2, Qt::Key_Backspace} << std::optional<int>(1);
        QTest::newRow("delete goes back to blank")
            << QList<int>{Qt::Key_3, Qt::Key_Delete} << std::optional<int>();
        QTest::newRow("a step after typing adds to it")
            << QList<int>{Qt::Key_3, Qt::Key_Up} << std::optional<int>(4);
        QTest::newRow("a digit after a step starts anew")
            << QList<int>{Qt::Key_3, Qt::Key_Up, Qt::Key_7} << std::optional<int>(7);
    }
    void keys()
    {
        QFETCH(QList<int>, keys);
        QFETCH(std::optional<int>, expected);
        for (int key : keys)
            QTest::keyClick(m_stepper.get(), Qt::Key(key));
        QCOMPARE(m_stepper->value(), expected);
    }

    void buttonsAreBigAndClickable()
    {
        QSignalSpy edited(m_stepper.get(), &NumberStepper::edited);
        const QRect minus = m_stepper->buttonRect(NumberStepper::DecreasePart);
        const QRect plus = m_stepper->buttonRect(NumberStepper::IncreasePart);
        QVERIFY(minus.width() >= 44 && minus.height() >= 44);
        QVERIFY(plus.width() >= 44 && plus.height() >= 44);
        QTest::mouseClick(m_stepper.get(), Qt::LeftButton, {}, plus.center());
        QTest::mouseClick(m_stepper.get(), Qt::LeftButton, {}, plus.center());
        QCOMPARE(m_stepper->value(), std::optional<int>(2));
        QTest::mouseClick(m_stepper.get(), Qt::LeftButton, {}, minus.center());
        QCOMPARE(m_stepper->value(), std::optional<int>(1));
        QCOMPARE(edited.size(), 3);
    }

    void stepAndUnit()
    {
        m_stepper->setMaximum(1440);
        m_stepper->setStep(5);
        m_stepper->setUnit(u"min"_s);
        QTest::keyClick(m_stepper.get(), Qt::Key_Up);
        QTest::keyClick(m_stepper.get(), Qt::Key_Up);
        QCOMPARE(m_stepper->value(), std::optional<int>(10));
        QCOMPARE(m_stepper->displayText(), u"10 min"_s);
    }

    void screenReadersGetValueAndButtons()
    {
        m_stepper->setButtonNames(u"Fewer falls"_s, u"More falls"_s);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m_stepper.get());
        QCOMPARE(iface->role(), QAccessible::SpinBox);
        QCOMPARE(iface->text(QAccessible::Name), u"Falls"_s);
        QCOMPARE(iface->text(QAccessible::Value), u"Not recorded"_s);
        QCOMPARE(iface->childCount(), 2);
        QCOMPARE(iface->child(1)->text(QAccessible::Name), u"More falls"_s);
        QVERIFY(!iface->child(1)->state().checkable);
        iface->child(1)->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(m_stepper->value(), std::optional<int>(1));
        QCOMPARE(iface->text(QAccessible::Value), u"1"_s);
    }
};

QTEST_MAIN(TestNumberStepper)
#include "tst_widgets_stepper.moc"
