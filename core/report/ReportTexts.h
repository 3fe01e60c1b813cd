#pragma once

#include "model/DiaryProfile.h"
#include "model/Field.h"
#include "rules/Flag.h"

#include <QDate>
#include <QString>

namespace nd {

// Words the report prints for coded diary values, in one place.
namespace ReportTexts {

QString treatmentTitle(const QString &code); // profile treatment code in words
QString date(QDate day);                     // "2026-05-12", the one date form of the report
QString period(QDate from, QDate to);        // "2026-05-01 to 2026-07-29"
QString taskShortTitle(Field task);          // column titles of the daily table
QString warningSignShort(Field sign);        // "confusion", "words"...
// A flag in plain words: "Symptoms spreading: left wrist"; with the rule's number
// "Symptoms spreading (rule 2): left wrist". Falls and skin need no subject.
QString flagTitle(const Flag &flag, bool withRuleNumber);
// Days as runs: "2026-05-01 to 2026-05-03, 2026-05-09" (consecutive days joined).
QString dayRuns(const QList<QDate> &days);
// A yes/no answer of the profile ("yes", "no"); empty when not answered.
QString answer(ProfileAnswer value);
QString mean(double value);         // one decimal, "4.3"
QString signedChange(double value); // "+2.1", "−0.4", "±0.0"

} // namespace ReportTexts
} // namespace nd
