// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/visits/visitcontext.h"

#include "analysis/tokencursor.h"

#include <algorithm>

namespace lector {

VisitContext::VisitContext(const Document &document, const Analysis &analysis,
                           const VisitLexicon &lexicon)
    : m_document(document)
    , m_analysis(analysis)
    , m_lexicon(lexicon)
{
    mapTokens(analysis.tokens, analysis.mentions, m_tokenMention, m_mentionFirst, m_mentionEnd);
    m_tokenEntry.resize(analysis.tokens.size());
    for (qsizetype k = 0; k < analysis.tokens.size(); ++k)
        if (analysis.tokens[k].kind == TokenKind::Word)
            m_tokenEntry[k] = m_lexicon.find(word(int(k)));
    mapTokens(analysis.tokens, analysis.times, m_tokenTime, m_timeFirst, m_timeEnd);
    findSites();
}

void VisitContext::findSites()
{
    const Analysis &a = m_analysis;
    m_site.fill(false, a.mentions.size());
    // VisitLexicon::siteKind() of each entity, once (-1: not yet asked)
    QList<qint8> kind(a.entities.size(), -1);
    for (qsizetype m = 0; m < a.mentions.size(); ++m) {
        const int e = a.mentions[m].entity;
        if (e < 0 || e >= a.entities.size() || a.entities[e].type != EntityType::Organization)
            continue;
        if (kind[e] < 0)
            kind[e] = qint8(m_lexicon.siteKind(a.entities[e].name));
        const auto k = VisitLexicon::SiteKind(kind[e]);
        m_site[m] = k != VisitLexicon::SiteKind::None &&
                    usedAsPlace(int(m), k == VisitLexicon::SiteKind::Name);
    }
}

bool VisitContext::usedAsPlace(int mention, bool office) const
{
    int k = m_mentionFirst[mention] - 1;
    if (isDeterminer(word(k)))
        --k;
    const QStringView before = word(k);
    // "a fellow at the Hoover Institute", "a professor at Dartmouth College": where the person
    // works, no visit (VisitLexicon::isPost()).
    if (before.compare(u"at", Qt::CaseInsensitive) == 0 && m_lexicon.isPost(word(k - 1)))
        return false;
    // "in the White House" is as often the office as the building ("once she was in the White
    // House"): a seat of office is a site after "at", "inside" or a trip cue only.
    for (const char16_t *p : {u"at", u"in", u"inside"})
        if (before.compare(QStringView(p), Qt::CaseInsensitive) == 0)
            return !office || QStringView(p) != u"in";
    const auto hasCue = [](const VisitWord *w, std::initializer_list<CueKind> kinds) {
        if (!w)
            return false;
        for (const TravelCue &cue : w->cues)
            for (CueKind kind : kinds)
                if (cue.kind == kind)
                    return true;
        return false;
    };
    // "toured the Pentagon"; "flew to the White House", "a trip to Dartmouth College"
    if (hasCue(entry(k), {CueKind::Visit}))
        return true;
    return before.compare(u"to", Qt::CaseInsensitive) == 0 &&
           hasCue(entry(k - 1), {CueKind::Go, CueKind::Noun});
}

template<typename List>
void VisitContext::mapTokens(const QList<Token> &tokens, const List &items, QList<int> &byToken,
                             QList<int> &first, QList<int> &end)
{
    // The lists should be sorted, but a list an analyser appended to out of order must not
    // shift every later mapping: the cursor answers any order (sorted is just faster).
    byToken.fill(-1, tokens.size());
    first.resize(items.size());
    end.resize(items.size());
    TokenCursor cursor(tokens);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Span span = items[i].span;
        const qsizetype t = cursor.after(span.begin);
        first[i] = int(t);
        qsizetype k = t;
        for (; k < tokens.size() && tokens[k].span.begin < span.end; ++k)
            byToken[k] = int(i);
        end[i] = int(k);
    }
}

QStringView VisitContext::word(int token) const
{
    if (token < 0 || token >= m_analysis.tokens.size())
        return {};
    const Span s = m_analysis.tokens[token].span;
    return QStringView(m_document.text).mid(s.begin, s.length());
}

