// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/visits/visitcandidates.h"

#include "analysis/visits/visitcontext.h"
#include "analysis/visits/visitmodel.h"
#include "analysis/visits/visitpatterns.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace lector {

namespace {

constexpr int MaxDistance = 40; ///< tokens between actor and place of an unmatched pair
constexpr int BetweenWords = 10;

QStringView bucket(int n)
{
    static const QStringView names[] = {u"0", u"1", u"2", u"3-5", u"6-10", u"11-20", u"21+"};
    if (n <= 2)
        return names[std::max(n, 0)];
    if (n <= 5)
        return names[3];
    if (n <= 10)
        return names[4];
    return n <= 20 ? names[5] : names[6];
}

void addKey(QList<quint64> &keys, QStringView name, QStringView value = {})
{
    keys.append(VisitModel::key(name, value));
}

// The words around a pair read a person's or an organization's name as one kind of actor: the
// recogniser often takes one for the other ("Team Trump", a firm named after its founder), and
// the visit decision should not hang on that.
QStringView contextType(QStringView type)
{
    return type == u"<person>" || type == u"<organization>" ? QStringView(u"<actor>") : type;
}

quint64 pairKey(int a, int b)
{
    return (quint64(quint32(a)) << 32) | quint32(b);
}

} // namespace

bool VisitCandidate::atHome() const
{
    static const quint64 key = VisitModel::key(u"home", u"yes");
    return homeByPhrase || std::binary_search(features.cbegin(), features.cend(), key);
}

int VisitCandidateFinder::datelinePlace(int *second) const
{
    // "HANOI, Vietnam (AP) -": the article opens with a place in capitals.
    *second = -1;
    const Analysis &a = m_context.analysis();
    if (a.tokens.isEmpty())
        return -1;
    const QStringView w = m_context.word(0);
    bool caps = w.size() >= 3;
    for (QChar c : w)
        caps = caps && !c.isLower();
    if (!caps)
        return -1;
    const int m = m_context.mentionOf(0);
    const int place = m_context.entityOf(m, {EntityType::Place});
    if (place < 0)
        return -1;
    const int end = m_context.endToken(m);
    if (m_context.word(end) == u",")
        *second = m_context.entityOf(m_context.mentionOf(end + 1), {EntityType::Place});
    return place;
}

void VisitCandidateFinder::addOccurrenceFeatures(VisitOccurrence &o, const Actor &actor,
                                                 int placeFirst, int placeEnd,
                                                 const SentenceView &view) const
{
    QList<quint64> &f = o.features;
    const Sentence &s = m_context.analysis().sentences[o.sentence];
    auto lower = [&](int k) { return view.typeOf(k, m_context); };
    const bool actorFirst = actor.first < placeFirst;
    const QStringView order = actorFirst ? u"ap" : u"pa";
    addKey(f, u"o", order);
    const int from = actorFirst ? actor.end : placeEnd;
    const int to = actorFirst ? placeFirst : actor.first;
    const int distance = std::max(to - from, 0);
    addKey(f, u"d", bucket(distance));
    if (o.pattern) {
        addKey(f, u"r");
        addKey(f, u"ro", order);
        const VisitWord *w = m_context.entry(o.cueToken);
        if (w && !w->cues.isEmpty())
            addKey(f, u"rk", cueKindName(w->cues.constFirst().kind));
        addKey(f, u"rc", lower(o.cueToken));
    }
    if (distance > BetweenWords) {
        addKey(f, u"w", u"<far>");
    }
    bool comma = false;
    for (int k = from; k < to && k < from + BetweenWords; ++k) {
        const QStringView w = lower(k);
        comma = comma || w == u"," || w == u";";
        addKey(f, u"w", w);
        if (const VisitWord *entry = m_context.entry(k); entry && !entry->cues.isEmpty())
            addKey(f, actorFirst ? u"cka" : u"ckp", cueKindName(entry->cues.constFirst().kind));
        // The words between, tied to the order: "in" before the place means more when the
        // actor came first.
        addKey(f, actorFirst ? u"wa" : u"wp", w);
    }
    if (comma)
        addKey(f, u"comma");
    const QStringView start = u"<s>", end = u"</s>";
    const QStringView p1 = placeFirst > s.firstToken ? lower(placeFirst - 1) : start;
    const QStringView p2 = placeFirst - 1 > s.firstToken ? lower(placeFirst - 2) : start;
    addKey(f, u"p1", p1);
    f.append(VisitModel::key(u"p2", p2, p1));
    addKey(f, u"n1", placeEnd < s.endToken ? lower(placeEnd) : end);
    addKey(f, u"a1", actor.end < s.endToken ? lower(actor.end) : end);
    if (actor.end + 1 < s.endToken)
        f.append(VisitModel::key(u"a2", lower(actor.end), lower(actor.end + 1)));
    addKey(f, u"b1", actor.first > s.firstToken ? lower(actor.first - 1) : start);
    if (actor.pronoun)
        addKey(f, u"pron", m_context.word(actor.first));
    if (actor.subject)
        addKey(f, u"subj");
    if (o.sentence == 0 || o.sentence > 2)
        addKey(f, u"s", o.sentence == 0 ? u"0" : u"3+");
    // Who the cue's agent is and which place its preposition governs.
    VisitStructure::Roles roles = view.placeRoles;
    roles.agent =
        m_structure.agent(o.sentence, roles, {actor.entity, actor.first, actor.end, actor.pronoun},
                          placeFirst, view.actorStarts);
    m_structure.addFeatures(f, roles);
    o.destination = roles.destination;
    o.preposition = roles.preposition;
    f.append(view.keys);
}

