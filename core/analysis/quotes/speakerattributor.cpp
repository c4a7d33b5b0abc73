// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/quotes/speakerattributor.h"

#include "analysis/tokencursor.h"
#include "lexicon/resources.h"

#include <algorithm>

namespace lector {

namespace {

constexpr int MaxTokensAfterQuote = 12;  ///< "...," panel Chairman Rep. Ann Ford (R-Utah) said
constexpr int MaxTokensBeforeQuote = 40; ///< a long sentence before "and said, "...""
/// The words of a name between a quote and the comma opening its speaker's description.
constexpr int MaxNameTokens = 4;
constexpr float CueAfterConfidence = 0.9f;
constexpr float CueBeforeConfidence = 0.85f;
constexpr float ReportedConfidence = 0.7f;
constexpr float ContinuationConfidence = 0.6f;
/// A quote with no cue continues the last attributed one at most this many lines back (blank
/// lines between paragraphs count): a speaker often goes on for a paragraph or two.
constexpr int MaxContinuationParagraphs = 4;
constexpr float UnresolvedPronounFactor = 0.7f;
/// A gendered word counts for the person before it at most this many tokens on: "Mori, who
/// trained in Osaka before moving to Lisbon, says his ...".
constexpr int MaxGenderDistance = 16;
/// The tokens of the next sentence a pronoun opening it may stand after: "Today she runs ...".
constexpr int MaxOpeningTokens = 3;
/// A given name shorter than this is not looked up: two letters are often a surname written
/// first ("Lu Kang", "Li Qiang"), which the US list holds as a given name.
constexpr qsizetype MinGivenNameLength = 3;
/// The document's gendered words overrule the US list's gender of a given name when at least
/// this many say the other one and none the list's.
constexpr int MinVotesAgainstName = 2;
/// A gendered word followed this close by another person's name is said of that person ("with
/// Mayor Walsh by her side, Clinton ..."), not of the one before it.
constexpr int CataphoraTokens = 3;
/// The words that may stand between a determiner and the person noun it opens ("a new chef").
constexpr int MaxAdjectives = 2;

// The gendered words said of each person whose entity has no gender (PersonGenders).
struct GenderVotes
{
    GenderVotes(QStringView text, const Analysis &analysis, const std::vector<bool> &quoted,
                const SpeechLexicon &lexicon)
        : text(text)
        , analysis(analysis)
        , quoted(quoted)
        , lexicon(lexicon)
    {}

    QStringView text;
    const Analysis &analysis;
    const std::vector<bool> &quoted;
    const SpeechLexicon &lexicon;
    std::vector<int> male;
    std::vector<int> female;
    // Per sentence, computed on first use: the one person entity named in it (-1 none, -2 two
    // or more), and whether a lower-case noun names another person (-1 not yet known).
    std::vector<int> onlyPerson;
    std::vector<qint8> otherNoun;

    QStringView word(int i) const
    {
        const Span s = analysis.tokens[i].span;
        return text.mid(s.begin, s.length());
    }
    void vote(int entity, Gender gender)
    {
        (gender == Gender::Male ? male : female)[size_t(entity)] += 1;
    }
    std::vector<int> startsAt; ///< per token: what personAt reads, quotes aside (mark())
    /// Per mention: Analysis::tokenAfter() of its begin and of its end (mark()).
    std::vector<int> firstToken;
    std::vector<int> tokenAfterEnd;
    /// Per token, read on first use: what the lexicon says of the word (one lookup per token,
    /// however many mentions' scans pass it).
    mutable std::vector<SpeechLexicon::Facts> facts;
    mutable std::vector<quint8> known;

