#include "DiaryCalendar.h"

#include "widgets/Icons.h"
#include "widgets/Theme.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSpinBox>
#include <QTextCharFormat>
#include <QToolButton>

namespace nd {

using namespace Qt::StringLiterals;

DiaryCalendar::DiaryCalendar(QWidget *parent) : QCalendarWidget(parent)
{
    setGridVisible(false);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setHorizontalHeaderFormat(QCalendarWidget::ShortDayNames);
    // Weekends in the text colour like other days (Qt paints them red by default:
    // colour that means nothing here).
    QTextCharFormat plain;
    plain.setForeground(palette().color(QPalette::Text));
    setWeekdayTextFormat(Qt::Saturday, plain);
    setWeekdayTextFormat(Qt::Sunday, plain);
    enlargeNavigation();
}

void DiaryCalendar::enlargeNavigation()
{
    // QCalendarWidget's own buttons are small and unnamed: make them targets with names.
    const int target = Theme::targetSize(this);
    const struct
    {
        const char *objectName;
        QString accessibleName;
    } buttons[] = {{"qt_calendar_prevmonth", tr("Previous month")},
                   {"qt_calendar_nextmonth", tr("Next month")},
                   {"qt_calendar_monthbutton", tr("Choose the month")},
                   {"qt_calendar_yearbutton", tr("Choose the year")}};
    for (const auto &b : buttons) {
        if (auto *button = findChild<QToolButton *>(QString::fromLatin1(b.objectName))) {
            button->setMinimumSize(target, target);
            button->setIconSize(QSize(target / 2, target / 2));
            button->setAccessibleName(b.accessibleName);
            button->setToolTip(b.accessibleName);
        }
    }
    const QColor arrow = palette().color(QPalette::HighlightedText);
    // On hover the style lightens the button behind the white arrows until they vanish: a
    // darker shade of the navigation bar's colour instead keeps them visible.
    const QColor hover =
        Theme::mix(palette().color(QPalette::Highlight), palette().color(QPalette::Text), 0.3);
    const QString hoverStyle =
        u"QToolButton:hover, QToolButton:pressed { background-color: %1; border: none; "
        "border-radius: 6px; }"_s.arg(hover.name());
    for (const char *name : {"qt_calendar_prevmonth", "qt_calendar_nextmonth"}) {
        if (auto *button = findChild<QToolButton *>(QString::fromLatin1(name)))
            button->setStyleSheet(hoverStyle);
    }
    if (auto *previous = findChild<QToolButton *>(u"qt_calendar_prevmonth"_s))
        previous->setIcon(Icons::icon(u"previous"_s, arrow));
    if (auto *next = findChild<QToolButton *>(u"qt_calendar_nextmonth"_s))
        next->setIcon(Icons::icon(u"next"_s, arrow));
    if (auto *year = findChild<QSpinBox *>(u"qt_calendar_yearedit"_s)) {
        year->setMinimumHeight(target);
        year->setAccessibleName(tr("Year"));
    }
    if (auto *view = findChild<QAbstractItemView *>(u"qt_calendar_calendarview"_s))
        view->setAccessibleName(tr("Days of the month"));
    setMinimumSize(target * 7 + 16, target * 8 + 16);
}

void DiaryCalendar::setLoggedDays(const QSet<QDate> &days)
{
    m_logged = days;
    updateCells();
}

void DiaryCalendar::setCaregiverDays(const QSet<QDate> &days)
{
    m_caregiver = days;
    updateCells();
}

void DiaryCalendar::setFlagDays(const QSet<QDate> &days)
{
    m_flagged = days;
    updateCells();
}

void DiaryCalendar::paintCell(QPainter *painter, const QRect &rect, QDate date) const
{
    QCalendarWidget::paintCell(painter, rect, date);
    const bool selected = date == selectedDate();
    const QColor ink = palette().color(selected ? QPalette::HighlightedText : QPalette::Text);
    const qreal unit = std::max(4.5, rect.height() / 8.0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_logged.contains(date)) {
        // A dot under the number; a ring beside it when a caregiver also wrote that day.
        const QPointF dot(rect.center().x(), rect.bottom() - unit * 1.2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(ink);
        painter->drawEllipse(dot, unit * 0.6, unit * 0.6);
        if (m_caregiver.contains(date)) {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(ink, 1.5));
            painter->drawEllipse(dot + QPointF(unit * 1.8, 0), unit * 0.6, unit * 0.6);
        }
    }
    if (m_flagged.contains(date)) {
        // A small triangle in the top right corner: "something to tell the care team".
        QPainterPath triangle;
        // Big enough to be seen by tired eyes: about a third of the cell's width.
        const QPointF tip(rect.right() - unit * 2.0, rect.top() + unit * 0.4);
        triangle.moveTo(tip);
        triangle.lineTo(tip + QPointF(unit * 1.6, unit * 2.7));
        triangle.lineTo(tip + QPointF(-unit * 1.6, unit * 2.7));
        triangle.closeSubpath();
        painter->setPen(QPen(ink, 1.5));
        painter->setBrush(Theme::mix(palette().color(QPalette::Base), QColor(0xd0, 0x30, 0x20), 0.55));
        painter->drawPath(triangle);
    }
    painter->restore();
}

void DiaryCalendar::changeEvent(QEvent *event)
{
    QCalendarWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        enlargeNavigation();
}

} // namespace nd