QStringView VisitCandidateFinder::SentenceView::typeOf(int token, const VisitContext &context) const
{
    const qsizetype i = qsizetype(token) - first;
    return i >= 0 && i < types.size() ? types[i] : context.typeOf(token);
}

void VisitCandidateFinder::scan(int sentence, SentenceView &view) const
{
    // Actors (names and resolved pronouns), sentence features and token types in one pass.
    const Sentence &s = m_context.analysis().sentences[sentence];
    view.first = s.firstToken;
    view.types.clear();
    view.actors.clear();
    view.keys.clear();
    bool dated = false;
    for (int k = s.firstToken, mentionEnd = k; k < s.endToken; ++k) {
        view.types.append(contextType(m_context.typeOf(k)));
        dated = dated || m_context.timeOf(k) >= 0;
        const VisitWord *w = m_context.entry(k);
        const bool name = m_context.isName(k);
        if (w && !w->cues.isEmpty() && !name) {
            addKey(view.keys, u"cue", m_context.word(k));
            addKey(view.keys, u"sck", cueKindName(w->cues.constFirst().kind));
        } else if (w && w->modal) {
            addKey(view.keys, u"m", m_context.word(k));
        }
        if (k < mentionEnd)
            continue;
        if (const int m = m_context.mentionOf(k); m >= 0) {
            const int e = m_context.entityOf(m, {EntityType::Person, EntityType::Organization});
            if (e >= 0)
                view.actors.append(
                    {e, m_context.firstToken(m), m_context.endToken(m), false, false});
            mentionEnd = m_context.endToken(m);
        } else if (w &&
                   (w->pronoun == PronounKind::Subject || w->pronoun == PronounKind::Possessive)) {
            const int e = m_context.resolvePronoun(k, sentence);
            if (e >= 0)
                view.actors.append({e, k, k + 1, true, false});
        }
    }
    if (dated)
        addKey(view.keys, u"date");
    if (!view.actors.isEmpty())
        view.actors.first().subject = true;
    view.actorStarts.clear();
    for (const Actor &actor : std::as_const(view.actors))
        view.actorStarts.append(actor.first);
}

