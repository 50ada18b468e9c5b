#pragma once

// Small helpers shared by the Qt Test executables.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include "image/Image.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <vector>

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

// Encodes an OpenCV image (BGR order) in the format the path's suffix names
// and writes it through Qt, so that non-ASCII paths work.
inline bool writeImageFile(const QString &path, const cv::Mat &bgr)
{
    const QString suffix = path.section(QLatin1Char('.'), -1).toLower();
    std::vector<uchar> bytes;
    return cv::imencode(("." + suffix).toStdString(), bgr, bytes)
        && writeFile(path, QByteArray(reinterpret_cast<const char *>(bytes.data()), int(bytes.size())));
}

// A textured image (blurred uniform noise) and a blurrier copy of it: a pair
// that every metric finds alike but not equal. CV_8UC3.
struct TexturedPair
{
    cv::Mat reference;
    cv::Mat distorted;
};

inline TexturedPair texturedPair(int width, int height, double textureSigma = 3.0, double blurSigma = 2.0)
{
    TexturedPair pair;
    pair.reference.create(height, width, CV_8UC3);
    cv::randu(pair.reference, 0, 255);
    cv::GaussianBlur(pair.reference, pair.reference, {0, 0}, textureSigma);
    cv::GaussianBlur(pair.reference, pair.distorted, {0, 0}, blurSigma);
    return pair;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// An 8-bit RGB matrix as the Image a loader would have made of it.
inline Image rgbImage(const cv::Mat &rgb8)
{
    Image image;
    image.rgb = rgb8;
    image.sourceChannels = 3;
    image.bitDepth = 8;
    return image;
}

// The first `count` photos of the shared BIQ2021 test split (absolute
// paths): content no shipped model was trained on.
inline QStringList biq2021TestPhotos(int count)
{
    const QString images = sharedData() + QStringLiteral("/biq2021/images/");
    QStringList paths;
    const QList<QByteArray> lines = readFile(sharedData() + QStringLiteral("/biq2021/labels.csv")).split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().endsWith(",test") && paths.size() < count)
            paths << images + QString::fromUtf8(line.left(line.indexOf(',')));
    }
    return paths;
}

// What a finished program printed and how it ended (exitCode -1: crashed or
// timed out).
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline Run runProgram(const QString &program, const QStringList &arguments, int timeoutMs = 300000)
{
    QProcess process;
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The `iqa` command built with the tests.
inline Run runIqa(const QStringList &arguments)
{
    return runProgram(cliPath(), arguments);
}

} // namespace iqa::test
