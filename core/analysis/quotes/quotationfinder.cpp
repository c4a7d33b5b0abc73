// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/quotes/quotationfinder.h"

#include "analysis/quotes/indirectspeechfinder.h"
#include "analysis/tokencursor.h"
#include "lexicon/resources.h"

#include <algorithm>

namespace lector {

namespace {

constexpr int MaxScareWords = 4;       ///< 'neutral party', "Shark Tank"
constexpr int MaxSpeakerBeforeCue = 6; ///< "...," the ministry's chief spokesman said
constexpr double CoveredByDirect = 0.8;

bool isOneOf(QStringView text, const Token &t, QStringView chars)
{
    return t.span.length() == 1 && chars.contains(text[t.span.begin]);
}

// The words of `span`, whose first token is `first`.
int wordsIn(const Analysis &analysis, Span span, int first)
{
    int n = 0;
    for (int i = first; i < analysis.tokens.size() && analysis.tokens[i].span.begin < span.end; ++i)
        n += analysis.tokens[i].kind == TokenKind::Word ? 1 : 0;
    return n;
}

// True when only blanks stand between the line start and pos.
bool startsLine(QStringView text, qsizetype pos)
{
    for (qsizetype k = pos - 1; k >= 0; --k) {
        if (text[k] == u'\n')
            return true;
        if (!text[k].isSpace())
            return false;
    }
    return true;
}

// A period ends the cue search only where a sentence ends: ""No," Mr. Li said." reads on.
bool endsSentence(const Analysis &analysis, QStringView text, int i)
{
    if (!isOneOf(text, analysis.tokens[i], u"."))
        return false;
    const int s = analysis.sentenceAt(analysis.tokens[i].span.begin);
    return s < 0 || analysis.sentences[s].endToken <= i + 1;
}

} // namespace

QuotationFinder::QuotationFinder(const Resources &resources)
    : m_lexicon(resources, SpeechLexicon::GivenNames::Skip)
{}

// ""We will win," she said." and ""We will win," said the mayor." have a cue within a few
// tokens after the closing mark, before the sentence goes on.
bool QuotationFinder::cueFollows(QStringView text, const Analysis &analysis, int after) const
{
    const int end = std::min<int>(int(analysis.tokens.size()), after + MaxSpeakerBeforeCue + 1);
    for (int i = after; i < end; ++i) {
        const Token &t = analysis.tokens[i];
        if (t.startsLine || isOneOf(text, t, u"!?;:\"\u201C\u201D") ||
            endsSentence(analysis, text, i))
            return false;
        if (m_lexicon.cueAt(text, analysis.tokens, i).frame != SpeechLexicon::Frame::None)
            return true;
    }
    return false;
}

QuoteKind QuotationFinder::classify(QStringView text, const Analysis &analysis,
                                    const QuoteMarkScanner::Segment &segment, int first, int after,
                                    int words) const
{
    if (startsLine(text, segment.outer.begin) || !segment.closed)
        return QuoteKind::Direct;
    if (cueFollows(text, analysis, after))
        return QuoteKind::Direct;
    if (first > 0) {
        const Token &prev = analysis.tokens[first - 1];
        // She said: "We will win." / "We will win." "Nobody doubts it." / He added, "We will."
        if (isOneOf(text, prev, u":.!?\u201D\"") ||
            (isOneOf(text, prev, u",") && words > MaxScareWords))
            return QuoteKind::Direct;
        // He said "We will win" is speech, she called it "a farce" is not.
        if (m_lexicon.cueAt(text, analysis.tokens, first - 1).frame != SpeechLexicon::Frame::None)
            return words > MaxScareWords ? QuoteKind::Direct : QuoteKind::Partial;
    }
    // Marked words inside a sentence with no speech around them are a term, a title or scare
    // quotes: she called the plan "a farce"; the show "Morning Call". Reported speech around
    // them, when the IndirectSpeechFinder sees it, turns them into a Partial quote.
    return QuoteKind::Scare;
}

QList<Quote> QuotationFinder::markedQuotes(QStringView text, const Analysis &analysis,
                                           std::vector<bool> &quoted) const
{
    const QList<QuoteMarkScanner::Segment> segments = QuoteMarkScanner::scan(text);
    QList<Quote> marked;
    marked.reserve(segments.size());
    // Segments come in text order: cursors instead of a binary search per position.
    TokenCursor begins(analysis.tokens);
    TokenCursor ends(analysis.tokens);
    for (const QuoteMarkScanner::Segment &segment : segments) {
        const int first = begins.after(segment.outer.begin);
        for (int i = first;
             i < analysis.tokens.size() && analysis.tokens[i].span.begin < segment.outer.end; ++i)
            quoted[size_t(i)] = true;
        const int words = wordsIn(analysis, segment.span, begins.after(segment.span.begin));
        const int after = ends.after(segment.outer.end - 1) + 1;
        Quote quote;
        quote.span = segment.span;
        quote.outer = segment.outer;
        quote.kind = classify(text, analysis, segment, first, after, words);
        marked.append(quote);
    }
    return marked;
}

// Reported speech that is mostly one marked quotation standing as speech is that quotation
// ("X said, "...""): it is dropped. Reported speech that overlaps marked words absorbs them as one
// Partial quote, reaching to the closing mark: Ana said she was "tired of waiting." -> she was "...
// waiting."
QList<Quote> QuotationFinder::merge(const QList<Quote> &reported, const QList<Quote> &marked)
{
    QList<Quote> quotes;
    std::vector<bool> absorbed(size_t(marked.size()), false);
    auto m = marked.begin();
    for (Quote r : reported) {
        while (m != marked.end() && m->outer.end <= r.span.begin)
            ++m;
        bool covered = false;
        for (auto k = m; k != marked.end() && k->outer.begin < r.span.end; ++k) {
            const qsizetype overlap =
                std::min(k->outer.end, r.span.end) - std::max(k->outer.begin, r.span.begin);
            covered = covered ||
                      (k->kind != QuoteKind::Scare && overlap >= CoveredByDirect * r.span.length());
        }
        if (covered)
            continue;
        for (auto k = m; k != marked.end() && k->outer.begin < r.span.end; ++k) {
            if (k->outer.begin < r.span.begin)
                continue; // a quotation opened before the content is not part of it
            absorbed[size_t(k - marked.begin())] = true;
            r.kind = QuoteKind::Partial;
            r.span.end = std::max(r.span.end, k->outer.end);
            r.outer = r.span;
        }
        quotes.append(r);
    }
    for (qsizetype i = 0; i < marked.size(); ++i) {
        if (!absorbed[size_t(i)])
            quotes.append(marked[i]);
    }
    std::sort(quotes.begin(), quotes.end(),
              [](const Quote &a, const Quote &b) { return a.outer < b.outer; });
    return quotes;
}

void QuotationFinder::run(const Document &document, Analysis &analysis) const
{
    const QStringView text = document.text;
    std::vector<bool> quoted(size_t(analysis.tokens.size()), false);
    const QList<Quote> marked = markedQuotes(text, analysis, quoted);
    const QList<Quote> reported = IndirectSpeechFinder(m_lexicon).find(text, analysis, quoted);
    // Keep them non-overlapping: a marked quote reaching into reported speech wins.
    QList<Quote> kept;
    for (const Quote &q : merge(reported, marked)) {
        if (!kept.isEmpty() && kept.last().outer.overlaps(q.outer)) {
            if (kept.last().kind == QuoteKind::Indirect)
                kept.last() = q;
            continue;
        }
        kept.append(q);
    }
    analysis.quotes = kept;
}

} // namespace lector
