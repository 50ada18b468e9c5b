#include "metrics/ClassicModels.h"

#include "metrics/ClassicMetrics.h"

#include <QCoreApplication>

#include <functional>
#include <limits>

namespace iqa {

namespace {

using PairMetric = std::function<Expected<double>(const Image &, const Image &)>;

class ClassicModel final : public QualityModel
{
public:
    ClassicModel(ModelCard card, PairMetric metric) : m_card(std::move(card)), m_metric(std::move(metric)) {}
    const ModelCard &card() const override { return m_card; }
    Expected<double> scorePair(const Image &reference, const Image &distorted) override
    {
        if (Status same = checkSameSize(reference, distorted); !same)
            return Expected<double>::failure(same.error());
        return m_metric(reference, distorted);
    }

private:
    ModelCard m_card;
    PairMetric m_metric;
};

ModelCard classicCard(const QString &id)
{
    const double inf = std::numeric_limits<double>::infinity();
    const QString luma = QCoreApplication::translate("ClassicModels", "luma (ITU-R BT.601), 0-255 scale");
    ModelCard c;
    c.id = id;
    c.kind = ModelKind::FullReference;
    if (id == QLatin1String("psnr")) {
        c.name = QStringLiteral("PSNR");
        c.summary = QCoreApplication::translate("ClassicModels", "Peak signal-to-noise ratio over RGB; infinite for identical images");
        c.rangeMax = inf;
        c.unit = QStringLiteral("dB");
        c.preprocessing = QCoreApplication::translate("ClassicModels", "RGB, peak 255 (65535 for 16-bit)");
    } else if (id == QLatin1String("ssim")) {
        c.name = QStringLiteral("SSIM");
        c.summary = QCoreApplication::translate("ClassicModels", "Structural similarity, Gaussian window 11x11, sigma 1.5 (Wang et al. 2004)");
        c.rangeMin = -1.0;
        c.preprocessing = luma;
    } else if (id == QLatin1String("ms-ssim")) {
        c.name = QStringLiteral("MS-SSIM");
        c.summary = QCoreApplication::translate("ClassicModels", "Multi-scale SSIM, 5 scales (Wang et al. 2003)");
        c.preprocessing = luma;
    } else if (id == QLatin1String("gmsd")) {
        c.name = QStringLiteral("GMSD");
        c.summary = QCoreApplication::translate("ClassicModels", "Gradient magnitude similarity deviation (Xue et al. 2014); 0 for identical images");
        c.direction = ScoreDirection::LowerIsBetter;
        c.rangeMax = 0.5;
        c.preprocessing = luma;
    }
    return c;
}

} // namespace

QStringList classicModelIds()
{
    return {QStringLiteral("psnr"), QStringLiteral("ssim"), QStringLiteral("ms-ssim"), QStringLiteral("gmsd")};
}

std::unique_ptr<QualityModel> createClassicModel(const QString &id)
{
    PairMetric metric;
    if (id == QLatin1String("psnr"))
        metric = psnr;
    else if (id == QLatin1String("ssim"))
        metric = ssim;
    else if (id == QLatin1String("ms-ssim"))
        metric = msSsim;
    else if (id == QLatin1String("gmsd"))
        metric = gmsd;
    else
        return nullptr;
    return std::make_unique<ClassicModel>(classicCard(id), metric);
}

} // namespace iqa
