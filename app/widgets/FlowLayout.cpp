#include "FlowLayout.h"

#include <QWidget>

namespace nd {

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent), m_spacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), true);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row when there is room for it.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? m_spacing : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, false);
}

int FlowLayout::doLayout(const QRect &rect, bool testOnly) const
{
    const QMargins margins = contentsMargins();
    const QRect area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom());
    int x = area.x();
    int y = area.y();
    int rowHeight = 0;
    // Items of a row share its height and are centred in it.
    QList<QPair<QLayoutItem *, QRect>> row;
    const auto placeRow = [&] {
        for (auto &[item, geometry] : row) {
            geometry.moveTop(y + (rowHeight - geometry.height()) / 2);
            if (!testOnly)
                item->setGeometry(geometry);
        }
        row.clear();
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        // No item wider than the row; one that wraps its own content gets its height for that width.
        QSize hint = item->sizeHint();
        if (hint.width() > area.width()) {
            hint.setWidth(std::max(item->minimumSize().width(), area.width()));
            if (item->hasHeightForWidth())
                hint.setHeight(item->heightForWidth(hint.width()));
        }
        if (x > area.x() && x + hint.width() > area.right() + 1) {
            placeRow();
            y += rowHeight + m_spacing / 2;
            x = area.x();
            rowHeight = 0;
        }
        row.append({item, QRect(QPoint(x, y), hint)});
        x += hint.width() + m_spacing;
        rowHeight = std::max(rowHeight, hint.height());
    }
    placeRow();
    return y + rowHeight - rect.y() + margins.bottom();
}

} // namespace nd
