// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupedmodel.h"

#include "annotationroles.h"

#include <QFont>

namespace lector {

// internalId 0 marks a group row; an item row stores its group's row + 1.

QModelIndex GroupedModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex GroupedModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isGroup(child))
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int GroupedModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || !isGroup(parent))
        return 0;
    return int(m_groups.at(parent.row()).items.size());
}

QVariant GroupedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isGroup(index))
        return groupData(m_groups.at(index.row()), index.column(), role);
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return itemData(group.items.at(index.row()), index.column(), role);
}

QVariant GroupedModel::groupData(const Group &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0)
            return tr("%1 (%2)").arg(group.title).arg(group.items.size());
        break;
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case IndexRole:
        return -1;
    case EntitiesRole:
        return QVariant::fromValue(group.entities);
    }
    return {};
}

} // namespace lector
