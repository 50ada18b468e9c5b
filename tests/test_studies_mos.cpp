// MOS aggregation: the Student t quantile, rater screening (ITU-R BT.500,
// gold, repeats), z-score outliers, Bradley-Terry and Thurstone Case V
// scaling and `iqa mos`,
// checked against independent recomputations (Python with numpy/scipy, run
// with Debian's /usr/bin/python3, and values computed by hand).
#include "TestSupport.h"

#include "io/LabelCsv.h"
#include "studies/BradleyTerry.h"
#include "studies/MosAggregator.h"
#include "studies/MosReport.h"
#include "studies/StudentT.h"
#include "studies/ThurstoneScaling.h"
#include "studies/VotesCsv.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <cmath>

using namespace iqa::test;

namespace {

QString python()
{
    const QString fromEnvironment = qEnvironmentVariable("IQA_DEBIAN_PYTHON");
    return fromEnvironment.isEmpty() ? QStringLiteral("/usr/bin/python3") : fromEnvironment;
}

// SplitMix64 and Box-Muller: a deterministic data generator that does not
// depend on the standard library's distributions.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return (next() >> 11) * (1.0 / 9007199254740992.0); }
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }

private:
    quint64 m_state;
};

// Independent recomputation of `iqa mos` for plain rating votes (no flags):
// BT.500 beta-2 screening, optional z-score outliers, MOS, n-1 std, Student t
// interval from scipy.stats.t.ppf, and per-rater bias against the final MOS.
const char *const kRatingReference = R"PY(
import csv, json, math, sys
import numpy as np
from scipy import stats

path, screen, outlier_z = sys.argv[1], sys.argv[2], float(sys.argv[3])
scores = {}
raters = []
for row in csv.DictReader(open(path, newline='', encoding='utf-8')):
    s, r = row['stimulus'], row['rater']
    if r not in raters:
        raters.append(r)
    scores.setdefault(s, {}).setdefault(r, []).append(float(row['value']))
score = {s: {r: float(np.mean(v)) for r, v in d.items()} for s, d in scores.items()}

excluded = {}
P = dict.fromkeys(raters, 0)
Q = dict.fromkeys(raters, 0)
if screen == 'bt500':
    for s, d in score.items():
        u = np.array(list(d.values()))
        if len(u) < 2:
            continue
        sd = np.std(u, ddof=1)
        if sd <= 1e-12 * max(1, abs(u.mean())):
            continue
        beta2 = stats.kurtosis(u, fisher=False, bias=True)
        thr = (2 if 2 <= beta2 <= 4 else math.sqrt(20)) * sd
        for r, x in d.items():
            if x >= u.mean() + thr:
                P[r] += 1
            if x <= u.mean() - thr:
                Q[r] += 1
    for r in raters:
        J = sum(1 for d in score.values() if r in d)
        if P[r] + Q[r] > 0 and (P[r] + Q[r]) / J > 0.05 and abs(P[r] - Q[r]) / (P[r] + Q[r]) < 0.3:
            excluded[r] = [P[r], Q[r]]

dropped = []
if outlier_z > 0:
    for s, d in score.items():
        kept = {r: x for r, x in d.items() if r not in excluded}
        u = np.array(list(kept.values()))
        if len(u) < 2:
            continue
        sd = np.std(u, ddof=1)
        if sd <= 1e-12 * max(1, abs(u.mean())):
            continue
        for r, x in kept.items():
            if abs(x - u.mean()) / sd > outlier_z:
                dropped.append([s, r])

out = {'stimuli': {}, 'excluded': excluded, 'p': P, 'q': Q, 'dropped': dropped, 'bias': {}}
for s, d in score.items():
    u = np.array([x for r, x in d.items() if r not in excluded and [s, r] not in dropped])
    n = len(u)
    e = {'n': n, 'mos': float(u.mean()) if n else None}
    if n >= 2:
        sd = float(np.std(u, ddof=1))
        e['std'] = sd
        e['ci95'] = float(stats.t.ppf(0.975, n - 1) * sd / math.sqrt(n))
    out['stimuli'][s] = e
for r in raters:
    res = [x - out['stimuli'][s]['mos'] for s, d in score.items() for rr, x in d.items()
           if rr == r and out['stimuli'][s]['mos'] is not None]
    out['bias'][r] = float(np.mean(res))
print(json.dumps(out))
)PY";

// Independent Bradley-Terry fit of the same penalised likelihood (one
// virtual win and loss per item against a fixed item of scale 0) with
// Hunter's (2004) MM iteration; the program uses Newton's method instead.
const char *const kPairwiseReference = R"PY(
import csv, json, sys
import numpy as np

items, games = [], []
for row in csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')):
    a, b = [x.strip() for x in row['stimulus'].split('|')]
    for x in (a, b):
        if x not in items:
            items.append(x)
    ia, ib = items.index(a), items.index(b)
    games.append((ia, ib) if float(row['value']) == 1 else (ib, ia))
K = len(items)
N = np.zeros((K, K))
wins = np.ones(K)
for w, l in games:
    N[w, l] += 1
    N[l, w] += 1
    wins[w] += 1
p = np.ones(K)
for _ in range(200000):
    den = 2 / (p + 1) + (N / (p[:, None] + p[None, :])).sum(axis=1)
    new = wins / den
    done = np.max(np.abs(np.log(new / p))) < 1e-15
    p = new
    if done:
        break
t = np.log(p)
t = t - t.mean()
print(json.dumps({items[i]: float(t[i]) for i in range(K)}))
)PY";

QJsonObject runPython(const char *script, const QStringList &arguments)
{
    const Run run = runProgram(python(), QStringList{QStringLiteral("-c"), QString::fromUtf8(script)} + arguments);
    if (run.exitCode != 0)
        qWarning("python failed: %s", qPrintable(run.err));
    return run.json();
}

QJsonObject stimulusByText(const QJsonObject &mosJson, const QString &text)
{
    for (const QJsonValue &v : mosJson.value(QStringLiteral("stimuli")).toArray()) {
        if (v.toObject().value(QStringLiteral("stimulus")).toString() == text)
            return v.toObject();
    }
    return {};
}

QJsonObject raterByName(const QJsonObject &mosJson, const QString &name)
{
    for (const QJsonValue &v : mosJson.value(QStringLiteral("raters")).toArray()) {
        if (v.toObject().value(QStringLiteral("rater")).toString() == name)
            return v.toObject();
    }
    return {};
}

