#include "RatingBar.h"

#include <QEvent>
#include <QKeyEvent>

namespace nd {

RatingBar::RatingBar(QWidget *parent) : SegmentedControl(parent)
{
    retranslate();
}

void RatingBar::retranslate()
{
    QStringList labels;
    QStringList spoken;
    for (int i = 0; i <= kMaximum; ++i) {
        labels.append(QString::number(i));
        if (i == 0)
            spoken.append(tr("0, none at all"));
        else if (i == kMaximum)
            spoken.append(tr("10, the worst you can imagine"));
        else
            spoken.append(QString::number(i));
    }
    setOptions(labels, spoken);
    setClearSegment(tr("Not rated"), tr("Not rated"));
}

QString RatingBar::accessibleValueText() const
{
    return value() == kNone ? tr("Not rated") : tr("%1 of 10").arg(value());
}

std::optional<int> RatingBar::optionForKey(const QKeyEvent *event) const
{
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isDigit())
        return text.at(0).digitValue();
    return std::nullopt;
}

void RatingBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SegmentedControl::changeEvent(event);
}

} // namespace nd