QString VisitCandidateFinder::countryAt(int token) const
{
    QStringView w = m_context.word(token);
    if (m_context.isGenitive(token))
        w = m_context.word(--token); // "Angola 's": the name before the possessive
    if (w.isEmpty() || !w.front().isUpper())
        return {};
    if (m_context.isName(token))
        return m_context.countryNamedAt(token);
    return m_context.lexicon().countryOfDemonym(w);
}

bool VisitCandidateFinder::isPhraseWord(int token) const
{
    const QStringView w = m_context.word(token);
    if (w == u"of")
        return true; // "head of state", "head of the Slovak office"
    if (w.isEmpty() || !w.front().isLower() || m_context.isName(token) || m_context.entry(token) ||
        VisitContext::isDeterminer(w))
        return false;
    // Verb forms and adverbs end a role phrase ("authorities detained X", "reportedly").
    if (w.endsWith(u"ed") || w.endsWith(u"ing") || w.endsWith(u"ly"))
        return false;
    return std::none_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); });
}

bool VisitCandidateFinder::isFrontedPhrase(int land, int from, int nameEnd) const
{
    // "According to a Belarusian analyst, Li's visit ...": the phrase before the comma is the
    // object of a preposition, or the name after it a possessor, so it is no apposition.
    int k = land - 1;
    if (k >= from && m_context.isGenitive(land))
        --k; // "Peru 's deputy minister": the phrase opens at the country's name
    if (k >= from && VisitContext::isDeterminer(m_context.word(k)))
        --k;
    if (k >= from && m_context.entry(k) &&
        (m_context.entry(k)->preposition || m_context.entry(k)->relation))
        return true;
    // "Despite Chinese opposition, X", "Following the Kenyan election, X": one word opens the
    // sentence before the phrase, so the phrase is its object, not a role of X.
    if (k == from && !VisitContext::isDeterminer(m_context.word(k)))
        return true;
    return m_context.isGenitive(nameEnd);
}

QStringList VisitCandidateFinder::homeCountries(int entity) const
{
    const Analysis &a = m_context.analysis();
    QStringList out;
    if (a.entities[entity].type != EntityType::Person)
        return out;
    const auto add = [&](const QString &country) {
        if (!country.isEmpty() && !out.contains(country))
            out.append(country);
    };
    for (int m : a.entities[entity].mentions) {
        if (m < 0 || m >= a.mentions.size())
            continue; // as VisitContext::countriesOf()
        const int first = m_context.firstToken(m), end = m_context.endToken(m);
        const auto s = std::upper_bound(
            a.sentences.cbegin(), a.sentences.cend(), first,
            [](int token, const Sentence &sentence) { return token < sentence.firstToken; });
        if (s == a.sentences.cbegin())
            continue;
        const int from = std::prev(s)->firstToken, to = std::prev(s)->endToken;
        // "Indian opener X", "The former Pakistan prime minister, X": up to three role words
        // after the demonym or country; the last one no verb in -s ("Philippine lawmaker
        // wants X").
        int k = first - 1;
        const bool comma = k >= from && m_context.word(k) == u",";
        if (comma)
            --k;
        const QStringView last = k >= from ? m_context.word(k) : QStringView();
        int words = 0;
        while (k >= from && words < 3 && isPhraseWord(k)) {
            --k;
            ++words;
        }
        if (words > 0 && k >= from && !(last.endsWith(u's') && !last.endsWith(u"ss")) &&
            !(comma && isFrontedPhrase(k, from, end)))
            add(countryAt(k));
        // "X, a Haitian aid worker"; not "X, a guest of the Indian prime minister" nor "X, a
        // friend of the Ukrainian president": after "of" the phrase names someone else.
        if (end < to && m_context.word(end) == u",") {
            for (int j = end + 1; j < to && j <= end + 6; ++j) {
                if (const QString c = countryAt(j); !c.isEmpty()) {
                    add(c);
                    break;
                }
                if (!isPhraseWord(j) && !VisitContext::isDeterminer(m_context.word(j)))
                    break;
                if (m_context.word(j) == u"of")
                    break;
            }
        }
        // "Ivan Horvat of Croatia".
        if (end + 1 < to && m_context.word(end) == u"of")
            add(countryAt(end + 1));
    }
    return out;
}

