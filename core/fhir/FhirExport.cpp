#include "FhirExport.h"

#include "FhirJson.h"
#include "FhirQuestionnaire.h"
#include "FhirTreatmentEvent.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <map>

namespace nd::FhirExport {

namespace {

using namespace Qt::StringLiterals;
using FhirJson::reference;

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString entryKey(const Entry &entry)
{
    return "entry/"_L1 + dateText(entry.date()) + u'/' + authorCode(entry.author());
}

// Builds the bundle's entries; every resource gets its id and a matching fullUrl.
class BundleWriter
{
public:
    explicit BundleWriter(const FhirExportInput &input)
        : m_input(input), m_ids(input.idNamespace.isNull() ? QUuid::createUuid() : input.idNamespace),
          m_patient(m_ids.idFor(u"patient"_s)), m_caregiver(m_ids.idFor(u"caregiver"_s)),
          m_device(m_ids.idFor(u"device"_s))
    {}

    QJsonObject bundle()
    {
        add(m_patient, patient());
        if (hasCaregiverEntries())
            add(m_caregiver, caregiver());
        add(m_device, device());
        add(m_ids.idFor(u"questionnaire"_s), FhirQuestionnaire::questionnaire());
        for (const Entry &entry : m_input.entries)
            add(m_ids.idFor(entryKey(entry)), response(entry));
        for (int i = 0; i < m_input.events.size(); ++i) {
            // Events are keyed by position: their storage ids mean nothing outside the diary file.
            const QUuid id = m_ids.idFor("event/"_L1 + QString::number(i));
            m_entries.append(entry(id, FhirTreatmentEvent::resource(m_input.events[i], id, m_patient)));
        }
        for (const FhirDayGrade &grade : m_input.grades)
            add(m_ids.idFor("grade/"_L1 + dateText(grade.day)), gradeObservation(grade));
        for (const FhirFlagRecord &flag : m_input.flags)
            add(m_ids.idFor("flag/"_L1 + dateText(flag.date) + u'/' + flag.rule + u'/' + flag.subject),
                flagResource(flag));

        QJsonObject result{
            {u"resourceType"_s, u"Bundle"_s},
            {u"id"_s, FhirJson::resourceId(m_ids.idFor(u"bundle"_s))},
            {u"type"_s, u"collection"_s},
            {u"entry"_s, m_entries},
        };
        if (m_input.exportedAt.isValid())
            result.insert(u"timestamp"_s, m_input.exportedAt.toUTC().toString(Qt::ISODateWithMs));
        return result;
    }

private:
    static QJsonObject entry(const QUuid &id, const QJsonObject &resource)
    {
        return {{u"fullUrl"_s, FhirJson::urn(id)}, {u"resource"_s, resource}};
    }

    void add(const QUuid &id, QJsonObject resource)
    {
        resource.insert(u"id"_s, FhirJson::resourceId(id));
        m_entries.append(entry(id, resource));
    }

    bool hasCaregiverEntries() const
    {
        return std::any_of(m_input.entries.begin(), m_input.entries.end(),
                           [](const Entry &e) { return e.author() == Author::Caregiver; });
    }

    QJsonObject patient() const
    {
        QJsonObject result{{u"resourceType"_s, u"Patient"_s}};
        const QString name = m_input.profile.patientName.trimmed();
        if (!name.isEmpty())
            result.insert(u"name"_s, QJsonArray{QJsonObject{{u"text"_s, name}}});
        return result;
    }

    QJsonObject caregiver() const
    {
        return {{u"resourceType"_s, u"RelatedPerson"_s},
                {u"patient"_s, reference(m_patient)},
                {u"relationship"_s, QJsonArray{FhirJson::textConcept(u"Caregiver"_s)}}};
    }