const VisitWord *VisitContext::entry(int token) const
{
    return token >= 0 && token < m_tokenEntry.size() ? m_tokenEntry[token] : nullptr;
}

bool VisitContext::isPunctuation(int token) const
{
    return token >= 0 && token < m_analysis.tokens.size() &&
           m_analysis.tokens[token].kind == TokenKind::Punctuation;
}

QStringView VisitContext::typeOf(int token) const
{
    if (token < 0 || token >= m_analysis.tokens.size())
        return {};
    if (m_analysis.tokens[token].kind == TokenKind::Punctuation)
        return word(token);
    if (const int m = mentionOf(token); m >= 0) {
        const int e = m_analysis.mentions[m].entity;
        if (isSite(m))
            return u"<site>"; // a building: a class of its own, not a town's or a country's
        const EntityType type = e >= 0 && e < m_analysis.entities.size()
                                    ? m_analysis.entities[e].type
                                    : m_analysis.mentions[m].type;
        switch (type) {
        case EntityType::Person:
            return u"<person>";
        case EntityType::Place:
            return u"<place>";
        case EntityType::Organization:
            return u"<organization>";
        case EntityType::Other:
            break; // "Russian" in "Russian ally Belarus" reads as a plain word
        }
    }
    if (timeOf(token) >= 0)
        return u"<time>";
    if (m_analysis.tokens[token].kind == TokenKind::Number)
        return u"<num>";
    return word(token);
}

bool VisitContext::isName(int token) const
{
    const int m = mentionOf(token);
    if (m < 0)
        return false;
    const int e = m_analysis.mentions[m].entity;
    const EntityType type = e >= 0 && e < m_analysis.entities.size() ? m_analysis.entities[e].type
                                                                     : m_analysis.mentions[m].type;
    return type != EntityType::Other;
}

int VisitContext::entityOf(int mention, std::initializer_list<EntityType> types) const
{
    if (mention < 0)
        return -1;
    const Mention &m = m_analysis.mentions[mention];
    if (m.entity < 0 || m.entity >= m_analysis.entities.size())
        return -1;
    // The entity's type, which the alias resolver settled over all its mentions.
    const EntityType type =
        isSite(mention) ? EntityType::Place : m_analysis.entities[m.entity].type;
    for (EntityType t : types)
        if (type == t)
            return m.entity;
    return -1;
}

int VisitContext::subjectBefore(int token, int sentence) const
{
    const Sentence &s = m_analysis.sentences[sentence];
    // Round 25: "Brandt met Garnier in Paris on Monday and will fly to Warsaw": a predicate
    // that "and" opens with no subject of its own (predicateAfter()) is the first clause's
    // subject's; a name there right after a lower-case word that is no function word of the
    // lexicon ("met Garnier": a verb's object, objectOfVerb()) is passed over once.
    bool sharedSubject = false;
    for (int k = token - 1; k >= s.firstToken; --k) {
        if (word(k) == u";")
            return -1;
        const int m = mentionOf(k);
        if (m >= 0) {
            const int f = firstToken(m);
            // "A letter from President Ana Ruiz was received": a title between the preposition
            // and the name (review of round 24).
            // "from Prime Minister X": capitalised words, one of them a post, up to three.
            const int g = titledNameStart(f, s.firstToken);
            const VisitWord *before = entry(g - 1);
            const bool object = g > s.firstToken && before && before->preposition;
            // Round 25: "LISBON (Reuters) - European leaders arrived in Lisbon": the agency a
            // dateline credits (a name in brackets, then a dash) is no subject.
            if (const int e = endToken(m); f > s.firstToken && word(f - 1) == u"(" &&
                                           word(e) == u")" && Tokenizer::isDash(word(e + 1))) {
                k = f;
                continue;
            }
            // "Li's aide visited Minsk": the possessor is not the subject.
            const bool possessor = isGenitive(endToken(m));
            const int e = entityOf(m, {EntityType::Person, EntityType::Organization});
            if (e >= 0 && !object && !possessor && sharedSubject && objectOfVerb(g, s.firstToken)) {
                sharedSubject = false;
                k = f;
                continue;
            }
            if (e >= 0 && !object && !possessor)
                return e;
            k = f;
            continue;
        }
        // "Spokesman X said the minister would fly to P": the reported clause's subject is the
        // noun after the speech verb, not the speaker before it.
        if (reportsOwnSubject(k, token))
            return -1;
        const VisitWord *w = entry(k);
        if (!w)
            continue;
        if (w->boundary)
            return -1;
        if (w->coordination && k + 1 < token && predicateAfter(k + 1))
            sharedSubject = true;
        // "welcomed Garnier, who arrived ... and will fly": the predicate after "and" is the
        // relative clause's, whose subject is the name before "who" (review of round 25).
        if (w->relative)
            sharedSubject = false;
        // "officials are searching for several men who flew to P": the relative word's noun
        // is the subject, no name or pronoun further back ("X, who flew" reads on to X).
        if (w->relative && k > s.firstToken && !isPunctuation(k - 1) && !isName(k - 1) &&
            mentionOf(k - 1) < 0 && !word(k - 1).isEmpty() && word(k - 1).front().isLower()) {
            // "X was the first minister who flew to P": a form of "be" before the noun's
            // determiner makes the noun X's; read on to the subject before it (review of round
            // 21).
            const int be = copulaBeforeNoun(k - 1, s.firstToken);
            if (be < 0)
                return -1;
            k = be;
        }
        if (w->pronoun == PronounKind::Subject || w->pronoun == PronounKind::Speaker)
            return resolvePronoun(k, sentence);
    }
    return -1;
}

