#include "PeriodPicker.h"

#include "FlowLayout.h"
#include "Theme.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace nd {

using namespace Qt::StringLiterals;

PeriodPicker::PeriodPicker(Arrangement arrangement, QWidget *parent) : QWidget(parent)
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    if (arrangement == Arrangement::TwoColumns) {
        auto *grid = new QGridLayout;
        grid->setSpacing(6);
        m_row = grid;
        m_columns = 2;
    } else {
        m_row = new FlowLayout(nullptr, 8); // wraps instead of widening the page at large text
    }
    column->addLayout(m_row);
    m_buttons = new QButtonGroup(this);
    m_buttons->setExclusive(true);
    connect(m_buttons, &QButtonGroup::idClicked, this, &PeriodPicker::choose);
    column->addWidget(buildDateFields());
    m_summary = new QLabel;
    m_summary->setObjectName(u"periodSummary"_s);
    m_summary->setWordWrap(true);
    column->addWidget(m_summary);
}

QWidget *PeriodPicker::buildDateFields()
{
    m_dateFields = new QWidget;
    m_dateFields->setObjectName(u"periodDates"_s);
    auto *row = new QHBoxLayout(m_dateFields);
    row->setContentsMargins(0, 0, 0, 0);
    const QDate today = QDate::currentDate();
    m_first = new QDateEdit(today.addDays(-89));
    m_first->setObjectName(u"periodFirst"_s);
    m_first->setAccessibleName(tr("First day"));
    m_last = new QDateEdit(today);
    m_last->setObjectName(u"periodLast"_s);
    m_last->setAccessibleName(tr("Last day"));
    const int target = Theme::targetSize(this);
    for (QDateEdit *edit : {m_first, m_last}) {
        edit->setCalendarPopup(true);
        // Year first and in full: the same in every language, never a two-digit year.
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setMinimumHeight(target);
        connect(edit, &QDateEdit::dateChanged, this, &PeriodPicker::emitDates);
    }
    auto *fromLabel = new QLabel(tr("From"));
    fromLabel->setBuddy(m_first);
    auto *toLabel = new QLabel(tr("to"));
    toLabel->setBuddy(m_last);
    row->addWidget(fromLabel);
    row->addWidget(m_first);
    row->addWidget(toLabel);
    row->addWidget(m_last);
    row->addStretch(1);
    m_dateFields->hide();
    return m_dateFields;
}

void PeriodPicker::addToRow(QWidget *widget)
{
    if (auto *grid = qobject_cast<QGridLayout *>(m_row)) {
        const int at = grid->count();
        grid->addWidget(widget, at / m_columns, at % m_columns);
    } else {
        m_row->addWidget(widget);
    }
}

void PeriodPicker::addPeriod(int id, const QString &text, const QString &objectName,
                             const QString &spokenName)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setCheckable(true);
    const int target = Theme::targetSize(this);
    button->setMinimumSize(target * 2, target);
    if (!spokenName.isEmpty())
        button->setAccessibleName(spokenName);
    m_buttons->addButton(button, id);
    addToRow(button);
}

void PeriodPicker::addChosenDates(int id, const QString &text, const QString &objectName,
                                  const QString &spokenName)
{
    addPeriod(id, text, objectName, spokenName);
    m_datesId = id;
}

void PeriodPicker::setCurrent(int id)
{
    m_current = id;
    if (QAbstractButton *button = m_buttons->button(id))
        button->setChecked(true);
    m_dateFields->setVisible(id == m_datesId);
}

void PeriodPicker::setShownDays(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid())
        return;
    const QSignalBlocker blockFirst(m_first);
    const QSignalBlocker blockLast(m_last);
    m_first->setDate(first);
    m_last->setDate(last);
}

QDate PeriodPicker::firstDay() const
{
    return std::min(m_first->date(), m_last->date());
}

QDate PeriodPicker::lastDay() const
{
    return std::max(m_first->date(), m_last->date());
}

void PeriodPicker::setSummary(const QString &text)
{
    m_summary->setText(text);
}

void PeriodPicker::choose(int id)
{
    setCurrent(id);
    if (id != m_datesId) {
        emit periodChosen(id);
        return;
    }
    m_first->setFocus(Qt::TabFocusReason);
    emit datesChosen(firstDay(), lastDay());
}

void PeriodPicker::emitDates()
{
    if (m_current == m_datesId)
        emit datesChosen(firstDay(), lastDay());
}

} // namespace nd
