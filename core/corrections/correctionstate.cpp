// SPDX-License-Identifier: GPL-3.0-or-later
#include "corrections/correctionstate.h"

#include <QSet>

#include <algorithm>

namespace lector {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

CorrectionState::CorrectionState(const Document &document, const Analysis &automatic)
    : m_document(document)
    , m_analysis(automatic)
    , m_entities(automatic.entities)
    , m_forward(automatic.entities.size(), -1)
    , m_regrouped(automatic.entities.size(), false)
{
    m_evidence.reserve(automatic.quotes.size());
    for (const Quote &quote : automatic.quotes) {
        const bool known =
            quote.speakerMention >= 0 && quote.speakerMention < automatic.mentions.size();
        m_evidence.append(known ? std::optional(automatic.mentions[quote.speakerMention].span)
                                : std::nullopt);
    }
}

QStringView CorrectionState::textAt(Span span) const
{
    if (span.begin < 0 || span.end > m_document.text.size() || span.end < span.begin)
        return {};
    return QStringView(m_document.text).mid(span.begin, span.length());
}

bool CorrectionState::holds(Span span, const QString &text) const
{
    return !text.isEmpty() && !span.isEmpty() && textAt(span) == text;
}

int CorrectionState::resolve(int entity) const
{
    while (entity >= 0 && m_forward[entity] >= 0)
        entity = m_forward[entity];
    return entity;
}

/// The mention at exactly `span`, else the one containing it (the user selected part of a
/// name); -1 when the span no longer holds `text` or names no mention.
int CorrectionState::mentionNamed(Span span, const QString &text) const
{
    if (!holds(span, text))
        return -1;
    const int m = m_analysis.mentionAt(span.begin);
    return m >= 0 && m_analysis.mentions[m].span.contains(span) ? m : -1;
}

/// Mention scope: the mention at the span. Article and Library scope: every mention written
/// exactly as `text` (a span of another article means nothing). Indexes ascending.
QList<int> CorrectionState::mentionsFor(const Correction &c) const
{
    if (c.scope == CorrectionScope::Mention) {
        const int m = mentionNamed(c.span, c.text);
        return m >= 0 ? QList<int>{m} : QList<int>{};
    }
    QList<int> found;
    if (c.text.isEmpty())
        return found;
    for (int m = 0; m < m_analysis.mentions.size(); ++m)
        if (textAt(m_analysis.mentions[m].span) == c.text)
            found.append(m);
    return found;
}

/// The entity a Merge joins or a quote is reassigned to: by span for Mention scope, else the
/// entity of the first mention written as `targetText`.
int CorrectionState::targetEntity(const Correction &c) const
{
    int m = -1;
    if (c.scope == CorrectionScope::Mention || c.kind == CorrectionKind::ReassignSpeaker) {
        m = mentionNamed(c.target, c.targetText);
    } else if (!c.targetText.isEmpty()) {
        for (int i = 0; i < m_analysis.mentions.size() && m < 0; ++i)
            if (textAt(m_analysis.mentions[i].span) == c.targetText)
                m = i;
    }
    return m >= 0 ? resolve(m_analysis.mentions[m].entity) : -1;
}

/// Every occurrence of `text` as a whole word sequence: "Bank" in "the Bank said" but not in
/// "Banking" or "riverbank".
QList<Span> CorrectionState::occurrences(const QString &text) const
{
    QList<Span> spans;
    const QString &body = m_document.text;
    if (text.isEmpty())
        return spans;
    for (qsizetype at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) {
        const qsizetype end = at + text.size();
        if (at > 0 && isWordCharacter(body[at - 1]) && isWordCharacter(body[at]))
            continue;
        if (end < body.size() && isWordCharacter(body[end]) && isWordCharacter(body[end - 1]))
            continue;
        if (!spans.isEmpty() && spans.last().end > at)
            continue; // overlapping repetition ("aa" in "aaa")
        spans.append({at, end});
    }
    return spans;
}

/// Whether `span` lies inside a mention longer than itself ("Bank" in "World Bank").
bool CorrectionState::insideLongerMention(Span span) const
{
    const int m = m_analysis.mentionAt(span.begin);
    if (m < 0)
        return false;
    const Span mention = m_analysis.mentions[m].span;
    return mention.contains(span) && mention.length() > span.length();
}

/// A live entity of `type` that already has `text` among its forms, or -1.
int CorrectionState::entityWithForm(EntityType type, const QString &text) const
{
    QList<bool> live(m_entities.size(), false);
    for (const Mention &mention : std::as_const(m_analysis.mentions))
        if (mention.entity >= 0)
            live[resolve(mention.entity)] = true;
    for (int e = 0; e < m_entities.size(); ++e)
        if (live[e] && m_entities[e].type == type && m_entities[e].forms.contains(text))
            return e;
    return -1;
}

int CorrectionState::newEntity(EntityType type, const QString &text)
{
    Entity entity;
    entity.type = type;
    entity.name = text;
    entity.forms = {text};
    m_entities.append(entity);
    m_forward.append(-1);
    m_regrouped.append(true);
    return int(m_entities.size() - 1);
}

/// Adds `added` (sorted, non-overlapping) and drops every old mention overlapping one of them;
/// returns the entities of the dropped mentions.
QList<int> CorrectionState::replaceMentions(const QList<Mention> &added)
{
    QList<int> dropped;
    QList<Mention> result;
    result.reserve(m_analysis.mentions.size() + added.size());
    qsizetype next = 0;
    for (const Mention &old : std::as_const(m_analysis.mentions)) {
        while (next < added.size() && added[next].span.end <= old.span.begin)
            result.append(added[next++]);
        if (next < added.size() && added[next].span.overlaps(old.span)) {
            if (old.entity >= 0) {
                m_regrouped[resolve(old.entity)] = true;
                dropped.append(resolve(old.entity));
            }
            continue;
        }
        result.append(old);
    }
    while (next < added.size())
        result.append(added[next++]);
    m_analysis.mentions = result;
    return dropped;
}

/// An entity among `candidates` left without mentions, and of the successor's type, joins the
/// successor, so its quotes and visits follow the words the user re-labelled: after splitting
/// off every "Carter", or marking "Tern Group" over "Tern", nothing said or done is lost.
void CorrectionState::forwardEmptied(const QList<int> &candidates, int successor)
{
    QList<bool> live(m_entities.size(), false);
    for (const Mention &mention : std::as_const(m_analysis.mentions))
        if (mention.entity >= 0)
            live[resolve(mention.entity)] = true;
    for (int e : candidates) {
        e = resolve(e);
        if (e >= 0 && e != successor && !live[e] &&
            m_entities[e].type == m_entities[successor].type)
            m_forward[e] = successor;
    }
}

void CorrectionState::removeMentions(const QList<int> &sortedIndexes)
{
    touch(sortedIndexes);
    QList<Mention> kept;
    kept.reserve(m_analysis.mentions.size());
    qsizetype next = 0;
    for (int m = 0; m < m_analysis.mentions.size(); ++m) {
        if (next < sortedIndexes.size() && sortedIndexes[next] == m) {
            ++next;
            continue;
        }
        kept.append(m_analysis.mentions[m]);
    }
    m_analysis.mentions = kept;
}

/// The entities of these mentions change membership: their names and forms are recomputed.
void CorrectionState::touch(const QList<int> &mentions)
{
    for (int m : mentions) {
        const int e = resolve(m_analysis.mentions[m].entity);
        if (e >= 0)
            m_regrouped[e] = true;
    }
}

bool CorrectionState::mark(const Correction &c)
{
    QList<Span> spans = c.scope == CorrectionScope::Mention
                            ? (holds(c.span, c.text) ? QList<Span>{c.span} : QList<Span>{})
                            : occurrences(c.text);
    // Marking "Bank" everywhere names the Bank, not the "World Bank": an occurrence inside a
    // longer mention is left to it. Only a Mention-scoped mark, on the user's own selection,
    // replaces the longer name.
    if (c.scope != CorrectionScope::Mention)
        spans.removeIf([this](Span span) { return insideLongerMention(span); });
    if (spans.isEmpty())
        return false;
    int entity = entityWithForm(c.type, c.text);
    if (entity < 0)
        entity = newEntity(c.type, c.text);
    m_regrouped[entity] = true;
    QList<Mention> added;
    added.reserve(spans.size());
    for (Span span : spans) {
        Mention mention;
        mention.span = span;
        mention.type = c.type;
        mention.source = MentionSource::User;
        mention.entity = entity;
        mention.confidence = 1.0f;
        added.append(mention);
    }
    forwardEmptied(replaceMentions(added), entity);
    return true;
}

bool CorrectionState::remove(const Correction &c)
{
    const QList<int> mentions = mentionsFor(c);
    if (mentions.isEmpty())
        return false;
    removeMentions(mentions);
    return true;
}

bool CorrectionState::changeType(const Correction &c)
{
    const QList<int> mentions = mentionsFor(c);
    for (int m : mentions) {
        Mention &mention = m_analysis.mentions[m];
        mention.source = MentionSource::User;
        mention.confidence = 1.0f;
        const int e = resolve(mention.entity);
        if (e < 0 || m_entities[e].type == c.type)
            continue;
        Entity &entity = m_entities[e];
        entity.type = c.type;
        entity.subtype.clear(); // "country" does not describe an organization
        if (c.type != EntityType::Person)
            entity.gender = Gender::Unknown;
    }
    return !mentions.isEmpty();
}

bool CorrectionState::merge(const Correction &c)
{
    const QList<int> mentions = mentionsFor(c);
    const int target = targetEntity(c);
    if (mentions.isEmpty() || target < 0)
        return false;
    for (int m : mentions) {
        const int e = resolve(m_analysis.mentions[m].entity);
        if (e >= 0 && e != target)
            m_forward[e] = target;
    }
    m_regrouped[target] = true;
    return true;
}

bool CorrectionState::split(const Correction &c)
{
    const QList<int> mentions = mentionsFor(c);
    if (mentions.isEmpty())
        return false;
    const int old = resolve(m_analysis.mentions[mentions.first()].entity);
    const EntityType type =
        old >= 0 ? m_entities[old].type : m_analysis.mentions[mentions.first()].type;
    const int fresh = newEntity(type, c.text);
    if (old >= 0)
        m_entities[fresh].gender = m_entities[old].gender;
    touch(mentions);
    QList<int> left;
    QSet<qsizetype> moved;
    for (int m : mentions) {
        Mention &mention = m_analysis.mentions[m];
        left.append(resolve(mention.entity));
        mention.entity = fresh;
        mention.source = MentionSource::User;
        mention.confidence = 1.0f;
        moved.insert(mention.span.begin);
    }
    // A quote whose evidence is a split-off mention was said by the new actor.
    for (int q = 0; q < m_analysis.quotes.size(); ++q)
        if (m_evidence[q] && moved.contains(m_evidence[q]->begin))
            m_analysis.quotes[q].speaker = fresh;
    forwardEmptied(left, fresh);
    return true;
}

bool CorrectionState::reassignSpeaker(const Correction &c)
{
    if (!holds(c.span, c.text))
        return false;
    int q = 0;
    while (q < m_analysis.quotes.size() && !m_analysis.quotes[q].span.contains(c.span) &&
           !m_analysis.quotes[q].outer.contains(c.span))
        ++q;
    if (q == m_analysis.quotes.size())
        return false;
    Quote &quote = m_analysis.quotes[q];
    if (c.targetText.isEmpty()) {
        quote.speaker = -1;
        quote.speakerSpan = {};
        quote.speakerName.clear();
        m_evidence[q].reset();
    } else {
        const int m = mentionNamed(c.target, c.targetText);
        if (m < 0)
            return false;
        quote.speaker = resolve(m_analysis.mentions[m].entity);
        quote.speakerSpan = c.target;
        m_evidence[q] = m_analysis.mentions[m].span;
    }
    quote.confidence = 1.0f;
    return true;
}

/// The visit a SetVisitDate correction names: among the visits of its travel cue (or of its
/// evidence sentence, for a visit without a cue), the one whose place is the entity mentioned at
/// `target`, else one whose place is written somewhere as `targetText` ("She flew to Lisbon and
/// Porto." gives two visits of one cue). A cue with one visit, or a correction without a target
/// (stored before the place was recorded), takes the first; -1 when the place matches none.
int CorrectionState::visitNamed(const Correction &c) const
{
    QList<int> candidates;
    for (int v = 0; v < m_analysis.visits.size(); ++v) {
        const Visit &visit = m_analysis.visits[v];
        if (visit.cueSpan == c.span || (visit.cueSpan.isEmpty() && visit.evidence == c.span))
            candidates.append(v);
    }
    if (candidates.size() <= 1 || c.targetText.isEmpty())
        return candidates.value(0, -1);
    const int atTarget = mentionNamed(c.target, c.targetText);
    const int place = atTarget >= 0 ? resolve(m_analysis.mentions[atTarget].entity) : -1;
    for (int v : std::as_const(candidates)) {
        if (place >= 0 && resolve(m_analysis.visits[v].place) == place)
            return v;
    }
    for (int v : std::as_const(candidates)) {
        const int entity = resolve(m_analysis.visits[v].place);
        for (const Mention &m : std::as_const(m_analysis.mentions)) {
            if (entity >= 0 && resolve(m.entity) == entity && textAt(m.span) == c.targetText)
                return v;
        }
    }
    return -1;
}

bool CorrectionState::setVisitDate(const Correction &c)
{
    if (!holds(c.span, c.text))
        return false;
    const int v = visitNamed(c);
    if (v < 0)
        return false;
    Visit &visit = m_analysis.visits[v];
    visit.date = c.value;
    visit.precision = c.value.isEmpty() ? DatePrecision::None : c.precision;
    visit.time = -1;
    return true;
}

} // namespace lector
