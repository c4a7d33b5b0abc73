// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon/wordclustertable.h"

#include "lexicon/tsvtable.h"

namespace lector {

WordClusterTable::WordClusterTable(const TsvTable &table)
{
    qsizetype words = 0;
    for (const TsvTable::Row &row : table.rows())
        words += row.fields.value(1).count(u' ') + 1;
    if (words == 0)
        return;
    size_t slotCount = 16;
    while (slotCount < 2 * size_t(words))
        slotCount *= 2;
    auto slots = std::make_shared<std::vector<quint64>>(slotCount, 0);
    m_mask = slotCount - 1;
    // Inserted grouped by the region of their home slots (a stable counting sort into 1,024
    // regions), so that filling the table walks its memory region by region instead of
    // missing the cache on every word (337,640 words take 8 MB). The rows' order among equal
    // keys is kept, so the first row still wins.
    struct Entry
    {
        quint64 hash;
        quint32 value;
        quint32 region;
    };
    int shift = 0;
    while ((slotCount >> shift) > 1024)
        ++shift;
    std::vector<Entry> entries;
    entries.reserve(size_t(words));
    std::vector<size_t> next((slotCount >> shift) + 1, 0);
    for (const TsvTable::Row &row : table.rows()) {
        const quint32 value = pack(row.fields.value(0));
        for (QStringView word :
             QStringView(row.fields.value(1)).tokenize(u' ', Qt::SkipEmptyParts)) {
            const quint64 hash = wordhash::lowerFoldedHash(word);
            const auto region = quint32((size_t(splitmix64(hash & ~valueMask)) & m_mask) >> shift);
            entries.push_back({hash, value, region});
            ++next[region + 1];
        }
    }
    for (size_t r = 1; r < next.size(); ++r)
        next[r] += next[r - 1];
    std::vector<Entry> ordered(entries.size());
    for (const Entry &entry : entries)
        ordered[next[entry.region]++] = entry;
    for (const Entry &entry : ordered)
        add(*slots, entry.hash, entry.value);
    if (m_count == 0) { // rows without words: an empty table, as a view of it would be
        m_mask = 0;
        return;
    }
    m_slots = reinterpret_cast<const uchar *>(slots->data());
    m_owned = std::move(slots);
}

std::optional<WordClusterTable> WordClusterTable::view(const uchar *slots, qsizetype slotCount,
                                                       qsizetype count)
{
    // A built table has at least 16 slots, a power of two, at least twice its words.
    if (slotCount == 0 && count == 0)
        return WordClusterTable();
    if (!slots || slotCount < 16 || (slotCount & (slotCount - 1)) != 0 || count <= 0 ||
        count > slotCount / 2)
        return std::nullopt;
    WordClusterTable table;
    table.m_slots = slots;
    table.m_mask = size_t(slotCount) - 1;
    table.m_count = count;
    return table;
}

quint32 WordClusterTable::pack(QStringView bits)
{
    quint32 path = 0;
    int length = 0;
    for (QChar c : bits) {
        if (length == maxBits)
            break;
        path = path << 1 | (c == u'1' ? 1u : 0u);
        ++length;
    }
    return marker | quint32(length) << maxBits | path;
}

void WordClusterTable::add(std::vector<quint64> &slots, quint64 hash, quint32 value)
{
    const quint64 key = hash & ~valueMask;
    for (size_t i = size_t(splitmix64(key)) & m_mask;; i = (i + 1) & m_mask) {
        if (slots[i] == 0) {
            slots[i] = key | value;
            ++m_count;
            return;
        }
        if ((slots[i] & ~valueMask) == key)
            return; // the first row wins (the words are unique; a hash collision is ignored)
    }
}

} // namespace lector
