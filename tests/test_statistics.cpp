// Correlation statistics (core/metrics/Correlation): SRCC, KRCC, PLCC after
// the VQEG logistic fit, RMSE, and how they behave on degenerate input.

#include "TestSupport.h"

#include "metrics/Correlation.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using iqa::CorrelationReport;
using iqa::MosMapping;

namespace {

// The O(n^2) textbook tau-b, to check the O(n log n) implementation against.
double bruteForceTauB(const QVector<double> &x, const QVector<double> &y)
{
    double concordant = 0, discordant = 0, onlyX = 0, onlyY = 0;
    for (int i = 0; i < x.size(); ++i)
        for (int j = i + 1; j < x.size(); ++j) {
            const double dx = x[i] - x[j], dy = y[i] - y[j];
            if (dx == 0 && dy == 0)
                continue;
            if (dx == 0)
                onlyX += 1;
            else if (dy == 0)
                onlyY += 1;
            else if ((dx > 0) == (dy > 0))
                concordant += 1;
            else
                discordant += 1;
        }
    return (concordant - discordant)
        / std::sqrt((concordant + discordant + onlyX) * (concordant + discordant + onlyY));
}

// x = i/39, MOS = a logistic of x plus a deterministic wiggle (i = 0..39).
void wigglyLogistic(QVector<double> *x, QVector<double> *mos)
{
    for (int i = 0; i < 40; ++i) {
        const double xi = i / 39.0;
        x->append(xi);
        mos->append(1 + 4 / (1 + std::exp(-(xi - 0.5) / 0.1)) + 0.3 * std::sin(7.3 * i));
    }
}

void verifyAllUndefined(const CorrelationReport &r)
{
    QVERIFY(!r.srcc && !r.krcc && !r.plcc && !r.rmse);
    QCOMPARE(r.mapping, MosMapping::None);
    QVERIFY(!r.logisticFitted);
    QVERIFY(!r.undefinedReason.isEmpty());
}

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

private slots:
    void coefficientsMatchScipyWithTies_data();
    void coefficientsMatchScipyWithTies();
    void logisticFitMatchesScipyCurveFit();
    void perfectMonotoneRelationGivesOne();
    void reversedRelationGivesMinusOne();
    void logisticIsSymmetricInSignOfB4();
    void constantPredictionsAreUndefinedWithReason();
    void constantMosIsUndefinedWithReason();
    void tooFewPairsAreUndefinedWithReason();
    void fewPairsFallBackToLinearAndSaySo();
    void mismatchedLengthsAreAnError();
    void nonFiniteInputIsAnErrorNamingTheIndex();
    void kendallMatchesBruteForceOnManyTies();
    void tenThousandPairsFitTheLogistic();
};

void TestStatistics::coefficientsMatchScipyWithTies_data()
{
    QTest::addColumn<QVector<double>>("x");
    QTest::addColumn<QVector<double>>("y");
    QTest::addColumn<double>("srcc");
    QTest::addColumn<double>("krcc");
    QTest::addColumn<double>("pearson");
    // Expected values from scipy 1.10.1 (Debian 12):
    //   /usr/bin/python3 -c "from scipy import stats; x=[...]; y=[...];
    //     print(stats.spearmanr(x,y).correlation, stats.kendalltau(x,y).correlation, stats.pearsonr(x,y)[0])"
    // kendalltau is tau-b by default, spearmanr uses average ranks.
    QTest::newRow("ties in both")
        << QVector<double>{1.0, 2.0, 2.0, 3.0, 4.0, 5.0, 5.0, 5.0, 7.5, 9.0}
        << QVector<double>{2.1, 1.9, 3.5, 3.5, 4.0, 3.9, 6.1, 5.5, 8.0, 7.2} << 0.9229098418694603
        << 0.8004987358916189 << 0.919499738193202;
    QTest::newRow("weak, many ties")
        << QVector<double>{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5} << QVector<double>{2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4}
        << 0.1384567651467695 << 0.14757295747452434 << 0.09422924859889797;
}

