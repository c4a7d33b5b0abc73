// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/visits/visitcandidates.h"

#include "analysis/visits/visitcontext.h"
#include "analysis/visits/visitmodel.h"
#include "analysis/visits/visitpatterns.h"
#include "text/tokenizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace lector {

namespace {

constexpr int MaxDistance = 40; ///< tokens between actor and place of an unmatched pair
constexpr int BetweenWords = 10;
constexpr int DatelineReach = 80; ///< tokens from the start a dateline may open a line in
constexpr int DatelineLines = 3;  ///< lines after the first one a dateline may open
constexpr int CreditReach = 12;   ///< tokens a dateline credit "(Reuters) -" may stand after

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

// What a VisitPatterns rule said about the pair in this sentence.
void takeMatch(VisitOccurrence &o, const VisitPatterns::Match &match)
{
    o.pattern = true;
    o.kind = match.kind;
    o.cueToken = match.cueToken;
    o.cueEnd = match.cueEnd;
    o.host = match.host;
    o.metWith = match.metWith;
}

} // namespace

bool VisitCandidate::atHome() const
{
    static const quint64 key = VisitModel::key(u"home", u"yes");
    return homeByPhrase || seat || std::binary_search(features.cbegin(), features.cend(), key);
}

int VisitCandidateFinder::datelinePlace(int *second, int *sentence, QList<int> *mentions) const
{
    // "HANOI, Vietnam (AP) -": the article opens with a place in capitals, or a line after its
    // headline does ("Minister visits Uganda\nKAMPALA, Uganda, March 9 (AP) - ..."); there the
    // credit's dash must follow, after the region, the date and the credit.
    *second = -1;
    *sentence = -1;
    const Analysis &a = m_context.analysis();
    if (a.tokens.isEmpty())
        return -1;
    int lines = 0;
    for (int t = 0; t < a.tokens.size() && t < DatelineReach; ++t) {
        if (t > 0 && !a.tokens[t].startsLine)
            continue;
        if (t > 0 && ++lines > DatelineLines)
            break;
        const QStringView w = m_context.word(t);
        bool caps = w.size() >= 3;
        for (QChar c : w)
            caps = caps && !c.isLower();
        if (!caps)
            continue;
        const int m = m_context.mentionOf(t);
        const int place = m_context.entityOf(m, {EntityType::Place});
        if (place < 0)
            continue;
        const int end = m_context.endToken(m);
        if (t > 0 && !isCredit(end))
            continue;
        *mentions = {m};
        if (m_context.word(end) == u",") {
            *second = m_context.entityOf(m_context.mentionOf(end + 1), {EntityType::Place});
            if (*second >= 0)
                mentions->append(m_context.mentionOf(end + 1));
        }
        *sentence = std::max(a.sentenceAt(a.tokens[t].span.begin), 0);
        return place;
    }
    return -1;
}

