#include "ProcessProbe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

namespace nd::bench {

using namespace Qt::StringLiterals;

ProcessProbe::ProcessProbe(const QString &scratchFolder) : m_scratch(scratchFolder) {}

QProcessEnvironment ProcessProbe::environment(bool stay) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"NERVEDIARY_REPORT_FIRST_PAINT"_s, stay ? u"stay"_s : u"1"_s);
    // A fresh settings folder for every run: no remembered page, no first-run dialog.
    const QString home = QDir(m_scratch).filePath(u"home"_s);
    QDir(home).removeRecursively();
    QDir().mkpath(home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    return env;
}

double ProcessProbe::timeToFirstPaint(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment(false));
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    double elapsed = -1;
    QByteArray output;
    while (process.waitForReadyRead(10000)) {
        output += process.readAllStandardOutput();
        if (output.contains("first-paint")) {
            elapsed = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    if (!process.waitForFinished(5000))
        process.kill();
    return elapsed;
}

double ProcessProbe::peakMemoryMb(const QString &program, const QStringList &arguments, int settleMs)
{
    QProcess process;
    process.setProcessEnvironment(environment(true));
    process.start(program, arguments);
    QByteArray output;
    bool painted = false;
    while (!painted && process.waitForReadyRead(10000)) {
        output += process.readAllStandardOutput();
        painted = output.contains("first-paint");
    }
    double megabytes = -1;
    if (painted) {
        QThread::msleep(quint64(settleMs));
        QFile status(u"/proc/%1/status"_s.arg(process.processId()));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    megabytes = line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
            }
        }
    }
    process.kill();
    process.waitForFinished(5000);
    return megabytes;
}

} // namespace nd::bench
