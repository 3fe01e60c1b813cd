#include "FirstPaintProbe.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEvent>
#include <QListWidget>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace nd {

using namespace Qt::StringLiterals;

namespace {
void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}
} // namespace

void FirstPaintProbe::installIfRequested()
{
    const QByteArray mode = qgetenv("NERVEDIARY_REPORT_FIRST_PAINT");
    if (mode.isEmpty())
        return;
    auto *probe = new FirstPaintProbe;
    probe->m_stay = mode == "stay" || mode == "trends-stay";
    probe->m_trends = mode.startsWith("trends");
    probe->setParent(QCoreApplication::instance());
    QCoreApplication::instance()->installEventFilter(probe);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint)
        return false;
    if (!m_seen && qobject_cast<QMainWindow *>(watched)) {
        m_seen = true;
        m_window = static_cast<QWidget *>(watched);
        // Children paint in the same pass; report once the pass is over.
        QTimer::singleShot(0, this, [this] { afterFirstPaint(); });
    } else if (m_charts && !m_trendsReported && watched->isWidgetType() &&
               m_charts->isAncestorOf(static_cast<QWidget *>(watched)) && trendsShowData()) {
        m_trendsReported = true;
        QTimer::singleShot(0, this, [this] { reportTrendsPainted(); });
    }
    return false;
}

void FirstPaintProbe::afterFirstPaint()
{
    say("first-paint");
    if (m_trends)
        openTrendsOnAll();
    else if (!m_stay)
        QCoreApplication::exit(0);
}

void FirstPaintProbe::openTrendsOnAll()
{
    auto *sideBar = m_window ? m_window->findChild<QListWidget *>(u"sideBar"_s) : nullptr;
    int row = -1;
    for (int i = 0; sideBar && i < sideBar->count(); ++i)
        if (sideBar->item(i)->data(Qt::UserRole).toString() == u"trends"_s)
            row = i;
    if (row < 0) {
        say("trends-missing");
        QCoreApplication::exit(1);
        return;
    }
    m_trendsTimer.start();
    sideBar->setCurrentRow(row); // builds the page; showing it starts reading the diary
    auto *all = m_window->findChild<QAbstractButton *>(u"rangeAll"_s);
    m_charts = m_window->findChild<QWidget *>(u"trendCharts"_s);
    if (!all || !m_charts) {
        say("trends-missing");
        QCoreApplication::exit(1);
        return;
    }
    all->click();
}

bool FirstPaintProbe::trendsShowData() const
{
    // The page says "Reading the diary…" until the analysis is in and drawn.
    const auto *loading = m_window ? m_window->findChild<QWidget *>(u"trendsLoading"_s) : nullptr;
    return loading && loading->isHidden();
}

void FirstPaintProbe::reportTrendsPainted()
{
    say("trends-painted " + QByteArray::number(double(m_trendsTimer.nsecsElapsed()) / 1e6, 'f', 2));
    if (!m_stay)
        QCoreApplication::exit(0);
}

} // namespace nd
