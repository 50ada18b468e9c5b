#pragma once

// Small helpers shared by the Qt Test executables.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace iqa::test {

inline QString sharedDir() { return QStringLiteral(IQA_SHARED_DIR); }
inline QString sharedModels() { return sharedDir() + QStringLiteral("/models"); }
inline QString sharedData() { return sharedDir() + QStringLiteral("/data"); }
inline QString testDataDir() { return QStringLiteral(IQA_TEST_DATA_DIR); }
inline QString cliPath() { return QStringLiteral(IQA_CLI_PATH); }

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace iqa::test
