// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotemodel.h"

#include "annotationroles.h"
#include "annotationtips.h"

#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>

namespace lector {

namespace {
constexpr float UncertainBelow = 0.65f;
} // namespace

namespace {

constexpr qsizetype MaxShownLength = 160;

QList<int> involvedEntities(const Analysis &analysis, const Quote &quote)
{
    QList<int> entities;
    if (quote.speaker >= 0)
        entities << quote.speaker;
    for (int m = std::max(analysis.mentionAt(quote.span.begin), 0); m < analysis.mentions.size();
         ++m) {
        const Mention &mention = analysis.mentions.at(m);
        if (mention.span.begin >= quote.span.end)
            break;
        if (mention.entity >= 0 && quote.span.contains(mention.span) &&
            !entities.contains(mention.entity))
            entities << mention.entity;
    }
    return entities;
}

} // namespace

QuoteModel::QuoteModel(QObject *parent)
    : GroupedModel(parent)
{}

void QuoteModel::setAnalysis(const QString &text, const Analysis &analysis)
{
    beginResetModel();
    m_text = text;
    m_analysis = analysis;
    rebuild();
    endResetModel();
}

void QuoteModel::rebuild()
{
    m_groups.clear();
    m_involved.clear();
    QHash<QString, int> groupOfKey;
    Group unknown{tr("Unknown speaker"), {}, {}};
    for (int i = 0; i < m_analysis.quotes.size(); ++i) {
        const Quote &q = m_analysis.quotes.at(i);
        m_involved << involvedEntities(m_analysis, q);
        if (q.kind == QuoteKind::Scare)
            continue;
        const bool hasEntity = q.speaker >= 0 && q.speaker < m_analysis.entities.size();
        if (!hasEntity && q.speakerName.isEmpty()) {
            unknown.items << i;
            continue;
        }
        const QString key = hasEntity ? u'#' + QString::number(q.speaker) : q.speakerName;
        auto it = groupOfKey.constFind(key);
        if (it == groupOfKey.cend()) {
            Group group;
            group.title = hasEntity ? m_analysis.entities.at(q.speaker).name : q.speakerName;
            if (hasEntity)
                group.entities << q.speaker;
            it = groupOfKey.insert(key, int(m_groups.size()));
            m_groups << group;
        }
        m_groups[*it].items << i;
    }
    if (!unknown.items.isEmpty())
        m_groups << unknown;
}

QString QuoteModel::words(int quote) const
{
    const Span span = m_analysis.quotes.at(quote).span;
    if (span.begin < 0 || span.end > m_text.size() || span.isEmpty())
        return {};
    return QStringView(m_text).sliced(span.begin, span.length()).toString().simplified();
}

int QuoteModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

QVariant QuoteModel::itemData(int item, int column, int role) const
{
    const Quote &q = m_analysis.quotes.at(item);
    switch (role) {
    case Qt::DisplayRole:
        if (column == TextColumn) {
            const QString text = words(item);
            return text.size() > MaxShownLength ? text.left(MaxShownLength) + u'\u2026' : text;
        }
        if (column == CueColumn)
            return q.cue;
        // A weakly supported attribution (no cue of its own, e.g. a quote continuing the previous
        // speaker's) says so, rather than passing for a sure one.
        if (column == KindColumn)
            return q.speaker >= 0 && q.confidence < UncertainBelow
                       ? tr("%1, speaker uncertain").arg(quoteKindName(q.kind))
                       : quoteKindName(q.kind);
        break;
    // Indirect speech is the speaker's words as reported, not quoted: shown lighter and in italics
    // (two cues, so the difference does not rest on colour alone).
    case Qt::FontRole:
        if (q.kind == QuoteKind::Indirect) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (q.kind == QuoteKind::Indirect)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        break;
    case Qt::ToolTipRole:
        return QString(u"<p>"_qs + words(item).toHtmlEscaped() + u"</p>"_qs +
                       AnnotationTips::quote(m_analysis, item));
    case IndexRole:
        return item;
    case EntitiesRole:
        return QVariant::fromValue(m_involved.at(item));
    }
    return {};
}

QVariant QuoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Quotation");
    case CueColumn:
        return tr("Cue");
    case KindColumn:
        return tr("Kind");
    }
    return {};
}

} // namespace lector
