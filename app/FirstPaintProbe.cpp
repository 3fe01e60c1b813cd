#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace nd {

void FirstPaintProbe::installIfRequested()
{
    const QByteArray mode = qgetenv("NERVEDIARY_REPORT_FIRST_PAINT");
    if (mode.isEmpty())
        return;
    auto *probe = new FirstPaintProbe;
    probe->m_stay = mode == "stay";
    probe->setParent(QCoreApplication::instance());
    QCoreApplication::instance()->installEventFilter(probe);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint && qobject_cast<QMainWindow *>(watched)) {
        m_seen = true;
        // Children paint in the same pass; report once the pass is over.
        QTimer::singleShot(0, this, [this] {
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            if (!m_stay)
                QCoreApplication::exit(0);
        });
    }
    return false;
}

} // namespace nd