    QJsonObject device() const
    {
        QJsonObject result{
            {u"resourceType"_s, u"Device"_s},
            {u"deviceName"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"NerveDiary"_s}, {u"type"_s, u"user-friendly-name"_s}}}},
            {u"type"_s, FhirJson::textConcept(u"Personal health diary application"_s)},
            {u"patient"_s, reference(m_patient)},
        };
        if (!m_input.appVersion.isEmpty())
            result.insert(u"version"_s, QJsonArray{QJsonObject{{u"value"_s, m_input.appVersion}}});
        return result;
    }

    QJsonObject response(const Entry &entry) const
    {
        const QJsonObject author =
            entry.author() == Author::Patient ? reference(m_patient) : reference(m_caregiver);
        QJsonObject result{
            {u"resourceType"_s, u"QuestionnaireResponse"_s},
            {u"questionnaire"_s,
             QString(FhirJson::questionnaireUrl() + u'|' + FhirJson::questionnaireVersion())},
            {u"status"_s, u"completed"_s},
            {u"subject"_s, reference(m_patient)},
            {u"authored"_s, dateText(entry.date())},
            {u"author"_s, author},
            {u"source"_s, author},
        };
        const QJsonArray items = FhirQuestionnaire::responseItems(entry);
        if (!items.isEmpty())
            result.insert(u"item"_s, items);
        return result;
    }

    // The QuestionnaireResponses of one day: the grade is computed from all of them.
    QJsonArray responsesOn(QDate day) const
    {
        QJsonArray result;
        for (const Entry &entry : m_input.entries) {
            if (entry.date() == day)
                result.append(reference(m_ids.idFor(entryKey(entry))));
        }
        return result;
    }

    QJsonObject gradeObservation(const FhirDayGrade &grade) const
    {
        QJsonObject result{
            {u"resourceType"_s, u"Observation"_s},
            {u"status"_s, u"final"_s},
            {u"category"_s, QJsonArray{FhirJson::concept(FhirJson::coding(
                                u"http://terminology.hl7.org/CodeSystem/observation-category"_s, u"survey"_s,
                                u"Survey"_s))}},
            {u"code"_s, FhirJson::concept(FhirJson::coding(FhirJson::codeSystem("measure"_L1),
                                                           u"estimated-neuropathy-grade"_s,
                                                           u"Estimated neuropathy grade (0 to 3)"_s),
                                          u"Estimated neuropathy grade, patient-reported"_s)},
            {u"subject"_s, reference(m_patient)},
            {u"effectiveDateTime"_s, dateText(grade.day)},
            {u"valueInteger"_s, grade.grade},
            {u"method"_s,
             FhirJson::textConcept(u"Estimated by NerveDiary from the day's diary entries: 3 when "
                                   "a daily task was severe or impossible, 2 when one was "
                                   "moderate, 1 for any symptom or a mild task, else 0"_s)},
            {u"device"_s, reference(m_device)},
            {u"note"_s, QJsonArray{QJsonObject{
                            {u"text"_s, u"An approximate estimate for discussion, not a grade assigned "
                                        "by the care team."_s}}}},
        };
        const QJsonArray sources = responsesOn(grade.day);
        if (!sources.isEmpty())
            result.insert(u"derivedFrom"_s, sources);
        return result;
    }

    QJsonObject flagResource(const FhirFlagRecord &flag) const
    {
        // "Symptoms getting worse — feet: last 3 mean 6.3 vs baseline 2.1" (the evidence
        // names its subject); the subject alone when there is no evidence.
        QString text = flag.ruleText.isEmpty() ? flag.rule : flag.ruleText;
        const QString subject = flag.subjectText.isEmpty() ? flag.subject : flag.subjectText;
        if (!flag.evidence.isEmpty())
            text += u" — "_s + flag.evidence;
        else if (!subject.isEmpty())
            text += " ("_L1 + subject + u')';
        QJsonObject period{{u"start"_s, dateText(flag.date)}};
        // A flag discussed with the care team is handled: inactive from that day.
        const bool discussed = flag.discussedOn.has_value();
        if (discussed && flag.discussedOn->isValid() && *flag.discussedOn >= flag.date)
            period.insert(u"end"_s, dateText(*flag.discussedOn));
        return {
            {u"resourceType"_s, u"Flag"_s},
            // Date, rule and subject identify a flag across recomputations (see rules/Flag.h).
            {u"identifier"_s,
             QJsonArray{QJsonObject{
                 {u"system"_s, QString(FhirJson::kBaseUrl + "/identifier/flag"_L1)},
                 {u"value"_s, QString(dateText(flag.date) + u'/' + flag.rule + u'/' + flag.subject)}}}},
            {u"status"_s, discussed ? u"inactive"_s : u"active"_s},
            {u"category"_s, categories(flag)},
            {u"code"_s, FhirJson::concept(FhirJson::coding(FhirJson::codeSystem("escalation-rule"_L1),
                                                           flag.rule, flag.ruleText),
                                          text)},
            {u"subject"_s, reference(m_patient)},
            {u"period"_s, period},
            {u"author"_s, reference(m_device)},
        };
    }

    // The level, and how the flag came about (onset, step_up, repeat) when known.
    static QJsonArray categories(const FhirFlagRecord &flag)
    {
        QJsonArray result{FhirJson::concept(
            FhirJson::coding(FhirJson::codeSystem("flag-level"_L1), flag.level, levelDisplay(flag.level)))};
        if (!flag.kind.isEmpty())
            result.append(FhirJson::concept(
                FhirJson::coding(FhirJson::codeSystem("flag-kind"_L1), flag.kind, kindDisplay(flag.kind))));
        return result;
    }

    static QString kindDisplay(const QString &kind)
    {
        if (kind == "step_up"_L1)
            return u"Worse again since an earlier flag"_s;
        if (kind == "repeat"_L1)
            return u"Happened again"_s;
        return u"New"_s;
    }

    static QString levelDisplay(const QString &level)
    {
        static const std::map<QString, QString> displays = {
            {u"watch"_s, u"Watch: self-care, keep logging"_s},
            {u"contact_team"_s, u"Tell the care team soon"_s},
            {u"urgent"_s, u"Contact the care team or emergency services now"_s},
        };
        const auto it = displays.find(level);
        return it == displays.end() ? QString() : it->second;
    }

    const FhirExportInput &m_input;
    FhirIds m_ids;
    QUuid m_patient;
    QUuid m_caregiver;
    QUuid m_device;
    QJsonArray m_entries;
};

} // namespace

QJsonObject bundle(const FhirExportInput &input)
{
    return BundleWriter(input).bundle();
}

QByteArray bundleJson(const FhirExportInput &input)
{
    return QJsonDocument(bundle(input)).toJson(QJsonDocument::Compact);
}

} // namespace nd::FhirExport
