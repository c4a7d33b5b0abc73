// SPDX-License-Identifier: GPL-3.0-or-later
// CorrectionState::finish(): turning the working copy back into an Analysis whose invariants
// hold (see correctionstate.h).
#include "analysis/visits/timelinebuilder.h"
#include "corrections/correctionstate.h"

namespace lector {

namespace {

/// The most complete form: most words, then the longest, then the first ("Amara Okafor" over
/// "Okafor").
QString mostComplete(const QStringList &forms)
{
    QString best;
    for (const QString &form : forms) {
        const qsizetype words = form.count(u' ');
        const qsizetype bestWords = best.count(u' ');
        if (best.isEmpty() || words > bestWords ||
            (words == bestWords && form.size() > best.size()))
            best = form;
    }
    return best;
}

} // namespace

/// Working entity indexes in order of first mention (each mention pointing to its final
/// entity); entities without mentions are left out.
QList<int> CorrectionState::orderEntities() const
{
    QList<int> order;
    QList<bool> seen(m_entities.size(), false);
    for (const Mention &mention : m_analysis.mentions) {
        if (mention.entity >= 0 && !seen[mention.entity]) {
            seen[mention.entity] = true;
            order.append(mention.entity);
        }
    }
    return order;
}

void CorrectionState::rebuildEntities(const QList<int> &order, const QList<int> &newIndex)
{
    QList<Entity> entities;
    entities.reserve(order.size());
    for (int e : order) {
        Entity entity = m_entities[e];
        entity.id = QStringLiteral("e%1").arg(entities.size() + 1);
        entity.mentions.clear();
        entities.append(entity);
    }
    for (int m = 0; m < m_analysis.mentions.size(); ++m) {
        Mention &mention = m_analysis.mentions[m];
        if (mention.entity < 0)
            continue;
        mention.entity = newIndex[mention.entity];
        Entity &entity = entities[mention.entity];
        entity.mentions.append(m);
        mention.type = entity.type; // a mention has its entity's type (AliasResolver)
    }
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (!m_regrouped[order[i]])
            continue;
        // Its mentions changed: the name and forms come from what is written now.
        Entity &entity = entities[i];
        QStringList surfaces;
        entity.roles.clear();
        for (int m : std::as_const(entity.mentions)) {
            const Mention &mention = m_analysis.mentions[m];
            const QString surface = textAt(mention.span).toString();
            if (!surfaces.contains(surface))
                surfaces.append(surface);
            if (!mention.role.isEmpty() && !entity.roles.contains(mention.role))
                entity.roles.append(mention.role);
        }
        entity.name = mostComplete(surfaces);
        entity.forms = {entity.name};
        for (const QString &surface : std::as_const(surfaces))
            if (surface != entity.name)
                entity.forms.append(surface);
    }
    m_analysis.entities = entities;
}

/// A quote keeps its speaker while that entity lives (through merges); the speaker of a
/// removed entity becomes unknown. The evidence mention is found again by its span.
void CorrectionState::repointQuotes(const QList<int> &newIndex)
{
    for (int q = 0; q < m_analysis.quotes.size(); ++q) {
        Quote &quote = m_analysis.quotes[q];
        const bool hadSpeaker = quote.speaker >= 0;
        quote.speaker = hadSpeaker ? newIndex[resolve(quote.speaker)] : -1;
        quote.speakerMention = -1;
        if (hadSpeaker && quote.speaker < 0) {
            quote.speakerName.clear();
            quote.speakerSpan = {};
            continue;
        }
        if (quote.speaker < 0)
            continue;
        quote.speakerName = m_analysis.entities[quote.speaker].name;
        if (!m_evidence[q])
            continue;
        const int m = m_analysis.mentionAt(m_evidence[q]->begin);
        if (m >= 0 && m_analysis.mentions[m].span == *m_evidence[q] &&
            m_analysis.mentions[m].entity == quote.speaker)
            quote.speakerMention = m;
    }
}

/// A visit whose visitor or place is gone is dropped; a gone host or companion is forgotten.
void CorrectionState::repointVisits(const QList<int> &newIndex)
{
    const auto map = [&](int e) { return e >= 0 ? newIndex[resolve(e)] : -1; };
    QList<Visit> visits;
    visits.reserve(m_analysis.visits.size());
    for (Visit visit : std::as_const(m_analysis.visits)) {
        visit.visitor = map(visit.visitor);
        visit.place = map(visit.place);
        if (visit.visitor < 0 || visit.place < 0)
            continue;
        visit.host = map(visit.host);
        QList<int> metWith;
        for (int e : std::as_const(visit.metWith)) {
            const int mapped = map(e);
            if (mapped >= 0 && !metWith.contains(mapped))
                metWith.append(mapped);
        }
        visit.metWith = metWith;
        visits.append(visit);
    }
    m_analysis.visits = visits;
}

Analysis CorrectionState::finish()
{
    for (Mention &mention : m_analysis.mentions)
        mention.entity = resolve(mention.entity);
    const QList<int> order = orderEntities();
    QList<int> newIndex(m_entities.size(), -1);
    for (int i = 0; i < order.size(); ++i)
        newIndex[order[i]] = i;
    rebuildEntities(order, newIndex);
    repointQuotes(newIndex);
    repointVisits(newIndex);
    TimelineBuilder().run(m_document, m_analysis);
    return m_analysis;
}

} // namespace lector
