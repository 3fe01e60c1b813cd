#pragma once

#include <QWidget>

class QTextBrowser;

namespace nd {

class Banner;

// What NerveDiary is and is not, what to do in an emergency, and where its rules
// come from (the same points as docs/intended-use.md). Shown in the About dialog,
// and meant to be embedded as-is in the first-run dialog.
//
// The emergency advice stands in an always-visible panel above the scrolling text,
// so it is never scrolled out of sight. Retranslates itself on LanguageChange.
class IntendedUseView : public QWidget
{
    Q_OBJECT

public:
    explicit IntendedUseView(QWidget *parent = nullptr);

    // The text of the emergency panel and of the scrolling part (for tests).
    QString emergencyText() const;
    QString bodyText() const;

    // The body as HTML, for anything else that wants to show the same text.
    static QString bodyHtml();

private:
    void retranslateUi();

    Banner *m_emergency = nullptr;
    QTextBrowser *m_body = nullptr;
};

} // namespace nd
