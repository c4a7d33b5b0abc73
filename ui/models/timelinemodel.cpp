// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "annotationroles.h"
#include "model/visitwording.h"

#include <QFont>

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
    return VisitWording::date(visit.date, visit.precision, QLocale());
}

QString TimelineModel::where(const Visit &visit) const
{
    // "Minsk, Belarus": the country of the destination when the trip names both.
    if (visit.region >= 0 && visit.region < m_analysis.entities.size())
        return tr("%1, %2").arg(entityName(visit.place), entityName(visit.region));
    return entityName(visit.place);
}

QString TimelineModel::evidence(const Visit &visit) const
{
    // Every sentence that tells of the trip, in text order.
    QList<Span> spans;
    for (int s : visit.sentences)
        if (s >= 0 && s < m_analysis.sentences.size())
            spans << m_analysis.sentences.at(s).span;
    if (spans.isEmpty())
        spans << visit.evidence;
    QStringList out;
    for (const Span &span : std::as_const(spans))
        if (span.begin >= 0 && span.end <= m_text.size() && !span.isEmpty())
            out << QStringView(m_text).sliced(span.begin, span.length()).toString();
    return out.join(u"\n\n"_qs);
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
        if (const QString d = VisitWording::duration(visit.duration); !d.isEmpty())
            parts << tr("for %1").arg(d);
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
            return where(v);
        case DetailsColumn:
            return details(v);
        case StatusColumn:
            return VisitWording::status(v.status);
        }
        break;
    case Qt::FontRole:
        if (v.status == VisitStatus::Cancelled) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        if (v.status == VisitStatus::Hypothetical || v.status == VisitStatus::Planned) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ToolTipRole: {
        const QString text = evidence(v);
        if (!text.isEmpty())
            return text;
        break;
    }
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
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace lector
