// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/quotes/indirectspeechfinder.h"

#include "text/tokenizer.h"

#include <algorithm>

namespace lector {

namespace {

constexpr int MinContentWords = 3;
constexpr int MaxSpeakerTokens = 7; ///< "..., a spokesman for the ministry said."
constexpr int MaxTailTokens = 6;    ///< "... X said in a statement on Monday."
constexpr int MaxAddresseeTokens = 8;
constexpr int MaxTitleTokens = 3;           ///< "Cardinal", "Air Vice Marshal" before a name
constexpr int MaxAddresseePlaceTokens = 6;  ///< "told an audience at a festival in Lyon that"
constexpr int MaxContentNounTokens = 3;     ///< "told a much different story"
constexpr int MaxAddresseeWords = 4;        ///< "told the cheering crowd of farmers"
constexpr int MaxCountedNounWords = 3;      ///< "added 1 million private sector jobs"
constexpr qsizetype MinPastTenseLength = 4; ///< "happened", not "red" nor "bed"

bool isPunct(QStringView text, const Token &t, char16_t c)
{
    return t.span.length() == 1 && text[t.span.begin] == c;
}

bool isOneOf(QStringView word, std::initializer_list<QStringView> words)
{
    return std::find(words.begin(), words.end(), word) != words.end();
}

} // namespace

struct IndirectSpeechFinder::Context
{
    QStringView text;
    const Analysis &analysis;
    const std::vector<bool> &quoted;

