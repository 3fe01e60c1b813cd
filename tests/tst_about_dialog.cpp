// The About dialog and the intended-use text: what the app is and is not, the
// emergency advice always in view, the sources of the rules, big keyboard-usable
// controls, and retranslation without a restart.
#include "dialogs/AboutDialog.h"
#include "dialogs/IntendedUseView.h"
#include "guide/SelfCareGuide.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace nd;
using namespace Qt::StringLiterals;

namespace {

// Translates exactly one text, to prove the dialog follows a language change live.
class OneTextTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "nd::AboutDialog") == 0 && qstrcmp(sourceText, "About NerveDiary") == 0)
            return u"Über NerveDiary"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationVersion(u"1.2.3"_s);
    }

    void intendedUseSaysWhatTheAppIsAndIsNot_data()
    {
        QTest::addColumn<QString>("phrase");
        QTest::newRow("it is a personal diary") << u"personal diary"_s;
        QTest::newRow("it matches situations the guidance asks to report") << u"asks people to report"_s;
        QTest::newRow("it is not a diagnosis") << u"Not a diagnosis"_s;
        QTest::newRow("it does not replace the care team") << u"Not a substitute for your care team"_s;
        QTest::newRow("nobody monitors it") << u"Not monitored by anyone"_s;
        QTest::newRow("the grade is only an estimate") << u"not the official grade"_s;
        QTest::newRow("the thresholds are the project's own") << u"NerveDiary's own choices"_s;
        QTest::newRow("data stays local") << u"no network connections"_s;
    }

    void intendedUseSaysWhatTheAppIsAndIsNot()
    {
        QFETCH(QString, phrase);
        IntendedUseView view;
        QVERIFY2(view.bodyText().contains(phrase), qPrintable(view.bodyText()));
    }

    void everySourceOfTheRulesIsNamed()
    {
        IntendedUseView view;
        const QList<SelfCareGuide::Source> sources = SelfCareGuide::sources();
        QVERIFY(sources.size() >= 3);
        for (const SelfCareGuide::Source &source : sources) {
            QVERIFY2(view.bodyText().contains(source.title), qPrintable(source.title));
            QVERIFY2(view.bodyText().contains(source.publisher), qPrintable(source.publisher));
        }
    }

    void emergencyAdviceStaysInViewAboveTheText()
    {
        IntendedUseView view;
        view.resize(600, 300); // short: the body must scroll, the advice must not
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.emergencyText().contains(SelfCareGuide::emergencyAdvice()));
        auto *panel = view.findChild<QWidget *>(u"emergencyPanel"_s);
        auto *body = view.findChild<QTextBrowser *>(u"intendedUseText"_s);
        QVERIFY(panel && body);
        QVERIFY(panel->isVisible());
        QVERIFY(panel->geometry().bottom() <= body->geometry().top());
        QVERIFY(!view.bodyText().contains(SelfCareGuide::emergencyAdvice())); // said once, prominently
        QVERIFY(!body->toHtml().contains(u"href"_s));                         // nothing leads online
    }

    void aboutShowsNameVersionAndIcon()
    {
        AboutDialog dialog;
        QCOMPARE(dialog.windowTitle(), u"About NerveDiary"_s);
        auto *version = dialog.findChild<QLabel *>(u"aboutVersion"_s);
        QVERIFY(version && version->text().contains(u"1.2.3"_s));
        QVERIFY(!AboutDialog::applicationIcon().isNull()); // built into the program
        QVERIFY(dialog.findChild<IntendedUseView *>(u"intendedUse"_s));
    }

    void closeIsBigAndKeyboardOperable()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *close = dialog.findChild<QPushButton *>(u"aboutClose"_s);
        QVERIFY(close);
        QVERIFY(close->height() >= 44 && close->width() >= 44);
        QVERIFY(close->isDefault());
        // A picture for a person to look at (docs, reviews): NERVEDIARY_SCREENSHOT_DIR=folder.
        if (const QString folder = qEnvironmentVariable("NERVEDIARY_SCREENSHOT_DIR"); !folder.isEmpty())
            QVERIFY(dialog.grab().save(folder + u"/about-dialog.png"_s));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Return); // the default button closes
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void followsALanguageChangeWithoutReopening()
    {
        AboutDialog dialog;
        OneTextTranslator translator;
        QCoreApplication::installTranslator(&translator);
        QTRY_COMPARE(dialog.windowTitle(), u"Über NerveDiary"_s);
        QCoreApplication::removeTranslator(&translator);
        QTRY_COMPARE(dialog.windowTitle(), u"About NerveDiary"_s);
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_about_dialog.moc"
