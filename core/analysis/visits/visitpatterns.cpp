// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/visits/visitpatterns.h"

#include "analysis/visits/visitcontext.h"
#include "text/tokenizer.h"

namespace lector {

namespace {

bool isOneOf(QStringView word, const QStringList &list)
{
    for (const QString &item : list)
        if (word.compare(item, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

std::optional<VisitPatterns::Match> VisitPatterns::match(int token, int sentence,
                                                         const TravelCue &cue) const
{
    Match m;
    m.cueToken = token;
    m.cueEnd = token + 1;
    m.kind = cue.kind;
    bool ok = false;
    switch (cue.kind) {
    case CueKind::Go:
        ok = matchGo(token, sentence, cue, m);
        break;
    case CueKind::Be:
        ok = matchBe(token, sentence, cue, m);
        break;
    case CueKind::Visit:
        ok = matchVisit(token, sentence, cue, m);
        break;
    case CueKind::Meet:
        ok = matchMeet(token, sentence, cue, m);
        break;
    case CueKind::Noun:
        ok = matchNoun(token, sentence, cue, m);
        break;
    case CueKind::Host:
        ok = matchHost(token, sentence, cue, m);
        break;
    }
    if (!ok || m.visitor < 0 || m.places.isEmpty())
        return std::nullopt;
    return m;
}

VisitPatterns::Places VisitPatterns::placesAfter(int token, int sentence, bool directObject) const
{
    // "to Russian ally Belarus": up to four plain words before the first name; then names
    // joined by commas and "and" ("to Russia, Belarus and Kazakhstan").
    Places r;
    const int end = m_context.analysis().sentences[sentence].endToken;
    int k = token;
    for (int skipped = 0; k < end && !m_context.isName(k); ++k, ++skipped) {
        const VisitWord *w = m_context.entry(k);
        const bool stop = m_context.isPunctuation(k) || skipped >= 4 ||
                          (w && (!w->cues.isEmpty() || w->boundary || w->coordination ||
                                 (directObject && w->preposition)));
        if (stop)
            return r;
    }
    if (k >= end)
        return r;
    int m = m_context.mentionOf(k);
    r.end = m_context.endToken(m);
    const int first = m_context.entityOf(m, {EntityType::Place});
    if (first < 0) {
        r.stopMention = m;
        return r;
    }
    r.entities.append(first);
    for (k = r.end; k < end;) {
        int n = k;
        if (m_context.word(n) == u",")
            ++n;
        if (const VisitWord *w = m_context.entry(n); w && w->coordination)
            ++n;
        m = m_context.mentionOf(n);
        const int e = n > k ? m_context.entityOf(m, {EntityType::Place}) : -1;
        if (e < 0 || m_context.firstToken(m) != n)
            break;
        // Round 25: "postponed his state visit to Japan, Buckingham Palace said": a name after
        // the comma that a speech verb follows says, it is no destination.
        if (const int after = m_context.endToken(m);
            after < end && m_context.lexicon().isSaying(m_context.word(after)))
            break;
        if (!r.entities.contains(e))
            r.entities.append(e);
        k = m_context.endToken(m);
    }
    r.end = k;
    return r;
}

int VisitPatterns::prepositionAfter(int token, int sentence, const QStringList &prepositions,
                                    int window) const
{
    // "arrived on Tuesday in Minsk": a few words may come between the verb and its preposition,
    // but no punctuation, name or other cue.
    const int end = m_context.analysis().sentences[sentence].endToken;
    for (int k = token; k < end && k < token + window; ++k) {
        if (m_context.isPunctuation(k) || m_context.isName(k))
            return -1;
        if (isOneOf(m_context.word(k), prepositions))
            return k;
        const VisitWord *entry = m_context.entry(k);
        if (entry && (!entry->cues.isEmpty() || entry->boundary))
            return -1;
    }
    return -1;
}

int VisitPatterns::possessor(int cueToken, int sentence, bool *found) const
{
    // "Li's second visit", "his six-day visit": up to three modifiers between owner and noun.
    const int first = m_context.analysis().sentences[sentence].firstToken;
    *found = false;
    for (int k = cueToken - 1; k >= first && k >= cueToken - 4; --k) {
        const QStringView w = m_context.word(k);
        if (Tokenizer::isPossessiveMark(w)) {
            const int m = m_context.mentionOf(k - 1);
            *found = m >= 0;
            return m_context.entityOf(m, {EntityType::Person, EntityType::Organization});
        }
        const VisitWord *entry = m_context.entry(k);
        if (entry && (entry->pronoun == PronounKind::Possessive ||
                      entry->pronoun == PronounKind::SpeakerPossessive)) {
            *found = true;
            return m_context.resolvePronoun(k, sentence);
        }
        const bool modifier = m_context.timeOf(k) >= 0 ||
                              (!w.isEmpty() && !w.front().isUpper() &&
                               !m_context.isPunctuation(k) && (!entry || !entry->preposition));
        if (!modifier || m_context.mentionOf(k) >= 0)
            return -1;
    }
    return -1;
}

int VisitPatterns::personAt(int mention) const
{
    return m_context.entityOf(mention, {EntityType::Person});
}

VisitPatterns::Places VisitPatterns::placeOfObject(int from, int sentence,
                                                   const TravelCue &cue) const
{
    const int p = prepositionAfter(from, sentence, cue.prepositions, 6);
    if (p < 0)
        return {};
    return placesAfter(p + 1, sentence, false);
}

int VisitPatterns::originEnd(int cueToken, int sentence) const
{
    // "flew from Nairobi to ...", "left Paris for ...": the place after a word of class origin
    // (argument from) or the direct object of a verb of that class (argument object);
    // travelcues.tsv. One past the origin's names, or -1.
    const VisitWord *verb = m_context.entry(cueToken);
    const VisitWord *next = m_context.entry(cueToken + 1);
    int k = cueToken + 1;
    if (next && next->originFrom)
        ++k;
    else if (!verb || !verb->originObject)
        return -1;
    // "departs the UK for Germany": an article before the origin's name.
    else if (VisitContext::isDeterminer(m_context.word(k)))
        ++k;
    if (!m_context.isName(k))
        return -1;
    const Places origin = placesAfter(k, sentence, true);
    return origin.entities.isEmpty() ? -1 : origin.end;
}

bool VisitPatterns::matchGo(int token, int sentence, const TravelCue &cue, Match &m) const
{
    // "Smith flew to Paris", "she arrived in Oslo on Monday"; "flew from Nairobi to Garissa",
    // "left Paris for Rome": the destination after the trip's origin.
    int p = prepositionAfter(token + 1, sentence, cue.prepositions, 4);
    if (p < 0) {
        const int from = originEnd(token, sentence);
        if (from < 0)
            return false;
        p = prepositionAfter(from, sentence, cue.prepositions, 3);
        if (p < 0)
            return false;
    }
    m.cueEnd = p + 1;
    m.places = placesAfter(p + 1, sentence, false).entities;
    m.visitor = m.places.isEmpty() ? -1 : m_context.subjectBefore(token, sentence);
    return true;
}

bool VisitPatterns::matchBe(int token, int sentence, const TravelCue &cue, Match &m) const
{
    // "Smith was in Paris": only a name or pronoun right before the verb is its subject.
    const int first = m_context.analysis().sentences[sentence].firstToken;
    if (token <= first || !isOneOf(m_context.word(token + 1), cue.prepositions))
        return false;
    m.cueEnd = token + 2;
    const int before = token - 1;
    const VisitWord *w = m_context.entry(before);
    if (w && w->pronoun == PronounKind::Subject)
        m.visitor = m_context.resolvePronoun(before, sentence);
    else
        m.visitor = m_context.entityOf(m_context.mentionOf(before),
                                       {EntityType::Person, EntityType::Organization});
    m.places = placesAfter(token + 2, sentence, false).entities;
    return true;
}

bool VisitPatterns::matchVisit(int token, int sentence, const TravelCue &cue, Match &m) const
{
    // "Smith visited Paris"; "Smith visited President Jones in Paris" (Jones met);
    // "Smith visited a factory in Lyon".
    const Places object = placesAfter(token + 1, sentence, true);
    if (!object.entities.isEmpty()) {
        m.places = object.entities;
    } else if (object.stopMention >= 0) {
        const int person = personAt(object.stopMention);
        if (person < 0)
            return false;
        m.metWith.append(person);
        m.places = placeOfObject(object.end, sentence, cue).entities;
    } else {
        m.places = placeOfObject(token + 1, sentence, cue).entities;
    }
    m.visitor = m.places.isEmpty() ? -1 : m_context.subjectBefore(token, sentence);
    return true;
}

bool VisitPatterns::matchMeet(int token, int sentence, const TravelCue &cue, Match &m) const
{
    // "Smith met Jones in Paris", "Smith met with Jones at the palace in Paris".
    int k = token + 1;
    if (const VisitWord *w = m_context.entry(k); w && w->preposition)
        ++k;
    const Places object = placesAfter(k, sentence, true);
    const int person = object.stopMention >= 0 ? personAt(object.stopMention) : -1;
    if (person < 0)
        return false;
    m.metWith.append(person);
    m.places = placeOfObject(object.end, sentence, cue).entities;
    m.visitor = m.places.isEmpty() ? -1 : m_context.subjectBefore(token, sentence);
    return true;
}

int VisitPatterns::personMet(int token, int sentence, const TravelCue &cue) const
{
    int k = token + 1;
    const VisitWord *w = m_context.entry(k);
    if (cue.kind == CueKind::Meet) {
        if (w && w->preposition)
            ++k;
        const Places object = placesAfter(k, sentence, true);
        return object.stopMention >= 0 ? personAt(object.stopMention) : -1;
    }
    if (cue.kind == CueKind::Noun && w && w->preposition &&
        !isOneOf(m_context.word(k), cue.prepositions)) {
        // "talks with Prime Minister Y": over the title's capitalised words to the name.
        int n = k + 1;
        while (n < k + 1 + MaxTitleWords && m_context.mentionOf(n) < 0 &&
               !m_context.word(n).isEmpty() && m_context.word(n).front().isUpper())
            ++n;
        return personAt(m_context.mentionOf(n));
    }
    return -1;
}

bool VisitPatterns::matchNoun(int token, int sentence, const TravelCue &cue, Match &m) const
{
    // "his visit to Minsk", "talks with Jones in Paris", "Li's Moscow visit".
    const int next = token + 1;
    const VisitWord *w = m_context.entry(next);
    if (isOneOf(m_context.word(next), cue.prepositions)) {
        m.cueEnd = next + 1;
        m.places = placesAfter(next + 1, sentence, false).entities;
    } else if (w && w->preposition && m_context.mentionOf(next + 1) >= 0) {
        const int person = personAt(m_context.mentionOf(next + 1));
        if (person < 0)
            return false;
        m.metWith.append(person);
        const int p = prepositionAfter(m_context.endToken(m_context.mentionOf(next + 1)), sentence,
                                       cue.prepositions, 2);
        if (p >= 0)
            m.places = placesAfter(p + 1, sentence, false).entities;
    } else if (const int e =
                   m_context.entityOf(m_context.mentionOf(token - 1), {EntityType::Place});
               e >= 0) {
        m.places.append(e);
        token = m_context.firstToken(m_context.mentionOf(token - 1));
    }
    if (m.places.isEmpty())
        return false;
    bool found = false;
    m.visitor = possessor(token, sentence, &found);
    if (!found)
        m.visitor = m_context.subjectBefore(token, sentence);
    return true;
}

bool VisitPatterns::matchHost(int token, int sentence, const TravelCue &cue, Match &m) const
{
    // "were hosting a gathering" is no passive: its past participle only. "was warmly
    // welcomed": an adverb in -ly may stand between (review of round 24).
    const int first = m_context.analysis().sentences[sentence].firstToken;
    const int aux = token - 1 > first && m_context.word(token - 1).endsWith(u"ly") &&
                            !m_context.isName(token - 1)
                        ? token - 2
                        : token - 1;
    if (const VisitWord *w = m_context.entry(aux); w && w->auxiliary && m_context.isPastVerb(token))
        return matchHosted(token, sentence, cue, m);
    // "Jones hosted Smith in Paris": Jones is the host, Smith the visitor.
    const Places object = placesAfter(token + 1, sentence, true);
    const int guest =
        m_context.entityOf(object.stopMention, {EntityType::Person, EntityType::Organization});
    if (guest < 0)
        return false;
    m.places = placeOfObject(object.end, sentence, cue).entities;
    if (m.places.isEmpty())
        return false;
    m.visitor = guest;
    m.host = m_context.subjectBefore(token, sentence);
    return true;
}

std::optional<VisitPatterns::Match> VisitPatterns::passiveHost(int token, int sentence,
                                                               const TravelCue &cue) const
{
    // "A letter from President X was received by President Y in P": the passive's agent is at
    // home in P though no guest is named (review of round 24).
    if (cue.kind != CueKind::Host)
        return std::nullopt;
    Match m;
    m.cueToken = token;
    m.cueEnd = token + 1;
    m.kind = cue.kind;
    if (matchHost(token, sentence, cue, m) || m.visitor >= 0 || m.host < 0 || m.places.isEmpty())
        return std::nullopt;
    return m;
}

bool VisitPatterns::matchHosted(int token, int sentence, const TravelCue &cue, Match &m) const
{
    // The passive: "Xi was welcomed at the White House", "Lula was received by Erdogan in
    // Ankara", "Scholz was hosted in Tokyo": the subject is the guest, the agent after "by" the
    // host. A guest comes to the place, so it is no seat of office of theirs.
    int from = token + 1;
    if (byOwnPeople(from, sentence))
        return false;
    if (m_context.word(from).compare(u"by", Qt::CaseInsensitive) == 0) {
        // The agent's name may follow its title ("by Secretary of State Daniel Park").
        const int end = m_context.analysis().sentences[sentence].endToken;
        int agent = -1;
        for (int k = from + 1; k < end && k <= from + AgentReach && agent < 0; ++k) {
            if (m_context.isPunctuation(k))
                break;
            agent = m_context.mentionOf(k);
        }
        m.host = m_context.entityOf(agent, {EntityType::Person, EntityType::Organization});
        if (m.host >= 0) {
            from = m_context.endToken(agent);
        } else {
            // "was received by the king in Riyadh", "by Saudi officials in Riyadh": an agent of
            // no name is passed over to the place's preposition (review of round 24).
            from = -1;
            for (int k = token + 2; k < end && k <= token + 1 + AgentReach && from < 0; ++k) {
                if (m_context.isPunctuation(k))
                    break;
                if (isOneOf(m_context.word(k), cue.prepositions))
                    from = k;
            }
            if (from < 0)
                return false;
        }
    }
    const Places object = placeOfObject(from, sentence, cue);
    m.places = object.entities;
    if (m.places.isEmpty() || byOwnPeople(object.end, sentence))
        return false;
    m.visitor = m_context.subjectBefore(token - 1, sentence);
    return m.visitor >= 0 && m.visitor != m.host;
}

bool VisitPatterns::byOwnPeople(int token, int sentence) const
{
    // "X was welcomed at the White House by his staff": welcomed home by their own people
    // (lexicon/entouragenouns.tsv after a possessive pronoun), no guest (review of round 24).
    // Not "by his Chinese counterpart", "by her hosts".
    const int end = m_context.analysis().sentences[sentence].endToken;
    if (token < 0 || token + 2 >= end ||
        m_context.word(token).compare(u"by", Qt::CaseInsensitive) != 0 ||
        !m_context.isPossessive(token + 1))
        return false;
    for (int k = token + 2; k < end && k <= token + 4; ++k) {
        if (m_context.isPunctuation(k))
            break;
        if (m_context.lexicon().isEntourageNoun(m_context.word(k)))
            return true;
    }
    return false;
}

} // namespace lector
