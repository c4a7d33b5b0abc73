// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitypanel.h"

#include "models/annotationroles.h"
#include "models/entitymodel.h"
#include "models/entitytypeproxy.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace lector {

EntityPanel::EntityPanel(EntityModel *model, EntityType type, QWidget *parent)
    : QWidget(parent)
    , m_proxy(new EntityTypeProxy(type, this))
    , m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->sort(EntityModel::MentionsColumn, Qt::DescendingOrder);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EntityModel::MentionsColumn, Qt::DescendingOrder);
    // Entities are few (tens), so fitting the name and count columns to their contents is cheap.
    m_view->header()->setSectionResizeMode(EntityModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(EntityModel::MentionsColumn,
                                           QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &QTreeView::clicked, this, &EntityPanel::onActivated);
    connect(m_view, &QTreeView::activated, this, &EntityPanel::onActivated);
}

void EntityPanel::setCurrentEntity(int entity)
{
    const QModelIndexList found =
        entity < 0 ? QModelIndexList()
                   : m_proxy->match(m_proxy->index(0, 0), IndexRole, entity, 1, Qt::MatchExactly);
    if (found.isEmpty()) {
        m_view->clearSelection();
        return;
    }
    m_view->setCurrentIndex(found.constFirst());
    m_view->scrollTo(found.constFirst());
}

void EntityPanel::onActivated(const QModelIndex &index)
{
    const int entity = index.data(IndexRole).toInt();
    if (index.isValid() && entity >= 0)
        Q_EMIT entityActivated(entity);
}

} // namespace lector