QString csvOf(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

iqa::Vote vote(const QString &rater, const QString &stimulus, double value,
               iqa::VoteMethod method = iqa::VoteMethod::Acr)
{
    iqa::Vote v;
    v.rater = rater;
    v.stimulus = *iqa::VotesCsv::parseStimulus(stimulus, QStringLiteral("/data"));
    v.method = method;
    v.value = value;
    return v;
}

// 20 raters x 15 full-reference stimuli on the ACR scale with true qualities
// 1.5 .. 4.5: 18 honest raters (round(q + N(0, 0.7)), clipped to 1..5), a
// careless rater r07 who votes uniformly at random on 1..5, and a lenient
// rater r13 whose votes are shifted by +1.5 before rounding and clipping.
// BT.500 rejects only raters whose outlying scores fall on both sides of the
// mean in about equal numbers, so with 15 stimuli it catches such a random
// rater in only about a third of the draws: 69 of the seeds 1..200 of this
// generator (docs/studies.md). Seed 4 is one of them, and there r07 is the
// only rater rejected. The agreement with the Python recomputation below does
// not depend on the seed.
QString plantedRatingVotes()
{
    Random random(4);
    QStringList lines{QStringLiteral("rater,stimulus,method,value")};
    for (int r = 1; r <= 20; ++r) {
        for (int j = 0; j < 15; ++j) {
            const double quality = 1.5 + 3.0 * j / 14.0;
            double value = 0;
            if (r == 7)
                value = 1 + std::floor(5 * random.uniform());
            else
                value = std::clamp(std::round(quality + 0.7 * random.normal() + (r == 13 ? 1.5 : 0.0)), 1.0, 5.0);
            lines << QStringLiteral("r%1,refs/s%2.png|dists/s%2_d.png,acr,%3")
                         .arg(r, 2, 10, QLatin1Char('0'))
                         .arg(j, 2, 10, QLatin1Char('0'))
                         .arg(value);
        }
    }
    return csvOf(lines);
}

// A small pairwise vote set on a.png, b.png, c.png from three raters (a is
// preferred to b 7 times in 10, b to c 6 in 10, a to c 8 in 10), and the
// judgements the aggregator fits: items in order of first appearance (a, b,
// c), one judgement per vote in vote order.
struct SmallPairwiseSet
{
    QVector<iqa::Vote> votes;
    QStringList csvLines{QStringLiteral("rater,stimulus,method,value")};
    QVector<iqa::PairJudgement> judgements;
};

SmallPairwiseSet smallPairwiseSet()
{
    struct Pair
    {
        const char *stimulus;
        int first, second, firstWins;
    };
    const Pair pairs[] = {{"a.png|b.png", 0, 1, 7}, {"b.png|c.png", 1, 2, 6}, {"a.png|c.png", 0, 2, 8}};
    SmallPairwiseSet set;
    for (const Pair &p : pairs) {
        for (int k = 0; k < 10; ++k) {
            const bool firstWon = k < p.firstWins;
            const QString rater = QStringLiteral("r%1").arg(k % 3);
            set.votes.append(vote(rater, QString::fromLatin1(p.stimulus), firstWon ? 1 : 0, iqa::VoteMethod::Pairwise));
            set.csvLines << QStringLiteral("%1,%2,pairwise,%3")
                                .arg(rater, QString::fromLatin1(p.stimulus))
                                .arg(firstWon ? 1 : 0);
            set.judgements.append({firstWon ? p.first : p.second, firstWon ? p.second : p.first});
        }
    }
    return set;
}

} // namespace

class TestStudiesMos : public QObject
{
    Q_OBJECT

private slots:
    void tQuantileMatchesHighPrecisionValues_data();
    void tQuantileMatchesHighPrecisionValues();
    void incompleteBetaMatchesClosedForms();
    void tCdfInvertsQuantile();
    void handComputedMosAndInterval();
    void mosJsonMatchesIndependentRecomputation_data();
    void mosJsonMatchesIndependentRecomputation();
    void careLessRaterExcludedAndLenientRaterReported();
    void trainingGoldAndRepeatFlags();
    void labelCsvIsReadableByLabelReader();
    void labelCsvFeedsIqaEval();
    void pairwiseScaleMatchesIndependentFit();
    void pairwiseBootstrapIsSeeded();
    void pairwiseScalingIsSelectable();
    void mosScalingOption();
    void badVotesFiles();
};

void TestStudiesMos::tQuantileMatchesHighPrecisionValues_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("dof");
    QTest::addColumn<double>("exact");
    QTest::addColumn<double>("scipy");
    // exact: mpmath at 50 digits, /usr/bin/python3 (python3-mpmath), 400 bisection steps on
    //   g(t) = mpmath.betainc(dof/2, 1/2, 0, dof/(dof+t*t), regularized=True)/2 - min(p, 1-p)
    //   (p and dof taken as the exact doubles), sign of p - 1/2;
    // scipy: scipy 1.10.1 (Debian 12):
    //   /usr/bin/python3 -c "from scipy import stats; print(repr(stats.t.ppf(p, dof)))"
    // scipy's own error reaches 2e-11 here (dof 1 and 2), hence two tolerances below.
    QTest::newRow("0.975, 1") << 0.975 << 1.0 << 12.706204736174693314 << 12.706204736432095;
    QTest::newRow("0.975, 2") << 0.975 << 2.0 << 4.3026527297494617894 << 4.302652729911275;
    QTest::newRow("0.975, 3") << 0.975 << 3.0 << 3.1824463052837084359 << 3.182446305284263;
    QTest::newRow("0.975, 19") << 0.975 << 19.0 << 2.0930240544083093201 << 2.093024054408263;
    QTest::newRow("0.975, 1000") << 0.975 << 1000.0 << 1.9623390808264081039 << 1.9623390808264074;
    QTest::newRow("0.975, 1e5") << 0.975 << 100000.0 << 1.9599877075346092587 << 1.9599877075346093;
    QTest::newRow("0.5000001, 3") << 0.5000001 << 3.0 << 2.7206990449193156765e-7 << 2.7206990451036323e-07;
    QTest::newRow("0.6, 5") << 0.6 << 5.0 << 0.26718086570414506569 << 0.2671808657039658;
    QTest::newRow("0.9, 2.5") << 0.9 << 2.5 << 1.730250928807176833 << 1.730250928807177;
    QTest::newRow("0.995, 1") << 0.995 << 1.0 << 63.656741162871524447 << 63.65674116287399;
    QTest::newRow("0.999999, 1") << 0.999999 << 1.0 << 318309.88617359026169 << 318309.8861736347;
    QTest::newRow("0.999999, 4") << 0.999999 << 4.0 << 41.577854150151498845 << 41.57785415015412;
    QTest::newRow("1e-9, 7") << 1e-9 << 7.0 << -38.70598064323161359 << -38.70598064323161;
    QTest::newRow("0.025, 19") << 0.025 << 19.0 << -2.0930240544083097411 << -2.0930240544082634;
    QTest::newRow("0.9999, 1000") << 0.9999 << 1000.0 << 3.7328516045753962333 << 3.7328516045751114;
    QTest::newRow("0.75, 1e6") << 0.75 << 1e6 << 0.67448999553108737862 << 0.6744899955310872;
}

