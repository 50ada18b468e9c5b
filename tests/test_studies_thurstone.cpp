// Thurstone Case V scaling of pairwise preferences: the normal log-CDF in
// both tails, the fit against an independent maximisation in Python
// (scipy), a two-item case solved by bisection, finiteness where the plain
// maximum-likelihood estimate does not exist, agreement with Bradley-Terry,
// and seeded bootstrap intervals.
#include "TestSupport.h"

#include "studies/BradleyTerry.h"
#include "studies/ThurstoneScaling.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <cmath>

using namespace iqa::test;

namespace {

// Standard normal CDF, written out here so the test does not lean on the
// code it checks.
double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

double normalPdf(double x)
{
    return std::exp(-0.5 * x * x) / std::sqrt(2.0 * M_PI);
}

// `count` judgements of a over b and `total - count` of b over a.
void addGames(QVector<iqa::PairJudgement> *judgements, int a, int b, int count, int total)
{
    for (int i = 0; i < total; ++i)
        judgements->append(i < count ? iqa::PairJudgement{a, b} : iqa::PairJudgement{b, a});
}

// Judgements whose win counts are those a Thurstone model with `truth`
// expects (rounded): data without sampling noise, so the fit must come back
// close to the truth.
QVector<iqa::PairJudgement> expectedGames(const QVector<double> &truth, int perPair)
{
    QVector<iqa::PairJudgement> judgements;
    for (int a = 0; a < truth.size(); ++a)
        for (int b = a + 1; b < truth.size(); ++b)
            addGames(&judgements, a, b, int(std::lround(perPair * normalCdf(truth[a] - truth[b]))), perPair);
    return judgements;
}

// Maximises the same penalised likelihood (one virtual win and loss per
// item against a fixed item at 0) with scipy's BFGS, then polishes the root
// of the gradient with scipy's hybrid Powell solver.
const char *const kThurstoneReference = R"PY(
import json, sys
import numpy as np
from scipy import optimize
from scipy.stats import norm

k, games = json.loads(sys.argv[1])
W = np.zeros((k, k))
for w, l in games:
    W[w, l] += 1

def nll(s):
    d = s[:, None] - s[None, :]
    return -(np.sum(W * norm.logcdf(d)) + np.sum(norm.logcdf(s) + norm.logcdf(-s)))

def grad(s):
    d = s[:, None] - s[None, :]
    m = W * np.exp(norm.logpdf(d) - norm.logcdf(d))
    g = m.sum(axis=1) - m.sum(axis=0)
    g += np.exp(norm.logpdf(s) - norm.logcdf(s)) - np.exp(norm.logpdf(s) - norm.logcdf(-s))
    return -g

s = optimize.minimize(nll, np.zeros(k), jac=grad, method='BFGS', options={'gtol': 1e-10}).x
s = optimize.root(grad, s, method='hybr', tol=1e-14).x
s = s - s.mean()
print(json.dumps([float(x) for x in s]))
)PY";

} // namespace

class TestStudiesThurstone : public QObject
{
    Q_OBJECT

private slots:
    void logNormalCdfIsAccurateInBothTails();
    void scaleMatchesIndependentFit();
    void twoItemsSolveTheOneDimensionalEquation();
    void unanimousAndDisconnectedDesignsStayFinite();
    void recoversTheTruthAndRanksLikeBradleyTerry();
    void bootstrapIsSeededAndBracketsTheEstimate();
};

