// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lexicon/wordhash.h"

#include <QByteArrayView>
#include <QtEndian>
#include <QtGlobal>

#include <memory>
#include <optional>
#include <vector>

namespace lector {

/// A finished open-addressing table from a word's hash (wordhash::lowerFoldedHash()) to a
/// 24-bit value, laid out so that it can be packed at build time and read in place at start-up
/// (PackedResources): WordClusterTable's clusters and WordNetClasses' classes use it.
///
/// Slot layout (the same whether built or viewed): a power of two of 8-byte slots, at least 16
/// and at least twice the words, in native byte order; a slot holds `key | value`, where the
/// key is the hash without its low 24 bits; 0 is an empty slot (a value is never 0). A key's
/// home slot is splitmix64(key) masked to the slot count, then linear probing. Among equal
/// keys the first entry wins.
///
/// A table is a cheap value: copies share the slots, which are its own (built) or bytes it
/// views (never copied).
class WordSlotTable
{
public:
    static constexpr quint64 valueMask = (quint64(1) << 24) - 1;

    struct Entry
    {
        quint64 hash;
        quint32 value; ///< 1 .. valueMask
    };

    WordSlotTable() = default;
    /// The table of `entries` (in order: the first of equal keys wins).
    explicit WordSlotTable(const std::vector<Entry> &entries);
    /// The finished slots of another table (slotBytes()), stored at `slots` for as long as the
    /// view is used: `slotCount` slots (a power of two, or 0) holding `count` words. Null when
    /// the counts cannot be such a table's.
    static std::optional<WordSlotTable> view(const uchar *slots, qsizetype slotCount,
                                             qsizetype count);

    bool isEmpty() const { return m_count == 0; }
    qsizetype size() const { return m_count; }
    /// The slots as bytes (slotCount() * 8), for packing them.
    QByteArrayView slotBytes() const
    {
        return {reinterpret_cast<const char *>(m_slots), qsizetype(slotCount() * 8)};
    }
    qsizetype slotCount() const { return m_slots ? qsizetype(m_mask + 1) : 0; }

    /// The value of a word hash, 0 when the table has none.
    quint32 value(quint64 hash) const
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

private:
    void add(std::vector<quint64> &slots, quint64 hash, quint32 value);

    std::shared_ptr<const std::vector<quint64>> m_owned; ///< built slots; null for a view
    const uchar *m_slots = nullptr;                      ///< m_mask + 1 slots, or null
    size_t m_mask = 0;
    qsizetype m_count = 0;
};

} // namespace lector
