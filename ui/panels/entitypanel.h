// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotations.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace lector {

class EntityModel;
class EntityTypeProxy;

/// A list of the entities of one type (Actors: people, Places, Organizations), most mentioned
/// first. Clicking or pressing Enter on a row emits entityActivated() with the entity index.
/// Below the list, the selected entity's reach in the library ("In 3 other articles"), set by
/// the window; activating it emits otherArticlesRequested().
class EntityPanel : public QWidget
{
    Q_OBJECT
public:
    /// `model` is shared by the panels and must outlive this one.
    EntityPanel(EntityModel *model, EntityType type, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    /// The "In N other articles" line (hidden when nothing is known).
    QLabel *libraryLabel() const { return m_libraryLabel; }
    /// Selects the row of `entity` (no signal); -1 clears the selection.
    void setCurrentEntity(int entity);
    /// Shows in how many other articles of the library `entity` appears; a negative count (no
    /// library) or an entity not listed in this panel hides the line.
    void setLibraryCount(int entity, int count);

Q_SIGNALS:
    void entityActivated(int entity);
    /// The user asked to see the other articles and visits of `entity` across the library.
    void otherArticlesRequested(int entity);

private:
    void onActivated(const QModelIndex &index);
    bool lists(int entity) const;

    EntityTypeProxy *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_libraryLabel = nullptr;
    int m_libraryEntity = -1;
};

} // namespace lector
