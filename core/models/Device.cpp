#include "models/Device.h"

#include <QCoreApplication>
#include <QThread>

namespace iqa {

bool parseDevicePreference(const QString &text, DevicePreference *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("auto"))
        *out = DevicePreference::Auto;
    else if (t == QLatin1String("cpu"))
        *out = DevicePreference::Cpu;
    else if (t == QLatin1String("cuda") || t == QLatin1String("gpu"))
        *out = DevicePreference::Cuda;
    else
        return false;
    return true;
}

QString devicePreferenceName(DevicePreference preference)
{
    switch (preference) {
    case DevicePreference::Auto: return QStringLiteral("auto");
    case DevicePreference::Cpu: return QStringLiteral("cpu");
    case DevicePreference::Cuda: return QStringLiteral("cuda");
    }
    return QStringLiteral("auto");
}

void configureCpuThreads(int threads)
{
    const int wanted = threads > 0 ? threads : QThread::idealThreadCount();
    if (torch::get_num_threads() != wanted)
        torch::set_num_threads(wanted);
}

DeviceChoice selectDevice(DevicePreference preference)
{
    DeviceChoice choice;
    choice.cudaAvailable = torch::cuda::is_available();
    choice.cpuThreads = torch::get_num_threads();
    const auto cpuText = [&choice] {
        return QCoreApplication::translate("Device", "CPU (%n thread(s))", nullptr, choice.cpuThreads);
    };
    switch (preference) {
    case DevicePreference::Cpu:
        choice.device = QStringLiteral("cpu");
        choice.description = cpuText();
        break;
    case DevicePreference::Cuda:
    case DevicePreference::Auto:
        if (choice.cudaAvailable) {
            choice.device = QStringLiteral("cuda:0");
            // A plain variable: lupdate 6.4 hangs on "::" inside the %n argument.
            const int devices = int(torch::cuda::device_count());
            choice.description = QCoreApplication::translate("Device", "CUDA (%n device(s))", nullptr, devices);
        } else {
            choice.device = QStringLiteral("cpu");
            choice.description = preference == DevicePreference::Cuda
                ? QCoreApplication::translate("Device", "%1 — CUDA requested but not available").arg(cpuText())
                : cpuText();
        }
        break;
    }
    return choice;
}

} // namespace iqa
