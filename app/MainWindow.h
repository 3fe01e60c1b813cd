#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace nd {

class DiaryStore;

// The window shell: a large side bar of pages and a status line. Pages live in
// their own classes; the window only switches between them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(DiaryStore &store, QWidget *parent = nullptr);

    int pageCount() const;
    int currentPage() const;
    void setCurrentPage(int index);

private:
    void addPage(const QString &objectName, const QString &icon, const QString &title, QWidget *page);
    void updateStatus();

    DiaryStore &m_store;
    QListWidget *m_sideBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace nd
