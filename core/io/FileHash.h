#pragma once

#include <QString>

namespace iqa {

// SHA-256 of a file's bytes as lower-case hex: the identity of weights
// files in model cards and of stimulus files in rating studies. Empty on a
// read failure, with the reason in `error` when given.
QString sha256OfFile(const QString &path, QString *error = nullptr);

} // namespace iqa
