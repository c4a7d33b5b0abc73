// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon/wordclustertable.h"

#include "lexicon/tsvtable.h"

namespace lector {

WordClusterTable::WordClusterTable(const TsvTable &table)
{
    std::vector<WordSlotTable::Entry> entries;
    for (const TsvTable::Row &row : table.rows()) {
        const quint32 value = pack(row.fields.value(0));
        for (QStringView word : QStringView(row.fields.value(1)).tokenize(u' ', Qt::SkipEmptyParts))
            entries.push_back({wordhash::lowerFoldedHash(word), value});
    }
    m_table = WordSlotTable(entries);
}

std::optional<WordClusterTable> WordClusterTable::view(const uchar *slots, qsizetype slotCount,
                                                       qsizetype count)
{
    std::optional<WordSlotTable> table = WordSlotTable::view(slots, slotCount, count);
    if (!table)
        return std::nullopt;
    WordClusterTable clusters;
    clusters.m_table = *table;
    return clusters;
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

} // namespace lector
