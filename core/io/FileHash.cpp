#include "io/FileHash.h"

#include <QCryptographicHash>
#include <QFile>

namespace iqa {

QString sha256OfFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return QString();
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        if (error)
            *error = file.errorString();
        return QString();
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace iqa
