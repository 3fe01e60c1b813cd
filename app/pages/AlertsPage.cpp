#include "AlertsPage.h"

#include "alerts/AlertGroups.h"
#include "alerts/FlagCard.h"
#include "alerts/NewBaselineDialog.h"
#include "storage/DiaryStore.h"
#include "trends/AnalysisCache.h"
#include "trends/FlagLevelStyle.h"
#include "trends/FlowLayout.h"
#include "util/Clock.h"
#include "widgets/Theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

enum Column { LevelColumn, DateColumn, WhatColumn, DiscussedColumn, ColumnCount };
constexpr int kKeyRole = Qt::UserRole + 1;

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

AlertsPage::AlertsPage(AnalysisCache &cache, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_cache(cache), m_clock(clock)
{
    setObjectName(u"alertsPage"_s);
    m_baselineWriter = [this](const BaselinePeriod &period, QString *error) {
        if (m_cache.store().setBaseline(period))
            return true;
        *error = m_cache.store().lastError().message;
        return false;
    };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *title = new QLabel(tr("Alerts"));
    Theme::setRelativeFont(title, 1.5, true);
    layout->addWidget(title);

    m_summary = new QLabel;
    m_summary->setObjectName(u"alertsSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *baselineRow = new FlowLayout(nullptr, 12); // the button goes under the text when narrow
    m_baseline = new QLabel;
    m_baseline->setObjectName(u"baselineInUse"_s);
    m_baseline->setWordWrap(true);
    auto *newBaseline = new QPushButton(tr("Set a new baseline from today…"));
    newBaseline->setObjectName(u"newBaseline"_s);
    newBaseline->setMinimumHeight(Theme::targetSize(this));
    connect(newBaseline, &QPushButton::clicked, this, &AlertsPage::askForNewBaseline);
    baselineRow->addWidget(m_baseline);
    baselineRow->addWidget(newBaseline);
    layout->addLayout(baselineRow);

    m_error = new QLabel;
    m_error->setObjectName(u"alertsError"_s);
    m_error->setWordWrap(true);
    m_error->setAutoFillBackground(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::Window, Theme::urgentColor(errorPalette));
    m_error->setPalette(errorPalette);
    m_error->setMargin(8);
    m_error->hide();
    layout->addWidget(m_error);

    m_list = new QTreeWidget;
    m_list->setObjectName(u"flagList"_s);
    m_list->setAccessibleName(tr("Flags"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Level"), tr("Date"), tr("What"), tr("Discussed")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(false);
    m_list->setIconSize(QSize(24, 24));
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, kKeyRole).isValid()) {
            m_selectedKey = item->data(0, kKeyRole).toString();
            showSelected();
        }
    });

    m_card = new FlagCard;
    connect(m_card, &FlagCard::discussedMarked, this, &AlertsPage::markDiscussed);
    connect(m_card, &FlagCard::discussedUndone, this, &AlertsPage::undoDiscussed);
    connect(m_card, &FlagCard::guideRequested, this, &AlertsPage::guideRequested);
    auto *cardScroll = new QScrollArea;
    cardScroll->setWidget(m_card);
    cardScroll->setWidgetResizable(true);
    cardScroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter;
    m_splitter = splitter;
    splitter->setObjectName(u"alertsSplitter"_s);
    splitter->addWidget(m_list);
    splitter->addWidget(cardScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    connect(&m_cache, &AnalysisCache::updated, this, [this] {
        m_stale = true;
        if (isVisible())
            rebuild();
    });
    connect(&m_cache, &AnalysisCache::failed, this, &AlertsPage::showError);
    if (m_cache.isReady())
        rebuild();
}

void AlertsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_cache.isReady())
        rebuild();
    m_cache.refresh();
}

QTreeWidgetItem *AlertsPage::addFlagItem(QTreeWidgetItem *group, const AcknowledgedFlag &flag)
{
    const QLocale locale;
    const Flag &f = flag.flag;
    auto *item = new QTreeWidgetItem(group);
    item->setIcon(LevelColumn, FlagLevelStyle::icon(f.level(), 24));
    item->setText(LevelColumn, FlagLevelStyle::shortName(f.level()));
    item->setText(DateColumn, locale.toString(f.date, QLocale::ShortFormat));
    item->setText(WhatColumn, tr("%1: %2").arg(ruleTitle(f.rule), subjectTitle(f.subject)));
    item->setText(DiscussedColumn, flag.isDiscussed() ? locale.toString(flag.acknowledgement->discussedOn,
                                                                        QLocale::ShortFormat)
                                                      : tr("not yet"));
    item->setToolTip(WhatColumn, capitalized(f.evidence));
    item->setData(0, kKeyRole, f.key());
    const int height = Theme::targetSize(m_list);
    for (int column = 0; column < ColumnCount; ++column)
        item->setSizeHint(column, QSize(0, height)); // a width below 0 made the hint invalid: rows of 26 px
    return item;
}

