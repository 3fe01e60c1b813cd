#include "AuthorSwitch.h"

#include <QKeyEvent>

namespace nd {

AuthorSwitch::AuthorSwitch(QWidget *parent) : SegmentedControl(parent)
{
    retranslate();
    setValue(0);
}

void AuthorSwitch::retranslate()
{
    setOptions({tr("Patient"), tr("Caregiver")},
               {tr("The patient is logging"), tr("A caregiver is logging")});
}

void AuthorSwitch::keyPressEvent(QKeyEvent *event)
{
    // Always one of the two: there is no "nobody" to clear to.
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        event->ignore();
        return;
    }
    SegmentedControl::keyPressEvent(event);
}

} // namespace nd
