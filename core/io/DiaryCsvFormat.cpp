#include "DiaryCsvFormat.h"

#include <QCoreApplication>

#include <algorithm>

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

// `text` lower-cased is `lower` (an ASCII word): compared letter by letter, without a copy.
bool isWord(QStringView text, QLatin1String lower)
{
    if (text.size() != lower.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].toLower() != QLatin1Char(lower[i]))
            return false;
    }
    return true;
}

// Only ASCII digits, with an optional leading minus sign.
bool isWholeNumber(QStringView text)
{
    if (text.startsWith(u'-'))
        text = text.sliced(1);
    if (text.isEmpty())
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Parses a value of one field kind; on failure returns the reason in `errorString`.
// Runs for every cell of an import, so the usual case allocates nothing.
std::optional<int> parseValue(const FieldSpec &spec, const QString &raw, QString *errorString)
{
    const QStringView text = QStringView(raw).trimmed();
    switch (spec.kind) {
    case FieldKind::YesNo:
        if (isWord(text, "yes"_L1))
            return 1;
        if (isWord(text, "no"_L1))
            return 0;
        *errorString = Tr::tr("'%1' is not yes or no").arg(raw);
        return std::nullopt;
    case FieldKind::Skin:
        if (const auto finding = skinFindingFromCode(text.toString().toLower()))
            return int(*finding);
        *errorString = Tr::tr("'%1' is not one of none, blister, cut, burn, redness, other").arg(raw);
        return std::nullopt;
    default: {
        if (!isWholeNumber(text)) {
            *errorString = Tr::tr("'%1' is not a whole number").arg(raw);
            return std::nullopt;
        }
        bool fits = false;
        const int value = text.toInt(&fits);
        if (!fits || value < 0 || value > spec.maximum) {
            *errorString = Tr::tr("%1 is out of range (0 to %2)").arg(text.toString()).arg(spec.maximum);
            return std::nullopt;
        }
        return value;
    }
    }
}

} // namespace

QString protectFreeText(const QString &text)
{
    // Contract v2: a spreadsheet would run these as a formula; one ' makes it show text.
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\'':
        return u'\'' + text;
    default:
        return text;
    }
}

QString unprotectFreeText(const QString &text)
{
    return text.startsWith(u'\'') ? text.mid(1) : text;
}

QStringList entryColumns()
{
    QStringList columns = {u"date"_s, u"author"_s};
    for (const FieldSpec &spec : allFields()) {
        columns.append(spec.name);
        if (spec.field == Field::WeaknessFeet)
            columns.append(u"regions"_s); // "where" follows the symptoms in the contract
        if (int(spec.field) == kFieldCountV1 - 1)
            columns.append(u"note"_s); // the contract-v2 columns come after the note
    }
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
        if (int(spec.field) == kFieldCountV1 - 1)
            row.append(protectFreeText(entry.note()));
    }
    return row;
}

QStringList eventRow(const TreatmentEvent &event)
{
    return {event.date.toString(Qt::ISODate), eventKindCode(event.kind), protectFreeText(event.name),
            protectFreeText(event.note)};
}

namespace {
// YYYY-MM-DD in ASCII digits (the day itself is checked by QDate).
bool hasDateForm(QStringView trimmed)
{
    if (trimmed.size() != 10)
        return false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        const bool ok = (i == 4 || i == 7) ? c == u'-' : (c >= u'0' && c <= u'9');
        if (!ok)
            return false;
    }
    return true;
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
    const QStringView trimmed = QStringView(text).trimmed();
    if (!hasDateForm(trimmed))
        return std::nullopt;
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<EntryColumn> entryColumn(QStringView name)
{
    if (name == "date"_L1)
        return EntryColumn{EntryColumn::Kind::Date};
    if (name == "author"_L1)
        return EntryColumn{EntryColumn::Kind::Author};
    if (name == "regions"_L1)
        return EntryColumn{EntryColumn::Kind::Regions};
    if (name == "note"_L1)
        return EntryColumn{EntryColumn::Kind::Note};
    if (const auto field = fieldByName(name))
        return EntryColumn{EntryColumn::Kind::Value, *field};
    return std::nullopt;
}

QString readEntryCell(Entry &entry, const QString &column, const QString &text)
{
    const std::optional<EntryColumn> resolved = entryColumn(column);
    Q_ASSERT(resolved); // the header was checked before rows are read
    if (!resolved)
        return u"unknown column "_s + column;
    return readEntryCell(entry, *resolved, text);
}

QString readEntryCell(Entry &entry, EntryColumn column, const QString &text)
{
    switch (column.kind) {
    case EntryColumn::Kind::Date: {
        const auto date = parseDate(text);
        if (!date)
            return dateProblem(text);
        entry.setDate(*date);
        return {};
    }
    case EntryColumn::Kind::Author: {
        const auto author = authorFromCode(text.trimmed().toLower());
        if (!author)
            return text.trimmed().isEmpty() ? Tr::tr("an author is required (patient or caregiver)")
                                            : Tr::tr("'%1' is not patient or caregiver").arg(text);
        entry.setAuthor(*author);
        return {};
    }
    case EntryColumn::Kind::Regions: {
        // Any case, like the other coded values: spreadsheets capitalise cells.
        QStringList unknown;
        entry.setRegions(RegionSet::fromCodes(text.toLower(), &unknown));
        if (!unknown.isEmpty())
            return Tr::tr("unknown region '%1' (use codes like left_fingertips or right_foot)")
                .arg(unknown.join(u"', '"));
        return {};
    }
    case EntryColumn::Kind::Note:
        entry.setNote(unprotectFreeText(text));
        return {};
    case EntryColumn::Kind::Value:
        break;
    }
    if (QStringView(text).trimmed().isEmpty()) {
        entry.setValue(column.field, std::nullopt);
        return {};
    }
    QString error;
    const auto value = parseValue(fieldSpec(column.field), text, &error);
    if (!value)
        return error;
    entry.setValue(column.field, value);
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
        event.name = unprotectFreeText(text);
    } else if (column == "note"_L1) {
        event.note = unprotectFreeText(text);
    }
    return {};
}

} // namespace nd::DiaryCsvFormat
