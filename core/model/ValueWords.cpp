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
    if (word.isEmpty())
        return word;
    return word.at(0).toUpper() + word.mid(1);
}

} // namespace nd
