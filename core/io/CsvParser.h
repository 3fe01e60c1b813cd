#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace nd {

// One record of a CSV file, with the line it starts on (1-based) for messages.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// A syntax problem: the line, the field index (0-based, -1 when not known) and why.
struct CsvSyntaxProblem
{
    int line = 0;
    int field = -1;
    QString reason;
};

struct CsvDocument
{
    QList<CsvRecord> records; // blank lines are skipped
    QList<CsvSyntaxProblem> problems;
};

// Reads RFC 4180 CSV from UTF-8 bytes: comma separator, fields optionally in double
// quotes, "" for a quote inside quotes, line breaks inside quotes, CRLF or LF.
// Never stops at the first problem: it reports every line it cannot read.
class CsvParser
{
public:
    static CsvDocument parse(const QByteArray &utf8);
};

// Writes one CSV line (LF-terminated), quoting only the fields that need it.
QString csvLine(const QStringList &fields);

} // namespace nd
