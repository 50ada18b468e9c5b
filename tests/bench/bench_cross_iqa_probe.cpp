// Does a Cross-IQA transformer's class token carry the degradation level?
// The question behind issue 6's "the pre-trained class token separates
// degradation levels", asked of the frozen features directly rather than
// through a head fitted to one data set's MOS:
//
//   For N held-out photos (256 x 256 centre crops), each as is and degraded
//   by one type of the bank at levels 1, 3 and 5, fit the Cross-IQA head
//   (ridge on the class token, trainCrossIqaHead, one centre tile) to the
//   label -level, one fit per type, and report its 5-fold cross-validated
//   SRCC. 1 means the level can be read off the class token linearly; 0
//   means it cannot. Folds are drawn by image, so other levels of the same
//   photo sit in the training folds: this is an upper bound of what a head
//   could read across content, meant for comparing transformers.
//
//   bench_cross_iqa_probe --labels CSV [--images-dir DIR] [--split test] [--photos 60] [--work DIR]
//                         [--checkpoint C]... [--random-init SEED]... [--json]
//
// --checkpoint "default" is the checkpoint compiled into the program (the
// default when neither option is given). Each transformer gets one row.

#include "image/Degradations.h"
#include "image/ImageLoader.h"
#include "io/LabelCsv.h"
#include "models/CrossIqaModel.h"
#include "training/CrossIqaHeadTrainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>
#include <optional>

