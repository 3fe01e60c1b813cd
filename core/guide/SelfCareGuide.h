#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace nd {

// The self-care guidance of the source article, in the project's own words, organised
// like the article's quick-reference table. One source for the Guide page, the advice
// of flags and the PDF report, so every place says the same thing.
namespace SelfCareGuide {

enum class Topic { EarlySymptoms, FunctionChanges, Comfort, Safety, MedicalHelp };

struct Section
{
    Topic topic;
    QString title;
    QString watchFor;
    QStringList whatYouCanDo;
};

struct Source
{
    QString title;
    QString publisher;
};

QList<Section> sections();
Section section(Topic topic);

// Home-safety habits (also the checks the Today page asks about).
QStringList homeSafetyTips();

QList<Source> sources();

// One sentence, shown on every page of the report and beside every flag.
QString notADiagnosis();
// What to do when a warning sign appears or someone is in danger.
QString emergencyAdvice();

} // namespace SelfCareGuide
} // namespace nd