void TestStudiesThurstone::logNormalCdfIsAccurateInBothTails()
{
    // scipy.stats.norm.logcdf (scipy 1.10.1).
    const struct
    {
        double x, logCdf;
    } reference[] = {{0, -0.6931471805599453},     {-1.959963984540054, -3.6888794541139367},
                     {3.0, -0.001350809964748193}, {8, -6.220960574271743e-16},
                     {-10, -53.23128515051248},    {-29.5, -439.4294746091503},
                     {-30.5, -469.4627373229121},  {-40, -804.6084420137539},
                     {-100, -5005.524208694205}};
    for (const auto &r : reference) {
        const double got = iqa::ThurstoneScaling::logNormalCdf(r.x);
        QVERIFY2(
            std::abs(got - r.logCdf) <= 1e-12 * std::abs(r.logCdf),
            qPrintable(
                QStringLiteral("x = %1: %2 instead of %3").arg(r.x).arg(got, 0, 'g', 17).arg(r.logCdf, 0, 'g', 17)));
    }
    // No step where the two formulas meet.
    const double below = iqa::ThurstoneScaling::logNormalCdf(-30.0 - 1e-9);
    const double above = iqa::ThurstoneScaling::logNormalCdf(-30.0 + 1e-9);
    QVERIFY(std::abs(above - below) < 1e-6);
}