    // Reads every mention once: the person entity of the mention starting at each token, -1
    // for another kind of mention, -2 for none; and each mention's tokens. The mentions come
    // in text order, so cursors step forward instead of a binary search per mention.
    void mark()
    {
        startsAt.assign(size_t(analysis.tokens.size()), -2);
        facts.resize(size_t(analysis.tokens.size()));
        known.assign(size_t(analysis.tokens.size()), 0);
        firstToken.resize(size_t(analysis.mentions.size()));
        tokenAfterEnd.resize(size_t(analysis.mentions.size()));
        TokenCursor begins(analysis.tokens);
        for (qsizetype i = 0; i < analysis.mentions.size(); ++i) {
            const Mention &m = analysis.mentions[i];
            const int t = begins.after(m.span.begin);
            firstToken[size_t(i)] = t;
            // Every token before t ends by the mention's begin: tokenAfter(end) is t or after
            // it, past the mention's own tokens.
            int after = t;
            while (after < analysis.tokens.size() && analysis.tokens[after].span.end <= m.span.end)
                ++after;
            tokenAfterEnd[size_t(i)] = after;
            if (t < analysis.tokens.size() && analysis.tokens[t].span.begin == m.span.begin)
                startsAt[size_t(t)] = m.type == EntityType::Person ? m.entity : -1;
        }
    }
    // The person entity of the unquoted mention starting at token i, or -1 (-2: no mention).
    int personAt(int i) const { return quoted[size_t(i)] ? -2 : startsAt[size_t(i)]; }
    const SpeechLexicon::Facts &factsAt(int i) const
    {
        if (!known[size_t(i)]) {
            facts[size_t(i)] = lexicon.facts(word(i));
            known[size_t(i)] = 1;
        }
        return facts[size_t(i)];
    }
    // The noun phrase the determiner at token d opens describes the subject: after a comma, "as"
    // or an auxiliary ("Sato, the owner,", "trained as a chef", "is a chef").
    bool describesSubject(int d, int first) const
    {
        if (d <= first)
            return false;
        const QStringView before = word(d - 1);
        return before == u"," || before.compare(u"as", Qt::CaseInsensitive) == 0 ||
               factsAt(d - 1).role == SpeechLexicon::Role::Auxiliary;
    }
    // A determiner at i opens an object naming a person ("thanked the governor for his
    // support", "met the prime minister"): a gendered word after it may be said of that person.
    bool opensObject(int i, int first, int end) const
    {
        if (!factsAt(i).determiner || describesSubject(i, first))
            return false;
        for (int k = i + 1; k < end && k <= i + 1 + MaxAdjectives && word(k).front().isLower();
             ++k) {
            if (factsAt(k).personNoun)
                return true;
        }
        return false;
    }
    // A lower-case noun naming one person stands in [first, end) ("hired a new chef"), not as
    // the subject's own description.
    bool namesAnotherPerson(int first, int end) const
    {
        for (int i = first; i < end; ++i) {
            const QStringView w = word(i);
            if (quoted[size_t(i)] || !w.front().isLower() || !factsAt(i).personNoun)
                continue;
            if (i == first)
                return true;
            int d = i - 1;
            while (d > first && i - d <= MaxAdjectives && !factsAt(d).determiner)
                --d;
            if (!factsAt(d).determiner || !describesSubject(d, first))
                return true;
        }
        return false;
    }
    // Whether a person other than `entity` is named in the sentence.
    bool namesOtherPerson(int sentence, int entity)
    {
        int &only = onlyPerson[size_t(sentence)];
        if (only == Unknown) {
            only = -1;
            const Sentence &s = analysis.sentences[sentence];
            for (int i = s.firstToken; i < s.endToken && only != -2; ++i) {
                const int person = personAt(i);
                if (person >= 0 && only != person)
                    only = only == -1 ? person : -2;
            }
        }
        return only == -2 || (only >= 0 && only != entity);
    }
    void count(int mention);
    void countNextSentence(int entity, int sentence);
    static constexpr int Unknown = -3;
};

// The gendered word after the mention in its sentence, before another person is named; else
// the pronoun opening the next sentence ("Ines Carvalho runs the tavern. Today she ...").
void GenderVotes::count(int mention)
{
    const Mention &m = analysis.mentions[mention];
    const int entity = m.entity;
    const int first = firstToken[size_t(mention)];
    if (first >= analysis.tokens.size() || quoted[size_t(first)])
        return;
    const int sentence = analysis.sentenceAt(m.span.begin);
    if (sentence < 0)
        return;
    const Sentence &s = analysis.sentences[sentence];
    for (int i = tokenAfterEnd[size_t(mention)]; i < s.endToken && i < first + MaxGenderDistance;
         ++i) {
        const int other = personAt(i);
        if (quoted[size_t(i)] || (other >= 0 && other != entity))
            break;
        // genderOfWord() is Unknown for a word with no pronoun gender: looked up only then.
        const Gender g =
            factsAt(i).gender == Gender::Unknown
                ? Gender::Unknown
                : lexicon.genderOfWord(word(i), i + 1 < s.endToken ? word(i + 1) : QStringView());
        if (g != Gender::Unknown) {
            bool cataphora = false;
            for (int k = i + 1; k < s.endToken && k <= i + CataphoraTokens && !cataphora; ++k) {
                const int next = personAt(k);
                cataphora = next >= 0 && next != entity;
            }
            if (!cataphora)
                vote(entity, g);
            return;
        }
        if (opensObject(i, s.firstToken, s.endToken))
            break;
    }
    countNextSentence(entity, sentence);
}

// The pronoun opening the next sentence, when the person is the only one named in theirs and
// no lower-case noun names another ("Kim Sato hired a new chef. He trained in Lyon.").
void GenderVotes::countNextSentence(int entity, int sentence)
{
    if (sentence + 1 >= analysis.sentences.size())
        return;
    const Sentence &s = analysis.sentences[sentence];
    if (namesOtherPerson(sentence, entity))
        return;
    qint8 &noun = otherNoun[size_t(sentence)];
    if (noun < 0)
        noun = namesAnotherPerson(s.firstToken, s.endToken) ? 1 : 0;
    if (noun)
        return;
    const Sentence &next = analysis.sentences[sentence + 1];
    for (int i = next.firstToken; i < next.endToken && i < next.firstToken + MaxOpeningTokens;
         ++i) {
        if (quoted[size_t(i)] || personAt(i) != -2)
            return;
        if (factsAt(i).role == SpeechLexicon::Role::Pronoun) {
            if (const Gender g = factsAt(i).gender; g != Gender::Unknown)
                vote(entity, g);
            return;
        }
    }
}

// The gender each entity's pronouns take: Entity::gender when known; else, for a person named
// by two words or more, the first one's (SpeechLexicon::givenNameGender; not for two letters:
// "Lu Kang"), unless the document says the other one twice and never this one; else the
// document's: the gendered words ("he", "his", "her tavern") that follow the person's mentions
// in their sentence before another person is named (and not right before one: "by her side,
// Clinton"), or open the next sentence when the person is the only one named in theirs, by a
// majority of two to one. Worked out on first use, person by person: only a pronoun that names
// a speaker asks (SpeakerPhrase::resolve), and an article with no such pronoun pays nothing.
class PersonGenders
{
public:
    PersonGenders(QStringView text, const Analysis &analysis, const std::vector<bool> &quoted,
                  const SpeechLexicon &lexicon)
        : m_votes(text, analysis, quoted, lexicon)
    {}

