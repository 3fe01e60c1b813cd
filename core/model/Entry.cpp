#include "Entry.h"

#include <QCoreApplication>

namespace nd {

using namespace Qt::StringLiterals;

QLatin1String authorCode(Author author)
{
    return author == Author::Patient ? "patient"_L1 : "caregiver"_L1;
}

std::optional<Author> authorFromCode(QStringView code)
{
    if (code == "patient"_L1)
        return Author::Patient;
    if (code == "caregiver"_L1)
        return Author::Caregiver;
    return std::nullopt;
}

bool Entry::isBlank() const
{
    for (const auto &value : m_values) {
        if (value)
            return false;
    }
    return m_regions.isEmpty() && m_note.isEmpty();
}

QList<FieldProblem> Entry::problems() const
{
    QList<FieldProblem> result;
    if (!m_date.isValid())
        result.append({u"date"_s, QCoreApplication::translate("Entry", "is not a valid date")});
    for (const FieldSpec &spec : allFields()) {
        const auto v = value(spec.field);
        if (v && (*v < 0 || *v > spec.maximum)) {
            result.append({spec.name, QCoreApplication::translate("Entry", "%1 is out of range (0 to %2)")
                                          .arg(*v)
                                          .arg(spec.maximum)});
        }
    }
    return result;
}

bool Entry::operator==(const Entry &other) const
{
    return m_date == other.m_date && m_author == other.m_author && m_values == other.m_values &&
           m_regions == other.m_regions && m_note == other.m_note;
}

} // namespace nd
