// SPDX-License-Identifier: GPL-3.0-or-later
// EntityRecogniser: spans of the model split where a name cannot go on (round 26): a state
// before a party's member ("Texas Republican"), a verb written in lower case inside ("Whitcomb
// cancels Florida swing"), and the gazetteer's phrases inside a piece.
#include "analysis/entities/entityrecogniser.h"

#include "lexicon/gazetteer.h"

#include <algorithm>

namespace lector {

// Round 26: "Sen. Mark Ellis, a Texas Republican,", "New Hampshire Democrats": a span of the
// model that is a place the gazetteer lists whole and a party's member (partymembers.tsv) is
// the place and a word of type other, whatever type the model gave the span ("Texas
// Republican" was a person). Returns false for any other span.
bool EntityRecogniser::splitAtPartyMember(const Document &document, Analysis &analysis,
                                          const std::vector<NerTokenFacts> &facts, int first,
                                          int end) const
{
    if (end - first < 2 || !m_partyMembers.contains(facts[size_t(end - 1)].lower))
        return false;
    const NerTokenFacts &head = facts[size_t(first)];
    if (head.matchTokens != end - 1 - first ||
        m_gazetteer->entry(head.matchEntry).major != EntityType::Place)
        return false;
    addMention(document, analysis, facts, first, end - 1, int(EntityType::Place));
    addMention(document, analysis, facts, end - 1, end, int(EntityType::Other));
    return true;
}

// Round 26: "Whitcomb cancels Florida swing" (a headline in sentence case): a name holds no
// verb written in lower case ("Bank of America", "Newcastle upon Tyne" hold joining words): a
// span of the model with a word inside that reads as one (written in lower case, of four
// letters or more, ending in one "s", in "ed" or in "ing", inside no phrase the gazetteer lists
// whole: "Sant Vicenç dels Horts") is split there. Of each piece between such words, less the
// lower-case words at its ends ("Pete Wilson who"), a phrase the gazetteer lists whole is a name of
// the gazetteer's type; a person's piece of two capitalised words or more, or opening with a given
// name, stays a person ("David Rothschild assesses Donald Trump"); the rest is left to the
// passes after the model. Returns false when the span has no such word.
bool EntityRecogniser::splitAtLowerWord(const Document &document, Analysis &analysis,
                                        const std::vector<NerTokenFacts> &facts, int first, int end,
                                        int type) const
{
    const auto lower = [&](int i) { return facts[size_t(i)].word.front().isLower(); };
    // Inside a phrase the gazetteer lists whole ("Sant Vicenç dels Horts") no word splits.
    const auto inPhrase = [&](int i) {
        for (int k = first; k < i; ++k)
            if (k + facts[size_t(k)].matchTokens > i)
                return true;
        return false;
    };
    const auto verbLike = [&](int i) {
        const QStringView w = facts[size_t(i)].word;
        return w.size() > 3 && lower(i) &&
               (endsInOneS(w) || w.endsWith(u"ed") || w.endsWith(u"ing")) && !inPhrase(i);
    };
    bool found = false;
    for (int i = first + 1; i + 1 < end && !found; ++i)
        found = verbLike(i);
    if (!found)
        return false;
    for (int from = first; from < end;) {
        int to = from;
        while (to < end && !verbLike(to))
            ++to;
        int a = from, b = to;
        while (a < b && lower(a))
            ++a;
        while (b > a && lower(b - 1))
            --b;
        if (a < b) {
            const NerTokenFacts &head = facts[size_t(a)];
            if (head.matchTokens == b - a)
                addMention(document, analysis, facts, a, b,
                           int(m_gazetteer->entry(head.matchEntry).major));
            else if (EntityType(type) == EntityType::Person &&
                     (b - a >= 2 || (head.flags & NerFeatures::GivenName)))
                addMention(document, analysis, facts, a, b, type);
            else
                addGazetteerPieces(document, analysis, facts, a, b);
        }
        from = to + 1;
    }
    return true;
}

// The phrases the gazetteer lists whole inside [first, end), each a mention of its type.
void EntityRecogniser::addGazetteerPieces(const Document &document, Analysis &analysis,
                                          const std::vector<NerTokenFacts> &facts, int first,
                                          int end) const
{
    for (int k = first; k < end;) {
        const NerTokenFacts &piece = facts[size_t(k)];
        if (piece.matchTokens <= 0 || k + piece.matchTokens > end) {
            ++k;
            continue;
        }
        addMention(document, analysis, facts, k, k + piece.matchTokens,
                   int(m_gazetteer->entry(piece.matchEntry).major));
        k += piece.matchTokens;
    }
}

} // namespace lector
