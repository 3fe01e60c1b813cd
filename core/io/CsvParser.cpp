#include "CsvParser.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace nd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvParser", text);
}

// Reports each line that is not valid UTF-8, so a file saved in another encoding
// (e.g. Latin-1 from a spreadsheet) is pointed out line by line.
void checkEncoding(const QByteArray &bytes, QList<CsvSyntaxProblem> &problems)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError())
            problems.append({line, -1, tr("the text is not UTF-8 (save the file as UTF-8 and try again)")});
        ++line;
        start = end + 1;
    }
}

class Reader
{
public:
    explicit Reader(const QString &text) : m_text(text) {}

    CsvDocument read()
    {
        CsvDocument document;
        while (m_pos < m_text.size()) {
            CsvRecord record;
            record.line = m_line;
            const bool readable = readRecord(record, document.problems);
            const bool blank = record.fields.size() == 1 && record.fields[0].isEmpty();
            if (readable && !blank)
                document.records.append(record); // unreadable records are reported, not guessed at
        }
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
            const bool ok = m_pos < m_text.size() && m_text[m_pos] == u'"'
                                ? readQuoted(field, record.line, fieldIndex, problems)
                                : readPlain(field, fieldIndex, problems);
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
                                 tr("a quote mark inside a field that does not start with one (put the "
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
                problems.append({recordLine, fieldIndex, tr("a quoted field is never closed")});
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
                    problems.append({m_line, fieldIndex, tr("text after the closing quote mark of a field")});
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

    void skipToLineEnd()
    {
        while (m_pos < m_text.size() && !atLineEnd())
            ++m_pos;
        if (m_pos < m_text.size())
            consumeLineEnd();
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

CsvDocument CsvParser::parse(const QByteArray &utf8)
{
    QByteArrayView bytes(utf8);
    if (bytes.startsWith("\xEF\xBB\xBF")) // a byte-order mark written by some spreadsheets
        bytes = bytes.sliced(3);
    QList<CsvSyntaxProblem> encodingProblems;
    checkEncoding(bytes.toByteArray(), encodingProblems);
    const QString text = QString::fromUtf8(bytes);
    CsvDocument document = Reader(text).read();
    document.problems = encodingProblems + document.problems;
    return document;
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