void TestStatistics::coefficientsMatchScipyWithTies()
{
    QFETCH(QVector<double>, x);
    QFETCH(QVector<double>, y);
    QFETCH(double, srcc);
    QFETCH(double, krcc);
    QFETCH(double, pearson);

    const auto report = iqa::correlate(x, y);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->n, x.size());
    QVERIFY(report->srcc && report->krcc);
    QVERIFY(std::abs(*report->srcc - srcc) < 1e-12);
    QVERIFY(std::abs(*report->krcc - krcc) < 1e-12);
    QVERIFY(std::abs(*iqa::pearson(x, y) - pearson) < 1e-12);
    QVERIFY(std::abs(*iqa::spearman(x, y) - srcc) < 1e-12);
    QVERIFY(std::abs(*iqa::kendallTauB(x, y) - krcc) < 1e-12);
}

void TestStatistics::logisticFitMatchesScipyCurveFit()
{
    // scipy.optimize.curve_fit of the same logistic from
    // p0 = [max(mos), min(mos), mean(x), std(x)] on the data of wigglyLogistic():
    //   b = [5.02748935, 1.02992951, 0.50414685, 0.09995414]
    //   pearsonr(fit, mos) = 0.9910156662245033, RMSE = 0.21149139014341026
    //   pearsonr(x, mos) = 0.9640415806134662 (no fit)
    QVector<double> x, mos;
    wigglyLogistic(&x, &mos);
    const auto report = iqa::correlate(x, mos);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY2(report->logisticFitted, qPrintable(report->mappingNote));
    QCOMPARE(report->mapping, MosMapping::Logistic);
    QVERIFY(report->mappingNote.isEmpty());
    const std::array<double, 4> scipyB{5.02748935, 1.02992951, 0.50414685, 0.09995414};
    for (int i = 0; i < 4; ++i)
        QVERIFY2(std::abs(report->logistic[i] - scipyB[i]) < 1e-6,
                 qPrintable(QStringLiteral("b%1 = %2").arg(i + 1).arg(report->logistic[i], 0, 'g', 12)));
    QVERIFY(std::abs(*report->plcc - 0.9910156662245033) < 1e-8);
    QVERIFY(std::abs(*report->rmse - 0.21149139014341026) < 1e-8);
    // The fit is what lifts PLCC above the linear correlation.
    QVERIFY(*report->plcc > *iqa::pearson(x, mos));
}

void TestStatistics::perfectMonotoneRelationGivesOne()
{
    QVector<double> x, logisticMos, cubicMos;
    const std::array<double, 4> b{80, 20, 0.4, 0.15};
    for (int i = 0; i < 50; ++i) {
        x << i / 49.0;
        logisticMos << iqa::logistic4(b, i / 49.0);
        cubicMos << std::pow(i / 49.0, 3);
    }
    const auto exact = iqa::correlate(x, logisticMos);
    QVERIFY2(exact.ok(), qPrintable(exact.error()));
    QCOMPARE(*exact->srcc, 1.0);
    QCOMPARE(*exact->krcc, 1.0);
    QVERIFY(exact->logisticFitted);
    QVERIFY(std::abs(*exact->plcc - 1.0) < 1e-9);
    QVERIFY(*exact->rmse < 1e-6);
    for (int i = 0; i < 4; ++i)
        QVERIFY(std::abs(exact->logistic[i] - b[i]) < 1e-5);

    // Monotone but not a logistic: ranks are still perfect, PLCC close to 1.
    const auto cubic = iqa::correlate(x, cubicMos);
    QVERIFY2(cubic.ok(), qPrintable(cubic.error()));
    QCOMPARE(*cubic->srcc, 1.0);
    QCOMPARE(*cubic->krcc, 1.0);
    QVERIFY(cubic->logisticFitted);
    QVERIFY2(*cubic->plcc > 0.995, qPrintable(QString::number(*cubic->plcc)));
    QVERIFY(*cubic->plcc > *iqa::pearson(x, cubicMos));
}

