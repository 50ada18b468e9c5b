#pragma once

#include "image/Image.h"

#include <QImage>

// Display form of a validated image (8 bits per channel; 16-bit images are
// shown rounded to 8 bits, their data stays 16-bit for scoring).
QImage toDisplayImage(const iqa::Image &image);