bool VisitCandidateFinder::isMigration(int placeFirst) const
{
    // "X fled to P in 1998", "having moved to P years ago": a move of home, not a visit.
    const VisitWord *w = m_context.entry(placeFirst - 2);
    if (!w || w->migrationBefore.isEmpty() || m_context.isName(placeFirst - 2))
        return false;
    return w->migrationBefore.contains(m_context.word(placeFirst - 1), Qt::CaseInsensitive);
}

int VisitCandidateFinder::homeOwner(int sentence, int placeFirst) const
{
    // "X flew home to P", "X was returning to his home country of P", "X spoke to students in
    // her hometown of P": the text calls the place the visitor's home, which is no visit
    // (GUIDELINES.md, home base).
    const int first = m_context.analysis().sentences[sentence].firstToken;
    const auto homeWord = [&](int k) {
        const VisitWord *w = k >= first ? m_context.entry(k) : nullptr;
        return w && !w->homeBefore.isEmpty() ? w : nullptr;
    };
    const int preposition = placeFirst - 1;
    int k = preposition - 1;
    const VisitWord *home = homeWord(k);
    if (!home && homeWord(k - 1) &&
        homeWord(k - 1)->homeNouns.contains(m_context.word(k), Qt::CaseInsensitive))
        home = homeWord(--k); // "home country of"
    if (!home || !home->homeBefore.contains(m_context.word(preposition), Qt::CaseInsensitive))
        return -1;
    // "his home country", "X's hometown"; else the subject of the clause, but only for a bare
    // "home" after a verb of motion or "back" ("flew home to P", "was back home in P"): "a
    // nursing home in P", "the ancestral homeland of P" say nothing of the subject's home.
    const VisitWord *before = k - 1 >= first ? m_context.entry(k - 1) : nullptr;
    if (before && before->pronoun == PronounKind::Possessive)
        return m_context.resolvePronoun(k - 1, sentence);
    if (k - 2 >= first && m_context.isGenitive(k - 1))
        return m_context.entityOf(m_context.mentionOf(k - 2),
                                  {EntityType::Person, EntityType::Organization});
    const bool bareHome =
        k == preposition - 1 && m_context.word(k).compare(u"home", Qt::CaseInsensitive) == 0;
    const bool afterMotion = (before && !before->cues.isEmpty()) ||
                             m_context.word(k - 1).compare(u"back", Qt::CaseInsensitive) == 0;
    return bareHome && afterMotion && k - 1 >= first ? m_context.subjectBefore(k, sentence) : -1;
}

void VisitCandidateFinder::addPairFeatures(VisitCandidate &c, int mainPerson, int dateline,
                                           int datelineSecond) const
{
    const Analysis &a = m_context.analysis();
    QList<quint64> &f = c.features;
    addKey(f, u"bias");
    const Entity &visitor = a.entities[c.visitor];
    const Entity &place = a.entities[c.place];
    addKey(f, u"at", entityTypeName(visitor.type));
    addKey(f, u"ps", place.subtype.isEmpty() ? u"-"_qs : place.subtype);
    addKey(f, u"n", bucket(int(c.occurrences.size())));
    addKey(f, u"am", bucket(int(visitor.mentions.size())));
    addKey(f, u"pm", bucket(int(place.mentions.size())));
    if (c.visitor == mainPerson)
        addKey(f, u"main");
    if (c.place == dateline || c.place == datelineSecond)
        addKey(f, u"dl", c.visitor == mainPerson ? u"main" : u"other");
    const QStringList home = m_context.countriesOf(c.visitor);
    const QString country = m_context.countryOfPlace(c.place);
    if (home.isEmpty())
        addKey(f, u"home", u"unknown");
    else if (country.isEmpty())
        addKey(f, u"home", u"noplace");
    else
        addKey(f, u"home", home.contains(country) ? u"yes" : u"no");
    int roles = 0;
    for (const QString &role : visitor.roles)
        for (QStringView part : QStringView(role).split(u' ', Qt::SkipEmptyParts))
            if (roles++ < 6)
                addKey(f, u"role", part);
    std::sort(f.begin(), f.end());
    f.erase(std::unique(f.begin(), f.end()), f.end());
}

