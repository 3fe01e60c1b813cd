#pragma once

#include "analysis/FlagGroups.h"
#include "guide/SelfCareGuide.h"
#include "guide/UrgentAdvice.h"
#include "rules/AcknowledgedFlag.h"

#include <QFrame>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace nd {

// Everything about one line of the Alerts list (one flag, or the flags of one rule on
// one day), in plain words: for an urgent line first the call to make, then its level
// (shape and word), what the rule noticed and for what, the numbers, what to do, whom
// to call (emergency number beside the care team's), a way into the self-care guide,
// and the "discussed with care team" mark, set or undone for the whole line. The card
// asks; the page writes (see the signals).
class FlagCard : public QFrame
{
    Q_OBJECT

public:
    explicit FlagCard(QWidget *parent = nullptr);

    void showGroup(const std::optional<FlagGroup> &group, const UrgentAdvice::Contacts &contacts,
                   QDate today);
    // The line's first flag, and the whole line.
    std::optional<AcknowledgedFlag> flag() const;
    const std::optional<FlagGroup> &group() const { return m_group; }
    // The card's words as plain text (tests, and what a screen reader can reach).
    QString plainText() const;

signals:
    // Every flag of the line that is not marked yet / every marked one.
    void discussedMarked(const QList<nd::Flag> &flags, QDate discussedOn, const QString &note);
    void discussedUndone(const QList<nd::Flag> &flags);
    void guideRequested(nd::SelfCareGuide::Topic topic);

private:
    void addHeader(QVBoxLayout *layout);
    void addExplanations(QVBoxLayout *layout);
    void addActions(QVBoxLayout *layout);
    QWidget *buildDiscussForm();
    void openDiscussForm();
    void saveDiscussed();

    std::optional<FlagGroup> m_group;
    QDate m_today;
    QLabel *m_icon = nullptr;
    QLabel *m_level = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_evidence = nullptr;
    QLabel *m_rule = nullptr;
    QLabel *m_advice = nullptr;
    QLabel *m_emergency = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_guide = nullptr;
    QPushButton *m_discuss = nullptr;
    QPushButton *m_undo = nullptr;
    QWidget *m_form = nullptr;
    QDateEdit *m_discussedOn = nullptr;
    QLineEdit *m_note = nullptr;
    QList<QLabel *> m_headings;
    QWidget *m_content = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace nd
