// nervediary: with a command it runs that command; with none it opens the window.
#include "FirstPaintProbe.h"
#include "FontWarmUp.h"
#include "WindowLauncher.h"
#include "cli/CommandLine.h"
#include "config/AppSettings.h"
#include "i18n/Translator.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLocale>

#include <cstdio>

#include <sys/stat.h>

namespace {
// On the command line only our own messages and real errors reach standard error:
// Qt's start-up notes (e.g. about XDG_RUNTIME_DIR) would break "one clear line per error".
void quietMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool ours = context.category && qstrncmp(context.category, "nervediary", 10) == 0;
    if (type == QtCriticalMsg || type == QtFatalMsg || ours)
        fprintf(stderr, "%s\n", qPrintable(message));
}
} // namespace

int main(int argc, char *argv[])
{
    // Everything this program creates holds health data: user-only by default.
    ::umask(077);
    QCoreApplication::setOrganizationName(QStringLiteral("NerveDiary"));
    QCoreApplication::setApplicationName(QStringLiteral("NerveDiary"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NERVEDIARY_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (arguments.value(1) == QStringLiteral("remind")) {
        // The reminder speaks to the person in the window's language, and starts fast
        // (a plain core application, no platform plugin): it runs every day from a timer.
        qInstallMessageHandler(quietMessageHandler);
        QCoreApplication app(argc, argv);
        nd::Translator::applySetting(nd::AppSettings().language());
        return nd::runCommandLine(arguments);
    }
    if (nd::isCommandInvocation(arguments)) {
        // Commands need no display; the offscreen platform still lets them paint PDFs.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietMessageHandler);
        QGuiApplication app(argc, argv);
        // Commands speak English with plain numbers (6.3) and ISO dates, whatever the
        // system's language: their output is read by scripts as well as by people.
        QLocale::setDefault(QLocale::c());
        nd::Translator::install(QLocale(QLocale::English)); // "1 problem", "2 problems"
        return nd::runCommandLine(arguments);
    }
    // --help and --version only print: they must work without a display (servers, CI, ssh).
    const bool onlyPrints =
        arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v")) ||
        arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
    if (onlyPrints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    else
        nd::FontWarmUp::start(); // beside creating the application and opening the diary
    QApplication app(argc, argv);
    // Lets Wayland and desktop shells match the window to its .desktop file and icon (packaging/).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.nervediary.NerveDiary"));
    nd::FirstPaintProbe::installIfRequested();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "NerveDiary"));
    return nd::runWindow(arguments);
}
