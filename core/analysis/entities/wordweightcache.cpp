// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entities/wordweightcache.h"

#include <algorithm>

namespace lector {

void WordWeightCache::use(const std::shared_ptr<const SequenceModel> &model)
{
    if (model == m_model && !m_words.empty())
        return;
    m_model = model;
    m_words.assign(64, 0);
    m_sums.resize(m_words.size() * rowSize);
    m_used = 0;
}

void WordWeightCache::makeRoom(qsizetype words)
{
    if (2 * (m_used + size_t(words)) <= m_words.size())
        return;
    size_t capacity = m_words.size();
    while (2 * (m_used + size_t(words)) > capacity && capacity < maxCapacity)
        capacity *= 2;
    if (2 * (m_used + size_t(words)) <= capacity) {
        rehash(capacity);
        return;
    }
    // A very long document of many distinct words: keep the memory bounded, start afresh.
    std::fill(m_words.begin(), m_words.end(), 0);
    m_used = 0;
    capacity = m_words.size();
    while (2 * size_t(words) > capacity)
        capacity *= 2;
    if (capacity > m_words.size())
        rehash(capacity);
}

void WordWeightCache::rehash(size_t capacity)
{
    std::vector<quint64> words(capacity, 0);
    std::vector<qint32> sums(capacity * rowSize);
    const size_t mask = capacity - 1;
    for (size_t old = 0; old < m_words.size(); ++old) {
        if (m_words[old] == 0)
            continue;
        size_t i = size_t((m_words[old] * 0x9e3779b97f4a7c15ULL) >> 40) & mask;
        while (words[i] != 0)
            i = (i + 1) & mask;
        words[i] = m_words[old];
        std::copy_n(m_sums.data() + old * rowSize, rowSize, sums.data() + i * rowSize);
    }
    m_words.swap(words);
    m_sums.swap(sums);
}

const qint32 *WordWeightCache::sums(const NerTokenFacts &word)
{
    const size_t mask = m_words.size() - 1;
    size_t i = size_t((word.exact * 0x9e3779b97f4a7c15ULL) >> 40) & mask;
    for (; m_words[i] != 0; i = (i + 1) & mask) {
        if (m_words[i] == word.exact)
            return m_sums.data() + i * rowSize;
    }
    // makeRoom() left a free slot for every word of the sentence.
    m_words[i] = word.exact;
    ++m_used;
    qint32 *row = m_sums.data() + i * rowSize;
    compute(word, row);
    return row;
}

void WordWeightCache::compute(const NerTokenFacts &word, qint32 *sums) const
{
    std::fill_n(sums, rowSize, 0);
    quint64 keys[NerFeatures::wordKeys + NerFeatures::neighbourKeys];
    NerFeatures::extractWordKeys(word, keys);
    quint64 *n = keys + NerFeatures::wordKeys;
    NerFeatures::extractNeighbourKeys(word, n);
    // All the lookups miss together rather than one after another.
    m_model->prefetch(keys, NerFeatures::wordKeys + NerFeatures::neighbourKeys);
    m_model->addWeights(keys, NerFeatures::wordKeys, sums + NerFeatures::Self * labels);
    m_model->addWeights(n, 2, sums + NerFeatures::Previous * labels);
    m_model->addWeights(n + 5, 2, sums + NerFeatures::Previous * labels);
    m_model->addWeights(n + 2, 1, sums + NerFeatures::Next * labels);
    m_model->addWeights(n + 7, 2, sums + NerFeatures::Next * labels);
    m_model->addWeights(n + 3, 1, sums + NerFeatures::BeforePrevious * labels);
    m_model->addWeights(n + 4, 1, sums + NerFeatures::AfterNext * labels);
}

} // namespace lector
