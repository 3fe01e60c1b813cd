#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace nd {

// What a part of the app needs from the window to put its pages in the side bar, without
// knowing the window (MainWindow implements it; nothing below the window includes it).
class PageHost
{
public:
    using PageFactory = std::function<QWidget *()>;

    // Adds a page to the side bar; `factory` builds it when it is first shown.
    virtual int addPage(const QString &id, const QString &iconName, const QString &title,
                        PageFactory factory) = 0;
    // The page's widget, built now if it was not yet.
    virtual QWidget *page(const QString &id) = 0;
    // A number beside a page's name in the side bar ("Alerts (2)"); 0 removes it.
    virtual void setPageCount(const QString &id, int count) = 0;
    virtual bool showPage(const QString &id) = 0;

protected:
    ~PageHost() = default;
};

} // namespace nd
