// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entities/nerfeatures.h"

#include <QtGlobal>

#include <vector>

namespace lector {

/// Non-local "prediction history" features (Ratinov and Roth 2009): what the tagger itself
/// labelled the earlier occurrences of a capitalised word in the same document, case-blind
/// ("HANOI" and "Hanoi" are one word). The tagger decodes sentence by sentence in text order,
/// so the labels of earlier sentences are known when a sentence is tagged.
///
/// An occurrence counts by its class (O, person, place, organization, other) and, for a name,
/// its position (a one-word name, the first word of a longer one, a later word). A word that
/// the tagger labelled a name before gets `keyCount` keys: the name class it had most often,
/// the set of classes seen (O included), and that class with its most frequent position. A
/// word seen for the first time, or only as O, gets none, so a model trained without history
/// (lector-train --no-history) is the model of the features before (the keys are absent from
/// it). Shared by the EntityRecogniser and the trainer, which feeds its own predictions.
///
/// One document's table: clear() before each document, counts() to read, record() after a
/// sentence is tagged. Allocates only while the table grows.
class PredictionHistory
{
public:
    static constexpr int keyCount = 3;
    static constexpr int classes = 5;   ///< O and the four EntityType values
    static constexpr int positions = 3; ///< a one-word name, first word, later word
    static constexpr int codes = classes * positions;

    /// The counts of one word: per code (class * positions + position).
    struct Counts
    {
        quint16 n[codes] = {};
    };

    /// Whether token facts `f` take part: a capitalised word outside time expressions.
    static bool takesPart(const NerTokenFacts &f)
    {
        return (f.flags & (NerFeatures::InitialCapital | NerFeatures::AllCapitals)) &&
               !(f.flags & (NerFeatures::TimeWord | NerFeatures::Punctuation));
    }
    /// The code of label `labels[i]` of a sentence of `n` labels (SequenceModel labels).
    static int code(const int *labels, int i, int n);
    /// Adds an occurrence of `code` to `counts` (saturating).
    static void add(Counts &counts, int code);
    /// Writes the keys of a word with these counts: keyCount keys when an earlier occurrence
    /// was labelled a name, none when all were O (a word the tagger never took for a name
    /// says nothing that its own features do not). Returns how many.
    static int extractKeys(const Counts &counts, quint64 *out);
    /// What extractKeys() reads of the counts, as a number below `summaries`: the majority
    /// name class, the classes seen and the position; -1 when no occurrence was a name. The
    /// keys depend on it alone, so the recogniser sums their weights once per summary.
    static int summary(const Counts &counts);
    static constexpr int summaries = (classes - 1) * (1 << classes) * positions;
    /// The keyCount keys of a summary (>= 0).
    static void keysOf(int summary, quint64 *out);
    /// Every key extractKeys() can write (and the five majority keys of O, which it never
    /// writes), in a fixed order: the trainer's feature order.
    static std::vector<quint64> allKeys();

    /// Forgets every word (a new document).
    void clear();
    /// The counts of the word (NerTokenFacts::lower), nullptr when it was not seen yet.
    const Counts *counts(quint64 lower) const;
    /// Records an occurrence of the word with `code`.
    void record(quint64 lower, int code);

private:
    struct Entry
    {
        quint64 word = 0; ///< 0 = empty (word hashes are odd)
        Counts counts;
    };
    size_t indexOf(quint64 word) const;
    void grow();

    std::vector<Entry> m_entries;
    std::vector<size_t> m_used; ///< slots in use, for clear()
};

} // namespace lector
