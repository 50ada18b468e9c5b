#pragma once

#include "studies/VoteMethod.h"

#include <QWidget>

// The answer scale under the stimulus in a rating session, drawn on the grey
// surround: the five categories with their keys (ACR, DCR), a 0..100 slider
// with the five ITU quality words along it, or the two sides of a pairwise
// comparison. It only shows; RatingSession reads the keys, because the
// window, not a focused child, must receive every key in a session.
class RatingScale : public QWidget
{
    Q_OBJECT
public:
    explicit RatingScale(QWidget *parent = nullptr);

    void setMethod(iqa::VoteMethod method);
    iqa::VoteMethod method() const { return m_method; }
    // Slider position, 0..100 (other methods ignore it).
    void setSliderValue(int value);
    int sliderValue() const { return m_sliderValue; }

    // The category words, worst first (ACR: bad … excellent; DCR: very
    // annoying … imperceptible); empty for the slider and pairwise.
    static QStringList categoryLabels(iqa::VoteMethod method);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Boxes side by side, each with a key in large type and a label under it.
    void paintBoxes(QPainter &painter, const QStringList &keys, const QStringList &labels, int maxWidth, int gap);
    void paintSlider(QPainter &painter);
    void paintPairwise(QPainter &painter);

    iqa::VoteMethod m_method = iqa::VoteMethod::Acr;
    int m_sliderValue = 50;
};
