#include "SkinChoice.h"

#include "model/Field.h"

namespace nd {

SkinChoice::SkinChoice(QWidget *parent) : WordChoice(&SkinChoice::words, parent)
{
    setEqualWidths(false); // "Blister" and "Burn" need less room than "All fine"
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

WordChoice::Words SkinChoice::words()
{
    Words words;
    for (int i = 0; i < kSkinFindingCount; ++i)
        words.labels.append(findingName(i));
    words.spokenNames = {tr("All fine: nothing found"), tr("Blister"), tr("Cut"), tr("Burn"), tr("Redness"),
                         tr("Something else")};
    words.clearLabel = tr("Not checked");
    return words;
}

} // namespace nd
