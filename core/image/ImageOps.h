#pragma once

#include "image/Image.h"

namespace iqa {

// Resamples `image` to `width` x `height` (area averaging when shrinking,
// bicubic when enlarging) and notes it. Used only when the user asked for it
// (iqa --resize-dist): silently rescaling would change every score.
Image resizedTo(const Image &image, int width, int height);

} // namespace iqa
