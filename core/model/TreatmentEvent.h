#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace nd {

enum class EventKind {
    Infusion,
    MedicationStart,
    MedicationChange,
    MedicationStop,
    TreatmentPaused,
    TreatmentResumed,
    Appointment,
    Other,
};
inline constexpr int kEventKindCount = int(EventKind::Other) + 1;

QLatin1String eventKindCode(EventKind kind);
std::optional<EventKind> eventKindFromCode(QStringView code);

// A treatment event (an infusion, a change of medication, an appointment...).
// `id` is 0 until the event is stored.
struct TreatmentEvent
{
    qint64 id = 0;
    QDate date;
    EventKind kind = EventKind::Other;
    QString name; // e.g. the drug
    QString note;

    // Same event regardless of storage id (used for import conflicts and tests).
    bool sameContent(const TreatmentEvent &other) const
    {
        return date == other.date && kind == other.kind && name == other.name && note == other.note;
    }
};

// The days a user declared as their "normal" (e.g. before treatment began), inclusive.
struct BaselinePeriod
{
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    bool contains(QDate day) const { return day >= first && day <= last; }
    bool operator==(const BaselinePeriod &other) const { return first == other.first && last == other.last; }
};

} // namespace nd
