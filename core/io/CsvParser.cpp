#include "CsvParser.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace nd {

namespace {

// Texts of this file, translated in the context "CsvParser". Declared this way so that lupdate
// files them under the same context the program looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvParser)
};

QString notUtf8Reason()
{
    return Tr::tr("the text is not UTF-8 (save the file as UTF-8 and try again)");
}

// The lines (1-based) that are not valid UTF-8, so a file saved in another encoding
// (e.g. Latin-1 from a spreadsheet) is pointed out line by line.
QList<int> linesNotUtf8(QByteArrayView bytes)
{
    QList<int> lines;
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        // decode() is lazy: only converting its result to a QString runs the decoder.
        const QString decoded = decoder.decode(bytes.sliced(start, end - start));
        if (decoder.hasError())
            lines.append(line);
        ++line;
        start = end + 1;
    }
    return lines;
}

class Reader
{
public:
    Reader(const QString &text, const QList<int> &linesNotUtf8) : m_text(text), m_linesNotUtf8(linesNotUtf8)
    {}

    CsvDocument read()
    {
        CsvDocument document;
        while (m_pos < m_text.size()) {
            CsvRecord record;
            record.line = m_line;
            record.fields.reserve(m_fieldsPerRecord);
            const bool readable = readRecord(record, document.problems);
            const bool blank = record.fields.size() == 1 && record.fields[0].isEmpty();
            m_fieldsPerRecord = std::max(m_fieldsPerRecord, record.fields.size());
            if (readable && !blank)
                document.records.append(std::move(record)); // unreadable records are reported, not guessed at
        }
        // A line that is not UTF-8 but whose fields could not be told apart is still reported.
        QSet<int> named;
        for (const CsvSyntaxProblem &p : std::as_const(m_encodingProblems))
            named.insert(p.line);
        for (const int line : m_linesNotUtf8) {
            if (!named.contains(line))
                m_encodingProblems.append({line, -1, notUtf8Reason()});
        }
        document.problems += m_encodingProblems;
        std::stable_sort(document.problems.begin(), document.problems.end(),
                         [](const CsvSyntaxProblem &a, const CsvSyntaxProblem &b) {
                             return a.line != b.line ? a.line < b.line : a.field < b.field;
                         });
        return document;
    }

private:
    bool atLineEnd() const { return m_text[m_pos] == u'\n' || m_text[m_pos] == u'\r'; }

    void consumeLineEnd()
    {
        if (m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    bool readRecord(CsvRecord &record, QList<CsvSyntaxProblem> &problems)
    {
        for (;;) {
            QString field;
            const int fieldIndex = int(record.fields.size());
            const int fieldLine = m_line;
            const bool ok = m_pos < m_text.size() && m_text[m_pos] == u'"'
                                ? readQuoted(field, record.line, fieldIndex, problems)
                                : readPlain(field, fieldIndex, problems);
            noteEncodingProblems(field, fieldLine, fieldIndex);
            record.fields.append(field);
            if (!ok) {
                skipToLineEnd();
                return false;
            }
            if (m_pos >= m_text.size())
                return true;
            if (atLineEnd()) {
                consumeLineEnd();
                return true;
            }
            ++m_pos; // the comma
        }
    }

    bool readPlain(QString &field, int fieldIndex, QList<CsvSyntaxProblem> &problems)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != u',' && !atLineEnd()) {
            if (m_text[m_pos] == u'"') {
                problems.append({m_line, fieldIndex,
                                 Tr::tr("a quote mark inside a field that does not start with one (put the "
                                        "whole field in quotes and double the quote mark)")});
                return false;
            }
            ++m_pos;
        }
        field = m_text.mid(start, m_pos - start);
        return true;
    }

    bool readQuoted(QString &field, int recordLine, int fieldIndex, QList<CsvSyntaxProblem> &problems)
    {
        ++m_pos; // opening quote
        for (;;) {
            if (m_pos >= m_text.size()) {
                problems.append({recordLine, fieldIndex, Tr::tr("a quoted field is never closed")});
                return false;
            }
            const QChar c = m_text[m_pos];
            if (c == u'"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'"') {
                    field.append(u'"');
                    m_pos += 2;
                    continue;
                }
                ++m_pos; // closing quote
                if (m_pos < m_text.size() && m_text[m_pos] != u',' && !atLineEnd()) {
                    problems.append(
                        {m_line, fieldIndex, Tr::tr("text after the closing quote mark of a field")});
                    return false;
                }
                return true;
            }
            if (c == u'\n')
                ++m_line;
            field.append(c);
            ++m_pos;
        }
    }

    // Names the field that holds bytes which are not UTF-8: the decoder turned them
    // into replacement characters, on lines the byte check flagged.
    void noteEncodingProblems(const QString &field, int line, int fieldIndex)
    {
        if (m_linesNotUtf8.isEmpty())
            return; // the usual case: nothing to look for
        for (const QChar c : field) {
            if (c == u'\n') {
                ++line;
            } else if (c == QChar::ReplacementCharacter &&
                       std::binary_search(m_linesNotUtf8.cbegin(), m_linesNotUtf8.cend(), line)) {
                const bool known = !m_encodingProblems.isEmpty() &&
                                   m_encodingProblems.constLast().line == line &&
                                   m_encodingProblems.constLast().field == fieldIndex;
                if (!known)
                    m_encodingProblems.append({line, fieldIndex, notUtf8Reason()});
            }
        }
    }

    void skipToLineEnd()
    {
        while (m_pos < m_text.size() && !atLineEnd())
            ++m_pos;
        if (m_pos < m_text.size())
            consumeLineEnd();
    }

    const QString &m_text;
    const QList<int> &m_linesNotUtf8;
    QList<CsvSyntaxProblem> m_encodingProblems;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_fieldsPerRecord = 0; // the most seen so far: rows mostly have as many
};

} // namespace

CsvDocument CsvParser::parse(const QByteArray &utf8)
{
    QByteArrayView bytes(utf8);
    if (bytes.startsWith("\xEF\xBB\xBF")) // a byte-order mark written by some spreadsheets
        bytes = bytes.sliced(3);
    const QString text = QString::fromUtf8(bytes);
    // Bytes that are not UTF-8 decode to replacement characters: without any, every line is
    // fine and the line-by-line check can be skipped.
    const QList<int> badLines =
        text.contains(QChar::ReplacementCharacter) ? linesNotUtf8(bytes) : QList<int>();
    return Reader(text, badLines).read();
}

QString csvLine(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(u',');
        const QString &field = fields[i];
        const bool needsQuotes =
            field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
        if (needsQuotes) {
            QString escaped = field;
            escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            line.append(u'"' + escaped + u'"');
        } else {
            line.append(field);
        }
    }
    line.append(u'\n');
    return line;
}

} // namespace nd