void TestStudiesMos::tQuantileMatchesHighPrecisionValues()
{
    QFETCH(double, p);
    QFETCH(double, dof);
    QFETCH(double, exact);
    QFETCH(double, scipy);
    const double t = iqa::studentTQuantile(p, dof);
    QVERIFY2(std::abs(t - exact) <= 1e-12 * std::abs(exact),
             qPrintable(QStringLiteral("t %1, exact %2").arg(t, 0, 'g', 17).arg(exact, 0, 'g', 17)));
    QVERIFY2(std::abs(t - scipy) <= 1e-10 * std::abs(scipy),
             qPrintable(QStringLiteral("t %1, scipy %2").arg(t, 0, 'g', 17).arg(scipy, 0, 'g', 17)));
}

void TestStudiesMos::incompleteBetaMatchesClosedForms()
{
    for (double x : {1e-8, 0.01, 0.3, 0.5, 0.77, 0.999}) {
        // I_x(1/2, 1/2) = (2 / pi) asin(sqrt(x)); I_x(1, b) = 1 - (1 - x)^b; I_x(a, 1) = x^a.
        QVERIFY(std::abs(iqa::regularizedIncompleteBeta(0.5, 0.5, x) - 2.0 / M_PI * std::asin(std::sqrt(x))) < 1e-15);
        QVERIFY(std::abs(iqa::regularizedIncompleteBeta(1.0, 7.5, x) - (1.0 - std::pow(1.0 - x, 7.5))) < 1e-15);
        QVERIFY(std::abs(iqa::regularizedIncompleteBeta(3.25, 1.0, x) - std::pow(x, 3.25)) < 1e-15);
    }
    // ln B where lgamma differences cancel; /usr/bin/python3 with mpmath at 40 digits:
    //   mpmath.log(mpmath.beta(a, b))
    QVERIFY(std::abs(iqa::logBeta(1e6, 0.5) - (-6.335390211057436964987469)) < 1e-14);
    QVERIFY(std::abs(iqa::logBeta(12.5, 30.25) - (-25.99668406637251928634084)) < 1e-13);
    QVERIFY(std::abs(iqa::logBeta(3, 40) - (-10.44697395854166710321982)) < 1e-14);
    QVERIFY(std::isnan(iqa::regularizedIncompleteBeta(1, 1, 1.5)));
    QVERIFY(std::isnan(iqa::studentTQuantile(0.5, 0)));
    QCOMPARE(iqa::studentTQuantile(1.0, 3), std::numeric_limits<double>::infinity());
    QCOMPARE(iqa::studentTQuantile(0.5, 3), 0.0);
}

void TestStudiesMos::tCdfInvertsQuantile()
{
    for (double dof : {1.0, 2.0, 4.5, 30.0, 300.0}) {
        for (double p : {1e-12, 0.001, 0.2, 0.49, 0.51, 0.9, 0.975, 0.999999}) {
            const double t = iqa::studentTQuantile(p, dof);
            const double back = iqa::studentTCdf(t, dof);
            QVERIFY2(std::abs(back - p) <= 1e-13 * std::min(p, 1 - p) + 1e-16,
                     qPrintable(QStringLiteral("dof %1 p %2 -> %3").arg(dof).arg(p).arg(back, 0, 'g', 17)));
        }
    }
}

void TestStudiesMos::handComputedMosAndInterval()
{
    // Stimulus a: 2, 3, 4 -> mean 3, std 1, ci95 = t(0.975, 2) / sqrt(3).
    // Stimulus b: 5 only -> mean 5, no std, no interval.
    const QVector<iqa::Vote> votes{vote("r1", "a.png", 2), vote("r2", "a.png", 3), vote("r3", "a.png", 4),
                                   vote("r1", "b.png", 5)};
    iqa::MosOptions options;
    options.screening = iqa::RaterScreening::None;
    const auto result = iqa::MosAggregator::aggregate(votes, iqa::VoteMethod::Acr, options);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->stimuli.size(), 2);
    const iqa::StimulusMos &a = result->stimuli[0];
    QCOMPARE(a.n, 3);
    QCOMPARE(*a.mos, 3.0);
    QCOMPARE(*a.std, 1.0);
    QVERIFY(std::abs(*a.ci95 - 4.3026527297494617894 / std::sqrt(3.0)) < 1e-14);
    QVERIFY(std::abs(*a.ciLow - (3.0 - *a.ci95)) < 1e-15);
    const iqa::StimulusMos &b = result->stimuli[1];
    QCOMPARE(b.n, 1);
    QCOMPARE(*b.mos, 5.0);
    QVERIFY(!b.std && !b.ci95);
    QVERIFY(!result->fullReference && !result->mixedLayout);
    // r1's residuals: 2 - 3 and 5 - 5 -> bias -0.5.
    QCOMPARE(*result->raters[0].bias, -0.5);
}

void TestStudiesMos::mosJsonMatchesIndependentRecomputation_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<double>("outlierZ");
    QTest::newRow("bt500") << QStringLiteral("bt500") << 0.0;
    QTest::newRow("none") << QStringLiteral("none") << 0.0;
    QTest::newRow("bt500 + z 2") << QStringLiteral("bt500") << 2.0;
}

