// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entities/viterbi.h"

#include <cstddef>

namespace lector {

namespace {

// The dynamic programme; `L` is the label count, a compile-time constant for the model's own
// nine labels (so the compiler unrolls the inner loops) and 0 for any other count.
template<int L>
void stretch(const float *emissions, int length, int dynamicLabels, const float *transitions,
             const float *start, int endLabel, int *out, std::vector<float> &scores,
             std::vector<int> &back)
{
    const int labels = L > 0 ? L : dynamicLabels;
    scores.resize(size_t(length) * size_t(labels));
    back.resize(size_t(length) * size_t(labels));
    for (int y = 0; y < labels; ++y)
        scores[size_t(y)] = emissions[y] + start[y];
    for (int i = 1; i < length; ++i) {
        const float *prev = scores.data() + size_t(i - 1) * size_t(labels);
        float *cur = scores.data() + size_t(i) * size_t(labels);
        int *bp = back.data() + size_t(i) * size_t(labels);
        const float *em = emissions + size_t(i) * size_t(labels);
        for (int y = 0; y < labels; ++y) {
            int best = 0;
            float bestScore = prev[0] + transitions[y];
            for (int x = 1; x < labels; ++x) {
                // Written without branches: the compiler turns these into selects.
                const float s = prev[x] + transitions[size_t(x) * size_t(labels) + size_t(y)];
                best = s > bestScore ? x : best;
                bestScore = s > bestScore ? s : bestScore;
            }
            cur[y] = bestScore + em[y];
            bp[y] = best;
        }
    }
    const float *last = scores.data() + size_t(length - 1) * size_t(labels);
    const auto final = [&](int y) {
        return endLabel < 0 ? last[y]
                            : last[y] + transitions[size_t(y) * size_t(labels) + size_t(endLabel)];
    };
    int y = 0;
    for (int x = 1; x < labels; ++x) {
        if (final(x) > final(y))
            y = x;
    }
    for (int i = length - 1; i >= 0; --i) {
        out[i] = y;
        y = back[size_t(i) * size_t(labels) + size_t(y)];
    }
}

} // namespace

void Viterbi::decode(const float *emissions, int length, int labels, const float *transitions,
                     int *out, std::vector<float> &scores, std::vector<int> &back)
{
    decodeStretch(emissions, length, labels, transitions,
                  transitions + size_t(labels) * size_t(labels), -1, out, scores, back);
}

void Viterbi::decodeStretch(const float *emissions, int length, int labels,
                            const float *transitions, const float *start, int endLabel, int *out,
                            std::vector<float> &scores, std::vector<int> &back)
{
    if (length <= 0)
        return;
    if (labels == 9)
        stretch<9>(emissions, length, labels, transitions, start, endLabel, out, scores, back);
    else
        stretch<0>(emissions, length, labels, transitions, start, endLabel, out, scores, back);
}

void Viterbi::decodeGreedy(const float *emissions, int length, int labels, const float *transitions,
                           int *out)
{
    const float *row = transitions + size_t(labels) * size_t(labels);
    for (int i = 0; i < length; ++i) {
        const float *em = emissions + size_t(i) * size_t(labels);
        int best = 0;
        for (int y = 1; y < labels; ++y) {
            if (em[y] + row[y] > em[best] + row[best])
                best = y;
        }
        out[i] = best;
        row = transitions + size_t(best) * size_t(labels);
    }
}

} // namespace lector
