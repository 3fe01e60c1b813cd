#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>
#include <QUuid>

namespace nd {

// Small builders for the FHIR R4 data types the export uses, and the identifiers
// of NerveDiary's own code systems. The URLs are identifiers, not web pages: FHIR
// only asks that they are stable and unique to this application.
namespace FhirJson {

inline constexpr QLatin1String kBaseUrl{"https://nervediary.github.io/fhir"};
QString questionnaireUrl();
QString questionnaireVersion();
// Code systems: `name` is e.g. "task-level"; gives <base>/CodeSystem/<name>.
QString codeSystem(QLatin1String name);

QJsonObject coding(const QString &system, const QString &code, const QString &display);
QJsonObject concept(const QJsonObject &coding, const QString &text = {});
QJsonObject textConcept(const QString &text);

// "urn:uuid:..." as used in Bundle.entry.fullUrl and in references inside the bundle.
QString urn(const QUuid &id);
QString resourceId(const QUuid &id);
QJsonObject reference(const QUuid &id, const QString &display = {});

QJsonObject integerExtension(QLatin1String url, int value);

} // namespace FhirJson

// Resource ids of one export. Every id is a name-based UUID (version 5) made from a
// per-export namespace and a key such as "entry/2026-03-01/patient", so references
// can be built before the resource they point to, and a test that fixes the
// namespace gets the same bundle every time.
class FhirIds
{
public:
    explicit FhirIds(const QUuid &exportNamespace) : m_namespace(exportNamespace) {}
    QUuid idFor(const QString &key) const { return QUuid::createUuidV5(m_namespace, key); }

private:
    QUuid m_namespace;
};

} // namespace nd