void TestStudiesMos::mosJsonMatchesIndependentRecomputation()
{
    QFETCH(QString, screen);
    QFETCH(double, outlierZ);
    QTemporaryDir dir;
    const QString votesPath = dir.filePath(QStringLiteral("votes.csv"));
    QVERIFY(writeFile(votesPath, plantedRatingVotes().toUtf8()));

    QStringList arguments{QStringLiteral("mos"),    QStringLiteral("--votes"),  votesPath,
                          QStringLiteral("--json"), QStringLiteral("--screen"), screen};
    if (outlierZ > 0)
        arguments << QStringLiteral("--outlier-z") << QString::number(outlierZ);
    const Run run = runIqa(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject mine = run.json();
    const QJsonObject expected = runPython(kRatingReference, {votesPath, screen, QString::number(outlierZ)});
    QVERIFY2(!expected.isEmpty(), "the Python reference produced nothing");

    const QJsonObject expectedStimuli = expected.value(QStringLiteral("stimuli")).toObject();
    QCOMPARE(mine.value(QStringLiteral("stimuli")).toArray().size(), expectedStimuli.size());
    QCOMPARE(expectedStimuli.size(), 15);
    for (auto it = expectedStimuli.begin(); it != expectedStimuli.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        const QJsonObject m = stimulusByText(mine, it.key());
        QVERIFY2(!m.isEmpty(), qPrintable(it.key()));
        QCOMPARE(m.value(QStringLiteral("n")).toInt(), e.value(QStringLiteral("n")).toInt());
        for (const char *field : {"mos", "std", "ci95"}) {
            const double a = m.value(QLatin1String(field)).toDouble();
            const double b = e.value(QLatin1String(field)).toDouble();
            QVERIFY2(std::abs(a - b) < 1e-9, qPrintable(QStringLiteral("%1 %2: %3 vs %4")
                                                            .arg(it.key(), QLatin1String(field))
                                                            .arg(a, 0, 'g', 17)
                                                            .arg(b, 0, 'g', 17)));
        }
        QVERIFY(std::abs(m.value(QStringLiteral("ci95_low")).toDouble() -
                         (e.value(QStringLiteral("mos")).toDouble() - e.value(QStringLiteral("ci95")).toDouble())) <
                1e-9);
    }

    QStringList excludedMine, excludedExpected = expected.value(QStringLiteral("excluded")).toObject().keys();
    for (const QJsonValue &v : mine.value(QStringLiteral("excluded_raters")).toArray())
        excludedMine << v.toObject().value(QStringLiteral("rater")).toString();
    excludedMine.sort();
    excludedExpected.sort();
    QCOMPARE(excludedMine, excludedExpected);

    const QJsonObject bias = expected.value(QStringLiteral("bias")).toObject();
    for (auto it = bias.begin(); it != bias.end(); ++it) {
        const QJsonObject rater = raterByName(mine, it.key());
        QVERIFY2(std::abs(rater.value(QStringLiteral("bias")).toDouble() - it.value().toDouble()) < 1e-9,
                 qPrintable(it.key()));
        if (screen == QLatin1String("bt500")) {
            QCOMPARE(rater.value(QStringLiteral("bt500_p")).toInt(),
                     expected.value(QStringLiteral("p")).toObject().value(it.key()).toInt());
            QCOMPARE(rater.value(QStringLiteral("bt500_q")).toInt(),
                     expected.value(QStringLiteral("q")).toObject().value(it.key()).toInt());
        }
    }

    const QJsonArray droppedExpected = expected.value(QStringLiteral("dropped")).toArray();
    const QJsonArray droppedMine = mine.value(QStringLiteral("excluded_votes")).toArray();
    QCOMPARE(droppedMine.size(), droppedExpected.size());
    if (outlierZ > 0)
        QVERIFY2(!droppedMine.isEmpty(), "the z test should drop something in this data");
    for (const QJsonValue &d : droppedExpected) {
        bool found = false;
        for (const QJsonValue &m : droppedMine) {
            const QJsonObject o = m.toObject();
            found = found || (o.value(QStringLiteral("stimulus")).toString() == d.toArray().at(0).toString() &&
                              o.value(QStringLiteral("rater")).toString() == d.toArray().at(1).toString());
        }
        QVERIFY2(found, qPrintable(d.toArray().at(0).toString() + QLatin1Char(' ') + d.toArray().at(1).toString()));
    }
}

void TestStudiesMos::careLessRaterExcludedAndLenientRaterReported()
{
    QTemporaryDir dir;
    const QString votesPath = dir.filePath(QStringLiteral("votes.csv"));
    QVERIFY(writeFile(votesPath, plantedRatingVotes().toUtf8()));
    const Run run = runIqa({QStringLiteral("mos"), QStringLiteral("--votes"), votesPath, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("screen")).toString(), QStringLiteral("bt500"));

    const QJsonArray excluded = json.value(QStringLiteral("excluded_raters")).toArray();
    QCOMPARE(excluded.size(), 1);
    const QJsonObject careless = excluded.first().toObject();
    QCOMPARE(careless.value(QStringLiteral("rater")).toString(), QStringLiteral("r07"));
    QCOMPARE(careless.value(QStringLiteral("rule")).toString(), QStringLiteral("bt500"));
    QVERIFY2(careless.value(QStringLiteral("reason")).toString().contains(QStringLiteral("BT.500")),
             qPrintable(careless.value(QStringLiteral("reason")).toString()));

    // BT.500 rejects raters whose deviations go both ways; a steady offset has
    // P > 0 and Q = 0, so the lenient rater stays in, with its bias reported.
    const QJsonObject lenient = raterByName(json, QStringLiteral("r13"));
    QCOMPARE(lenient.value(QStringLiteral("excluded")).toBool(), false);
    QCOMPARE(lenient.value(QStringLiteral("bt500_q")).toInt(), 0);
    QVERIFY2(lenient.value(QStringLiteral("bias")).toDouble() > 0.9,
             qPrintable(QString::number(lenient.value(QStringLiteral("bias")).toDouble())));
    for (const QJsonValue &v : json.value(QStringLiteral("raters")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("rater")).toString() != QLatin1String("r13") &&
            r.value(QStringLiteral("rater")).toString() != QLatin1String("r07"))
            QVERIFY2(std::abs(r.value(QStringLiteral("bias")).toDouble()) < 0.5,
                     qPrintable(r.value(QStringLiteral("rater")).toString()));
    }
    // The careless rater's votes do not follow the quality; an honest one's do.
    QVERIFY(raterByName(json, QStringLiteral("r07")).value(QStringLiteral("correlation")).toDouble() < 0.3);
    QVERIFY(raterByName(json, QStringLiteral("r01")).value(QStringLiteral("correlation")).toDouble() > 0.7);

    // Text mode names the exclusion and the offset.
    const Run text = runIqa({QStringLiteral("mos"), QStringLiteral("--votes"), votesPath});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("excluded rater r07: ITU-R BT.500"));
    QVERIFY(text.out.contains("rater r13 scores +") || text.out.contains("rater r13 scores 1"));
}

