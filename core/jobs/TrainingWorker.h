#pragma once

#include "training/CrossIqaBlockFineTuner.h"
#include "training/CrossIqaHeadTrainer.h"
#include "training/CrossIqaPairwiseHead.h"
#include "training/VaeQaFineTuner.h"

#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>

class QThread;

namespace iqa {

// What a fine-tuning run trains (issue 5): VAE-QA's head on frozen encoder
// features; Cross-IQA's linear head on the frozen class token, fitted to MOS
// labels or to the votes of a pairwise study directly (comparison loss); or
// Cross-IQA's last transformer blocks with its head, by gradient descent.
enum class FineTuneTarget { VaeQaHead, CrossIqaHead, CrossIqaPairwise, CrossIqaBlocks };

struct FineTuneRequest
{
    FineTuneTarget target = FineTuneTarget::VaeQaHead;
    VaeQaFineTuneOptions vaeQa;         // used for VaeQaHead
    CrossIqaHeadOptions crossIqaHead;   // used for CrossIqaHead
    CrossIqaPairwiseOptions crossIqaPairwise;  // used for CrossIqaPairwise
    CrossIqaFineTuneOptions crossIqaBlocks;    // used for CrossIqaBlocks
};

// Agreement with the labels on the held-out items, whichever trainer ran.
struct FineTuneAgreement
{
    int n = 0;
    std::optional<double> srcc, plcc, krcc, rmse;
};

// One held-out item: its label and what the model said before and after.
struct FineTunePoint
{
    QString item;                 // image, or "ref | dist"
    QString type;                 // distortion type, when the labels name one
    double mos = 0;               // higher is better; see FineTuneOutcome::mosNormalised
    std::optional<double> before; // the start model (absent when it has no head)
    double after = 0;
};

// One epoch of a gradient-trained head (the ridge head of Cross-IQA has none).
struct FineTuneEpoch
{
    int fold = 0;  // 0: the single split or the final fit; 1..K: a fold of k-fold validation
    int epoch = 0;
    int epochs = 0;
    double trainLoss = 0;
    double validationSrcc = 0;
    double validationPlcc = 0;
    double seconds = 0;
    bool best = false;
    bool validated = true;  // false in k-fold's final fit on all labels: nothing held out
};

struct FineTuneOutcome
{
    FineTuneTarget target = FineTuneTarget::VaeQaHead;
    QString checkpointPath;
    QString metadataPath;
    QStringList skipped;           // "line N: reason"
    QStringList warnings;
    int trainItems = 0;
    int validationItems = 0;
    // How the held-out predictions were made: k-fold (every item out of
    // fold) when folds >= 2, else one split holding out validationContents
    // references (VAE-QA) or images.
    int folds = 0;
    int validationContents = 0;
    // What the points' `mos` is: VAE-QA's MOS normalised to 0..1 from the
    // raw range mosMin..mosMax, or Cross-IQA's MOS as given; flipped first
    // when the labels were lower-is-better.
    bool mosNormalised = false;
    double mosMin = 0, mosMax = 1;
    bool lowerIsBetter = false;
    std::optional<FineTuneAgreement> before;
    FineTuneAgreement after;
    QVector<FineTunePoint> points; // held-out (or out-of-fold) predictions
    // Per distortion type: SRCC after fine-tuning (and before, when known).
    QMap<QString, double> typeSrccAfter;
    QMap<QString, double> typeSrccBefore;
    // Comparison loss (CrossIqaPairwise): the share of the votes whose
    // preferred image scores higher, before and after (out of fold), and the
    // share agreeing with their pair's majority, which no model can beat.
    int votes = 0;
    std::optional<double> voteAgreementBefore;
    std::optional<double> voteAgreementAfter;
    std::optional<double> voteCeiling;
    double seconds = 0;
};

// The training worker of DESIGN.md section 4: runs one fine-tuning at a time
// on a thread of its own (the trainer works on its own copy of the model;
// the model worker keeps serving the GUI), streams notes, encoding progress
// and epochs as signals, and reports the outcome once the checkpoint file
// has been written. The trainers write their checkpoint only after a
// finished run, so a cancelled or failed run leaves nothing behind.
//
// Pause blocks the run at the next progress point (an encoded item or an
// epoch) until resumed or cancelled; the thread sleeps meanwhile.
class TrainingWorker : public QObject
{
    Q_OBJECT
public:
    explicit TrainingWorker(QObject *parent = nullptr);
    // Cancels a running job and waits for it to stop.
    ~TrainingWorker() override;

    // False (and nothing starts) while another run is in progress.
    bool start(const FineTuneRequest &request);
    // From start() until the run's finished, failed or cancelled signal has
    // been delivered in this object's thread: a slot of one of those signals
    // already sees false, though the thread may still be winding down.
    bool isRunning() const { return m_running; }
    void setPaused(bool paused);
    bool isPaused() const;
    // Stops at the next progress point; the run ends with `cancelled`.
    void cancel();
    // Waits until the current run (if any) has ended; for tests and shutdown.
    bool wait(int milliseconds = -1);

signals:
    void note(const QString &text);
    void encodingProgress(int done, int total);
    void epochFinished(const iqa::FineTuneEpoch &epoch);
    void pausedChanged(bool paused);
    void finished(const iqa::FineTuneOutcome &outcome);
    void failed(const QString &message);
    void cancelled();

private:
    struct Control
    {
        std::atomic_bool cancel{false};
        std::mutex mutex;
        std::condition_variable resume;
        bool paused = false;
        // Blocks while paused; true when the run should stop.
        bool checkpoint();
    };

    void run(const FineTuneRequest &request);
    Expected<FineTuneOutcome> runVaeQa(const VaeQaFineTuneOptions &options);
    Expected<FineTuneOutcome> runCrossIqaHead(const CrossIqaHeadOptions &options);
    Expected<FineTuneOutcome> runCrossIqaPairwise(const CrossIqaPairwiseOptions &options);
    Expected<FineTuneOutcome> runCrossIqaBlocks(const CrossIqaFineTuneOptions &options);
    CrossIqaHeadCallbacks crossIqaCallbacks();
    // Notes, encoding progress and epochs of the gradient trainers (VAE-QA's
    // head, Cross-IQA's blocks), pause and cancel at each of them.
    template <class Callbacks>
    Callbacks gradientCallbacks();

    std::shared_ptr<Control> m_control;
    std::unique_ptr<QThread> m_thread;
    bool m_running = false;
};

} // namespace iqa

Q_DECLARE_METATYPE(iqa::FineTuneEpoch)
Q_DECLARE_METATYPE(iqa::FineTuneOutcome)
