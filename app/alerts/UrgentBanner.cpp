#include "UrgentBanner.h"

#include "analysis/FlagGroups.h"
#include "guide/UrgentAdvice.h"
#include "insights/AnalysisCache.h"
#include "insights/FlagLevelStyle.h"
#include "widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace nd {

using namespace Qt::StringLiterals;

UrgentBanner::UrgentBanner(AnalysisCache &cache, QWidget *parent) : QFrame(parent), m_cache(cache)
{
    setObjectName(u"urgentBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    Theme::fillBackground(this, Theme::urgentColor(palette()));
    setAccessibleName(tr("Urgent flag"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    m_icon = new QLabel;
    m_icon->setPixmap(FlagLevelStyle::icon(FlagLevel::Urgent, 36).pixmap(36, 36));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_text = new QLabel;
    m_text->setObjectName(u"urgentBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_text, 1);
    auto *open = new QPushButton(tr("Open Alerts"));
    open->setObjectName(u"urgentBannerOpen"_s);
    open->setMinimumSize(Theme::targetSize(this) * 3, Theme::targetSize(this));
    layout->addWidget(open, 0, Qt::AlignVCenter);
    connect(open, &QPushButton::clicked, this, &UrgentBanner::openAlertsRequested);

    connect(&m_cache, &AnalysisCache::updated, this, &UrgentBanner::refresh);
    refresh();
}

void UrgentBanner::refresh()
{
    const QList<AcknowledgedFlag> urgent = m_cache.unacknowledgedUrgentFlags();
    setVisible(!urgent.isEmpty());
    if (urgent.isEmpty())
        return;
    // Emergency services first, whatever was recorded (a warning sign, walking that
    // became severe, weakness that rose fast); then what was recorded, a line per rule and
    // day, newest first. Only the newest is named: the banner stays a few lines high at
    // large text, and Alerts lists the rest.
    constexpr int kNamedLines = 1;
    const QLocale locale;
    QList<FlagGroup> lines = FlagGroups::sameDay(urgent);
    FlagGroups::sortMostPressingFirst(lines);
    QStringList seen;
    for (const FlagGroup &group : lines.mid(0, kNamedLines))
        seen.append(tr("%1 (%2)").arg(group.title(), locale.toString(group.date(), QLocale::ShortFormat)));
    QString text = UrgentAdvice::text(UrgentAdvice::contactsOf(m_cache.profile()));
    text += u' ' + tr("Recorded and not yet marked as discussed: %1.").arg(seen.join(tr("; ")));
    if (lines.size() > kNamedLines)
        text += u' ' + tr("%n more in Alerts.", nullptr, int(lines.size()) - kNamedLines);
    m_text->setText(text);
}

QString UrgentBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace nd