    Gender of(int e)
    {
        const Analysis &analysis = m_votes.analysis;
        const Entity &entity = analysis.entities[e];
        if (entity.gender != Gender::Unknown || entity.type != EntityType::Person)
            return entity.gender;
        if (m_genders.empty())
            prepare();
        if (m_done[size_t(e)])
            return m_genders[size_t(e)];
        for (int mention : m_mentions[size_t(e)])
            m_votes.count(mention);
        m_done[size_t(e)] = 1;
        Gender &gender = m_genders[size_t(e)];
        // The given name first, as the entity grouper does; the document's own pronouns when
        // the list has no gender for the name or when they say the other one at least twice
        // and never the list's ("Lindsey Graham ... he": the US list has Lindsey a woman's name).
        const int m = m_votes.male[size_t(e)];
        const int f = m_votes.female[size_t(e)];
        const Gender voted = m > 0 && m >= 2 * f   ? Gender::Male
                             : f > 0 && f >= 2 * m ? Gender::Female
                                                   : Gender::Unknown;
        const QList<QStringView> words = QStringView(entity.name).split(u' ', Qt::SkipEmptyParts);
        if (words.size() >= 2 && words.first().size() >= MinGivenNameLength)
            gender = m_votes.lexicon.givenNameGender(words.first());
        if (gender == Gender::Unknown ||
            (voted != Gender::Unknown && voted != gender && std::min(m, f) == 0 &&
             std::max(m, f) >= MinVotesAgainstName))
            gender = voted;
        return gender;
    }

private:
    // The document's tables, on the first person asked about: the person mentions of each
    // entity whose gender is unknown (the votes of one entity come from its own mentions only).
    void prepare()
    {
        const Analysis &analysis = m_votes.analysis;
        const size_t entities = size_t(analysis.entities.size());
        m_genders.assign(entities, Gender::Unknown);
        m_done.assign(entities, 0);
        m_mentions.assign(entities, {});
        m_votes.male.assign(entities, 0);
        m_votes.female.assign(entities, 0);
        m_votes.mark();
        m_votes.onlyPerson.assign(size_t(analysis.sentences.size()), GenderVotes::Unknown);
        m_votes.otherNoun.assign(size_t(analysis.sentences.size()), -1);
        for (qsizetype i = 0; i < analysis.mentions.size(); ++i) {
            const Mention &mention = analysis.mentions[i];
            if (mention.entity >= 0 && mention.type == EntityType::Person &&
                analysis.entities[mention.entity].gender == Gender::Unknown)
                m_mentions[size_t(mention.entity)].push_back(int(i));
        }
    }

