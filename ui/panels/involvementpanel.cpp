// SPDX-License-Identifier: GPL-3.0-or-later
#include "involvementpanel.h"

#include "models/annotationroles.h"
#include "models/entityinvolvementproxy.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace lector {

InvolvementPanel::InvolvementPanel(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_proxy(new EntityInvolvementProxy(this))
    , m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_view->header()->setDefaultSectionSize(90);
    m_view->setColumnWidth(0, 260);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    // Groups are few and short: keep them open after every reset and filter change.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InvolvementPanel::showGroups);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InvolvementPanel::showGroups);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &InvolvementPanel::showGroups);
    connect(m_view, &QTreeView::clicked, this, &InvolvementPanel::onActivated);
    connect(m_view, &QTreeView::activated, this, &InvolvementPanel::onActivated);
}

void InvolvementPanel::setFilterEntity(int entity)
{
    m_proxy->setEntity(entity);
    showGroups();
}

// A group title (a speaker's full name) spans all columns, and groups stay open.
void InvolvementPanel::showGroups()
{
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_view->setFirstColumnSpanned(row, QModelIndex(), true);
    m_view->expandAll();
}

void InvolvementPanel::onActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex first = index.siblingAtColumn(0);
    const int item = first.data(IndexRole).toInt();
    if (item >= 0) {
        Q_EMIT itemActivated(item);
        return;
    }
    const QList<int> entities = first.data(EntitiesRole).value<QList<int>>();
    if (entities.size() == 1)
        Q_EMIT entityActivated(entities.constFirst());
}

} // namespace lector
