#include "ReportTexts.h"

#include "analysis/FlagGroups.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace nd::ReportTexts {

using namespace Qt::StringLiterals;

namespace {
// Texts of this file, translated in the context "Report". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};
} // namespace

QString treatmentTitle(const QString &code)
{
    if (code == "checkpoint_inhibitor"_L1)
        return Tr::tr("Immune checkpoint inhibitor");
    if (code == "car_t"_L1)
        return Tr::tr("CAR-T cell therapy");
    if (code == "other"_L1)
        return Tr::tr("Other immunotherapy");
    return Tr::tr("not recorded");
}

QString date(QDate day)
{
    return day.toString(Qt::ISODate);
}

QString period(QDate from, QDate to)
{
    return Tr::tr("%1 to %2").arg(date(from), date(to));
}

QString taskShortTitle(Field task)
{
    switch (task) {
    case Field::Buttoning:
        return Tr::tr("Btn");
    case Field::Writing:
        return Tr::tr("Wri");
    case Field::Typing:
        return Tr::tr("Typ");
    case Field::Grasping:
        return Tr::tr("Grs");
    case Field::SmallObjects:
        return Tr::tr("Sml");
    case Field::Walking:
        return Tr::tr("Wlk");
    case Field::Balance:
        return Tr::tr("Bal");
    case Field::FeelingGround:
        return Tr::tr("Grd");
    default:
        return {};
    }
}

QString warningSignShort(Field sign)
{
    switch (sign) {
    case Field::Confusion:
        return Tr::tr("confusion");
    case Field::WordFinding:
        return Tr::tr("words");
    case Field::Tremor:
        return Tr::tr("tremor");
    case Field::Seizure:
        return Tr::tr("seizure");
    case Field::Swallowing:
        return Tr::tr("swallowing");
    case Field::FacialWeakness:
        return Tr::tr("face");
    case Field::Breathing:
        return Tr::tr("breathing");
    case Field::DroopingEyelid:
        return Tr::tr("eyelid");
    case Field::DoubleVision:
        return Tr::tr("double vision");
    case Field::SlurredSpeech:
        return Tr::tr("speech");
    case Field::RisingWeakness:
        return Tr::tr("weakness");
    case Field::HardToWake:
        return Tr::tr("hard to wake");
    case Field::BladderBowel:
        return Tr::tr("bladder/bowel");
    case Field::HeadacheStiffNeck:
        return Tr::tr("headache, stiff neck");
    case Field::ChestPain:
        return Tr::tr("chest");
    default:
        return {};
    }
}

QString flagTitle(const Flag &flag, bool withRuleNumber)
{
    QString title = ruleTitle(flag.rule);
    if (withRuleNumber)
        title = Tr::tr("%1 (rule %2)").arg(title).arg(flag.ruleNumber());
    if (ruleNamesASubject(flag.rule))
        title = Tr::tr("%1: %2").arg(title, subjectTitle(flag.subject));
    if (flag.isStepUp() && flag.follows.isValid()) // linked to the flag it follows
        title = Tr::tr("%1 — %2").arg(title, FlagGroups::worseAgainSince(flag.follows));
    return title;
}

QString dayRuns(const QList<QDate> &days)
{
    QStringList runs;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype j = i;
        while (j + 1 < days.size() && days[j].daysTo(days[j + 1]) == 1)
            ++j;
        runs.append(j == i ? date(days[i]) : period(days[i], days[j]));
        i = j + 1;
    }
    return runs.join(u", ");
}

QString answer(ProfileAnswer value)
{
    switch (value) {
    case ProfileAnswer::Yes:
        return Tr::tr("yes");
    case ProfileAnswer::No:
        return Tr::tr("no");
    case ProfileAnswer::NotAnswered:
        break;
    }
    return {};
}

QString mean(double value)
{
    return QLocale().toString(value, 'f', 1); // 6,6 in German
}

QString signedChange(double value)
{
    const double rounded = std::round(value * 10) / 10;
    if (rounded > 0)
        return u'+' + mean(rounded);
    if (rounded < 0)
        return u'\u2212' + mean(-rounded);
    return u'\u00b1' + mean(0.0);
}

} // namespace nd::ReportTexts
