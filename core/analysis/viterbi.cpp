// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/viterbi.h"

#include <cstddef>

namespace lector {

void Viterbi::decode(const float *emissions, int length, int labels, const float *transitions,
                     int *out, std::vector<float> &scores, std::vector<int> &back)
{
    if (length <= 0)
        return;
    scores.resize(size_t(length) * size_t(labels));
    back.resize(size_t(length) * size_t(labels));
    const float *start = transitions + size_t(labels) * size_t(labels);
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
                const float s = prev[x] + transitions[size_t(x) * size_t(labels) + size_t(y)];
                if (s > bestScore) {
                    bestScore = s;
                    best = x;
                }
            }
            cur[y] = bestScore + em[y];
            bp[y] = best;
        }
    }
    const float *last = scores.data() + size_t(length - 1) * size_t(labels);
    int y = 0;
    for (int x = 1; x < labels; ++x) {
        if (last[x] > last[y])
            y = x;
    }
    for (int i = length - 1; i >= 0; --i) {
        out[i] = y;
        y = back[size_t(i) * size_t(labels) + size_t(y)];
    }
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
