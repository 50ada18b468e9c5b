#include <torch/torch.h>

#include "models/CrossIqaHeatmaps.h"
#include "models/detail/CrossIqaModelAccess.h"
#include "models/detail/EncoderModules.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <limits>

namespace iqa {

namespace {

// Sums of upsampled tile maps and how many tiles covered each pixel.
class TileCanvas
{
public:
    TileCanvas(cv::Size size, QString name, int stride)
        : m_sum(cv::Mat::zeros(size, CV_32F)), m_count(cv::Mat::zeros(size, CV_32F)), m_name(std::move(name)), m_stride(stride) {}

    // `grid`: g x g values of one tile (CPU float tensor).
    void add(const torch::Tensor &grid, const cv::Rect &tile)
    {
        const torch::Tensor g = grid.to(torch::kCPU, torch::kFloat32).contiguous();
        const cv::Mat cells(int(g.size(0)), int(g.size(1)), CV_32F, g.data_ptr<float>());
        cv::Mat up;
        cv::resize(cells, up, tile.size(), 0, 0, cv::INTER_LINEAR);
        m_sum(tile) += up;
        m_count(tile) += 1.0f;
    }

    LayerHeatmap finish(const cv::Rect &image) const
    {
        LayerHeatmap out;
        out.name = m_name;
        out.stride = m_stride;
        const cv::Mat mean = m_sum / cv::max(m_count, 1.0f);
        out.map = mean(image).clone();
        return out;
    }

private:
    cv::Mat m_sum, m_count;
    QString m_name;
    int m_stride;
};

} // namespace

Expected<CrossIqaHeatmaps> computeCrossIqaHeatmaps(CrossIqaModel &model, const Image &image)
{
    using R = Expected<CrossIqaHeatmaps>;
    if (qint64(image.width()) * image.height() > kMaxCrossIqaHeatmapPixels) {
        return R::failure(QCoreApplication::translate("CrossIqa", "Cross-IQA heatmaps are limited to %1 megapixels; this image has %2.")
                              .arg(kMaxCrossIqaHeatmapPixels / 1'000'000).arg(double(image.width()) * image.height() / 1e6, 0, 'f', 1));
    }
    const auto rgb = CrossIqaModelAccess::preparedImage(model, image);
    if (!rgb)
        return R::failure(rgb.error());
    detail::CrossIqaNetwork &network = CrossIqaModelAccess::network(model);
    const detail::CrossIqaShape &shape = network->shape();
    const int g = shape.gridSide(), patches = shape.patchCount();
    // Where the original image sits inside the mirrored-out one.
    const cv::Rect original((rgb->cols - image.width()) / 2, (rgb->rows - image.height()) / 2, image.width(), image.height());
    const QVector<cv::Rect> rects = CrossIqaModel::tileRects(cv::Size(rgb->cols, rgb->rows), 0, shape.imageSize,
                                                             std::numeric_limits<int>::max(), 2);
    std::vector<TileCanvas> attention;
    for (int b = 0; b < shape.depth; ++b)
        attention.emplace_back(rgb->size(), QStringLiteral("block.%1").arg(b), shape.patchSize);
    TileCanvas rollout(rgb->size(), QStringLiteral("rollout"), shape.patchSize);
    TileCanvas quality(rgb->size(), QStringLiteral("patch quality"), shape.patchSize);
    try {
        torch::InferenceMode inference;
        constexpr int kChunk = 16;  // tiles per forward pass: bounds the attention tensors' memory
        for (int start = 0; start < rects.size(); start += kChunk) {
            const QVector<cv::Rect> chunk = rects.mid(start, kChunk);
            const detail::CrossIqaEncoding e = network->encoder(CrossIqaModelAccess::tilesTensor(model, *rgb, chunk), true);
            const torch::Tensor patchScores = network->head(e.content).squeeze(-1);  // n x P
            const int64_t tokens = patches + 1;
            torch::Tensor rolled = torch::eye(tokens, e.content.options()).expand({int64_t(chunk.size()), tokens, tokens});
            std::vector<torch::Tensor> classRows;
            for (const torch::Tensor &weights : e.attention) {
                const torch::Tensor mean = weights.mean(1);  // n x T x T
                classRows.push_back(mean.select(1, 0).slice(1, 1) * double(patches));
                torch::Tensor mixed = 0.5 * mean + 0.5 * torch::eye(tokens, mean.options());
                mixed = mixed / mixed.sum(-1, true);
                rolled = torch::matmul(mixed, rolled);
            }
            torch::Tensor rolledClass = rolled.select(1, 0).slice(1, 1);
            rolledClass = rolledClass / rolledClass.sum(-1, true) * double(patches);
            for (int i = 0; i < chunk.size(); ++i) {
                for (size_t b = 0; b < classRows.size(); ++b)
                    attention[b].add(classRows[b][i].reshape({g, g}), chunk[i]);
                rollout.add(rolledClass[i].reshape({g, g}), chunk[i]);
                quality.add(patchScores[i].reshape({g, g}), chunk[i]);
            }
        }
    } catch (const std::exception &e) {
        return R::failure(detail::torchErrorMessage(e));
    }
    CrossIqaHeatmaps maps;
    for (const TileCanvas &canvas : attention)
        maps.attention << canvas.finish(original);
    maps.rollout = rollout.finish(original);
    maps.patchQuality = quality.finish(original);
    maps.tiles = int(rects.size());
    return maps;
}

} // namespace iqa
