#pragma once

#include "common/Expected.h"

#include <QString>

namespace iqa {

// Tensor naming schemes of the Stable-Diffusion AutoencoderKL ("kl-f8")
// encoder, all read by FeatureEncoder::create("sd-kl-f8", ...):
//  - Diffusers: encoder.down_blocks.0.resnets.0.norm1.weight,
//    encoder.mid_block.attentions.0.to_q.weight (Linear [C,C]), quant_conv.*
//  - DiffusersLegacyAttention: as Diffusers but attention query/key/value/
//    proj_attn (older diffusers releases)
//  - LatentDiffusion (original CompVis checkpoints): encoder.down.0.block.0.
//    norm1.weight, encoder.mid.attn_1.q.weight (1x1 conv [C,C,1,1]),
//    quant_conv.*; optionally under "first_stage_model." as in full SD
//    checkpoints. Decoder and loss tensors are ignored.
enum class SdKlNaming { Diffusers, DiffusersLegacyAttention, LatentDiffusion };

struct SdKlRandomOptions
{
    int baseChannels = 32;    // multiple of 32 (GroupNorm(32)); the real model has 128
    int latentChannels = 4;
    bool quantConv = true;
    bool nonEncoderTensors = true;  // add decoder/loss tensors that loading must ignore
    quint64 seed = 1;
};

// Writes a randomly initialised SD-KL encoder (channel multipliers 1,2,4,4,
// two ResNet blocks per level) as a .safetensors file in the given naming:
// tests and benchmarks use it where the 34M-parameter real model is absent.
// The same options give the same values whatever the naming.
Status writeRandomSdKlEncoder(const QString &path, SdKlNaming naming, const SdKlRandomOptions &options = {});

} // namespace iqa
