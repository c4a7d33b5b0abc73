// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entities/aliasresolver.h"

#include "analysis/entities/entitygrouper.h"
#include "analysis/tokencursor.h"
#include "lexicon/resources.h"

#include <array>

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
{}

void AliasResolver::run(const Document &document, Analysis &analysis) const
{
    trimMentions(document, analysis);
    agreeOnTypes(document, analysis);
    EntityGrouper grouper(document.text, analysis, m_gazetteer, m_titles, m_ordinaryWords);
    grouper.group();
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

// "Tulsa" a place twelve times and a person five: the same name written the same way names
// the same thing throughout an article, so a person, place or organization mention takes the
// type most of its namesakes have, when one type has more than every other. A person with a
// title ("Mayor Tulsa") keeps its type.
void AliasResolver::agreeOnTypes(const Document &document, Analysis &analysis) const
{
    QHash<QStringView, std::array<int, 4>> counts; // per type; [3]: people after "in", "at"...
    const auto kept = [](EntityType type) { return int(type) <= int(EntityType::Organization); };
    const auto surface = [&](const Mention &m) {
        return QStringView(document.text).sliced(m.span.begin, m.span.length());
    };
    const QString &text = document.text;
    const auto afterIn = [&](const Mention &m) {
        qsizetype end = m.span.begin;
        while (end > 0 && text[end - 1] == u' ')
            --end;
        qsizetype begin = end;
        while (begin > 0 && text[begin - 1].isLetter())
            --begin;
        const QStringView word = QStringView(text).sliced(begin, end - begin);
        return word == u"in" || word == u"In" || word == u"near" || word == u"across" ||
               word == u"throughout" || word == u"at" || word == u"from";
    };
    for (const Mention &m : std::as_const(analysis.mentions)) {
        if (!kept(m.type))
            continue;
        std::array<int, 4> &c = counts[surface(m)];
        ++c[size_t(m.type)];
        if (m.type == EntityType::Person && m.role.isEmpty() && afterIn(m))
            ++c[3];
    }
    for (Mention &m : analysis.mentions) {
        if (!kept(m.type) || !m.role.isEmpty())
            continue;
        const std::array<int, 4> &c = counts[surface(m)];
        int best = 0;
        for (int t = 1; t < 3; ++t) {
            if (c[size_t(t)] > c[size_t(best)])
                best = t;
        }
        bool unique = true;
        for (int t = 0; t < 3; ++t)
            unique = unique && (t == best || c[size_t(t)] < c[size_t(best)]);
        if (unique)
            m.type = EntityType(best);
        // "ferries stop in Oskarvik ... hotels in Oskarvik": a one-word name the model took
        // for a person that stands after "in", "near", "at", "from"... twice or more, and in
        // a third of its mentions, is a place.
        if (m.type == EntityType::Person && c[3] >= 2 && 3 * c[3] >= c[0] + c[1] + c[2] &&
            !surface(m).contains(u' '))
            m.type = EntityType::Place;
    }
}

} // namespace lector
