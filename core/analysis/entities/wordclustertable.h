// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entities/tablememory.h"

#include <QStringView>
#include <QtGlobal>

#include <vector>

namespace lector {

class TsvTable;

/// The cluster of each word of lexicon/wordclusters.tsv (tools/make_embedding_clusters.sh since
/// round 9; Brown clusters of tools/make_brown_clusters.sh have the same form):
/// its bit string, the path from the root of the cluster tree, packed into 24 bits as
/// `marker | length << 18 | bits` (at most 18 bits kept), so that a prefix of any length is
/// computed from the packed value alone (prefix()). Open addressing over 8-byte slots keyed by
/// NerFeatures::hashLower(); 0 for a word without a cluster. Never grows after loading.
class WordClusterTable
{
public:
    static constexpr int maxBits = 18;
    static constexpr quint32 marker = 1u << 23;

    WordClusterTable() = default;
    /// Rows of (bit string, words separated by spaces); `hashOf` hashes a word as the
    /// features do.
    WordClusterTable(const TsvTable &table, quint64 (*hashOf)(QStringView));

    bool isEmpty() const { return m_count == 0; }
    qsizetype size() const { return m_count; }

    /// The packed cluster of a word hash, 0 when the word has none.
    quint32 cluster(quint64 hash) const
    {
        if (m_slots.empty())
            return 0;
        const quint64 key = hash & ~valueMask;
        for (size_t i = size_t(splitmix64(key)) & m_mask;; i = (i + 1) & m_mask) {
            const quint64 slot = m_slots[i];
            if (slot == 0)
                return 0;
            if ((slot & ~valueMask) == key)
                return quint32(slot & valueMask);
        }
    }

    /// The first `bits` bits of a packed cluster, packed the same way (the whole path when it
    /// is shorter); 0 stays 0.
    static quint32 prefix(quint32 cluster, int bits)
    {
        if (cluster == 0 || !(cluster & marker))
            return cluster;
        const int length = int((cluster >> maxBits) & 31);
        if (bits >= length)
            return cluster;
        const quint32 path = (cluster & ((1u << maxBits) - 1)) >> (length - bits);
        return marker | quint32(bits) << maxBits | path;
    }

    /// Packs a bit string ("0110..."), keeping its first maxBits bits.
    static quint32 pack(QStringView bits);

private:
    static constexpr quint64 valueMask = (quint64(1) << 24) - 1;
    void add(quint64 hash, quint32 value);

    std::vector<quint64> m_slots;
    size_t m_mask = 0;
    qsizetype m_count = 0;
};

} // namespace lector