namespace {

constexpr int kSide = 256;
constexpr int kLevels[] = {1, 3, 5};
const iqa::DegradationType kTypes[] = {
    iqa::DegradationType::GaussianBlur, iqa::DegradationType::MotionBlur, iqa::DegradationType::GaussianNoise,
    iqa::DegradationType::ImpulseNoise, iqa::DegradationType::Jpeg,      iqa::DegradationType::Pixelation,
    iqa::DegradationType::Darken,       iqa::DegradationType::ContrastLoss};

struct Transformer
{
    QString name;
    QString checkpoint;                // empty with randomInit
    std::optional<quint64> randomInit;
};

bool writeRgb(const QString &path, const cv::Mat &rgb)
{
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    return cv::imwrite(QFile::encodeName(path).toStdString(), bgr);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_cross_iqa_probe: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("labels"), QStringLiteral("image,mos,split CSV of the photos."), QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("images-dir"), QStringLiteral("Folder the CSV's relative paths start from (default: the CSV's)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("split"), QStringLiteral("Rows of this split only (default test)."), QStringLiteral("NAME"), QStringLiteral("test")});
    parser.addOption({QStringLiteral("photos"), QStringLiteral("Photos to use (default 60)."), QStringLiteral("N"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("work"), QStringLiteral("Folder for the degraded images (default: a temporary one)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("checkpoint"), QStringLiteral("A transformer to probe; 'default' for the compiled-in one."), QStringLiteral("C")});
    parser.addOption({QStringLiteral("random-init"), QStringLiteral("A randomly initialised transformer with this seed."), QStringLiteral("SEED")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("One JSON object per transformer and line.")});
    parser.process(app);

    if (!parser.isSet(QStringLiteral("labels")))
        return fail(QStringLiteral("--labels is required"));
    auto labels = iqa::LabelCsv::read(parser.value(QStringLiteral("labels")), parser.value(QStringLiteral("images-dir")));
    if (!labels)
        return fail(labels.error());
    labels->keepSplit(parser.value(QStringLiteral("split")));
    const int photos = parser.value(QStringLiteral("photos")).toInt();
    if (photos < 10)
        return fail(QStringLiteral("--photos must be at least 10"));

    QVector<Transformer> transformers;
    for (const QString &c : parser.values(QStringLiteral("checkpoint"))) {
        const bool shipped = c == QLatin1String("default");
        transformers.push_back({shipped ? QStringLiteral("default checkpoint") : c,
                                shipped ? iqa::CrossIqaModel::defaultCheckpointPath() : c, std::nullopt});
    }
    for (const QString &s : parser.values(QStringLiteral("random-init")))
        transformers.push_back({QStringLiteral("random init, seed %1").arg(s), QString(), s.toULongLong()});
    if (transformers.isEmpty())
        transformers.push_back({QStringLiteral("default checkpoint"), iqa::CrossIqaModel::defaultCheckpointPath(), std::nullopt});

    QTemporaryDir temporary;
    const QString work = parser.isSet(QStringLiteral("work")) ? parser.value(QStringLiteral("work")) : temporary.path();
    if (!QDir().mkpath(work))
        return fail(QStringLiteral("cannot create %1").arg(work));

    // One CSV per type: the clean crops and that type's three levels.
    QMap<iqa::DegradationType, QStringList> rows;
    const iqa::ImageLoader loader;
    int used = 0;
    for (int i = 0; i < labels->rows.size() && used < photos; ++i) {
        auto image = loader.load(labels->rows[i].image);
        if (!image || image->width() < kSide || image->height() < kSide)
            continue;
        cv::Mat rgb = image->rgb(cv::Rect((image->width() - kSide) / 2, (image->height() - kSide) / 2, kSide, kSide)).clone();
        if (rgb.depth() != CV_8U)
            rgb.convertTo(rgb, CV_8U, 1.0 / 257.0);
        const QString clean = QStringLiteral("p%1-clean.png").arg(used);
        if (!writeRgb(work + QLatin1Char('/') + clean, rgb))
            return fail(QStringLiteral("cannot write into %1").arg(work));
        for (const iqa::DegradationType type : kTypes) {
            rows[type] << QStringLiteral("%1,0").arg(clean);
            for (const int level : kLevels) {
                auto degraded = iqa::degrade(rgb, type, level, quint64(used));
                if (!degraded)
                    return fail(degraded.error());
                const QString name = QStringLiteral("p%1-%2-%3.png").arg(used).arg(iqa::degradationInfo(type).id).arg(level);
                if (!writeRgb(work + QLatin1Char('/') + name, *degraded))
                    return fail(QStringLiteral("cannot write into %1").arg(work));
                rows[type] << QStringLiteral("%1,%2").arg(name).arg(-level);
            }
        }
        ++used;
    }
    if (used < photos)
        return fail(QStringLiteral("only %1 usable photos of at least %2 x %2 pixels").arg(used).arg(kSide));
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QFile csv(work + QStringLiteral("/%1.csv").arg(iqa::degradationInfo(it.key()).id));
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(csv.errorString());
        QTextStream(&csv) << "image,mos\n" << it.value().join(QLatin1Char('\n')) << '\n';
    }

    const bool json = parser.isSet(QStringLiteral("json"));
    if (!json) {
        QString header = QStringLiteral("| transformer |"), rule = QStringLiteral("|---|");
        for (const iqa::DegradationType type : kTypes) {
            header += QLatin1Char(' ') + iqa::degradationInfo(type).id + QStringLiteral(" |");
            rule += QStringLiteral("---|");
        }
        std::printf("%d photos x (clean + levels 1, 3, 5) per type; 5-fold CV SRCC of the head against -level\n%s\n%s\n",
                    used, qPrintable(header), qPrintable(rule));
    }
    for (const Transformer &t : transformers) {
        QJsonObject record{{QStringLiteral("transformer"), t.name}, {QStringLiteral("photos"), used}};
        QString line = QStringLiteral("| %1 |").arg(t.name);
        for (const iqa::DegradationType type : kTypes) {
            iqa::CrossIqaHeadOptions o;
            o.labelsPath = work + QStringLiteral("/%1.csv").arg(iqa::degradationInfo(type).id);
            o.checkpointPath = t.checkpoint;
            o.randomInitSeed = t.randomInit;
            o.crops = 1;
            o.outPath = work + QStringLiteral("/head.safetensors");
            auto result = iqa::trainCrossIqaHead(o);
            if (!result)
                return fail(result.error());
            const std::optional<double> srcc = result->crossValidated.srcc;
            record.insert(iqa::degradationInfo(type).id, srcc ? QJsonValue(*srcc) : QJsonValue());
            line += srcc ? QStringLiteral(" %1 |").arg(*srcc, 0, 'f', 2) : QStringLiteral(" n/a |");
        }
        std::printf("%s\n", json ? QJsonDocument(record).toJson(QJsonDocument::Compact).constData() : qPrintable(line));
        std::fflush(stdout);
    }
    return 0;
}