void TestStatistics::reversedRelationGivesMinusOne()
{
    // A lower-is-better metric against MOS, unflipped: every coefficient is
    // negative, including PLCC after the (falling) logistic.
    QVector<double> x, mos;
    for (int i = 0; i < 30; ++i) {
        x << 0.01 * i;
        mos << 5.0 - 4.0 / (1.0 + std::exp(-(0.01 * i - 0.15) / 0.04));
    }
    const auto report = iqa::correlate(x, mos);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(*report->srcc, -1.0);
    QCOMPARE(*report->krcc, -1.0);
    QVERIFY(report->logisticFitted);
    QVERIFY(report->logistic[0] < report->logistic[1]); // falling curve
    QVERIFY(std::abs(*report->plcc + 1.0) < 1e-9);
    QVERIFY(*report->rmse < 1e-6);
}

void TestStatistics::logisticIsSymmetricInSignOfB4()
{
    const std::array<double, 4> b{5, 1, 2, 0.5}, negB4{5, 1, 2, -0.5};
    QCOMPARE(iqa::logistic4(b, 2.0), 3.0); // midpoint at b3
    QCOMPARE(iqa::logistic4(b, 3.0), iqa::logistic4(negB4, 3.0));
    QVERIFY(std::abs(iqa::logistic4(b, 1e6) - 5.0) < 1e-12);
    QVERIFY(std::abs(iqa::logistic4(b, -1e6) - 1.0) < 1e-12);
}

void TestStatistics::constantPredictionsAreUndefinedWithReason()
{
    const auto report = iqa::correlate({0.7, 0.7, 0.7, 0.7, 0.7, 0.7}, {1, 2, 3, 4, 5, 3});
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->n, 6);
    verifyAllUndefined(*report);
    QVERIFY2(report->undefinedReason.contains(QStringLiteral("predictions are equal")),
             qPrintable(report->undefinedReason));
    QVERIFY(!iqa::pearson({1, 1, 1}, {1, 2, 3}));
    QVERIFY(!iqa::spearman({1, 1, 1}, {1, 2, 3}));
    QVERIFY(!iqa::kendallTauB({1, 1, 1}, {1, 2, 3}));
}

void TestStatistics::constantMosIsUndefinedWithReason()
{
    const auto report = iqa::correlate({0.1, 0.5, 0.2, 0.9, 0.3}, {3, 3, 3, 3, 3});
    QVERIFY2(report.ok(), qPrintable(report.error()));
    verifyAllUndefined(*report);
    QVERIFY2(report->undefinedReason.contains(QStringLiteral("opinion scores are equal")),
             qPrintable(report->undefinedReason));
    QVERIFY(!report->undefinedReason.contains(QStringLiteral("predictions")));
}

void TestStatistics::tooFewPairsAreUndefinedWithReason()
{
    for (const QVector<double> &v : {QVector<double>{}, QVector<double>{1.0}, QVector<double>{1.0, 2.0}}) {
        const auto report = iqa::correlate(v, v);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->n, v.size());
        verifyAllUndefined(*report);
        QVERIFY2(report->undefinedReason.contains(QStringLiteral("At least 3")), qPrintable(report->undefinedReason));
    }
}

