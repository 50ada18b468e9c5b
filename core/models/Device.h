#pragma once

#include <QString>

namespace iqa {

// Where the learned models run. `Auto` picks CUDA when LibTorch reports it,
// else the CPU; the choice is made here and nowhere else.
enum class DevicePreference { Auto, Cpu, Cuda };

struct DeviceChoice
{
    QString device;          // "cpu" or "cuda:0": what tensors are placed on
    QString description;     // for the status bar and `iqa models`
    bool cudaAvailable = false;
    int cpuThreads = 0;      // intra-op threads LibTorch uses on the CPU
};

// Parses "auto", "cpu" or "cuda" (case-insensitive); false on anything else.
bool parseDevicePreference(const QString &text, DevicePreference *out);
QString devicePreferenceName(DevicePreference preference);

// Resolves the preference against what this machine has. Forcing CUDA on a
// machine without it falls back to the CPU and says so in `description`.
DeviceChoice selectDevice(DevicePreference preference);

// Sets LibTorch's intra-op thread count (0 = one per core) once per process.
void configureCpuThreads(int threads);

} // namespace iqa
