#include "ProcessProbe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <optional>

namespace nd::bench {

using namespace Qt::StringLiterals;

namespace {

// Reads the process's output until a line starting with `prefix` arrives (or it ends or
// 20 s pass); returns the rest of that line, or nothing.
std::optional<QByteArray> waitForLine(QProcess &process, const QByteArray &prefix,
                                      QElapsedTimer *timer = nullptr, double *elapsedMs = nullptr)
{
    QByteArray output;
    while (process.waitForReadyRead(20000)) {
        output += process.readAllStandardOutput();
        const qsizetype at = output.indexOf(prefix);
        if (at < 0)
            continue;
        if (timer && elapsedMs)
            *elapsedMs = double(timer->nsecsElapsed()) / 1e6;
        const qsizetype end = output.indexOf('\n', at);
        if (end < 0) { // the rest of the line is on its way
            process.waitForReadyRead(2000);
            output += process.readAllStandardOutput();
        }
        return output.mid(at + prefix.size()).split('\n').value(0).trimmed();
    }
    return std::nullopt;
}

void stop(QProcess &process)
{
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace

ProcessProbe::ProcessProbe(const QString &scratchFolder) : m_scratch(scratchFolder) {}

QProcessEnvironment ProcessProbe::environment(const QString &probeMode) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"NERVEDIARY_REPORT_FIRST_PAINT"_s, probeMode);
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
    process.setProcessEnvironment(environment(u"1"_s));
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    double elapsed = -1;
    if (!waitForLine(process, "first-paint", &timer, &elapsed))
        elapsed = -1;
    stop(process);
    return elapsed;
}

double ProcessProbe::trendsAllPaintedMs(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment(u"trends"_s));
    process.start(program, arguments);
    const std::optional<QByteArray> ms = waitForLine(process, "trends-painted");
    stop(process);
    bool ok = false;
    const double value = ms ? ms->toDouble(&ok) : -1;
    return ok ? value : -1;
}

double ProcessProbe::peakMemoryMb(const QString &program, const QStringList &arguments, int settleMs)
{
    QProcess process;
    process.setProcessEnvironment(environment(u"trends-stay"_s));
    process.start(program, arguments);
    double megabytes = -1;
    if (waitForLine(process, "trends-painted")) {
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

double ProcessProbe::remindMs(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = environment(QString());
    env.remove(u"QT_QPA_PLATFORM"_s); // it needs no display, and must not ask for one
    env.remove(u"DISPLAY"_s);
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, QStringList{u"remind"_s} + arguments);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace nd::bench
