#include "ValueWords.h"

#include <QCoreApplication>

namespace nd {

namespace {
// Texts of this file, translated in the context "ValueWords".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ValueWords)
};
} // namespace

QString ValueWords::symptom(Symptom symptom)
{
    switch (symptom) {
    case Symptom::Numbness:
        return Tr::tr("Numbness");
    case Symptom::Tingling:
        return Tr::tr("Tingling");
    case Symptom::Burning:
        return Tr::tr("Burning");
    case Symptom::Pain:
        return Tr::tr("Pain");
    case Symptom::Cold:
        return Tr::tr("Cold sensitivity");
    case Symptom::Weakness:
        return Tr::tr("Weakness");
    }
    return {};
}

QString ValueWords::taskLevel(int level)
{
    // A level of difficulty of a task (French and Spanish: feminine, agreeing with "difficulté").
    switch (level) {
    case 0:
        return Tr::tr("none");
    case 1:
        return Tr::tr("mild");
    case 2:
        return Tr::tr("moderate");
    case 3:
        return Tr::tr("severe");
    case 4:
        return Tr::tr("unable");
    default:
        return {};
    }
}

QString ValueWords::taskLevelTitle(int level)
{
    return capitalised(taskLevel(level));
}

QString ValueWords::skinFinding(SkinFinding finding)
{
    switch (finding) {
    case SkinFinding::None:
        return Tr::tr("none");
    case SkinFinding::Blister:
        return Tr::tr("blister");
    case SkinFinding::Cut:
        return Tr::tr("cut");
    case SkinFinding::Burn:
        return Tr::tr("burn");
    case SkinFinding::Redness:
        return Tr::tr("redness");
    case SkinFinding::Other:
        return Tr::tr("other");
    }
    return {};
}

QString ValueWords::capitalised(const QString &word)
{
    // The first letter, after any opening quote or bracket a translation may start with.
    QString result = word;
    for (QChar &c : result) {
        if (c.isLetter())
            c = c.toUpper();
        if (c.isLetterOrNumber()) // "2 falls" stays as it is
            break;
    }
    return result;
}

} // namespace nd
