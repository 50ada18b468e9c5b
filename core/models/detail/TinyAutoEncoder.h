#pragma once

// Internal to core/models (LibTorch types): the tiny auto-encoders of
// github.com/madebyollin/taesd as torch modules whose parameter names are the
// tensor names of the upstream weights (../shared/models/README.md).

#include <torch/torch.h>

#include <QString>

namespace iqa::detail {

// y = ReLU(conv(x) + x), conv = c1, ReLU, c2, ReLU, c3 ("conv.0/2/4"); with
// the mid-block branch (TAEF2) first x = x + pool(x), pool = 1x1 conv C->4C
// without bias, GroupNorm(4, 4C), ReLU, 1x1 conv 4C->C ("pool.0/1/3").
class TinyBlockImpl : public torch::nn::Module
{
public:
    TinyBlockImpl(int channels, bool midBlock);
    torch::Tensor forward(torch::Tensor x);

private:
    torch::nn::Sequential conv{nullptr};
    torch::nn::Sequential pool{nullptr};
};
TORCH_MODULE(TinyBlock);

// 3x3 conv, padding 1.
torch::nn::Conv2d tinyConv(int in, int out, int stride = 1, bool bias = true);

// Sequences indexed as upstream (the index is the tensor-name prefix).
torch::nn::Sequential makeTaef2Encoder();    // 0..14, latent 32 ch at 1/8
torch::nn::Sequential makeTaesanaEncoder();  // 0..17, latent 32 ch at 1/32
torch::nn::Sequential makeTaef2Decoder();    // 0..19, latent 32 ch -> RGB x8

} // namespace iqa::detail
