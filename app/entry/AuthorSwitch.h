#pragma once

#include "model/Entry.h"
#include "widgets/SegmentedControl.h"

namespace nd {

// Who is logging: the patient or a caregiver. Two big buttons (keys P and C,
// arrows); the value is always one of them.
class AuthorSwitch : public SegmentedControl
{
    Q_OBJECT

public:
    explicit AuthorSwitch(QWidget *parent = nullptr);

    Author author() const { return value() == 1 ? Author::Caregiver : Author::Patient; }
    void setAuthor(Author author) { setValue(author == Author::Caregiver ? 1 : 0); }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate() override;
};

} // namespace nd
