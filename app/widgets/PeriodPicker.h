#pragma once

#include <QDate>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QDateEdit;
class QLabel;
class QLayout;

namespace nd {

// The days a page shows (Trends, Report): big buttons for ready-made periods ("Last 30
// days", …) and one, "Choose dates", that opens two date fields. One behaviour on every
// page, for fingers that do not feel what they touch:
// - a period button applies at once;
// - "Choose dates" starts from the days shown now (nothing jumps), opens the two fields
//   with the focus in the first, and every change of a date applies at once: no further
//   button to find and hit, and the chosen button never claims days the page does not show;
// - dates the wrong way round are put in order, never refused.
// The page names its periods and writes what is shown under them (setSummary).
class PeriodPicker : public QWidget
{
    Q_OBJECT

public:
    // Row: the buttons side by side, wrapping at large text sizes; TwoColumns: a grid.
    enum class Arrangement { Row, TwoColumns };

    explicit PeriodPicker(Arrangement arrangement, QWidget *parent = nullptr);

    // A ready-made period; `id` is the page's own number for it.
    void addPeriod(int id, const QString &text, const QString &objectName, const QString &spokenName = {});
    // The button that opens the date fields.
    void addChosenDates(int id, const QString &text, const QString &objectName,
                        const QString &spokenName = {});
    // Puts another widget (a label, a toggle) in the buttons' row, after what is there.
    void addToRow(QWidget *widget);

    int current() const { return m_current; }
    // Marks a period as chosen (the date fields show for "Choose dates" only); no signals.
    void setCurrent(int id);
    // The days the page shows now, which "Choose dates" starts from; no signals.
    void setShownDays(QDate first, QDate last);
    // The dates in the fields, in order.
    QDate firstDay() const;
    QDate lastDay() const;
    void setSummary(const QString &text);

signals:
    void periodChosen(int id);
    // On "Choose dates" and on every change of a date by the user; first <= last.
    void datesChosen(QDate first, QDate last);

private:
    QWidget *buildDateFields();
    void choose(int id);
    void emitDates();

    QLayout *m_row = nullptr;
    int m_columns = 0; // 0 for a wrapping row
    QButtonGroup *m_buttons = nullptr;
    int m_datesId = -1;
    int m_current = -1;
    QWidget *m_dateFields = nullptr;
    QDateEdit *m_first = nullptr;
    QDateEdit *m_last = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace nd
