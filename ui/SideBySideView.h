#pragma once

#include <QWidget>

class ImagePane;
class ImageView;

// Reference and distorted image next to each other with zoom and pan locked:
// moving one view moves the other to the same image coordinates.
class SideBySideView : public QWidget
{
    Q_OBJECT
public:
    explicit SideBySideView(QWidget *parent = nullptr);

    ImagePane *referencePane() const { return m_reference; }
    ImagePane *distortedPane() const { return m_distorted; }
    void retranslate();

public slots:
    void fitToWindow();
    void zoomOneToOne();
    void zoomIn();
    void zoomOut();

signals:
    void referenceDropped(const QString &path);
    void distortedDropped(const QString &path);

private:
    ImageView *leadingView() const;

    ImagePane *m_reference;
    ImagePane *m_distorted;
};
