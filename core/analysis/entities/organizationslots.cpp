// SPDX-License-Identifier: GPL-3.0-or-later
// EntityRecogniser: names in an organization's slot (lexicon/orgcues.tsv): after a noun and its
// preposition ("shares of Brembo", "analysts at Bernstein"; round 12, moved here from
// entitylexicontypes.cpp in round 21) and before a firm's possessive ("Vantorix's chief
// executive"; round 21).
#include "analysis/entities/entityrecogniser.h"
#include "analysis/entities/mentionorder.h"

#include "analysis/entities/tablememory.h"
#include "lexicon/gazetteer.h"
#include "lexicon/resources.h"
#include "lexicon/tsvtable.h"
#include "text/tokenizer.h"

#include <optional>

namespace lector {

namespace {

// The key of a cue noun followed by its preposition ("shares of").
quint64 cuePair(quint64 word, quint64 preposition)
{
    return splitmix64(word) ^ preposition;
}

} // namespace

// orgcues.tsv: a noun, its prepositions and whether a person may be its object (`any`) or never
// (`firm`); the preposition "'s" makes the row a phrase written after the owner's possessive.
void EntityRecogniser::loadOrganizationCues(const Resources &resources)
{
    for (const TsvTable::Row &row : resources.table(QStringLiteral("orgcues")).rows()) {
        const QString &noun = row.fields.value(0);
        const bool firmOnly = row.fields.value(2) == u"firm";
        const quint64 word = NerFeatures::hashLower(noun);
        for (QStringView preposition :
             QStringView(row.fields.value(1)).tokenize(u' ', Qt::SkipEmptyParts)) {
            if (preposition == u"'s") {
                m_ownedPhrases.append(noun.toLower().split(u' ', Qt::SkipEmptyParts));
                continue;
            }
            const quint64 key = cuePair(word, NerFeatures::hashLower(preposition));
            m_organizationCues.insert(key);
            if (firmOnly)
                m_firmOnlyCues.insert(key);
        }
    }
}

// The last words of the people's mentions of two words or more in the article, each with its
// number of mentions ("Bernstein" of "Leah Bernstein"), for namesPersonOfArticle() (counted once
// per pass, not looked for among all mentions at each name: round 21 mend).
QHash<quint64, int> EntityRecogniser::fullNameEnds(const Analysis &analysis,
                                                   const std::vector<NerTokenFacts> &facts)
{
    QHash<quint64, int> ends;
    for (const Mention &m : analysis.mentions) {
        if (m.type != EntityType::Person)
            continue;
        const int f = tokenAt(analysis.tokens, m.span.begin);
        const int l = tokenAt(analysis.tokens, m.span.end - 1);
        if (l > f)
            ++ends[facts[size_t(l)].lower];
    }
    return ends;
}

// Whether the person `mention` of one word or more is a person of the article for sure: it
// opens with a given name or has a role, or a person's mention of two words or more elsewhere
// in the article ends with its last word ("Bernstein" after "Leah Bernstein"; `fullNameEnds`
// counts them, fullNameEnds()).
bool EntityRecogniser::namesPersonOfArticle(const QList<Token> &tokens,
                                            const std::vector<NerTokenFacts> &facts,
                                            const QHash<quint64, int> &fullNameEnds,
                                            const Mention &mention)
{
    const int first = tokenAt(tokens, mention.span.begin);
    const int last = tokenAt(tokens, mention.span.end - 1);
    if (!mention.role.isEmpty() || (facts[size_t(first)].flags & NerFeatures::GivenName))
        return true;
    // The mention itself is no other.
    return fullNameEnds.value(facts[size_t(last)].lower) > (last > first ? 1 : 0);
}

// A person's mention turned into an organization's: no more a person of the article by its last
// word.
void EntityRecogniser::retypeAsOrganization(const QList<Token> &tokens,
                                            const std::vector<NerTokenFacts> &facts,
                                            std::optional<QHash<quint64, int>> &fullNameEnds,
                                            Mention &mention)
{
    if (mention.type == EntityType::Person && fullNameEnds) {
        const int f = tokenAt(tokens, mention.span.begin);
        const int l = tokenAt(tokens, mention.span.end - 1);
        if (l > f)
            --(*fullNameEnds)[facts[size_t(l)].lower];
    }
    mention.type = EntityType::Organization;
}

// "Shares of Brembo fell", "a spokeswoman for Vantrell said": after a noun of
// lexicon/orgcues.tsv and its preposition, a run of capitalised words that the model left out,
// or typed a place, is an organization, unless the gazetteer lists it as a place ("shares in
// Asia"). A rare firm's name in a short sentence gives the model little else to go on. A person
// stays one ("a spokesman for Obama"), unless the cue never takes a person (`firm` rows:
// "Analysts at Bernstein said", round 21) and the person is none of the article
// (namesPersonOfArticle()).
void EntityRecogniser::firmsAfterCues(Analysis &analysis,
                                      const std::vector<NerTokenFacts> &facts) const
{
    const QList<Token> &tokens = analysis.tokens;
    std::optional<QHash<quint64, int>> ends; // fullNameEnds(), once one is needed
    const auto personOfArticle = [&](const Mention &m) {
        if (!ends)
            ends = fullNameEnds(analysis, facts);
        return namesPersonOfArticle(tokens, facts, *ends, m);
    };
    qsizetype next = 0; // the first mention that does not end before the token (mentions are
                        // sorted and flat, so the first overlapping mention is that one)
    QList<Mention> added;
    for (int i = 2; i < tokens.size(); ++i) {
        const NerTokenFacts &f = facts[size_t(i)];
        const quint64 cue = cuePair(facts[size_t(i - 2)].lower, facts[size_t(i - 1)].lower);
        if (!(f.flags & NerFeatures::InitialCapital) || (f.flags & NerFeatures::TimeWord) ||
            tokens[i].kind != TokenKind::Word || !m_organizationCues.contains(cue))
            continue;
        int end = i + 1;
        while (end < tokens.size() && end - i < 4 && tokens[end].kind == TokenKind::Word &&
               (facts[size_t(end)].flags & NerFeatures::InitialCapital))
            ++end;
        if (f.matchTokens == end - i && m_gazetteer->entry(f.matchEntry).major == EntityType::Place)
            continue;
        const Span span{tokens[i].span.begin, tokens[end - 1].span.end};
        while (next < analysis.mentions.size() && analysis.mentions[next].span.end <= span.begin)
            ++next;
        if (next == analysis.mentions.size() || !analysis.mentions[next].span.overlaps(span)) {
            Mention mention;
            mention.span = span;
            mention.type = EntityType::Organization;
            mention.source = MentionSource::Model;
            added.append(mention);
        } else if (Mention &it = analysis.mentions[next];
                   it.span.begin == span.begin && it.span.end == span.end &&
                   (it.type == EntityType::Place ||
                    (it.type == EntityType::Person && m_firmOnlyCues.contains(cue) &&
                     f.matchTokens != end - i && !personOfArticle(it)))) {
            retypeAsOrganization(tokens, facts, ends, it);
        }
        i = end - 1;
    }
    addMentions(analysis, added);
}

// "Vantorix's chief executive said", "Kellmark's shareholders voted" (round 21): a person's
// mention of the model right before a possessive and a phrase that only a firm owns
// (orgcues.tsv's "'s" rows) is the organization, unless it is a person of the article
// (namesPersonOfArticle(): "Trump's chief of staff" is no such phrase anyway) or a name the
// gazetteer lists.
void EntityRecogniser::firmsBeforeOwnedWords(const QString &text, Analysis &analysis,
                                             const std::vector<NerTokenFacts> &facts) const
{
    const QList<Token> &tokens = analysis.tokens;
    const auto ownedAt = [&](int k) {
        for (const QStringList &phrase : m_ownedPhrases) {
            const int n = int(phrase.size());
            bool match = k + n <= tokens.size();
            for (int j = 0; j < n && match; ++j)
                match = facts[size_t(k + j)].word.compare(phrase[j], Qt::CaseInsensitive) == 0;
            if (match)
                return true;
        }
        return false;
    };
    std::optional<QHash<quint64, int>> ends; // fullNameEnds(), once one is needed
    for (Mention &m : analysis.mentions) {
        // The token after the name is looked up only when an apostrophe follows it.
        if (m.type != EntityType::Person || m.span.end + 1 >= text.size() ||
            (text[m.span.end] != u'\'' && text[m.span.end] != u'\u2019'))
            continue;
        const int first = tokenAt(tokens, m.span.begin);
        const int p = tokenAt(tokens, m.span.end);
        if (p + 1 >= tokens.size() || tokens[p].span.begin != m.span.end ||
            !Tokenizer::isPossessiveEnding(facts[size_t(p)].word) || !ownedAt(p + 1) ||
            facts[size_t(first)].matchTokens == p - first)
            continue;
        if (!ends)
            ends = fullNameEnds(analysis, facts);
        if (namesPersonOfArticle(tokens, facts, *ends, m))
            continue;
        retypeAsOrganization(tokens, facts, ends, m);
    }
}

} // namespace lector
