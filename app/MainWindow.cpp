#include "MainWindow.h"

#include "storage/DiaryStore.h"

#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStackedWidget>
#include <QStatusBar>

namespace nd {

using namespace Qt::StringLiterals;

namespace {
// A placeholder until the page's own class exists.
QWidget *placeholderPage(const QString &title)
{
    auto *label = new QLabel(title);
    label->setAlignment(Qt::AlignCenter);
    return label;
}
} // namespace

MainWindow::MainWindow(DiaryStore &store, QWidget *parent) : QMainWindow(parent), m_store(store)
{
    setWindowTitle(tr("NerveDiary"));
    setObjectName(u"mainWindow"_s);

    m_sideBar = new QListWidget;
    m_sideBar->setObjectName(u"sideBar"_s);
    m_sideBar->setAccessibleName(tr("Pages"));
    m_sideBar->setIconSize(QSize(32, 32));
    m_sideBar->setSpacing(4);
    m_sideBar->setFixedWidth(200);
    m_sideBar->setFrameShape(QFrame::NoFrame);
    QFont sideFont = m_sideBar->font();
    sideFont.setPointSizeF(sideFont.pointSizeF() * 1.25);
    m_sideBar->setFont(sideFont);

    m_pages = new QStackedWidget;
    addPage(u"todayPage"_s, u"go-home"_s, tr("Today"), placeholderPage(tr("Today")));
    addPage(u"historyPage"_s, u"x-office-calendar"_s, tr("History"), placeholderPage(tr("History")));
    addPage(u"trendsPage"_s, u"utilities-system-monitor"_s, tr("Trends"), placeholderPage(tr("Trends")));
    addPage(u"alertsPage"_s, u"dialog-warning"_s, tr("Alerts"), placeholderPage(tr("Alerts")));
    addPage(u"reportPage"_s, u"document-print"_s, tr("Report"), placeholderPage(tr("Report")));
    connect(m_sideBar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sideBar->setCurrentRow(0);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sideBar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_status = new QLabel;
    m_status->setObjectName(u"diaryStatus"_s);
    statusBar()->addPermanentWidget(m_status, 1);
    updateStatus();
    resize(1100, 760);
}

void MainWindow::addPage(const QString &objectName, const QString &icon, const QString &title, QWidget *page)
{
    page->setObjectName(objectName);
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(QIcon::fromTheme(icon), title, m_sideBar);
    item->setSizeHint(QSize(180, 56));
}

int MainWindow::pageCount() const
{
    return m_pages->count();
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::setCurrentPage(int index)
{
    m_sideBar->setCurrentRow(index);
}

void MainWindow::updateStatus()
{
    const QString file = QDir::toNativeSeparators(m_store.database().path());
    const QDateTime saved = m_store.lastSavedAt();
    m_status->setText(saved.isValid()
                          ? tr("Diary: %1 — last saved %2")
                                .arg(file, QLocale().toString(saved.toLocalTime(), QLocale::ShortFormat))
                          : tr("Diary: %1 — nothing saved yet").arg(file));
}

} // namespace nd
