#pragma once

#include <QDate>
#include <QLatin1String>
#include <QString>

#include <optional>

namespace nd {

// The seven rules of ESCALATION.md; the value is the rule number (1–7).
enum class Rule {
    WorseningSymptoms = 1,
    SpreadingSymptoms,
    NewTaskDifficulty,
    WalkingBalance,
    Fall,
    SkinCheck,
    NeuroWarning,
};
inline constexpr int kRuleCount = 7;

// How soon to act: keep an eye on it, tell the care team soon, get help now.
enum class FlagLevel { Watch, ContactTeam, Urgent };

// Stable ids of the contract (CLI JSON, acknowledgements in the diary file).
QLatin1String ruleId(Rule rule); // e.g. "worsening_symptoms"
std::optional<Rule> ruleFromId(QStringView id);
QLatin1String flagLevelId(FlagLevel level); // "watch", "contact_team", "urgent"
FlagLevel ruleLevel(Rule rule);

// Plain, translated words for showing a flag (never a diagnosis).
QString ruleTitle(Rule rule);            // e.g. "Symptoms getting worse"
QString ruleDescription(Rule rule);      // what the rule checks, in one sentence
QString ruleAdvice(Rule rule);           // what to do: self-care steps and whom to contact
QString flagLevelTitle(FlagLevel level); // e.g. "Tell your care team soon"
// A subject id ("feet", "left_ankle", "small_objects", "falls", "skin",
// "word_finding") in plain words ("feet", "left ankle", "picking up small objects").
QString subjectTitle(const QString &subject);

// One thing the rules noticed: a rule that started to hold for a subject on a day.
// Identity is date + rule + subject: the same flag comes back on every recomputation,
// which is how "discussed with care team" marks stay attached to it.
struct Flag
{
    QDate date;
    Rule rule = Rule::WorseningSymptoms;
    QString subject;  // stable id, see subjectTitle()
    QString evidence; // the numbers that made the rule hold
    QString advice;   // what to do, in plain words

    int ruleNumber() const { return int(rule); }
    FlagLevel level() const { return ruleLevel(rule); }
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
