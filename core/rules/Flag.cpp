#include "Flag.h"

#include <array>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<QLatin1String, kRuleCount> kRuleIds = {
    "worsening_symptoms"_L1,
    "spreading_symptoms"_L1,
    "new_task_difficulty"_L1,
    "walking_balance"_L1,
    "fall"_L1,
    "skin_check"_L1,
    "neuro_warning"_L1,
    "near_falls"_L1,
    "weakness"_L1,
    "rapid_weakness"_L1,
};

} // namespace

QLatin1String ruleId(Rule rule)
{
    return kRuleIds[std::size_t(int(rule) - 1)];
}

std::optional<Rule> ruleFromId(QStringView id)
{
    for (int number = 1; number <= kRuleCount; ++number)
        if (id == kRuleIds[std::size_t(number - 1)])
            return Rule(number);
    return std::nullopt;
}

QLatin1String flagLevelId(FlagLevel level)
{
    switch (level) {
    case FlagLevel::Watch:
        return "watch"_L1;
    case FlagLevel::ContactTeam:
        return "contact_team"_L1;
    case FlagLevel::Urgent:
        return "urgent"_L1;
    }
    return "watch"_L1;
}

QLatin1String flagKindId(FlagKind kind)
{
    switch (kind) {
    case FlagKind::Onset:
        return "onset"_L1;
    case FlagKind::StepUp:
        return "step_up"_L1;
    case FlagKind::Repeat:
        return "repeat"_L1;
    }
    return "onset"_L1;
}

FlagLevel ruleLevel(Rule rule)
{
    switch (rule) {
    case Rule::SkinCheck:
        return FlagLevel::Watch;
    case Rule::NeuroWarning:
    case Rule::RapidWeakness:
        return FlagLevel::Urgent;
    default:
        return FlagLevel::ContactTeam;
    }
}

QString Flag::key() const
{
    return key(date, QString(ruleId(rule)), subject);
}

QString Flag::key(QDate date, const QString &rule, const QString &subject)
{
    return date.toString(Qt::ISODate) + u'/' + rule + u'/' + subject;
}

bool Flag::operator<(const Flag &other) const
{
    if (date != other.date)
        return date < other.date;
    if (rule != other.rule)
        return int(rule) < int(other.rule);
    return subject < other.subject;
}

} // namespace nd
