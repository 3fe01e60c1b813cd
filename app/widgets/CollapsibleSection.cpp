#include "CollapsibleSection.h"

#include "BigButton.h"
#include "Theme.h"
#include "WrappingLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

CollapsibleSection::CollapsibleSection(const QString &title, QWidget *parent)
    : QWidget(parent), m_title(title)
{
    m_header = new BigButton(title, BigButton::Look::Header);
    m_header->setObjectName(u"sectionHeader"_s);
    m_header->setCursor(Qt::PointingHandCursor);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Not a Tab stop: a day's questions are reached without passing seven headers (a click,
    // or a screen reader's press action, still folds a section).
    m_header->setFocusPolicy(Qt::ClickFocus);
    Theme::setRelativeFont(m_header, 1.3, true);

    m_summary = new WrappingLabel; // a long "MARKED: …" wraps instead of widening the page
    m_summary->setObjectName(u"sectionSummary"_s);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *headerRow = new QHBoxLayout;
    headerRow->setContentsMargins(0, 0, 0, 0);
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_summary);

    m_content = new QWidget;
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setContentsMargins(12, 4, 12, 8);
    m_contentLayout->setSpacing(10);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 16, 12);
    layout->setSpacing(4);
    layout->addLayout(headerRow);
    layout->addWidget(m_content);

    connect(m_header, &QPushButton::clicked, this, [this] { setExpanded(!isExpanded()); });
    updateHeader();
}

void CollapsibleSection::setTitle(const QString &title)
{
    m_title = title;
    m_header->setText(title); // the chevron and the hints stay as they are
    m_header->setAccessibleName(title);
}

void CollapsibleSection::setSummary(const QString &summary)
{
    m_summary->setText(summary);
}

QString CollapsibleSection::summary() const
{
    return m_summary->text();
}

bool CollapsibleSection::isExpanded() const
{
    return m_expanded;
}

void CollapsibleSection::setExpanded(bool expanded)
{
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    m_content->setVisible(expanded);
    updateHeader();
}

QIcon CollapsibleSection::chevron(bool expanded) const
{
    // Drawn here rather than taken from the style: big, thick and in the text colour.
    const int size = m_header->fontMetrics().height();
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::WindowText), std::max(2.0, size / 7.0), Qt::SolidLine,
                        Qt::RoundCap, Qt::RoundJoin));
    const qreal a = size * 0.25;
    const qreal b = size * 0.75;
    const qreal m = size * 0.5;
    QPolygonF arrow;
    if (expanded)
        arrow << QPointF(a, size * 0.38) << QPointF(m, size * 0.66) << QPointF(b, size * 0.38);
    else
        arrow << QPointF(size * 0.38, a) << QPointF(size * 0.66, m) << QPointF(size * 0.38, b);
    painter.drawPolyline(arrow);
    painter.end();
    return QIcon(pixmap);
}

void CollapsibleSection::updateHeader()
{
    const bool expanded = isExpanded();
    m_header->setIcon(chevron(expanded));
    m_header->setIconSize(QSize(m_header->fontMetrics().height(), m_header->fontMetrics().height()));
    m_header->setText(m_title);
    m_header->setAccessibleName(m_title);
    m_header->setAccessibleDescription(expanded ? tr("Shown; press to fold away")
                                                : tr("Folded; press to show"));
    m_header->setToolTip(expanded ? tr("Fold this section away") : tr("Show this section"));
}

void CollapsibleSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateHeader();
    }
    QWidget::changeEvent(event);
}

void CollapsibleSection::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Theme::outlineColor(palette()), 1.0));
    painter.setBrush(Theme::cardColor(palette()));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 12, 12);
}

} // namespace nd