QList<VisitCandidate> VisitCandidateFinder::find() const
{
    const Analysis &a = m_context.analysis();
    QList<VisitCandidate> out;
    QHash<quint64, int> byPair;
    auto candidate = [&](int visitor, int place) -> VisitCandidate & {
        const quint64 key = pairKey(visitor, place);
        auto it = byPair.constFind(key);
        if (it != byPair.cend())
            return out[*it];
        byPair.insert(key, int(out.size()));
        VisitCandidate c;
        c.visitor = visitor;
        c.place = place;
        out.append(c);
        return out.last();
    };
    int second = -1;
    const int dateline = datelinePlace(&second);
    int mainPerson = -1;
    for (int e = 0; e < a.entities.size(); ++e)
        if (a.entities[e].type == EntityType::Person &&
            (mainPerson < 0 ||
             a.entities[e].mentions.size() > a.entities[mainPerson].mentions.size()))
            mainPerson = e;

    QSet<quint64> homes; // (owner, place) by homeOwner()
    QSet<quint64> moves; // (sentence, place) by isMigration()
    SentenceView view;   // reused: its lists keep their capacity from sentence to sentence
    QList<int> cues;
    for (int s = 0; s < a.sentences.size(); ++s) {
        const Sentence &sentence = a.sentences[s];
        // One pass for the places, "here" and the travel cues; the sentences without a place
        // (most of them) stop there.
        QList<int> placeMentions;
        cues.clear();
        bool here = false; // "At a rally here": "here" is the dateline's place.
        for (int k = sentence.firstToken, mentionEnd = k; k < sentence.endToken; ++k) {
            if (const int m = m_context.mentionOf(k); m >= 0 && k >= mentionEnd) {
                if (m_context.entityOf(m, {EntityType::Place}) >= 0)
                    placeMentions.append(m);
                mentionEnd = m_context.endToken(m);
            }
            const VisitWord *w = m_context.entry(k);
            if (w && !w->cues.isEmpty() && !m_context.isName(k))
                cues.append(k);
            here = here || (dateline >= 0 && m_context.word(k) == u"here");
        }
        const bool opening = dateline >= 0 && (s < 3 || here);
        if (placeMentions.isEmpty() && !opening)
            continue;
        // The pairs the cue patterns find, keyed by (visitor, place).
        QHash<quint64, VisitPatterns::Match> matched;
        for (int i : std::as_const(cues)) {
            for (const TravelCue &cue : m_context.entry(i)->cues) {
                if (auto match = m_patterns.match(i, s, cue)) {
                    for (int p : std::as_const(match->places))
                        if (!matched.contains(pairKey(match->visitor, p)))
                            matched.insert(pairKey(match->visitor, p), *match);
                    break;
                }
            }
        }
        // "X hosted Y in P": X is at home in P, not on a visit.
        QSet<quint64> hosts;
        for (auto it = matched.cbegin(); it != matched.cend(); ++it)
            if (it->host >= 0)
                hosts.insert(pairKey(it->host, int(quint32(it.key()))));
        scan(s, view);
        view.cues = cues;
        const QList<Actor> &actors = view.actors;
        QSet<quint64> seen;
        for (int pm : std::as_const(placeMentions)) {
            const int place = m_context.entityOf(pm, {EntityType::Place});
            const int pf = m_context.firstToken(pm), pe = m_context.endToken(pm);
            if (pf - 2 >= sentence.firstToken && isMigration(pf))
                moves.insert(pairKey(s, place));
            if (const int owner = homeOwner(s, pf); owner >= 0) {
                homes.insert(pairKey(owner, place));
                // "flew home to Springfield, Ill.": the region after the city too.
                if (m_context.word(pe) == u",")
                    if (const int region =
                            m_context.entityOf(m_context.mentionOf(pe + 1), {EntityType::Place});
                        region >= 0)
                        homes.insert(pairKey(owner, region));
            }
            view.placeRoles = m_structure.placeRoles(s, pf, pe, view.cues);
            for (const Actor &actor : actors) {
                if (actor.entity == place || seen.contains(pairKey(actor.entity, place)))
                    continue;
                const auto match = matched.constFind(pairKey(actor.entity, place));
                const int distance = actor.first < pf ? pf - actor.end : actor.first - pe;
                if (match == matched.cend() && distance > MaxDistance)
                    continue;
                seen.insert(pairKey(actor.entity, place));
                VisitOccurrence o;
                o.sentence = s;
                o.cueToken = pf;
                o.cueEnd = pe;
                if (hosts.contains(pairKey(actor.entity, place))) {
                    o.hostOfVisit = true;
                    addKey(o.features, u"ishost");
                }
                if (match != matched.cend()) {
                    o.pattern = true;
                    o.kind = match->kind;
                    o.cueToken = match->cueToken;
                    o.cueEnd = match->cueEnd;
                    o.host = match->host;
                    o.metWith = match->metWith;
                }
                addOccurrenceFeatures(o, actor, pf, pe, view);
                candidate(actor.entity, place).occurrences.append(o);
            }
        }
        // Pattern pairs whose visitor came from an earlier sentence ("The minister then flew").
        for (auto it = matched.cbegin(); it != matched.cend(); ++it) {
            if (seen.contains(it.key()))
                continue;
            const int visitor = int(it.key() >> 32), place = int(quint32(it.key()));
            if (visitor < 0 || visitor == place)
                continue;
            VisitOccurrence o;
            o.sentence = s;
            o.pattern = true;
            o.kind = it->kind;
            o.cueToken = it->cueToken;
            o.cueEnd = it->cueEnd;
            o.host = it->host;
            o.metWith = it->metWith;
            Actor actor{visitor, it->cueToken, it->cueToken, true, true};
            view.placeRoles = m_structure.placeRoles(s, it->cueEnd, it->cueEnd + 1, view.cues);
            addOccurrenceFeatures(o, actor, it->cueEnd, it->cueEnd + 1, view);
            seen.insert(it.key());
            candidate(visitor, place).occurrences.append(o);
        }
        // The dateline places the people of the opening sentences.
        if (opening) {
            for (const Actor &actor : actors) {
                if (actor.pronoun || a.entities[actor.entity].type != EntityType::Person)
                    continue;
                for (int place : {dateline, second}) {
                    if (place < 0 || seen.contains(pairKey(actor.entity, place)))
                        continue;
                    seen.insert(pairKey(actor.entity, place));
                    VisitOccurrence o;
                    o.sentence = s;
                    o.cueToken = actor.first;
                    o.cueEnd = actor.end;
                    addKey(o.features, u"dlo", actor.subject ? u"subj" : u"other");
                    addKey(o.features, u"dls", bucket(s));
                    if (here)
                        addKey(o.features, u"here");
                    candidate(actor.entity, place).occurrences.append(o);
                }
            }
        }
    }
    QHash<int, QStringList> countries; // by visitor, for this run
    for (VisitCandidate &c : out) {
        auto home = countries.constFind(c.visitor);
        if (home == countries.cend())
            home = countries.insert(c.visitor, homeCountries(c.visitor));
        addPairFeatures(c, mainPerson, dateline, second);
        const QString country = m_context.countryOfPlace(c.place);
        c.homeByPhrase = (!country.isEmpty() && home->contains(country)) ||
                         homes.contains(pairKey(c.visitor, c.place));
        c.migration = !c.occurrences.isEmpty() &&
                      std::all_of(c.occurrences.cbegin(), c.occurrences.cend(),
                                  [&](const VisitOccurrence &o) {
                                      return moves.contains(pairKey(o.sentence, c.place));
                                  });
    }
    return out;
}

} // namespace lector
