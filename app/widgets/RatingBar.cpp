#include "RatingBar.h"

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
    setToolTip(tr("Type a number from 0 to 10 (for 10, type 1 and then 0), or use the arrow keys."));
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

void RatingBar::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text(); // never with Ctrl, Alt or Meta: SegmentedControl passes those on
    const bool tenNow = text == QLatin1String("0") && value() == 1 && m_sinceOne.isValid() &&
                        m_sinceOne.elapsed() < kTwoDigitMs;
    m_sinceOne.invalidate();
    if (tenNow) {
        activatePart(kMaximum);
        return;
    }
    if (text == QLatin1String("1"))
        m_sinceOne.start();
    SegmentedControl::keyPressEvent(event);
}

} // namespace nd
