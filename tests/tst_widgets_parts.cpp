// PartInteraction: the pointer and key handling that SegmentedControl, BodyMap and
// NumberStepper share (a press on a part, a release that may slide, hover, shortcut keys).
#include "widgets/AccessibleParts.h"
#include "widgets/LanguageFollower.h"
#include "widgets/NumberStepper.h"
#include "widgets/PartInteraction.h"
#include "widgets/SegmentedControl.h"

#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace nd;
using namespace Qt::StringLiterals;

namespace {

// Three parts side by side with gaps between them, recording what reaches it.
class Strip : public QWidget, public AccessibleParts
{
public:
    static constexpr int kPart = 60;
    static constexpr int kGap = 20;

    explicit Strip(QWidget *parent = nullptr) : QWidget(parent) { setFixedSize(3 * kPart + 2 * kGap, 50); }
    static QPoint centre(int part) { return QPoint(part * (kPart + kGap) + kPart / 2, 25); }

    // AccessibleParts
    QAccessible::Role accessibleRole() const override { return QAccessible::Grouping; }
    QAccessible::Role partRole() const override { return QAccessible::Button; }
    int partCount() const override { return 3; }
    QString partName(int part) const override { return QString::number(part); }
    QRect partRect(int part) const override { return QRect(part * (kPart + kGap), 0, kPart, 50); }
    int partAt(const QPoint &point) const override
    {
        for (int part = 0; part < partCount(); ++part)
            if (partRect(part).contains(point))
                return part;
        return -1;
    }
    bool isPartChecked(int) const override { return false; }
    void activatePart(int part) override { activated.append(part); }
    int focusedPart() const override { return -1; }
    QString accessibleValueText() const override { return {}; }

