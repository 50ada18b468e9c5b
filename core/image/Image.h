#pragma once

#include <QString>
#include <QStringList>
#include <opencv2/core.hpp>

namespace iqa {

// The one validated in-memory form of a picture in IQA Studio, whatever the
// file held: three channels in RGB order, 8 or 16 bits per channel, EXIF
// orientation already applied, alpha dropped. `notes` says what was changed
// on the way in (for example "alpha channel dropped") so the UI can tell.
struct Image
{
    QString path;            // file it was loaded from; empty when generated
    cv::Mat rgb;             // CV_8UC3 or CV_16UC3, RGB order
    int sourceChannels = 0;  // channels stored in the file: 1, 2, 3 or 4
    int bitDepth = 0;        // 8 or 16
    QStringList notes;

    int width() const { return rgb.cols; }
    int height() const { return rgb.rows; }
    bool isNull() const { return rgb.empty(); }
    double maxValue() const { return bitDepth == 16 ? 65535.0 : 255.0; }
};

// RGB as CV_32FC3 in [0,1], the input form of every learned model.
cv::Mat toFloatRgb(const Image &image);

// Luma (ITU-R BT.601 weights 0.299/0.587/0.114, unrounded) as CV_64FC1 on a 0..255 scale
// whatever the bit depth: the input of the classic grey-level metrics.
cv::Mat toLuma255(const Image &image);

} // namespace iqa
