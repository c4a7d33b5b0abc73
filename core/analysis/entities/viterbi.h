// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace lector {

/// Best label sequence of a first-order linear-chain model.
///
/// Requires: `emissions` holds length x labels scores (row per token); `transitions` holds
/// (labels + 1) x labels scores, row `labels` being the start of the sequence. Ensures: `out`
/// holds length labels maximising the summed scores. Forbidden transitions carry a large
/// negative score. Allocates only the caller's scratch.
class Viterbi
{
public:
    static void decode(const float *emissions, int length, int labels, const float *transitions,
                       int *out, std::vector<float> &scores, std::vector<int> &back);
    /// Decodes a stretch of a longer sequence whose neighbours are fixed: `start` (labels
    /// scores) replaces the start row (the transition row of the label before the stretch), and
    /// when `endLabel` >= 0 the transition into that label after the stretch is added. A
    /// sequence whose tokens outside the stretches are certain decodes exactly this way.
    static void decodeStretch(const float *emissions, int length, int labels,
                              const float *transitions, const float *start, int endLabel, int *out,
                              std::vector<float> &scores, std::vector<int> &back);
    /// Left-to-right greedy choice with the same scores (faster, usually a little worse).
    static void decodeGreedy(const float *emissions, int length, int labels,
                             const float *transitions, int *out);
};

} // namespace lector
