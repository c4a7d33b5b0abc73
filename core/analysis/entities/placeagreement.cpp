// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entities/placeagreement.h"
#include "analysis/entities/mentionorder.h"

#include "analysis/entities/tablememory.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace lector {

namespace {

// The key of a written name, token by token, as written ("York", "Broken Arrow").
quint64 extend(quint64 key, quint64 word)
{
    return splitmix64(key ^ word);
}

int firstTokenAt(const QList<Token> &tokens, qsizetype offset)
{
    const auto it = std::lower_bound(tokens.cbegin(), tokens.cend(), offset,
                                     [](const Token &t, qsizetype o) { return t.span.end <= o; });
    return int(it - tokens.cbegin());
}

// "Only York", "With Hadibo": a word that opens the sentence and that the dictionary writes in
// lower case is capitalised for its place, so it starts no longer name.
bool isOpeningWord(const NerTokenFacts &f)
{
    return (f.flags & NerFeatures::AfterSentenceEnd) && (f.flags & NerFeatures::CommonWord) &&
           !(f.flags & (NerFeatures::ProperWord | NerFeatures::GivenName | NerFeatures::TitleWord |
                        NerFeatures::OrgWord)) &&
           f.matchTokens <= 0;
}

} // namespace

// "There are four hotels in Hadibo ... a bus from the airport to Hadibo": the model, unsure of
// a rare word, tags it a place in some sentences and leaves it out in others (at the opening
// of a sentence above all: "York was home to the Ninth Legion"). The article's own use decides.
void PlaceAgreement::addPlaceNames(Analysis &analysis, const std::vector<NerTokenFacts> &facts)
{
    const QList<Token> &tokens = analysis.tokens;
    QSet<quint64> places, others;
    int longest = 0;
    for (const Mention &m : std::as_const(analysis.mentions)) {
        const int first = firstTokenAt(tokens, m.span.begin);
        quint64 key = 0;
        int end = first;
        for (; end < tokens.size() && tokens[end].span.begin < m.span.end; ++end)
            key = extend(key, facts[size_t(end)].exact);
        // "Ghost in the Shell", "from the North": a lone word that the dictionary writes in
        // lower case may be a place once and a thing or a direction the next time.
        const quint32 flags = facts[size_t(first)].flags;
        const bool ordinary = end - first == 1 && (flags & NerFeatures::CommonWord);
        if (m.type == EntityType::Place && m.source == MentionSource::Model && !ordinary) {
            places.insert(key);
            longest = std::max(longest, end - first);
        } else {
            others.insert(key);
        }
    }
    for (const quint64 key : std::as_const(others))
        places.remove(key);
    if (places.isEmpty())
        return;
    constexpr quint32 excluded =
        NerFeatures::CapitalsLine | NerFeatures::TimeWord | NerFeatures::TitleWord;
    const auto capitalisedWord = [&](int k) {
        return k >= 0 && k < tokens.size() && tokens[k].kind == TokenKind::Word &&
               (facts[size_t(k)].flags & NerFeatures::InitialCapital);
    };
    const qsizetype count = analysis.mentions.size();
    qsizetype next = 0; // the first mention that does not end before the token
    QList<Mention> added;
    for (int i = 0; i < tokens.size(); ++i) {
        const NerTokenFacts &f = facts[size_t(i)];
        if (!capitalisedWord(i) || (f.flags & excluded))
            continue;
        while (next < count && analysis.mentions[next].span.end <= tokens[i].span.begin)
            ++next;
        // The longest place form that starts here and overlaps no mention.
        int end = -1;
        quint64 key = 0;
        for (int k = i; k < tokens.size() && k - i < longest; ++k) {
            if (next < count && analysis.mentions[next].span.begin < tokens[k].span.end)
                break;
            key = extend(key, facts[size_t(k)].exact);
            if (places.contains(key))
                end = k + 1;
        }
        if (end < 0 || capitalisedWord(end) ||
            (capitalisedWord(i - 1) && !(f.flags & NerFeatures::AfterSentenceEnd) &&
             !isOpeningWord(facts[size_t(i - 1)])))
            continue;
        Mention mention;
        mention.span = {tokens[i].span.begin, tokens[end - 1].span.end};
        mention.type = EntityType::Place;
        mention.source = MentionSource::Model;
        added.append(mention);
        i = end - 1;
    }
    addMentions(analysis, added);
}

} // namespace lector
