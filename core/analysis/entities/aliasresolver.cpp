// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entities/aliasresolver.h"

#include "analysis/entities/entitygrouper.h"
#include "analysis/entities/nerfeatures.h"
#include "analysis/tokencursor.h"
#include "lexicon/resources.h"

namespace lector {

namespace {

QStringView tokenText(const QString &text, const Token &token)
{
    return QStringView(text).sliced(token.span.begin, token.span.length());
}

bool isPossessiveMark(QStringView word)
{
    return word == u"'s" || word == u"\u2019s" || word == u"'" || word == u"\u2019" ||
           word == u"'S" || word == u"\u2019S";
}

// The words from token `first` up to `end` as written, with the spaces between them.
QString written(const QString &text, const QList<Token> &tokens, int first, int end)
{
    return text.mid(tokens[first].span.begin, tokens[end - 1].span.end - tokens[first].span.begin);
}

bool startsUpper(QStringView word)
{
    return !word.isEmpty() && word.front().isUpper();
}

} // namespace

AliasResolver::AliasResolver(const Resources &resources)
    : m_gazetteer(resources.gazetteer())
    , m_titles(resources)
    , m_ordinaryWords(resources.ordinaryWords())
    , m_placePrepositions(resources.wordSet(QStringLiteral("placepreps")))
{
    // Companies and clubs carry a town's name without being about it ("Manchester United",
    // "Singapore Refining Company"): their head words do not make a nested place.
    for (const TsvTable::Row &row : resources.table(QStringLiteral("orgwords")).rows()) {
        if (row.fields.value(1) != u"company")
            m_orgWords.insert(NerFeatures::hashLower(row.fields.first()));
    }
}

void AliasResolver::run(const Document &document, Analysis &analysis) const
{
    trimMentions(document, analysis);
    EntityGrouper grouper(document.text, analysis, m_gazetteer, m_titles, m_ordinaryWords,
                          m_placePrepositions);
    grouper.group();
    addNestedPlaces(document, analysis);
}

// "University of Kent", "Kent County Council": an organization named after a place names the
// place too, and GUM marks it so. Inside an organization mention with a head word of
// lexicon/orgwords.tsv other than a company's, the gazetteer's places shorter than the whole
// name become Analysis::nestedPlaces. Other organizations stay whole: clubs and companies carry
// a town's name without being about it ("Chicago Cubs", "Air France", "Manchester United").
// GUM train 2-fold CV +0.007 partial, CoNLL-2003 dev -0.002 exact (CoNLL does not nest);
// every organization: CV +0.012, CoNLL dev -0.013.
void AliasResolver::addNestedPlaces(const Document &document, Analysis &analysis) const
{
    analysis.nestedPlaces.clear();
    const QString &text = document.text;
    const QList<Token> &tokens = analysis.tokens;
    TokenCursor cursor(tokens);
    for (const Mention &mention : std::as_const(analysis.mentions)) {
        if (mention.type != EntityType::Organization)
            continue;
        const int first = cursor.after(mention.span.begin);
        int end = first;
        bool headWord = false;
        while (end < tokens.size() && tokens[end].span.begin < mention.span.end) {
            headWord = headWord ||
                       m_orgWords.contains(NerFeatures::hashLower(tokenText(text, tokens[end])));
            ++end;
        }
        if (end - first < 2 || !headWord)
            continue;
        for (int t = first; t < end;) {
            const Gazetteer::Match match = startsUpper(tokenText(text, tokens[t]))
                                               ? m_gazetteer.longestMatch(text, tokens, t)
                                               : Gazetteer::Match{};
            const bool inside =
                match.tokens > 0 && t + match.tokens <= end && match.tokens < end - first;
            if (inside && m_gazetteer.entry(match.entry).major == EntityType::Place) {
                Mention place;
                place.span = {tokens[t].span.begin, tokens[t + match.tokens - 1].span.end};
                place.type = EntityType::Place;
                place.source = MentionSource::Gazetteer;
                analysis.nestedPlaces.append(place);
                t += match.tokens;
            } else {
                ++t;
            }
        }
    }
}

// Cuts possessives and leading titles off mentions and records titles as roles:
// "Trade Minister Wang Jianguo's visit" -> mention "Wang Jianguo", role "Trade Minister".
void AliasResolver::trimMentions(const Document &document, Analysis &analysis) const
{
    const QString &text = document.text;
    const QList<Token> &tokens = analysis.tokens;
    int previousEnd = 0;        // first token after the previous mention
    TokenCursor cursor(tokens); // mentions are sorted
    for (Mention &mention : analysis.mentions) {
        int first = cursor.after(mention.span.begin);
        int end = first;
        while (end < tokens.size() && tokens[end].span.begin < mention.span.end)
            ++end;
        if (first >= end)
            continue;
        // "Wang's": the possessive is not part of the name.
        while (end - first > 1 && isPossessiveMark(tokenText(text, tokens[end - 1])))
            --end;
        if (mention.type == EntityType::Person) {
            // The recogniser took "President Wang" whole: the title is a role, not the name.
            const TitleMatcher::Match title = m_titles.at(text, tokens, first, end - 1);
            if (title.isValid() && startsUpper(tokenText(text, tokens[title.endToken]))) {
                if (mention.role.isEmpty())
                    mention.role = written(text, tokens, title.firstToken, title.endToken);
                first = title.endToken;
            }
        }
        mention.span = {tokens[first].span.begin, tokens[end - 1].span.end};
        const bool nameLike =
            mention.type == EntityType::Person ||
            (mention.type != EntityType::Place && !m_gazetteer.hasPhrase(text, tokens, first, 1));
        if (mention.role.isEmpty() && nameLike) {
            // "Foreign Minister Wang Yi", "spokeswoman Anna Berg": a title just before the name.
            const TitleMatcher::Match title = m_titles.before(text, tokens, first, previousEnd);
            if (title.isValid() && (mention.type == EntityType::Person ||
                                    startsUpper(tokenText(text, tokens[title.firstToken])))) {
                mention.role = written(text, tokens, title.firstToken, title.endToken);
                mention.type = EntityType::Person;
            }
        }
        previousEnd = end;
    }
}

} // namespace lector
