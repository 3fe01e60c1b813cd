#include "FlagGroups.h"

#include "model/ValueWords.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace nd {

namespace {
// Texts of this file, translated in the context "Flags" (with the words of the flags).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Flags)
};

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
    const QString what = ruleNamesASubject(rule()) ? Tr::tr("%1: %2").arg(ruleTitle(rule()), subjectsText())
                                                   : ruleTitle(rule());
    const QDate since = worseSince();
    return since.isValid() ? Tr::tr("%1 — %2").arg(what, FlagGroups::worseAgainSince(since)) : what;
}

QDate FlagGroup::worseSince() const
{
    QDate since;
    bool stepUp = false;
    for (const AcknowledgedFlag &member : flags) {
        const Flag &flag = member.flag;
        stepUp = stepUp || flag.isStepUp();
        const QDate start = flag.date == date() ? flag.follows : flag.date; // folded flags are earlier days
        if (start.isValid() && (!since.isValid() || start < since))
            since = start;
    }
    return stepUp ? since : QDate();
}

QString FlagGroup::evidence() const
{
    // The engine's numbers name their subject ("left wrist: marked on 2 of …"): one line each.
    // The earlier steps of a course say their day, so the line reads as the course it is.
    QStringList parts;
    for (const AcknowledgedFlag &member : flags) {
        const QString numbers = ValueWords::capitalised(member.flag.evidence);
        parts.append(member.flag.date == date()
                         ? numbers
                         : Tr::tr("%1: %2").arg(flagDayText(member.flag.date), numbers));
    }
    return parts.join(u'\n');
}

QString FlagGroups::worseAgainSince(QDate since)
{
    return Tr::tr("worse again since %1").arg(flagDayText(since));
}

namespace {
QString courseKey(const Flag &flag, QDate date)
{
    return QString(ruleId(flag.rule)) + u'/' + flag.subject + u'/' + date.toString(Qt::ISODate);
}

// For each flag that a later step-up of the list follows, the index of its course's latest
// flag (courses are chains of one rule and subject, linked by each step-up's `follows`).
QHash<qsizetype, qsizetype> foldedIntoLatest(const QList<AcknowledgedFlag> &flags)
{
    QHash<QString, qsizetype> byDay; // rule/subject/date -> index
    for (qsizetype i = 0; i < flags.size(); ++i)
        byDay.insert(courseKey(flags[i].flag, flags[i].flag.date), i);
    QHash<qsizetype, qsizetype> followedBy; // flag -> the step-up that follows it
    for (qsizetype i = 0; i < flags.size(); ++i) {
        const Flag &flag = flags[i].flag;
        if (!flag.isStepUp() || !flag.follows.isValid())
            continue;
        const auto previous = byDay.constFind(courseKey(flag, flag.follows));
        if (previous != byDay.cend())
            followedBy.insert(*previous, i);
    }
    QHash<qsizetype, qsizetype> latest;
    for (auto it = followedBy.cbegin(); it != followedBy.cend(); ++it) {
        qsizetype head = it.value();
        for (int guard = 0; followedBy.contains(head) && guard < flags.size(); ++guard)
            head = followedBy.value(head); // each step strictly later: the guard only stops a bad list
        latest.insert(it.key(), head);
    }
    return latest;
}
} // namespace

QList<FlagGroup> FlagGroups::sameDay(const QList<AcknowledgedFlag> &flags)
{
    const QHash<qsizetype, qsizetype> folded = foldedIntoLatest(flags);
    QList<FlagGroup> groups;
    QHash<QString, qsizetype> index;     // date/rule/level -> group
    QHash<qsizetype, qsizetype> groupOf; // flag -> its group
    for (qsizetype i = 0; i < flags.size(); ++i) {
        if (folded.contains(i))
            continue;
        const AcknowledgedFlag &flag = flags[i];
        const QString key = flag.flag.date.toString(Qt::ISODate) + u'/' + QString(ruleId(flag.flag.rule)) +
                            u'/' + QString(flagLevelId(flag.flag.level()));
        const auto it = index.constFind(key);
        if (it != index.cend()) {
            groups[*it].flags.append(flag);
            groupOf.insert(i, *it);
        } else {
            groupOf.insert(i, groups.size());
            index.insert(key, groups.size());
            groups.append(FlagGroup{{flag}});
        }
    }
    // Earlier steps after the line's own flags, newest first.
    QList<qsizetype> earlier = folded.keys();
    std::sort(earlier.begin(), earlier.end(),
              [&](qsizetype a, qsizetype b) { return flags[a].flag.date > flags[b].flag.date; });
    for (const qsizetype i : std::as_const(earlier))
        groups[groupOf.value(folded.value(i))].flags.append(flags[i]);
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
