// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entities/documentcase.h"

#include "analysis/entities/tablememory.h"

namespace lector {

namespace {

// How the words of one document are written: non-zero word hash -> bits. Open addressing; it
// grows with the distinct words (not the tokens), so it stays small and warm in the cache.
class WordBits
{
public:
    WordBits() { m_slots.assign(1024, {0, 0}); }
    void add(quint64 h, quint32 bits)
    {
        if (2 * (m_used + 1) > m_slots.size())
            grow();
        Slot &slot = m_slots[indexOf(h)];
        m_used += slot.word == 0;
        slot = {h, slot.bits | bits};
    }
    quint32 bits(quint64 h) const { return m_slots[indexOf(h)].bits; }

private:
    struct Slot
    {
        quint64 word;
        quint32 bits;
    };
    // The slot of `h`, or the empty slot where it would go.
    size_t indexOf(quint64 h) const
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = size_t(splitmix64(h)) & mask;
        while (m_slots[i].word != 0 && m_slots[i].word != h)
            i = (i + 1) & mask;
        return i;
    }
    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2, Slot{0, 0});
        old.swap(m_slots);
        for (const Slot &slot : old) {
            if (slot.word != 0)
                m_slots[indexOf(slot.word)] = slot;
        }
    }
    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

} // namespace

// "Airline Chief Says Maintenance Was Skipped": a line of at least three words in which every
// word of four or more letters is capitalised and more than half of the words are (a line of
// one short name, "Introduction", is left alone). How the line ends is no test: headlines end
// with a period too ("Graham: Trump's 'Hateful Rhetoric' Destroying GOP's Chance.", PolNeAR),
// so a one-line text of names and short words ("They met at St. Patrick's Cathedral in
// Dublin.") is read as a headline (round 19: of the lines this takes in CoNLL-2003 train, 65 of
// 2,180 end with a period, nearly all cricket scores and ratings; in PolNeAR train 173 of 503,
// nearly all headlines).
bool DocumentCase::isTitleCaseLine(const QList<Token> &tokens,
                                   const std::vector<NerTokenFacts> &facts, qsizetype begin,
                                   qsizetype end)
{
    int capitalised = 0, words = 0;
    for (qsizetype i = begin; i < end; ++i) {
        if (tokens[i].kind != TokenKind::Word)
            continue;
        ++words;
        const quint32 fl = facts[size_t(i)].flags;
        if (fl & (NerFeatures::InitialCapital | NerFeatures::AllCapitals))
            ++capitalised;
        else if (facts[size_t(i)].word.size() >= 4)
            return false;
    }
    return words >= 3 && capitalised >= 3 && 2 * capitalised > words;
}

// A headline or dateline written in capitals ("RUSSIA BEATS FRANCE IN FINAL") says nothing
// through its capitals, so the model must learn to read such lines differently.
void DocumentCase::markLines(const QList<Token> &tokens, std::vector<NerTokenFacts> &facts)
{
    const qsizetype n = tokens.size();
    qsizetype lineBegin = 0;
    while (lineBegin < n) {
        qsizetype lineEnd = lineBegin + 1;
        while (lineEnd < n && !tokens[lineEnd].startsLine)
            ++lineEnd;
        int capitals = 0, lower = 0;
        for (qsizetype i = lineBegin; i < lineEnd; ++i) {
            const quint32 fl = facts[size_t(i)].flags;
            if (tokens[i].kind != TokenKind::Word)
                continue;
            if (fl & NerFeatures::AllCapitals)
                capitals += tokens[i].span.length() > 1;
            else
                ++lower;
        }
        if (capitals > 0 && lower == 0) {
            for (qsizetype i = lineBegin; i < lineEnd; ++i)
                facts[size_t(i)].flags |= NerFeatures::CapitalsLine;
        } else if (isTitleCaseLine(tokens, facts, lineBegin, lineEnd)) {
            for (qsizetype i = lineBegin; i < lineEnd; ++i)
                facts[size_t(i)].flags |= NerFeatures::TitleCaseLine;
        }
        // "HANOI, Vietnam (AP) -", "LONDON (Reuters) -", "PITTSBURGH \u2014 Senator ...": the
        // place of a dateline. A dash follows it only on a line that goes on in lower case
        // ("SOCCER - JAPAN WIN" is a headline).
        const bool goesOnLower = capitals > 0 && lower > 0;
        if (lineBegin + 1 < lineEnd &&
            (facts[size_t(lineBegin)].flags & NerFeatures::AllCapitals) &&
            tokens[lineBegin].kind == TokenKind::Word) {
            qsizetype i = lineBegin;
            while (i + 1 < lineEnd && (facts[size_t(i + 1)].flags & NerFeatures::AllCapitals) &&
                   tokens[i + 1].kind == TokenKind::Word)
                ++i;
            const QStringView next = facts[size_t(i + 1)].word;
            const bool dash = next == u"\u2014" || next == u"\u2013" || next == u"-";
            if (i + 1 < lineEnd && (next == u"," || next == u"(" || (dash && goesOnLower) ||
                                    (facts[size_t(i + 1)].flags & NerFeatures::HasDigit))) {
                for (qsizetype k = lineBegin; k <= i; ++k)
                    facts[size_t(k)].flags |= NerFeatures::Dateline;
            }
        }
        lineBegin = lineEnd;
    }
}

// A word that opens a sentence or stands in a headline is capitalised anyway; how the same word
// is written elsewhere in the article tells a name ("Mr Hill said" ... "HILL WINS") from a
// common word ("the hill").
void DocumentCase::markDocument(const QList<Token> &tokens, std::vector<NerTokenFacts> &facts)
{
    WordBits seen;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        NerTokenFacts &f = facts[size_t(i)];
        const bool afterEnd = i == 0 || tokens[i].startsLine ||
                              (facts[size_t(i - 1)].flags & NerFeatures::Punctuation);
        if (afterEnd)
            f.flags |= NerFeatures::AfterSentenceEnd;
        if (tokens[i].kind != TokenKind::Word ||
            (f.flags & (NerFeatures::CapitalsLine | NerFeatures::TitleCaseLine)))
            continue;
        if ((f.flags & NerFeatures::InitialCapital) && !afterEnd)
            seen.add(f.lower, NerFeatures::SeenCapitalMid);
        else if (!(f.flags & NerFeatures::InitialCapital))
            seen.add(f.lower, NerFeatures::SeenLower);
    }
    // Only capitalised words ask: a lower-case word is seen in lower case by itself.
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        NerTokenFacts &f = facts[size_t(i)];
        if (!(f.flags & (NerFeatures::InitialCapital | NerFeatures::AllCapitals))) {
            if (tokens[i].kind == TokenKind::Word)
                f.flags |= NerFeatures::SeenLower;
            continue;
        }
        f.flags |= seen.bits(f.lower);
    }
}

} // namespace lector
