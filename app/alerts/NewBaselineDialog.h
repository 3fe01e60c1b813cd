#pragma once

#include "model/TreatmentEvent.h"

#include <QDialog>

#include <optional>

class QPushButton;

namespace nd {

// Asks before setting a new baseline "from today" and says exactly what happens:
// which days become the baseline (the last seven, today included, like the default
// baseline's length), what the checks then compare with, and what becomes of
// earlier flags and "discussed" marks. Opened with open(), so it never blocks.
class NewBaselineDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kDays = 7;

    // `loggedDays`: how many of the proposed days have entries.
    NewBaselineDialog(QDate today, int loggedDays, const std::optional<BaselinePeriod> &current,
                      bool currentIsDefault, QWidget *parent = nullptr);

    static BaselinePeriod proposedPeriod(QDate today);
    BaselinePeriod period() const { return m_period; }

private:
    BaselinePeriod m_period;
    QPushButton *m_confirm = nullptr;
};

} // namespace nd
