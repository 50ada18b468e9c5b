#include "SettingsDialog.h"

#include "AppSettings.h"
#include "LanguageManager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent),
      m_language(new QComboBox(this)),
      m_device(new QComboBox(this)),
      m_threads(new QSpinBox(this)),
      m_modelsFolder(new QLineEdit(this)),
      m_crops(new QComboBox(this)),
      m_maxMegapixels(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    AppSettings &settings = AppSettings::instance();

    m_language->addItem(tr("System default"), QString());
    for (const auto &language : LanguageManager::availableLanguages())
        m_language->addItem(language.second, language.first);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));

    m_device->addItem(tr("Automatic (CUDA when available)"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA"), QStringLiteral("cuda"));
    m_device->setCurrentIndex(qMax(0, m_device->findData(iqa::devicePreferenceName(settings.device()))));

    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("One per core (%1)").arg(QThread::idealThreadCount()));
    m_threads->setValue(settings.cpuThreads());

    m_modelsFolder->setText(settings.modelsFolder());
    m_modelsFolder->setPlaceholderText(tr("Default search path"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Models folder"), m_modelsFolder->text());
        if (!folder.isEmpty())
            m_modelsFolder->setText(folder);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_modelsFolder, 1);
    folderRow->addWidget(browse);

    m_crops->addItem(tr("1: the centre (faster)"), 1);
    m_crops->addItem(tr("5: centre and corners (steadier)"), 5);
    m_crops->setCurrentIndex(qMax(0, m_crops->findData(settings.crops())));
    m_crops->setToolTip(tr("Learned models score the mean over these crops, each of the size they were trained "
                           "on; cached scores are kept per setting."));

    m_maxMegapixels->setRange(1, 100000);
    m_maxMegapixels->setSuffix(tr(" MP"));
    m_maxMegapixels->setValue(int(settings.maxImagePixels() / 1000000));

    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Compute device:"), m_device);
    form->addRow(tr("CPU threads:"), m_threads);
    form->addRow(tr("Models folder:"), folderRow);
    form->addRow(tr("Test-time crops:"), m_crops);
    form->addRow(tr("Largest image:"), m_maxMegapixels);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    AppSettings &settings = AppSettings::instance();
    iqa::DevicePreference device = iqa::DevicePreference::Auto;
    iqa::parseDevicePreference(m_device->currentData().toString(), &device);
    settings.setDevice(device);
    settings.setCpuThreads(m_threads->value());
    settings.setModelsFolder(m_modelsFolder->text().trimmed());
    settings.setCrops(m_crops->currentData().toInt());
    settings.setMaxImagePixels(qint64(m_maxMegapixels->value()) * 1000000);
    settings.setLanguage(m_language->currentData().toString());
    QDialog::accept();
}
