#include "YesNoToggle.h"

#include <QKeyEvent>

namespace nd {

YesNoToggle::YesNoToggle(QWidget *parent) : SegmentedControl(parent)
{
    retranslate();
}

void YesNoToggle::retranslate()
{
    setOptions({tr("Yes"), tr("No")});
    // Leaving a question open is a choice of its own, named as one ("Not asked" puzzled people).
    setClearSegment(tr("Skip"), tr("Skipped"));
}

std::optional<int> YesNoToggle::fieldValue() const
{
    switch (value()) {
    case kYes:
        return 1;
    case kNo:
        return 0;
    default:
        return std::nullopt;
    }
}

void YesNoToggle::setFieldValue(std::optional<int> value)
{
    if (!value)
        clear();
    else
        setValue(*value ? kYes : kNo);
}

std::optional<int> YesNoToggle::optionForKey(const QKeyEvent *event) const
{
    // 1 and 0 follow the diary's own coding (1 yes, 0 no), not the segment order.
    if (event->key() == Qt::Key_1)
        return kYes;
    if (event->key() == Qt::Key_0)
        return kNo;
    return SegmentedControl::optionForKey(event);
}

} // namespace nd
