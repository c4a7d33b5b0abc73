// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityinvolvementproxy.h"

#include "annotationroles.h"

namespace lector {

EntityInvolvementProxy::EntityInvolvementProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A group row (a speaker, "Undated") stays when one of its children is accepted.
    setRecursiveFilteringEnabled(true);
}

void EntityInvolvementProxy::setEntity(int entity)
{
    if (entity == m_entity)
        return;
    m_entity = entity;
    invalidateRowsFilter();
}

bool EntityInvolvementProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_entity < 0)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(EntitiesRole).value<QList<int>>().contains(m_entity);
}

} // namespace lector
