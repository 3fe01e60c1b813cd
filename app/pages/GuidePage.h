#pragma once

#include "guide/SelfCareGuide.h"
#include "guide/UrgentAdvice.h"

#include <QWidget>

class QTextBrowser;

namespace nd {

// The self-care guide: what to watch for and what you can do, organised like the
// source article's quick-reference table (early symptoms, changes in what you can
// do, comfort, safety, medical help), the home-safety tips, what to do in an
// emergency, and the sources. The words come from core/guide/SelfCareGuide, the one
// place the flags' advice and the report read them too.
class GuidePage : public QWidget
{
    Q_OBJECT

public:
    explicit GuidePage(QWidget *parent = nullptr);

    // Scrolls to a section (from a flag's "self-care guide" button).
    void showTopic(SelfCareGuide::Topic topic);
    QString plainText() const;
    // Shown in the emergency box: the emergency number, the care team's and (after CAR-T) the
    // treatment centre's, as the diary's profile holds them.
    void setContacts(const UrgentAdvice::Contacts &contacts);

    static QString anchor(SelfCareGuide::Topic topic);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    QTextBrowser *m_browser = nullptr;
    UrgentAdvice::Contacts m_contacts;
};

} // namespace nd
