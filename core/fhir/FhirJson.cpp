#include "FhirJson.h"

namespace nd::FhirJson {

using namespace Qt::StringLiterals;

QString questionnaireUrl()
{
    return kBaseUrl + "/Questionnaire/diary-entry"_L1;
}

QString questionnaireVersion()
{
    // Follows the CSV contract of FORMATS.md: it only grows by new optional fields. Version 2 is
    // contract v2 (eight more warning signs, 22 region codes).
    return u"2"_s;
}

QString codeSystem(QLatin1String name)
{
    return kBaseUrl + "/CodeSystem/"_L1 + name;
}

QJsonObject coding(const QString &system, const QString &code, const QString &display)
{
    QJsonObject result{{u"system"_s, system}, {u"code"_s, code}};
    if (!display.isEmpty())
        result.insert(u"display"_s, display);
    return result;
}

QJsonObject concept(const QJsonObject &coding, const QString &text)
{
    QJsonObject result{{u"coding"_s, QJsonArray{coding}}};
    if (!text.isEmpty())
        result.insert(u"text"_s, text);
    return result;
}

QJsonObject textConcept(const QString &text)
{
    return {{u"text"_s, text}};
}

QString urn(const QUuid &id)
{
    return "urn:uuid:"_L1 + resourceId(id);
}

QString resourceId(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonObject reference(const QUuid &id, const QString &display)
{
    QJsonObject result{{u"reference"_s, urn(id)}};
    if (!display.isEmpty())
        result.insert(u"display"_s, display);
    return result;
}

QJsonObject integerExtension(QLatin1String url, int value)
{
    return {{u"url"_s, QString(url)}, {u"valueInteger"_s, value}};
}

} // namespace nd::FhirJson