    GenderVotes m_votes;
    std::vector<Gender> m_genders; ///< per entity, once m_done
    std::vector<quint8> m_done;
    std::vector<std::vector<int>> m_mentions;
};

// The period of "Mr." or "Sen." ends no sentence: ""No," Mr. Li said." goes on past it, so a
// period counts only when the sentence splitter ended a sentence there.
bool isSentenceEnd(QStringView text, const Analysis &analysis, int i)
{
    const Token &t = analysis.tokens[i];
    if (t.span.length() != 1)
        return false;
    const QChar c = text[t.span.begin];
    if (c != u'.')
        return c == u'!' || c == u'?' || c == u';';
    const int s = analysis.sentenceAt(t.span.begin);
    return s < 0 || analysis.sentences[s].endToken <= i + 1;
}

bool isCapitalised(QStringView text, const Token &t)
{
    return t.kind == TokenKind::Word && t.span.length() > 0 && text[t.span.begin].isUpper();
}

bool isDash(QStringView text, const Token &t)
{
    if (t.span.length() != 1)
        return false;
    const QChar c = text[t.span.begin];
    return c == u'\u2015' || c == u'\u2014' || c == u'\u2013';
}

int paragraphOf(const Analysis &analysis, qsizetype pos)
{
    const int token = analysis.tokenAfter(pos);
    if (token >= analysis.tokens.size())
        return -1;
    const int s = analysis.sentenceAt(analysis.tokens[token].span.begin);
    return s >= 0 ? analysis.sentences[s].paragraph : -1;
}

Span spanOf(const Analysis &analysis, int first, int length)
{
    return {analysis.tokens[first].span.begin, analysis.tokens[first + length - 1].span.end};
}

} // namespace

SpeakerAttributor::SpeakerAttributor(const Resources &resources)
    : m_lexicon(resources)
{}

// ""We will win," she said." / ""We will win," said Tom Hale, a spokesman."
SpeakerAttributor::Attribution SpeakerAttributor::fromCueAfter(const SpeakerPhrase &phrase,
                                                               QStringView text,
                                                               const Analysis &analysis,
                                                               const Quote &quote) const
{
    const int first = analysis.tokenAfter(quote.outer.end);
    const int end = std::min<int>(int(analysis.tokens.size()), first + MaxTokensAfterQuote);
    // A signature line: ""We deserve better." ― Ana Ruiz" names the speaker after a dash.
    if (first < end && !analysis.tokens[first].startsLine && isDash(text, analysis.tokens[first])) {
        const SpeakerPhrase::Candidate c = phrase.after(first + 1, end);
        if (c.isValid())
            return {c, analysis.tokens[first].span, QString(), CueAfterConfidence};
    }
    for (int i = first; i < end; ++i) {
        const Token &t = analysis.tokens[i];
        if (t.startsLine || isSentenceEnd(text, analysis, i) || phrase.isPunct(i, u':'))
            return {};
        const SpeechLexicon::Cue cue = m_lexicon.cueAt(text, analysis.tokens, i);
        if (cue.frame == SpeechLexicon::Frame::None)
            continue;
        const bool inverted = i == first || (i == first + 1 && phrase.isPunct(first, u','));
        const int stop = std::min<int>(int(analysis.tokens.size()), i + cue.length + 8);
        const SpeakerPhrase::Candidate c = inverted || cue.frame == SpeechLexicon::Frame::According
                                               ? phrase.after(i + cue.length, stop)
                                               : phrase.before(i, first);
        return {c, spanOf(analysis, i, cue.length), cue.lemma, CueAfterConfidence};
    }
    // Only after the quote's comma: ""...." Of Carson, Levine, ..., said" names no one there.
    if (quote.span.isEmpty() || text[quote.span.end - 1] != u',')
        return {};
    return namedBeforeLongApposition(phrase, text, analysis, first, end);
}

// Review of round 23: ""...," Tom Ross, director of the Critical Threats Project at the American
// Enterprise Institute, said in an interview." names its speaker right after the quote, then a
// description longer than MaxTokensAfterQuote up to the comma before the cue. The name is what
// stands between the quote and its first comma.
SpeakerAttributor::Attribution
SpeakerAttributor::namedBeforeLongApposition(const SpeakerPhrase &phrase, QStringView text,
                                             const Analysis &analysis, int first, int from) const
{
    const int size = int(analysis.tokens.size());
    if (first >= size || !isCapitalised(text, analysis.tokens[first]))
        return {};
    int nameEnd = first + 1;
    while (nameEnd < size && nameEnd - first <= MaxNameTokens && !phrase.isPunct(nameEnd, u','))
        ++nameEnd;
    if (nameEnd >= size || !phrase.isPunct(nameEnd, u','))
        return {};
    for (int i = from; i < size && i < first + MaxTokensBeforeQuote; ++i) {
        const Token &t = analysis.tokens[i];
        if (t.startsLine || isSentenceEnd(text, analysis, i) || phrase.isPunct(i, u':') ||
            phrase.isPunct(i, u'"') || phrase.isPunct(i, u'\u201C'))
            return {};
        const SpeechLexicon::Cue cue = m_lexicon.cueAt(text, analysis.tokens, i);
        if (cue.frame == SpeechLexicon::Frame::None)
            continue;
        if (cue.frame == SpeechLexicon::Frame::According || !phrase.isPunct(i - 1, u','))
            return {};
        // "Mr. Daniloff", "J. Gerald Hebert": the person the names step found there, else
        // the words up to the first punctuation.
        for (int k = first; k < nameEnd; ++k) {
            const int m = analysis.mentionAt(analysis.tokens[k].span.begin);
            if (m >= 0 && analysis.mentions[m].type == EntityType::Person)
                return {{analysis.mentions[m].span, m, false},
                        spanOf(analysis, i, cue.length),
                        cue.lemma,
                        CueAfterConfidence};
        }
        const SpeakerPhrase::Candidate c = phrase.after(first, nameEnd);
        return {c, spanOf(analysis, i, cue.length), cue.lemma, CueAfterConfidence};
    }
    return {};
}

// A speech cue after the quote in its sentence, outside quotes: the quote has a speaker of its
// own, found or not, and continues nobody's ("...," Tom Ross, ..., said.).
bool SpeakerAttributor::cueFollows(QStringView text, const Analysis &analysis,
                                   const std::vector<bool> &quoted, const Quote &quote) const
{
    // "...ready "to fight tonight." One of ...": the quote ends its sentence.
    if (!quote.span.isEmpty()) {
        const QChar last = text[quote.span.end - 1];
        if (last == u'.' || last == u'!' || last == u'?')
            return false;
    }
    for (int i = analysis.tokenAfter(quote.outer.end); i < analysis.tokens.size(); ++i) {
        const Token &t = analysis.tokens[i];
        if (t.startsLine || isSentenceEnd(text, analysis, i) || quoted[size_t(i)])
            return false;
        if (m_lexicon.cueAt(text, analysis.tokens, i).frame != SpeechLexicon::Frame::None)
            return true;
    }
    return false;
}

// "He said: "..."" / "Li visited Minsk and said, "..."" / "Caddell went on:" + new paragraph.
SpeakerAttributor::Attribution SpeakerAttributor::fromCueBefore(const SpeakerPhrase &phrase,
                                                                QStringView text,
                                                                const Analysis &analysis,
                                                                const Quote &quote) const
{
    int last = analysis.tokenAfter(quote.outer.begin) - 1;
    if (last < 0)
        return {};
    const bool opensLine = analysis.tokens[last + 1].startsLine;
    if (opensLine && !phrase.isPunct(last, u':'))
        return {};
    if (isSentenceEnd(text, analysis, last))
        return {};
    const int sentence = analysis.sentenceAt(analysis.tokens[last].span.begin);
    const int limit = std::max(sentence >= 0 ? analysis.sentences[sentence].firstToken : 0,
                               last - MaxTokensBeforeQuote);
    for (int i = last; i >= limit; --i) {
        if (phrase.isPunct(i, u'"') || phrase.isPunct(i, u'\u201D'))
            break;
        const SpeechLexicon::Cue cue = m_lexicon.cueAt(text, analysis.tokens, i);
        if (cue.frame == SpeechLexicon::Frame::None)
            continue;
        const SpeakerPhrase::Candidate c = cue.frame == SpeechLexicon::Frame::According
                                               ? phrase.after(i + cue.length, last + 1)
                                               : phrase.before(i, limit);
        return {c, spanOf(analysis, i, cue.length), cue.lemma, CueBeforeConfidence};
    }
    return {};
}

// Reported speech: "The ministry said that talks would resume." / "Talks will resume, it said."
SpeakerAttributor::Attribution SpeakerAttributor::fromReportedCue(const SpeakerPhrase &phrase,
                                                                  QStringView text,
                                                                  const Analysis &analysis,
                                                                  const Quote &quote) const
{
    const int cueToken = analysis.tokenAfter(quote.cueSpan.begin);
    const SpeechLexicon::Cue cue = m_lexicon.cueAt(text, analysis.tokens, cueToken);
    if (cue.frame == SpeechLexicon::Frame::None)
        return {};
    const int sentence = analysis.sentenceAt(quote.cueSpan.begin);
    const int first = sentence >= 0 ? analysis.sentences[sentence].firstToken : 0;
    const int end =
        sentence >= 0 ? analysis.sentences[sentence].endToken : int(analysis.tokens.size());
    const int afterCue = cueToken + cue.length;
    const bool contentAfter = quote.span.begin >= quote.cueSpan.end;
    SpeakerPhrase::Candidate c;
    if (cue.frame == SpeechLexicon::Frame::According)
        c = phrase.after(afterCue, contentAfter ? analysis.tokenAfter(quote.span.begin) : end);
    else if (contentAfter)
        c = phrase.before(cueToken, first);
    else if (cueToken > first && phrase.isPunct(cueToken - 1, u','))
        c = phrase.after(afterCue, end);
    else
        c = phrase.before(cueToken, analysis.tokenAfter(quote.span.end));
    return {c, quote.cueSpan, quote.cue, ReportedConfidence};
}

void SpeakerAttributor::run(const Document &document, Analysis &analysis) const
{
    const QStringView text = document.text;
    std::vector<bool> quoted(size_t(analysis.tokens.size()), false);
    TokenCursor cursor(analysis.tokens); // quotes are sorted by outer.begin
    for (const Quote &q : std::as_const(analysis.quotes)) {
        if (q.kind == QuoteKind::Direct || q.kind == QuoteKind::Scare) {
            for (int i = cursor.after(q.outer.begin);
                 i < analysis.tokens.size() && analysis.tokens[i].span.begin < q.outer.end; ++i)
                quoted[size_t(i)] = true;
        }
    }
    PersonGenders genders(text, analysis, quoted, m_lexicon);
    const SpeakerPhrase phrase(text, analysis, m_lexicon, quoted,
                               [&genders](int entity) { return genders.of(entity); });
    const Quote *previous = nullptr;
    for (Quote &quote : analysis.quotes) {
        if (quote.kind == QuoteKind::Scare)
            continue;
        Attribution a;
        if (!quote.cueSpan.isEmpty())
            a = fromReportedCue(phrase, text, analysis, quote);
        if (!a.candidate.isValid())
            a = fromCueAfter(phrase, text, analysis, quote);
        if (!a.candidate.isValid())
            a = fromCueBefore(phrase, text, analysis, quote);
        if (a.candidate.isValid()) {
            phrase.resolve(a.candidate);
            quote.speakerSpan = a.candidate.span;
            quote.speakerMention = a.candidate.mention;
            quote.speaker = phrase.entityOf(a.candidate);
            quote.speakerName = phrase.nameOf(a.candidate);
            quote.cueSpan = a.cueSpan;
            quote.cue = a.cue;
            quote.confidence =
                a.confidence *
                (a.candidate.pronoun && a.candidate.mention < 0 ? UnresolvedPronounFactor : 1.0f);
        } else if (previous && quote.kind == QuoteKind::Direct &&
                   !cueFollows(text, analysis, quoted, quote) &&
                   paragraphOf(analysis, quote.outer.begin) -
                           paragraphOf(analysis, previous->outer.begin) <=
                       MaxContinuationParagraphs) {
            // "...," said the mayor. "We will rebuild." -- the second quote is hers too.
            quote.speaker = previous->speaker;
            quote.speakerMention = previous->speakerMention;
            quote.speakerSpan = previous->speakerSpan;
            quote.speakerName = previous->speakerName;
            quote.confidence = ContinuationConfidence;
        }
        if (quote.kind == QuoteKind::Direct && !quote.speakerName.isEmpty())
            previous = &quote;
    }
}

} // namespace lector