void TestStatistics::fewPairsFallBackToLinearAndSaySo()
{
    // Four points cannot constrain four logistic parameters: a straight line is
    // used, and the report says so.
    const QVector<double> x{1, 2, 3, 5}, mos{1.5, 1.9, 3.2, 4.8};
    const auto report = iqa::correlate(x, mos);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY(report->srcc && report->krcc && report->plcc && report->rmse);
    QCOMPARE(*report->srcc, 1.0);
    QVERIFY(!report->logisticFitted);
    QCOMPARE(report->mapping, MosMapping::Linear);
    QVERIFY2(report->mappingNote.contains(QStringLiteral("at least 5")), qPrintable(report->mappingNote));
    QVERIFY(std::abs(*report->plcc - *iqa::pearson(x, mos)) < 1e-15);
    // Least-squares line, from /usr/bin/python3 with numpy:
    //   p = numpy.polyfit(x, mos, 1)  ->  [0.8628571428571431, 0.4771428571428559]
    //   sqrt(mean((polyval(p, x) - mos)**2))  ->  0.18400310556385413
    QVERIFY(std::abs(report->linear[0] - 0.8628571428571431) < 1e-12);
    QVERIFY(std::abs(report->linear[1] - 0.4771428571428559) < 1e-12);
    QVERIFY(std::abs(*report->rmse - 0.18400310556385413) < 1e-12);
    QVERIFY(report->undefinedReason.isEmpty());
}

void TestStatistics::mismatchedLengthsAreAnError()
{
    const auto report = iqa::correlate({1, 2, 3, 4}, {1, 2, 3});
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(QStringLiteral("4 predictions"))
            && report.error().contains(QStringLiteral("3 opinion")),
        qPrintable(report.error()));
}

void TestStatistics::nonFiniteInputIsAnErrorNamingTheIndex()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const auto badPrediction = iqa::correlate({1, 2, nan, 4, 5}, {1, 2, 3, 4, 5});
    QVERIFY(!badPrediction.ok());
    QVERIFY2(
        badPrediction.error().contains(QStringLiteral("prediction at index 2")), qPrintable(badPrediction.error()));
    const auto badMos = iqa::correlate({1, 2, 3, 4, 5}, {1, 2, 3, 4, -inf});
    QVERIFY(!badMos.ok());
    QVERIFY2(badMos.error().contains(QStringLiteral("opinion score at index 4")), qPrintable(badMos.error()));
}

void TestStatistics::kendallMatchesBruteForceOnManyTies()
{
    std::mt19937 rng(12345);
    std::uniform_int_distribution<int> coarse(0, 9), fine(0, 99);
    QVector<double> x, y;
    for (int i = 0; i < 3000; ++i) {
        const int a = coarse(rng);
        x << a;
        y << a * 10 + fine(rng) / 4; // correlated, with ties in x, y and jointly
    }
    const double expected = bruteForceTauB(x, y);
    const auto tau = iqa::kendallTauB(x, y);
    QVERIFY(tau);
    QVERIFY2(std::abs(*tau - expected) < 1e-12,
             qPrintable(QStringLiteral("%1 vs %2").arg(*tau, 0, 'g', 17).arg(expected, 0, 'g', 17)));
    QVERIFY(*tau > 0.5 && *tau < 1.0);
}

void TestStatistics::tenThousandPairsFitTheLogistic()
{
    // A large evaluation set (its speed is measured by
    // tests/bench/bench_classic_metrics, not here).
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(0.0, 0.3);
    QVector<double> x, mos;
    for (int i = 0; i < 10000; ++i) {
        const double xi = i / 9999.0;
        x << xi;
        mos << iqa::logistic4({90, 10, 0.5, 0.12}, xi) + 5 * noise(rng);
    }
    const auto report = iqa::correlate(x, mos);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY(report->logisticFitted);
    QVERIFY(std::abs(report->logistic[0] - 90) < 0.5 && std::abs(report->logistic[1] - 10) < 0.5);
    QVERIFY(std::abs(report->logistic[2] - 0.5) < 0.01 && std::abs(report->logistic[3] - 0.12) < 0.01);
    QVERIFY(std::abs(*report->rmse - 1.5) < 0.05); // the noise's deviation
    QVERIFY(*report->plcc > *report->srcc - 0.01 && *report->plcc > *iqa::pearson(x, mos));
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "test_statistics.moc"
