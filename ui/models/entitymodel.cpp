// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitymodel.h"

#include "annotationroles.h"
#include "annotationtips.h"

namespace lector {

EntityModel::EntityModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EntityModel::setAnalysis(const Analysis &analysis)
{
    beginResetModel();
    m_analysis = analysis;
    endResetModel();
}

void EntityModel::setHighlightStyle(const HighlightStyle &style)
{
    m_style = style;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn),
                           {Qt::DecorationRole});
}

int EntityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_analysis.entities.size());
}

int EntityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entity &e = m_analysis.entities.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e.name;
        case MentionsColumn:
            return int(e.mentions.size());
        case FormsColumn:
            return e.forms.join(u", "_qs);
        case RolesColumn:
            return e.roles.join(u", "_qs);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return m_style.colour(HighlightStyle::kindOf(e.type));
        break;
    case Qt::ToolTipRole:
        return AnnotationTips::entity(m_analysis, index.row());
    case Qt::TextAlignmentRole:
        if (index.column() == MentionsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IndexRole:
        return index.row();
    case EntitiesRole:
        return QVariant::fromValue(QList<int>{index.row()});
    case EntityTypeRole:
        return int(e.type);
    }
    return {};
}

QVariant EntityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case MentionsColumn:
        return tr("Mentions");
    case FormsColumn:
        return tr("Forms");
    case RolesColumn:
        return tr("Roles");
    }
    return {};
}

} // namespace lector
