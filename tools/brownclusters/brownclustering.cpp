// SPDX-License-Identifier: GPL-3.0-or-later
#include "brownclustering.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace lector {

namespace {

constexpr size_t nlognTable = size_t(1) << 18;

} // namespace

BrownClustering::BrownClustering(const std::vector<int> &sequence,
                                 const std::vector<int64_t> &counts, const Options &options)
    : m_options(options)
    , m_counts(counts)
{
    m_words = 0;
    while (m_words < int(counts.size()) && counts[size_t(m_words)] >= options.minCount)
        ++m_words;
    m_classes = std::min(options.classes, std::max(1, m_words));
    m_total = m_classes + 2;
    const int rare = m_words, boundary = m_words + 1;
    const auto idOf = [&](int id) { return id < 0 ? boundary : id >= m_words ? rare : id; };

    // Word bigrams, counted once per distinct pair.
    std::unordered_map<uint64_t, int64_t> pairs;
    pairs.reserve(sequence.size() / 2);
    for (size_t i = 1; i < sequence.size(); ++i) {
        const int u = idOf(sequence[i - 1]), v = idOf(sequence[i]);
        if (u == boundary && v == boundary)
            continue;
        ++pairs[(uint64_t(uint32_t(u)) << 32) | uint32_t(v)];
    }
    // Sorted, so that the rows do not depend on the hash table's order.
    std::vector<std::pair<uint64_t, int64_t>> sorted(pairs.begin(), pairs.end());
    pairs.clear();
    std::sort(sorted.begin(), sorted.end());

    const int ids = m_words + 2;
    m_self.assign(size_t(ids), 0);
    std::vector<int64_t> succCount(size_t(ids) + 1, 0), predCount(size_t(ids) + 1, 0);
    for (const auto &[key, n] : sorted) {
        const int u = int(key >> 32), v = int(key & 0xffffffffu);
        if (u == v) {
            m_self[size_t(u)] += n;
            continue;
        }
        ++succCount[size_t(u) + 1];
        ++predCount[size_t(v) + 1];
    }
    for (int i = 0; i < ids; ++i) {
        succCount[size_t(i) + 1] += succCount[size_t(i)];
        predCount[size_t(i) + 1] += predCount[size_t(i)];
    }
    m_succStart = succCount;
    m_predStart = predCount;
    m_succWord.resize(size_t(m_succStart.back()));
    m_succCount.resize(size_t(m_succStart.back()));
    m_predWord.resize(size_t(m_predStart.back()));
    m_predCount.resize(size_t(m_predStart.back()));
    std::vector<int64_t> succAt(m_succStart.begin(), m_succStart.end() - 1),
        predAt(m_predStart.begin(), m_predStart.end() - 1);
    for (const auto &[key, n] : sorted) {
        const int u = int(key >> 32), v = int(key & 0xffffffffu);
        if (u == v)
            continue;
        const size_t s = size_t(succAt[size_t(u)]++), p = size_t(predAt[size_t(v)]++);
        m_succWord[s] = v;
        m_succCount[s] = n;
        m_predWord[p] = u;
        m_predCount[p] = n;
    }

    // The most frequent words start in classes of their own, the others round-robin.
    m_class.resize(size_t(ids));
    for (int w = 0; w < m_words; ++w)
        m_class[size_t(w)] = w % m_classes;
    m_class[size_t(rare)] = m_classes;
    m_class[size_t(boundary)] = m_classes + 1;

    m_n.assign(size_t(m_total) * size_t(m_total), 0);
    m_left.assign(size_t(m_total), 0);
    m_right.assign(size_t(m_total), 0);
    for (int u = 0; u < ids; ++u) {
        const size_t cu = size_t(m_class[size_t(u)]);
        m_n[cu * size_t(m_total) + cu] += m_self[size_t(u)];
        m_left[cu] += m_self[size_t(u)];
        m_right[cu] += m_self[size_t(u)];
        for (int64_t s = m_succStart[size_t(u)]; s < m_succStart[size_t(u) + 1]; ++s) {
            const size_t cv = size_t(m_class[size_t(m_succWord[size_t(s)])]);
            m_n[cu * size_t(m_total) + cv] += m_succCount[size_t(s)];
            m_left[cu] += m_succCount[size_t(s)];
            m_right[cv] += m_succCount[size_t(s)];
        }
    }
    m_nlogn.resize(nlognTable);
    m_nlogn[0] = 0;
    for (size_t n = 1; n < nlognTable; ++n)
        m_nlogn[n] = double(n) * std::log(double(n));
    m_sc.assign(size_t(m_total), 0);
    m_pc.assign(size_t(m_total), 0);
}

