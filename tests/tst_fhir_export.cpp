// The FHIR R4 export: the Questionnaire describes every diary column, every entry
// comes back from its QuestionnaireResponse unchanged, events, grades and flags map
// to the documented resources, references resolve, and the CLI writes a private file.
// (Schema validation against the official R4 JSON schema: tests/fhir/.)
#include "CliRunner.h"
#include "SampleData.h"
#include "TempDiary.h"
#include "analysis/DiaryAnalysis.h"
#include "demo/DemoDiary.h"
#include "fhir/FhirDiaryInput.h"
#include "fhir/FhirExport.h"
#include "fhir/FhirQuestionnaire.h"
#include "io/DiaryCsvFormat.h"
#include "rules/GradeEstimate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace nd;
using namespace nd::test;
using namespace Qt::StringLiterals;

namespace {

const QUuid kNamespace(u"8c0e4a52-6d0f-4c55-9a2e-3f1f2b7d9e10"_s);

FhirExportInput inputWith(const QList<Entry> &entries, const QList<TreatmentEvent> &events = {})
{
    FhirExportInput input;
    input.entries = entries;
    input.events = events;
    input.exportedAt = QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC);
    input.appVersion = u"9.9.9"_s;
    input.idNamespace = kNamespace;
    return input;
}

QList<QJsonObject> resourcesOf(const QJsonObject &bundle, const QString &type)
{
    QList<QJsonObject> result;
    for (const QJsonValue &entry : bundle[u"entry"_s].toArray()) {
        const QJsonObject resource = entry[u"resource"_s].toObject();
        if (resource[u"resourceType"_s].toString() == type)
            result.append(resource);
    }
    return result;
}

// fullUrl → resource, to follow references the way a FHIR reader would.
QHash<QString, QJsonObject> resourcesByUrl(const QJsonObject &bundle)
{
    QHash<QString, QJsonObject> result;
    for (const QJsonValue &entry : bundle[u"entry"_s].toArray())
        result.insert(entry[u"fullUrl"_s].toString(), entry[u"resource"_s].toObject());
    return result;
}

QString typeAt(const QHash<QString, QJsonObject> &byUrl, const QJsonValue &reference)
{
    return byUrl.value(reference[u"reference"_s].toString())[u"resourceType"_s].toString();
}

// Every "reference" string anywhere in a JSON value.
void collectReferences(const QJsonValue &value, QStringList *references)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectReferences(v, references);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == "reference"_L1)
                references->append(it.value().toString());
            else
                collectReferences(it.value(), references);
        }
    }
}

// Answer items by linkId, groups flattened.
void collectAnswers(const QJsonArray &items, QHash<QString, QJsonArray> *answers)
{
    for (const QJsonValue &item : items) {
        if (item[u"answer"_s].isArray())
            answers->insert(item[u"linkId"_s].toString(), item[u"answer"_s].toArray());
        collectAnswers(item[u"item"_s].toArray(), answers);
    }
}

// Reads an entry back from its QuestionnaireResponse through the CSV cell reader,
// so "the answer means the same as the CSV column" is what is being tested.
Entry entryFromResponse(const QJsonObject &response, const QHash<QString, QJsonObject> &byUrl)
{
    Entry entry;
    entry.setDate(QDate::fromString(response[u"authored"_s].toString(), Qt::ISODate));
    entry.setAuthor(typeAt(byUrl, response[u"author"_s]) == "RelatedPerson"_L1 ? Author::Caregiver
                                                                               : Author::Patient);
    QHash<QString, QJsonArray> answers;
    collectAnswers(response[u"item"_s].toArray(), &answers);
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        QStringList texts;
        for (const QJsonValue &answer : it.value()) {
            if (answer[u"valueInteger"_s].isDouble())
                texts.append(QString::number(answer[u"valueInteger"_s].toInt()));
            else if (answer[u"valueBoolean"_s].isBool())
                texts.append(answer[u"valueBoolean"_s].toBool() ? u"yes"_s : u"no"_s);
            else if (answer[u"valueCoding"_s].isObject())
                texts.append(answer[u"valueCoding"_s][u"code"_s].toString());
            else
                texts.append(answer[u"valueString"_s].toString());
        }
        const QString problem = DiaryCsvFormat::readEntryCell(entry, it.key(), texts.join(u';'));
        if (!problem.isEmpty())
            qWarning("%s: %s", qPrintable(it.key()), qPrintable(problem));
    }
    return entry;
}

