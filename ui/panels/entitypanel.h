// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/annotations.h"

#include <QWidget>

class QTreeView;

namespace lector {

class EntityModel;
class EntityTypeProxy;

/// A list of the entities of one type (Actors: people, Places, Organizations), most mentioned
/// first. Clicking or pressing Enter on a row emits entityActivated() with the entity index.
class EntityPanel : public QWidget
{
    Q_OBJECT
public:
    /// `model` is shared by the panels and must outlive this one.
    EntityPanel(EntityModel *model, EntityType type, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    /// Selects the row of `entity` (no signal); -1 clears the selection.
    void setCurrentEntity(int entity);

Q_SIGNALS:
    void entityActivated(int entity);

private:
    void onActivated(const QModelIndex &index);

    EntityTypeProxy *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace lector
