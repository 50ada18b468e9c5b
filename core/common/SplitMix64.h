#pragma once

#include <QtGlobal>

namespace iqa {

// SplitMix64 (Steele, Lea & Flood 2014): a small generator whose stream is the
// same on every compiler and standard library, unlike <random>'s
// distributions. Study schedules and bootstrap intervals are reproducible
// from their stored seeds because of that.
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n) for n > 0: the high half of a 64x64-bit product
    // (Lemire); the bias is below n / 2^64.
    int below(int n) { return int((static_cast<unsigned __int128>(next()) * quint64(n)) >> 64); }
    bool coin() { return (next() >> 63) != 0; }

private:
    quint64 m_state;
};

} // namespace iqa
