// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corrections/correction.h"
#include "model/analysis.h"
#include "model/document.h"

#include <QList>
#include <QString>

#include <optional>

namespace lector {

/// The working copy of one CorrectionApplier::apply run (see correctionapplier.h for the
/// contract). Lives on the stack of apply(), so the applier keeps no state.
///
/// While corrections are applied, Mention::entity and the quotes' and visits' entity indexes
/// point into a *working* entity list that only grows: a merged entity forwards to the one it
/// joined, an entity that loses its last mention simply has none. Quote speaker evidence is
/// kept as a span, since mention indexes move when mentions are added or removed. finish()
/// turns this back into an Analysis whose invariants hold.
class CorrectionState
{
public:
    CorrectionState(const Document &document, const Analysis &automatic);

    /// Each returns whether the correction named something in this analysis (and was applied).
    bool mark(const Correction &c);
    bool remove(const Correction &c);
    bool changeType(const Correction &c);
    bool merge(const Correction &c);
    bool split(const Correction &c);
    bool reassignSpeaker(const Correction &c);
    bool setVisitDate(const Correction &c);

    /// The corrected analysis: entities re-indexed in order of first mention ("e1", ...),
    /// names, forms and mention lists recomputed, quotes and visits re-pointed, timeline rebuilt.
    Analysis finish();

private:
    QStringView textAt(Span span) const;
    bool holds(Span span, const QString &text) const;
    int resolve(int entity) const;
    int mentionNamed(Span span, const QString &text) const;
    QList<int> mentionsFor(const Correction &c) const;
    int targetEntity(const Correction &c) const;
    int visitNamed(const Correction &c) const;
    QList<Span> occurrences(const QString &text) const;
    bool insideLongerMention(Span span) const;
    int entityWithForm(EntityType type, const QString &text) const;
    int newEntity(EntityType type, const QString &text);
    QList<int> replaceMentions(const QList<Mention> &added);
    void forwardEmptied(const QList<int> &candidates, int successor);
    void removeMentions(const QList<int> &sortedIndexes);
    void touch(const QList<int> &mentions);

    QList<int> orderEntities() const;
    void rebuildEntities(const QList<int> &order, const QList<int> &newIndex);
    void repointQuotes(const QList<int> &newIndex);
    void repointVisits(const QList<int> &newIndex);

    const Document &m_document;
    Analysis m_analysis;
    QList<Entity> m_entities;              ///< working entities; only grows
    QList<int> m_forward;                  ///< the entity a merged entity joined, or -1
    QList<bool> m_regrouped;               ///< its mentions changed: recompute name and forms
    QList<std::optional<Span>> m_evidence; ///< per quote: the speaker mention's span
};

} // namespace lector
