// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QTreeView;

namespace lector {

class EntityInvolvementProxy;

/// A grouped list (quotes by speaker, visits dated and undated) that can be narrowed to the
/// rows involving one entity. Clicking an item row emits itemActivated() with its index in the
/// Analysis list; clicking a group row that stands for an entity emits entityActivated().
class InvolvementPanel : public QWidget
{
    Q_OBJECT
public:
    /// `model` is a GroupedModel and must outlive this panel.
    explicit InvolvementPanel(QAbstractItemModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    /// Shows only rows involving `entity`; -1 shows all.
    void setFilterEntity(int entity);

Q_SIGNALS:
    void itemActivated(int item);
    void entityActivated(int entity);

private:
    void onActivated(const QModelIndex &index);
    void showGroups();

    EntityInvolvementProxy *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace lector
