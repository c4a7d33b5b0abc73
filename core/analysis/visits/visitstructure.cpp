// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/visits/visitstructure.h"

#include "analysis/visits/visitcontext.h"
#include "analysis/visits/visitmodel.h"

#include <algorithm>

namespace lector {

namespace {

constexpr int CueBefore = 15;       ///< tokens from a cue to the place it governs
constexpr int CueAfter = 8;         ///< tokens from a place to a cue after it ("a Moscow visit")
constexpr int AppearanceReach = 12; ///< tokens from an appearance word to the place's "in"

bool isPossessiveMark(QStringView w)
{
    return w == u"'s" || w == u"\u2019s" || w == u"'" || w == u"\u2019";
}

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
    if (isPossessiveMark(m_context.word(placeEnd)))
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
    for (int j = cue + 1; own && j < k; ++j) {
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

VisitStructure::Agent VisitStructure::agentOf(int sentence, const Roles &place, const Actor &actor,
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
    const int cue = place.cue;
    if (cue < 0)
        return Agent::None;
    // An appearance noun's agent is the subject of the clause its phrase stands in ("X told
    // reporters at a convention in P"); a name inside the phrase ("a CNN town hall") is none.
    const AppearanceWord *appear = place.appearance ? m_context.appearance(cue) : nullptr;
    const int head = appear && appear->noun ? phraseStart(sentence, cue) : cue;
    if (actor.first < cue) {
        const bool mark = isPossessiveMark(m_context.word(actor.end));
        const VisitWord *entry = m_context.entry(actor.first);
        const bool possessive = mark || (actor.pronoun && entry &&
                                         (entry->pronoun == PronounKind::Possessive ||
                                          entry->pronoun == PronounKind::SpeakerPossessive));
        if (possessive && cue - actor.end <= 4 + int(mark))
            return Agent::Possessor;
        if (actor.first >= head)
            return Agent::OtherClause;
        if (m_subjectCue != head) { // the same cue for every actor of the sentence
            m_subjectCue = head;
            m_subject = m_context.subjectBefore(head, sentence);
        }
        if (m_subject == actor.entity && !clauseBreak(actor.end, head))
            return Agent::Subject;
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
    if (k == cue && appear) // "said Senator X at a rally in P"; "told X in P"
        return appear->inverts ? Agent::Subject : Agent::Object;
    if (k == cue) {
        const CueKind kind = m_context.entry(cue)->cues.constFirst().kind;
        if (kind == CueKind::Visit || kind == CueKind::Meet || kind == CueKind::Host)
            return Agent::Object;
    }
    return Agent::OtherClause;
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
    const int head = listHead(sentence, placeFirst);
    r.cue = governingCue(head, placeEnd, cues);
    if (r.cue >= 0)
        r.kind = m_context.entry(r.cue)->cues.constFirst().kind;
    r.destination = destinationOf(sentence, r.cue, placeFirst, placeEnd, &r.preposition);
    if (r.cue < 0 && r.destination == Destination::None) {
        // No travel cue: an appearance ("told voters in P", "at a town hall in P").
        r.cue = appearanceCue(sentence, head, &r.preposition);
        if (r.cue >= 0) {
            r.appearance = true;
            r.destination = head < placeFirst ? Destination::ListItem : Destination::Object;
        }
    }
    return r;
}

VisitStructure::Agent VisitStructure::agent(int sentence, const Roles &place, const Actor &actor,
                                            int placeFirst, const QList<int> &actors) const
{
    return agentOf(sentence, place, actor, placeFirst, actors);
}

VisitStructure::Roles VisitStructure::roles(int sentence, const Actor &actor, int placeFirst,
                                            int placeEnd, const QList<int> &cues,
                                            const QList<int> &actors) const
{
    Roles r = placeRoles(sentence, placeFirst, placeEnd, cues);
    r.agent = agentOf(sentence, r, actor, placeFirst, actors);
    return r;
}

int VisitStructure::appearanceCue(int sentence, int placeFirst, int *preposition) const
{
    // Back from the place over its determiner and one modifier ("at the P", "in downtown P") or
    // over "the city of" ("in the city of P") to "in" or "at", then back to the nearest
    // appearance word of the clause that takes that preposition.
    *preposition = -1;
    const int first = m_context.analysis().sentences[sentence].firstToken;
    int k = placeFirst - 1;
    if (m_context.word(k) == u"of") {
        --k;
        for (int steps = 0; k > first && steps < 3 &&
                            (VisitContext::isDeterminer(m_context.word(k)) || isPlainWord(k));
             ++steps)
            --k;
    } else {
        if (k > first && isPlainWord(k) && !VisitContext::isDeterminer(m_context.word(k)))
            --k;
        if (k > first && VisitContext::isDeterminer(m_context.word(k)))
            --k;
    }
    if (k <= first)
        return -1;
    const QStringView p = m_context.word(k);
    if (p.compare(u"in", Qt::CaseInsensitive) != 0 && p.compare(u"at", Qt::CaseInsensitive) != 0)
        return -1;
    for (int a = k - 1; a >= first && a >= k - AppearanceReach; --a) {
        const QStringView w = m_context.word(a);
        if (w == u";" || w == u":" || (w == u"," && m_context.opensRelativeClause(a)))
            return -1;
        if (m_context.isName(a))
            continue;
        if (const VisitWord *entry = m_context.entry(a);
            entry && (entry->boundary || !entry->cues.isEmpty()))
            return -1;
        const AppearanceWord *appear = m_context.appearance(a);
        if (!appear)
            continue;
        const bool takes =
            std::any_of(appear->before.cbegin(), appear->before.cend(),
                        [&](const QString &q) { return p.compare(q, Qt::CaseInsensitive) == 0; });
        if (!takes)
            return -1;
        *preposition = k;
        return a;
    }
    return -1;
}

int VisitStructure::phraseStart(int sentence, int noun) const
{
    // "at a recent CNN town hall", "told a crowd": back over modifiers, names, possessive marks
    // and dates to the phrase's determiner, or to the preposition or pronoun before it. No
    // parser tells a modifier from a verb: with neither in four words, the noun stands alone
    // ("told voters in P").
    const int first = m_context.analysis().sentences[sentence].firstToken;
    for (int k = noun - 1; k >= first && k >= noun - 4; --k) {
        const QStringView w = m_context.word(k);
        if (VisitContext::isDeterminer(w))
            return k;
        if (m_context.isName(k) || m_context.timeOf(k) >= 0 || isPossessiveMark(w))
            continue;
        const VisitWord *entry = m_context.entry(k);
        if (m_context.isPunctuation(k) || (entry && (entry->preposition || entry->relation ||
                                                     entry->pronoun != PronounKind::None)))
            return k + 1;
        if (!isPlainWord(k) && !m_context.appearance(k))
            return k + 1;
    }
    return noun;
}

void VisitStructure::addFeatures(QList<quint64> &keys, const Roles &r) const
{
    const QStringView agent = agentName(r.agent), destination = destinationName(r.destination);
    const QStringView kind = r.cue < 0      ? QStringView(u"-")
                             : r.appearance ? QStringView(u"appear")
                                            : cueKindName(r.kind);
    keys.append(VisitModel::key(u"sa", agent));
    keys.append(VisitModel::key(u"sd", destination));
    keys.append(VisitModel::key(u"sad", agent, destination));
    keys.append(VisitModel::key(u"sak", agent, kind));
    keys.append(VisitModel::key(u"sdk", destination, kind));
    if (r.preposition >= 0)
        keys.append(VisitModel::key(u"sdp", destination, m_context.word(r.preposition)));
}

} // namespace lector
