// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entities/predictionhistory.h"

#include "analysis/entities/tablememory.h"

#include <algorithm>

namespace lector {

namespace {

// Template numbers above those of NerFeatures (0..39), mixed the same way: odd, spread keys.
inline quint64 historyKey(quint64 templ, quint64 a, quint64 b = 0)
{
    return splitmix64(templ * 0x9e3779b97f4a7c15ULL + a + b * 0xff51afd7ed558ccdULL) | 1;
}

} // namespace

int PredictionHistory::code(const int *labels, int i, int n)
{
    const int label = labels[i];
    if (label <= 0)
        return 0;
    const int type = (label - 1) / 2;
    const bool begins = label % 2 == 1;
    const bool continues = i + 1 < n && labels[i + 1] == 2 + 2 * type;
    const int position = !begins ? 2 : continues ? 1 : 0;
    return (1 + type) * positions + position;
}

void PredictionHistory::add(Counts &counts, int code)
{
    if (counts.n[code] < 0xffff)
        ++counts.n[code];
}

int PredictionHistory::summary(const Counts &counts)
{
    int total[classes] = {};
    int seen = 0;
    for (int c = 0; c < classes; ++c) {
        for (int p = 0; p < positions; ++p)
            total[c] += counts.n[c * positions + p];
        if (total[c] > 0)
            seen |= 1 << c;
    }
    if ((seen & ~1) == 0)
        return -1; // never a name
    int best = 1;  // the name class seen most; ties go to person, then place, organization
    for (int c = 2; c < classes; ++c) {
        if (total[c] > total[best])
            best = c;
    }
    int position = 0;
    for (int p = 1; p < positions; ++p) {
        if (counts.n[best * positions + p] > counts.n[best * positions + position])
            position = p;
    }
    return ((best - 1) * (1 << classes) + seen) * positions + position;
}

void PredictionHistory::keysOf(int summary, quint64 *out)
{
    const int position = summary % positions;
    const quint64 seen = quint64(summary / positions) % (1u << classes);
    const int best = summary / positions / (1 << classes) + 1;
    out[0] = historyKey(40, quint64(best) + 1);
    out[1] = historyKey(41, seen);
    out[2] = historyKey(42, quint64(best) + 1, quint64(position) + 1);
}

int PredictionHistory::extractKeys(const Counts &counts, quint64 *out)
{
    const int s = summary(counts);
    if (s < 0)
        return 0;
    keysOf(s, out);
    return keyCount;
}

std::vector<quint64> PredictionHistory::allKeys()
{
    std::vector<quint64> keys;
    for (int c = 0; c < classes; ++c)
        keys.push_back(historyKey(40, quint64(c) + 1));
    for (quint64 seen = 1; seen < (quint64(1) << classes); ++seen)
        keys.push_back(historyKey(41, seen));
    for (int c = 0; c < classes; ++c) {
        for (int p = 0; p < positions; ++p)
            keys.push_back(historyKey(42, quint64(c) + 1, quint64(p) + 1));
    }
    return keys;
}

size_t PredictionHistory::indexOf(quint64 word) const
{
    const size_t mask = m_entries.size() - 1;
    size_t i = size_t(splitmix64(word)) & mask;
    while (m_entries[i].word != 0 && m_entries[i].word != word)
        i = (i + 1) & mask;
    return i;
}

void PredictionHistory::clear()
{
    for (size_t i : m_used)
        m_entries[i] = Entry();
    m_used.clear();
}

const PredictionHistory::Counts *PredictionHistory::counts(quint64 lower) const
{
    if (m_used.empty())
        return nullptr;
    const Entry &entry = m_entries[indexOf(lower)];
    return entry.word == lower ? &entry.counts : nullptr;
}

void PredictionHistory::record(quint64 lower, int code)
{
    if (2 * (m_used.size() + 1) > m_entries.size())
        grow();
    const size_t i = indexOf(lower);
    if (m_entries[i].word == 0) {
        m_entries[i].word = lower;
        m_used.push_back(i);
    }
    add(m_entries[i].counts, code);
}

void PredictionHistory::grow()
{
    std::vector<Entry> old;
    old.swap(m_entries);
    m_entries.assign(std::max<size_t>(64, old.size() * 2), Entry());
    std::vector<size_t> used;
    used.swap(m_used);
    for (size_t o : used) {
        const size_t i = indexOf(old[o].word);
        m_entries[i] = old[o];
        m_used.push_back(i);
    }
}

} // namespace lector
