// Translator: the built-in languages, fallback along the locale's languages and to
// English, and replacing the installed translation (no stacking).
#include "i18n/Translator.h"

#include <QCoreApplication>
#include <QTest>

using namespace nd;
using namespace Qt::StringLiterals;

class TestTranslator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void cleanup() { Translator::install(QLocale(QLocale::English)); }

    void theThreeTranslationsAreBuiltIn()
    {
        QCOMPARE(Translator::availableLanguages(), (QStringList{u"de"_s, u"en"_s, u"es"_s, u"fr"_s}));
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
        QCOMPARE(Translator::install(QLocale(locale)), language);
        QCOMPARE(Translator::currentLanguage(), language);
    }

    void switchingLanguagesReplacesTheTranslation()
    {
        QCOMPARE(Translator::install(QLocale(u"de_DE"_s)), u"de"_s);
        QCOMPARE(Translator::install(QLocale(u"fr_FR"_s)), u"fr"_s);
        QCOMPARE(Translator::install(QLocale(u"ja_JP"_s)), u"en"_s);
        QCOMPARE(Translator::currentLanguage(), u"en"_s);
    }
};

QTEST_MAIN(TestTranslator)
#include "tst_translator.moc"
