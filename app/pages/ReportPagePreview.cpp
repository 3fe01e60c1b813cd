#include "ReportPagePreview.h"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>

namespace nd {

namespace {
constexpr int kMargin = 16; // around and between pages
constexpr int kMaxPageWidth = 900;
} // namespace

ReportPagePreview::ReportPagePreview(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ReportPagePreview::setDocument(std::shared_ptr<const ReportDocument> document)
{
    m_document = std::move(document);
    updateGeometry();
    update();
}

QSize ReportPagePreview::pageSize(int width) const
{
    if (!m_document)
        return {};
    const QSizeF paper = m_document->geometry().paper;
    const int pageWidth = std::clamp(width - 2 * kMargin, 120, kMaxPageWidth);
    return QSize(pageWidth, qRound(pageWidth * paper.height() / paper.width()));
}

QRect ReportPagePreview::pageRect(int index) const
{
    const QSize size = pageSize(width());
    const int left = std::max(kMargin, (width() - size.width()) / 2);
    return QRect(QPoint(left, kMargin + index * (size.height() + kMargin)), size);
}

int ReportPagePreview::pageAt(int y) const
{
    const QSize size = pageSize(width());
    if (size.isEmpty())
        return 0;
    return std::clamp((y - kMargin) / (size.height() + kMargin), 0, std::max(0, pageCount() - 1));
}

int ReportPagePreview::heightForWidth(int width) const
{
    const QSize size = pageSize(width);
    return kMargin + pageCount() * (size.height() + kMargin);
}

QSize ReportPagePreview::sizeHint() const
{
    return QSize(600, heightForWidth(600));
}

void ReportPagePreview::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Mid).lighter(130));
    if (!m_document)
        return;
    const QSizeF paper = m_document->geometry().paper;
    for (int page = pageAt(event->rect().top()); page < pageCount(); ++page) {
        const QRect area = pageRect(page);
        if (area.top() > event->rect().bottom())
            break;
        // Paper: white whatever the theme, with a soft edge.
        painter.fillRect(area.translated(2, 3), QColor(0, 0, 0, 40));
        painter.fillRect(area, Qt::white);
        painter.save();
        painter.setClipRect(area);
        painter.translate(area.topLeft());
        painter.scale(area.width() / paper.width(), area.height() / paper.height());
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        m_document->paintPage(painter, page);
        painter.restore();
    }
}

} // namespace nd