bool VisitContext::reportsOwnSubject(int k, int end) const
{
    if (!m_lexicon.isSaying(word(k)))
        return false;
    int j = k + 1;
    if (j < end && word(j) == u"that")
        ++j;
    if (j >= end || !isDeterminer(word(j)))
        return false;
    // One to three lower-case words, the last no trip word of the lexicon ("the minister", "the
    // group"; not "the trip would take him to P": review of round 25), then the clause's verb: a
    // modality word of the lexicon ("would", "was", "plans": travelcues.tsv class modality; "the
    // trip to P was a success" tells no one else's trip).
    const auto ownSubject = [this](int noun) {
        const VisitWord *e = entry(noun);
        return !(e && !e->cues.isEmpty());
    };
    for (int n = j + 1; n < end && n <= j + 4; ++n) {
        const QStringView w = word(n);
        if (w.isEmpty() || isPunctuation(n) || mentionOf(n) >= 0 || !w.front().isLower())
            return false;
        if (const VisitWord *e = entry(n); n > j + 1 && e && e->modal)
            return ownSubject(n - 1);
    }
    return false;
}

bool VisitContext::predicateAfter(int token) const
{
    // "and will fly", "and flew": a lower-case word of the lexicon that is a cue, a tense or a
    // modality word, no pronoun nor preposition ("and in a more focused way").
    const QStringView w = word(token);
    const VisitWord *e = entry(token);
    return !w.isEmpty() && w.front().isLower() && e && e->pronoun == PronounKind::None &&
           !e->preposition &&
           (!e->cues.isEmpty() || e->modal || e->tense != VisitWord::Tense::None);
}

bool VisitContext::objectOfVerb(int name, int sentenceFirst) const
{
    // "met Garnier", "met Trade Minister Garnier": a lower-case word right before the name (and
    // its title, titledNameStart()) that is no preposition, coordination, clause boundary nor
    // relative word.
    name = titledNameStart(name, sentenceFirst);
    if (name <= sentenceFirst || isPunctuation(name - 1) || mentionOf(name - 1) >= 0)
        return false;
    const QStringView w = word(name - 1);
    const VisitWord *e = entry(name - 1);
    return !w.isEmpty() && w.front().isLower() &&
           !(e && (e->preposition || e->coordination || e->boundary || e->relative));
}