    QList<int> activated;
    QList<int> keys;
    int paints = 0;
    PartInteraction interaction{this, *this};

protected:
    void keyPressEvent(QKeyEvent *event) override { keys.append(event->key()); }
    void paintEvent(QPaintEvent *) override { ++paints; }
};

// Takes the keys the strip passes on.
class Holder : public QWidget
{
public:
    QList<QKeyCombination> keys;

protected:
    void keyPressEvent(QKeyEvent *event) override { keys.append(event->keyCombination()); }
};

// Counts the paint events of a widget it watches.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace

class TestPartInteraction : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Holder> m_holder;
    Strip *m_strip = nullptr;

private slots:
    void init()
    {
        m_holder = std::make_unique<Holder>();
        auto *layout = new QVBoxLayout(m_holder.get());
        m_strip = new Strip;
        layout->addWidget(m_strip);
        m_holder->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_holder.get()));
        m_strip->setFocus();
    }
    void cleanup() { m_holder.reset(); }

    void aReleaseActivatesThePartThePressWentDownOn_data()
    {
        QTest::addColumn<int>("button");
        QTest::addColumn<QPoint>("pressAt");
        QTest::addColumn<QPoint>("releaseAt");
        QTest::addColumn<QList<int>>("activated");
        QTest::newRow("a click on a part activates it")
            << int(Qt::LeftButton) << Strip::centre(1) << Strip::centre(1) << QList<int>{1};
        QTest::newRow("a hand that slides onto the next part still activates the pressed one")
            << int(Qt::LeftButton) << Strip::centre(0) << Strip::centre(2) << QList<int>{0};
        QTest::newRow("a release in a gap still activates the pressed part")
            << int(Qt::LeftButton) << Strip::centre(2) << QPoint(Strip::kPart + 5, 25) << QList<int>{2};
        QTest::newRow("a release outside the control activates nothing")
            << int(Qt::LeftButton) << Strip::centre(1) << QPoint(Strip::centre(1).x(), 200) << QList<int>{};
        QTest::newRow("a press in a gap activates nothing, wherever it is released")
            << int(Qt::LeftButton) << QPoint(Strip::kPart + 5, 25) << Strip::centre(1) << QList<int>{};
        QTest::newRow("the right button activates nothing")
            << int(Qt::RightButton) << Strip::centre(1) << Strip::centre(1) << QList<int>{};
    }
    void aReleaseActivatesThePartThePressWentDownOn()
    {
        QFETCH(int, button);
        QFETCH(QPoint, pressAt);
        QFETCH(QPoint, releaseAt);
        QFETCH(QList<int>, activated);
        QTest::mousePress(m_strip, Qt::MouseButton(button), {}, pressAt);
        QTest::mouseRelease(m_strip, Qt::MouseButton(button), {}, releaseAt);
        QCOMPARE(m_strip->activated, activated);
        QCOMPARE(m_strip->interaction.pressed(), -1);
    }

    void thePressedPartIsHotUntilTheRelease()
    {
        QSignalSpy started(&m_strip->interaction, &PartInteraction::pressStarted);
        QTest::mousePress(m_strip, Qt::LeftButton, {}, Strip::centre(2));
        QCOMPARE(m_strip->interaction.pressed(), 2);
        QVERIFY(m_strip->interaction.isHot(2));
        QVERIFY(!m_strip->interaction.isHot(1));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toInt(), 2);
        const int paints = m_strip->paints;
        QTest::mouseRelease(m_strip, Qt::LeftButton, {}, Strip::centre(2));
        QVERIFY(!m_strip->interaction.isHot(2));
        QTRY_VERIFY(m_strip->paints > paints); // the pressed look goes away
    }

    void theHoveredPartFollowsThePointerAndLeavesWithIt()
    {
        QSignalSpy changed(&m_strip->interaction, &PartInteraction::hoveredChanged);
        QTest::mouseMove(m_strip, Strip::centre(0));
        QTRY_COMPARE(m_strip->interaction.hovered(), 0);
        QTest::mouseMove(m_strip, QPoint(Strip::centre(0).x() + 5, 30)); // still on part 0
        QTest::mouseMove(m_strip, Strip::centre(2));
        QTRY_COMPARE(m_strip->interaction.hovered(), 2);
        QVERIFY(m_strip->interaction.isHot(2));
        const int paints = m_strip->paints;
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(m_strip, &leave);
        QCOMPARE(m_strip->interaction.hovered(), -1);
        QTRY_VERIFY(m_strip->paints > paints);
        QList<int> parts;
        for (const QList<QVariant> &signal : changed)
            parts.append(signal.first().toInt());
        QCOMPARE(parts, (QList<int>{0, 2, -1})); // once per change, not per move
    }

    void keysWithCtrlAltOrMetaGoToTheParent_data()
    {
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<bool>("toTheControl");
        QTest::newRow("a plain digit is the control's") << int(Qt::NoModifier) << true;
        QTest::newRow("a digit with Shift is the control's") << int(Qt::ShiftModifier) << true;
        QTest::newRow("Ctrl with a digit is a shortcut") << int(Qt::ControlModifier) << false;
        QTest::newRow("Alt with a digit is a shortcut") << int(Qt::AltModifier) << false;
        QTest::newRow("Meta with a digit is a shortcut") << int(Qt::MetaModifier) << false;
    }
    void keysWithCtrlAltOrMetaGoToTheParent()
    {
        QFETCH(int, modifiers);
        QFETCH(bool, toTheControl);
        QTest::keyClick(m_strip, Qt::Key_2, Qt::KeyboardModifiers(modifiers));
        // (keyClick presses the modifier keys too: only the digit counts)
        QCOMPARE(m_strip->keys.count(Qt::Key_2), toTheControl ? 1 : 0);
        QCOMPARE(m_holder->keys.count(QKeyCombination(Qt::KeyboardModifiers(modifiers), Qt::Key_2)),
                 toTheControl ? 0 : 1);
    }

    void aSegmentedControlLeavesShortcutsAlone()
    {
        SegmentedControl control;
        control.setOptions({u"Zero"_s, u"One"_s, u"Two"_s});
        control.show();
        QVERIFY(QTest::qWaitForWindowExposed(&control));
        QTest::keyClick(&control, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(control.value(), SegmentedControl::kNone);
        QTest::keyClick(&control, Qt::Key_2);
        QCOMPARE(control.value(), 2);
        QTest::mouseClick(&control, Qt::LeftButton, {}, control.segmentRect(1).center());
        QCOMPARE(control.value(), 1);
    }

    void theFocusRingComesAndGoesWithTheKeyFocus()
    {
        // The controls paint their focus ring while they have the focus: a change of focus
        // must repaint them (QWidget's own focus handlers do; nothing may stop them).
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *segments = new SegmentedControl;
        segments->setOptions({u"Yes"_s, u"No"_s});
        auto *stepper = new NumberStepper;
        auto *elsewhere = new QWidget; // where the focus goes in between
        elsewhere->setFocusPolicy(Qt::StrongFocus);
        layout->addWidget(segments);
        layout->addWidget(stepper);
        layout->addWidget(elsewhere);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        for (QWidget *control : {static_cast<QWidget *>(segments), static_cast<QWidget *>(stepper)}) {
            elsewhere->setFocus();
            QTRY_VERIFY(elsewhere->hasFocus());
            QTest::qWait(50); // repaints of earlier changes are done
            PaintCounter counter;
            control->installEventFilter(&counter);
            control->setFocus();
            QVERIFY(control->hasFocus());
            QTRY_VERIFY(counter.paints > 0);
            counter.paints = 0;
            elsewhere->setFocus();
            QVERIFY(!control->hasFocus());
            QTRY_VERIFY(counter.paints > 0);
            control->removeEventFilter(&counter);
        }
    }

    void aFollowerRetranslatesOnlyWhenTheLanguageChanges()
    {
        QWidget widget;
        int calls = 0;
        LanguageFollower::follow(&widget, [&calls] { ++calls; });
        QEvent font(QEvent::FontChange);
        QCoreApplication::sendEvent(&widget, &font);
        QCOMPARE(calls, 0);
        QEvent language(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&widget, &language);
        QCOMPARE(calls, 1);
    }
};

QTEST_MAIN(TestPartInteraction)
#include "tst_widgets_parts.moc"
