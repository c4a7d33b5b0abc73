// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "annotationroles.h"

#include <algorithm>

namespace lector {

TimelineModel::TimelineModel(QObject *parent)
    : GroupedModel(parent)
{}

void TimelineModel::setAnalysis(const QString &text, const Analysis &analysis)
{
    beginResetModel();
    m_text = text;
    m_analysis = analysis;
    m_groups.clear();
    Group dated{tr("Dated"), {}, {}};
    Group undated{tr("Undated"), {}, {}};
    for (int v : order())
        (m_analysis.visits.at(v).date.isEmpty() ? undated : dated).items << v;
    if (!dated.items.isEmpty())
        m_groups << dated;
    if (!undated.items.isEmpty())
        m_groups << undated;
    endResetModel();
}

// The TimelineBuilder's order when it ran; otherwise ISO dates sort as strings ("2023-08" before
// "2023-08-17"), stably, so equal dates keep text order.
QList<int> TimelineModel::order() const
{
    QList<int> visits;
    for (int v : m_analysis.timeline) {
        if (v >= 0 && v < m_analysis.visits.size() && !visits.contains(v))
            visits << v;
    }
    if (visits.size() == m_analysis.visits.size())
        return visits;
    visits.clear();
    for (int v = 0; v < m_analysis.visits.size(); ++v)
        visits << v;
    std::stable_sort(visits.begin(), visits.end(), [this](int a, int b) {
        return m_analysis.visits.at(a).date < m_analysis.visits.at(b).date;
    });
    return visits;
}

QString TimelineModel::entityName(int entity) const
{
    if (entity < 0 || entity >= m_analysis.entities.size())
        return tr("?");
    return m_analysis.entities.at(entity).name;
}

QString TimelineModel::when(const Visit &visit) const
{
    if (visit.date.isEmpty())
        return tr("undated");
    return tr("%1 (%2)").arg(visit.date, precisionName(visit.precision));
}

QString TimelineModel::details(const Visit &visit) const
{
    QStringList parts;
    if (visit.host >= 0)
        parts << tr("hosted by %1").arg(entityName(visit.host));
    QStringList met;
    for (int e : visit.metWith)
        met << entityName(e);
    if (!met.isEmpty())
        parts << tr("met %1").arg(met.join(u", "_qs));
    if (!visit.duration.isEmpty())
        parts << tr("for %1").arg(visit.duration);
    return parts.join(u"; "_qs);
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

QVariant TimelineModel::itemData(int item, int column, int role) const
{
    const Visit &v = m_analysis.visits.at(item);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case WhenColumn:
            return when(v);
        case WhoColumn:
            return entityName(v.visitor);
        case WhereColumn:
            return entityName(v.place);
        case DetailsColumn:
            return details(v);
        }
        break;
    case Qt::ToolTipRole:
        if (v.evidence.begin >= 0 && v.evidence.end <= m_text.size() && !v.evidence.isEmpty())
            return QStringView(m_text).sliced(v.evidence.begin, v.evidence.length()).toString();
        break;
    case IndexRole:
        return item;
    case EntitiesRole: {
        QList<int> entities{v.visitor, v.place, v.host};
        entities += v.metWith;
        entities.removeAll(-1);
        return QVariant::fromValue(entities);
    }
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhereColumn:
        return tr("Where");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace lector
