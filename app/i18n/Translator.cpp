#include "Translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1String kSourceLanguage{"en"};

struct Installed
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString language{kSourceLanguage};
};

// English needs only the plural forms of its "%n" texts: every other text is looked up
// nowhere, so the window's thousand texts cost no search in it.
class EnglishPlurals : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        return n < 0 ? QString() : QTranslator::translate(context, sourceText, disambiguation, n);
    }
};

Installed &installed()
{
    static Installed state;
    return state;
}

void remove(std::unique_ptr<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}

} // namespace

QString Translator::install(const QLocale &locale)
{
    Installed &state = installed();
    remove(state.app);
    remove(state.qt);
    state.language = kSourceLanguage;

    // QTranslator::load(QLocale, ...) walks the locale's UI languages (de-AT, de, ...).
    auto app = std::make_unique<QTranslator>();
    // An empty file (a language whose translation is not written yet) counts as missing.
    if (locale.language() != QLocale::English && app->load(locale, u"nervediary"_s, u"_"_s, u":/i18n"_s) &&
        !app->isEmpty()) {
        // ":/i18n/nervediary_de.qm" → "de"
        state.language = QFileInfo(app->filePath()).completeBaseName().section(u'_', 1);
        QCoreApplication::installTranslator(app.get());
        state.app = std::move(app);

        // Qt's own texts only with ours, so a window is never half in another language.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            state.qt = std::move(qt);
        }
    }
    if (!state.app) {
        // English: the source texts, with the plural forms that "%n flag(s)" stands for.
        auto plurals = std::make_unique<EnglishPlurals>();
        if (plurals->load(u":/i18n/nervediary_en.qm"_s)) {
            QCoreApplication::installTranslator(plurals.get());
            state.app = std::move(plurals);
        }
    }
    return state.language;
}

QString Translator::applySetting(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    return install(locale);
}

QStringList Translator::availableLanguages()
{
    QStringList languages = {kSourceLanguage};
    const QStringList files = QDir(u":/i18n"_s).entryList({u"nervediary_*.qm"_s}, QDir::Files);
    for (const QString &file : files) {
        QTranslator translator;
        if (!translator.load(u":/i18n/"_s + file) || translator.isEmpty())
            continue;
        // nervediary_de.qm → de
        const QString code = QFileInfo(file).completeBaseName().section(u'_', 1);
        if (!languages.contains(code))
            languages.append(code);
    }
    languages.sort();
    return languages;
}

QString Translator::currentLanguage()
{
    return installed().language;
}

} // namespace nd
