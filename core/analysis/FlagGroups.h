#pragma once

#include "rules/AcknowledgedFlag.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nd {

// How flags are SHOWN, not what they are: flags of the same rule and level on the same
// day read as one line with their subjects ("Symptoms spreading: left wrist, right
// hand"), and a course that keeps getting worse (an onset, then step-ups) reads as one
// line on its latest day ("worse again since 3 May"). The engine's flags are untouched
// (`flags --json` lists each one); every flag is in exactly one group, and a group can be
// marked as discussed in one go.
struct FlagGroup
{
    // The line's own flags first (same date, rule and level; in the engine's order, by
    // subject), then the earlier flags of their courses folded into it, newest first.
    QList<AcknowledgedFlag> flags;

    const Flag &first() const { return flags.first().flag; }
    QDate date() const { return first().date; }
    Rule rule() const { return first().rule; }
    FlagLevel level() const { return first().level(); }
    int size() const { return int(flags.size()); }
    bool isDiscussed() const; // every flag of the group is marked
    int undiscussedCount() const;
    bool contains(const Flag &flag) const;
    // The identity of the group's first flag (the group's handle in lists).
    QString key() const { return first().key(); }

    // "left wrist, right hand" (plain words, engine order).
    QString subjectsText() const;
    // "Symptoms spreading: left wrist, right hand"; falls and skin need no subject. A line
    // with a step-up adds "worse again since <date>".
    QString title() const;
    // The first day of the course the line continues (its oldest folded flag, or the flag a
    // step-up follows when that one is not folded in); invalid for a line without a step-up.
    QDate worseSince() const;
    // Each flag's numbers, one per subject when there are several ("left wrist: …").
    QString evidence() const;
};

namespace FlagGroups {

// Groups in the order the flags come (a group sits where its first flag was). A flag
// that a later step-up in `flags` follows (same rule and subject) is folded into the
// line of the course's latest flag instead of having a line of its own.
QList<FlagGroup> sameDay(const QList<AcknowledgedFlag> &flags);

// "worse again since 3 May" (Alerts, the urgent banner, Trends' day details, the report).
QString worseAgainSince(QDate since);

// Urgent first, then contact, then watch; newest first within a level.
void sortMostPressingFirst(QList<FlagGroup> &groups);

} // namespace FlagGroups
} // namespace nd
