#pragma once

#include "guide/SelfCareGuide.h"
#include "model/TreatmentEvent.h"
#include "rules/AcknowledgedFlag.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QSplitter;
class QTreeWidget;
class QTreeWidgetItem;

namespace nd {

class AnalysisCache;
class Clock;
class FlagCard;

// The Alerts page: the flags of the escalation rules — exactly the engine's list,
// never a second opinion — active ones first (see AlertGroups), then earlier ones.
// The card beside the list explains the chosen flag: level, the rule in plain words,
// the numbers, the advice, the care team's phone and a way into the self-care guide.
// Flags can be marked "discussed with care team" (date and note) and unmarked; a new
// baseline can be set from today after an appointment, with a confirmation.
class AlertsPage : public QWidget
{
    Q_OBJECT

public:
    // Writes a new baseline; returns false with a message when nothing was written.
    // The window passes its undoable editor; the default writes to the store.
    using BaselineWriter = std::function<bool(const BaselinePeriod &period, QString *error)>;

    AlertsPage(AnalysisCache &cache, const Clock &clock, QWidget *parent = nullptr);

    void setBaselineWriter(BaselineWriter writer) { m_baselineWriter = std::move(writer); }

    // The flags as listed, top to bottom (active group first).
    QList<AcknowledgedFlag> listedFlags() const;
    int activeCount() const { return m_activeCount; }
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
    void rebuild();
    void showSelected();
    void markDiscussed(const Flag &flag, QDate discussedOn, const QString &note);
    void undoDiscussed(const Flag &flag);
    void showError(const QString &message);
    QTreeWidgetItem *addFlagItem(QTreeWidgetItem *group, const AcknowledgedFlag &flag);

    AnalysisCache &m_cache;
    const Clock &m_clock;
    BaselineWriter m_baselineWriter;
    QHash<QString, AcknowledgedFlag> m_flagsByKey;
    QString m_selectedKey;
    int m_activeCount = 0;
    bool m_stale = true; // the cache has news the list does not show yet

    QLabel *m_summary = nullptr;
    QLabel *m_baseline = nullptr;
    QLabel *m_error = nullptr;
    QTreeWidget *m_list = nullptr;
    QSplitter *m_splitter = nullptr;
    FlagCard *m_card = nullptr;
};

} // namespace nd
