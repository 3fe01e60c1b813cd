#include "SkinChoice.h"

#include "model/Field.h"
#include "model/ValueWords.h"

namespace nd {

SkinChoice::SkinChoice(QWidget *parent) : WordChoice(&SkinChoice::words, parent)
{
    setEqualWidths(false); // "Blister" and "Burn" need less room than "All fine"
}

WordChoice::Words SkinChoice::words()
{
    Words words;
    // "All fine" for none; the findings in the diary's own words (ValueWords), as the report has them.
    words.labels.append(tr("All fine"));
    for (int i = 1; i < kSkinFindingCount; ++i)
        words.labels.append(ValueWords::capitalised(ValueWords::skinFinding(SkinFinding(i))));
    words.spokenNames = words.labels;
    words.spokenNames.first() = tr("All fine: nothing found");
    words.spokenNames.last() = tr("Something else");
    words.clearLabel = tr("Not checked");
    return words;
}

} // namespace nd
