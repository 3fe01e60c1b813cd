#include "FhirQuestionnaire.h"

#include "FhirJson.h"

#include <array>

namespace nd::FhirQuestionnaire {

namespace {

using namespace Qt::StringLiterals;
using FhirJson::coding;

constexpr QLatin1String kMinValue{"http://hl7.org/fhir/StructureDefinition/minValue"};
constexpr QLatin1String kMaxValue{"http://hl7.org/fhir/StructureDefinition/maxValue"};
constexpr QLatin1String kUnit{"http://hl7.org/fhir/StructureDefinition/questionnaire-unit"};
constexpr QLatin1String kOrdinal{"http://hl7.org/fhir/StructureDefinition/ordinalValue"};

// A group of questions; an empty linkId means the columns stand at the top level.
struct Section
{
    QString linkId;
    QString text;
    QStringList columns;
};

template<typename Fields> QStringList names(const Fields &fields)
{
    QStringList result;
    for (const Field field : fields)
        result.append(fieldSpec(field).name);
    return result;
}

QStringList symptomColumns(Limb limb)
{
    QStringList result;
    for (int s = 0; s < kSymptomCount; ++s)
        result.append(fieldSpec(symptomField(Symptom(s), limb)).name);
    return result;
}

// The order of FORMATS.md's table; a test checks it equals entryColumns().
const QList<Section> &sections()
{
    static const QList<Section> list = {
        {u"section-symptoms-hands"_s, u"Symptoms in the hands, 0 (none) to 10 (worst imaginable)"_s,
         symptomColumns(Limb::Hands)},
        {u"section-symptoms-feet"_s, u"Symptoms in the feet, 0 (none) to 10 (worst imaginable)"_s,
         symptomColumns(Limb::Feet)},
        {{}, {}, {u"regions"_s}},
        {u"section-daily-tasks"_s, u"How hard daily tasks were"_s, names(kTaskFields)},
        {u"section-falls"_s, u"Falls"_s, names(std::array{Field::Falls, Field::NearFalls})},
        {{}, {}, {u"skin"_s}},
        {u"section-home-safety"_s, u"Home safety checks done"_s, names(kSafetyFields)},
        {u"section-habits"_s, u"Habits"_s,
         names(std::array{Field::ExerciseMinutes, Field::AlcoholDrinks, Field::Smoked})},
        {u"section-warning-signs"_s, u"Warning signs noticed"_s,
         names(std::array{Field::Confusion, Field::WordFinding, Field::Tremor, Field::Seizure,
                          Field::Swallowing, Field::FacialWeakness, Field::Breathing})},
        {{}, {}, {u"note"_s}},
        // Contract v2: more warning signs, after the note as in CSV.
        {u"section-more-warning-signs"_s, u"More warning signs noticed"_s,
         names(std::array{Field::DroopingEyelid, Field::DoubleVision, Field::SlurredSpeech,
                          Field::RisingWeakness, Field::HardToWake, Field::BladderBowel,
                          Field::HeadacheStiffNeck, Field::ChestPain})},
    };
    return list;
}

QString questionText(Field field)
{
    static const std::array<const char *, kFieldCount> texts = {
        "Numbness in the hands",
        "Tingling (pins and needles) in the hands",
        "Burning in the hands",
        "Pain in the hands",
        "Sensitivity to cold in the hands",
        "Weakness in the hands",
        "Numbness in the feet",
        "Tingling (pins and needles) in the feet",
        "Burning in the feet",
        "Pain in the feet",
        "Sensitivity to cold in the feet",
        "Weakness in the feet",
        "Doing up buttons",
        "Writing by hand",
        "Typing",
        "Grasping and holding things",
        "Picking up small objects",
        "Walking",
        "Keeping balance",
        "Feeling the ground underfoot",
        "Number of falls",
        "Number of near falls",
        "Skin problem found on hands or feet",
        "Feet inspected for injuries",
        "Water temperature tested before washing",
        "Night lights in use",
        "Non-slip mats in use",
        "Handrails used",
        "Supportive shoes worn",
        "Hands and feet kept warm",
        "Minutes of exercise",
        "Alcoholic drinks",
        "Smoked",
        "Confusion",
        "Trouble finding words",
        "Tremor",
        "Seizure",
        "New trouble swallowing",
        "New weakness of the face",
        "Trouble breathing",
        "A drooping eyelid",
        "Double vision",
        "Slurred or nasal speech",
        "Weakness getting worse over hours or days, or new trouble climbing stairs, standing up from a chair "
        "or lifting the arms",
        "Very sleepy or hard to wake",
        "New loss of bladder or bowel control, or unable to pass urine",
        "A severe headache with a stiff neck or fever",
        "Chest pain, or a racing or irregular heartbeat",
    };
    return QString::fromLatin1(texts[std::size_t(field)]);
}

QString taskLevelDisplay(int level)
{
    static const std::array<QLatin1String, 5> displays = {"none"_L1, "mild"_L1, "moderate"_L1, "severe"_L1,
                                                          "unable"_L1};
    return displays[std::size_t(level)];
}

QJsonObject taskLevelCoding(int level)
{
    return coding(FhirJson::codeSystem("task-level"_L1), QString::number(level), taskLevelDisplay(level));
}

QJsonObject skinCoding(int finding)
{
    const QString code = skinFindingCode(SkinFinding(finding));
    return coding(FhirJson::codeSystem("skin-finding"_L1), code, code);
}

QJsonObject regionCoding(const Region &region)
{
    const QString code = region.code();
    return coding(FhirJson::codeSystem("body-region"_L1), code, QString(code).replace(u'_', u' '));
}

QJsonArray options(int count, QJsonObject (*codingOf)(int))
{
    QJsonArray result;
    for (int i = 0; i < count; ++i)
        result.append(QJsonObject{{u"valueCoding"_s, codingOf(i)}});
    return result;
}

QJsonObject fieldQuestion(const FieldSpec &spec)
{
    QJsonObject item{{u"linkId"_s, QString(spec.name)}, {u"text"_s, questionText(spec.field)}};
    switch (spec.kind) {
    case FieldKind::Score:
    case FieldKind::Count: {
        item.insert(u"type"_s, u"integer"_s);
        QJsonArray extensions{FhirJson::integerExtension(kMinValue, 0),
                              FhirJson::integerExtension(kMaxValue, spec.maximum)};
        if (spec.field == Field::ExerciseMinutes) {
            extensions.append(QJsonObject{
                {u"url"_s, QString(kUnit)},
                {u"valueCoding"_s, coding(u"http://unitsofmeasure.org"_s, u"min"_s, u"minutes"_s)}});
        }
        item.insert(u"extension"_s, extensions);
        break;
    }
    case FieldKind::TaskLevel: {
        item.insert(u"type"_s, u"choice"_s);
        QJsonArray answerOptions;
        for (int level = 0; level <= spec.maximum; ++level) {
            QJsonObject levelCoding = taskLevelCoding(level);
            levelCoding.insert(u"extension"_s, QJsonArray{QJsonObject{{u"url"_s, QString(kOrdinal)},
                                                                      {u"valueDecimal"_s, level}}});
            answerOptions.append(QJsonObject{{u"valueCoding"_s, levelCoding}});
        }
        item.insert(u"answerOption"_s, answerOptions);
        break;
    }
    case FieldKind::Skin:
        item.insert(u"type"_s, u"choice"_s);
        item.insert(u"answerOption"_s, options(kSkinFindingCount, skinCoding));
        break;
    case FieldKind::YesNo:
        item.insert(u"type"_s, u"boolean"_s);
        break;
    }
    return item;
}

QJsonObject question(const QString &column)
{
    if (column == "regions"_L1) {
        QJsonArray answerOptions;
        for (int i = 0; i < kRegionCount; ++i)
            answerOptions.append(QJsonObject{{u"valueCoding"_s, regionCoding(Region::fromIndex(i))}});
        return {{u"linkId"_s, column},
                {u"text"_s, u"Where the symptoms were felt"_s},
                {u"type"_s, u"choice"_s},
                {u"repeats"_s, true},
                {u"answerOption"_s, answerOptions}};
    }
    if (column == "note"_L1)
        return {{u"linkId"_s, column}, {u"text"_s, u"Note"_s}, {u"type"_s, u"text"_s}};
    return fieldQuestion(fieldSpec(*fieldByName(column)));
}

// The answer of one column, or an empty array when the entry leaves it blank.
QJsonArray answers(const Entry &entry, const QString &column)
{
    if (column == "regions"_L1) {
        QJsonArray result;
        for (const Region &region : entry.regions().regions())
            result.append(QJsonObject{{u"valueCoding"_s, regionCoding(region)}});
        return result;
    }
    if (column == "note"_L1) {
        if (entry.note().isEmpty())
            return {};
        return {QJsonObject{{u"valueString"_s, entry.note()}}};
    }
    const FieldSpec &spec = fieldSpec(*fieldByName(column));
    const std::optional<int> value = entry.value(spec.field);
    if (!value)
        return {};
    switch (spec.kind) {
    case FieldKind::Score:
    case FieldKind::Count:
        return {QJsonObject{{u"valueInteger"_s, *value}}};
    case FieldKind::TaskLevel:
        return {QJsonObject{{u"valueCoding"_s, taskLevelCoding(*value)}}};
    case FieldKind::Skin:
        return {QJsonObject{{u"valueCoding"_s, skinCoding(*value)}}};
    case FieldKind::YesNo:
        return {QJsonObject{{u"valueBoolean"_s, *value == 1}}};
    }
    return {};
}

} // namespace

QJsonObject questionnaire()
{
    QJsonArray items;
    for (const Section &section : sections()) {
        QJsonArray questions;
        for (const QString &column : section.columns)
            questions.append(question(column));
        if (section.linkId.isEmpty()) {
            for (const auto &q : std::as_const(questions))
                items.append(q);
        } else {
            items.append(QJsonObject{{u"linkId"_s, section.linkId},
                                     {u"text"_s, section.text},
                                     {u"type"_s, u"group"_s},
                                     {u"item"_s, questions}});
        }
    }
    return {
        {u"resourceType"_s, u"Questionnaire"_s},
        {u"url"_s, FhirJson::questionnaireUrl()},
        {u"version"_s, FhirJson::questionnaireVersion()},
        {u"name"_s, u"NerveDiaryEntry"_s},
        {u"title"_s, u"NerveDiary daily entry: nerve symptoms during cancer immunotherapy"_s},
        {u"status"_s, u"active"_s},
        {u"publisher"_s, u"NerveDiary"_s},
        {u"subjectType"_s, QJsonArray{u"Patient"_s}},
        {u"language"_s, u"en"_s},
        {u"description"_s,
         u"What a patient or caregiver records for one day in NerveDiary: symptom scores for hands and "
         "feet, where they were felt, how hard daily tasks were, falls, skin and home-safety checks, "
         "habits and warning signs. Blank answers mean not rated."_s},
        {u"item"_s, items},
    };
}

QJsonArray responseItems(const Entry &entry)
{
    QJsonArray items;
    for (const Section &section : sections()) {
        QJsonArray answered;
        for (const QString &column : section.columns) {
            const QJsonArray answer = answers(entry, column);
            if (!answer.isEmpty())
                answered.append(QJsonObject{{u"linkId"_s, column}, {u"answer"_s, answer}});
        }
        if (answered.isEmpty())
            continue;
        if (section.linkId.isEmpty()) {
            for (const auto &a : std::as_const(answered))
                items.append(a);
        } else {
            items.append(QJsonObject{{u"linkId"_s, section.linkId}, {u"item"_s, answered}});
        }
    }
    return items;
}

QStringList questionLinkIds()
{
    QStringList result;
    for (const Section &section : sections())
        result += section.columns;
    return result;
}

} // namespace nd::FhirQuestionnaire