void TestStudiesThurstone::scaleMatchesIndependentFit()
{
    // Five images, an unbalanced design with one unanimous pair and one pair never compared.
    QVector<iqa::PairJudgement> judgements;
    addGames(&judgements, 0, 1, 7, 10);
    addGames(&judgements, 0, 2, 9, 10);
    addGames(&judgements, 1, 2, 6, 12);
    addGames(&judgements, 1, 3, 8, 8); // unanimous
    addGames(&judgements, 2, 3, 5, 9);
    addGames(&judgements, 3, 4, 2, 11);
    addGames(&judgements, 2, 4, 4, 6);
    QJsonArray games;
    for (const iqa::PairJudgement &j : judgements)
        games.append(QJsonArray{j.winner, j.loser});
    const QByteArray input = QJsonDocument(QJsonArray{5, games}).toJson(QJsonDocument::Compact);

    const QString python = qEnvironmentVariable("IQA_DEBIAN_PYTHON", QStringLiteral("/usr/bin/python3"));
    const Run run =
        runProgram(python, {QStringLiteral("-c"), QString::fromUtf8(kThurstoneReference), QString::fromUtf8(input)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray expected = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(expected.size(), 5);

    const QVector<double> scale = iqa::ThurstoneScaling::fit(5, judgements);
    QCOMPARE(scale.size(), 5);
    for (int i = 0; i < 5; ++i)
        QVERIFY2(std::abs(scale[i] - expected[i].toDouble()) < 1e-8,
                 qPrintable(QStringLiteral("item %1: %2 instead of %3")
                                .arg(i)
                                .arg(scale[i], 0, 'g', 12)
                                .arg(expected[i].toDouble(), 0, 'g', 12)));
}

void TestStudiesThurstone::twoItemsSolveTheOneDimensionalEquation()
{
    // 30 wins of item 0 over item 1 and 10 the other way. The mean-0 scales
    // are (a, -a) with 60 m(2a) - 20 m(-2a) + 2 (m(a) - m(-a)) = 0, where m is
    // phi / Phi: the derivative of the penalised log-likelihood in a.
    QVector<iqa::PairJudgement> judgements;
    addGames(&judgements, 0, 1, 30, 40);
    auto m = [](double x) { return normalPdf(x) / normalCdf(x); };
    auto derivative = [&m](double a) { return 60 * m(2 * a) - 20 * m(-2 * a) + 2 * (m(a) - m(-a)); };
    double low = 0, high = 3; // derivative(0) > 0 > derivative(3)
    QVERIFY(derivative(low) > 0 && derivative(high) < 0);
    for (int i = 0; i < 200; ++i) {
        const double mid = 0.5 * (low + high);
        (derivative(mid) > 0 ? low : high) = mid;
    }
    const double a = 0.5 * (low + high);
    const QVector<double> scale = iqa::ThurstoneScaling::fit(2, judgements);
    QVERIFY2(std::abs(scale[0] - a) < 1e-10, qPrintable(QString::number(scale[0] - a)));
    QVERIFY2(std::abs(scale[1] + a) < 1e-10, qPrintable(QString::number(scale[1] + a)));
    // Without the prior the estimate would be Phi^-1(0.75) = 0.674 apart; the prior pulls it in a little.
    QVERIFY(2 * a < 0.6745 && 2 * a > 0.55);
}

void TestStudiesThurstone::unanimousAndDisconnectedDesignsStayFinite()
{
    // 0 always beats 1; 2 and 3 are never compared with 0 or 1.
    QVector<iqa::PairJudgement> judgements;
    addGames(&judgements, 0, 1, 20, 20);
    addGames(&judgements, 2, 3, 3, 6);
    const QVector<double> scale = iqa::ThurstoneScaling::fit(4, judgements);
    double sum = 0;
    for (double s : scale) {
        QVERIFY(std::isfinite(s));
        sum += s;
    }
    QVERIFY(std::abs(sum) < 1e-12);
    QVERIFY(scale[0] > scale[1]);
    QVERIFY(scale[0] - scale[1] < 6);              // finite and moderate, thanks to the virtual games
    QVERIFY(std::abs(scale[2] - scale[3]) < 1e-9); // 3 of 6 each way: no preference
    // No judgements at all: every item at 0.
    for (double s : iqa::ThurstoneScaling::fit(3, {}))
        QCOMPARE(s, 0.0);
}

void TestStudiesThurstone::recoversTheTruthAndRanksLikeBradleyTerry()
{
    const QVector<double> truth{-1.2, -0.5, 0.0, 0.4, 1.3};
    const QVector<iqa::PairJudgement> judgements = expectedGames(truth, 400);
    const QVector<double> thurstone = iqa::ThurstoneScaling::fit(5, judgements);
    const QVector<double> bradleyTerry = iqa::BradleyTerry::fit(5, judgements);
    for (int i = 0; i < 5; ++i) {
        // The truth has mean 0 already.
        QVERIFY2(std::abs(thurstone[i] - truth[i]) < 0.03,
                 qPrintable(QStringLiteral("item %1: %2 for %3").arg(i).arg(thurstone[i]).arg(truth[i])));
        // Same order; the logistic scale is about 1.6 to 1.8 times the probit one.
        if (i > 0)
            QVERIFY(bradleyTerry[i] > bradleyTerry[i - 1]);
        const double ratio = bradleyTerry[i] / thurstone[i];
        if (std::abs(truth[i]) > 0.3)
            QVERIFY2(ratio > 1.5 && ratio < 1.85, qPrintable(QString::number(ratio)));
    }
}

void TestStudiesThurstone::bootstrapIsSeededAndBracketsTheEstimate()
{
    const QVector<iqa::PairJudgement> judgements = expectedGames({-0.8, 0.1, 0.7}, 30);
    const auto first = iqa::ThurstoneScaling::fitWithBootstrap(3, judgements, 300, 42);
    const auto again = iqa::ThurstoneScaling::fitWithBootstrap(3, judgements, 300, 42);
    const auto other = iqa::ThurstoneScaling::fitWithBootstrap(3, judgements, 300, 43);
    QCOMPARE(first.samples, 300);
    QCOMPARE(first.low, again.low);
    QCOMPARE(first.high, again.high);
    QVERIFY(first.low != other.low);
    QCOMPARE(first.scale, iqa::ThurstoneScaling::fit(3, judgements));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(first.std[i] > 0.05 && first.std[i] < 1.0);
        QVERIFY(first.low[i] < first.scale[i] && first.scale[i] < first.high[i]);
    }
    const auto none = iqa::ThurstoneScaling::fitWithBootstrap(3, judgements, 0, 42);
    QCOMPARE(none.samples, 0);
    QVERIFY(none.std.isEmpty() && none.low.isEmpty());
}

QTEST_MAIN(TestStudiesThurstone)
#include "test_studies_thurstone.moc"