void AlertsPage::rebuild()
{
    m_stale = false;
    m_error->hide();
    const QDate today = m_clock.today();
    const DiaryAnalysis &analysis = m_cache.analysis();
    const AlertGroups::Split split = AlertGroups::split(analysis.flags, today);
    m_activeCount = int(split.active.size());

    const QLocale locale;
    const QString phone = m_cache.profile().careTeamPhone.trimmed();
    QString summary;
    if (analysis.flags.isEmpty())
        summary = tr("No flags: the checks have not noticed anything your care team needs to hear about. "
                     "Keep logging every day.");
    else if (split.active.isEmpty())
        summary = tr("No active flags. Earlier flags are listed below.");
    else
        summary =
            tr("Flags that need attention: %1. Read what each one means, tell your care team, then mark "
               "it as discussed. A flag stays here for %2 days or until it is marked.")
                .arg(split.active.size())
                .arg(AlertGroups::kActiveDays);
    if (!phone.isEmpty())
        summary += u' ' + tr("Your care team: %1.").arg(phone);
    m_summary->setText(summary);

    if (analysis.baseline)
        m_baseline->setText((analysis.usesDefaultBaseline()
                                 ? tr("Baseline in use: %1 to %2 (the first week of the diary).")
                                 : tr("Baseline in use: %1 to %2 (set by you)."))
                                .arg(locale.toString(analysis.baseline->first, QLocale::LongFormat),
                                     locale.toString(analysis.baseline->last, QLocale::LongFormat)));
    else
        m_baseline->setText(tr("No baseline yet: the first week you log becomes it."));

    m_flagsByKey.clear();
    m_list->setUpdatesEnabled(false);
    m_list->clear();
    QTreeWidgetItem *selected = nullptr;
    const auto addGroup = [&](const QString &title, const QList<AcknowledgedFlag> &flags,
                              const QString &name) {
        auto *group = new QTreeWidgetItem(m_list);
        group->setText(0, title);
        group->setData(0, Qt::AccessibleTextRole, title);
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = m_list->font();
        bold.setBold(true);
        group->setFont(0, bold);
        group->setSizeHint(0, QSize(0, Theme::targetSize(m_list)));
        group->setData(0, Qt::UserRole, name);
        group->setFirstColumnSpanned(true);
        for (const AcknowledgedFlag &flag : flags) {
            m_flagsByKey.insert(flag.flag.key(), flag);
            QTreeWidgetItem *item = addFlagItem(group, flag);
            if (flag.flag.key() == m_selectedKey)
                selected = item;
        }
        group->setExpanded(true);
        return group;
    };
    QTreeWidgetItem *active =
        addGroup(tr("Need attention (%1)").arg(split.active.size()), split.active, u"active"_s);
    QTreeWidgetItem *earlier =
        addGroup(tr("Earlier (%1)").arg(split.earlier.size()), split.earlier, u"earlier"_s);
    for (int column = 0; column < ColumnCount; ++column)
        if (column != WhatColumn)
            m_list->resizeColumnToContents(column);
    m_list->setUpdatesEnabled(true);

    if (!selected)
        selected = active->childCount() > 0 ? active->child(0) : earlier->child(0);
    if (selected) {
        m_list->setCurrentItem(selected);
        m_selectedKey = selected->data(0, kKeyRole).toString();
    } else {
        m_selectedKey.clear();
    }
    showSelected();
}

void AlertsPage::showSelected()
{
    const auto it = m_flagsByKey.constFind(m_selectedKey);
    m_card->showFlag(it == m_flagsByKey.cend() ? std::nullopt : std::optional<AcknowledgedFlag>(*it),
                     m_cache.profile().careTeamPhone, m_clock.today());
}

QList<AcknowledgedFlag> AlertsPage::listedFlags() const
{
    QList<AcknowledgedFlag> result;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            result.append(m_flagsByKey.value(group->child(i)->data(0, kKeyRole).toString()));
    }
    return result;
}

bool AlertsPage::selectFlag(const Flag &flag)
{
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->data(0, kKeyRole).toString() == flag.key()) {
                m_list->setCurrentItem(group->child(i));
                m_list->scrollToItem(group->child(i));
                return true;
            }
    }
    return false;
}

void AlertsPage::markDiscussed(const Flag &flag, QDate discussedOn, const QString &note)
{
    const FlagAcknowledgement ack{flag.date, QString(ruleId(flag.rule)), flag.subject, discussedOn, note};
    if (!m_cache.store().acknowledge(ack)) {
        showError(tr("The mark could not be saved: %1").arg(m_cache.store().lastError().message));
        return;
    }
    m_selectedKey = flag.key();
    m_cache.refresh();
}

void AlertsPage::undoDiscussed(const Flag &flag)
{
    if (!m_cache.store().removeAcknowledgement(flag.date, QString(ruleId(flag.rule)), flag.subject)) {
        showError(tr("The mark could not be removed: %1").arg(m_cache.store().lastError().message));
        return;
    }
    m_selectedKey = flag.key();
    m_cache.refresh();
}

void AlertsPage::askForNewBaseline()
{
    const QDate today = m_clock.today();
    const BaselinePeriod proposed = NewBaselineDialog::proposedPeriod(today);
    int logged = 0;
    for (const DayValues &day : m_cache.analysis().days)
        logged += proposed.contains(day.date()) ? 1 : 0;
    auto *dialog = new NewBaselineDialog(today, logged, m_cache.analysis().baseline,
                                         m_cache.analysis().usesDefaultBaseline(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, period = dialog->period()] {
        QString error;
        if (!m_baselineWriter(period, &error)) {
            showError(tr("The new baseline could not be saved: %1").arg(error));
            return;
        }
        m_cache.refresh();
    });
    dialog->open();
}

void AlertsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void AlertsPage::resizeEvent(QResizeEvent *event)
{
    // The list above the explanation when large text leaves no room for both side by side.
    const int sideBySide = fontMetrics().averageCharWidth() * 110;
    m_splitter->setOrientation(event->size().width() >= sideBySide ? Qt::Horizontal : Qt::Vertical);
    QWidget::resizeEvent(event);
}

} // namespace nd
