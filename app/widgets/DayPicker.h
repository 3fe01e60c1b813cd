#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QMenu;

namespace nd {

class BigButton;

// Chooses the day being logged: big "previous day" and "next day" buttons, the
// date itself (opens a calendar), and "Today". Days after `maximumDate` (the
// diary's today) cannot be chosen: nobody logs the future.
//
// The picker only asks: dateRequested() is emitted and the owner decides (it may
// have unsaved changes to ask about) and then calls setDate().
class DayPicker : public QWidget
{
    Q_OBJECT

public:
    explicit DayPicker(QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(QDate date);
    QDate maximumDate() const { return m_maximum; }
    void setMaximumDate(QDate date);

    // The calendar of the date button's menu, made the first time it is wanted (most
    // days are logged without it, and it is costly to build).
    QCalendarWidget *calendar();

    // How a day is written on the date button ("Tuesday 12 March 2026").
    static QString longDate(QDate date);

signals:
    void dateRequested(QDate date);

private:
    void request(QDate date);
    void updateButtons();
    void retranslate();
    QCalendarWidget *ensureCalendar();

    QDate m_date;
    QDate m_maximum;
    BigButton *m_previous = nullptr;
    BigButton *m_dateButton = nullptr;
    BigButton *m_next = nullptr;
    BigButton *m_today = nullptr;
    QMenu *m_calendarMenu = nullptr;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace nd
