// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entities/nerfeatures.h"
#include "analysis/entities/sequencemodel.h"

#include <memory>
#include <vector>

namespace lector {

/// The summed model weights that each distinct word of a document contributes to a token's
/// scores, in every NerFeatures::Role (itself, previous, next, ...): "the", "said", "Moscow"
/// recur, so most tokens read one small, warm table instead of making seventeen lookups in the
/// model's large one.
///
/// Scratch of one thread: use() before each document, makeRoom() before each sentence. The sums
/// are a pure function of the model and the word, so the table outlives documents (a library of
/// short articles keeps its common words warm) and results never depend on what ran before.
/// Open addressing on NerTokenFacts::exact, filled at most half; a table that would grow beyond
/// 16384 words starts afresh instead. Allocates only while the table grows.
class WordWeightCache
{
public:
    static constexpr int labels = SequenceModel::labelCount;

    /// Scores with `model` from now on; empties the table when the model changed.
    void use(const std::shared_ptr<const SequenceModel> &model);
    /// Makes sure that `words` more words fit; invalidates the pointers sums() returned.
    void makeRoom(qsizetype words);
    /// The sums of `word` (NerFeatures::roleCount rows of labels raw weights, as
    /// SequenceModel::addWeights() sums them); valid until makeRoom() or use().
    const qint32 *sums(const NerTokenFacts &word);

private:
    static constexpr int rowSize = NerFeatures::roleCount * labels;
    static constexpr size_t maxCapacity = size_t(1) << 15; ///< slots: at most 16384 words
    void compute(const NerTokenFacts &word, qint32 *sums) const;
    void rehash(size_t capacity);

    std::shared_ptr<const SequenceModel> m_model;
    std::vector<quint64> m_words; ///< 0 = empty
    std::vector<qint32> m_sums;   ///< m_words.size() x rowSize
    size_t m_used = 0;
};

} // namespace lector
