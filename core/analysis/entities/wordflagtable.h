// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entities/tablememory.h"

#include <QtGlobal>

#include <vector>

namespace lector {

/// A fixed set of word hashes (NerFeatures::hashLower()), each with up to three flag bits:
/// open addressing over 8-byte slots, the hash's three low bits replaced by the flags, 0 an
/// empty slot. NerFeatures keeps two: the small lexicon table every token asks (title words,
/// given names, organization words) and the dictionary's 74,700 words, asked for capitalised
/// words only, apart so that the small one stays in the cache.
class WordFlagTable
{
public:
    static constexpr quint32 flagMask = 7;

    /// Sized for `words` words; never grows.
    explicit WordFlagTable(size_t words = 0);
    /// Adds `flags` (within flagMask) to the word's flags. The table must have room (see the
    /// constructor).
    void add(quint64 hash, quint32 flags);
    /// The word's flags, 0 when absent.
    quint32 flags(quint64 hash) const
    {
        const quint64 key = keyOf(hash);
        for (size_t i = indexOf(key);; i = (i + 1) & m_mask) {
            const quint64 slot = m_slots[i];
            if ((slot & ~quint64(flagMask)) == key)
                return quint32(slot & flagMask);
            if (slot == 0)
                return 0;
        }
    }

private:
    static quint64 keyOf(quint64 hash) { return (hash & ~quint64(15)) | 8; } // never 0
    size_t indexOf(quint64 key) const { return size_t(splitmix64(key)) & m_mask; }

    std::vector<quint64> m_slots;
    size_t m_mask = 0;
};

} // namespace lector
