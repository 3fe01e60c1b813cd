#include "UrgentBanner.h"

#include "guide/SelfCareGuide.h"
#include "trends/AnalysisCache.h"
#include "trends/FlagLevelStyle.h"
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
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Theme::urgentColor(pal));
    setPalette(pal);
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
    const Flag &latest = urgent.last().flag;
    const QLocale locale;
    QString text = tr("Get help now: %1 on %2.")
                       .arg(subjectTitle(latest.subject), locale.toString(latest.date, QLocale::LongFormat));
    if (urgent.size() > 1)
        text += u' ' + tr("%1 urgent flags are not yet marked as discussed.").arg(urgent.size());
    text += u' ' + SelfCareGuide::emergencyAdvice();
    const QString phone = m_cache.profile().careTeamPhone.trimmed();
    if (!phone.isEmpty())
        text += u' ' + tr("Care team: %1.").arg(phone);
    m_text->setText(text);
}

QString UrgentBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace nd
