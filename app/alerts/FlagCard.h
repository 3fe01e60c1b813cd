#pragma once

#include "guide/SelfCareGuide.h"
#include "rules/AcknowledgedFlag.h"

#include <QFrame>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nd {

// Everything about one flag, in plain words: its level (shape and word), what the
// rule noticed and for what, the numbers, what to do, whom to call, a way into the
// self-care guide, and the "discussed with care team" mark with the means to set or
// undo it. The card asks; the page writes (see the signals).
class FlagCard : public QFrame
{
    Q_OBJECT

public:
    explicit FlagCard(QWidget *parent = nullptr);

    void showFlag(const std::optional<AcknowledgedFlag> &flag, const QString &careTeamPhone, QDate today);
    const std::optional<AcknowledgedFlag> &flag() const { return m_flag; }
    // The card's words as plain text (tests, and what a screen reader can reach).
    QString plainText() const;

signals:
    void discussedMarked(const nd::Flag &flag, QDate discussedOn, const QString &note);
    void discussedUndone(const nd::Flag &flag);
    void guideRequested(nd::SelfCareGuide::Topic topic);

private:
    void openDiscussForm();
    void saveDiscussed();

    std::optional<AcknowledgedFlag> m_flag;
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
