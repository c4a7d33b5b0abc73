// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lexicon/wordslottable.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace lector {

class TsvTable;

/// The cluster of each word of lexicon/wordclusters.tsv (tools/make_embedding_clusters.sh since
/// round 9; Brown clusters of tools/make_brown_clusters.sh have the same form):
/// its bit string, the path from the root of the cluster tree, packed into 24 bits as
/// `marker | length << 18 | bits` (at most 18 bits kept), so that a prefix of any length is
/// computed from the packed value alone (prefix()). Never grows after loading.
///
/// The slots are a WordSlotTable keyed by the word's wordhash::lowerFoldedHash()
/// (NerFeatures::hashLower()), the same whether built from the rows or read from the packed
/// resources, which tools/packresources writes from a table built by this class. Among equal
/// words the first row wins.
///
/// A table is a cheap value: copies share the slots, which are its own (built) or the
/// compiled-in bytes of the packed resources (viewed, never copied).
class WordClusterTable
{
public:
    static constexpr int maxBits = 18;
    static constexpr quint32 marker = 1u << 23;
    static constexpr quint64 valueMask = WordSlotTable::valueMask;

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

    bool isEmpty() const { return m_table.isEmpty(); }
    qsizetype size() const { return m_table.size(); }
    /// The slots as bytes (slotCount() * 8), for packing them.
    QByteArrayView slotBytes() const { return m_table.slotBytes(); }
    qsizetype slotCount() const { return m_table.slotCount(); }

    /// The packed cluster of a word hash, 0 when the word has none.
    quint32 cluster(quint64 hash) const { return m_table.value(hash); }

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
    WordSlotTable m_table;
};

} // namespace lector
