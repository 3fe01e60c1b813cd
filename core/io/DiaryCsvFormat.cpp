#include "DiaryCsvFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nd::DiaryCsvFormat {

namespace {

using namespace Qt::StringLiterals;

// Texts of this file, translated in the context "DiaryCsvFormat". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DiaryCsvFormat)
};

QString formatValue(const FieldSpec &spec, std::optional<int> value)
{
    if (!value)
        return {};
    switch (spec.kind) {
    case FieldKind::YesNo:
        return *value ? u"yes"_s : u"no"_s;
    case FieldKind::Skin:
        return skinFindingCode(SkinFinding(*value));
    default:
        return QString::number(*value);
    }
}

// Parses a value of one field kind; on failure returns the reason in `error`.
std::optional<int> parseValue(const FieldSpec &spec, const QString &raw, QString *error)
{
    const QString text = raw.trimmed().toLower();
    switch (spec.kind) {
    case FieldKind::YesNo:
        if (text == "yes"_L1)
            return 1;
        if (text == "no"_L1)
            return 0;
        *error = Tr::tr("'%1' is not yes or no").arg(raw);
        return std::nullopt;
    case FieldKind::Skin:
        if (const auto finding = skinFindingFromCode(text))
            return int(*finding);
        *error = Tr::tr("'%1' is not one of none, blister, cut, burn, redness, other").arg(raw);
        return std::nullopt;
    default: {
        static const QRegularExpression wholeNumber(u"^-?[0-9]+$"_s);
        if (!wholeNumber.match(text).hasMatch()) {
            *error = Tr::tr("'%1' is not a whole number").arg(raw);
            return std::nullopt;
        }
        bool fits = false;
        const int value = text.toInt(&fits);
        if (!fits || value < 0 || value > spec.maximum) {
            *error = Tr::tr("%1 is out of range (0 to %2)").arg(text).arg(spec.maximum);
            return std::nullopt;
        }
        return value;
    }
    }
}

} // namespace

QStringList entryColumns()
{
    QStringList columns = {u"date"_s, u"author"_s};
    for (const FieldSpec &spec : allFields()) {
        columns.append(spec.name);
        if (spec.field == Field::WeaknessFeet)
            columns.append(u"regions"_s); // "where" follows the symptoms in the contract
    }
    columns.append(u"note"_s);
    return columns;
}

QStringList eventColumns()
{
    return {u"date"_s, u"kind"_s, u"name"_s, u"note"_s};
}

QStringList entryRow(const Entry &entry)
{
    QStringList row = {entry.date().toString(Qt::ISODate), authorCode(entry.author())};
    for (const FieldSpec &spec : allFields()) {
        row.append(formatValue(spec, entry.value(spec.field)));
        if (spec.field == Field::WeaknessFeet)
            row.append(entry.regions().toCodes());
    }
    row.append(entry.note());
    return row;
}

QStringList eventRow(const TreatmentEvent &event)
{
    return {event.date.toString(Qt::ISODate), eventKindCode(event.kind), event.name, event.note};
}

namespace {
bool hasDateForm(const QString &trimmed)
{
    static const QRegularExpression isoDate(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    return isoDate.match(trimmed).hasMatch();
}

// Why a date cell cannot be read: empty, the wrong form, or a day that does not exist.
QString dateProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Tr::tr("a date is required");
    if (hasDateForm(text.trimmed()))
        return Tr::tr("'%1' is not a day of the calendar").arg(text);
    return Tr::tr("'%1' is not a date in the form YYYY-MM-DD").arg(text);
}
} // namespace

std::optional<QDate> parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!hasDateForm(trimmed))
        return std::nullopt;
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString readEntryCell(Entry &entry, const QString &column, const QString &text)
{
    if (column == "date"_L1) {
        const auto date = parseDate(text);
        if (!date)
            return dateProblem(text);
        entry.setDate(*date);
        return {};
    }
    if (column == "author"_L1) {
        const auto author = authorFromCode(text.trimmed().toLower());
        if (!author)
            return text.trimmed().isEmpty() ? Tr::tr("an author is required (patient or caregiver)")
                                            : Tr::tr("'%1' is not patient or caregiver").arg(text);
        entry.setAuthor(*author);
        return {};
    }
    if (column == "regions"_L1) {
        // Any case, like the other coded values: spreadsheets capitalise cells.
        QStringList unknown;
        entry.setRegions(RegionSet::fromCodes(text.toLower(), &unknown));
        if (!unknown.isEmpty())
            return Tr::tr("unknown region '%1' (use codes like left_fingertips or right_foot)")
                .arg(unknown.join(u"', '"));
        return {};
    }
    if (column == "note"_L1) {
        entry.setNote(text);
        return {};
    }
    const auto field = fieldByName(column);
    Q_ASSERT(field); // the header was checked before rows are read
    if (text.trimmed().isEmpty()) {
        entry.setValue(*field, std::nullopt);
        return {};
    }
    QString error;
    const auto value = parseValue(fieldSpec(*field), text, &error);
    if (!value)
        return error;
    entry.setValue(*field, value);
    return {};
}

QString readEventCell(TreatmentEvent &event, const QString &column, const QString &text)
{
    if (column == "date"_L1) {
        const auto date = parseDate(text);
        if (!date)
            return dateProblem(text);
        event.date = *date;
    } else if (column == "kind"_L1) {
        const auto kind = eventKindFromCode(text.trimmed().toLower());
        if (!kind) {
            const QString known = Tr::tr("infusion, medication_start, medication_change, medication_stop, "
                                         "treatment_paused, treatment_resumed, appointment, other");
            return text.trimmed().isEmpty() ? Tr::tr("a kind is required (%1)").arg(known)
                                            : Tr::tr("'%1' is not a known kind (%2)").arg(text, known);
        }
        event.kind = *kind;
    } else if (column == "name"_L1) {
        event.name = text;
    } else if (column == "note"_L1) {
        event.note = text;
    }
    return {};
}

} // namespace nd::DiaryCsvFormat
