// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entities/wordflagtable.h"

namespace lector {

WordFlagTable::WordFlagTable(size_t words)
{
    size_t slots = 16;
    while (slots < 2 * words)
        slots *= 2;
    m_slots.assign(slots, 0);
    m_mask = slots - 1;
}

void WordFlagTable::add(quint64 hash, quint32 flags)
{
    const quint64 key = keyOf(hash);
    for (size_t i = indexOf(key);; i = (i + 1) & m_mask) {
        if (m_slots[i] == 0 || (m_slots[i] & ~quint64(flagMask)) == key) {
            m_slots[i] = key | (m_slots[i] & flagMask) | (flags & flagMask);
            return;
        }
    }
}

} // namespace lector
