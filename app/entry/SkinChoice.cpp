#include "SkinChoice.h"

#include "model/Field.h"

#include <QEvent>

namespace nd {

SkinChoice::SkinChoice(QWidget *parent) : SegmentedControl(parent)
{
    setEqualWidths(false); // "Blister" and "Burn" need less room than "All fine"
    retranslate();
}

QString SkinChoice::findingName(int finding)
{
    switch (SkinFinding(finding)) {
    case SkinFinding::None:
        return tr("All fine");
    case SkinFinding::Blister:
        return tr("Blister");
    case SkinFinding::Cut:
        return tr("Cut");
    case SkinFinding::Burn:
        return tr("Burn");
    case SkinFinding::Redness:
        return tr("Redness");
    case SkinFinding::Other:
        return tr("Other");
    }
    return {};
}

void SkinChoice::retranslate()
{
    QStringList labels;
    for (int i = 0; i < kSkinFindingCount; ++i)
        labels.append(findingName(i));
    setOptions(labels, {tr("All fine: nothing found"), tr("Blister"), tr("Cut"), tr("Burn"), tr("Redness"),
                        tr("Something else")});
    setClearSegment(tr("Not checked"), tr("Not checked"));
}

void SkinChoice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SegmentedControl::changeEvent(event);
}

} // namespace nd
