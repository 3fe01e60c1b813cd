#include "DayPicker.h"

#include "BigButton.h"
#include "LanguageFollower.h"
#include "Theme.h"
#include "widgets/FlowLayout.h"

#include <QCalendarWidget>
#include <QLocale>
#include <QMenu>
#include <QWidgetAction>

namespace nd {

using namespace Qt::StringLiterals;

namespace {
BigButton *bigButton(const QString &objectName)
{
    auto *button = new BigButton;
    button->setObjectName(objectName);
    return button;
}
} // namespace

DayPicker::DayPicker(QWidget *parent) : QWidget(parent)
{
    m_previous = bigButton(u"previousDay"_s);
    m_dateButton = bigButton(u"chooseDay"_s);
    m_next = bigButton(u"nextDay"_s);
    m_today = bigButton(u"backToToday"_s);
    Theme::setRelativeFont(m_dateButton, 1.25, true);

    m_calendarMenu = new QMenu(this);
    m_dateButton->setMenu(m_calendarMenu);
    connect(m_calendarMenu, &QMenu::aboutToShow, this, [this] {
        QCalendarWidget *calendar = ensureCalendar();
        calendar->setSelectedDate(m_date);
        calendar->setFocus();
    });

    connect(m_previous, &QPushButton::clicked, this, [this] { request(m_date.addDays(-1)); });
    connect(m_next, &QPushButton::clicked, this, [this] { request(m_date.addDays(1)); });
    connect(m_today, &QPushButton::clicked, this, [this] { request(m_maximum); });

    // The buttons wrap onto a second row when large text makes them wider than the page.
    auto *layout = new FlowLayout(this, 6);
    layout->addWidget(m_previous);
    layout->addWidget(m_dateButton);
    layout->addWidget(m_next);
    layout->addWidget(m_today);
    retranslate();
    LanguageFollower::follow(this, [this] { retranslate(); });
}

QCalendarWidget *DayPicker::calendar()
{
    return ensureCalendar();
}

QCalendarWidget *DayPicker::ensureCalendar()
{
    if (m_calendar)
        return m_calendar;
    m_calendar = new QCalendarWidget;
    m_calendar->setObjectName(u"dayCalendar"_s);
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setMinimumSize(Theme::targetSize(this) * 8, Theme::targetSize(this) * 7);
    if (m_maximum.isValid())
        m_calendar->setMaximumDate(m_maximum);
    auto *action = new QWidgetAction(m_calendarMenu);
    action->setDefaultWidget(m_calendar);
    m_calendarMenu->addAction(action);
    connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate date) {
        m_calendarMenu->close();
        request(date);
    });
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate date) {
        m_calendarMenu->close();
        request(date);
    });
    return m_calendar;
}

QString DayPicker::longDate(QDate date)
{
    // The pattern is the translators' to choose: word order and punctuation of dates
    // differ by language ("Samstag, 28. November 2026").
    return QLocale().toString(date, tr("dddd d MMMM yyyy", "long date pattern for QLocale::toString"));
}

void DayPicker::setDate(QDate date)
{
    m_date = date;
    updateButtons();
}

void DayPicker::setMaximumDate(QDate date)
{
    m_maximum = date;
    if (m_calendar)
        m_calendar->setMaximumDate(date);
    updateButtons();
}

void DayPicker::request(QDate date)
{
    if (!date.isValid() || (m_maximum.isValid() && date > m_maximum) || date == m_date)
        return;
    emit dateRequested(date);
}

void DayPicker::updateButtons()
{
    m_dateButton->setText(m_date.isValid() ? longDate(m_date) : QString());
    m_dateButton->setAccessibleName(tr("Day being logged: %1. Press to choose another day.")
                                        .arg(m_date.isValid() ? longDate(m_date) : QString()));
    const bool isLatest = m_maximum.isValid() && m_date >= m_maximum;
    m_next->setEnabled(!isLatest);
    m_today->setEnabled(!isLatest);
}

void DayPicker::retranslate()
{
    m_previous->setText(tr("◀ Day before"));
    m_previous->setAccessibleName(tr("Previous day"));
    m_previous->setToolTip(tr("Log the day before (Alt+Left)"));
    m_next->setText(tr("Day after ▶"));
    m_next->setAccessibleName(tr("Next day"));
    m_next->setToolTip(tr("Log the day after (Alt+Right)"));
    m_today->setText(tr("Today"));
    m_today->setAccessibleName(tr("Back to today"));
    m_today->setToolTip(tr("Back to today (Alt+Home)"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_today->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    updateButtons();
}

} // namespace nd
