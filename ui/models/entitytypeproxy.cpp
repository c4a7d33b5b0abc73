// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytypeproxy.h"

#include "annotationroles.h"
#include "entitymodel.h"

namespace lector {

EntityTypeProxy::EntityTypeProxy(EntityType type, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_type(type)
{}

bool EntityTypeProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(EntityTypeRole).toInt() == int(m_type);
}

// Ties in the mention count keep the order of first mention (the entity index), so the order
// is stable from run to run.
bool EntityTypeProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == EntityModel::MentionsColumn) {
        const int a = left.data().toInt();
        const int b = right.data().toInt();
        if (a != b)
            return a < b;
        return left.data(IndexRole).toInt() > right.data(IndexRole).toInt();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace lector