QJsonObject findItem(const QJsonArray &items, const QString &linkId)
{
    for (const QJsonValue &item : items) {
        if (item[u"linkId"_s].toString() == linkId)
            return item.toObject();
        const QJsonObject nested = findItem(item[u"item"_s].toArray(), linkId);
        if (!nested.isEmpty())
            return nested;
    }
    return {};
}

int extensionValue(const QJsonObject &item, const QString &url)
{
    for (const QJsonValue &extension : item[u"extension"_s].toArray()) {
        if (extension[u"url"_s].toString() == url)
            return extension[u"valueInteger"_s].toInt(-1);
    }
    return -1;
}

QStringList optionCodes(const QJsonObject &item)
{
    QStringList codes;
    for (const QJsonValue &option : item[u"answerOption"_s].toArray())
        codes.append(option[u"valueCoding"_s][u"code"_s].toString());
    return codes;
}

DemoDiary demoDiary()
{
    DemoOptions options;
    options.lastDay = QDate(2026, 4, 30);
    options.days = 120;
    return generateDemoDiary(options);
}

} // namespace

class TestFhirExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
    }

    void questionnaireHasOneQuestionPerCsvColumnInOrder()
    {
        QStringList expected = DiaryCsvFormat::entryColumns();
        expected.removeAll(u"date"_s);
        expected.removeAll(u"author"_s);
        QCOMPARE(FhirQuestionnaire::questionLinkIds(), expected);

        // The same questions, found in the resource itself (groups descended).
        const QJsonObject questionnaire = FhirQuestionnaire::questionnaire();
        QStringList found;
        std::function<void(const QJsonArray &)> walk = [&](const QJsonArray &items) {
            for (const QJsonValue &item : items) {
                if (item[u"type"_s].toString() == "group"_L1)
                    walk(item[u"item"_s].toArray());
                else
                    found.append(item[u"linkId"_s].toString());
            }
        };
        walk(questionnaire[u"item"_s].toArray());
        QCOMPARE(found, expected);
        // linkIds are unique across questions and groups, as FHIR requires.
        QStringList all;
        std::function<void(const QJsonArray &)> collect = [&](const QJsonArray &items) {
            for (const QJsonValue &item : items) {
                all.append(item[u"linkId"_s].toString());
                collect(item[u"item"_s].toArray());
            }
        };
        collect(questionnaire[u"item"_s].toArray());
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size());
        QCOMPARE(questionnaire[u"status"_s].toString(), u"active"_s);
    }

    void questionTypesAndRanges_data()
    {
        QTest::addColumn<QString>("linkId");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("minimum"); // -1: no range extension
        QTest::addColumn<int>("maximum");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("a symptom score is an integer from 0 to 10")
            << u"burning_feet"_s << u"integer"_s << 0 << 10 << QStringList();
        QTest::newRow("falls are a count from 0 to the import limit")
            << u"falls"_s << u"integer"_s << 0 << fieldSpec(Field::Falls).maximum << QStringList();
        QTest::newRow("exercise minutes are a count up to a whole day")
            << u"exercise_minutes"_s << u"integer"_s << 0 << 1440 << QStringList();
        QTest::newRow("a task level is a choice of the five levels")
            << u"buttoning"_s << u"choice"_s << -1 << -1
            << QStringList{u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s};
        QTest::newRow("skin is a choice of the six CSV codes")
            << u"skin"_s << u"choice"_s << -1 << -1
            << QStringList{u"none"_s, u"blister"_s, u"cut"_s, u"burn"_s, u"redness"_s, u"other"_s};
        QTest::newRow("a home-safety check is yes or no")
            << u"handrails"_s << u"boolean"_s << -1 << -1 << QStringList();
        QTest::newRow("a warning sign is yes or no")
            << u"breathing"_s << u"boolean"_s << -1 << -1 << QStringList();
        QTest::newRow("the note is free text") << u"note"_s << u"text"_s << -1 << -1 << QStringList();
    }

    void questionTypesAndRanges()
    {
        QFETCH(QString, linkId);
        QFETCH(QString, type);
        QFETCH(int, minimum);
        QFETCH(int, maximum);
        QFETCH(QStringList, codes);
        const QJsonObject item = findItem(FhirQuestionnaire::questionnaire()[u"item"_s].toArray(), linkId);
        QVERIFY2(!item.isEmpty(), qPrintable(linkId));
        QCOMPARE(item[u"type"_s].toString(), type);
        QVERIFY(!item[u"text"_s].toString().isEmpty());
        QCOMPARE(extensionValue(item, u"http://hl7.org/fhir/StructureDefinition/minValue"_s), minimum);
        QCOMPARE(extensionValue(item, u"http://hl7.org/fhir/StructureDefinition/maxValue"_s), maximum);
        QCOMPARE(optionCodes(item), codes);
    }

    void regionsAreARepeatingChoiceOfTheSixteenCodes()
    {
        const QJsonObject item =
            findItem(FhirQuestionnaire::questionnaire()[u"item"_s].toArray(), u"regions"_s);
        QCOMPARE(item[u"type"_s].toString(), u"choice"_s);
        QVERIFY(item[u"repeats"_s].toBool());
        const QStringList codes = optionCodes(item);
        QCOMPARE(codes.size(), kRegionCount);
        QCOMPARE(codes.first(), u"left_fingertips"_s);
        QCOMPARE(codes.last(), u"right_thigh"_s);
    }

    void everyEntryComesBackFromItsResponse()
    {
        QList<Entry> entries = demoDiary().entries;
        entries.append(fullEntry(QDate(2026, 5, 2), Author::Patient, 3));
        entries.append(fullEntry(QDate(2026, 5, 2), Author::Caregiver, 5));
        const QJsonObject bundle = FhirExport::bundle(inputWith(entries));
        const auto byUrl = resourcesByUrl(bundle);
        const QList<QJsonObject> responses = resourcesOf(bundle, u"QuestionnaireResponse"_s);
        QCOMPARE(responses.size(), entries.size());
        for (int i = 0; i < entries.size(); ++i) {
            const Entry back = entryFromResponse(responses[i], byUrl);
            if (back != entries[i]) {
                const QString expected = DiaryCsvFormat::entryRow(entries[i]).join(u',');
                const QString actual = DiaryCsvFormat::entryRow(back).join(u',');
                QCOMPARE(actual, expected);
            }
            QCOMPARE(responses[i][u"status"_s].toString(), u"completed"_s);
            QCOMPARE(responses[i][u"questionnaire"_s].toString(),
                     u"https://nervediary.github.io/fhir/Questionnaire/diary-entry|2"_s);
            QCOMPARE(typeAt(byUrl, responses[i][u"subject"_s]), u"Patient"_s);
        }
    }

    void blankAnswersAndEmptyGroupsAreLeftOut()
    {
        Entry entry(QDate(2026, 3, 1), Author::Patient);
        entry.setValue(Field::TinglingFeet, 0); // 0 is an answer, blank is not
        const QJsonArray items = FhirQuestionnaire::responseItems(entry);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0][u"linkId"_s].toString(), u"section-symptoms-feet"_s);
        const QJsonArray answered = items[0][u"item"_s].toArray();
        QCOMPARE(answered.size(), 1);
        QCOMPARE(answered[0][u"linkId"_s].toString(), u"tingling_feet"_s);
        QCOMPARE(answered[0][u"answer"_s][0][u"valueInteger"_s].toInt(-1), 0);

        const QJsonObject bundle = FhirExport::bundle(inputWith({Entry(QDate(2026, 3, 2), Author::Patient)}));
        const QJsonObject response = resourcesOf(bundle, u"QuestionnaireResponse"_s).value(0);
        QVERIFY(!response.isEmpty());
        QVERIFY(!response.contains(u"item"_s)); // FHIR forbids empty item arrays
    }

    void caregiverEntriesAreAuthoredByARelatedPerson()
    {
        const QJsonObject onlyPatient =
            FhirExport::bundle(inputWith({fullEntry(QDate(2026, 3, 1), Author::Patient)}));
        QCOMPARE(resourcesOf(onlyPatient, u"RelatedPerson"_s).size(), 0);

        const QJsonObject both =
            FhirExport::bundle(inputWith({fullEntry(QDate(2026, 3, 1), Author::Patient),
                                          fullEntry(QDate(2026, 3, 1), Author::Caregiver)}));
        const auto byUrl = resourcesByUrl(both);
        const QList<QJsonObject> people = resourcesOf(both, u"RelatedPerson"_s);
        QCOMPARE(people.size(), 1);
        QCOMPARE(typeAt(byUrl, people[0][u"patient"_s]), u"Patient"_s);
        const QList<QJsonObject> responses = resourcesOf(both, u"QuestionnaireResponse"_s);
        QCOMPARE(typeAt(byUrl, responses[0][u"author"_s]), u"Patient"_s);
        QCOMPARE(typeAt(byUrl, responses[1][u"author"_s]), u"RelatedPerson"_s);
        QCOMPARE(responses[1][u"authored"_s].toString(), u"2026-03-01"_s);
    }

    void treatmentEventsBecomeTheFittingResource_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("dateField"); // path "a/b" to the event's date
        QTest::newRow("an infusion is a completed medication statement")
            << int(EventKind::Infusion) << u"MedicationStatement"_s << u"completed"_s
            << u"effectiveDateTime"_s;
        QTest::newRow("starting a medication makes it active from that day")
            << int(EventKind::MedicationStart) << u"MedicationStatement"_s << u"active"_s
            << u"effectivePeriod/start"_s;
        QTest::newRow("a changed medication is active from that day")
            << int(EventKind::MedicationChange) << u"MedicationStatement"_s << u"active"_s
            << u"effectivePeriod/start"_s;
        QTest::newRow("stopping a medication ends its period")
            << int(EventKind::MedicationStop) << u"MedicationStatement"_s << u"stopped"_s
            << u"effectivePeriod/end"_s;
        QTest::newRow("a paused treatment is on hold")
            << int(EventKind::TreatmentPaused) << u"MedicationStatement"_s << u"on-hold"_s
            << u"effectivePeriod/start"_s;
        QTest::newRow("a resumed treatment is active again")
            << int(EventKind::TreatmentResumed) << u"MedicationStatement"_s << u"active"_s
            << u"effectivePeriod/start"_s;
        QTest::newRow("an appointment is a finished encounter")
            << int(EventKind::Appointment) << u"Encounter"_s << u"finished"_s << u"period/start"_s;
        QTest::newRow("any other event is a completed procedure")
            << int(EventKind::Other) << u"Procedure"_s << u"completed"_s << u"performedDateTime"_s;
    }

    void treatmentEventsBecomeTheFittingResource()
    {
        QFETCH(int, kind);
        QFETCH(QString, type);
        QFETCH(QString, status);
        QFETCH(QString, dateField);
        const TreatmentEvent treatment =
            makeEvent(QDate(2026, 3, 4), EventKind(kind), u"Nivolumab"_s, u"cycle 2"_s);
        const QJsonObject bundle = FhirExport::bundle(inputWith({}, {treatment}));
        const QList<QJsonObject> found = resourcesOf(bundle, type);
        QCOMPARE(found.size(), 1);
        const QJsonObject resource = found[0];
        QCOMPARE(resource[u"status"_s].toString(), status);
        QJsonValue date = resource;
        for (const QString &key : dateField.split(u'/'))
            date = date[key];
        QCOMPARE(date.toString(), u"2026-03-04"_s);
        QCOMPARE(typeAt(resourcesByUrl(bundle), resource[u"subject"_s]), u"Patient"_s);
        // The name and the note both reach the reader.
        const QByteArray json = QJsonDocument(resource).toJson(QJsonDocument::Compact);
        QVERIFY2(json.contains("Nivolumab"), json.constData());
        QVERIFY2(json.contains("cycle 2"), json.constData());
    }

    void oneGradeObservationPerGradedDay()
    {
        FhirExportInput input = inputWith({fullEntry(QDate(2026, 3, 1), Author::Patient),
                                           fullEntry(QDate(2026, 3, 1), Author::Caregiver, 1),
                                           fullEntry(QDate(2026, 3, 2), Author::Patient)});
        input.grades = {{QDate(2026, 3, 1), 2}, {QDate(2026, 3, 2), 0}};
        const QJsonObject bundle = FhirExport::bundle(input);
        const auto byUrl = resourcesByUrl(bundle);
        const QList<QJsonObject> observations = resourcesOf(bundle, u"Observation"_s);
        QCOMPARE(observations.size(), 2);
        QCOMPARE(observations[0][u"effectiveDateTime"_s].toString(), u"2026-03-01"_s);
        QCOMPARE(observations[0][u"valueInteger"_s].toInt(-1), 2);
        QCOMPARE(observations[1][u"valueInteger"_s].toInt(-1), 0);
        // Derived from both entries of its day, and only those.
        const QJsonArray sources = observations[0][u"derivedFrom"_s].toArray();
        QCOMPARE(sources.size(), 2);
        for (const QJsonValue &source : sources) {
            const QJsonObject response = byUrl.value(source[u"reference"_s].toString());
            QCOMPARE(response[u"authored"_s].toString(), u"2026-03-01"_s);
        }
        QVERIFY(observations[0][u"note"_s][0][u"text"_s].toString().contains(u"not a grade assigned"_s));
    }

    void flagsAreActiveUntilDiscussed()
    {
        FhirExportInput input = inputWith({});
        FhirFlagRecord open{QDate(2026, 3, 5),
                            u"worsening_symptoms"_s,
                            u"Symptoms getting worse"_s,
                            u"contact_team"_s,
                            u"feet"_s,
                            u"feet"_s,
                            u"feet: last 3 mean 6.3 vs baseline 2.1"_s,
                            {},
                            u"onset"_s};
        FhirFlagRecord discussed = open;
        discussed.date = QDate(2026, 3, 20);
        discussed.kind = u"step_up"_s;
        discussed.discussedOn = QDate(2026, 3, 22);
        input.flags = {open, discussed};
        const QList<QJsonObject> flags = resourcesOf(FhirExport::bundle(input), u"Flag"_s);
        QCOMPARE(flags.size(), 2);
        QCOMPARE(flags[0][u"status"_s].toString(), u"active"_s);
        // The kind of a flag (version 2) is a second category, beside the level.
        QCOMPARE(flags[0][u"category"_s].toArray().size(), 2);
        QCOMPARE(flags[0][u"category"_s][1][u"coding"_s][0][u"code"_s].toString(), u"onset"_s);
        QVERIFY(flags[0][u"category"_s][1][u"coding"_s][0][u"system"_s].toString().endsWith(u"/flag-kind"_s));
        QCOMPARE(flags[1][u"category"_s][1][u"coding"_s][0][u"code"_s].toString(), u"step_up"_s);
        QCOMPARE(flags[0][u"period"_s][u"start"_s].toString(), u"2026-03-05"_s);
        QVERIFY(!flags[0][u"period"_s].toObject().contains(u"end"_s));
        QCOMPARE(flags[0][u"code"_s][u"coding"_s][0][u"code"_s].toString(), u"worsening_symptoms"_s);
        QCOMPARE(flags[0][u"code"_s][u"text"_s].toString(),
                 u"Symptoms getting worse — feet: last 3 mean 6.3 vs baseline 2.1"_s);
        QCOMPARE(flags[0][u"category"_s][0][u"coding"_s][0][u"code"_s].toString(), u"contact_team"_s);
        QCOMPARE(flags[0][u"identifier"_s][0][u"value"_s].toString(),
                 u"2026-03-05/worsening_symptoms/feet"_s);
        QCOMPARE(flags[1][u"status"_s].toString(), u"inactive"_s);
        QCOMPARE(flags[1][u"period"_s][u"end"_s].toString(), u"2026-03-22"_s);
    }

    void theDiaryInputCarriesTheRulesFlagsAndGrades()
    {
        const DemoDiary demo = demoDiary();
        const DiaryAnalysis analysis = DiaryAnalysis::compute(demo.entries, std::nullopt, {});
        QVERIFY2(!analysis.flags.isEmpty(), "the demo diary should raise flags");
        const QList<FhirFlagRecord> records = FhirDiaryInput::flagRecords(analysis);
        QCOMPARE(records.size(), analysis.flags.size());
        for (int i = 0; i < records.size(); ++i) {
            QCOMPARE(records[i].date, analysis.flags[i].flag.date);
            QCOMPARE(records[i].rule, QString(ruleId(analysis.flags[i].flag.rule)));
            QCOMPARE(records[i].subject, analysis.flags[i].flag.subject);
            QVERIFY(!records[i].discussedOn);
        }
        const QList<FhirDayGrade> grades = FhirDiaryInput::dayGrades(analysis);
        int graded = 0;
        for (const DayValues &day : analysis.days) {
            if (const auto grade = GradeEstimate::forDay(day)) {
                QCOMPARE(grades.value(graded).day, day.date());
                QCOMPARE(grades.value(graded).grade, *grade);
                ++graded;
            }
        }
        QCOMPARE(grades.size(), graded);
    }

    void everyReferenceResolvesInsideTheBundle()
    {
        const DemoDiary demo = demoDiary();
        FhirExportInput input = inputWith(demo.entries, demo.events);
        const DiaryAnalysis analysis = DiaryAnalysis::compute(demo.entries, std::nullopt, {});
        input.flags = FhirDiaryInput::flagRecords(analysis);
        input.grades = FhirDiaryInput::dayGrades(analysis);
        const QJsonObject bundle = FhirExport::bundle(input);
        QCOMPARE(bundle[u"type"_s].toString(), u"collection"_s);
        QCOMPARE(bundle[u"timestamp"_s].toString(), u"2026-05-01T09:30:00.000Z"_s);

        const auto byUrl = resourcesByUrl(bundle);
        QCOMPARE(byUrl.size(), bundle[u"entry"_s].toArray().size()); // fullUrls are unique
        for (auto it = byUrl.begin(); it != byUrl.end(); ++it)
            QCOMPARE(it.key(), "urn:uuid:"_L1 + it.value()[u"id"_s].toString());
        QStringList references;
        collectReferences(bundle, &references);
        QVERIFY(references.size() > demo.entries.size());
        for (const QString &reference : std::as_const(references))
            QVERIFY2(byUrl.contains(reference), qPrintable(reference));
    }

    void idsAreStableForOneNamespaceAndDifferForAnother()
    {
        const QList<Entry> entries = {fullEntry(QDate(2026, 3, 1), Author::Patient)};
        FhirExportInput input = inputWith(entries);
        QCOMPARE(FhirExport::bundleJson(input), FhirExport::bundleJson(input));
        FhirExportInput other = input;
        other.idNamespace = QUuid(u"0b5a9f0e-1111-4222-8333-444455556666"_s);
        const QJsonObject a = FhirExport::bundle(input);
        const QJsonObject b = FhirExport::bundle(other);
        QVERIFY(a[u"id"_s].toString() != b[u"id"_s].toString());
        FhirExportInput random = input;
        random.idNamespace = QUuid();
        QVERIFY(FhirExport::bundle(random)[u"id"_s].toString() != a[u"id"_s].toString());
    }

    void commandWritesAPrivateBundleThatMatchesTheDiary()
    {
        TempDiary diary;
        QVERIFY(diary.isValid());
        const CliResult demo = runCli({u"demo"_s, u"--db"_s, diary.path(), u"--days"_s, u"60"_s});
        QCOMPARE(demo.exitCode, 0);
        const QString out = diary.filePath(u"bundle.json"_s);
        const CliResult result = runCli({u"export-fhir"_s, u"--db"_s, diary.path(), u"--out"_s, out});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(fileMode(out), 0600);

        QJsonParseError error;
        const QJsonObject bundle = QJsonDocument::fromJson(fileBytes(out), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(diary.open(Database::OpenMode::MustExist));
        const QList<Entry> entries = diary.store().entries();
        const QList<TreatmentEvent> events = diary.store().events();
        DiaryAnalysis analysis;
        QVERIFY(DiaryAnalysis::load(diary.store(), &analysis));
        QCOMPARE(resourcesOf(bundle, u"QuestionnaireResponse"_s).size(), entries.size());
        QCOMPARE(resourcesOf(bundle, u"Questionnaire"_s).size(), 1);
        QCOMPARE(resourcesOf(bundle, u"Patient"_s).size(), 1);
        QCOMPARE(resourcesOf(bundle, u"MedicationStatement"_s).size() +
                     resourcesOf(bundle, u"Encounter"_s).size() + resourcesOf(bundle, u"Procedure"_s).size(),
                 events.size());
        QCOMPARE(resourcesOf(bundle, u"Flag"_s).size(), analysis.flags.size());
        QCOMPARE(resourcesOf(bundle, u"Observation"_s).size(), FhirDiaryInput::dayGrades(analysis).size());
        QVERIFY(result.outText().contains(QString::number(entries.size()) + u" entries"_s));

        const auto byUrl = resourcesByUrl(bundle);
        const QList<QJsonObject> responses = resourcesOf(bundle, u"QuestionnaireResponse"_s);
        for (int i = 0; i < entries.size(); ++i)
            QVERIFY(entryFromResponse(responses[i], byUrl) == entries[i]);
    }

    void commandErrorsAreClearAndWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("without --out it is a usage error")
            << QStringList{u"export-fhir"_s, u"--db"_s, u"@DIARY@"_s} << 1 << u"--out"_s;
        QTest::newRow("a missing diary is a database error")
            << QStringList{u"export-fhir"_s, u"--db"_s, u"@DIR@/nothing.sqlite"_s, u"--out"_s, u"@OUT@"_s}
            << 3 << QString();
        QTest::newRow("a folder as destination is refused")
            << QStringList{u"export-fhir"_s, u"--db"_s, u"@DIARY@"_s, u"--out"_s, u"@DIR@"_s} << 2
            << QString();
    }

    void commandErrorsAreClearAndWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        TempDiary diary;
        QCOMPARE(runCli({u"demo"_s, u"--db"_s, diary.path(), u"--days"_s, u"10"_s}).exitCode, 0);
        const QString out = diary.filePath(u"bundle.json"_s);
        for (QString &argument : arguments) {
            argument.replace(u"@DIARY@"_s, diary.path());
            argument.replace(u"@DIR@"_s, diary.folder());
            argument.replace(u"@OUT@"_s, out);
        }
        const CliResult result = runCli(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QCOMPARE(result.errLines().size(), 1);
        QVERIFY(result.errText().startsWith(u"nervediary: "_s));
        if (!message.isEmpty())
            QVERIFY2(result.errText().contains(message), result.err.constData());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestFhirExport)
#include "tst_fhir_export.moc"
