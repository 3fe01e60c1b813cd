// Translator: the built-in translation files, fallback along the locale's languages
// and to English, replacing the installed translation (no stacking), and never
// switching to a language whose translation is still empty.
#include "i18n/Translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>
#include <QTranslator>

using namespace nd;
using namespace Qt::StringLiterals;

namespace {

// True when the built-in translation of `language` has any text yet.
bool isWritten(const QString &language)
{
    QTranslator translator;
    return translator.load(u":/i18n/nervediary_%1.qm"_s.arg(language)) && !translator.isEmpty();
}

} // namespace

class TestTranslator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void cleanup() { Translator::install(QLocale(QLocale::English)); }

    void theThreeTranslationFilesAreBuiltIn()
    {
        // and English's plural forms ("1 flag", "2 flags"), which add no language of their own
        QCOMPARE(QDir(u":/i18n"_s).entryList({u"nervediary_*.qm"_s}),
                 (QStringList{u"nervediary_de.qm"_s, u"nervediary_en.qm"_s, u"nervediary_es.qm"_s,
                              u"nervediary_fr.qm"_s}));
        QStringList expected = {u"en"_s};
        for (const QString &language : {u"de"_s, u"es"_s, u"fr"_s}) {
            if (isWritten(language))
                expected.append(language);
        }
        expected.sort();
        QCOMPARE(Translator::availableLanguages(), expected);
    }

    void installPicksTheBestLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("German in Germany gets German") << u"de_DE"_s << u"de"_s;
        QTest::newRow("German in Austria falls back to German") << u"de_AT"_s << u"de"_s;
        QTest::newRow("Spanish in Mexico falls back to Spanish") << u"es_MX"_s << u"es"_s;
        QTest::newRow("French in Canada falls back to French") << u"fr_CA"_s << u"fr"_s;
        QTest::newRow("English needs no translation") << u"en_GB"_s << u"en"_s;
        QTest::newRow("a language without translation falls back to English") << u"ja_JP"_s << u"en"_s;
    }

    void installPicksTheBestLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        // A translation not written yet must not be switched to (Qt's buttons would
        // change language and ours not): English until it is.
        const QString expected = language == "en"_L1 || isWritten(language) ? language : u"en"_s;
        QCOMPARE(Translator::install(QLocale(locale)), expected);
        QCOMPARE(Translator::currentLanguage(), expected);
    }

    void switchingLanguagesReplacesTheTranslation()
    {
        Translator::install(QLocale(u"de_DE"_s));
        Translator::install(QLocale(u"fr_FR"_s));
        QCOMPARE(Translator::install(QLocale(u"ja_JP"_s)), u"en"_s);
        QCOMPARE(Translator::currentLanguage(), u"en"_s);
        // Nothing of ours is left installed: a known text comes back untranslated.
        QCOMPARE(QCoreApplication::translate("nd::AboutDialog", "About NerveDiary"), u"About NerveDiary"_s);
    }
};

QTEST_MAIN(TestTranslator)
#include "tst_translator.moc"
