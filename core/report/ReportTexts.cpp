#include "ReportTexts.h"

#include <QCoreApplication>

#include <cmath>

namespace nd::ReportTexts {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Report", text);
}
} // namespace

QString treatmentTitle(const QString &code)
{
    if (code == "checkpoint_inhibitor"_L1)
        return tr("Immune checkpoint inhibitor");
    if (code == "car_t"_L1)
        return tr("CAR-T cell therapy");
    if (code == "other"_L1)
        return tr("Other immunotherapy");
    return tr("not recorded");
}

QString date(QDate day)
{
    return day.toString(Qt::ISODate);
}

QString period(QDate from, QDate to)
{
    return tr("%1 to %2").arg(date(from), date(to));
}

QString taskShortTitle(Field task)
{
    switch (task) {
    case Field::Buttoning:
        return tr("Btn");
    case Field::Writing:
        return tr("Wri");
    case Field::Typing:
        return tr("Typ");
    case Field::Grasping:
        return tr("Grs");
    case Field::SmallObjects:
        return tr("Sml");
    case Field::Walking:
        return tr("Wlk");
    case Field::Balance:
        return tr("Bal");
    case Field::FeelingGround:
        return tr("Grd");
    default:
        return {};
    }
}

QString taskLevelWord(int level)
{
    switch (level) {
    case 0:
        return tr("none");
    case 1:
        return tr("mild");
    case 2:
        return tr("moderate");
    case 3:
        return tr("severe");
    case 4:
        return tr("unable");
    default:
        return {};
    }
}

QString skinWord(int finding)
{
    switch (SkinFinding(finding)) {
    case SkinFinding::None:
        return {};
    case SkinFinding::Blister:
        return tr("blister");
    case SkinFinding::Cut:
        return tr("cut");
    case SkinFinding::Burn:
        return tr("burn");
    case SkinFinding::Redness:
        return tr("redness");
    case SkinFinding::Other:
        return tr("other");
    }
    return {};
}

QString warningSignShort(Field sign)
{
    switch (sign) {
    case Field::Confusion:
        return tr("confusion");
    case Field::WordFinding:
        return tr("words");
    case Field::Tremor:
        return tr("tremor");
    case Field::Seizure:
        return tr("seizure");
    case Field::Swallowing:
        return tr("swallowing");
    case Field::FacialWeakness:
        return tr("face");
    case Field::Breathing:
        return tr("breathing");
    default:
        return {};
    }
}

QString flagTitle(const Flag &flag, bool withRuleNumber)
{
    QString title = ruleTitle(flag.rule);
    if (withRuleNumber)
        title = tr("%1 (rule %2)").arg(title).arg(flag.ruleNumber());
    if (flag.rule == Rule::Fall || flag.rule == Rule::SkinCheck)
        return title;
    return tr("%1: %2").arg(title, subjectTitle(flag.subject));
}

QString mean(double value)
{
    return QString::number(value, 'f', 1);
}

QString signedChange(double value)
{
    const double rounded = std::round(value * 10) / 10;
    if (rounded > 0)
        return u'+' + QString::number(rounded, 'f', 1);
    if (rounded < 0)
        return u'\u2212' + QString::number(-rounded, 'f', 1);
    return u"\u00b10.0"_s;
}

} // namespace nd::ReportTexts
