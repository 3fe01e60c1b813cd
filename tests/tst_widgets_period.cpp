// PeriodPicker: the one way Trends and Report choose their days.
#include "widgets/PeriodPicker.h"

#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace nd;
using namespace Qt::StringLiterals;

namespace {
enum Id { Month, Quarter, Chosen };
const QDate kFirst(2026, 9, 1);
const QDate kLast(2026, 9, 30);
} // namespace

class TestPeriodPicker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PeriodPicker> m_picker;

    QPushButton *button(const QString &name) const { return m_picker->findChild<QPushButton *>(name); }
    QDateEdit *field(const QString &name) const { return m_picker->findChild<QDateEdit *>(name); }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void init()
    {
        m_picker = std::make_unique<PeriodPicker>(PeriodPicker::Arrangement::Row);
        m_picker->addPeriod(Month, u"30 days"_s, u"month"_s);
        m_picker->addPeriod(Quarter, u"90 days"_s, u"quarter"_s, u"Show 90 days"_s);
        m_picker->addChosenDates(Chosen, u"Choose dates"_s, u"chosen"_s);
        m_picker->setCurrent(Month);
        m_picker->setShownDays(kFirst, kLast);
        m_picker->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_picker.get()));
        QApplication::setActiveWindow(m_picker.get());
    }
    void cleanup() { m_picker.reset(); }

    void thePageSettingThePeriodSaysNothing()
    {
        QSignalSpy periods(m_picker.get(), &PeriodPicker::periodChosen);
        QSignalSpy dates(m_picker.get(), &PeriodPicker::datesChosen);
        m_picker->setCurrent(Quarter);
        m_picker->setShownDays(kFirst.addDays(-60), kLast);
        m_picker->setCurrent(Chosen);
        QVERIFY(periods.isEmpty() && dates.isEmpty());
        QVERIFY(button(u"chosen"_s)->isChecked());
        QVERIFY(field(u"periodFirst"_s)->isVisible());
        QCOMPARE(m_picker->firstDay(), kFirst.addDays(-60));
    }

    void aPeriodButtonAppliesAtOnceAndClosesTheDates()
    {
        QTest::mouseClick(button(u"chosen"_s), Qt::LeftButton);
        QVERIFY(field(u"periodFirst"_s)->isVisible());
        QSignalSpy periods(m_picker.get(), &PeriodPicker::periodChosen);
        QTest::mouseClick(button(u"quarter"_s), Qt::LeftButton);
        QCOMPARE(periods.size(), 1);
        QCOMPARE(periods.first().first().toInt(), int(Quarter));
        QCOMPARE(m_picker->current(), int(Quarter));
        QVERIFY(button(u"quarter"_s)->isChecked());
        QVERIFY(!field(u"periodFirst"_s)->isVisible());
    }

    void chooseDatesStartsFromTheDaysShown()
    {
        QSignalSpy dates(m_picker.get(), &PeriodPicker::datesChosen);
        QTest::mouseClick(button(u"chosen"_s), Qt::LeftButton);
        // At once, and with the days already shown: nothing jumps, nothing waits.
        QCOMPARE(dates.size(), 1);
        QCOMPARE(dates.first().at(0).toDate(), kFirst);
        QCOMPARE(dates.first().at(1).toDate(), kLast);
        QCOMPARE(m_picker->current(), int(Chosen));
        QVERIFY(field(u"periodFirst"_s)->isVisible());
        QTRY_VERIFY(field(u"periodFirst"_s)->hasFocus()); // typing goes to the first day
    }

    void everyChangeOfADateAppliesAtOnceInOrder_data()
    {
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("a later first day")
            << u"periodFirst"_s << QDate(2026, 9, 10) << QDate(2026, 9, 10) << kLast;
        QTest::newRow("an earlier last day")
            << u"periodLast"_s << QDate(2026, 9, 20) << kFirst << QDate(2026, 9, 20);
        QTest::newRow("a first day after the last is put in order")
            << u"periodFirst"_s << QDate(2026, 10, 5) << kLast << QDate(2026, 10, 5);
    }
    void everyChangeOfADateAppliesAtOnceInOrder()
    {
        QFETCH(QString, fieldName);
        QFETCH(QDate, date);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QTest::mouseClick(button(u"chosen"_s), Qt::LeftButton);
        QSignalSpy dates(m_picker.get(), &PeriodPicker::datesChosen);
        field(fieldName)->setDate(date);
        QCOMPARE(dates.size(), 1);
        QCOMPARE(dates.first().at(0).toDate(), first);
        QCOMPARE(dates.first().at(1).toDate(), last);
        QCOMPARE(m_picker->firstDay(), first);
        QCOMPARE(m_picker->lastDay(), last);
    }

    void theKeyboardChoosesToo()
    {
        QSignalSpy periods(m_picker.get(), &PeriodPicker::periodChosen);
        button(u"quarter"_s)->setFocus();
        QTest::keyClick(button(u"quarter"_s), Qt::Key_Space);
        QCOMPARE(periods.size(), 1);
        QCOMPARE(m_picker->current(), int(Quarter));
    }

    void everyControlIsBigAndNamed()
    {
        m_picker->setCurrent(Chosen);
        for (QWidget *widget : m_picker->findChildren<QWidget *>()) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus ||
                qobject_cast<QDateEdit *>(widget->parentWidget()))
                continue; // (a date field's own line edit is part of the field)
            QVERIFY2(widget->height() >= 44, qPrintable(widget->objectName()));
            const auto *pushButton = qobject_cast<QPushButton *>(widget);
            QVERIFY2(!widget->accessibleName().isEmpty() || (pushButton && !pushButton->text().isEmpty()),
                     qPrintable(widget->objectName()));
        }
        QCOMPARE(button(u"quarter"_s)->accessibleName(), u"Show 90 days"_s);
        QCOMPARE(field(u"periodFirst"_s)->accessibleName(), u"First day"_s);
        m_picker->setSummary(u"1 to 30 September"_s);
        QCOMPARE(m_picker->findChild<QLabel *>(u"periodSummary"_s)->text(), u"1 to 30 September"_s);
    }
};

QTEST_MAIN(TestPeriodPicker)
#include "tst_widgets_period.moc"
