// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitypanel.h"

#include "models/annotationroles.h"
#include "models/entitymodel.h"
#include "models/entitytypeproxy.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace lector {

EntityPanel::EntityPanel(EntityModel *model, EntityType type, QWidget *parent)
    : QWidget(parent)
    , m_proxy(new EntityTypeProxy(type, this))
    , m_view(new QTreeView(this))
    , m_libraryLabel(new QLabel(this))
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
    m_libraryLabel->setObjectName(QStringLiteral("libraryCountLabel"));
    m_libraryLabel->setContentsMargins(6, 3, 6, 3);
    m_libraryLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                            Qt::LinksAccessibleByKeyboard);
    m_libraryLabel->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view);
    layout->addWidget(m_libraryLabel);
    connect(m_view, &QTreeView::clicked, this, &EntityPanel::onActivated);
    connect(m_view, &QTreeView::activated, this, &EntityPanel::onActivated);
    connect(m_libraryLabel, &QLabel::linkActivated, this, [this] {
        if (m_libraryEntity >= 0)
            Q_EMIT otherArticlesRequested(m_libraryEntity);
    });
}

bool EntityPanel::lists(int entity) const
{
    return entity >= 0 &&
           !m_proxy->match(m_proxy->index(0, 0), IndexRole, entity, 1, Qt::MatchExactly).isEmpty();
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

void EntityPanel::setLibraryCount(int entity, int count)
{
    if (count < 0 || !lists(entity)) {
        m_libraryEntity = -1;
        m_libraryLabel->hide();
        return;
    }
    m_libraryEntity = entity;
    // A link even for none: the library-wide timeline may still hold this article's visits.
    const QString text = count == 0   ? tr("In no other article")
                         : count == 1 ? tr("In 1 other article")
                                      : tr("In %1 other articles").arg(count);
    m_libraryLabel->setText(
        QStringLiteral("<a href=\"#library\">%1</a>").arg(text.toHtmlEscaped()));
    m_libraryLabel->setToolTip(tr("Show the articles and visits of this actor across the library"));
    m_libraryLabel->show();
}

void EntityPanel::onActivated(const QModelIndex &index)
{
    const int entity = index.data(IndexRole).toInt();
    if (index.isValid() && entity >= 0)
        Q_EMIT entityActivated(entity);
}

} // namespace lector
