#pragma once

#include "model/Entry.h"

#include <QCoreApplication>
#include <QString>

namespace nd {

// The words the window uses for each diary field: a short label for the form and
// lists, and a longer name read aloud by screen readers ("Numbness in the hands").
class FieldTexts
{
    Q_DECLARE_TR_FUNCTIONS(FieldTexts)

public:
    static QString label(Field field);  // e.g. "Numbness"
    static QString spoken(Field field); // e.g. "Numbness in the hands"
    // A few words of explanation, may be empty; worded for who fills in the form.
    static QString hint(Field field, Author author = Author::Patient);

private:
    static QString warningSignLabel(Field sign);
};

} // namespace nd
