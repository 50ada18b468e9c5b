#include "ColorBar.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {
constexpr int kBarHeight = 14;
constexpr int kTickLength = 4;

// 1, 2, 2.5 or 5 times a power of ten, so that about `count` steps span `range`.
double niceStep(double range, int count)
{
    const double raw = range / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}
}

ColorBar::ColorBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ColorBar::setColorMap(iqa::ColorMap map)
{
    m_map = map;
    update();
}

void ColorBar::setRange(double maximum)
{
    setRange(0.0, maximum > 0 ? maximum : 1.0);
}

void ColorBar::setRange(double minimum, double maximum)
{
    m_min = minimum;
    m_max = maximum > minimum ? maximum : minimum + 1.0;
    update();
}

void ColorBar::setTitle(const QString &title)
{
    m_title = title;
    setToolTip(title);
    update();
}

QVector<double> ColorBar::tickValues() const
{
    // Multiples of a nice step inside the range (0 and the step's multiples when it starts at 0).
    const double span = m_max - m_min;
    const double step = niceStep(span, 6);
    const double slack = span * 1e-9;
    QVector<double> ticks;
    for (double i = std::ceil((m_min - slack) / step); i * step <= m_max + slack; ++i)
        ticks << (std::abs(i) < 0.5 ? 0.0 : i * step);
    return ticks;
}

QStringList ColorBar::tickLabels() const
{
    // As many decimals as the step has (2.5 -> 1, 0.25 -> 2, 50 -> 0).
    const double step = niceStep(m_max - m_min, 6);
    int decimals = 0;
    while (decimals < 6 && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    QStringList labels;
    for (double value : tickValues())
        labels << locale().toString(value, 'f', decimals);
    return labels;
}

QSize ColorBar::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {400, 2 * metrics.height() + kBarHeight + kTickLength + 10};
}

QSize ColorBar::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

void ColorBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics(font());
    const QStringList labels = tickLabels();
    const QVector<double> values = tickValues();
    // Room at both ends so the first and last labels are not cut off.
    const int margin = std::max({metrics.horizontalAdvance(labels.value(0)), metrics.horizontalAdvance(labels.value(labels.size() - 1)),
                                 metrics.horizontalAdvance(QString::number(m_max, 'f', 0))}) / 2 + 4;
    const int top = metrics.height() + 4;
    const QRect bar(margin, top, std::max(1, width() - 2 * margin), kBarHeight);

    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(0, 0, width(), metrics.height() + 2), Qt::AlignCenter,
                     metrics.elidedText(m_title, Qt::ElideRight, width()));

    const auto &lut = iqa::colorMapLut(m_map);
    for (int x = 0; x < bar.width(); ++x) {
        const int index = bar.width() > 1 ? int(std::lround(255.0 * x / (bar.width() - 1))) : 0;
        painter.setPen(QColor(lut[index][0], lut[index][1], lut[index][2]));
        painter.drawLine(bar.left() + x, bar.top(), bar.left() + x, bar.bottom());
    }
    painter.setPen(palette().color(QPalette::WindowText));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar.adjusted(0, 0, -1, -1));

    for (int i = 0; i < values.size(); ++i) {
        const int x = bar.left() + int(std::lround((values[i] - m_min) / (m_max - m_min) * (bar.width() - 1)));
        painter.drawLine(x, bar.bottom() + 1, x, bar.bottom() + kTickLength);
        const int w = metrics.horizontalAdvance(labels[i]);
        painter.drawText(QRect(x - w / 2 - 1, bar.bottom() + kTickLength + 1, w + 2, metrics.height()),
                         Qt::AlignCenter, labels[i]);
    }
}