bool VisitCandidateFinder::isCredit(int token) const
{
    // What follows a dateline's place on its line: ", Uganda", ", March 9", "(AP)", then a dash.
    const Analysis &a = m_context.analysis();
    const QString &text = m_context.document().text;
    if (token >= a.tokens.size())
        return false;
    const qsizetype from = a.tokens[token].span.begin;
    qsizetype to = text.indexOf(u'\n', from);
    to = std::min<qsizetype>(to < 0 ? text.size() : to, from + 60);
    static const QRegularExpression credit(
        QStringLiteral("^(,\\s*[^,()\\n]{1,30}?)?(,\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2})?\\s*"
                       "(\\([A-Za-z .-]{2,30}\\))?\\s*(\u2014|\u2013|--?|_)"));
    return credit.match(text.mid(from, to - from)).hasMatch();
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
    if (o.pattern && !o.coordinated) {
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
    if (actor.named == Named::Pronoun)
        addKey(f, u"pron", m_context.word(actor.first));
    if (actor.named != Named::Name)
        addKey(f, u"vr",
               actor.named == Named::Pronoun ? u"pronoun"
               : actor.named == Named::Role  ? u"role"
                                             : u"group");
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

void VisitCandidateFinder::readPhraseOwner(int placeFirst, int placeEnd, SentenceView &view) const
{
    // "Kessler, speaking at a rally in Dayton on Monday, did not mention Y": back from the
    // place to the nearest comma (at most 16 tokens), which must follow the name that opens the
    // sentence (no comma and no other actor before it: in "X, an aide to Y, flew to P" the
    // comma after Y closes an appositive) and come before a lower-case word (not a list of
    // names, "A, B and C"); on from the place to the punctuation that closes the phrase (at
    // most 12 tokens, not a full stop). The comma of "Dayton, Ohio" is neither: a place's
    // region after a comma stays inside the phrase.
    view.phraseOwner = -1;
    const Sentence &s = m_context.analysis().sentences[view.sentence];
    const auto placeAt = [this](int k) {
        const int m = m_context.mentionOf(k);
        return m >= 0 && m_context.entityOf(m, {EntityType::Place}) >= 0 ? m : -1;
    };
    int open = placeFirst - 1;
    while (open > s.firstToken && open > placeFirst - 16 &&
           (m_context.word(open) != u"," || placeAt(open - 1) >= 0))
        --open;
    if (open <= s.firstToken || m_context.word(open) != u"," || open + 1 >= s.endToken ||
        m_context.isName(open + 1) || m_context.isPunctuation(open + 1) ||
        !m_context.word(open + 1).front().isLower())
        return;
    int owner = -1, ownerFirst = -1;
    for (const Actor &actor : std::as_const(view.actors))
        if (!actor.pronoun && actor.end == open) {
            owner = actor.entity;
            ownerFirst = actor.first;
        }
    if (owner < 0)
        return;
    for (const Actor &actor : std::as_const(view.actors))
        if (actor.first < ownerFirst)
            return;
    for (int k = s.firstToken; k < ownerFirst; ++k)
        if (m_context.word(k) == u",")
            return;
    int close = placeEnd;
    while (close < s.endToken && close < placeEnd + 12) {
        if (m_context.word(close) == u"," && close + 1 < s.endToken) {
            if (const int region = placeAt(close + 1); region >= 0) {
                close = m_context.endToken(region);
                continue;
            }
        }
        if (m_context.isPunctuation(close))
            break;
        ++close;
    }
    if (close >= s.endToken || !m_context.isPunctuation(close) || m_context.word(close) == u".")
        return;
    view.phraseOwner = owner;
    view.phraseFirst = open + 1;
    view.phraseEnd = close;
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
            if (e >= 0 && !isCredit(m_context.firstToken(m), m_context.endToken(m), sentence))
                view.actors.append(
                    {e, m_context.firstToken(m), m_context.endToken(m), false, false});
            mentionEnd = m_context.endToken(m);
        } else if (w &&
                   (w->pronoun == PronounKind::Subject || w->pronoun == PronounKind::Possessive) &&
                   !possessesApposedName(k, s.firstToken, s.endToken)) {
            const int e = m_context.resolvePronoun(k, sentence);
            if (e >= 0)
                view.actors.append({e, k, k + 1, true, false, Named::Pronoun});
            // "X and Y ... They met in P": each person of the list, beside the pronoun's one.
            if (w->pronoun == PronounKind::Subject && w->gender == Gender::Unknown)
                addGroup(k, sentence, e, view);
        } else if (const int end = addRoleHolder(k, view); end > k) {
            mentionEnd = end;
        } else {
            addGroup(k, sentence, -1, view);
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

bool VisitCandidateFinder::possessesApposedName(int token, int first, int end) const
{
    // Round 26: "His opponent, Senator Joan Whitcomb, spent the day in Las Vegas", "Her
    // husband, Bill Clinton, flew to Reno": the possessive's noun is the name between the
    // commas, who is the clause's actor; the possessor is no actor of it. Only a possessive
    // that opens its sentence: "In her listing, Senator X claimed" is a fronted phrase.
    const VisitWord *w = m_context.entry(token);
    if (!w || w->pronoun != PronounKind::Possessive || token != first)
        return false;
    int k = token + 1;
    while (k < end && k <= token + 3 && !m_context.isName(k) && !m_context.isPunctuation(k) &&
           !m_context.word(k).isEmpty() && m_context.word(k).front().isLower())
        ++k;
    if (k == token + 1 || k + 1 >= end || m_context.word(k) != u",")
        return false;
    // The name may open with a title ("Senator", "Rep.") that is no mention of its own; a comma
    // closes the apposition right after it or after "of" and a place ("X of Oregon,").
    for (int n = k + 1; n < end && n <= k + 3; ++n) {
        const int m = m_context.mentionOf(n);
        if (m < 0) {
            if (m_context.isPunctuation(n) && m_context.word(n) != u".")
                return false;
            continue;
        }
        if (m_context.entityOf(m, {EntityType::Person}) < 0)
            return false;
        int after = m_context.endToken(m);
        if (m_context.word(after) == u"of" && m_context.mentionOf(after + 1) >= 0)
            after = m_context.endToken(m_context.mentionOf(after + 1));
        return m_context.word(after) == u",";
    }
    return false;
}

bool VisitCandidateFinder::isCredit(int first, int end, int sentence) const
{
    const Sentence &s = m_context.analysis().sentences[sentence];
    // "BERLIN (Reuters) - X will travel to P": the agency a dateline credits wrote the report;
    // it is nobody's visitor (GUIDELINES.md: a visitor is a person or a named group acting as
    // one traveller). A name in brackets then a dash, after at most a few words of the line.
    if (first - s.firstToken > CreditReach || first <= s.firstToken || end + 1 >= s.endToken)
        return false;
    if (m_context.word(first - 1) != u"(" || m_context.word(end) != u")")
        return false;
    return Tokenizer::isDash(m_context.word(end + 1));
}

int VisitCandidateFinder::addRoleHolder(int token, SentenceView &view) const
{
    int end = -1;
    const int e = m_context.roleHolder(token, &end);
    if (e < 0)
        return -1;
    view.actors.append({e, token, end, true, false, Named::Role});
    return end;
}

void VisitCandidateFinder::addGroup(int token, int sentence, int resolved, SentenceView &view) const
{
    // The words that open a plural are travelcues.tsv's class group (VisitContext::groupAt(),
    // VisitLexicon::groupOpener()); its cheap tests first, inline: this is asked of nearly
    // every word.
    if (!m_context.lexicon().mayOpenGroup(m_context.word(token)))
        return;
    int end = -1;
    for (int e : m_context.groupAt(token, sentence, &end))
        if (e != resolved)
            view.actors.append({e, token, end, true, false, Named::Group});
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
    // How often the article names the pair, its visitor and its place: readWeight(), relative
    // to the article's length (absolute counts held a two-sentence wire item against its
    // visitor; round 18).
    if (c.visitor == mainPerson)
        addKey(f, u"main");
    if (c.place == dateline || c.place == datelineSecond)
        addKey(f, u"dl", c.visitor == mainPerson ? u"main" : u"other");
    const QStringList home = m_context.countriesOf(c.visitor);
    const QString country = m_context.countryOfPlace(c.place);
    // The person's own state or city ("Gov. X of Colorado" in Denver) is home whatever the
    // country.
    if (visitor.type == EntityType::Person && m_context.inHomeRegion(c.visitor, c.place))
        addKey(f, u"home", u"yes");
    else if (home.isEmpty())
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
}

VisitCandidate &VisitCandidateFinder::Found::candidate(int visitor, int place)
{
    const quint64 key = pairKey(visitor, place);
    auto it = byPair.constFind(key);
    if (it != byPair.cend())
        return candidates[*it];
    byPair.insert(key, int(candidates.size()));
    VisitCandidate c;
    c.visitor = visitor;
    c.place = place;
    candidates.append(c);
    return candidates.last();
}

int VisitCandidateFinder::mainPerson() const
{
    // The person the article names most often.
    const Analysis &a = m_context.analysis();
    int main = -1;
    for (int e = 0; e < a.entities.size(); ++e)
        if (a.entities[e].type == EntityType::Person &&
            (main < 0 || a.entities[e].mentions.size() > a.entities[main].mentions.size()))
            main = e;
    return main;
}

bool VisitCandidateFinder::readPlaces(int sentence, int dateline, int datelineSentence,
                                      SentenceView &view) const
{
    // One pass for the places, "here" and the travel cues.
    const Sentence &s = m_context.analysis().sentences[sentence];
    view.sentence = sentence;
    view.placeMentions.clear();
    view.cues.clear();
    view.here = false;
    for (int k = s.firstToken, mentionEnd = k; k < s.endToken; ++k) {
        if (const int m = m_context.mentionOf(k); m >= 0 && k >= mentionEnd) {
            if (m_context.entityOf(m, {EntityType::Place}) >= 0)
                view.placeMentions.append(m);
            mentionEnd = m_context.endToken(m);
        }
        const VisitWord *w = m_context.entry(k);
        if (w && !w->cues.isEmpty() && !m_context.isName(k))
            view.cues.append(k);
        view.here = view.here || (dateline >= 0 && m_context.word(k) == u"here");
    }
    view.opening = dateline >= 0 &&
                   ((sentence >= datelineSentence && sentence < datelineSentence + 3) || view.here);
    return !view.placeMentions.isEmpty() || view.opening;
}

void VisitCandidateFinder::matchPatterns(SentenceView &view) const
{
    // The pairs the cue patterns find, keyed by (visitor, place): a cue's first rule that
    // matches.
    view.matched.clear();
    QList<VisitPatterns::Match> hostsOnly;
    for (int i : std::as_const(view.cues)) {
        for (const TravelCue &cue : m_context.entry(i)->cues) {
            if (auto match = m_patterns.match(i, view.sentence, cue)) {
                for (int p : std::as_const(match->places))
                    if (!view.matched.contains(pairKey(match->visitor, p)))
                        view.matched.insert(pairKey(match->visitor, p), *match);
                break;
            }
            if (auto host = m_patterns.passiveHost(i, view.sentence, cue)) {
                hostsOnly.append(*host);
                break;
            }
        }
    }
    // "X hosted Y in P": X is at home in P, not on a visit.
    view.hosts.clear();
    view.visited.clear();
    for (const VisitPatterns::Match &m : std::as_const(hostsOnly))
        for (int p : m.places)
            view.hosts.insert(pairKey(m.host, p));
    for (auto it = view.matched.cbegin(); it != view.matched.cend(); ++it) {
        if (it->host >= 0)
            view.hosts.insert(pairKey(it->host, int(quint32(it.key()))));
        // "he visited Belarusian President Y in Minsk": Y receives the visit there.
        if (it->kind == CueKind::Visit)
            for (int person : it->metWith)
                view.visited[person] += it->places;
    }
    // "X will travel to P next week to meet President Y": the person a trip goes to meet (the
    // object of a meet cue, or of "talks with", after "to" that follows a go cue) receives it
    // there, the host, and is a visitor of no place of the sentence.
    for (int i : std::as_const(view.cues)) {
        const int to = purposeAfterTrip(i, view);
        if (to < 0)
            continue;
        for (const TravelCue &cue : m_context.entry(i)->cues)
            if (const int person = m_patterns.personMet(i, view.sentence, cue); person >= 0) {
                view.visited[person]; // no place of its own here
                break;
            }
    }
    for (int i : std::as_const(view.cues)) {
        int host = -1;
        if (const int place = hostPlaceBefore(i, view, &host); place >= 0)
            view.hosts.insert(pairKey(host, place));
    }
}

int VisitCandidateFinder::purposeAfterTrip(int cueToken, const SentenceView &view) const
{
    // "to meet", "to hold talks with": "to" one or two words before the cue; "for talks
    // with", "for a meeting with" after any trip or stay ("is expected in P on Friday for talks
    // with Chancellor Y").
    int to = -1;
    bool purpose = false;
    for (int k = cueToken - 1; k >= cueToken - 2 && k >= view.first; --k) {
        const QStringView w = m_context.word(k);
        if (w.compare(u"to", Qt::CaseInsensitive) == 0 ||
            w.compare(u"for", Qt::CaseInsensitive) == 0) {
            to = k;
            purpose = w.size() == 3;
        }
    }
    if (to < 0)
        return -1;
    for (int j : std::as_const(view.cues)) {
        if (j >= to)
            continue;
        const QList<TravelCue> &cues = m_context.entry(j)->cues;
        if (std::any_of(cues.cbegin(), cues.cend(), [purpose](const TravelCue &c) {
                return c.kind == CueKind::Go ||
                       (purpose && (c.kind == CueKind::Be || c.kind == CueKind::Visit));
            }))
            return to;
    }
    return -1;
}

int VisitCandidateFinder::hostPlaceBefore(int cueToken, const SentenceView &view, int *host) const
{
    // "Y will fly to Dakar, where President X will welcome him": the subject of a host verb
    // (travelcues.tsv, class host) in a relative clause after the place is at home there, the
    // host of the trip, not its visitor (travelcues.tsv: "where", class relative, argument
    // place). Not a passive ("where he will be welcomed by X").
    const VisitWord *cue = m_context.entry(cueToken);
    if (!std::any_of(cue->cues.cbegin(), cue->cues.cend(),
                     [](const TravelCue &c) { return c.kind == CueKind::Host; }))
        return -1;
    if (const VisitWord *before = m_context.entry(cueToken - 1); before && before->auxiliary)
        return -1;
    const int first = m_context.analysis().sentences[view.sentence].firstToken;
    for (int k = cueToken - 1; k - 2 >= first && k >= cueToken - HostReach; --k) {
        if (const VisitWord *w = m_context.entry(k); !w || !w->relativePlace)
            continue;
        if (m_context.word(k - 1) != u",")
            return -1;
        // The host is named between "where" and the verb.
        const int subject = m_context.subjectBefore(cueToken, view.sentence);
        bool named = false;
        for (int j = k + 1; j < cueToken && !named; ++j)
            named = m_context.entityOf(m_context.mentionOf(j),
                                       {EntityType::Person, EntityType::Organization}) == subject;
        if (subject < 0 || !named)
            return -1;
        *host = subject;
        // The place before the comma, a date after it passed over ("Dakar on Friday, where").
        int j = k - 2;
        while (
            j > first && j > k - 6 && m_context.mentionOf(j) < 0 &&
            (m_context.timeOf(j) >= 0 || (m_context.entry(j) && m_context.entry(j)->preposition)))
            --j;
        return m_context.entityOf(m_context.mentionOf(j), {EntityType::Place});
    }
    return -1;
}

bool VisitCandidateFinder::isLifeStory(int placeMention, int sentence) const
{
    const int pf = m_context.firstToken(placeMention);
    return pf - 2 >= m_context.analysis().sentences[sentence].firstToken &&
           (m_home.isMigration(pf) || m_home.isBiography(sentence, pf));
}

bool VisitCandidateFinder::tripToAnotherMention(int placeMention, const SentenceView &view) const
{
    // "X, who was born in P, will visit P next year": a trip cue governs the other mention of
    // the place, so the life's story does not mark the pair of the sentence (review of round 21).
    const int place = m_context.entityOf(placeMention, {EntityType::Place});
    for (int other : std::as_const(view.placeMentions)) {
        if (other == placeMention || m_context.entityOf(other, {EntityType::Place}) != place ||
            isLifeStory(other, view.sentence))
            continue;
        const VisitStructure::Roles roles = m_structure.placeRoles(
            view.sentence, m_context.firstToken(other), m_context.endToken(other), view.cues);
        // After the cue, with or without a preposition ("travel to P", "visit P": the structure
        // reads the latter Bare).
        using D = VisitStructure::Destination;
        if (roles.cue >= 0 && (roles.destination == D::Object || roles.destination == D::ListItem ||
                               roles.destination == D::Bare))
            return true;
    }
    return false;
}

void VisitCandidateFinder::readHome(int placeMention, const SentenceView &view, Found &found) const
{
    const int place = m_context.entityOf(placeMention, {EntityType::Place});
    const int pf = m_context.firstToken(placeMention), pe = m_context.endToken(placeMention);
    const int s = view.sentence;
    if (isLifeStory(placeMention, view.sentence) && !tripToAnotherMention(placeMention, view))
        found.moves.insert(pairKey(s, place));
    if (const int resident = m_home.residentAfter(s, pe); resident >= 0)
        found.homes.insert(pairKey(resident, place));
    if (const int owner = m_home.homeOwner(s, pf); owner >= 0) {
        found.homes.insert(pairKey(owner, place));
        // "flew home to Springfield, Ill.": the region after the city too.
        if (m_context.word(pe) == u",")
            if (const int region =
                    m_context.entityOf(m_context.mentionOf(pe + 1), {EntityType::Place});
                region >= 0)
                found.homes.insert(pairKey(owner, region));
    }
}

void VisitCandidateFinder::pairPlaces(SentenceView &view, Found &found) const
{
    // Every actor of the sentence with every place in it, near enough or matched by a pattern.
    const int s = view.sentence;
    view.saying = view.coordination = false;
    if (!view.matched.isEmpty()) {
        const Sentence &sentence = m_context.analysis().sentences[s];
        for (int k = sentence.firstToken; k < sentence.endToken; ++k) {
            if (const VisitWord *w = m_context.entry(k))
                view.coordination = view.coordination || w->coordination;
            else if (!m_context.isPunctuation(k) && m_context.word(k).front().isLower())
                view.saying = view.saying || m_context.lexicon().isSaying(m_context.word(k));
        }
    }
    for (int pm : std::as_const(view.placeMentions)) {
        // The dateline's own words are no part of the sentence: pairDateline() pairs them.
        if (found.datelineMentions.contains(pm))
            continue;
        const int place = m_context.entityOf(pm, {EntityType::Place});
        const int pf = m_context.firstToken(pm), pe = m_context.endToken(pm);
        // Round 25: "postponed his state visit to Japan, Buckingham Palace said": a place named
        // after a comma right before a speech verb is who says it (a palace, a ministry's
        // seat), nobody's destination.
        if (pf > view.first && m_context.word(pf - 1) == u"," &&
            m_context.lexicon().isSaying(m_context.word(pe)))
            continue;
        readHome(pm, view, found);
        // "as leaders of Brazil and India prepared to ...": whose people, not where anyone goes.
        if (m_context.namesAffiliation(pf))
            continue;
        const bool reportedSubject = m_context.isReportedSubject(pf, pe);
        view.placeRoles = m_structure.placeRoles(s, pf, pe, view.cues);
        readPhraseOwner(pf, pe, view);
        for (const Actor &actor : std::as_const(view.actors)) {
            if (actor.entity == place || view.seen.contains(pairKey(actor.entity, place)))
                continue;
            // "Kessler, speaking at a rally in Dayton, did not mention Governor Y": a place in a
            // phrase set off after a name tells where that name's bearer is, and places nobody
            // else of the sentence there (GUIDELINES.md: the text must put the visitor at the
            // place); a name inside the phrase ("X, who met Y in P,") is paired as before.
            if (view.phraseOwner >= 0 && actor.entity != view.phraseOwner &&
                (actor.first < view.phraseFirst || actor.first >= view.phraseEnd))
                continue;
            // "As Li continues his visit to Russia, he visited President Y in Minsk": the person
            // a visit is paid to goes nowhere else in that sentence (review of round 19).
            if (const auto v = view.visited.constFind(actor.entity);
                v != view.visited.cend() && !v->contains(place))
                continue;
            // "Governor Y, Senator X's rival, campaigned in P"; "X, speaking in Q, said Governor
            // Y would visit P" (review of round 19).
            if (possessorInAppositive(actor, pf, view) || reportsOthersTrip(actor, place, view) ||
                reportsSubjectsTrip(actor, pf) || objectBeforeSharedPredicate(actor, pf, view) ||
                byProxy(actor, pf, view))
                continue;
            auto match = view.matched.constFind(pairKey(actor.entity, place));
            if (match == view.matched.cend())
                match = coordinatedMatch(actor, place, pf, view);
            const int distance = actor.first < pf ? pf - actor.end : actor.first - pe;
            if (match == view.matched.cend() && distance > MaxDistance)
                continue;
            view.seen.insert(pairKey(actor.entity, place));
            VisitOccurrence o;
            o.sentence = s;
            o.cueToken = pf;
            o.cueEnd = pe;
            o.reportedSubject = reportedSubject;
            if (view.hosts.contains(pairKey(actor.entity, place))) {
                o.hostOfVisit = true;
                addKey(o.features, u"ishost");
            }
            if (match != view.matched.cend()) {
                takeMatch(o, *match);
                o.coordinated = match.key() != pairKey(actor.entity, place);
            }
            addOccurrenceFeatures(o, actor, pf, pe, view);
            found.candidate(actor.entity, place).occurrences.append(o);
        }
    }
}

bool VisitCandidateFinder::objectBeforeSharedPredicate(const Actor &actor, int placeFirst,
                                                       const SentenceView &view) const
{
    // Round 25: "Brandt met Garnier in Paris on Monday and will fly to Warsaw": a verb's object
    // (VisitContext::objectOfVerb()) before "and" and a predicate with no subject of its own
    // (VisitContext::predicateAfter()) whose cue governs the place is no visitor of that place:
    // the predicate is the first clause's subject's.
    const int cue = view.placeRoles.cue;
    if (actor.pronoun || cue < 0 || actor.end >= cue || cue > placeFirst ||
        !m_context.objectOfVerb(actor.first, view.first))
        return false;
    int coordination = -1;
    for (int k = actor.end; k < cue && coordination < 0; ++k) {
        const VisitWord *w = m_context.entry(k);
        // "welcomed Garnier, who arrived in Paris and will fly to Warsaw": the relative clause
        // makes the object the subject of what "and" goes on with (review of round 25).
        if (w && w->relative)
            return false;
        if (w && w->coordination && m_context.predicateAfter(k + 1))
            coordination = k;
    }
    if (coordination < 0)
        return false;
    for (int k = coordination + 1; k < cue; ++k)
        if (m_context.isName(k))
            return false;
    const int subject = m_context.subjectBefore(cue, view.sentence);
    return subject >= 0 && subject != actor.entity;
}

bool VisitCandidateFinder::byProxy(const Actor &actor, int placeFirst,
                                   const SentenceView &view) const
{
    // Round 25: "A letter from President Ana Ruiz was received by Oleg Marin in Kazan", "an
    // envoy of Ruiz arrived in Kazan", "Ruiz's message was read out in Kazan", "Ruiz sent a
    // delegation to Kazan": a thing or person sent in the actor's stead (lexicon/proxynouns.tsv)
    // goes to a place after it, not the actor. The noun right before "from", "of" or "by" and
    // the name (over its title); one or two words after the name's possessive; or two or three
    // words after a send verb that follows the actor, no other name between. A person's only:
    // a company's delegation is the company's trip ("Nordvik Mining will send a delegation to
    // Hanoi"; GUIDELINES.md: a named group acting as one traveller).
    if (m_context.analysis().entities[actor.entity].type != EntityType::Person)
        return false;
    const VisitLexicon &lexicon = m_context.lexicon();
    const auto is = [&](int k, QStringView w) {
        return m_context.word(k).compare(w, Qt::CaseInsensitive) == 0;
    };
    const auto proxyNear = [&](int from, int words) {
        for (int k = from; k < from + words && k < placeFirst; ++k)
            if (lexicon.isProxyNoun(m_context.word(k)))
                return true;
        return false;
    };
    if (actor.first >= placeFirst)
        return false;
    if (!actor.pronoun) {
        const int start = m_context.titledNameStart(actor.first, view.first);
        // Not "a video of X arriving in P": a travel cue's participle right after the name is
        // X's own trip (review of round 25); "an envoy of X arrived" is the envoy's.
        const VisitWord *after = m_context.entry(actor.end);
        const bool ownTrip =
            after && !after->cues.isEmpty() && m_context.word(actor.end).endsWith(u"ing");
        if (start - 2 >= view.first &&
            (is(start - 1, u"from") || is(start - 1, u"of") || is(start - 1, u"by")) &&
            lexicon.isProxyNoun(m_context.word(start - 2)) && !ownTrip)
            return true;
    }
    const VisitWord *entry = actor.pronoun ? m_context.entry(actor.first) : nullptr;
    const bool possessivePronoun = entry && (entry->pronoun == PronounKind::Possessive ||
                                             entry->pronoun == PronounKind::SpeakerPossessive);
    if (Tokenizer::isPossessiveMark(m_context.word(actor.end)))
        return proxyNear(actor.end + 1, 2);
    if (possessivePronoun)
        return proxyNear(actor.end, 2);
    for (int k = actor.end; k < placeFirst && k < actor.end + 4; ++k) {
        if (m_context.isName(k))
            return false;
        if (lexicon.isSendVerb(m_context.word(k)))
            return proxyNear(k + 1, 3);
    }
    return false;
}

bool VisitCandidateFinder::possessorInAppositive(const Actor &actor, int placeFirst,
                                                 const SentenceView &view) const
{
    // "Governor Y, Senator X's rival, campaigned in Dayton": a possessor inside an appositive
    // set off after another name, with the place after the appositive's closing comma, is not
    // the subject of the verb after it (review of round 19); unless it possesses a trip
    // ("Y, praising X's visit to P").
    if (actor.pronoun || actor.end >= placeFirst ||
        !Tokenizer::isPossessiveMark(m_context.word(actor.end)))
        return false;
    for (int k = actor.end + 1; k < placeFirst && k <= actor.end + 3 && !m_context.isPunctuation(k);
         ++k)
        if (const VisitWord *w = m_context.entry(k); w && !w->cues.isEmpty())
            return false;
    // Back over the title words before the name to the comma after another actor's name.
    const int first = m_context.analysis().sentences[view.sentence].firstToken;
    int k = actor.first - 1;
    while (k > first && k >= actor.first - 4 && !m_context.isPunctuation(k) &&
           !m_context.word(k).isEmpty() && m_context.word(k).front().isUpper())
        --k;
    if (k <= first || m_context.word(k) != u",")
        return false;
    const bool afterName =
        std::any_of(view.actors.cbegin(), view.actors.cend(), [&](const Actor &other) {
            return other.entity != actor.entity && !other.pronoun && other.end == k;
        });
    if (!afterName)
        return false;
    for (int j = actor.end + 1; j < placeFirst; ++j)
        if (m_context.word(j) == u",")
            return true;
    return false;
}

bool VisitCandidateFinder::reportsOthersTrip(const Actor &actor, int place,
                                             const SentenceView &view) const
{
    // "Senator X, speaking in Toledo, said Governor Y would visit Akron": a cue pattern gives
    // the place to a name that opens the reported clause of a speech verb after the actor; the
    // speaker tells of that trip, not of a trip of their own (review of round 19).
    if (!view.saying)
        return false;
    for (auto it = view.matched.cbegin(); it != view.matched.cend(); ++it) {
        const int visitor = it->visitor;
        if (int(quint32(it.key())) != place || visitor < 0 || visitor == actor.entity)
            continue;
        for (const Actor &other : std::as_const(view.actors)) {
            if (other.entity != visitor || other.first < actor.end || other.first > it->cueToken)
                continue;
            // The name opens the reported clause: right after the verb, over "that" and
            // its title words ("said Governor Y would", "says that Y will").
            int k = other.first - 1;
            while (k > actor.end && !m_context.isPunctuation(k) &&
                   (m_context.word(k) == u"that" || m_context.word(k).front().isUpper()))
                --k;
            if (k >= actor.end && m_context.lexicon().isSaying(m_context.word(k)))
                return true;
        }
    }
    return false;
}

bool VisitCandidateFinder::reportsSubjectsTrip(const Actor &actor, int placeFirst) const
{
    // "Spokesman X said the pope would meet President Y in P": the reported clause has a
    // subject of its own (VisitContext::reportsOwnSubject()); the place is that subject's.
    if (actor.first >= placeFirst)
        return false;
    // The speech verb right after the name, or after a few words ("X also said"; the name
    // after a role noun that names the actor: "Spokesman X said").
    for (int k = actor.end; k < placeFirst && k <= actor.end + SpeakerReach; ++k) {
        if (m_context.isPunctuation(k))
            return false;
        if (m_context.reportsOwnSubject(k, placeFirst))
            return true;
    }
    return false;
}

QHash<quint64, VisitPatterns::Match>::const_iterator
VisitCandidateFinder::coordinatedMatch(const Actor &actor, int place, int placeFirst,
                                       const SentenceView &view) const
{
    // "Senator X, Governor Y and Mayor Z held a rally in P": the cue's pattern names its
    // nearest subject (Z); the names coordinated with it hold the rally too (GUIDELINES.md:
    // each visitor a visit; review of round 19).
    if (actor.pronoun || !view.coordination)
        return view.matched.cend();
    for (auto it = view.matched.cbegin(); it != view.matched.cend(); ++it) {
        if (int(quint32(it.key())) != place || it->visitor == actor.entity ||
            actor.end > it->cueToken || it->cueToken > placeFirst)
            continue;
        // The pattern's visitor is named (not a pronoun) as the last actor before the cue: the
        // list's last name ("X and Y, an aide in Z's office, held talks in P" is left).
        const Actor *last = nullptr;
        for (const Actor &a : std::as_const(view.actors))
            if (a.first < it->cueToken)
                last = &a;
        if (!last || last->pronoun || last->entity != it->visitor)
            continue;
        if (it->visitor == m_context.subjectBefore(it->cueToken, view.sentence) &&
            m_structure.inSubjectList({actor.entity, actor.first, actor.end, actor.pronoun},
                                      it->visitor, it->cueToken))
            return it;
    }
    return view.matched.cend();
}

void VisitCandidateFinder::pairPatternVisitors(SentenceView &view, Found &found) const
{
    // Pattern pairs whose visitor came from an earlier sentence ("The minister then flew").
    for (auto it = view.matched.cbegin(); it != view.matched.cend(); ++it) {
        if (view.seen.contains(it.key()))
            continue;
        const int visitor = int(it.key() >> 32), place = int(quint32(it.key()));
        if (visitor < 0 || visitor == place)
            continue;
        VisitOccurrence o;
        o.sentence = view.sentence;
        takeMatch(o, *it);
        Actor actor{visitor, it->cueToken, it->cueToken, true, true};
        view.placeRoles =
            m_structure.placeRoles(view.sentence, it->cueEnd, it->cueEnd + 1, view.cues);
        addOccurrenceFeatures(o, actor, it->cueEnd, it->cueEnd + 1, view);
        view.seen.insert(it.key());
        found.candidate(visitor, place).occurrences.append(o);
    }
}

void VisitCandidateFinder::pairDateline(SentenceView &view, Found &found) const
{
    // The dateline places the people of the opening sentences ("HANOI, Vietnam (AP) - U.S.
    // Defense Secretary X ...").
    const Analysis &a = m_context.analysis();
    // The sentence's subject: its first actor, the credit in parentheses ("(AP)") passed over.
    int subject = -1;
    for (const Actor &actor : std::as_const(view.actors))
        if (actor.first == view.first || m_context.word(actor.first - 1) != u"(") {
            subject = actor.entity;
            break;
        }
    for (const Actor &actor : std::as_const(view.actors)) {
        if (actor.pronoun || a.entities[actor.entity].type != EntityType::Person)
            continue;
        // What the actor does here ("met", "toured", "talks", "arrived": the class of a cue
        // they are the subject of), or "none".
        QStringView activity = u"none";
        for (int k : std::as_const(view.cues)) {
            const CueKind kind = m_context.entry(k)->cues.constFirst().kind;
            if ((kind == CueKind::Go || kind == CueKind::Visit || kind == CueKind::Meet ||
                 kind == CueKind::Noun) &&
                m_context.subjectBefore(k, view.sentence) == actor.entity) {
                activity = cueKindName(kind);
                break;
            }
        }
        for (int place : {found.dateline, found.datelineSecond}) {
            if (place < 0 || view.seen.contains(pairKey(actor.entity, place)))
                continue;
            view.seen.insert(pairKey(actor.entity, place));
            VisitOccurrence o;
            o.sentence = view.sentence;
            o.cueToken = actor.first;
            o.cueEnd = actor.end;
            addKey(o.features, u"dlo", actor.entity == subject ? u"subj" : u"other");
            addKey(o.features, u"dlc", activity);
            addKey(o.features, u"dls", bucket(view.sentence - found.datelineSentence));
            if (view.here)
                addKey(o.features, u"here");
            found.candidate(actor.entity, place).occurrences.append(o);
        }
    }
}

void VisitCandidateFinder::finish(Found &found) const
{
    QHash<int, QStringList> countries; // by visitor, for this run
    for (VisitCandidate &c : found.candidates) {
        auto home = countries.constFind(c.visitor);
        if (home == countries.cend())
            home = countries.insert(c.visitor, m_home.homeCountries(c.visitor));
        addPairFeatures(c, found.mainPerson, found.dateline, found.datelineSecond);
        const QString country = m_context.countryOfPlace(c.place);
        c.homeByPhrase = (!country.isEmpty() && home->contains(country)) ||
                         found.homes.contains(pairKey(c.visitor, c.place));
        // "arrived at", "landed at" (a go cue that takes "at"), "visited", "was welcomed at":
        // the visitor comes to the place, which is then no home base of an unstated country.
        const bool arrived = std::any_of(
            c.occurrences.cbegin(), c.occurrences.cend(), [&](const VisitOccurrence &o) {
                if (!o.pattern || o.coordinated)
                    return false;
                if (o.kind == CueKind::Visit || (o.kind == CueKind::Host && !o.hostOfVisit))
                    return true;
                const VisitWord *w = o.kind == CueKind::Go ? m_context.entry(o.cueToken) : nullptr;
                return w && std::any_of(w->cues.cbegin(), w->cues.cend(), [](const TravelCue &t) {
                           return t.kind == CueKind::Go && t.prepositions.contains(u"at"_qs);
                       });
            });
        c.seat = m_context.isSeatOf(c.visitor, c.place, arrived);
        c.migration = !c.occurrences.isEmpty() &&
                      std::all_of(c.occurrences.cbegin(), c.occurrences.cend(),
                                  [&](const VisitOccurrence &o) {
                                      return found.moves.contains(pairKey(o.sentence, c.place));
                                  });
    }
}

void VisitCandidateFinder::readDateline(Found &found) const
{
    if (found.dateline < 0)
        return;
    const Analysis &a = m_context.analysis();
    const auto datelinePlace = [&](int e) {
        return e >= 0 && (e == found.dateline || e == found.datelineSecond);
    };
    const std::initializer_list<EntityType> actors{EntityType::Person, EntityType::Organization};
    // The lead sentence's first person or organization; the credit ("(AP)") is none.
    int lead = -1;
    if (found.datelineSentence >= 0) {
        const Sentence &s = a.sentences[found.datelineSentence];
        for (int k = s.firstToken; k < s.endToken && lead < 0; ++k) {
            const int m = m_context.mentionOf(k);
            if (m < 0)
                continue;
            k = m_context.endToken(m) - 1;
            const int f = m_context.firstToken(m);
            if (f > s.firstToken && m_context.word(f - 1) == u"(")
                continue;
            lead = m_context.entityOf(m, actors);
        }
    }
    // The sentences each speaker's quotations are attributed in.
    QSet<quint64> quoted;
    for (const Quote &q : a.quotes)
        if (q.speaker >= 0)
            quoted.insert(pairKey(q.speaker, a.sentenceAt(q.cueSpan.begin)));
    QSet<int> active, speakers;
    QHash<int, int> named, namedQuoted; // sentences naming the entity; of them, its quotations'
    for (int s = 0; s < a.sentences.size(); ++s) {
        const Sentence &sentence = a.sentences[s];
        bool otherPlace = false;
        QList<int> cues;
        QSet<int> names;
        for (int k = sentence.firstToken; k < sentence.endToken; ++k) {
            if (const int m = m_context.mentionOf(k); m >= 0) {
                otherPlace =
                    otherPlace || (m_context.entityOf(m, {EntityType::Place}) >= 0 &&
                                   !datelinePlace(m_context.entityOf(m, {EntityType::Place})));
                if (const int e = m_context.entityOf(m, actors); e >= 0)
                    names.insert(e);
                k = m_context.endToken(m) - 1;
                continue;
            }
            const VisitWord *w = m_context.entry(k);
            if (!w || w->cues.isEmpty())
                continue;
            const CueKind kind = w->cues.constFirst().kind;
            if (kind == CueKind::Go || kind == CueKind::Visit || kind == CueKind::Meet ||
                kind == CueKind::Noun)
                cues.append(k);
        }
        if (!otherPlace)
            for (int k : std::as_const(cues))
                if (const int e = m_context.subjectBefore(k, s); e >= 0)
                    active.insert(e);
        for (int e : std::as_const(names)) {
            ++named[e];
            if (quoted.contains(pairKey(e, s))) {
                ++namedQuoted[e];
                speakers.insert(e);
            }
        }
    }
    const QString datelineCountry = m_context.countryOfPlace(found.dateline);
    const QString country = !datelineCountry.isEmpty() || found.datelineSecond < 0
                                ? datelineCountry
                                : m_context.countryOfPlace(found.datelineSecond);
    for (VisitCandidate &c : found.candidates) {
        if (!datelinePlace(c.place))
            continue;
        VisitCandidate::Dateline &d = c.dateline;
        d.pair = true;
        d.lead = c.visitor == lead;
        QStringList home = m_context.countriesOf(c.visitor);
        home += m_home.homeCountries(c.visitor);
        using Home = VisitCandidate::Dateline::Home;
        d.home = home.isEmpty() || country.isEmpty() ? Home::Unknown
                 : home.contains(country)            ? Home::Same
                                                     : Home::Other;
        d.activity = active.contains(c.visitor);
        d.speaker = speakers.contains(c.visitor);
        d.onlySpeaker =
            named.value(c.visitor) > 0 && named.value(c.visitor) == namedQuoted.value(c.visitor);
        // Whether the dateline places the visitor or only heads the article that reports them:
        // the lead's subject, an activity there, a visitor only quoted (docs/quality.md,
        // Visits, round 17). Features: the decision stays learned.
        static const QStringView homes[] = {u"unknown", u"same", u"other"};
        addKey(c.features, u"dll", d.lead ? u"y" : u"n");
        addKey(c.features, u"dla", d.activity ? u"y" : u"n");
        addKey(c.features, u"dlh", homes[int(d.home)]);
        if (d.onlySpeaker)
            addKey(c.features, u"dlq");
    }
}

void VisitCandidateFinder::readWeight(Found &found) const
{
    // The sentences that name each person or organization: by a mention, a subject or
    // possessive pronoun resolved to it ("she began a visit"), or a role noun that one person of
    // the article holds alone ("the minister said"; VisitContext::roleHolder()).
    const Analysis &a = m_context.analysis();
    std::vector<int> sentences(size_t(a.entities.size()), 0); // by entity
    int total = 0;
    std::vector<int> named; // the entities of one sentence
    const auto name = [&named](int e) {
        if (std::find(named.cbegin(), named.cend(), e) == named.cend())
            named.push_back(e);
    };
    // The article's length is its body's: a headline ("Debate schedule set" over the story, the
    // document's title as its first line) would halve a two-sentence story's shares, and the
    // model learnt them from bodies (the training text has no title).
    // Every sentence of the headline ("Will Reyes attend? Debate date set"): those that end
    // within the title at the text's start (review of round 24).
    const Document &document = m_context.document();
    const QStringView title = QStringView(document.title).trimmed();
    const QStringView text(document.text);
    qsizetype titleEnd = -1;
    if (!title.isEmpty()) {
        qsizetype start = 0;
        while (start < text.size() && text[start].isSpace())
            ++start;
        if (text.sliced(start).startsWith(title))
            titleEnd = start + title.size();
    }
    for (int s = 0; s < a.sentences.size(); ++s) {
        const Sentence &sentence = a.sentences[s];
        if (sentence.endToken <= sentence.firstToken)
            continue;
        if (titleEnd >= 0) {
            qsizetype end = std::min(qsizetype(sentence.span.end), text.size());
            while (end > sentence.span.begin && text[end - 1].isSpace())
                --end;
            if (end <= titleEnd)
                continue;
        }
        ++total;
        named.clear();
        for (int k = sentence.firstToken; k < sentence.endToken; ++k) {
            if (const int m = m_context.mentionOf(k); m >= 0) {
                if (const int e = m_context.entityOf(
                        m, {EntityType::Person, EntityType::Organization, EntityType::Place});
                    e >= 0)
                    name(e);
                k = m_context.endToken(m) - 1;
                continue;
            }
            const VisitWord *w = m_context.entry(k);
            if (w &&
                (w->pronoun == PronounKind::Subject || w->pronoun == PronounKind::Possessive)) {
                if (const int e = m_context.resolvePronoun(k, s); e >= 0)
                    name(e);
            } else if (int end = -1; m_context.word(k).size() == 3) {
                if (const int e = m_context.roleHolder(k, &end); e >= 0)
                    name(e);
            }
        }
        for (int e : named)
            ++sentences[size_t(e)];
    }
    if (total == 0)
        return;
    // The two largest counts of the article's people, so that each candidate finds the most
    // sentences of a person other than its visitor without a walk over all of them.
    int first = -1, firstCount = 0, secondCount = 0;
    for (int e = 0; e < a.entities.size(); ++e) {
        const int count = sentences[size_t(e)];
        if (a.entities[e].type != EntityType::Person || count == 0)
            continue;
        if (count > firstCount) {
            secondCount = firstCount;
            firstCount = count;
            first = e;
        } else if (count > secondCount) {
            secondCount = count;
        }
    }
    const auto shareName = [](double share) {
        return share >= 0.5 ? u"half" : share >= 0.25 ? u"quarter" : share > 0 ? u"less" : u"none";
    };
    for (VisitCandidate &c : found.candidates) {
        const auto countOf = [&sentences](int e) {
            return e >= 0 && size_t(e) < sentences.size() ? sentences[size_t(e)] : 0;
        };
        const int mine = countOf(c.visitor);
        addKey(c.features, u"vsh", shareName(double(mine) / total));
        addKey(c.features, u"psh", shareName(double(countOf(c.place)) / total));
        // The pair's sentences among the visitor's.
        addKey(c.features, u"nsh",
               shareName(std::min(1.0, double(c.occurrences.size()) / std::max(mine, 1))));
        const int most = c.visitor == first ? secondCount : firstCount; // of the other people
        addKey(c.features, u"vtop", mine > most ? u"y" : mine == most ? u"tie" : u"n");
    }
}

QList<VisitCandidate> VisitCandidateFinder::find() const
{
    Found found;
    found.dateline =
        datelinePlace(&found.datelineSecond, &found.datelineSentence, &found.datelineMentions);
    found.mainPerson = mainPerson();
    SentenceView view; // reused: its lists keep their capacity from sentence to sentence
    // An event placed in one sentence, its people named in another.
    VisitEvents events(m_context, found.dateline);
    for (int s = 0; s < m_context.analysis().sentences.size(); ++s) {
        const bool places = readPlaces(s, found.dateline, found.datelineSentence, view);
        const VisitEvents::Event event = events.read(s, view.placeMentions);
        if (!places && event.place < 0)
            continue;
        matchPatterns(view);
        scan(s, view);
        view.seen.clear();
        pairPlaces(view, found);
        pairPatternVisitors(view, found);
        if (view.opening)
            pairDateline(view, found);
        if (event.place >= 0)
            pairEvent(view, event, found);
    }
    VisitEvents::keepNewPairsOnly(found.candidates);
    finish(found);
    readWeight(found);
    readDateline(found);
    // Keys sorted once, as VisitCandidate::atHome() and the model read them.
    for (VisitCandidate &c : found.candidates) {
        std::sort(c.features.begin(), c.features.end());
        c.features.erase(std::unique(c.features.begin(), c.features.end()), c.features.end());
    }
    return std::move(found.candidates);
}

} // namespace lector
