// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QtGlobal>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace lector {

/// A finished map from names to a few distinct values, compared exactly (the caller folds the
/// case of both sides), that the packed resources store as it is, so that start-up hashes and
/// inserts nothing: which country each gazetteer place name or demonym stands for
/// (Resources::placeCountries(), Resources::demonymCountries()).
///
/// Layout (the same whether built or viewed in the packed resources, which
/// tools/packresources writes from a built table): a power of two of slots, at least twice the
/// keys, each three 32-bit integers: the key's offset and length in a UTF-16 pool (offset -1:
/// an empty slot) and the index of its value in a list of distinct values. A key's home slot is
/// splitmix64 of its FNV-1a hash (wordhash.h) masked to the slot count, then linear probing.
///
/// A table is a cheap value: copies share the slots and the pool, which are its own (built)
/// or the compiled-in bytes of the packed resources (viewed, never copied). Values are
/// returned as QStrings that stay valid after the table is gone.
class NameTable
{
public:
    NameTable() = default;
    /// The pairs in order; among pairs of equal keys the first wins.
    explicit NameTable(const QList<std::pair<QString, QString>> &pairs);
    /// A view of a table's slots (3 * `slotCount` integers) whose keys are in `pool`, both
    /// stored for as long as the view is used, with its distinct `values`. Null when the
    /// counts cannot be such a table's. A slot whose key lies outside the pool or whose value
    /// is not in `values` reads as empty.
    static std::optional<NameTable> view(const qint32 *slots, qsizetype slotCount, qsizetype count,
                                         const char16_t *pool, qsizetype poolSize,
                                         QStringList values);

    /// The value of `key`, compared exactly; a null string when it is not listed.
    QString value(QStringView key) const;

    bool isEmpty() const { return m_count == 0; }
    qsizetype size() const { return m_count; }
    qsizetype slotCount() const { return m_slots ? qsizetype(m_mask + 1) : 0; }
    /// The distinct values, in the order the slots refer to them.
    const QStringList &values() const { return m_values; }
    /// For packing: the key of slot `i` and its value's index, or an index of -1 when the slot
    /// is empty.
    std::pair<QStringView, int> slot(qsizetype i) const;

private:
    struct Owned
    {
        std::vector<qint32> slots;
        QString pool;
    };
    static size_t home(QStringView key);

    std::shared_ptr<const Owned> m_owned; ///< built slots and keys; null for a view
    const qint32 *m_slots = nullptr;      ///< 3 * (m_mask + 1) integers, or null
    const char16_t *m_pool = nullptr;
    qsizetype m_poolSize = 0;
    size_t m_mask = 0;
    qsizetype m_count = 0;
    QStringList m_values;
};

} // namespace lector
