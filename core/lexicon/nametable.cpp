// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon/nametable.h"

#include "lexicon/wordhash.h"

#include <QHash>

#include <cstring>

namespace lector {

size_t NameTable::home(QStringView key)
{
    quint64 h = wordhash::fnvOffset;
    for (QChar c : key)
        h = wordhash::step(h, c.unicode());
    return size_t(splitmix64(h));
}

NameTable::NameTable(const QList<std::pair<QString, QString>> &pairs)
{
    if (pairs.isEmpty())
        return;
    size_t slotCount = 16;
    while (slotCount < 2 * size_t(pairs.size()))
        slotCount *= 2;
    auto owned = std::make_shared<Owned>();
    owned->slots.assign(slotCount * 3, 0);
    for (size_t i = 0; i < slotCount; ++i)
        owned->slots[i * 3] = -1;
    m_mask = slotCount - 1;
    QHash<QString, int> valueIndex;
    QList<std::pair<qsizetype, qsizetype>> keys; // offset and length in the pool, by slot
    for (const auto &[key, value] : pairs) {
        size_t i = home(key) & m_mask;
        bool listed = false;
        for (;; i = (i + 1) & m_mask) {
            const qint32 *s = owned->slots.data() + i * 3;
            if (s[0] < 0)
                break;
            if (QStringView(owned->pool).sliced(s[0], s[1]) == key) {
                listed = true; // the first pair of a key wins
                break;
            }
        }
        if (listed)
            continue;
        auto v = valueIndex.constFind(value);
        if (v == valueIndex.cend()) {
            v = valueIndex.insert(value, int(m_values.size()));
            m_values.append(value);
        }
        qint32 *s = owned->slots.data() + i * 3;
        s[0] = qint32(owned->pool.size());
        s[1] = qint32(key.size());
        s[2] = *v;
        owned->pool.append(key);
        ++m_count;
    }
    m_slots = owned->slots.data();
    m_pool = reinterpret_cast<const char16_t *>(owned->pool.constData());
    m_poolSize = owned->pool.size();
    m_owned = std::move(owned);
}

std::optional<NameTable> NameTable::view(const qint32 *slots, qsizetype slotCount, qsizetype count,
                                         const char16_t *pool, qsizetype poolSize,
                                         QStringList values)
{
    // A built table has at least 16 slots, a power of two, at least twice its keys.
    if (slotCount == 0 && count == 0)
        return NameTable();
    if (!slots || slotCount < 16 || (slotCount & (slotCount - 1)) != 0 || count <= 0 ||
        count > slotCount / 2 || poolSize < 0 || (!pool && poolSize > 0))
        return std::nullopt;
    NameTable table;
    table.m_slots = slots;
    table.m_pool = pool;
    table.m_poolSize = poolSize;
    table.m_mask = size_t(slotCount) - 1;
    table.m_count = count;
    table.m_values = std::move(values);
    return table;
}

std::pair<QStringView, int> NameTable::slot(qsizetype i) const
{
    const qint32 *s = m_slots + i * 3;
    if (s[0] < 0 || s[1] < 0 || s[0] > m_poolSize - s[1] || s[2] < 0 || s[2] >= m_values.size())
        return {QStringView(), -1};
    return {QStringView(m_pool + s[0], s[1]), s[2]};
}

QString NameTable::value(QStringView key) const
{
    if (!m_slots)
        return {};
    // Bounded by the slot count, so that even a damaged view that has no empty slot ends.
    size_t i = home(key) & m_mask;
    for (size_t probes = 0; probes <= m_mask; ++probes, i = (i + 1) & m_mask) {
        const qint32 *s = m_slots + i * 3;
        if (s[0] < 0)
            return {};
        if (s[1] == key.size() && s[0] <= m_poolSize - s[1] &&
            std::memcmp(m_pool + s[0], key.utf16(), size_t(s[1]) * 2) == 0)
            return s[2] >= 0 && s[2] < m_values.size() ? m_values.at(s[2]) : QString();
    }
    return {};
}

} // namespace lector
