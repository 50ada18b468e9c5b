#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

// Edits AppSettings: language, compute device, CPU threads, models folder,
// the learned models' test-time crops and the image size limit. Applies on OK.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *m_language;
    QComboBox *m_device;
    QSpinBox *m_threads;
    QLineEdit *m_modelsFolder;
    QComboBox *m_crops;
    QSpinBox *m_maxMegapixels;
};