    QStringView word(int i) const
    {
        const Span s = analysis.tokens[i].span;
        return text.mid(s.begin, s.length());
    }
    bool isWord(int i) const { return analysis.tokens[i].kind != TokenKind::Punctuation; }
    bool is(int i, char16_t c) const { return isPunct(text, analysis.tokens[i], c); }
    bool isPossessive(int i) const
    {
        const QStringView w = word(i);
        return w.size() == 2 && (w[0] == u'\'' || w[0] == u'\u2019');
    }
    int wordsIn(int from, int to) const
    {
        int n = 0;
        for (int i = from; i < to; ++i)
            n += analysis.tokens[i].kind == TokenKind::Word ? 1 : 0;
        return n;
    }
    // The end of the time expression covering token i, or i itself.
    int skipTime(int i, int end) const
    {
        const qsizetype begin = analysis.tokens[i].span.begin;
        // Times are sorted and non-overlapping: only the last one starting at or before the
        // token can cover it (a binary search, so long texts stay linear).
        const auto after = std::upper_bound(
            analysis.times.cbegin(), analysis.times.cend(), begin,
            [](qsizetype pos, const TimeExpression &t) { return pos < t.span.begin; });
        if (after == analysis.times.cbegin() || !std::prev(after)->span.contains(begin))
            return i;
        const Span t = std::prev(after)->span;
        int j = i;
        while (j < end && analysis.tokens[j].span.begin < t.end)
            ++j;
        return j;
    }
};

// "NAME, APPOSITION," from the sentence's first token to the comma at `close`: a person's or an
// organization's mention ends right before the opening comma, with at most a title's
// capitalised words before it ("Cardinal").
bool IndirectSpeechFinder::opensWithNamedApposition(const Context &c, int first, int close)
{
    int open = close - 1;
    while (open > first && close - open <= MaxSpeakerTokens && !c.is(open, u','))
        --open;
    return open > first && c.is(open, u',') && namedBeforeComma(c, first, open);
}

bool IndirectSpeechFinder::namedBeforeComma(const Context &c, int first, int open)
{
    const int m = c.analysis.mentionAt(c.analysis.tokens[open - 1].span.begin);
    if (m < 0 || c.analysis.mentions[m].span.end != c.analysis.tokens[open - 1].span.end)
        return false;
    const EntityType type = c.analysis.mentions[m].type;
    if (type != EntityType::Person && type != EntityType::Organization)
        return false;
    const int start = c.analysis.tokenAfter(c.analysis.mentions[m].span.begin);
    if (start - first > MaxTitleTokens)
        return false;
    for (int i = first; i < start; ++i) {
        if (!c.isWord(i) || !c.word(i).front().isUpper())
            return false;
    }
    return true;
}

bool IndirectSpeechFinder::opensWithRelativeClause(const Context &c, int first, int close) const
{
    int open = first + 1;
    while (open < close && !c.is(open, u','))
        ++open;
    if (open >= close || !m_lexicon.isPersonRelative(c.word(open + 1)) ||
        !namedBeforeComma(c, first, open))
        return false;
    for (int i = open; i < close; ++i)
        if (c.quoted[size_t(i)])
            return false;
    return true;
}

QList<Quote> IndirectSpeechFinder::find(QStringView text, const Analysis &analysis,
                                        const std::vector<bool> &quoted) const
{
    QList<Quote> quotes;
    const Context c{text, analysis, quoted};
    for (const Sentence &sentence : analysis.sentences) {
        Quote quote;
        if (findInSentence(c, sentence, quote))
            quotes.append(quote);
    }
    return quotes;
}

// Round 25: "KYIV (Reuters) - The city will not give up, a spokesman said", "OSLO, May 9 (AP) —
// ...": a dateline opening the sentence (a dash within MaxDatelineTokens, after an agency's
// credit in brackets, or after a first word of capital letters alone and no lower-case word)
// is no part of what is said nor of who says it: the first token after the dash, or `first`
// when there is none.
int IndirectSpeechFinder::afterDateline(const Context &c, int first, int end)
{
    constexpr int MaxDatelineTokens = 12;
    const QStringView opening = c.word(first);
    bool capitals = opening.size() >= 2 && std::all_of(opening.begin(), opening.end(),
                                                       [](QChar ch) { return ch.isUpper(); });
    // The capitals name a place ("KYIV -", "PORTLAND, Maine -"), not a body ("EU - US talks
    // will resume"; review of round 25): a place mention, or a comma after the word.
    if (capitals && !(first + 1 < end && c.is(first + 1, u','))) {
        const int m = c.analysis.mentionAt(c.analysis.tokens[first].span.begin);
        capitals = m >= 0 && c.analysis.mentions[m].type == EntityType::Place;
    }
    for (int k = first + 1; k + 1 < end && k <= first + MaxDatelineTokens; ++k) {
        const QStringView w = c.word(k);
        if (!Tokenizer::isDash(w)) {
            // "PORTLAND, Maine -", not "U.S. officials said that X -- ...".
            capitals = capitals && !(c.isWord(k) && w.front().isLower());
            continue;
        }
        return c.is(k - 1, u')') || capitals ? k + 1 : first;
    }
    return first;
}

bool IndirectSpeechFinder::findInSentence(const Context &c, const Sentence &sentence,
                                          Quote &quote) const
{
    int end = sentence.endToken;
    // The content ends before the sentence's final punctuation and closing marks.
    while (end > sentence.firstToken && !c.isWord(end - 1))
        --end;
    const int first = afterDateline(c, sentence.firstToken, end);
    for (int i = first; i < end; ++i) {
        if (c.quoted[size_t(i)])
            continue;
        const SpeechLexicon::Cue cue = m_lexicon.cueAt(c.text, c.analysis.tokens, i);
        if (cue.frame == SpeechLexicon::Frame::None)
            continue;
        const int cueEnd = i + cue.length;
        Span content;
        if (cue.frame == SpeechLexicon::Frame::According) {
            if (accordingContent(c, first, i, end, content) < 0)
                continue;
        } else if (int from = forwardContentStart(c, first, i, cueEnd, end, cue); from >= 0) {
            content = {c.analysis.tokens[from].span.begin, c.analysis.tokens[end - 1].span.end};
        } else if (int to = backwardContentEnd(c, first, i, cueEnd, end); to >= 0) {
            content = {c.analysis.tokens[first].span.begin, c.analysis.tokens[to - 1].span.end};
        } else {
            continue;
        }
        quote.span = quote.outer = content;
        quote.kind = QuoteKind::Indirect;
        quote.cueSpan = {c.analysis.tokens[i].span.begin, c.analysis.tokens[cueEnd - 1].span.end};
        quote.cue = cue.lemma;
        return true;
    }
    return false;
}

// X said (that) CONTENT: the cue has a subject before it and words after it.
// "The minister said on Monday that talks would resume." -> "talks would resume"
// "She told reporters the plan was dead." -> "the plan was dead"
int IndirectSpeechFinder::forwardContentStart(const Context &c, int first, int cue, int cueEnd,
                                              int end, const SpeechLexicon::Cue &lexicalCue) const
{
    if (cue == first)
        return -1;
    // "Ana Ruiz, an economist, said prices will rise": a comma before the cue ends an apposition
    // when lower-case content follows, or any content after a sentence that opens with a name
    // and its apposition ("Cardinal Ana Ruiz, the archbishop of Kiel, said Danes were ...");
    // "..., said Ana Ruiz." is the backward pattern.
    // A short content after a named apposition too: "Anna Berg, the head of the union, said
    // Nordvik must pay."; or after a relative clause about the name: "Berg, who was in Riga
    // for talks, said Nordvik must pay."
    if (!c.isWord(cue - 1) &&
        !(c.is(cue - 1, u',') && cueEnd < end &&
          ((c.word(cueEnd).front().isLower() && c.wordsIn(cueEnd, end) > MaxTailTokens / 2) ||
           ((opensWithNamedApposition(c, first, cue - 1) ||
             opensWithRelativeClause(c, first, cue - 1)) &&
            c.wordsIn(cueEnd, end) >= MinContentWords))))
        return -1;
    // "that" within a few tokens, without crossing a clause: said in a statement that ...; a
    // few more after an addressee ("told an audience at a festival in Lyon last week that").
    const int thatTokens = lexicalCue.frame == SpeechLexicon::Frame::Tell
                               ? MaxAddresseeTokens + MaxAddresseePlaceTokens
                               : MaxAddresseeTokens;
    for (int k = cueEnd; k < end && k < cueEnd + thatTokens; ++k) {
        if (c.quoted[size_t(k)] || c.is(k, u'.') || c.is(k, u':') || c.is(k, u';'))
            break;
        if (m_lexicon.role(c.word(k)) == SpeechLexicon::Role::Complementizer && k + 1 < end &&
            !c.isPossessive(k + 1)) // "that's" is no complementizer
            return c.wordsIn(k + 1, end) >= MinContentWords ? k + 1 : -1;
    }
    if (!lexicalCue.bare || emptyObject(c, cueEnd, end))
        return -1; // "said nothing about the plan": no content
    int j = cueEnd;
    bool nounAddressee = false;                                      // "told the crowd"
    if (lexicalCue.frame == SpeechLexicon::Frame::Tell && j < end) { // told reporters the plan
        j = afterAddressee(c, j, end, nounAddressee);
        if (j < 0)
            return -1;
    }
    if (j < end)
        j = c.skipTime(j, end);
    if (lexicalCue.countedObject && j < end && countsObject(c, j, end))
        return -1;
    // "tell those voters to support the winner" asks them to: the content opens with "to".
    const bool infinitive = nounAddressee && j < end && c.word(j) == u"to";
    if (j >= end || !c.isWord(j) || c.quoted[size_t(j)] || c.isPossessive(j) ||
        (m_lexicon.role(c.word(j)) == SpeechLexicon::Role::Preposition && !infinitive))
        return -1;
    // "told reporters after the meeting": a time word used as a preposition, with no verb after
    // its noun, opens no content ("said after the vote was counted that" reads "that" above).
    if (isOneOf(c.word(j), {u"after", u"before", u"since", u"until"}) &&
        !verbAfterPhrase(c, j + 1, end))
        return -1;
    return c.wordsIn(j, end) >= MinContentWords ? j : -1;
}

// After "told" at j: the token past the addressee where the content may open, or -1 when none
// can ("told the crowd of 200 people"); nounAddressee when the addressee is a noun phrase.
int IndirectSpeechFinder::afterAddressee(const Context &c, int j, int end,
                                         bool &nounAddressee) const
{
    const int m = c.analysis.mentionAt(c.analysis.tokens[j].span.begin);
    if (m >= 0)
        return c.analysis.tokenAfter(c.analysis.mentions[m].span.end);
    if (!m_lexicon.isDeterminer(c.word(j)))
        return j + 1;
    // "told the crowd the plan", not "the crowd of 200 people" as content; but "told the story
    // of how ..." tells it (quote_words.tsv, role content).
    bool told = false; // "told a much different story"
    for (int k = j + 1; k < end && k <= j + MaxContentNounTokens && c.isWord(k); ++k)
        told = told || m_lexicon.isContentNoun(c.word(k));
    if (j + 1 >= end || !c.isWord(j + 1) || told)
        return j;
    // The addressee's words up to what may open the content: a pronoun, a determiner, "to"
    // ("told the cheering crowd the mill ...", "told those voters to ..."); a preposition or the
    // end leaves no content.
    nounAddressee = true;
    int k = j + 1;
    // ... or a name after the addressee's noun ("told the crowd Li would win").
    const auto capitalised = [&](int i) { return c.word(i).front().isUpper(); };
    while (k < end && k <= j + MaxAddresseeWords && c.isWord(k) &&
           !m_lexicon.isDeterminer(c.word(k)) &&
           m_lexicon.role(c.word(k)) == SpeechLexicon::Role::None &&
           !(k > j + 1 && capitalised(k) && !capitalised(k - 1)))
        ++k;
    if (k > j + MaxAddresseeWords)
        return -1;
    // "told a gathering in Lyon she would ...": the place where the addressee is
    if (k + 1 < end && c.word(k) != u"to" &&
        m_lexicon.role(c.word(k)) == SpeechLexicon::Role::Preposition && c.isWord(k + 1) &&
        capitalised(k + 1)) {
        int after = k + 1;
        while (after < end && c.isWord(after) && capitalised(after))
            ++after;
        if (after < end &&
            (m_lexicon.isPronoun(c.word(after)) || m_lexicon.isDeterminer(c.word(after))))
            k = after;
    }
    // "tells the crowd, he's been known ...", not "the crowd, a mix of ..."
    if (k + 1 < end && c.is(k, u',') && m_lexicon.isPronoun(c.word(k + 1)))
        ++k;
    if (k < end && c.word(k) != u"to" && m_lexicon.role(c.word(k)) != SpeechLexicon::Role::None &&
        !m_lexicon.isPronoun(c.word(k)))
        return -1; // "told the crowd and left", "told the crowd of 200 people"
    return k;
}

// "recalled hundreds of engines", "added two extra flights to Oslo", "added 160 security
// personnel along the route": a quantity at j opens the object of the cue's other sense when it
// and the noun after it (up to its plural ending) are followed directly by a preposition, a
// time, punctuation or the end; not "added three suspects remain in custody".
bool IndirectSpeechFinder::countsObject(const Context &c, int j, int end) const
{
    if (!m_lexicon.isQuantity(c.word(j)))
        return false;
    int k = j + 1;
    while (k < end && c.isWord(k) && m_lexicon.isQuantity(c.word(k)))
        ++k;
    for (int noun = 0; noun < MaxCountedNounWords && k < end && c.isWord(k) &&
                       m_lexicon.role(c.word(k)) == SpeechLexicon::Role::None;
         ++noun) {
        const bool plural = c.word(k).endsWith(u's');
        ++k;
        if (plural)
            break;
    }
    if (k < end)
        k = c.skipTime(k, end);
    return k >= end || !c.isWord(k) ||
           m_lexicon.role(c.word(k)) == SpeechLexicon::Role::Preposition;
}

// "said nothing", "said little about the plan", "said nothing more, and left": an empty object
// of the cue at j (quote_words.tsv, role empty, with more of them or a quantity after it:
// "nothing else", "little more") followed by the end, punctuation, a preposition or a boundary
// word; not "said nothing had changed", whose "nothing" opens the content.
bool IndirectSpeechFinder::emptyObject(const Context &c, int j, int end) const
{
    if (j >= end || !c.isWord(j) || !m_lexicon.isEmptyObject(c.word(j)))
        return false;
    int k = j + 1;
    while (k < end && c.isWord(k) &&
           (m_lexicon.isEmptyObject(c.word(k)) || m_lexicon.isQuantity(c.word(k))))
        ++k;
    if (k < end)
        k = c.skipTime(k, end);
    if (k >= end || !c.isWord(k))
        return true;
    // Review of round 23: "said little was known", "said anything was possible": a finite verb
    // after the empty word opens content, though "was" is a boundary word.
    if (m_lexicon.isFiniteVerb(c.word(k)))
        return false;
    const SpeechLexicon::Role role = m_lexicon.role(c.word(k));
    if (role == SpeechLexicon::Role::Boundary)
        return true;
    return role == SpeechLexicon::Role::Preposition && !verbAfterPhrase(c, k + 1, end);
}

// A lower-case word that may end a noun phrase: no determiner ("the planned cuts"), no pronoun
// ("the funds he received" is a relative clause).
bool IndirectSpeechFinder::isCommonNoun(QStringView w) const
{
    return !w.isEmpty() && w.front().isLower() && !m_lexicon.isDeterminer(w) &&
           !m_lexicon.isPronoun(w) && m_lexicon.role(w) == SpeechLexicon::Role::None;
}

// "said nothing in the world could stop them", "said nothing of the sort happened": a verb ends
// the prepositional phrase after the empty word, which was the content's subject. A finite verb
// or modal before any punctuation or boundary word, or a past-tense form (not after a
// determiner: "the planned cuts") ending the clause.
bool IndirectSpeechFinder::verbAfterPhrase(const Context &c, int from, int end) const
{
    for (int m = from; m < end && c.isWord(m); ++m) {
        const QStringView w = c.word(m);
        if (m_lexicon.isFiniteVerb(w))
            return true;
        if (m_lexicon.role(w) == SpeechLexicon::Role::Boundary)
            return false;
        const bool clauseEnd = m + 1 >= end || !c.isWord(m + 1);
        if (clauseEnd && w.size() > MinPastTenseLength && w.front().isLower() &&
            w.endsWith(u"ed") && m > from && isCommonNoun(c.word(m - 1)))
            return true;
    }
    return false;
}

// CONTENT, X said. / CONTENT, said X. / CONTENT, X said, more.
// "Talks will resume next week, the ministry said." -> "Talks will resume next week"
int IndirectSpeechFinder::backwardContentEnd(const Context &c, int first, int cue, int cueEnd,
                                             int end) const
{
    const bool tail = end - cueEnd <= MaxTailTokens || (cueEnd < end && c.is(cueEnd, u','));
    // "Lee, by her side, said nothing.": the cue's object, no speaker after it
    if (!tail || emptyObject(c, cueEnd, end))
        return -1;
    for (int k = cue - 1; k > first && k >= cue - MaxSpeakerTokens; --k) {
        if (c.quoted[size_t(k)])
            return -1;
        if (c.is(k, u',')) {
            // "X, a doctor, said": the speaker's apposition has a comma of its own.
            int comma = k;
            for (int a = k - 1; a > first && a >= k - MaxSpeakerTokens; --a) {
                if (c.is(a, u',')) {
                    comma = a;
                    break;
                }
            }
            // A preposition right after the cue opens no speaker there: the speaker must be an
            // apposition before the cue ("CONTENT, their school, Leaders' College, confirmed on
            // Friday"), not a relative clause or none ("X, who would say nothing about it,
            // agreed with that point"), and the content no quotation with its speaker ("'...,'
            // Ana Ruiz, a nurse, said in a statement": the quotation is direct speech).
            if (k == cue - 1 && cueEnd < end && c.isWord(cueEnd) &&
                m_lexicon.role(c.word(cueEnd)) == SpeechLexicon::Role::Preposition &&
                (comma == k || m_lexicon.role(c.word(comma + 1)) == SpeechLexicon::Role::Boundary ||
                 std::any_of(c.quoted.cbegin() + first, c.quoted.cbegin() + comma,
                             [](bool q) { return q; })))
                return -1;
            const int contentEnd =
                comma != k && c.wordsIn(first, comma) >= MinContentWords ? comma : k;
            return c.wordsIn(first, contentEnd) >= MinContentWords ? contentEnd : -1;
        }
    }
    return -1;
}

// According to X, CONTENT. / CONTENT, according to X.
int IndirectSpeechFinder::accordingContent(const Context &c, int first, int cue, int end,
                                           Span &content) const
{
    const auto &tokens = c.analysis.tokens;
    if (cue == first || c.is(cue - 1, u',')) {
        for (int k = cue + 2; k < end && k <= cue + 2 + MaxSpeakerTokens; ++k) {
            if (c.is(k, u',')) {
                if (c.wordsIn(k + 1, end) < MinContentWords || cue != first)
                    break;
                content = {tokens[k + 1].span.begin, tokens[end - 1].span.end};
                return k + 1;
            }
        }
    }
    if (cue > first && c.is(cue - 1, u',') && c.wordsIn(first, cue - 1) >= MinContentWords) {
        content = {tokens[first].span.begin, tokens[cue - 2].span.end};
        return first;
    }
    return -1;
}

} // namespace lector
