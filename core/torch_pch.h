// Precompiled header for the LibTorch translation units of iqa_core.
// Torch must come before any Qt header: Qt's `slots` macro breaks ATen.
#pragma once
#include <torch/torch.h>