int VisitContext::titledNameStart(int name, int sentenceFirst) const
{
    int start = name;
    bool post = false;
    for (int j = name - 1; j > sentenceFirst && j >= name - 3; --j) {
        const QStringView t = word(j);
        if (t.isEmpty() || !t.front().isUpper() || mentionOf(j) >= 0)
            break;
        post = post || m_lexicon.isPost(t);
        if (post)
            start = j;
    }
    return start;
}

int VisitContext::copulaBeforeNoun(int noun, int sentenceFirst) const
{
    // Back over the noun phrase's lower-case words to its determiner, a form of "be" before it.
    for (int k = noun; k > sentenceFirst && k >= noun - NounPhraseReach; --k) {
        const QStringView w = word(k);
        if (isPunctuation(k) || mentionOf(k) >= 0 || w.isEmpty() || !w.front().isLower())
            return -1;
        if (!isDeterminer(w))
            continue;
        const int be = k - 1;
        const VisitWord *copula = entry(be);
        if (!copula || std::none_of(copula->cues.cbegin(), copula->cues.cend(),
                                    [](const TravelCue &c) { return c.kind == CueKind::Be; }))
            return -1;
        // Its subject right before it: a name or a subject pronoun ("said these were the men
        // who flew" names nobody).
        const int m = mentionOf(be - 1);
        const VisitWord *pronoun = entry(be - 1);
        if ((m >= 0 && endToken(m) == be) || (pronoun && pronoun->pronoun == PronounKind::Subject))
            return be;
        return -1;
    }
    return -1;
}

bool VisitContext::timeInGenitive(int time) const
{
    const int end = endTimeToken(time);
    const int last = int(m_analysis.tokens.size());
    return (end < last && isGenitive(end)) || isGenitive(end - 1);
}

bool VisitContext::genitiveNamesTrip(int time) const
{
    const int end = endTimeToken(time);
    const int last = int(m_analysis.tokens.size());
    for (int k = end + 1; k < last && k <= end + 3 && !isPunctuation(k); ++k) {
        const VisitWord *w = entry(k);
        if (w && std::any_of(w->cues.cbegin(), w->cues.cend(),
                             [](const TravelCue &c) { return c.kind == CueKind::Noun; }))
            return true;
    }
    return false;
}

bool VisitContext::pastPlanAt(int token, int end) const
{
    const auto is = [&](int k, QStringView w) {
        return k < end && word(k).compare(w, Qt::CaseInsensitive) == 0;
    };
    if (is(token, u"would"))
        return true;
    if (!is(token, u"was") && !is(token, u"were"))
        return false;
    return is(token + 1, u"to") ||
           ((is(token + 1, u"going") || is(token + 1, u"due")) && is(token + 2, u"to"));
}

bool VisitContext::isPastVerb(int token) const
{
    const QStringView verb = word(token);
    return !isName(token) && !verb.isEmpty() && verb.front().isLower() &&
           (verb.endsWith(u"ed") || m_lexicon.isIrregularPast(verb));
}

bool VisitContext::hasForm(int entity, QStringView text, Qt::CaseSensitivity cs) const
{
    const Entity &e = m_analysis.entities[entity];
    return e.name.compare(text, cs) == 0 || e.forms.contains(text, cs);
}

bool VisitContext::isFormOf(int token, int entity) const
{
    const QStringView w = word(token);
    return !w.isEmpty() && w.front().isUpper() && hasForm(entity, w);
}

bool VisitContext::isDeterminer(QStringView w)
{
    return w.compare(u"the", Qt::CaseInsensitive) == 0 ||
           w.compare(u"a", Qt::CaseInsensitive) == 0 || w.compare(u"an", Qt::CaseInsensitive) == 0;
}

