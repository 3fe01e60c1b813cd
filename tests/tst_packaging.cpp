// Desktop integration and the Debian package: the generated .desktop and AppStream
// files pass the freedesktop validators, `cmake --install` puts every file where
// desktops look for it, and CPack builds a .deb with those files and with its
// library dependencies found automatically.
//
// Needs desktop-file-validate, appstreamcli, dpkg-deb (scripts/setup.sh --test
// installs them): skipped without them, except under CI where that is a failure.
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kAppId = QStringLiteral(NERVEDIARY_APP_ID);
const QList<int> kIconSizes = {16, 24, 32, 48, 64, 128, 256};

struct Run
{
    int exitCode = -1;
    QString output; // standard output and error together
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    process.waitForFinished(240000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The files every installation must have, relative to the prefix.
QStringList expectedFiles()
{
    QStringList files = {
        u"bin/nervediary"_s,
        "share/applications/"_L1 + kAppId + ".desktop"_L1,
        "share/metainfo/"_L1 + kAppId + ".metainfo.xml"_L1,
        "share/icons/hicolor/scalable/apps/"_L1 + kAppId + ".svg"_L1,
        u"share/doc/nervediary/intended-use.md"_s,
        u"share/doc/nervediary/fhir.md"_s,
        u"share/doc/nervediary/reminders.md"_s,
        u"share/doc/nervediary/README.md"_s,
    };
    for (int size : kIconSizes)
        files.append(u"share/icons/hicolor/%1x%1/apps/"_s.arg(size) + kAppId + ".png"_L1);
    return files;
}

// Folders a NerveDiary file may be installed into; anything else is a packaging mistake.
bool isExpectedFolder(const QString &relativePath)
{
    static const QStringList folders = {u"bin/"_s, u"share/applications/"_s, u"share/metainfo/"_s,
                                        u"share/icons/hicolor/"_s, u"share/doc/nervediary/"_s};
    return std::any_of(folders.begin(), folders.end(),
                       [&](const QString &folder) { return relativePath.startsWith(folder); });
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

// Finds a tool on PATH; a missing tool skips the test, or fails it under CI.
#define REQUIRE_TOOL(variable, name)                                                                         \
    const QString variable = QStandardPaths::findExecutable(name);                                           \
    if (variable.isEmpty()) {                                                                                \
        if (!qEnvironmentVariableIsEmpty("CI"))                                                              \
            QFAIL(qPrintable(name + u" is missing (bash scripts/setup.sh --test installs it)"_s));           \
        QSKIP(qPrintable(name + u" is not installed"_s));                                                    \
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
    }

    void desktopFilePassesTheValidator()
    {
        REQUIRE_TOOL(validator, u"desktop-file-validate"_s);
        const Run result = run(validator, {QStringLiteral(NERVEDIARY_DESKTOP_FILE)});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QVERIFY2(result.output.trimmed().isEmpty(), qPrintable(result.output)); // not even hints

        const QString text = readText(QStringLiteral(NERVEDIARY_DESKTOP_FILE));
        QVERIFY(text.contains(u"\nExec=nervediary\n"_s));
        QVERIFY(text.contains("\nIcon="_L1 + kAppId + u'\n'));
        QVERIFY(!text.contains(u'@')); // every @VARIABLE@ was filled in
    }

    void metainfoPassesTheValidator()
    {
        REQUIRE_TOOL(appstream, u"appstreamcli"_s);
        const Run result =
            run(appstream, {u"validate"_s, u"--no-net"_s, QStringLiteral(NERVEDIARY_METAINFO_FILE)});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));

        const QString text = readText(QStringLiteral(NERVEDIARY_METAINFO_FILE));
        QVERIFY(text.contains("<id>"_L1 + kAppId + "</id>"_L1));
        QVERIFY(text.contains("<launchable type=\"desktop-id\">"_L1 + kAppId + ".desktop</launchable>"_L1));
        QVERIFY(text.contains(u"<release version=\"%1\""_s.arg(QStringLiteral(NERVEDIARY_VERSION))));
        QVERIFY(text.contains(u"<content_rating type=\"oars-1.1\""_s));
        QVERIFY(text.count(u"<screenshot"_s) >= 3); // <screenshots> and at least two images
        QVERIFY(text.contains(u"does not diagnose"_s));
        QVERIFY(!text.contains(u"@NERVEDIARY"_s));
    }

