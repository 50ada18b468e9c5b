#include "RatingScale.h"

#include "RatingStyle.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

RatingScale::RatingScale(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ratingScale"));
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QStringList RatingScale::categoryLabels(iqa::VoteMethod method)
{
    // ITU-T P.910 / ITU-R BT.500 wording of the five-grade scales.
    switch (method) {
    case iqa::VoteMethod::Acr:
        return {tr("Bad"), tr("Poor"), tr("Fair"), tr("Good"), tr("Excellent")};
    case iqa::VoteMethod::Dcr:
        return {tr("Very annoying"), tr("Annoying"), tr("Slightly annoying"), tr("Perceptible but not annoying"),
                tr("Imperceptible")};
    case iqa::VoteMethod::Slider:
    case iqa::VoteMethod::Pairwise:
        break;
    }
    return {};
}

void RatingScale::setMethod(iqa::VoteMethod method)
{
    m_method = method;
    updateGeometry();
    update();
}

void RatingScale::setSliderValue(int value)
{
    m_sliderValue = qBound(0, value, 100);
    update();
}

QSize RatingScale::sizeHint() const
{
    return {900, fontMetrics().height() * 6};
}

QSize RatingScale::minimumSizeHint() const
{
    return {400, fontMetrics().height() * 6};
}

void RatingScale::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void RatingScale::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    switch (m_method) {
    case iqa::VoteMethod::Acr:
    case iqa::VoteMethod::Dcr:
        paintBoxes(
            painter,
            {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")},
            categoryLabels(m_method), 220, 12);
        break;
    case iqa::VoteMethod::Slider:
        paintSlider(painter);
        break;
    case iqa::VoteMethod::Pairwise:
        paintPairwise(painter);
        break;
    }
}

void RatingScale::paintBoxes(QPainter &painter, const QStringList &keys, const QStringList &labels, int maxWidth,
                             int gap)
{
    const int count = int(keys.size());
    const int boxWidth = qMin(maxWidth, (width() - gap * (count - 1)) / qMax(1, count));
    const int boxHeight = height() - 8;
    int x = (width() - (boxWidth * count + gap * (count - 1))) / 2;
    const QFont keyFont = RatingStyle::scaledFont(font(), 1.7, true);
    const QFont labelFont = RatingStyle::scaledFont(font(), 1.05);
    const int keyHeight = QFontMetrics(keyFont).height();
    for (int i = 0; i < count; ++i, x += boxWidth + gap) {
        const QRect box(x, 4, boxWidth, boxHeight);
        painter.setPen(QPen(RatingStyle::frame(), 1.5));
        painter.setBrush(RatingStyle::box());
        painter.drawRoundedRect(box, 6, 6);
        painter.setPen(RatingStyle::text());
        painter.setFont(keyFont);
        painter.drawText(box.adjusted(0, 6, 0, 0), Qt::AlignHCenter | Qt::AlignTop, keys[i]);
        painter.setFont(labelFont);
        painter.drawText(box.adjusted(6, keyHeight + 8, -6, -4), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         labels.value(i));
    }
}

void RatingScale::paintSlider(QPainter &painter)
{
    const QStringList words = categoryLabels(iqa::VoteMethod::Acr);
    const int trackWidth = qMin(900, width() - 80);
    const int left = (width() - trackWidth) / 2;
    const int trackY = height() / 2 - 6;
    const QFont wordFont = RatingStyle::scaledFont(font(), 1.05);
    // The track, divided into five equal parts named like the ACR grades:
    // the usual labelling of a continuous quality scale.
    painter.setPen(QPen(RatingStyle::frame(), 1.5));
    painter.setBrush(RatingStyle::box());
    painter.drawRoundedRect(QRectF(left, trackY - 5, trackWidth, 10), 5, 5);
    painter.setFont(wordFont);
    for (int i = 0; i <= 5; ++i) {
        const double x = left + trackWidth * i / 5.0;
        painter.setPen(QPen(RatingStyle::frame(), 1.5));
        painter.drawLine(QPointF(x, trackY - 12), QPointF(x, trackY + 12));
        if (i < 5) {
            painter.setPen(RatingStyle::text());
            const QRectF cell(left + trackWidth * i / 5.0, trackY + 14, trackWidth / 5.0, fontMetrics().height() * 2);
            painter.drawText(cell, Qt::AlignHCenter | Qt::AlignTop, words.value(i));
        }
    }
    // The marker: a dark triangle pointing at the chosen position.
    const double markerX = left + trackWidth * m_sliderValue / 100.0;
    QPainterPath marker;
    marker.moveTo(markerX, trackY + 2);
    marker.lineTo(markerX - 11, trackY - 20);
    marker.lineTo(markerX + 11, trackY - 20);
    marker.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(RatingStyle::text());
    painter.drawPath(marker);
}

void RatingScale::paintPairwise(QPainter &painter)
{
    paintBoxes(painter, {tr("← or 1"), tr("→ or 2")}, {tr("Left is better"), tr("Right is better")}, 320, 40);
}
