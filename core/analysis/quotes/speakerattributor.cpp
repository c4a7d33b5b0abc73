// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/quotes/speakerattributor.h"

#include "analysis/tokencursor.h"
#include "lexicon/resources.h"

#include <algorithm>

namespace lector {

namespace {

constexpr int MaxTokensAfterQuote = 12;  ///< "...," panel Chairman Rep. Ann Ford (R-Utah) said
constexpr int MaxTokensBeforeQuote = 40; ///< a long sentence before "and said, "...""
constexpr float CueAfterConfidence = 0.9f;
constexpr float CueBeforeConfidence = 0.85f;
constexpr float ReportedConfidence = 0.7f;
constexpr float ContinuationConfidence = 0.6f;
/// A quote with no cue continues the last attributed one at most this many lines back (blank
/// lines between paragraphs count): a speaker often goes on for a paragraph or two.
constexpr int MaxContinuationParagraphs = 4;
constexpr float UnresolvedPronounFactor = 0.7f;

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
            break;
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
    return {};
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
    const SpeakerPhrase phrase(text, analysis, m_lexicon, quoted);
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