    void installPutsEveryFileInPlace()
    {
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        const Run result =
            run(QStringLiteral(CMAKE_COMMAND),
                {u"--install"_s, QStringLiteral(NERVEDIARY_BUILD_DIR), u"--prefix"_s, prefix.path()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));

        const QDir root(prefix.path());
        for (const QString &file : expectedFiles())
            QVERIFY2(QFileInfo::exists(root.filePath(file)), qPrintable(file));
        QVERIFY(QFileInfo(root.filePath(u"bin/nervediary"_s)).isExecutable());
        for (int size : kIconSizes) {
            const QImage icon(
                root.filePath(u"share/icons/hicolor/%1x%1/apps/"_s.arg(size) + kAppId + ".png"_L1));
            QCOMPARE(icon.size(), QSize(size, size));
            QVERIFY(icon.hasAlphaChannel()); // rounded corners, not a square on white
        }

        QDirIterator it(prefix.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString relative = root.relativeFilePath(it.next());
            QVERIFY2(isExpectedFolder(relative), qPrintable(relative));
        }
    }

    void debianPackageHoldsTheFilesAndFindsItsDependencies()
    {
        REQUIRE_TOOL(dpkgDeb, u"dpkg-deb"_s);
        REQUIRE_TOOL(shlibdeps, u"dpkg-shlibdeps"_s);
        QTemporaryDir output;
        QVERIFY(output.isValid());
        const Run packed =
            run(QStringLiteral(CPACK_COMMAND),
                {u"-G"_s, u"DEB"_s, u"--config"_s,
                 QStringLiteral(NERVEDIARY_BUILD_DIR) + u"/CPackConfig.cmake"_s, u"-B"_s, output.path()});
        QVERIFY2(packed.exitCode == 0, qPrintable(packed.output));
        const QStringList debs =
            QDir(output.path()).entryList({u"nervediary_%1_*.deb"_s.arg(QStringLiteral(NERVEDIARY_VERSION))});
        QCOMPARE(debs.size(), 1);
        const QString deb = QDir(output.path()).filePath(debs.first());

        const Run contents = run(dpkgDeb, {u"--contents"_s, deb});
        QCOMPARE(contents.exitCode, 0);
        QStringList files;
        for (const QString &line : contents.output.split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(u'-')) // regular files; directories start with 'd'
                files.append(line.section(u' ', -1).remove(0, 2)); // "./usr/bin/x" → "usr/bin/x"
        }
        for (const QString &file : expectedFiles())
            QVERIFY2(files.contains("usr/"_L1 + file), qPrintable(file + u"\n"_s + contents.output));
        for (const QString &file : std::as_const(files))
            QVERIFY2(file.startsWith(u"usr/"_s) && isExpectedFolder(file.mid(4)), qPrintable(file));

        const Run control = run(dpkgDeb, {u"--field"_s, deb, u"Package"_s, u"Depends"_s, u"Recommends"_s});
        QCOMPARE(control.exitCode, 0);
        QVERIFY2(control.output.contains(u"Package: nervediary"_s), qPrintable(control.output));
        // Found by dpkg-shlibdeps from the binary, with versions.
        for (const QString &library : {u"libqt6widgets6 (>="_s, u"libqt6core6 (>="_s, u"libsqlite3-0 (>="_s})
            QVERIFY2(control.output.contains(library), qPrintable(library + u"\n"_s + control.output));
        QVERIFY(control.output.contains(u"libqt6svg6"_s));
        QVERIFY(!control.output.contains(u"libqt6sql6"_s)); // SQLite through its C API
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
