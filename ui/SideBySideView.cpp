#include "SideBySideView.h"

#include "ImagePane.h"
#include "ImageView.h"

#include <QHBoxLayout>

SideBySideView::SideBySideView(QWidget *parent)
    : QWidget(parent), m_reference(new ImagePane(this)), m_distorted(new ImagePane(this))
{
    // Equal widths, not a splitter: with locked zoom, views of different
    // sizes would fit the image at different scales.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_reference, 1);
    layout->addWidget(m_distorted, 1);

    ImageView *ref = m_reference->view();
    ImageView *dist = m_distorted->view();
    connect(ref, &ImageView::viewChanged, dist, &ImageView::setView);
    connect(dist, &ImageView::viewChanged, ref, &ImageView::setView);
    connect(ref, &ImageView::fileDropped, this, &SideBySideView::referenceDropped);
    connect(dist, &ImageView::fileDropped, this, &SideBySideView::distortedDropped);
    retranslate();
}

void SideBySideView::retranslate()
{
    m_reference->setRole(tr("Reference"));
    m_distorted->setRole(tr("Distorted"));
}

void SideBySideView::fitToWindow()
{
    m_reference->view()->fitToWindow();
    m_distorted->view()->fitToWindow();
}

ImageView *SideBySideView::leadingView() const
{
    // One view leads and the lock carries the other along; the reference
    // leads unless it has no image.
    return m_reference->view()->hasImage() ? m_reference->view() : m_distorted->view();
}

void SideBySideView::zoomOneToOne()
{
    leadingView()->zoomOneToOne();
}

void SideBySideView::zoomIn()
{
    leadingView()->zoomIn();
}

void SideBySideView::zoomOut()
{
    leadingView()->zoomOut();
}
