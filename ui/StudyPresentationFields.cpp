#include "StudyPresentationFields.h"

#include "StudyPresentation.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

StudyPresentationFields::StudyPresentationFields(QWidget *parent)
    : QObject(parent),
      m_breakLabel(new QLabel(parent)),
      m_breakEvery(new QSpinBox(parent)),
      m_timeLabel(new QLabel(parent)),
      m_presentationSeconds(new QDoubleSpinBox(parent))
{
    m_breakEvery->setObjectName(QStringLiteral("breakEvery"));
    m_breakEvery->setRange(0, 10000);
    m_presentationSeconds->setObjectName(QStringLiteral("presentationSeconds"));
    m_presentationSeconds->setRange(0, 600);
    m_presentationSeconds->setDecimals(1);
    m_presentationSeconds->setSingleStep(0.5);
    m_breakLabel->setBuddy(m_breakEvery);
    m_timeLabel->setBuddy(m_presentationSeconds);
    retranslate();
}

void StudyPresentationFields::addRows(QFormLayout *form)
{
    form->addRow(m_breakLabel, m_breakEvery);
    form->addRow(m_timeLabel, m_presentationSeconds);
}

void StudyPresentationFields::retranslate()
{
    m_breakLabel->setText(tr("Brea&k every:"));
    m_breakEvery->setSuffix(tr(" items"));
    m_breakEvery->setSpecialValueText(tr("No breaks"));
    m_timeLabel->setText(tr("&Presentation time:"));
    m_presentationSeconds->setSuffix(tr(" s"));
    m_presentationSeconds->setSpecialValueText(tr("Until the vote"));
    m_presentationSeconds->setToolTip(tr("The image is hidden after this time; the rater can still vote"));
}

void StudyPresentationFields::setValues(const StudyPresentation &presentation)
{
    m_breakEvery->setValue(presentation.breakEvery);
    m_presentationSeconds->setValue(presentation.presentationSeconds);
}

void StudyPresentationFields::applyTo(StudyPresentation *presentation) const
{
    presentation->breakEvery = m_breakEvery->value();
    presentation->presentationSeconds = m_presentationSeconds->value();
}
