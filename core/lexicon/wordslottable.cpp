// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon/wordslottable.h"

namespace lector {

WordSlotTable::WordSlotTable(const std::vector<Entry> &entries)
{
    if (entries.empty())
        return;
    size_t slotCount = 16;
    while (slotCount < 2 * entries.size())
        slotCount *= 2;
    auto slots = std::make_shared<std::vector<quint64>>(slotCount, 0);
    m_mask = slotCount - 1;
    // Inserted grouped by the region of their home slots (a stable counting sort into 1,024
    // regions), so that filling the table walks its memory region by region instead of
    // missing the cache on every word (337,640 cluster words take 8 MB). The entries' order
    // among equal keys is kept, so the first still wins.
    int shift = 0;
    while ((slotCount >> shift) > 1024)
        ++shift;
    std::vector<quint32> regions(entries.size());
    std::vector<size_t> next((slotCount >> shift) + 1, 0);
    for (size_t e = 0; e < entries.size(); ++e) {
        regions[e] = quint32((size_t(splitmix64(entries[e].hash & ~valueMask)) & m_mask) >> shift);
        ++next[regions[e] + 1];
    }
    for (size_t r = 1; r < next.size(); ++r)
        next[r] += next[r - 1];
    std::vector<size_t> ordered(entries.size());
    for (size_t e = 0; e < entries.size(); ++e)
        ordered[next[regions[e]]++] = e;
    for (const size_t e : ordered)
        add(*slots, entries[e].hash, entries[e].value);
    if (m_count == 0) { // no entries: an empty table, as a view of it would be
        m_mask = 0;
        return;
    }
    m_slots = reinterpret_cast<const uchar *>(slots->data());
    m_owned = std::move(slots);
}

std::optional<WordSlotTable> WordSlotTable::view(const uchar *slots, qsizetype slotCount,
                                                 qsizetype count)
{
    // A built table has at least 16 slots, a power of two, at least twice its words.
    if (slotCount == 0 && count == 0)
        return WordSlotTable();
    if (!slots || slotCount < 16 || (slotCount & (slotCount - 1)) != 0 || count <= 0 ||
        count > slotCount / 2)
        return std::nullopt;
    WordSlotTable table;
    table.m_slots = slots;
    table.m_mask = size_t(slotCount) - 1;
    table.m_count = count;
    return table;
}

void WordSlotTable::add(std::vector<quint64> &slots, quint64 hash, quint32 value)
{
    const quint64 key = hash & ~valueMask;
    for (size_t i = size_t(splitmix64(key)) & m_mask;; i = (i + 1) & m_mask) {
        if (slots[i] == 0) {
            slots[i] = key | value;
            ++m_count;
            return;
        }
        if ((slots[i] & ~valueMask) == key)
            return; // the first entry wins (a hash collision is ignored)
    }
}

} // namespace lector
