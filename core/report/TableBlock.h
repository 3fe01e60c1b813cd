#pragma once

#include "ReportBlock.h"
#include "ReportStyle.h"
#include "rules/Flag.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nd {

struct TableColumn
{
    QString title;
    qreal width = 0; // ReportUnits; the last column takes what is left when 0
    Qt::Alignment alignment = Qt::AlignLeft;
    bool wraps = false; // long text goes onto more lines instead of being cut short
};

struct TableCell
{
    enum class Tone { Normal, Bold, Italic, Muted };

    QString text;
    Tone tone = Tone::Normal;
    std::optional<FlagLevel> level; // a level symbol drawn before the text

    TableCell() = default;
    TableCell(QString cellText, Tone cellTone = Tone::Normal) : text(std::move(cellText)), tone(cellTone) {}
};

// A table whose rows are the pieces: long tables continue on the next page with
// their column titles repeated. Rows are measured once when added; painting only
// draws prepared strings (a ten-year diary is thousands of rows).
class TableBlock : public ReportBlock
{
public:
    TableBlock(const ReportStyle &style, QList<TableColumn> columns, qreal width);

    // A table of label/value pairs has no column titles and no stripes.
    void setHeaderVisible(bool visible) { m_headerVisible = visible; }
    void setStriped(bool striped) { m_striped = striped; }
    // Body-sized text instead of the compact table text (set before adding rows).
    void setRegularSize(bool regular) { m_regular = regular; }
    // `separated` draws a rule above the row (e.g. the first day of a month).
    void addRow(const QList<TableCell> &cells, bool separated = false);
    int rowCount() const { return int(m_rows.size()); }

    int pieceCount() const override { return int(m_rows.size()); }
    qreal pieceHeight(int piece) const override { return m_rows[piece].height; }
    void paintPiece(QPainter &painter, int piece, const QRectF &area) const override;
    qreal headerHeight() const override;
    void paintHeader(QPainter &painter, const QRectF &area) const override;

private:
    struct Row
    {
        QList<TableCell> cells;
        QList<QStringList> lines; // per cell, after wrapping or eliding
        qreal height = 0;
        bool separated = false;
        bool shaded = false;
    };
    const ReportFont &fontFor(TableCell::Tone tone) const;

    const ReportStyle &m_style;
    QList<TableColumn> m_columns;
    QList<qreal> m_left; // x offset of each column
    qreal m_padding = 0;
    QList<Row> m_rows;
    bool m_headerVisible = true;
    bool m_striped = true;
    bool m_regular = false;
};

} // namespace nd
