// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/visits/visitstructure.h"

#include "analysis/visits/visitcontext.h"
#include "analysis/visits/visitmodel.h"
#include "text/tokenizer.h"

#include <algorithm>

namespace lector {

namespace {

constexpr int CueBefore = 15; ///< tokens from a cue to the place it governs
constexpr int CueAfter = 8;   ///< tokens from a place to a cue after it ("a Moscow visit")

} // namespace

QStringView VisitStructure::agentName(Agent agent)
{
    switch (agent) {
    case Agent::None:
        return u"none";
    case Agent::Subject:
        return u"subj";
    case Agent::Possessor:
        return u"poss";
    case Agent::By:
        return u"by";
    case Agent::Companion:
        return u"with";
    case Agent::Object:
        return u"obj";
    case Agent::Fronted:
        return u"front";
    case Agent::OtherClause:
        break;
    }
    return u"other";
}

QStringView VisitStructure::destinationName(Destination destination)
{
    switch (destination) {
    case Destination::None:
        return u"none";
    case Destination::Object:
        return u"obj";
    case Destination::ListItem:
        return u"list";
    case Destination::OtherPhrase:
        return u"pp";
    case Destination::Modifier:
        return u"mod";
    case Destination::Possessor:
        return u"poss";
    case Destination::Before:
        return u"before";
    case Destination::Bare:
        break;
    }
    return u"bare";
}

bool VisitStructure::isPlainWord(int token) const
{
    // A lower-case word that is no name, preposition, coordination, clause boundary or cue:
    // "the southern town" in "a visit to the southern town of P".
    if (token < 0 || m_context.isPunctuation(token) || m_context.isName(token))
        return false;
    const QStringView w = m_context.word(token);
    if (w.isEmpty() || w.front().isUpper()) // a date, or "Russian" in "the Russian invasion"
        return m_context.timeOf(token) >= 0 || m_context.mentionOf(token) >= 0;
    const VisitWord *entry = m_context.entry(token);
    return !entry || (!entry->preposition && !entry->relation && !entry->coordination &&
                      !entry->boundary && entry->cues.isEmpty());
}

bool VisitStructure::clauseBreak(int from, int to) const
{
    // A clause boundary word ("but", "while"), a semicolon or colon, or a relative clause
    // (", who", ", which", ", where") between the two tokens; a relative clause closed by a
    // comma before `to` is skipped ("X, who would later become minister, visited").
    for (int k = from; k < to; ++k) {
        const QStringView w = m_context.word(k);
        if (w == u";" || w == u":")
            return true;
        if (w == u",") {
            if (m_context.opensRelativeClause(k)) {
                int close = k + 2;
                while (close < to && m_context.word(close) != u"," && m_context.word(close) != u";")
                    ++close;
                if (close >= to || m_context.word(close) != u",")
                    return true;
                k = close;
            }
            continue;
        }
        if (const VisitWord *entry = m_context.entry(k); entry && entry->boundary)
            return true;
    }
    return false;
}

int VisitStructure::governingCue(int placeFirst, int placeEnd, const QList<int> &cues) const
{
    // The nearest cue before the place in its clause, else a cue right after it.
    // A form of "to be" is a cue only with its preposition ("was in P"; not "is a signal").
    const auto counts = [&](int c) {
        const TravelCue &cue = m_context.entry(c)->cues.constFirst();
        if (cue.kind != CueKind::Be)
            return true;
        const QStringView next = m_context.word(c + 1);
        return std::any_of(
            cue.prepositions.cbegin(), cue.prepositions.cend(),
            [&](const QString &p) { return next.compare(p, Qt::CaseInsensitive) == 0; });
    };
    int before = -1;
    for (int c : cues) {
        if (c >= placeFirst)
            break;
        if (c >= placeFirst - CueBefore && counts(c) && !clauseBreak(c + 1, placeFirst))
            before = c;
    }
    if (before >= 0)
        return before;
    for (int c : cues)
        if (c >= placeEnd && c < placeEnd + CueAfter && counts(c) && !clauseBreak(placeEnd, c))
            return c;
    return -1;
}

VisitStructure::Destination VisitStructure::destinationOf(int sentence, int cue, int placeFirst,
                                                          int placeEnd, int *preposition) const
{
    const int first = m_context.analysis().sentences[sentence].firstToken;
    *preposition = -1;
    if (Tokenizer::isPossessiveMark(m_context.word(placeEnd)))
        return Destination::Possessor; // "Russia's foreign minister"
    if (placeFirst > first && VisitContext::isDeterminer(m_context.word(placeFirst - 1)) &&
        isPlainWord(placeEnd) && m_context.timeOf(placeEnd) < 0)
        return Destination::Modifier; // "the Russian president", "a California hospital"
    if (cue < 0)
        return Destination::None;
    if (cue > placeFirst)
        return Destination::Before;
    // Back from the place: over plain words and "of" ("to the town of P"), and over the items
    // of a list ("visited P1, P2 and P3"), to the preposition or the cue.
    int k = placeFirst - 1;
    bool listItem = false;
    for (int steps = 0; k > cue && steps < 24; ++steps) {
        const QStringView w = m_context.word(k);
        if (w == u"," || w.compare(u"and", Qt::CaseInsensitive) == 0 ||
            VisitContext::isDeterminer(w)) {
            --k;
            continue;
        }
        if (const int open = openingParenthesis(k); open >= 0) {
            k = open - 1; // "the European Union (EU) and P"
            continue;
        }
        if (const int m = m_context.mentionOf(k); m >= 0 && m_context.isName(k)) {
            // An earlier item of the list, if a comma, "and" or its abbreviation follows it.
            if (!continuesList(m_context.endToken(m)))
                break;
            listItem = true;
            k = m_context.firstToken(m) - 1;
            continue;
        }
        if (w == u"of" || isPlainWord(k)) {
            --k;
            continue;
        }
        break;
    }
    if (k == cue) {
        // Nothing but modifiers between: the direct object of a verb.
        const CueKind kind = m_context.entry(cue)->cues.constFirst().kind;
        if (kind == CueKind::Visit || kind == CueKind::Meet || kind == CueKind::Host)
            return listItem ? Destination::ListItem : Destination::Object;
        return Destination::Bare;
    }
    // A preposition, or a relation word ("after the invasion of P").
    const VisitWord *entry = m_context.entry(k);
    if (!entry || !(entry->preposition || entry->relation))
        return Destination::Bare;
    *preposition = k;
    // The cue's own preposition, a few words after it ("arrived on Tuesday in Minsk").
    bool own = false;
    for (const TravelCue &c : m_context.entry(cue)->cues)
        for (const QString &p : c.prepositions)
            own = own || m_context.word(k).compare(p, Qt::CaseInsensitive) == 0;
    // A verb's object may come between ("met Governor X in Denver").
    const CueKind kind = m_context.entry(cue)->cues.constFirst().kind;
    const bool object = kind == CueKind::Visit || kind == CueKind::Meet || kind == CueKind::Host;
    // "departs the UK for Germany", "left Paris for Rome": a verb whose direct object is the
    // trip's origin (travelcues.tsv, class origin, argument object) may have that place between.
    const bool originObject = m_context.entry(cue)->originObject;
    for (int j = cue + 1; own && j < k; ++j) {
        if (originObject && m_context.isName(j) && j < cue + 4) {
            const int m = m_context.mentionOf(j);
            if (m_context.entityOf(m, {EntityType::Place}) >= 0) {
                j = m_context.endToken(m) - 1;
                continue;
            }
        }
        if (object && m_context.isName(j) && j < cue + 4) {
            const int m = m_context.mentionOf(j);
            if (m_context.entityOf(m, {EntityType::Person, EntityType::Organization}) >= 0) {
                j = m_context.endToken(m) - 1;
                continue;
            }
        }
        own = j < cue + 10 && !m_context.isName(j) &&
              (!m_context.isPunctuation(j) || m_context.timeOf(j) >= 0);
    }
    if (!own)
        return Destination::OtherPhrase;
    return listItem ? Destination::ListItem : Destination::Object;
}

bool VisitStructure::opensAdverbial(int token) const
{
    // "In Moscow, ...", "During a rally in P, ...", "Speaking in P, ...", "On Tuesday, ...".
    const QStringView w = m_context.word(token);
    const VisitWord *entry = m_context.entry(token);
    return m_context.timeOf(token) >= 0 || (entry && (entry->preposition || entry->relation)) ||
           (w.size() > 4 && w.endsWith(u"ing")) || w.compare(u"during", Qt::CaseInsensitive) == 0 ||
           w.compare(u"upon", Qt::CaseInsensitive) == 0;
}

VisitStructure::Agent VisitStructure::agentOf(int sentence, int cue, const Actor &actor,
                                              int placeFirst, const QList<int> &actors) const
{
    if (actor.first >= actor.end)
        return Agent::None;
    const Sentence &s = m_context.analysis().sentences[sentence];
    // "Speaking in P on Thursday, X said": the place in an opening phrase with no actor, the
    // visitor the first actor after its comma.
    if (!actors.isEmpty() && actors.constFirst() == actor.first && placeFirst < actor.first &&
        opensAdverbial(s.firstToken)) {
        int comma = s.firstToken;
        while (comma < actor.first && m_context.word(comma) != u",")
            ++comma;
        if (placeFirst < comma && comma < actor.first)
            return Agent::Fronted;
    }
    if (cue < 0)
        return Agent::None;
    if (actor.first < cue) {
        const bool mark = Tokenizer::isPossessiveMark(m_context.word(actor.end));
        const VisitWord *entry = m_context.entry(actor.first);
        const bool possessive = mark || (actor.pronoun && entry &&
                                         (entry->pronoun == PronounKind::Possessive ||
                                          entry->pronoun == PronounKind::SpeakerPossessive));
        if (possessive && cue - actor.end <= 4 + int(mark))
            return Agent::Possessor;
        if (m_subjectCue != cue) { // the same cue for every actor of the sentence
            m_subjectCue = cue;
            m_subject = m_context.subjectBefore(cue, sentence);
        }
        if (m_subject == actor.entity && !clauseBreak(actor.end, cue))
            return Agent::Subject;
        if (m_subject >= 0 && coordinatedWith(actor, m_subject, cue, 1))
            return Agent::Subject; // "X and Governor Y held a rally in P": both hold it
        return Agent::OtherClause;
    }
    // After the cue: the preposition before the name, over its title ("with U.S. Secretary of
    // State X", "by former president X").
    int k = actor.first - 1;
    for (int steps = 0; k > cue && steps < 6; ++steps, --k) {
        const QStringView w = m_context.word(k);
        if (w.isEmpty() || m_context.isPunctuation(k))
            break;
        const VisitWord *entry = m_context.entry(k);
        if (entry && entry->preposition && w != u"of")
            break;
        if (!(w.front().isUpper() || w == u"of" || m_context.isName(k) || isPlainWord(k)))
            break;
    }
    const QStringView w = m_context.word(k);
    if (w.compare(u"by", Qt::CaseInsensitive) == 0)
        return Agent::By;
    if (w.compare(u"with", Qt::CaseInsensitive) == 0)
        return Agent::Companion;
    if (k == cue) {
        const CueKind kind = m_context.entry(cue)->cues.constFirst().kind;
        if (kind == CueKind::Visit || kind == CueKind::Meet || kind == CueKind::Host)
            return Agent::Object;
    }
    return Agent::OtherClause;
}

bool VisitStructure::inSubjectList(const Actor &actor, int subject, int cue) const
{
    if (actor.first >= actor.end || actor.first >= cue)
        return false;
    return subject >= 0 && subject != actor.entity &&
           coordinatedWith(actor, subject, cue, MaxListItems);
}

bool VisitStructure::coordinatedWith(const Actor &actor, int subject, int cue, int items) const
{
    // "X and Governor Y held", "X, Governor Y and Mayor Z held" (review of round 19: every
    // name of the list): after the actor's name, items joined by commas and "and", each of
    // capitalised title words and a name, up to the subject's name after an "and", then no
    // clause break to the cue.
    int k = actor.end;
    bool coordination = false;
    for (int item = 0; item < items; ++item) {
        bool joined = false;
        for (; k < cue; ++k) {
            const VisitWord *entry = m_context.entry(k);
            if (entry && entry->coordination) {
                coordination = joined = true;
                continue;
            }
            if (m_context.word(k) == u"," && !m_context.opensRelativeClause(k)) {
                joined = true;
                continue;
            }
            break;
        }
        if (!joined)
            return false;
        int name = -1;
        for (int steps = 0; k < cue && steps < 6; ++k, ++steps) {
            if (const int m = m_context.mentionOf(k); m >= 0 && m_context.isName(k)) {
                name = m;
                break;
            }
            const QStringView w = m_context.word(k);
            if (w.isEmpty() || !w.front().isUpper() || m_context.isPunctuation(k))
                return false;
        }
        if (name < 0)
            return false;
        const int entity = m_context.entityOf(name, {EntityType::Person, EntityType::Organization});
        k = m_context.endToken(name);
        if (entity == subject)
            return coordination && !clauseBreak(k, cue);
        if (entity < 0)
            return false;
    }
    return false;
}

int VisitStructure::openingParenthesis(int token) const
{
    // A short parenthesis ending at the token ("(EU)"): its opening token, else -1.
    if (m_context.word(token) != u")")
        return -1;
    for (int k = token - 1; k >= 0 && k >= token - 4; --k)
        if (m_context.word(k) == u"(")
            return k;
    return -1;
}

bool VisitStructure::continuesList(int token) const
{
    const QStringView w = m_context.word(token);
    return w == u"," || w == u"(" || w.compare(u"and", Qt::CaseInsensitive) == 0;
}

int VisitStructure::listHead(int sentence, int placeFirst) const
{
    // "for Peru, Chile and Ecuador", "for the US, the EU and P": back over the earlier items
    // (names of any type) to the first one.
    const int first = m_context.analysis().sentences[sentence].firstToken;
    int head = placeFirst;
    for (int k = placeFirst - 1; k >= first && k >= placeFirst - 24;) {
        const QStringView w = m_context.word(k);
        if (w == u"," || w.compare(u"and", Qt::CaseInsensitive) == 0 ||
            VisitContext::isDeterminer(w)) {
            --k;
            continue;
        }
        if (const int open = openingParenthesis(k); open >= 0) {
            k = open - 1;
            continue;
        }
        const int m = m_context.mentionOf(k);
        if (m < 0 || !m_context.isName(k) || !continuesList(m_context.endToken(m)))
            break;
        head = m_context.firstToken(m);
        k = head - 1;
    }
    return head;
}

VisitStructure::Roles VisitStructure::placeRoles(int sentence, int placeFirst, int placeEnd,
                                                 const QList<int> &cues) const
{
    Roles r;
    r.cue = governingCue(listHead(sentence, placeFirst), placeEnd, cues);
    if (r.cue >= 0)
        r.kind = m_context.entry(r.cue)->cues.constFirst().kind;
    r.destination = destinationOf(sentence, r.cue, placeFirst, placeEnd, &r.preposition);
    return r;
}

VisitStructure::Agent VisitStructure::agent(int sentence, const Roles &place, const Actor &actor,
                                            int placeFirst, const QList<int> &actors) const
{
    return agentOf(sentence, place.cue, actor, placeFirst, actors);
}

VisitStructure::Roles VisitStructure::roles(int sentence, const Actor &actor, int placeFirst,
                                            int placeEnd, const QList<int> &cues,
                                            const QList<int> &actors) const
{
    Roles r = placeRoles(sentence, placeFirst, placeEnd, cues);
    r.agent = agentOf(sentence, r.cue, actor, placeFirst, actors);
    return r;
}

void VisitStructure::addFeatures(QList<quint64> &keys, const Roles &r) const
{
    const QStringView agent = agentName(r.agent), destination = destinationName(r.destination);
    const QStringView kind = r.cue >= 0 ? cueKindName(r.kind) : QStringView(u"-");
    keys.append(VisitModel::key(u"sa", agent));
    keys.append(VisitModel::key(u"sd", destination));
    keys.append(VisitModel::key(u"sad", agent, destination));
    keys.append(VisitModel::key(u"sak", agent, kind));
    keys.append(VisitModel::key(u"sdk", destination, kind));
    if (r.preposition >= 0)
        keys.append(VisitModel::key(u"sdp", destination, m_context.word(r.preposition)));
}

} // namespace lector
