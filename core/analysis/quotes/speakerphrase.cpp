// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/quotes/speakerphrase.h"

#include <algorithm>
#include <iterator>

namespace lector {

namespace {

constexpr int MaxPhraseTokens = 6;      ///< "the ministry's chief military spokesman"
constexpr int MaxAppositionTokens = 12; ///< "Li, who arrived in the capital on Monday, said"
constexpr int SentencesBack = 3;
/// "House Democrats, looking for a way to shake up the debate on gun control, seized the floor
/// and said": a longer apposition before a verb than before a cue.
constexpr int MaxVerbAppositionTokens = 20;
constexpr int MaxRelativeClauseTokens = 8;    ///< "who works at the port in Kiel"
constexpr qsizetype MaxPrepositionLength = 3; ///< "on", "at", "in" before a date
constexpr qsizetype MinPastTenseLength = 4;   ///< "praised", not "red" nor "bed"

// Whether a time expression covers `pos`: the times are sorted and do not overlap (Analysis), so
// only the last one opening at or before it can (was a walk over all the times per cue: a text of
// many quotes and dates took the product of both).
bool isTimeAt(const Analysis &analysis, qsizetype pos)
{
    const auto it =
        std::upper_bound(analysis.times.cbegin(), analysis.times.cend(), pos,
                         [](qsizetype p, const TimeExpression &t) { return p < t.span.begin; });
    return it != analysis.times.cbegin() && std::prev(it)->span.contains(pos);
}

} // namespace

SpeakerPhrase::SpeakerPhrase(QStringView text, const Analysis &analysis,
                             const SpeechLexicon &lexicon, const std::vector<bool> &quoted,
                             std::function<Gender(int)> genderOf)
    : m_text(text)
    , m_analysis(analysis)
    , m_lexicon(lexicon)
    , m_quoted(quoted)
    , m_genderOf(std::move(genderOf))
{}

QStringView SpeakerPhrase::word(int i) const
{
    const Span s = m_analysis.tokens[i].span;
    return m_text.mid(s.begin, s.length());
}

bool SpeakerPhrase::isPunct(int i, char16_t c) const
{
    const Span s = m_analysis.tokens[i].span;
    return s.length() == 1 && m_text[s.begin] == c;
}

SpeakerPhrase::Candidate SpeakerPhrase::before(int cue, int limit) const
{
    int k = cue - 1;
    // Skip what may stand between a subject and its cue: "has also said", "on Monday said".
    while (k >= limit) {
        if (m_lexicon.role(word(k)) == SpeechLexicon::Role::Auxiliary) {
            --k;
            continue;
        }
        // "has repeated said", "had earlier said": a lower-case word between an auxiliary and
        // the cue modifies the verb; it names no speaker.
        if (k - 1 >= limit && !word(k).isEmpty() && word(k).front().isLower() &&
            m_analysis.tokens[k].kind == TokenKind::Word &&
            m_lexicon.role(word(k - 1)) == SpeechLexicon::Role::Auxiliary) {
            --k;
            continue;
        }
        const int m = m_analysis.mentionAt(m_analysis.tokens[k].span.begin);
        const bool isTime = m < 0 && isTimeAt(m_analysis, m_analysis.tokens[k].span.begin);
        if (!isTime)
            break;
        while (k >= limit && isTimeAt(m_analysis, m_analysis.tokens[k].span.begin))
            --k;
        if (k >= limit && word(k).size() <= MaxPrepositionLength && word(k).front().isLower())
            --k; // the preposition of "on Monday"
    }
    if (k < limit || m_quoted[size_t(k)])
        return {};
    if (isPunct(k, u',') && word(cue).endsWith(u"ing")) {
        if (const Candidate c = participleSubject(k, limit); c.isValid())
            return c;
    }
    if (isPunct(k, u',')) {
        // "Li, a general who led the talks, said": the subject stands before the apposition; a
        // longer relative clause about it too ("Li, who was in Kiel on Monday for talks with
        // the governor, said").
        for (int a = k - 1; a >= limit && a >= k - MaxVerbAppositionTokens; --a) {
            if (m_quoted[size_t(a)])
                break;
            if (isPunct(a, u',')) {
                if (k - a > MaxAppositionTokens && !m_lexicon.isPersonRelative(word(a + 1)))
                    return {};
                return appositionSubject(a, k, limit);
            }
        }
        return {};
    }
    if (m_lexicon.role(word(k)) == SpeechLexicon::Role::Boundary)
        return clauseSubject(k, limit);
    return phraseEndingAt(k, limit);
}

SpeakerPhrase::Candidate SpeakerPhrase::after(int from, int limit) const
{
    if (from < limit && from < m_analysis.tokens.size() && isPunct(from, u','))
        ++from; // "..., said, ..." has no speaker here, but "said, Li" is rare: allow it
    return phraseStartingAt(from, limit);
}

// "As the talks went on, he visited the capital and said, ..." names "he": the first words of the
// clause that ends at the conjunction.
SpeakerPhrase::Candidate SpeakerPhrase::clauseSubject(int conjunction, int limit) const
{
    int start = conjunction - 1;
    while (start >= limit && !isPunct(start, u',') && !isPunct(start, u';') &&
           !m_quoted[size_t(start)])
        --start;
    ++start;
    if (start >= conjunction)
        return {};
    // "Dan Okafor, the county governor, praised the response but said": the clause opens with
    // its verb, so its subject stands before the comma (review of round 20: "praised the
    // government" was the speaker).
    // "He mocked his rivals, talked over them and said": the clause before the comma names him.
    if (start - 1 > limit && isPunct(start - 1, u',') && opensWithVerb(start)) {
        const int comma = start - 1;
        for (int a = comma - 1; a >= limit && a >= comma - MaxVerbAppositionTokens; --a) {
            if (m_quoted[size_t(a)])
                break;
            if (isPunct(a, u',')) {
                const Candidate c = appositionSubject(a, comma, limit);
                if (c.isValid() && !opensWithVerb(m_analysis.tokenAfter(c.span.begin)))
                    return c;
                break;
            }
        }
        if (Candidate c = clauseSubject(comma, limit);
            c.isValid() && !opensWithVerb(m_analysis.tokenAfter(c.span.begin)))
            return c;
    }
    for (int i = start; i < conjunction; ++i) {
        const int m = m_analysis.mentionAt(m_analysis.tokens[i].span.begin);
        if (m >= 0 && m_analysis.mentions[m].type == EntityType::Person)
            return {m_analysis.mentions[m].span, m, false};
        if (m_lexicon.isPronoun(word(i)))
            return {m_analysis.tokens[i].span, -1, true};
    }
    return phraseStartingAt(start, std::min(conjunction, start + 3));
}

// "Odinga criticised the trip, saying the government should ...": a participle after a comma
// tells what the subject of the clause before it said. That subject opens the clause: a person
// or an organization named first, after capitalised or title words only ("Opposition leader
// Raila Odinga criticised"), or a pronoun. A clause that opens with its verb, a determiner or a
// preposition ("Attorneys for X", "the president left"), or a possessor ("X's aide rallied"),
// is left to before()'s other readings.
SpeakerPhrase::Candidate SpeakerPhrase::participleSubject(int comma, int limit) const
{
    constexpr int MaxRoleWords = 3; // "campaign manager", "deputy chief of staff"
    int start = comma - 1;
    while (start >= limit && !isPunct(start, u',') && !isPunct(start, u';') &&
           !m_quoted[size_t(start)])
        --start;
    ++start;
    for (int i = start; i < comma; ++i) {
        const int m = m_analysis.mentionAt(m_analysis.tokens[i].span.begin);
        if (m >= 0 && (m_analysis.mentions[m].type == EntityType::Person ||
                       m_analysis.mentions[m].type == EntityType::Organization)) {
            const int after = m_analysis.tokenAfter(m_analysis.mentions[m].span.end);
            // "Trump campaign manager Corey Lewandowski rejected": the name before a role's
            // lower-case words is the role's, not the subject.
            for (int j = after; j < comma && j < after + MaxRoleWords + 1; ++j) {
                const int n = m_analysis.mentionAt(m_analysis.tokens[j].span.begin);
                if (n >= 0 && j > after && m_analysis.mentions[n].type == EntityType::Person)
                    return {m_analysis.mentions[n].span, n, false};
                if (n >= 0 || word(j).isEmpty() || !word(j).front().isLower())
                    break;
            }
            if (after < comma && (word(after) == u"'s" || word(after) == u"\u2019s" ||
                                  isPunct(after, u'\'') || isPunct(after, u'\u2019')))
                return {};
            return {m_analysis.mentions[m].span, m, false};
        }
        const QStringView w = word(i);
        if (m_lexicon.isPronoun(w) && i == start)
            return {m_analysis.tokens[i].span, -1, true};
        if (w.isEmpty() || !(w.front().isUpper() || isPunct(i, u'.') || m_lexicon.isTitleWord(w)) ||
            m_lexicon.isDeterminer(w))
            return {};
    }
    return {};
}

// A past-tense verb ("praised", "welcomed") or a speech cue ("told") in lower case: what opens
// a clause whose subject was named before it.
bool SpeakerPhrase::opensWithVerb(int i) const
{
    const QStringView w = word(i);
    if (w.isEmpty() || !w.front().isLower() || m_lexicon.role(w) != SpeechLexicon::Role::None ||
        m_lexicon.isDeterminer(w))
        return false;
    return (w.size() > MinPastTenseLength && w.endsWith(u"ed")) ||
           m_lexicon.cueAt(m_text, m_analysis.tokens, i).frame != SpeechLexicon::Frame::None;
}

SpeakerPhrase::Candidate SpeakerPhrase::phraseEndingAt(int last, int limit) const
{
    // "Rep. Ann Ford (D-Ohio) said": the bracket after a name belongs to it.
    if (last > limit && last >= 0 && isPunct(last, u')')) {
        int open = last - 1;
        while (open > limit && last - open < MaxPhraseTokens && !isPunct(open, u'('))
            --open;
        if (open > limit && isPunct(open, u'(')) {
            Candidate c = phraseEndingAt(open - 1, limit);
            if (c.isValid() && c.mention < 0)
                c.span.end = m_analysis.tokens[last].span.end;
            return c;
        }
    }
    if (last < limit || last < 0 || m_quoted[size_t(last)] ||
        m_analysis.tokens[last].kind == TokenKind::Punctuation)
        return {};
    const Span lastSpan = m_analysis.tokens[last].span;
    const int m = m_analysis.mentionAt(lastSpan.begin);
    if (m >= 0) {
        // "The director of Selma said": a work's title (type other) after a title's "of" too.
        if (m_analysis.mentions[m].type == EntityType::Place ||
            m_analysis.mentions[m].type == EntityType::Other)
            if (Candidate located = locatedPhrase(m_analysis.mentions[m].span, limit);
                located.isValid())
                return located;
        return {m_analysis.mentions[m].span, m, false};
    }
    if (m_lexicon.isPronoun(word(last)))
        return {lastSpan, -1, true};
    if (m_lexicon.role(word(last)) != SpeechLexicon::Role::None ||
        m_lexicon.cueAt(m_text, m_analysis.tokens, last).frame != SpeechLexicon::Frame::None)
        return {};
    // A noun phrase: "a campaign spokesman", "the ministry's officials".
    int first = last;
    while (first - 1 >= limit && last - first + 1 < MaxPhraseTokens) {
        const int k = first - 1;
        if (m_quoted[size_t(k)] || m_analysis.tokens[k].kind == TokenKind::Punctuation ||
            m_lexicon.role(word(k)) != SpeechLexicon::Role::None ||
            m_lexicon.cueAt(m_text, m_analysis.tokens, k).frame != SpeechLexicon::Frame::None)
            break;
        first = k;
        const int km = m_analysis.mentionAt(m_analysis.tokens[k].span.begin);
        if (km >= 0) { // "the ministry's officials": the phrase starts with the name
            first = std::max(limit, m_analysis.tokenAfter(m_analysis.mentions[km].span.begin));
            break;
        }
    }
    // "The author of Dune said": a capitalised name no mention holds after a title's "of" is
    // the title's domain, as a place is ("the archbishop of Kumasi"), not the speaker.
    if (first > limit && word(first).front().isUpper() &&
        m_lexicon.isOfficePreposition(word(first - 1)))
        if (Candidate located =
                locatedPhrase({m_analysis.tokens[first].span.begin, lastSpan.end}, limit);
            located.isValid())
            return located;
    return {{m_analysis.tokens[first].span.begin, lastSpan.end}, -1, false};
}

// The subject of "SUBJECT, APPOSITION, said", the commas at `open` and `close`. When the subject
// is a description and the apposition exactly a person's name ("The visiting coach, Tom Hale,
// said"), the name is the speaker; else the subject ("Tom Hale, a doctor, said").
SpeakerPhrase::Candidate SpeakerPhrase::appositionSubject(int open, int close, int limit) const
{
    Candidate subject = phraseEndingAt(open - 1, limit);
    if (!subject.isValid() || subject.mention >= 0 || subject.pronoun || close - open < 2)
        return subject;
    // "The lawyer representing the victim, Jane Roe, said": a description that holds a
    // participle or a relative word may end in the person the name stands beside (review of
    // round 20), so the subject stays.
    const int first = m_analysis.tokenAfter(subject.span.begin);
    for (int k = first; k < open; ++k) {
        const QStringView w = word(k);
        // A participle after the first noun ("The lawyer representing ..."), not an adjective
        // before it ("The visiting coach").
        if (k > first + 1 && w.size() > 4 && w.front().isLower() &&
            (w.endsWith(u"ing") || w.endsWith(u"ed")) && !word(k - 1).front().isUpper() &&
            !word(k - 1).endsWith(u"ly") && !isPunct(k - 1, u','))
            return subject;
        if (m_lexicon.role(w) == SpeechLexicon::Role::Complementizer)
            return subject;
    }
    const int m = m_analysis.mentionAt(m_analysis.tokens[open + 1].span.begin);
    if (m < 0 || m_analysis.mentions[m].type != EntityType::Person ||
        m_analysis.mentions[m].span.begin != m_analysis.tokens[open + 1].span.begin ||
        m_analysis.mentions[m].span.end != m_analysis.tokens[close - 1].span.end)
        return subject;
    return {m_analysis.mentions[m].span, m, false};
}

// "Farmers in Tana Valley said", "officials at the port of Kiel said": a place after a preposition
// of placepreps.tsv says where the speakers are; they are the noun phrase before it, named with
// the place ("Farmers in Tana Valley"), or the person or organization named there ("Li in Kiel
// said"), or the person a relative clause describes ("A man who lives near Kiel said"). Invalid
// when no such phrase stands there ("Kiel said", "that met in Kiel said").
SpeakerPhrase::Candidate SpeakerPhrase::locatedPhrase(Span placeSpan, int limit) const
{
    int prep = m_analysis.tokenAfter(placeSpan.begin) - 1;
    if (prep > limit && word(prep) == u"the") // "in the Tana Valley"
        --prep;
    // "The archbishop of Kumasi said": a title's office in a place (quote_words.tsv, role office).
    const bool office = m_lexicon.isOfficePreposition(word(prep));
    if (prep - 1 < limit || m_quoted[size_t(prep)] ||
        (!m_lexicon.isPlacePreposition(word(prep)) && !office))
        return {};
    // "A man who lives near Kiel said": a relative clause about a person ends at the place; the
    // speaker is the noun phrase it describes, with the clause, or the person named there
    // (review of round 20: the place was the speaker).
    for (int k = prep - 1; k > limit && k >= prep - MaxRelativeClauseTokens; --k) {
        if (m_quoted[size_t(k)] || m_analysis.tokens[k].kind == TokenKind::Punctuation)
            break;
        if (!m_lexicon.isPersonRelative(word(k)))
            continue;
        const Candidate described = phraseEndingAt(k - 1, limit);
        if (!described.isValid() || described.pronoun)
            return {};
        if (described.mention >= 0)
            return m_analysis.mentions[described.mention].type == EntityType::Person ? described
                                                                                     : Candidate{};
        return {{described.span.begin, placeSpan.end}, -1, false};
    }
    const Candidate head = phraseEndingAt(prep - 1, limit);
    if (!head.isValid() || head.pronoun)
        return {};
    if (head.mention >= 0) {
        const EntityType type = m_analysis.mentions[head.mention].type;
        return type == EntityType::Person || type == EntityType::Organization ? head : Candidate{};
    }
    // "A statement from Berlin said", "Demand in China said": only people speak, so the head
    // must be a plural noun ("Farmers in Kiel", "officials at the port of Kiel") or a group
    // noun of quote_words.tsv ("the government in Riyadh"), or a title of titles.tsv before
    // "of" ("the archbishop of Kumasi"); else the place keeps the old reading (review of
    // round 20).
    const QStringView last = word(prep - 1);
    const bool plural = last.size() >= 4 && ((last.endsWith(u's') && !last.endsWith(u"ss") &&
                                              !last.endsWith(u"us") && !last.endsWith(u"is")) ||
                                             last.endsWith(u"men"));
    if (!plural && !m_lexicon.isGroupNoun(last) && !(office && m_lexicon.isTitleWord(last)))
        return {};
    // "who gathered in Kiel said", "that met in Kiel said": a relative clause, not a subject.
    const int first = m_analysis.tokenAfter(head.span.begin);
    if (first - 1 >= limit && m_lexicon.role(word(first - 1)) != SpeechLexicon::Role::None)
        return {};
    // "Li, facing a challenge in Kiel, a port city, said": a participle after a comma opens an
    // apposition, not a subject.
    const QStringView opening = word(first);
    if (first - 1 >= limit && isPunct(first - 1, u',') && opening.front().isLower() &&
        opening.endsWith(u"ing"))
        return {};
    return {{head.span.begin, placeSpan.end}, -1, false};
}

SpeakerPhrase::Candidate SpeakerPhrase::phraseStartingAt(int first, int limit) const
{
    if (first >= limit || first >= m_analysis.tokens.size() || m_quoted[size_t(first)] ||
        m_analysis.tokens[first].kind == TokenKind::Punctuation)
        return {};
    const Span firstSpan = m_analysis.tokens[first].span;
    const int m = m_analysis.mentionAt(firstSpan.begin);
    if (m >= 0)
        return {m_analysis.mentions[m].span, m, false};
    if (m_lexicon.isPronoun(word(first)))
        return {firstSpan, -1, true};
    // "said Tuesday" names no speaker. Times are sorted and non-overlapping: only the last
    // one starting at or before the word can cover it.
    const auto after =
        std::upper_bound(m_analysis.times.cbegin(), m_analysis.times.cend(), firstSpan.begin,
                         [](qsizetype pos, const TimeExpression &t) { return pos < t.span.begin; });
    if (after != m_analysis.times.cbegin() && std::prev(after)->span.contains(firstSpan.begin))
        return {};
    int last = first;
    while (last + 1 < limit && last + 1 - first < MaxPhraseTokens) {
        const int k = last + 1;
        if (m_quoted[size_t(k)] || m_analysis.tokens[k].kind == TokenKind::Punctuation ||
            m_analysis.tokens[k].startsLine || m_lexicon.role(word(k)) != SpeechLexicon::Role::None)
            break;
        last = k;
    }
    if (m_lexicon.role(word(first)) != SpeechLexicon::Role::None)
        return {};
    return {{firstSpan.begin, m_analysis.tokens[last].span.end}, -1, false};
}

int SpeakerPhrase::personBefore(int sentence, qsizetype pos, Gender gender, bool nearest) const
{
    const Span s = m_analysis.sentences[sentence].span;
    auto it = std::partition_point(m_analysis.mentions.cbegin(), m_analysis.mentions.cend(),
                                   [&](const Mention &m) { return m.span.begin < s.begin; });
    int found = -1;
    for (; it != m_analysis.mentions.cend() && it->span.end <= std::min(pos, s.end); ++it) {
        if (it->type != EntityType::Person ||
            m_quoted[size_t(m_analysis.tokenAfter(it->span.begin))])
            continue;
        const Gender known = it->entity >= 0 ? m_genderOf(it->entity) : Gender::Unknown;
        if (gender != Gender::Unknown && known != Gender::Unknown && known != gender)
            continue;
        found = int(it - m_analysis.mentions.cbegin());
        if (!nearest)
            break;
    }
    return found;
}

void SpeakerPhrase::resolve(Candidate &candidate) const
{
    if (!candidate.pronoun || m_analysis.sentences.isEmpty())
        return;
    const Gender gender =
        m_lexicon.pronounGender(m_text.mid(candidate.span.begin, candidate.span.length()));
    if (gender == Gender::Unknown) // "they", "we": name the words as written
        return;
    const int sentence = m_analysis.sentenceAt(candidate.span.begin);
    if (sentence < 0)
        return;
    int m = personBefore(sentence, candidate.span.begin, gender, true);
    for (int s = sentence - 1; m < 0 && s >= 0 && s >= sentence - SentencesBack; --s)
        m = personBefore(s, m_analysis.sentences[s].span.end, gender, false);
    candidate.mention = m;
}

int SpeakerPhrase::entityOf(const Candidate &candidate) const
{
    return candidate.mention >= 0 ? m_analysis.mentions[candidate.mention].entity : -1;
}

QString SpeakerPhrase::nameOf(const Candidate &candidate) const
{
    const int entity = entityOf(candidate);
    if (entity >= 0)
        return m_analysis.entities[entity].name;
    const Span s =
        candidate.mention >= 0 ? m_analysis.mentions[candidate.mention].span : candidate.span;
    return m_text.mid(s.begin, s.length()).toString();
}

} // namespace lector
