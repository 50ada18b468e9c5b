#pragma once

#include "image/ColorMaps.h"

#include <QWidget>

// A horizontal colour bar for a colour-mapped image: the gradient, ticks
// with value labels and a title that names the quantity and its scale
// (tev and FLIP label their error maps the same way).
class ColorBar : public QWidget
{
    Q_OBJECT
public:
    explicit ColorBar(QWidget *parent = nullptr);

    void setColorMap(iqa::ColorMap map);
    void setRange(double maximum);  // the colours span 0..maximum
    // The colours span minimum..maximum (a quantity without a natural zero).
    void setRange(double minimum, double maximum);
    void setTitle(const QString &title);

    iqa::ColorMap colorMap() const { return m_map; }
    double rangeMin() const { return m_min; }
    double rangeMax() const { return m_max; }
    QString title() const { return m_title; }
    QVector<double> tickValues() const;
    QStringList tickLabels() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    iqa::ColorMap m_map = iqa::ColorMap::Magma;
    double m_min = 0.0;
    double m_max = 255.0;
    QString m_title;
};
