#include "AlertsPage.h"

#include "alerts/AlertGroups.h"
#include "alerts/FlagCard.h"
#include "alerts/NewBaselineDialog.h"
#include "analysis/BaselineCheck.h"
#include "diary/DiaryEditor.h"
#include "guide/UrgentAdvice.h"
#include "insights/AnalysisCache.h"
#include "insights/FlagLevelStyle.h"
#include "util/Clock.h"
#include "widgets/FlowLayout.h"
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

} // namespace

AlertsPage::AlertsPage(AnalysisCache &cache, DiaryEditor &editor, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_cache(cache), m_editor(editor), m_clock(clock)
{
    setObjectName(u"alertsPage"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *title = new QLabel(tr("Alerts"));
    Theme::setRelativeFont(title, 1.5, true);
    layout->addWidget(title);

    m_summary = new QLabel;
    m_summary->setObjectName(u"alertsSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addLayout(buildBaselineRow());
    layout->addWidget(buildErrorLabel());
    layout->addWidget(buildListAndCard(), 1);

    connect(&m_cache, &AnalysisCache::updated, this, [this] {
        m_stale = true;
        if (isVisible())
            rebuild();
    });
    connect(&m_cache, &AnalysisCache::failed, this, &AlertsPage::showError);
    if (m_cache.isReady())
        rebuild();
}

QLayout *AlertsPage::buildBaselineRow()
{
    auto *row = new FlowLayout(nullptr, 12); // the button goes under the text when narrow
    auto *textsBox = new QWidget;
    auto *texts = new QVBoxLayout(textsBox);
    texts->setContentsMargins(0, 0, 0, 0);
    m_baseline = new QLabel;
    m_baseline->setObjectName(u"baselineInUse"_s);
    m_baseline->setWordWrap(true);
    // A baseline that already shows marked symptoms: said beside the button that changes it.
    m_baselineNote = new QLabel;
    m_baselineNote->setObjectName(u"baselineHighNote"_s);
    m_baselineNote->setWordWrap(true);
    QFont noteFont = m_baselineNote->font();
    noteFont.setBold(true);
    m_baselineNote->setFont(noteFont);
    m_baselineNote->hide();
    texts->addWidget(m_baseline);
    texts->addWidget(m_baselineNote);
    auto *newBaseline = new QPushButton(tr("Set a new baseline from today…"));
    newBaseline->setObjectName(u"newBaseline"_s);
    newBaseline->setMinimumHeight(Theme::targetSize(this));
    connect(newBaseline, &QPushButton::clicked, this, &AlertsPage::askForNewBaseline);
    row->addWidget(textsBox);
    row->addWidget(newBaseline);
    return row;
}

QWidget *AlertsPage::buildErrorLabel()
{
    m_error = new QLabel;
    m_error->setObjectName(u"alertsError"_s);
    m_error->setWordWrap(true);
    Theme::fillBackground(m_error, Theme::urgentColor(m_error->palette()));
    m_error->setMargin(8);
    m_error->hide();
    return m_error;
}

QWidget *AlertsPage::buildListAndCard()
{
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

    m_splitter = new QSplitter;
    m_splitter->setObjectName(u"alertsSplitter"_s);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(cardScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    return m_splitter;
}

void AlertsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_cache.isReady())
        rebuild();
    m_cache.refresh();
}

QTreeWidgetItem *AlertsPage::addLineItem(QTreeWidgetItem *group, const FlagGroup &line)
{
    const QLocale locale;
    auto *item = new QTreeWidgetItem(group);
    item->setIcon(LevelColumn, FlagLevelStyle::icon(line.level(), 24));
    item->setText(LevelColumn, FlagLevelStyle::shortName(line.level()));
    item->setText(DateColumn, locale.toString(line.date(), QLocale::ShortFormat));
    item->setText(WhatColumn, line.title());
    QString discussed = tr("not yet");
    if (line.isDiscussed())
        discussed = locale.toString(line.flags.last().acknowledgement->discussedOn, QLocale::ShortFormat);
    else if (line.undiscussedCount() < line.size())
        discussed = tr("%1 of %2 not yet").arg(line.undiscussedCount()).arg(line.size());
    item->setText(DiscussedColumn, discussed);
    item->setToolTip(WhatColumn, line.evidence());
    item->setData(0, kKeyRole, line.key());
    // The row's height comes from the stretching column alone: a size hint on the others would
    // also set their width (to nothing), and the date and level were cut to "30…".
    item->setSizeHint(WhatColumn, QSize(0, Theme::targetSize(m_list)));
    return item;
}

void AlertsPage::rebuild()
{
    m_stale = false;
    m_error->hide();
    const DiaryAnalysis &analysis = m_cache.analysis();
    const AlertGroups::Split split = AlertGroups::split(analysis.flags, m_clock.today());
    m_activeCount = int(split.active.size());
    updateSummary(analysis, split);
    updateBaselineTexts(analysis);
    fillList(split);
}

void AlertsPage::updateSummary(const DiaryAnalysis &analysis, const AlertGroups::Split &split)
{
    QString summary;
    if (analysis.flags.isEmpty())
        // Say what ran and that nothing matched; never that all is well.
        summary = tr("No flags. The %1 checks ran over %n logged day(s) and none of them matched. That does "
                     "not mean all is well: call your care team whenever you are worried, and keep logging "
                     "every day.",
                     nullptr, int(analysis.days.size()))
                      .arg(kRuleCount);
    else if (split.active.isEmpty())
        summary = tr("No active flags. Earlier flags are listed below. Call your care team whenever you are "
                     "worried, flag or not.");
    else
        summary =
            tr("Flags that need attention: %1. Read what each one means, tell your care team, then mark "
               "it as discussed. A flag stays here for %2 days or until it is marked.")
                .arg(split.active.size())
                .arg(AlertGroups::kActiveDays);
    summary += u' ' + UrgentAdvice::contactLine(UrgentAdvice::contactsOf(m_cache.profile())) + u'.';
    m_summary->setText(summary);
}

void AlertsPage::updateBaselineTexts(const DiaryAnalysis &analysis)
{
    const QString high = BaselineCheck::note(analysis);
    m_baselineNote->setText(high);
    m_baselineNote->setVisible(!high.isEmpty());

    const QLocale locale;
    if (analysis.baseline)
        m_baseline->setText((analysis.usesDefaultBaseline()
                                 ? tr("Baseline in use: %1 to %2 (the first week of the diary).")
                                 : tr("Baseline in use: %1 to %2 (set by you)."))
                                .arg(locale.toString(analysis.baseline->first, QLocale::LongFormat),
                                     locale.toString(analysis.baseline->last, QLocale::LongFormat)));
    else
        m_baseline->setText(tr("No baseline yet: the first week you log becomes it."));
}

void AlertsPage::fillList(const AlertGroups::Split &split)
{
    m_linesByKey.clear();
    m_list->setUpdatesEnabled(false);
    m_list->clear();
    QTreeWidgetItem *selected = nullptr;
    QTreeWidgetItem *active =
        addGroup(tr("Need attention (%1)").arg(split.active.size()), split.active, u"active"_s, selected);
    QTreeWidgetItem *earlier =
        addGroup(tr("Earlier (%1)").arg(split.earlier.size()), split.earlier, u"earlier"_s, selected);
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

QTreeWidgetItem *AlertsPage::addGroup(const QString &title, const QList<AcknowledgedFlag> &flags,
                                      const QString &name, QTreeWidgetItem *&selected)
{
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
    for (const FlagGroup &line : FlagGroups::sameDay(flags)) {
        m_linesByKey.insert(line.key(), line);
        QTreeWidgetItem *item = addLineItem(group, line);
        const bool holdsSelected =
            std::any_of(line.flags.cbegin(), line.flags.cend(),
                        [&](const AcknowledgedFlag &member) { return member.flag.key() == m_selectedKey; });
        if (holdsSelected)
            selected = item;
    }
    group->setExpanded(true);
    return group;
}

void AlertsPage::showSelected()
{
    const auto it = m_linesByKey.constFind(m_selectedKey);
    m_card->showGroup(it == m_linesByKey.cend() ? std::nullopt : std::optional<FlagGroup>(*it),
                      UrgentAdvice::contactsOf(m_cache.profile()), m_clock.today());
}

QList<FlagGroup> AlertsPage::listedLines() const
{
    QList<FlagGroup> result;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            result.append(m_linesByKey.value(group->child(i)->data(0, kKeyRole).toString()));
    }
    return result;
}

QList<AcknowledgedFlag> AlertsPage::listedFlags() const
{
    QList<AcknowledgedFlag> result;
    for (const FlagGroup &line : listedLines())
        result.append(line.flags);
    return result;
}

bool AlertsPage::selectFlag(const Flag &flag)
{
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (m_linesByKey.value(group->child(i)->data(0, kKeyRole).toString()).contains(flag)) {
                m_list->setCurrentItem(group->child(i));
                m_list->scrollToItem(group->child(i));
                return true;
            }
    }
    return false;
}

void AlertsPage::markDiscussed(const QList<Flag> &flags, QDate discussedOn, const QString &note)
{
    QList<FlagAcknowledgement> marks;
    for (const Flag &flag : flags)
        marks.append({flag.date, QString(ruleId(flag.rule)), flag.subject, discussedOn, note});
    // Before the write: the list is rebuilt as soon as the editor announces the change.
    if (!flags.isEmpty())
        m_selectedKey = flags.first().key();
    if (!m_editor.markDiscussed(marks))
        showError(tr("The mark could not be saved: %1").arg(m_editor.errorString()));
}

void AlertsPage::undoDiscussed(const QList<Flag> &flags)
{
    QList<FlagAcknowledgement> marked;
    for (const Flag &flag : flags)
        marked.append({flag.date, QString(ruleId(flag.rule)), flag.subject, {}, {}});
    if (!flags.isEmpty())
        m_selectedKey = flags.first().key();
    if (!m_editor.unmarkDiscussed(marked))
        showError(tr("The mark could not be removed: %1").arg(m_editor.errorString()));
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
        if (!m_editor.setBaseline(period))
            showError(tr("The new baseline could not be saved: %1").arg(m_editor.errorString()));
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
