#pragma once

#include <QString>

#include <optional>

namespace iqa {

// The rating methods of DESIGN.md section 5 and the values a vote may take.
enum class VoteMethod {
    Acr,      // absolute category rating, 1 (bad) .. 5 (excellent)
    Dcr,      // degradation category rating (DSIS), 1 (very annoying) .. 5 (imperceptible)
    Slider,   // continuous 0 .. 100
    Pairwise, // 1 when the first stimulus of the pair was preferred, else 0
};

// "acr", "dcr", "slider", "pairwise": the spelling in files and on the command line.
QString voteMethodKey(VoteMethod method);
std::optional<VoteMethod> parseVoteMethod(const QString &text); // case-insensitive, trimmed

struct VoteScale
{
    double min = 0;
    double max = 0;
    double range() const { return max - min; }
};
VoteScale voteScale(VoteMethod method);

// Empty when `value` is a valid vote for the method, else why not
// ("outside 1..5 (acr)", "a pairwise vote is 0 or 1"). ACR and DCR values need
// not be integers: continuous variants of the 5-point scales exist.
QString voteValueProblem(VoteMethod method, double value);

} // namespace iqa
