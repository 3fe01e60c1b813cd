#include "FlagGroups.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace nd {

namespace {
// Texts of this file, translated in the context "Flags" (with the words of the flags).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Flags)
};

bool needsNoSubject(Rule rule)
{
    return rule == Rule::Fall || rule == Rule::SkinCheck;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}
} // namespace

bool FlagGroup::isDiscussed() const
{
    return undiscussedCount() == 0;
}

int FlagGroup::undiscussedCount() const
{
    return int(std::count_if(flags.cbegin(), flags.cend(),
                             [](const AcknowledgedFlag &flag) { return !flag.isDiscussed(); }));
}

bool FlagGroup::contains(const Flag &flag) const
{
    return std::any_of(flags.cbegin(), flags.cend(),
                       [&](const AcknowledgedFlag &member) { return member.flag.sameIdentity(flag); });
}

QString FlagGroup::subjectsText() const
{
    QStringList names; // each subject once, in order (a folded line may hold one sign on several days)
    for (const AcknowledgedFlag &flag : flags)
        if (const QString name = subjectTitle(flag.flag.subject); !names.contains(name))
            names.append(name);
    return names.join(Tr::tr(", "));
}

QString FlagGroup::title() const
{
    if (needsNoSubject(rule()))
        return ruleTitle(rule());
    return Tr::tr("%1: %2").arg(ruleTitle(rule()), subjectsText());
}

QString FlagGroup::evidence() const
{
    // The engine's numbers name their subject ("left wrist: marked on 2 of …"): one line each.
    QStringList parts;
    for (const AcknowledgedFlag &flag : flags)
        parts.append(capitalized(flag.flag.evidence));
    return parts.join(u'\n');
}

QList<FlagGroup> FlagGroups::sameDay(const QList<AcknowledgedFlag> &flags)
{
    QList<FlagGroup> groups;
    QHash<QString, qsizetype> index; // date/rule/level -> group
    for (const AcknowledgedFlag &flag : flags) {
        const QString key = flag.flag.date.toString(Qt::ISODate) + u'/' + QString(ruleId(flag.flag.rule)) +
                            u'/' + QString(flagLevelId(flag.flag.level()));
        const auto it = index.constFind(key);
        if (it != index.cend()) {
            groups[*it].flags.append(flag);
        } else {
            index.insert(key, groups.size());
            groups.append(FlagGroup{{flag}});
        }
    }
    return groups;
}

void FlagGroups::sortMostPressingFirst(QList<FlagGroup> &groups)
{
    std::stable_sort(groups.begin(), groups.end(), [](const FlagGroup &a, const FlagGroup &b) {
        if (a.level() != b.level())
            return a.level() > b.level();
        return a.date() > b.date();
    });
}

} // namespace nd
