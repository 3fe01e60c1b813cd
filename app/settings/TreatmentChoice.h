#pragma once

#include "widgets/SegmentedControl.h"

namespace nd {

// The kind of treatment (DiaryProfile::treatment): checkpoint inhibitor, CAR-T,
// other, as three big buttons. Nothing chosen means "not said".
class TreatmentChoice : public SegmentedControl
{
    Q_OBJECT

public:
    explicit TreatmentChoice(QWidget *parent = nullptr);

    // "checkpoint_inhibitor", "car_t", "other" or empty.
    QString treatmentCode() const;
    void setTreatmentCode(const QString &code);
};

} // namespace nd