double BrownClustering::objective() const
{
    double sum = 0;
    for (int64_t n : m_n)
        sum += f(n);
    for (int c = 0; c < m_total; ++c)
        sum -= f(m_left[size_t(c)]) + f(m_right[size_t(c)]);
    return sum;
}

// Adds (sign +1) or removes (-1) word w, whose neighbours' classes are in m_sc/m_pc, to class c.
void BrownClustering::moveWord(int w, int /*from*/, int c, int sign)
{
    const size_t t = size_t(m_total), cc = size_t(c);
    for (int d : m_succClasses)
        m_n[cc * t + size_t(d)] += sign * m_sc[size_t(d)];
    for (int e : m_predClasses)
        m_n[size_t(e) * t + cc] += sign * m_pc[size_t(e)];
    const int64_t self = m_self[size_t(w)];
    m_n[cc * t + cc] += sign * self;
    int64_t left = self, right = self;
    for (int d : m_succClasses)
        left += m_sc[size_t(d)];
    for (int e : m_predClasses)
        right += m_pc[size_t(e)];
    m_left[cc] += sign * left;
    m_right[cc] += sign * right;
}

int BrownClustering::exchangePass()
{
    const size_t t = size_t(m_total);
    int moves = 0;
    for (int w = 0; w < m_words; ++w) {
        const int from = m_class[size_t(w)];
        m_succClasses.clear();
        m_predClasses.clear();
        int64_t left = m_self[size_t(w)], right = m_self[size_t(w)];
        for (int64_t s = m_succStart[size_t(w)]; s < m_succStart[size_t(w) + 1]; ++s) {
            const int d = m_class[size_t(m_succWord[size_t(s)])];
            if (m_sc[size_t(d)] == 0)
                m_succClasses.push_back(d);
            m_sc[size_t(d)] += m_succCount[size_t(s)];
            left += m_succCount[size_t(s)];
        }
        for (int64_t p = m_predStart[size_t(w)]; p < m_predStart[size_t(w) + 1]; ++p) {
            const int e = m_class[size_t(m_predWord[size_t(p)])];
            if (m_pc[size_t(e)] == 0)
                m_predClasses.push_back(e);
            m_pc[size_t(e)] += m_predCount[size_t(p)];
            right += m_predCount[size_t(p)];
        }
        std::sort(m_succClasses.begin(), m_succClasses.end());
        std::sort(m_predClasses.begin(), m_predClasses.end());
        moveWord(w, from, from, -1);

        const int64_t self = m_self[size_t(w)];
        m_gains.resize(size_t(m_classes));
        for (int b = 0; b < m_classes; ++b) {
            const size_t bb = size_t(b);
            double gain = 0;
            for (int d : m_succClasses) {
                if (d == b)
                    continue;
                const int64_t n = m_n[bb * t + size_t(d)];
                gain += f(n + m_sc[size_t(d)]) - f(n);
            }
            for (int e : m_predClasses) {
                if (e == b)
                    continue;
                const int64_t n = m_n[size_t(e) * t + bb];
                gain += f(n + m_pc[size_t(e)]) - f(n);
            }
            const int64_t nbb = m_n[bb * t + bb];
            gain += f(nbb + m_sc[bb] + m_pc[bb] + self) - f(nbb);
            gain -= f(m_left[bb] + left) - f(m_left[bb]) + f(m_right[bb] + right) - f(m_right[bb]);
            m_gains[bb] = gain;
        }
        // The word stays unless another class gains clearly more (no moves on rounding).
        int best = from;
        for (int b = 0; b < m_classes; ++b) {
            if (m_gains[size_t(b)] > m_gains[size_t(best)] + 1e-7)
                best = b;
        }
        moveWord(w, from, best, +1);
        m_class[size_t(w)] = best;
        if (best != from)
            ++moves;
        for (int d : m_succClasses)
            m_sc[size_t(d)] = 0;
        for (int e : m_predClasses)
            m_pc[size_t(e)] = 0;
    }
    return moves;
}

double BrownClustering::pairTerm(int c, int d, int x) const
{
    const size_t t = size_t(m_total);
    const int64_t cx = m_n[size_t(c) * t + size_t(x)], dx = m_n[size_t(d) * t + size_t(x)];
    const int64_t xc = m_n[size_t(x) * t + size_t(c)], xd = m_n[size_t(x) * t + size_t(d)];
    return f(cx + dx) - f(cx) - f(dx) + f(xc + xd) - f(xc) - f(xd);
}

