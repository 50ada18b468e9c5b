#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>
#include <memory>

// Installs the translators for the chosen language (the system locale when
// none is chosen): IQA Studio's own strings and Qt's standard dialogs.
// Widgets retranslate themselves on QEvent::LanguageChange.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    // Language codes with a translation, with their names in that language.
    static QList<QPair<QString, QString>> availableLanguages();

    // "" = system locale. Returns the code actually applied ("en" when the
    // wanted language has no translation).
    QString apply(const QString &code);

private:
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};
