#pragma once

#include "models/QualityModel.h"

#include <QStringList>
#include <memory>

namespace iqa {

// The classic full-reference metrics (PSNR, SSIM, MS-SSIM, GMSD) as scoring
// models with their cards, so the CLI, the GUI and evaluation treat them
// exactly like the learned models.
QStringList classicModelIds();
std::unique_ptr<QualityModel> createClassicModel(const QString &id);  // nullptr if not classic

} // namespace iqa
