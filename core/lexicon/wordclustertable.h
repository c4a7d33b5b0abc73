// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lexicon/wordhash.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QtEndian>
#include <QtGlobal>

#include <memory>
#include <optional>
#include <vector>

namespace lector {

class TsvTable;

/// The cluster of each word of lexicon/wordclusters.tsv (tools/make_embedding_clusters.sh since
/// round 9; Brown clusters of tools/make_brown_clusters.sh have the same form):
/// its bit string, the path from the root of the cluster tree, packed into 24 bits as
/// `marker | length << 18 | bits` (at most 18 bits kept), so that a prefix of any length is
/// computed from the packed value alone (prefix()). Never grows after loading.
///
/// Slot layout (the same whether built from the rows or read from the packed resources, which
/// tools/packresources writes from a table built by this class): a power of two of 8-byte
/// slots, at least twice the words, in native byte order; a slot holds `key | value`, where
/// the key is the word's wordhash::lowerFoldedHash() (NerFeatures::hashLower()) without its
/// low 24 bits and the value its packed cluster; 0 is an empty slot. A key's home slot is
/// splitmix64(key) masked to the slot count, then linear probing. Among equal keys the first
/// row wins.
///
/// A table is a cheap value: copies share the slots, which are its own (built) or the
/// compiled-in bytes of the packed resources (viewed, never copied).
class WordClusterTable
{
public:
    static constexpr int maxBits = 18;
    static constexpr quint32 marker = 1u << 23;
    static constexpr quint64 valueMask = (quint64(1) << 24) - 1;

    /// The table the clusters are read from: lexicon/wordclusters.tsv.
    static QString tableName() { return QStringLiteral("wordclusters"); }

    WordClusterTable() = default;
    /// Rows of (bit string, words separated by spaces).
    explicit WordClusterTable(const TsvTable &table);
    /// The finished slots of another table (slotBytes()), stored at `slots` for as long as
    /// the view is used: `slotCount` slots (a power of two, or 0) holding `count` words. Null
    /// when the counts cannot be such a table's.
    static std::optional<WordClusterTable> view(const uchar *slots, qsizetype slotCount,
                                                qsizetype count);

    bool isEmpty() const { return m_count == 0; }
    qsizetype size() const { return m_count; }
    /// The slots as bytes (slotCount() * 8), for packing them.
    QByteArrayView slotBytes() const
    {
        return {reinterpret_cast<const char *>(m_slots), qsizetype(slotCount() * 8)};
    }
    qsizetype slotCount() const { return m_slots ? qsizetype(m_mask + 1) : 0; }

    /// The packed cluster of a word hash, 0 when the word has none.
    quint32 cluster(quint64 hash) const
    {
        if (!m_slots)
            return 0;
        const quint64 key = hash & ~valueMask;
        // Bounded by the slot count, so that even a damaged view that has no empty slot ends.
        size_t i = size_t(splitmix64(key)) & m_mask;
        for (size_t probes = 0; probes <= m_mask; ++probes, i = (i + 1) & m_mask) {
            const quint64 slot = qFromUnaligned<quint64>(m_slots + i * 8);
            if (slot == 0)
                return 0;
            if ((slot & ~valueMask) == key)
                return quint32(slot & valueMask);
        }
        return 0;
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
    void add(std::vector<quint64> &slots, quint64 hash, quint32 value);

    std::shared_ptr<const std::vector<quint64>> m_owned; ///< built slots; null for a view
    const uchar *m_slots = nullptr;                      ///< m_mask + 1 slots, or null
    size_t m_mask = 0;
    qsizetype m_count = 0;
};

} // namespace lector
