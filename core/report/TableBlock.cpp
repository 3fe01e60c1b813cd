#include "TableBlock.h"

namespace nd {

namespace {
const qreal kRowPadding = ReportUnits::pt(1.6);
const qreal kSymbolSpace = ReportUnits::pt(9);
// A row is never taller than this many lines: a very long note goes on in the rows
// below it, so every row fits on a page.
constexpr int kMaxRowLines = 40;
} // namespace

TableBlock::TableBlock(const ReportStyle &style, QList<TableColumn> columns, qreal width)
    : m_style(style), m_columns(std::move(columns)), m_padding(ReportUnits::pt(3))
{
    qreal x = 0;
    for (TableColumn &column : m_columns) {
        m_left.append(x);
        if (column.width <= 0)
            column.width = width - x;
        x += column.width;
    }
}

const ReportFont &TableBlock::fontFor(TableCell::Tone tone) const
{
    switch (tone) {
    case TableCell::Tone::Bold:
        return m_regular ? m_style.bodyBold : m_style.tableBold;
    case TableCell::Tone::Italic:
        return m_regular ? m_style.bodyItalic : m_style.tableItalic;
    case TableCell::Tone::Normal:
    case TableCell::Tone::Muted:
        break;
    }
    return m_regular ? m_style.body : m_style.table;
}

void TableBlock::addRow(const QList<TableCell> &cells, bool separated)
{
    Row row;
    row.cells = cells;
    row.separated = separated;
    row.shaded = m_striped && m_rows.size() % 2 == 1;
    int lineCount = 1;
    for (int c = 0; c < cells.size() && c < m_columns.size(); ++c) {
        const TableColumn &column = m_columns[c];
        const TableCell &cell = cells[c];
        const ReportFont &font = fontFor(cell.tone);
        const qreal room = column.width - 2 * m_padding - (cell.level ? kSymbolSpace : 0);
        QStringList lines;
        if (column.wraps)
            lines = font.wrapped(cell.text, room);
        else
            lines.append(font.advance(cell.text) <= room ? cell.text : font.elided(cell.text, room));
        lineCount = std::max(lineCount, int(lines.size()));
        row.lines.append(lines);
    }
    const qreal lineHeight = fontFor(TableCell::Tone::Normal).lineHeight();
    if (lineCount <= kMaxRowLines) {
        row.height = lineCount * lineHeight + 2 * kRowPadding;
        m_rows.append(std::move(row));
        return;
    }
    // Cut into rows of kMaxRowLines lines; the first keeps the other cells, the rest
    // carry only the continued text, with the same shading.
    for (int first = 0; first < lineCount; first += kMaxRowLines) {
        Row part;
        part.cells = row.cells;
        part.separated = first == 0 && row.separated;
        part.shaded = row.shaded;
        int partLines = 1;
        for (int c = 0; c < row.lines.size(); ++c) {
            const QStringList &lines = row.lines[c];
            QStringList chunk =
                first == 0 || lines.size() > kMaxRowLines ? lines.mid(first, kMaxRowLines) : QStringList();
            if (first > 0 && chunk.isEmpty()) {
                part.cells[c].level.reset();
                chunk.append(QString());
            }
            partLines = std::max(partLines, int(chunk.size()));
            part.lines.append(chunk.isEmpty() ? QStringList{QString()} : chunk);
        }
        part.height = partLines * lineHeight + 2 * kRowPadding;
        m_rows.append(std::move(part));
    }
}

qreal TableBlock::headerHeight() const
{
    if (!m_headerVisible)
        return 0;
    return m_style.smallBold.lineHeight() + 2 * kRowPadding + ReportUnits::pt(1);
}

void TableBlock::paintHeader(QPainter &painter, const QRectF &area) const
{
    painter.setPen(m_style.muted);
    const qreal top = area.top() + kRowPadding;
    for (int c = 0; c < m_columns.size(); ++c) {
        const TableColumn &column = m_columns[c];
        const qreal left = area.left() + m_left[c];
        // Titles are short by design; one that is not is cut rather than overlap its neighbour.
        const QString title = m_style.smallBold.advance(column.title) <= column.width - m_padding
                                  ? column.title
                                  : m_style.smallBold.elided(column.title, column.width - m_padding);
        if (column.alignment & Qt::AlignRight)
            m_style.smallBold.drawRight(painter, left + column.width - m_padding, top, title);
        else if (column.alignment & Qt::AlignHCenter)
            m_style.smallBold.drawCentered(painter, left + column.width / 2, top, title);
        else
            m_style.smallBold.drawLeft(painter, left + m_padding, top, title);
    }
    painter.setPen(QPen(m_style.ink, ReportStyle::hairline()));
    painter.drawLine(QPointF(area.left(), area.bottom() - ReportUnits::pt(0.5)),
                     QPointF(area.right(), area.bottom() - ReportUnits::pt(0.5)));
}

void TableBlock::paintPiece(QPainter &painter, int piece, const QRectF &area) const
{
    const Row &row = m_rows[piece];
    if (row.shaded)
        painter.fillRect(area, m_style.faint);
    if (row.separated) {
        painter.setPen(QPen(m_style.rule, ReportStyle::hairline()));
        painter.drawLine(area.topLeft(), area.topRight());
    }
    const qreal lineHeight = fontFor(TableCell::Tone::Normal).lineHeight();
    for (int c = 0; c < row.lines.size(); ++c) {
        const TableColumn &column = m_columns[c];
        const TableCell &cell = row.cells[c];
        const ReportFont &font = fontFor(cell.tone);
        qreal left = area.left() + m_left[c] + m_padding;
        const qreal right = area.left() + m_left[c] + column.width - m_padding;
        const qreal top = area.top() + kRowPadding;
        if (cell.level) {
            paintLevelSymbol(painter, *cell.level,
                             QPointF(left + ReportUnits::pt(3.2), top + lineHeight * 0.45),
                             ReportUnits::pt(6.5));
            left += kSymbolSpace;
        }
        const QStringList &lines = row.lines[c];
        if (lines.size() == 1 && lines.first().isEmpty())
            continue;
        painter.setPen(cell.tone == TableCell::Tone::Muted ? m_style.muted : m_style.ink);
        for (int l = 0; l < lines.size(); ++l) {
            const qreal y = top + l * lineHeight;
            if (column.alignment & Qt::AlignRight)
                font.drawRight(painter, right, y, lines[l]);
            else if (column.alignment & Qt::AlignHCenter)
                font.drawCentered(painter, (left + right) / 2, y, lines[l]);
            else
                font.drawLeft(painter, left, y, lines[l]);
        }
    }
}

} // namespace nd
