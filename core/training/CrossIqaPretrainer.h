#pragma once

#include "common/Expected.h"

#include <QString>
#include <QStringList>

#include <opencv2/core/mat.hpp>

#include <functional>

namespace iqa {

// Pre-training of Cross-IQA's transformer without labels (DESIGN.md 2.2,
// docs/models/cross-iqa.md): two views A = d1(x), B = d2(y) of different
// photos with different degradations from the bank go through the shared
// encoder; the shared decoder rebuilds d2(x) from (content of A, quality
// token of B) and d1(y) from (content of B, quality token of A), and each
// view from its own tokens. Pixel MSE on all four.
struct CrossIqaPretrainOptions
{
    QStringList imagePaths;         // the photos views are cut from (no labels needed)
    QString outPath;                // checkpoint .safetensors; OUT.json, OUT.previews/, OUT.resume/ beside it
    QString startPath;              // optional: start from this Cross-IQA checkpoint's weights
    int steps = 3000;
    int batchSize = 16;             // pairs per step (each pair is 4 views to rebuild)
    double learningRate = 5e-4;     // AdamW, linear warm-up then cosine decay
    double weightDecay = 0.05;
    int warmupSteps = 100;
    int checkpointEvery = 100;      // steps between checkpoints, previews and resume states
    double identityShare = 0.1;     // share of views left undegraded (the bank's identity)
    quint64 seed = 1;
    bool resume = false;            // continue from OUT.resume/ when it exists
    // q modulates the decoder, which also predicts each patch's variance, and
    // a probe reads the degradation from q (CrossIqaShape::modulatedDecoder).
    // A start checkpoint without these layers gets them added.
    bool conditionedDecoder = false;
    // With the conditioned decoder: the share of content tokens hidden from
    // the decoder in each reconstruction (0: none).
    double hiddenShare = 0;
    // Weight of the patches' spectral-power term next to the pixel MSE
    // (crossReconstructionLosses; 0: none).
    double spectrumWeight = 0;
    // With the conditioned decoder: weight of the probe's level difference
    // between two views of one photo (crossReconstructionLosses; 0: none).
    double samePhotoWeight = 0;
    QString device = QStringLiteral("cpu");
    QString commandLine;            // recorded in OUT.json
};

struct CrossIqaPretrainProgress
{
    int step = 0;
    int steps = 0;
    double loss = 0;          // mean over the steps since the last report
    double crossLoss = 0;     // the swapped reconstructions
    double selfLoss = 0;      // the self-reconstructions
    bool conditionedDecoder = false;  // the two terms below exist
    double spreadLoss = 0;    // the predicted variance's negative log-likelihood
    double degradationLoss = 0;  // the probe on q: type cross-entropy + level error
    double spectrumLoss = 0;  // the patches' spectral-power distance (0 unless asked for)
    double samePhotoLoss = 0; // the probe's level difference on one photo's two views (0 unless asked for)
    double viewsPerSecond = 0;
    double secondsLeft = 0;
};

struct CrossIqaPretrainCallbacks
{
    std::function<void(const QString &)> note;
    std::function<void(int done, int total)> loading;
    std::function<void(const CrossIqaPretrainProgress &)> progress;
    std::function<void(const QString &checkpoint, const QString &preview)> checkpoint;
    std::function<bool()> cancelled;  // polled every step; the last checkpoint stays
};

struct CrossIqaPretrainResult
{
    QString checkpointPath;
    QString metadataPath;
    QString previewPath;   // the last reconstruction preview
    int steps = 0;            // steps run, including any after the last checkpoint
    int checkpointStep = 0;   // the step the checkpoint at checkpointPath holds (0: none written)
    double finalLoss = 0;
    double seconds = 0;
    int images = 0;
    QStringList skipped;   // "<file>: <reason>"
    bool cancelled = false;
};

// The images of a folder (not recursive; every format ImageLoader reads) or
// of an image,mos[,split] CSV, optionally only the rows whose split column
// equals `split`; a CSV's relative paths start from `baseFolder` (default:
// the CSV's folder). Fails naming the folder or file when none are found.
Expected<QStringList> collectPretrainImages(const QString &folderOrCsv, const QString &split = QString(),
                                            const QString &baseFolder = QString());

// The spectrum term of the pre-training loss (crossReconstructionLosses) for
// one reconstruction and its target: square CV_32FC3 images of equal size, a
// multiple of 16, on the 0..1 scale. For inspection and tests.
Expected<double> crossIqaSpectrumDistance(const cv::Mat &rebuilt, const cv::Mat &target);

Expected<CrossIqaPretrainResult> pretrainCrossIqa(const CrossIqaPretrainOptions &options,
                                                 const CrossIqaPretrainCallbacks &callbacks = {});

} // namespace iqa