int VisitContext::actorToken(int sentence, int entity, ActorScan scan) const
{
    const bool firstActor = scan == ActorScan::FirstActor;
    const Sentence &s = m_analysis.sentences[sentence];
    for (int k = s.firstToken; k < s.endToken; ++k) {
        const int at = k;
        int named = -1;
        if (firstActor && isFormOf(k, entity)) {
            return k; // also where the recogniser missed the name
        } else if (const int m = mentionOf(k); m >= 0) {
            k = endToken(m) - 1;
            if (firstActor && entityOf(m, {EntityType::Place}) >= 0)
                continue;
            named = entityOf(m, {EntityType::Person, EntityType::Organization});
        } else if (const VisitWord *w = entry(k); w && w->pronoun == PronounKind::Subject) {
            named = resolvePronoun(k, sentence);
        } else {
            continue;
        }
        if (named == entity && named >= 0)
            return at;
        if (firstActor && named >= 0)
            return -1;
    }
    return -1;
}

bool VisitContext::opensRelativeClause(int token) const
{
    const VisitWord *next = entry(token + 1);
    return word(token) == u"," && next && next->relative;
}

bool VisitContext::opensOwnClause(int token) const
{
    const VisitWord *w = entry(token);
    const bool contrast = w && w->boundary;
    if (!contrast && word(token) != u"and")
        return false;
    const VisitWord *next = entry(token + 1);
    // After "and" a past form counts only when the lexicon knows it as a verb of travel or
    // meeting ("and flew", "and met"): "and invited guests" is a participle of the noun.
    const bool pastVerb = isPastVerb(token + 1) && (contrast || isIrregularPast(word(token + 1)) ||
                                                    (next && !next->cues.isEmpty()));
    const bool verb =
        pastVerb || (next && timeOf(token + 1) < 0 && next->tense != VisitWord::Tense::None &&
                     next->tense != VisitWord::Tense::Clause && next->tenseAfter.isEmpty() &&
                     !isName(token + 1));
    // A capital after a contrast word inside the sentence starts a name or its title
    // ("while Fisheries Minister Lena Vogt").
    const QStringView after = word(token + 1);
    const bool subject = isName(token + 1) || (!after.isEmpty() && after.front().isUpper()) ||
                         (next && next->pronoun == PronounKind::Subject);
    return verb || (contrast && subject);
}

bool VisitContext::relativeClauseAround(int sentence, int cueToken, int *first, int *end) const
{
    const Sentence &s = m_analysis.sentences[sentence];
    int open = -1;
    for (int k = s.firstToken; k < cueToken; ++k) {
        if (!opensRelativeClause(k))
            continue;
        int close = k + 2;
        while (close < cueToken && word(close) != u",")
            ++close;
        if (close >= cueToken)
            open = k;
    }
    if (open < 0)
        return false;
    *first = open;
    *end = s.endToken;
    for (int k = cueToken + 1; k + 1 < s.endToken; ++k) {
        if (word(k) != u"," || isName(k + 1))
            continue;
        if (const VisitWord *next = entry(k + 1); next && next->coordination)
            continue;
        *end = k;
        break;
    }
    return true;
}

bool VisitContext::putsAside(int token) const
{
    const VisitWord *w = entry(token);
    if (!w || !(w->aside || w->relation))
        return false;
    const VisitWord *before = token > 0 ? entry(token - 1) : nullptr;
    return !(before && !before->cues.isEmpty() && before->cues.constFirst().kind == CueKind::Go);
}

bool VisitContext::isPossessive(int token) const
{
    const VisitWord *w = entry(token);
    return w &&
           (w->pronoun == PronounKind::Possessive || w->pronoun == PronounKind::SpeakerPossessive);
}

