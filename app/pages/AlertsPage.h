#pragma once

#include "alerts/AlertGroups.h"
#include "analysis/FlagGroups.h"
#include "guide/SelfCareGuide.h"
#include "model/TreatmentEvent.h"
#include "rules/AcknowledgedFlag.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLayout;
class QPushButton;
class QSplitter;
class QTreeWidget;
class QTreeWidgetItem;

namespace nd {

class AnalysisCache;
class Clock;
class DiaryEditor;
class FlagCard;
struct DiaryAnalysis;

// The Alerts page: the flags of the escalation rules — exactly the engine's list,
// never a second opinion — active ones first (see AlertGroups), then earlier ones.
// Flags of the same rule on the same day read as one line with their subjects
// (FlagGroups) and are marked as discussed together.
// The card beside the list explains the chosen flag: level, the rule in plain words,
// the numbers, the advice, the care team's phone and a way into the self-care guide.
// Flags can be marked "discussed with care team" (date and note) and unmarked; a new
// baseline can be set from today after an appointment, with a confirmation.
class AlertsPage : public QWidget
{
    Q_OBJECT

public:
    // The marks and a new baseline are written through `editor` (undoable); the list follows
    // `cache`, which whoever owns it refreshes when the editor announces a change.
    AlertsPage(AnalysisCache &cache, DiaryEditor &editor, const Clock &clock, QWidget *parent = nullptr);

    // The flags as listed, top to bottom (active group first; a line's flags in order).
    QList<AcknowledgedFlag> listedFlags() const;
    // The lines as listed, top to bottom.
    QList<FlagGroup> listedLines() const;
    int activeCount() const { return m_activeCount; } // flags (not lines) in the active group
    bool selectFlag(const Flag &flag);
    FlagCard *card() const { return m_card; }
    QTreeWidget *flagList() const { return m_list; }
    // Opens the confirmation for "set a new baseline from today" (non-blocking).
    void askForNewBaseline();

signals:
    void guideRequested(nd::SelfCareGuide::Topic topic);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QLayout *buildBaselineRow();
    QWidget *buildErrorLabel();
    QWidget *buildListAndCard();
    void rebuild();
    void updateSummary(const DiaryAnalysis &analysis, const AlertGroups::Split &split);
    void updateBaselineTexts(const DiaryAnalysis &analysis);
    void fillList(const AlertGroups::Split &split);
    // A group of lines (active or earlier); `selected` becomes the line holding the selected flag.
    QTreeWidgetItem *addGroup(const QString &title, const QList<AcknowledgedFlag> &flags, const QString &name,
                              QTreeWidgetItem *&selected);
    void showSelected();
    void markDiscussed(const QList<Flag> &flags, QDate discussedOn, const QString &note);
    void undoDiscussed(const QList<Flag> &flags);
    void showError(const QString &message);
    QTreeWidgetItem *addLineItem(QTreeWidgetItem *group, const FlagGroup &line);

    AnalysisCache &m_cache;
    DiaryEditor &m_editor;
    const Clock &m_clock;
    QHash<QString, FlagGroup> m_linesByKey;
    QString m_selectedKey;
    int m_activeCount = 0;
    bool m_stale = true; // the cache has news the list does not show yet

    QLabel *m_summary = nullptr;
    QLabel *m_baseline = nullptr;
    QLabel *m_baselineNote = nullptr;
    QLabel *m_error = nullptr;
    QTreeWidget *m_list = nullptr;
    QSplitter *m_splitter = nullptr;
    FlagCard *m_card = nullptr;
};

} // namespace nd
