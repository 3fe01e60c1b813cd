#include "FormParts.h"

#include "config/AppSettings.h"
#include "widgets/NumberStepper.h"
#include "widgets/Theme.h"

#include <QCoreApplication>
#include <QDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace nd::FormParts {

using namespace Qt::StringLiterals;

QFormLayout *form(QWidget *parent, int verticalSpacing)
{
    auto *layout = new QFormLayout(parent);
    if (parent)
        layout->setContentsMargins(0, 0, 0, 0); // the rows of a part inside a dialog's form
    layout->setVerticalSpacing(verticalSpacing);
    layout->setHorizontalSpacing(16);
    return layout;
}

QLabel *rowLabel(const QString &text, QWidget *buddy, bool bold)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    label->setWordWrap(true);
    if (bold)
        Theme::setRelativeFont(label, 1.0, true);
    return label;
}

QWidget *withReason(QWidget *field, const QString &reason, Qt::Alignment fieldAlignment)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 0, fieldAlignment);
    auto *label = new QLabel(reason);
    label->setWordWrap(true);
    layout->addWidget(label);
    return box;
}

QLabel *hint(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    label->setContentsMargins(0, 10, 0, 0);
    Theme::setRelativeFont(label, 1.25, true);
    return label;
}

QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, const QString &text,
                    const QString &placeholder)
{
    auto *edit = new QLineEdit(text);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setMinimumHeight(Theme::targetSize(edit));
    return edit;
}

QLineEdit *phoneEdit(const QString &objectName, const QString &accessibleName, const QString &text,
                     const QString &placeholder)
{
    QLineEdit *edit = lineEdit(objectName, accessibleName, text, placeholder);
    edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    return edit;
}

QScrollArea *scrolling(QWidget *content)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

void fitToScreen(QDialog *dialog, QScrollArea *scroll, QSize preferred)
{
    // The form is never narrower than its minimum (longest unbreakable row): below it the area
    // scrolls sideways. Around the area: the dialog's margins and room for the vertical bar.
    const QMargins margins = dialog->layout() ? dialog->layout()->contentsMargins() : QMargins();
    const int around = margins.left() + margins.right() + scroll->verticalScrollBar()->sizeHint().width() +
                       2 * scroll->frameWidth();
    const int needed = scroll->widget()->minimumSizeHint().width() + around;
    QSize size(std::max(preferred.width(), needed), preferred.height());
    if (const QScreen *screen = dialog->screen()) {
        // Room for the window frame the desktop adds around the dialog.
        constexpr int kFrame = 48;
        const QSize available = screen->availableGeometry().size() - QSize(kFrame / 2, kFrame);
        size = size.boundedTo(available);
    }
    dialog->resize(size);
}

NumberStepper *dayStartStepper(int hour)
{
    auto *stepper = new NumberStepper;
    stepper->setObjectName(u"dayStartHour"_s);
    stepper->setMaximum(AppSettings::kMaxDayStartHour);
    // The words as Settings has them (one translation for both dialogs).
    stepper->setUnit(QCoreApplication::translate("nd::SettingsDialog", "o'clock"));
    stepper->setButtonNames(QCoreApplication::translate("nd::SettingsDialog", "Earlier"),
                            QCoreApplication::translate("nd::SettingsDialog", "Later"));
    stepper->setAccessibleName(QCoreApplication::translate("nd::SettingsDialog", "Hour a diary day starts"));
    stepper->setValue(hour);
    return stepper;
}

} // namespace nd::FormParts