bool VisitContext::modifiesNoun(int placeToken) const
{
    // "an Oslo shipyard", "the Lisbon agreement", "their Oslo office": after an article or a
    // possessive, a lower-case word right after the name is the noun the name modifies, and
    // that noun is what the preposition or verb before governs. Not a function word ("the
    // United States and Canada", "the Netherlands as part of"), an adverb or a time expression
    // ("the Netherlands last week"), nor a trip noun ("an Oslo visit" is a visit to Oslo).
    const Analysis &a = m_analysis;
    const int sentence = a.sentenceAt(a.tokens[placeToken].span.begin);
    if (sentence < 0)
        return false;
    const Sentence &s = a.sentences[sentence];
    const int mention = mentionOf(placeToken);
    const int after = mention >= 0 ? endToken(mention) : placeToken + 1;
    const bool possessive = placeToken > s.firstToken && isPossessive(placeToken - 1);
    if (after >= s.endToken || placeToken <= s.firstToken ||
        !(possessive || isDeterminer(word(placeToken - 1))))
        return false;
    // A place preposition before the phrase puts someone there all the same ("spoke at an
    // Oslo university", "met students in the Oslo suburbs"; review of round 10), unlike "with
    // an Oslo shipyard". Prepositions are a closed class.
    static constexpr QStringView placePrepositions[] = {
        u"in",     u"at",     u"to",     u"into",    u"near",
        u"inside", u"around", u"across", u"outside", u"throughout"};
    if (placeToken - 1 > s.firstToken) {
        const QStringView governor = word(placeToken - 2);
        for (QStringView p : placePrepositions) {
            if (governor.compare(p, Qt::CaseInsensitive) == 0)
                return false;
        }
    }
    const QStringView next = word(after);
    if (next.isEmpty() || !next.front().isLower() || isPunctuation(after) || timeOf(after) >= 0 ||
        isName(after) || next.endsWith(u"ly"))
        return false;
    static constexpr QStringView closedClass[] = {u"as",   u"when",    u"or",      u"nor",
                                                  u"so",   u"because", u"again",   u"also",
                                                  u"then", u"too",     u"earlier", u"alone"};
    if (std::find(std::begin(closedClass), std::end(closedClass), next) != std::end(closedClass))
        return false;
    // A word of the lexicon is a function word, a verb or a trip noun ("an Oslo tour" is the
    // trip; "the Netherlands welcomed" is a verb).
    return entry(after) == nullptr;
}

bool VisitContext::hostsVisitor(int sentence, int placeToken) const
{
    // "Lisbon welcomed Ortega", "Lisbon gave Ortega a warm welcome", "Lisbon's mayor hosted
    // him": the place (not the object of a preposition) hosts someone in its clause; "was
    // hosted by Lisbon", "received by Lisbon": the place is the agent of a hosting verb.
    const Analysis &a = m_analysis;
    const Sentence &s = a.sentences[sentence];
    const auto isHost = [&](int k) {
        const VisitWord *w = entry(k);
        return w && std::any_of(w->cues.cbegin(), w->cues.cend(),
                                [](const TravelCue &c) { return c.kind == CueKind::Host; });
    };
    int k = placeToken - 1;
    if (k > s.firstToken && isDeterminer(word(k)))
        --k;
    if (k > s.firstToken && word(k).compare(u"by", Qt::CaseInsensitive) == 0)
        return isHost(k - 1);
    const VisitWord *before = k >= s.firstToken ? entry(k) : nullptr;
    if (before && (before->preposition || !before->cues.isEmpty()))
        return false;
    const int mention = mentionOf(placeToken);
    const int after = mention >= 0 ? endToken(mention) : placeToken + 1;
    // The host's guest is a person or a personal pronoun, between the place and the host word
    // or right after it ("Lisbon gave Ortega a warm welcome", "Lisbon welcomed him"), not a
    // person's thing ("Lisbon welcomed Ortega's decision"; review of round 10).
    const auto isGuest = [&](int k) {
        const QStringView w = word(k);
        if (w == u"him" || w == u"her" || w == u"them")
            return k + 1 >= s.endToken || !isGenitive(k + 1);
        const int m = mentionOf(k);
        if (m < 0 || entityOf(m, {EntityType::Person}) < 0)
            return false;
        const int end = endToken(m);
        return end >= s.endToken || !isGenitive(end);
    };
    bool guest = false;
    for (int j = after; j < s.endToken && j < after + HostReach; ++j) {
        if (isPunctuation(j) && !isGenitive(j))
            return false;
        if (isHost(j)) {
            for (int k = j + 1; !guest && k < s.endToken && k <= j + 2; ++k)
                guest = isGuest(k);
            return guest;
        }
        guest = guest || isGuest(j);
        const VisitWord *w = entry(j);
        if (w && (w->boundary || w->relative || w->tense == VisitWord::Tense::Clause))
            return false;
    }
    return false;
}

} // namespace lector
