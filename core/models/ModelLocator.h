#pragma once

#include "common/Expected.h"

#include <QString>
#include <QStringList>

namespace iqa {

// Finds pre-trained weight files. Search order (first hit wins):
//  1. a folder the user named (command line --models or the GUI setting),
//  2. the IQA_STUDIO_MODELS environment variable,
//  3. the user data folder ($XDG_DATA_HOME/iqa-studio/models, where
//     scripts/fetch-models puts downloads),
//  4. ../shared/models beside the source checkout the program was built from.
class ModelLocator
{
public:
    explicit ModelLocator(QString userFolder = QString());

    // The folders in search order, with the reason each is searched.
    struct Candidate { QString folder; QString origin; };
    QList<Candidate> candidates() const;

    // `relativePath` such as "taef2/taef2_encoder.safetensors". The error
    // lists every folder that was searched.
    Expected<QString> find(const QString &relativePath) const;

    static QString userDataFolder();

private:
    QString m_userFolder;
};

} // namespace iqa
