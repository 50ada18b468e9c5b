#pragma once

#include <QColor>
#include <QFont>

// Colours and type of the rating session. The surround is a neutral
// mid-grey, as ITU-R BT.500 asks for the background of the displayed
// picture: it neither lifts nor darkens the images by contrast; text and
// frames stay in greys so that nothing coloured competes with the stimulus.
namespace RatingStyle {
inline QColor surround()
{
    return QColor(0x80, 0x80, 0x80);
}
inline QColor text()
{
    return QColor(0x10, 0x10, 0x10);
}
inline QColor quietText()
{
    return QColor(0x30, 0x30, 0x30);
}
inline QColor problemText()
{
    return QColor(0x70, 0x00, 0x00);
}
inline QColor frame()
{
    return QColor(0x58, 0x58, 0x58);
}
inline QColor box()
{
    return QColor(0x8c, 0x8c, 0x8c);
}

// Larger type for a screen read from a viewing distance.
inline QFont scaledFont(const QFont &base, double factor, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}
} // namespace RatingStyle
