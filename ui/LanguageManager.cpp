#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

QList<QPair<QString, QString>> LanguageManager::availableLanguages()
{
    // Endonyms on purpose: a user who cannot read the current language must
    // still find their own.
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

QString LanguageManager::apply(const QString &code)
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();

    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    QString language = QLocale::languageToCode(locale.language());
    auto app = std::make_unique<QTranslator>();
    if (language.isEmpty() || !app->load(QStringLiteral(":/i18n/iqa_studio_%1.qm").arg(language))) {
        language = QStringLiteral("en");
        // English is the source language; its file only carries plural forms.
        if (!app->load(QStringLiteral(":/i18n/iqa_studio_en.qm")))
            return language;
    }
    QCoreApplication::installTranslator(app.get());
    m_appTranslator = std::move(app);
    if (language == QLatin1String("en"))
        return language;  // Qt's own dialogs are English already

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qtTranslator = std::move(qt);
    }
    return language;
}
