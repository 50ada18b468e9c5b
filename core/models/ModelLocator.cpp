#include "models/ModelLocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace iqa {

ModelLocator::ModelLocator(QString userFolder) : m_userFolder(std::move(userFolder)) {}

QString ModelLocator::userDataFolder()
{
    // Generic rather than per-application, so the CLI and the GUI share it.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/iqa-studio/models");
}

QList<ModelLocator::Candidate> ModelLocator::candidates() const
{
    QList<Candidate> list;
    if (!m_userFolder.isEmpty())
        list.append({m_userFolder, QCoreApplication::translate("ModelLocator", "models folder setting")});
    const QString env = qEnvironmentVariable("IQA_STUDIO_MODELS");
    if (!env.isEmpty())
        list.append({env, QStringLiteral("IQA_STUDIO_MODELS")});
    list.append({userDataFolder(), QCoreApplication::translate("ModelLocator", "user data folder")});
    list.append({QDir::cleanPath(QStringLiteral(IQA_SHARED_DIR "/models")),
                 QCoreApplication::translate("ModelLocator", "source checkout")});
    return list;
}

Expected<QString> ModelLocator::find(const QString &relativePath) const
{
    QStringList searched;
    for (const Candidate &c : candidates()) {
        const QString path = QDir(c.folder).filePath(relativePath);
        if (QFileInfo(path).isFile())
            return QFileInfo(path).absoluteFilePath();
        searched << QStringLiteral("%1 (%2)").arg(QDir::toNativeSeparators(path), c.origin);
    }
    return Expected<QString>::failure(
        QCoreApplication::translate("ModelLocator",
                                    "Weights file %1 not found. Looked in: %2. Run scripts/fetch-models "
                                    "or set IQA_STUDIO_MODELS.")
            .arg(relativePath, searched.join(QStringLiteral("; "))));
}

} // namespace iqa
