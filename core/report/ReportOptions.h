#pragma once

#include <QDate>
#include <QDateTime>
#include <QPageSize>

namespace nd {

// The parts of the report a user can leave out. The summary comes first and the
// not-a-diagnosis line is on every page whatever is chosen.
enum class ReportSection : unsigned {
    Summary = 1u << 0,
    Charts = 1u << 1,
    DailyTable = 1u << 2,
    Events = 1u << 3,
    Notes = 1u << 4, // free text: may be private, so the user decides
    FlagDetails = 1u << 5,
};

// What to put in a report. The window and `nervediary export-pdf` fill the same
// struct, so the same choices give the same pages.
struct ReportOptions
{
    QDate from; // first day of the period, inclusive
    QDate to;   // last day of the period, inclusive
    unsigned sections = allSections();
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QDateTime generatedAt; // printed in every footer; set by the caller (injectable clock)

    static constexpr unsigned allSections()
    {
        return unsigned(ReportSection::Summary) | unsigned(ReportSection::Charts) |
               unsigned(ReportSection::DailyTable) | unsigned(ReportSection::Events) |
               unsigned(ReportSection::Notes) | unsigned(ReportSection::FlagDetails);
    }
    bool has(ReportSection section) const { return sections & unsigned(section); }
    void set(ReportSection section, bool on)
    {
        sections = on ? (sections | unsigned(section)) : (sections & ~unsigned(section));
    }
    bool includesNotes() const { return has(ReportSection::Notes); }
    bool contains(QDate day) const { return day >= from && day <= to; }
};

} // namespace nd
