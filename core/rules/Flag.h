#pragma once

#include <QDate>
#include <QLatin1String>
#include <QString>

#include <optional>

namespace nd {

// The ten rules of ESCALATION.md (version 2); the value is the rule number (1–10).
enum class Rule {
    WorseningSymptoms = 1,
    SpreadingSymptoms,
    NewTaskDifficulty,
    WalkingBalance,
    Fall,
    SkinCheck,
    NeuroWarning,
    NearFalls,
    Weakness,
    RapidWeakness,
};
inline constexpr int kRuleCount = 10;

// How soon to act: keep an eye on it, tell the care team soon, get help now.
enum class FlagLevel { Watch, ContactTeam, Urgent };

// Why a flag was raised on its day (ESCALATION.md, "When a flag is emitted"): the rule
// started to hold (onset), it holds on and the severity rose a step above the flag it
// follows (step_up), or another fall (repeat).
enum class FlagKind { Onset, StepUp, Repeat };

// Stable ids of the contract (CLI JSON, acknowledgements in the diary file).
QLatin1String ruleId(Rule rule); // e.g. "worsening_symptoms"
std::optional<Rule> ruleFromId(QStringView id);
QLatin1String flagLevelId(FlagLevel level); // "watch", "contact_team", "urgent"
QLatin1String flagKindId(FlagKind kind);    // "onset", "step_up", "repeat"
// The level of a rule's flags; rule 4 is raised to urgent on some days (Flag::urgent).
FlagLevel ruleLevel(Rule rule);

// Plain, translated words for showing a flag (never a diagnosis).
QString ruleTitle(Rule rule);            // e.g. "Symptoms getting worse"
QString ruleDescription(Rule rule);      // what the rule checks, in one sentence
QString ruleAdvice(Rule rule);           // what to do: self-care steps and whom to contact
QString flagLevelTitle(FlagLevel level); // e.g. "Tell your care team soon"
// A subject id ("feet", "left_ankle", "small_objects", "falls", "skin",
// "word_finding") in plain words ("feet", "left ankle", "picking up small objects").
QString subjectTitle(const QString &subject);
// False for falls, near falls and skin problems: the rule's title already says what it is
// about, so titles do not add the subject ("Skin problem found", not "…: skin").
bool ruleNamesASubject(Rule rule);
// A day as the flags' numbers write it ("12 May 2026"), so a line and its numbers agree.
QString flagDayText(QDate date);

// One thing the rules noticed: a rule that started to hold for a subject on a day, or went on
// getting worse, or another fall. Identity is date + rule + subject: the same flag comes back on
// every recomputation, which is how "discussed with care team" marks stay attached to it.
struct Flag
{
    QDate date;
    Rule rule = Rule::WorseningSymptoms;
    QString subject;  // stable id, see subjectTitle()
    QString evidence; // the numbers that made the rule hold (a step-up: what it rose from, and when)
    QString advice;   // what to do, in plain words
    FlagKind kind = FlagKind::Onset;
    // Rule 4 on a day when walking or balance was severe or unable: urgent, not contact_team.
    bool urgent = false;
    // A step-up or repeat: the date of the most recent flag of the same rule and subject, which
    // this one follows (invalid for an onset).
    QDate follows{};
    // Rules with a severity (1, 3, 4, 9): the severity on the flag's day, and for a step-up the
    // reference of the flag it follows (what it rose from). 0 otherwise.
    double severity = 0;
    double reference = 0;

    int ruleNumber() const { return int(rule); }
    FlagLevel level() const { return urgent ? FlagLevel::Urgent : ruleLevel(rule); }
    bool isStepUp() const { return kind == FlagKind::StepUp; }
    // "2026-05-12/worsening_symptoms/feet": one string per identity, for lookups.
    QString key() const;
    static QString key(QDate date, const QString &rule, const QString &subject);

    // Sorted by date, then rule number, then subject (the order of FORMATS.md).
    bool operator<(const Flag &other) const;
    bool sameIdentity(const Flag &other) const
    {
        return date == other.date && rule == other.rule && subject == other.subject;
    }
};

} // namespace nd