double BrownClustering::mergeGain(int a, int b) const
{
    const size_t t = size_t(m_total);
    double gain = 0;
    for (int x = 0; x < m_total; ++x) {
        if (x != a && x != b)
            gain += pairTerm(a, b, x);
    }
    const int64_t aa = m_n[size_t(a) * t + size_t(a)], ab = m_n[size_t(a) * t + size_t(b)];
    const int64_t ba = m_n[size_t(b) * t + size_t(a)], bbn = m_n[size_t(b) * t + size_t(b)];
    gain += f(aa + ab + ba + bbn) - f(aa) - f(ab) - f(ba) - f(bbn);
    const int64_t la = m_left[size_t(a)], lb = m_left[size_t(b)];
    const int64_t ra = m_right[size_t(a)], rb = m_right[size_t(b)];
    gain -= f(la + lb) - f(la) - f(lb) + f(ra + rb) - f(ra) - f(rb);
    return gain;
}

void BrownClustering::buildTree()
{
    const size_t t = size_t(m_total), k = size_t(m_classes);
    std::vector<char> active(k, 0);
    for (int w = 0; w < m_words; ++w)
        active[size_t(m_class[size_t(w)])] = 1;
    // Tree nodes: the classes are leaves 0..k-1; each merge adds a node.
    std::vector<int> node(k), child0, child1;
    for (size_t c = 0; c < k; ++c)
        node[c] = int(c);
    int nodes = int(k);
    std::vector<double> gain(k * k, 0);
    for (size_t a = 0; a < k; ++a)
        for (size_t b = a + 1; b < k; ++b)
            if (active[a] && active[b])
                gain[a * k + b] = mergeGain(int(a), int(b));
    for (;;) {
        int bestA = -1, bestB = -1;
        double best = 0;
        for (size_t a = 0; a < k; ++a) {
            if (!active[a])
                continue;
            for (size_t b = a + 1; b < k; ++b) {
                if (active[b] && (bestA < 0 || gain[a * k + b] > best + 1e-9)) {
                    best = gain[a * k + b];
                    bestA = int(a);
                    bestB = int(b);
                }
            }
        }
        if (bestA < 0)
            break;
        const size_t a = size_t(bestA), b = size_t(bestB);
        // Pairs of other classes: their terms at columns a and b become one term at a.
        for (size_t c = 0; c < k; ++c) {
            if (!active[c] || c == a || c == b)
                continue;
            for (size_t d = c + 1; d < k; ++d) {
                if (active[d] && d != a && d != b)
                    gain[c * k + d] -=
                        pairTerm(int(c), int(d), int(a)) + pairTerm(int(c), int(d), int(b));
            }
        }
        for (size_t x = 0; x < t; ++x) {
            m_n[a * t + x] += m_n[b * t + x];
            m_n[b * t + x] = 0;
        }
        for (size_t x = 0; x < t; ++x) {
            m_n[x * t + a] += m_n[x * t + b];
            m_n[x * t + b] = 0;
        }
        m_left[a] += m_left[b];
        m_right[a] += m_right[b];
        m_left[b] = m_right[b] = 0;
        active[b] = 0;
        for (size_t c = 0; c < k; ++c) {
            if (!active[c] || c == a)
                continue;
            for (size_t d = c + 1; d < k; ++d) {
                if (active[d] && d != a)
                    gain[c * k + d] += pairTerm(int(c), int(d), int(a));
            }
        }
        for (size_t c = 0; c < k; ++c) {
            if (active[c] && c != a)
                gain[std::min(a, c) * k + std::max(a, c)] =
                    mergeGain(int(std::min(a, c)), int(std::max(a, c)));
        }
        child0.push_back(node[a]);
        child1.push_back(node[b]);
        node[a] = nodes++;
    }
    // Paths from the root: 0 to the first child, 1 to the second.
    std::vector<std::string> path(static_cast<size_t>(nodes));
    for (int n = nodes - 1; n >= int(k); --n) {
        const size_t i = size_t(n) - k;
        path[size_t(child0[i])] = path[size_t(n)] + '0';
        path[size_t(child1[i])] = path[size_t(n)] + '1';
    }
    m_paths.assign(path.begin(), path.begin() + long(k));
}

void BrownClustering::run(void (*log)(const std::string &line))
{
    log("words " + std::to_string(m_words) + ", classes " + std::to_string(m_classes) +
        ", distinct bigrams " + std::to_string(m_succWord.size()));
    log("objective " + std::to_string(objective()));
    for (int pass = 0; pass < m_options.maxPasses; ++pass) {
        const int moves = exchangePass();
        log("pass " + std::to_string(pass + 1) + ": " + std::to_string(moves) +
            " moves, objective " + std::to_string(objective()));
        if (moves < m_options.stopFraction * m_words)
            break;
    }
    buildTree();
}

} // namespace lector
