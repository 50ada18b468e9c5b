#pragma once

#include <QObject>

class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QWidget;
struct StudyPresentation;

// The two presentation settings that both the wizard and the rating
// window's start page edit: a break every N items and the presentation
// time. One class, so both forms allow and say the same.
class StudyPresentationFields : public QObject
{
    Q_OBJECT
public:
    explicit StudyPresentationFields(QWidget *parent);

    void addRows(QFormLayout *form);
    void retranslate();
    void setValues(const StudyPresentation &presentation);
    void applyTo(StudyPresentation *presentation) const;

private:
    QLabel *m_breakLabel;
    QSpinBox *m_breakEvery;
    QLabel *m_timeLabel;
    QDoubleSpinBox *m_presentationSeconds;
};
