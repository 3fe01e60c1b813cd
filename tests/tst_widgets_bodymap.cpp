// BodyMap: every region can be hit by pointer and reached by keyboard, and says what it is.
#include "entry/BodyMap.h"

#include <QAccessible>
#include <QSignalSpy>
#include <QTest>

using namespace nd;
using namespace Qt::StringLiterals;

class TestBodyMap : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BodyMap> m_map;

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init()
    {
        m_map = std::make_unique<BodyMap>();
        m_map->setAccessibleName(u"Where you feel it"_s);
        m_map->resize(m_map->sizeHint());
        m_map->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_map.get()));
        m_map->setFocus();
    }
    void cleanup() { m_map.reset(); }

    void clickingARegionTogglesOnlyIt_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < kRegionCount; ++i)
            QTest::newRow(qPrintable(Region::fromIndex(i).code() + u" is toggled by a click on it"_s)) << i;
    }
    void clickingARegionTogglesOnlyIt()
    {
        QFETCH(int, index);
        const Region region = Region::fromIndex(index);
        QSignalSpy edited(m_map.get(), &BodyMap::edited);
        const QPoint center = m_map->regionCenter(region);
        QCOMPARE(m_map->regionAt(center), std::optional<Region>(region));
        QTest::mouseClick(m_map.get(), Qt::LeftButton, {}, center);
        RegionSet expected;
        expected.insert(region);
        QCOMPARE(m_map->regions().bits(), expected.bits());
        QCOMPARE(m_map->focusRegion(), region);
        QTest::mouseClick(m_map.get(), Qt::LeftButton, {}, center);
        QVERIFY(m_map->regions().isEmpty());
        QCOMPARE(edited.size(), 2);
    }

    void everyRegionIsATargetSize()
    {
        for (int i = 0; i < kRegionCount; ++i) {
            const QRect r = m_map->regionRect(Region::fromIndex(i));
            QVERIFY2(r.width() >= 44 && r.height() >= 44, qPrintable(Region::fromIndex(i).code()));
        }
    }

    void aClickBesideAThinShapeStillHitsIt()
    {
        // Just outside the left wrist's drawing, below the left hand.
        const QRect wrist = m_map->regionRect(Region{Side::Left, BodyPart::Wrist});
        const QPoint beside(wrist.left() - 4, wrist.center().y());
        QCOMPARE(m_map->regionAt(beside), std::optional<Region>(Region{Side::Left, BodyPart::Wrist}));
    }

    void farFromTheDrawingIsNothing()
    {
        QCOMPARE(m_map->regionAt(QPoint(2, 2)), std::nullopt);
        QTest::mouseClick(m_map.get(), Qt::LeftButton, {}, QPoint(2, 2));
        QVERIFY(m_map->regions().isEmpty());
    }

    void arrowsMoveTheFocus_data()
    {
        QTest::addColumn<QList<int>>("keys");
        QTest::addColumn<QString>("expected");
        QTest::newRow("starts on the left fingertips") << QList<int>{} << u"left_fingertips"_s;
        QTest::newRow("down twice reaches the back of the left hand")
            << QList<int>{Qt::Key_Down, Qt::Key_Down} << u"left_hand"_s;
        QTest::newRow("down goes on from the wrist to the forearm")
            << QList<int>{Qt::Key_Down, Qt::Key_Down, Qt::Key_Down, Qt::Key_Down} << u"left_forearm"_s;
        QTest::newRow("down stops at the upper arm")
            << QList<int>{Qt::Key_Down, Qt::Key_Down, Qt::Key_Down, Qt::Key_Down,
                          Qt::Key_Down, Qt::Key_Down, Qt::Key_Down}
            << u"left_upper_arm"_s;
        QTest::newRow("right moves to the same part of the right hand")
            << QList<int>{Qt::Key_Right} << u"right_fingertips"_s;
        QTest::newRow("right from the fingertips reaches the toes beside them")
            << QList<int>{Qt::Key_Right, Qt::Key_Right} << u"left_toes"_s;
        QTest::newRow("right from the wrist reaches the lower leg beside it")
            << QList<int>{Qt::Key_Down, Qt::Key_Down, Qt::Key_Down, Qt::Key_Right, Qt::Key_Right}
            << u"left_lower_leg"_s;
        QTest::newRow("right from the forearm reaches the thigh beside it")
            << QList<int>{Qt::Key_Down, Qt::Key_Down,  Qt::Key_Down,
                          Qt::Key_Down, Qt::Key_Right, Qt::Key_Right}
            << u"left_thigh"_s;
        QTest::newRow("the bottom row of a leg is the thigh")
            << QList<int>{Qt::Key_Right, Qt::Key_Right, Qt::Key_Right, Qt::Key_Down,
                          Qt::Key_Down,  Qt::Key_Down,  Qt::Key_Down,  Qt::Key_Down}
            << u"right_thigh"_s;
        QTest::newRow("left stops at the left hand")
            << QList<int>{Qt::Key_Left, Qt::Key_Up} << u"left_fingertips"_s;
    }
    void arrowsMoveTheFocus()
    {
        QFETCH(QList<int>, keys);
        QFETCH(QString, expected);
        for (int key : keys)
            QTest::keyClick(m_map.get(), Qt::Key(key));
        QCOMPARE(m_map->focusRegion().code(), expected);
        QVERIFY(m_map->regions().isEmpty()); // moving marks nothing
    }

    void spaceAndEnterToggleTheFocusedRegion()
    {
        QTest::keyClick(m_map.get(), Qt::Key_Space);
        QTest::keyClick(m_map.get(), Qt::Key_Right);
        QTest::keyClick(m_map.get(), Qt::Key_Right);
        QTest::keyClick(m_map.get(), Qt::Key_Return);
        QCOMPARE(m_map->regions().toCodes(), u"left_fingertips;left_toes"_s);
        QCOMPARE(m_map->markedSummary(), u"Left fingertips, Left toes"_s);
        QTest::keyClick(m_map.get(), Qt::Key_Space);
        QCOMPARE(m_map->regions().toCodes(), u"left_fingertips"_s);
        QTest::keyClick(m_map.get(), Qt::Key_Up);
        QTest::keyClick(m_map.get(), Qt::Key_Delete); // unmarked already: nothing happens
        QCOMPARE(m_map->regions().toCodes(), u"left_fingertips"_s);
    }

    void setRegionsIsNotAnEdit()
    {
        QSignalSpy edited(m_map.get(), &BodyMap::edited);
        QSignalSpy changed(m_map.get(), &BodyMap::regionsChanged);
        m_map->setRegions(RegionSet::fromCodes(u"right_ankle"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(edited.size(), 0);
        QVERIFY(m_map->isMarked(Region{Side::Right, BodyPart::Ankle}));
    }

    void screenReadersSeeEachRegionAsACheckBox()
    {
        m_map->setRegions(RegionSet::fromCodes(u"left_toes"_s));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m_map.get());
        QCOMPARE(iface->text(QAccessible::Name), u"Where you feel it"_s);
        QCOMPARE(iface->text(QAccessible::Value), u"Left toes"_s);
        QCOMPARE(iface->childCount(), kRegionCount);
        for (int i = 0; i < kRegionCount; ++i) {
            QAccessibleInterface *child = iface->child(i);
            QCOMPARE(child->role(), QAccessible::CheckBox);
            QCOMPARE(child->text(QAccessible::Name), BodyMap::regionName(Region::fromIndex(i)));
            const bool isLeftToes = i == Region{Side::Left, BodyPart::Toes}.index();
            QCOMPARE(bool(child->state().checked), isLeftToes);
        }
        iface->child(Region{Side::Right, BodyPart::Wrist}.index())
            ->actionInterface()
            ->doAction(QAccessibleActionInterface::toggleAction());
        QCOMPARE(m_map->regions().toCodes(), u"left_toes;right_wrist"_s);
        QCOMPARE(iface->focusChild(), iface->child(Region{Side::Right, BodyPart::Wrist}.index()));
    }

    void staysWithinALaptopPageAtLargeText()
    {
        QFont big = m_map->font();
        big.setPointSizeF(big.pointSizeF() * 2);
        m_map->setFont(big);
        QVERIFY2(m_map->minimumSizeHint().width() <= 1000,
                 qPrintable(QString::number(m_map->minimumSizeHint().width())));
    }

    void eachRegionHasABandAFingertipCanHit_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < kRegionCount; ++i)
            QTest::newRow(qPrintable(Region::fromIndex(i).code())) << i;
    }
    void eachRegionHasABandAFingertipCanHit()
    {
        // At the smallest size: the points straight above and below a region's centre that
        // hit it span at least 44 px (a click a little too low must not mark the next part).
        QFETCH(int, index);
        m_map->resize(m_map->minimumSizeHint());
        const Region region = Region::fromIndex(index);
        const QPoint center = m_map->regionCenter(region);
        QCOMPARE(m_map->regionAt(center), std::optional<Region>(region));
        int top = center.y();
        while (top > 0 && m_map->regionAt(QPoint(center.x(), top - 1)) == region)
            --top;
        int bottom = center.y();
        while (bottom < m_map->height() && m_map->regionAt(QPoint(center.x(), bottom + 1)) == region)
            ++bottom;
        QVERIFY2(bottom - top + 1 >= 44, qPrintable(u"%1 px"_s.arg(bottom - top + 1)));
    }
};

QTEST_MAIN(TestBodyMap)
#include "tst_widgets_bodymap.moc"
