#pragma once

#include <QSize>
#include <QString>
#include <Qt>

class QDialog;
class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QWidget;

namespace nd {

class NumberStepper;

// The pieces the first-run questions and Settings are built of, so both ask the same way:
// every field at least a target high, every label read out with its field, every reason
// under its field.
namespace FormParts {

// A form's rows: 12 px apart (or `verticalSpacing`), labels 16 px from their fields.
QFormLayout *form(QWidget *parent = nullptr, int verticalSpacing = 12);
// A row's label, read out with `buddy`; wraps at large text sizes. Bold in the first-run
// questions, where the labels are the questions.
QLabel *rowLabel(const QString &text, QWidget *buddy, bool bold = false);
// `field` with why it is asked (or what it does) in a line under it.
QWidget *withReason(QWidget *field, const QString &reason, Qt::Alignment fieldAlignment = {});
// A line of explanation in the muted text colour.
QLabel *hint(const QString &text);
// A section's title: bold, a quarter larger, a little apart from the rows above.
QLabel *heading(const QString &text);
// A text field at least a target high (`text` in it, or `placeholder` while it is empty).
QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, const QString &text = {},
                    const QString &placeholder = {});
// The same for a phone number: the on-screen keyboard offers digits.
QLineEdit *phoneEdit(const QString &objectName, const QString &accessibleName, const QString &text = {},
                     const QString &placeholder = {});
// `content` in a frameless area that scrolls when the text is large and the screen small.
QScrollArea *scrolling(QWidget *content);
// Sizes `dialog` to `preferred`, but at least as wide as the form in `scroll` needs at the
// current text size (a row cut off at the side is a row nobody reads) and never past the screen.
void fitToScreen(QDialog *dialog, QScrollArea *scroll, QSize preferred);
// The hour a diary day starts, within AppSettings' limits.
NumberStepper *dayStartStepper(int hour);

} // namespace FormParts
} // namespace nd
