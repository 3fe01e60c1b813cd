#pragma once

#include <QLocale>
#include <QStringList>

namespace nd {

// Loads the user-interface language: NerveDiary's own translations (built into the
// program from translations/*.ts, at :/i18n) and Qt's translations of its standard
// texts (buttons, dialogs), installed by qt6-translations-l10n.
//
// Fallback: the locale's UI languages in order (de_AT → de), and English (the source
// texts, with their plural forms from nervediary_en.qm) when none is available or its
// file is still empty. Qt's own translations
// are only loaded together with ours, so a window is never half in another language. Installing replaces the
// previous translators, and Qt sends QEvent::LanguageChange to every widget, so the window retranslates
// without a restart.
class Translator
{
public:
    // Installs the best translation for `locale`; returns the language used, e.g. "de"
    // or "en" when falling back to the source texts.
    static QString install(const QLocale &locale);
    // The user's choice in Settings: a language code ("de"), or empty for the system's.
    // Installs that translation and makes its locale the default, so dates and numbers
    // follow the chosen language too. Returns the language used.
    static QString applySetting(const QString &code);

    // "en" and the language codes whose built-in translation has any text, sorted.
    static QStringList availableLanguages();
    // The language currently in use ("en" until install() found a translation).
    static QString currentLanguage();
};

} // namespace nd
