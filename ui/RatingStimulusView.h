#pragma once

#include <QImage>
#include <QVector>
#include <QWidget>

// One trial's images on the neutral grey surround: a single image, or two
// side by side with a caption each (DCR: reference and test image; pairwise:
// left and right). Images are drawn pixel for pixel on the device (the
// screen's device pixel ratio is taken out), because scaling changes the very
// artefacts being rated; only an image larger than its half of the screen is
// scaled down, and its caption then says by how much.
class RatingStimulusView : public QWidget
{
    Q_OBJECT
public:
    struct Panel
    {
        QImage image; // null when it could not be loaded
        QString caption;
        QString error; // why the image is missing
    };

    explicit RatingStimulusView(QWidget *parent = nullptr);

    void setPanels(const QVector<Panel> &panels);
    void clear();
    // Timed presentation hides the images; the captions stay, so the rater
    // still knows which side is which when voting.
    void setImagesVisible(bool visible);
    bool imagesVisible() const { return m_imagesVisible; }

    int panelCount() const { return int(m_panels.size()); }
    QString caption(int panel) const;
    // Device pixels per image pixel of a panel as last painted (1 = native).
    double shownScale(int panel) const;
    bool hasErrors() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVector<Panel> m_panels;
    QVector<double> m_scales;
    bool m_imagesVisible = true;
};
