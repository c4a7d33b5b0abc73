// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QString>

namespace lector {

/// A two-level tree: group rows at the top, item rows below them, items being indexes into an
/// Analysis list. Subclasses fill the groups in rebuild() and say what a cell shows; the tree
/// plumbing (index, parent, counts) lives here once.
class GroupedModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    using QAbstractItemModel::QAbstractItemModel;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The group and item rows of an index: item is -1 on a group row.
    static bool isGroup(const QModelIndex &index) { return index.internalId() == 0; }

protected:
    struct Group
    {
        QString title;
        QList<int> items;    ///< indexes into the subclass's Analysis list
        QList<int> entities; ///< entities the group row itself stands for
    };

    /// Data of the group row `group`.
    virtual QVariant groupData(const Group &group, int column, int role) const;
    /// Data of the item `item` (an index into the Analysis list).
    virtual QVariant itemData(int item, int column, int role) const = 0;

    QList<Group> m_groups;
};

} // namespace lector
