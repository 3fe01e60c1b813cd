#pragma once

#include <QCalendarWidget>
#include <QSet>

namespace nd {

// A month calendar with big day cells that marks every logged day with a dot and
// every day with a flag with a triangle (shapes, not only colours), and big,
// named navigation buttons.
class DiaryCalendar : public QCalendarWidget
{
    Q_OBJECT

public:
    explicit DiaryCalendar(QWidget *parent = nullptr);

    void setLoggedDays(const QSet<QDate> &days);
    void setCaregiverDays(const QSet<QDate> &days);
    void setFlagDays(const QSet<QDate> &days);
    bool isLogged(QDate date) const { return m_logged.contains(date); }
    bool isFlagged(QDate date) const { return m_flagged.contains(date); }

protected:
    void paintCell(QPainter *painter, const QRect &rect, QDate date) const override;
    void changeEvent(QEvent *event) override;

private:
    void enlargeNavigation();

    QSet<QDate> m_logged;
    QSet<QDate> m_caregiver;
    QSet<QDate> m_flagged;
};

} // namespace nd
