#pragma once

// Entries with every field filled, so a test that loses any column notices.

#include "io/CsvParser.h"
#include "io/DiaryCsvFormat.h"
#include "model/Entry.h"
#include "model/TreatmentEvent.h"

#include <QString>
#include <QTest>

namespace nd::test {

// Every field set to a valid value that depends on `variant`, some regions, and a
// note that needs CSV quoting (comma, quote, line break, non-ASCII).
inline Entry fullEntry(QDate date, Author author, int variant = 0)
{
    Entry entry(date, author);
    for (const FieldSpec &spec : allFields())
        entry.setValue(spec.field, (int(spec.field) + variant) % (spec.maximum + 1));
    // The same part on both sides, a different part for each variant.
    const auto part = BodyPart(variant % kBodyPartCount);
    RegionSet regions;
    regions.insert(Region{Side::Left, part});
    regions.insert(Region{Side::Right, part});
    entry.setRegions(regions);
    entry.setNote(QStringLiteral("day %1, \"tingling\"\nworse at night – Füße kalt").arg(variant));
    return entry;
}

inline TreatmentEvent makeEvent(QDate date, EventKind kind, const QString &name, const QString &note = {})
{
    TreatmentEvent e;
    e.date = date;
    e.kind = kind;
    e.name = name;
    e.note = note;
    return e;
}

// The same under its first name (qualify it as nd::test::event inside a QObject test
// class, where QObject::event hides it).
inline TreatmentEvent event(QDate date, EventKind kind, const QString &name, const QString &note = {})
{
    return makeEvent(date, kind, name, note);
}

} // namespace nd::test

namespace nd {
// Lets QCOMPARE print an entry that differs, as its CSV row (found by argument lookup).
inline char *toString(const Entry &entry)
{
    return QTest::toString(csvLine(DiaryCsvFormat::entryRow(entry)));
}
} // namespace nd
