#include "NewBaselineDialog.h"

#include "widgets/Theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

BaselinePeriod NewBaselineDialog::proposedPeriod(QDate today)
{
    return BaselinePeriod{today.addDays(-(kDays - 1)), today};
}

NewBaselineDialog::NewBaselineDialog(QDate today, int loggedDays,
                                     const std::optional<BaselinePeriod> &current, bool currentIsDefault,
                                     QWidget *parent)
    : QDialog(parent), m_period(proposedPeriod(today))
{
    setObjectName(u"newBaselineDialog"_s);
    setWindowTitle(tr("Set a new baseline"));
    const QLocale locale;
    const auto day = [&](QDate date) {
        return locale.toString(date, QLocale::LongFormat);
    };

    auto *layout = new QVBoxLayout(this);
    const auto paragraph = [&](const QString &text) {
        auto *label = new QLabel(text);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
        return label;
    };
    paragraph(tr("Your baseline is the stretch of days the checks treat as your usual state. After an "
                 "appointment, for example when your treatment was changed, you can let the checks compare "
                 "with how you are now instead."));
    QLabel *period = paragraph(tr("New baseline: the last %1 days, %2 to %3 (%4 of them logged).")
                                   .arg(kDays)
                                   .arg(day(m_period.first), day(m_period.last))
                                   .arg(loggedDays));
    period->setObjectName(u"proposedPeriod"_s);
    QFont bold = period->font();
    bold.setBold(true);
    period->setFont(bold);
    if (current)
        paragraph(currentIsDefault
                      ? tr("Until now: the first week of the diary, %1 to %2.")
                            .arg(day(current->first), day(current->last))
                      : tr("Until now: %1 to %2, set by you.").arg(day(current->first), day(current->last)));
    paragraph(
        tr("What changes: worse or spreading symptoms and new trouble with hand tasks are measured "
           "against the new baseline, from tomorrow on. These checks are worked out again for the whole "
           "diary, so some of their earlier flags may no longer be listed; your “discussed” marks stay "
           "saved. Falls, skin problems, walking and warning signs are still checked every day."));
    paragraph(tr("You can undo this with Edit > Undo."));
    if (loggedDays == 0) {
        QLabel *warning =
            paragraph(tr("None of these days has an entry yet, so the baseline would count every "
                         "symptom as 0. Log today first, then set the baseline."));
        warning->setObjectName(u"noEntriesWarning"_s);
    }

    auto *buttons = new QDialogButtonBox;
    m_confirm = buttons->addButton(tr("Set new baseline"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmBaseline"_s);
    m_confirm->setEnabled(loggedDays > 0);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelBaseline"_s);
    cancel->setDefault(true); // a change of baseline is never the accidental choice
    for (QPushButton *button : {m_confirm, cancel})
        button->setMinimumHeight(Theme::targetSize(this));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace nd