void TestStudiesMos::trainingGoldAndRepeatFlags()
{
    QTemporaryDir dir;
    // Five raters, stimuli x and y. Training votes are never scored. Gold trial
    // g.png expects 1: g1 answers 5 (wrong) and is excluded by the gold rule.
    // r2 answers x twice, 5 then 1 (a repeat 4 apart): excluded by the repeat rule.
    // r3 repeats y consistently (4, then 4): its score for y is their mean.
    const QString votesPath = dir.filePath(QStringLiteral("flags.csv"));
    QVERIFY(writeFile(votesPath, csvOf({
                                           QStringLiteral("rater,stimulus,method,value,training,gold,repeat,expected"),
                                           QStringLiteral("r1,t.png,acr,1,1,0,0,"),
                                           QStringLiteral("r1,x.png,acr,4,0,0,0,"),
                                           QStringLiteral("r1,y.png,acr,2,0,0,0,"),
                                           QStringLiteral("r1,g.png,acr,1,0,1,0,1"),
                                           QStringLiteral("r2,x.png,acr,5,0,0,0,"),
                                           QStringLiteral("r2,y.png,acr,2,0,0,0,"),
                                           QStringLiteral("r2,x.png,acr,1,0,0,1,"),
                                           QStringLiteral("r2,g.png,acr,2,0,1,0,1"),
                                           QStringLiteral("r3,x.png,acr,3,0,0,0,"),
                                           QStringLiteral("r3,y.png,acr,4,0,0,0,"),
                                           QStringLiteral("r3,y.png,acr,4,0,0,1,"),
                                           QStringLiteral("g1,x.png,acr,4,0,0,0,"),
                                           QStringLiteral("g1,y.png,acr,1,0,0,0,"),
                                           QStringLiteral("g1,g.png,acr,5,0,1,0,1"),
                                           QStringLiteral("r4,x.png,acr,5,yes,no,,"),
                                           QStringLiteral("r4,x.png,acr,2,0,0,0,"),
                                           QStringLiteral("r4,y.png,acr,3,0,0,0,"),
                                       })
                                     .toUtf8()));
    const Run run = runIqa({QStringLiteral("mos"), QStringLiteral("--votes"), votesPath, QStringLiteral("--json"),
                            QStringLiteral("--screen"), QStringLiteral("none")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("votes")).toObject().value(QStringLiteral("training")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("votes")).toObject().value(QStringLiteral("gold")).toInt(), 3);

    const QJsonObject g1 = raterByName(json, QStringLiteral("g1"));
    QCOMPARE(g1.value(QStringLiteral("rule")).toString(), QStringLiteral("gold"));
    QCOMPARE(g1.value(QStringLiteral("gold_accuracy")).toDouble(), 0.0);
    const QJsonObject r2 = raterByName(json, QStringLiteral("r2"));
    QCOMPARE(r2.value(QStringLiteral("gold_accuracy")).toDouble(), 1.0); // 2 is within 1 of 1
    QCOMPARE(r2.value(QStringLiteral("rule")).toString(), QStringLiteral("repeat"));
    QCOMPARE(r2.value(QStringLiteral("repeat_difference")).toDouble(), 4.0);
    QVERIFY(r2.value(QStringLiteral("reason")).toString().contains(QStringLiteral("repeated trials")));
    const QJsonObject r3 = raterByName(json, QStringLiteral("r3"));
    QCOMPARE(r3.value(QStringLiteral("excluded")).toBool(), false);
    QCOMPARE(r3.value(QStringLiteral("repeat_difference")).toDouble(), 0.0);

    // Kept: r1, r3, r4. x: 4, 3, 2 -> 3 (r4's training vote 5 is not counted);
    // y: 2, mean(4, 4) = 4, 3 -> 3. The gold stimulus and the training stimulus get no MOS row.
    const QJsonObject x = stimulusByText(json, QStringLiteral("x.png"));
    QCOMPARE(x.value(QStringLiteral("n")).toInt(), 3);
    QCOMPARE(x.value(QStringLiteral("mos")).toDouble(), 3.0);
    const QJsonObject y = stimulusByText(json, QStringLiteral("y.png"));
    QCOMPARE(y.value(QStringLiteral("n")).toInt(), 3);
    QCOMPARE(y.value(QStringLiteral("mos")).toDouble(), 3.0);
    QCOMPARE(y.value(QStringLiteral("std")).toDouble(), 1.0);
    QVERIFY(stimulusByText(json, QStringLiteral("g.png")).isEmpty());
    QVERIFY(stimulusByText(json, QStringLiteral("t.png")).isEmpty());

    // A looser repeat limit keeps r2; a stricter gold minimum of 0 keeps g1.
    const Run loose = runIqa({QStringLiteral("mos"), QStringLiteral("--votes"), votesPath, QStringLiteral("--json"),
                              QStringLiteral("--screen"), QStringLiteral("none"), QStringLiteral("--repeat-max"),
                              QStringLiteral("4"), QStringLiteral("--gold-min"), QStringLiteral("0")});
    QCOMPARE(loose.exitCode, 0);
    QCOMPARE(loose.json().value(QStringLiteral("excluded_raters")).toArray().size(), 0);
    // x now: r1 4, r2 mean(5, 1) = 3, r3 3, g1 4, r4 2 -> 16 / 5.
    QCOMPARE(stimulusByText(loose.json(), QStringLiteral("x.png")).value(QStringLiteral("mos")).toDouble(), 16.0 / 5.0);
}

void TestStudiesMos::labelCsvIsReadableByLabelReader()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("votes/sub")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("labels")));
    const QString votesPath = dir.filePath(QStringLiteral("votes/sub/votes.csv"));
    QVERIFY(writeFile(votesPath, plantedRatingVotes().toUtf8()));
    const QString labelsPath = dir.filePath(QStringLiteral("labels/mos.csv"));
    const Run run = runIqa({QStringLiteral("mos"), QStringLiteral("--votes"), votesPath, QStringLiteral("--json"),
                            QStringLiteral("--out-labels"), labelsPath});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    const auto labels = iqa::LabelCsv::read(labelsPath);
    QVERIFY2(labels.ok(), qPrintable(labels.error()));
    QVERIFY(labels->fullReference);
    QCOMPARE(labels->rows.size(), 15);
    QVERIFY(labels->skipped.isEmpty());
    QVERIFY(labels->extraColumns.contains(QStringLiteral("ci95")));
    // Paths are relative to the label CSV's folder and resolve to the same files.
    QCOMPARE(labels->rows.first().refText, QStringLiteral("../votes/sub/refs/s00.png"));
    const QDir votesFolder(dir.filePath(QStringLiteral("votes/sub")));
    for (const iqa::LabelRow &row : labels->rows) {
        const QString stimulus =
            votesFolder.relativeFilePath(row.ref) + QLatin1Char('|') + votesFolder.relativeFilePath(row.dist);
        const QJsonObject m = stimulusByText(run.json(), stimulus);
        QVERIFY2(!m.isEmpty(), qPrintable(stimulus));
        QCOMPARE(row.mos, m.value(QStringLiteral("mos")).toDouble()); // written with 17 digits: exact
    }
}

void TestStudiesMos::labelCsvFeedsIqaEval()
{
    // A textured reference and five noisier versions; six raters whose votes
    // fall with the noise. The MOS label CSV, written in another folder, goes
    // straight into `iqa eval` with PSNR, which must rank the images perfectly.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("images")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("out")));
    cv::Mat reference(96, 96, CV_8UC3);
    for (int y = 0; y < reference.rows; ++y)
        for (int x = 0; x < reference.cols; ++x)
            reference.at<cv::Vec3b>(y, x) =
                cv::Vec3b(uchar((x * 5 + y) % 256), uchar((x * y / 5) % 256), uchar(128 + 90 * std::sin(x * 0.3)));
    auto writePng = [&](const QString &name, const cv::Mat &image) {
        QVERIFY(writeImageFile(dir.filePath(QStringLiteral("images/") + name), image));
    };
    writePng(QStringLiteral("ref.png"), reference);
    QStringList lines{QStringLiteral("rater,stimulus,method,value")};
    for (int level = 0; level < 5; ++level) {
        cv::Mat noise(reference.size(), CV_16SC3), noisy;
        cv::RNG rng(100 + level);
        rng.fill(noise, cv::RNG::NORMAL, 0, 3 + 9 * level);
        reference.convertTo(noisy, CV_16SC3);
        noisy += noise;
        noisy.convertTo(noisy, CV_8UC3);
        writePng(QStringLiteral("noisy%1.png").arg(level), noisy);
        for (int r = 0; r < 6; ++r)
            lines << QStringLiteral("r%1,images/ref.png|images/noisy%2.png,dcr,%3")
                         .arg(r)
                         .arg(level)
                         .arg(std::clamp(5 - level + (r % 3 == 0 ? -1 : 0) + (r == 4 ? 1 : 0), 1, 5));
    }
    const QString votesPath = dir.filePath(QStringLiteral("votes.csv"));
    QVERIFY(writeFile(votesPath, csvOf(lines).toUtf8()));
    const QString labelsPath = dir.filePath(QStringLiteral("out/mos.csv"));
    Run run = runIqa(
        {QStringLiteral("mos"), QStringLiteral("--votes"), votesPath, QStringLiteral("--out-labels"), labelsPath});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = runIqa({QStringLiteral("eval"), QStringLiteral("--model"), QStringLiteral("psnr"), QStringLiteral("--labels"),
                  labelsPath, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json().value(QStringLiteral("n")).toInt(), 5);
    QCOMPARE(run.json().value(QStringLiteral("skipped")).toObject().value(QStringLiteral("count")).toInt(), 0);
    QCOMPARE(run.json().value(QStringLiteral("srcc")).toDouble(), 1.0);
}

void TestStudiesMos::pairwiseScaleMatchesIndependentFit()
{
    // Six images with true scales; 12 raters each judge every pair twice
    // (A|B order and left/right alternating), choosing by the Bradley-Terry
    // probability of the true scales.
    const double truth[6] = {-1.5, -0.8, 0.0, 0.3, 0.9, 1.6};
    Random random(77);
    QStringList lines{QStringLiteral("rater,stimulus,method,value")};
    for (int r = 0; r < 12; ++r) {
        for (int a = 0; a < 6; ++a) {
            for (int b = a + 1; b < 6; ++b) {
                for (int k = 0; k < 2; ++k) {
                    const int first = k == 0 ? a : b, second = k == 0 ? b : a;
                    const double pFirst = 1.0 / (1.0 + std::exp(truth[second] - truth[first]));
                    lines << QStringLiteral("p%1,img%2.png|img%3.png,pairwise,%4")
                                 .arg(r)
                                 .arg(first)
                                 .arg(second)
                                 .arg(random.uniform() < pFirst ? 1 : 0);
                }
            }
        }
    }
    QTemporaryDir dir;
    const QString votesPath = dir.filePath(QStringLiteral("pairs.csv"));
    QVERIFY(writeFile(votesPath, csvOf(lines).toUtf8()));
    const QString labelsPath = dir.filePath(QStringLiteral("scale.csv"));
    const Run run =
        runIqa({QStringLiteral("mos"), QStringLiteral("--votes"), votesPath, QStringLiteral("--json"),
                QStringLiteral("--bootstrap"), QStringLiteral("200"), QStringLiteral("--out-labels"), labelsPath});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = run.json();
    QVERIFY(json.contains(QStringLiteral("screen_note"))); // BT.500 does not apply
    const QJsonObject expected = runPython(kPairwiseReference, {votesPath});
    QCOMPARE(expected.size(), 6);
    for (int i = 0; i < 6; ++i) {
        const QString name = QStringLiteral("img%1.png").arg(i);
        const QJsonObject m = stimulusByText(json, name);
        const double scale = m.value(QStringLiteral("mos")).toDouble();
        QVERIFY2(std::abs(scale - expected.value(name).toDouble()) < 1e-9,
                 qPrintable(QStringLiteral("%1: %2 vs %3")
                                .arg(name)
                                .arg(scale, 0, 'g', 17)
                                .arg(expected.value(name).toDouble(), 0, 'g', 17)));
        QCOMPARE(m.value(QStringLiteral("n")).toInt(), 12 * 2 * 5);
        const double low = m.value(QStringLiteral("ci95_low")).toDouble();
        const double high = m.value(QStringLiteral("ci95_high")).toDouble();
        QVERIFY(low < scale && scale < high);
        QVERIFY2(high - low < 1.5, qPrintable(QString::number(high - low)));
        // Near the true scale, centred like the estimate (the truth has mean 1/12).
        const double spread = m.value(QStringLiteral("std")).toDouble();
        QVERIFY2(std::abs(scale - (truth[i] - 1.0 / 12.0)) < 3 * spread,
                 qPrintable(QStringLiteral("%1: %2 vs truth %3 (std %4)")
                                .arg(name)
                                .arg(scale)
                                .arg(truth[i] - 1.0 / 12.0)
                                .arg(spread)));
    }
    // The order of true scales at least 0.6 apart is recovered.
    for (int i = 0; i < 6; ++i) {
        for (int k = 0; k < 6; ++k) {
            if (truth[k] - truth[i] >= 0.6)
                QVERIFY(
                    stimulusByText(json, QStringLiteral("img%1.png").arg(i)).value(QStringLiteral("mos")).toDouble() <
                    stimulusByText(json, QStringLiteral("img%1.png").arg(k)).value(QStringLiteral("mos")).toDouble());
        }
    }
    const auto labels = iqa::LabelCsv::read(labelsPath);
    QVERIFY2(labels.ok(), qPrintable(labels.error()));
    QVERIFY(!labels->fullReference);
    QCOMPARE(labels->rows.size(), 6);
}

void TestStudiesMos::pairwiseBootstrapIsSeeded()
{
    // An image that wins every comparison still gets a finite scale (the prior).
    QVector<iqa::PairJudgement> judgements;
    for (int k = 0; k < 10; ++k) {
        judgements.append({0, 1});
        judgements.append({1, 2});
        judgements.append({k % 3 == 0 ? 2 : 1, k % 3 == 0 ? 1 : 2});
    }
    const auto first = iqa::BradleyTerry::fitWithBootstrap(3, judgements, 300, 42);
    const auto again = iqa::BradleyTerry::fitWithBootstrap(3, judgements, 300, 42);
    const auto other = iqa::BradleyTerry::fitWithBootstrap(3, judgements, 300, 43);
    QVERIFY(std::isfinite(first.scale[0]) && first.scale[0] > first.scale[1] && first.scale[1] > first.scale[2]);
    QCOMPARE(first.low, again.low);
    QCOMPARE(first.high, again.high);
    QVERIFY(first.low != other.low || first.high != other.high);
    QCOMPARE(iqa::BradleyTerry::quantileOfSorted({1, 2, 3, 4}, 0.5), 2.5);
    QCOMPARE(iqa::BradleyTerry::quantileOfSorted({1, 2, 3, 4, 5}, 0.025), 1.1);
}

void TestStudiesMos::pairwiseScalingIsSelectable()
{
    const SmallPairwiseSet set = smallPairwiseSet();
    iqa::MosOptions defaults;
    QCOMPARE(defaults.scaling, iqa::PairwiseScaling::BradleyTerry); // nothing changes for existing users
    defaults.bootstrapSamples = 200;
    defaults.seed = 7;
    iqa::MosOptions thurstone = defaults;
    thurstone.scaling = iqa::PairwiseScaling::Thurstone;

    const auto bt = iqa::MosAggregator::aggregate(set.votes, iqa::VoteMethod::Pairwise, defaults);
    const auto th = iqa::MosAggregator::aggregate(set.votes, iqa::VoteMethod::Pairwise, thurstone);
    QVERIFY2(bt, qPrintable(bt.error()));
    QVERIFY2(th, qPrintable(th.error()));
    QCOMPARE(bt->scaling, iqa::PairwiseScaling::BradleyTerry);
    QCOMPARE(th->scaling, iqa::PairwiseScaling::Thurstone);
    QCOMPARE(th->bootstrapSamples, 200);
    QCOMPARE(th->votesUsed, 30);

    // Each model's own fit and bootstrap (same judgements, same seed).
    const QVector<double> thurstoneFit = iqa::ThurstoneScaling::fit(3, set.judgements);
    const iqa::PairwiseScaleResult thurstoneBoot =
        iqa::ThurstoneScaling::fitWithBootstrap(3, set.judgements, 200, 7);
    const iqa::PairwiseScaleResult btBoot = iqa::BradleyTerry::fitWithBootstrap(3, set.judgements, 200, 7);
    QCOMPARE(th->stimuli.size(), 3);
    QCOMPARE(bt->stimuli.size(), 3);
    const QStringList names{QStringLiteral("a.png"), QStringLiteral("b.png"), QStringLiteral("c.png")};
    for (int i = 0; i < 3; ++i) {
        const iqa::StimulusMos &t = th->stimuli[i];
        const iqa::StimulusMos &b = bt->stimuli[i];
        QCOMPARE(QFileInfo(t.stimulus.first).fileName(), names[i]);
        QCOMPARE(QFileInfo(b.stimulus.first).fileName(), names[i]);
        QVERIFY(t.mos && t.std && t.ciLow && t.ciHigh);
        QCOMPARE(*t.mos, thurstoneFit[i]);
        QCOMPARE(*t.std, thurstoneBoot.std[i]);
        QCOMPARE(*t.ciLow, thurstoneBoot.low[i]);
        QCOMPARE(*t.ciHigh, thurstoneBoot.high[i]);
        QVERIFY(b.mos && b.std && b.ciLow && b.ciHigh);
        QCOMPARE(*b.mos, btBoot.scale[i]);
        QCOMPARE(*b.std, btBoot.std[i]);
        QCOMPARE(*b.ciLow, btBoot.low[i]);
        QCOMPARE(*b.ciHigh, btBoot.high[i]);
        QCOMPARE(t.n, b.n);
        QCOMPARE(t.wins, b.wins);
    }
    // Same order, different unit: a logit is worth about 1/1.7 of Thurstone's unit.
    for (const auto &r : {*th, *bt})
        QVERIFY(*r.stimuli[0].mos > *r.stimuli[1].mos && *r.stimuli[1].mos > *r.stimuli[2].mos);
    const double ratio = (*bt->stimuli[0].mos - *bt->stimuli[2].mos) / (*th->stimuli[0].mos - *th->stimuli[2].mos);
    QVERIFY2(ratio > 1.4 && ratio < 2.0, qPrintable(QString::number(ratio)));

    // The JSON names the model and its unit.
    const QJsonObject thJson = iqa::MosReport::toJson(*th, thurstone);
    const QJsonObject thScaling = thJson.value(QStringLiteral("scaling")).toObject();
    QCOMPARE(thScaling.value(QStringLiteral("key")).toString(), QStringLiteral("thurstone"));
    QCOMPARE(thScaling.value(QStringLiteral("model")).toString(), QStringLiteral("thurstone-case-v"));
    QCOMPARE(thScaling.value(QStringLiteral("unit")).toString(),
             QStringLiteral("standard deviation of the difference of two stimuli's qualities"));
    QCOMPARE(thJson.value(QStringLiteral("pairwise")).toObject().value(QStringLiteral("model")).toString(),
             QStringLiteral("thurstone-case-v"));
    const QJsonObject btJson = iqa::MosReport::toJson(*bt, defaults);
    const QJsonObject btScaling = btJson.value(QStringLiteral("scaling")).toObject();
    QCOMPARE(btScaling.value(QStringLiteral("key")).toString(), QStringLiteral("bt"));
    QCOMPARE(btScaling.value(QStringLiteral("model")).toString(), QStringLiteral("bradley-terry"));
    QCOMPARE(btScaling.value(QStringLiteral("unit")).toString(), QStringLiteral("logit"));
    QCOMPARE(btJson.value(QStringLiteral("pairwise")).toObject().value(QStringLiteral("model")).toString(),
             QStringLiteral("bradley-terry"));

    // Rating methods have no scaling: the option is ignored and not reported.
    const QVector<iqa::Vote> ratings{vote("r1", "a.png", 2), vote("r2", "a.png", 4)};
    const auto acr = iqa::MosAggregator::aggregate(ratings, iqa::VoteMethod::Acr, thurstone);
    QVERIFY(acr);
    QCOMPARE(*acr->stimuli[0].mos, 3.0);
    QVERIFY(!iqa::MosReport::toJson(*acr, thurstone).contains(QStringLiteral("scaling")));

    // Keys as the command line takes them.
    QVERIFY(iqa::parsePairwiseScaling(QStringLiteral("bt")) == iqa::PairwiseScaling::BradleyTerry);
    QVERIFY(iqa::parsePairwiseScaling(QStringLiteral(" Thurstone ")) == iqa::PairwiseScaling::Thurstone);
    QVERIFY(!iqa::parsePairwiseScaling(QStringLiteral("foo")));
    QVERIFY(!iqa::parsePairwiseScaling(QString()));
}

void TestStudiesMos::mosScalingOption()
{
    const SmallPairwiseSet set = smallPairwiseSet();
    QTemporaryDir dir;
    const QString votesPath = dir.filePath(QStringLiteral("pairs.csv"));
    QVERIFY(writeFile(votesPath, csvOf(set.csvLines).toUtf8()));
    const QVector<double> thurstoneFit = iqa::ThurstoneScaling::fit(3, set.judgements);
    const QVector<double> btFit = iqa::BradleyTerry::fit(3, set.judgements);

    // --scaling thurstone: the scale and the JSON's scaling are Thurstone's.
    Run run = runIqa({QStringLiteral("mos"), QStringLiteral("--votes"), votesPath, QStringLiteral("--json"),
                      QStringLiteral("--scaling"), QStringLiteral("thurstone"), QStringLiteral("--bootstrap"),
                      QStringLiteral("50")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonObject json = run.json();
    QJsonObject scaling = json.value(QStringLiteral("scaling")).toObject();
    QCOMPARE(scaling.value(QStringLiteral("key")).toString(), QStringLiteral("thurstone"));
    QCOMPARE(scaling.value(QStringLiteral("model")).toString(), QStringLiteral("thurstone-case-v"));
    QVERIFY(scaling.value(QStringLiteral("unit")).toString().startsWith(QStringLiteral("standard deviation")));
    QCOMPARE(json.value(QStringLiteral("pairwise")).toObject().value(QStringLiteral("bootstrap_samples")).toInt(), 50);
    const QStringList names{QStringLiteral("a.png"), QStringLiteral("b.png"), QStringLiteral("c.png")};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject m = stimulusByText(json, names[i]);
        QVERIFY2(std::abs(m.value(QStringLiteral("mos")).toDouble() - thurstoneFit[i]) < 1e-12, qPrintable(names[i]));
        QVERIFY(m.value(QStringLiteral("ci95_low")).toDouble() < m.value(QStringLiteral("ci95_high")).toDouble());
    }

    // The default stays Bradley-Terry, in logits.
    run = runIqa({QStringLiteral("mos"), QStringLiteral("--votes"), votesPath, QStringLiteral("--json"),
                  QStringLiteral("--bootstrap"), QStringLiteral("0")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    json = run.json();
    scaling = json.value(QStringLiteral("scaling")).toObject();
    QCOMPARE(scaling.value(QStringLiteral("key")).toString(), QStringLiteral("bt"));
    QCOMPARE(scaling.value(QStringLiteral("unit")).toString(), QStringLiteral("logit"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(std::abs(stimulusByText(json, names[i]).value(QStringLiteral("mos")).toDouble() - btFit[i]) < 1e-12);

    // The text output names the model too.
    run = runIqa({QStringLiteral("mos"), QStringLiteral("--votes"), votesPath, QStringLiteral("--scaling"),
                  QStringLiteral("thurstone"), QStringLiteral("--bootstrap"), QStringLiteral("0")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains("scaling thurstone-case-v"), run.out.constData());

    // Anything else is a usage error: exit 2, one line naming the option and the value.
    run = runIqa({QStringLiteral("mos"), QStringLiteral("--votes"), votesPath, QStringLiteral("--scaling"),
                  QStringLiteral("foo")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(run.err.contains(QStringLiteral("--scaling must be bt or thurstone, not 'foo'")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    // `iqa study export` shares the option (checked before the study is opened).
    run = runIqa({QStringLiteral("study"), QStringLiteral("export"), dir.filePath(QStringLiteral("none.iqas")),
                  QStringLiteral("--json"), QStringLiteral("--scaling"), QStringLiteral("logit")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(run.err.contains(QStringLiteral("'logit'")), qPrintable(run.err));
}

void TestStudiesMos::badVotesFiles()
{
    QTemporaryDir dir;
    // Usage errors: exit 2.
    QCOMPARE(runIqa({QStringLiteral("mos")}).exitCode, 2);
    QCOMPARE(runIqa({QStringLiteral("mos"), QStringLiteral("--votes"), QStringLiteral("x.csv"),
                     QStringLiteral("--screen"), QStringLiteral("bt501")})
                 .exitCode,
             2);

    // Missing file: exit 1, one line on stderr naming it.
    Run run = runIqa({QStringLiteral("mos"), QStringLiteral("--votes"), dir.filePath(QStringLiteral("none.csv"))});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(run.err.contains(QStringLiteral("none.csv")));

    // Mixed methods: refused as a whole.
    const QString mixed = dir.filePath(QStringLiteral("mixed.csv"));
    QVERIFY(writeFile(mixed, "rater,stimulus,method,value\nr1,a.png,acr,3\nr1,b.png,slider,40\n"));
    run = runIqa({QStringLiteral("mos"), QStringLiteral("--votes"), mixed});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("line 3")) && run.err.contains(QStringLiteral("slider")),
             qPrintable(run.err));

    // Missing column.
    const QString noValue = dir.filePath(QStringLiteral("novalue.csv"));
    QVERIFY(writeFile(noValue, "rater,stimulus,method\nr1,a.png,acr\n"));
    run = runIqa({QStringLiteral("mos"), QStringLiteral("--votes"), noValue});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("rater,stimulus,method,value")));

    // Bad rows are skipped and reported with their line; the rest counts.
    const QString someBad = dir.filePath(QStringLiteral("somebad.csv"));
    QVERIFY(writeFile(someBad, "rater,stimulus,method,value\n"
                               "r1,a.png,acr,3\n"
                               "r2,a.png,acr,6\n"
                               "r3,a.png,acr,x\n"
                               "r4,a.png|b.png|c.png,acr,2\n"
                               "r5,,acr,2\n"
                               ",a.png,acr,2\n"
                               "r6,a.png,acr,5\n"));
    run = runIqa({QStringLiteral("mos"), QStringLiteral("--votes"), someBad, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray skipped = run.json().value(QStringLiteral("skipped_rows")).toArray();
    QCOMPARE(skipped.size(), 5);
    QCOMPARE(skipped.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
    QVERIFY(
        skipped.at(0).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("outside 1..5")));
    QCOMPARE(stimulusByText(run.json(), QStringLiteral("a.png")).value(QStringLiteral("mos")).toDouble(), 4.0);

    // Pairwise values other than 0/1 are refused row by row.
    const QString badPair = dir.filePath(QStringLiteral("badpair.csv"));
    QVERIFY(writeFile(badPair, "rater,stimulus,method,value\nr1,a.png|b.png,pairwise,0.5\nr1,a.png,pairwise,1\n"));
    run = runIqa({QStringLiteral("mos"), QStringLiteral("--votes"), badPair});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no usable vote")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestStudiesMos)
#include "test_studies_mos.moc"
