// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entities/aliasresolver.h"

#include "analysis/entities/entitygrouper.h"
#include "analysis/tokencursor.h"
#include "lexicon/resources.h"
#include "lexicon/tsvtable.h"

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
    for (const TsvTable::Row &row : resources.table(QStringLiteral("orgwords")).rows())
        m_headWords.insert(row.fields.value(0).toLower());
    for (const TsvTable::Row &row : resources.table(QStringLiteral("placewords")).rows()) {
        // Only the last words of names ("Cemetery"); EntityRecogniser::loadPlaceWords()
        // reports a position it does not know.
        if (row.fields.value(1) == u"end")
            m_headWords.insert(row.fields.value(0).toLower());
    }
    m_postalStates = m_gazetteer.usStatesByPostalCode();
    m_nameParticles = resources.wordSet(QStringLiteral("nameparticles"));
    for (const TsvTable::Row &row : resources.table(QStringLiteral("regioncues")).rows()) {
        if (row.fields.value(1) == u"before")
            m_regionCues.before.insert(row.fields.value(0));
        else if (row.fields.value(1) == u"after")
            m_regionCues.after.insert(row.fields.value(0));
        if (row.fields.value(2) == u"yes")
            m_regionCues.overCountry.insert(row.fields.value(0));
    }
}

void AliasResolver::run(const Document &document, Analysis &analysis) const
{
    trimMentions(document, analysis);
    EntityGrouper grouper(document.text, analysis, m_gazetteer, m_titles, m_ordinaryWords,
                          m_placePrepositions, m_headWords, m_postalStates, m_regionCues,
                          m_nameParticles);
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
    QList<Mention> &mentions = analysis.mentions;
    for (qsizetype m = 0; m < mentions.size(); ++m) {
        Mention &mention = mentions[m];
        int first = cursor.after(mention.span.begin);
        int end = first;
        while (end < tokens.size() && tokens[end].span.begin < mention.span.end)
            ++end;
        if (first >= end)
            continue;
        if (m + 1 < mentions.size() &&
            isTitleBeforePerson(text, tokens, mention, first, end, mentions[m + 1])) {
            mention.span = {}; // removed below; the next person takes the title as its role
            continue;
        }
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
    mentions.removeIf([](const Mention &m) { return m.span.end == 0; });
}

// "Chief Justice John G. Roberts Jr.", "Prime Minister Lena Ortiz": the model made a title of
// several words a person of its own, right before the person's mention (round 16; the
// EntityRecogniser drops a one-word title there). A person's mention that is wholly a
// capitalised title of titles.tsv, right before (or before the period of) a person's mention,
// is no name.
bool AliasResolver::isTitleBeforePerson(const QString &text, const QList<Token> &tokens,
                                        const Mention &mention, int first, int end,
                                        const Mention &next) const
{
    if (mention.type != EntityType::Person || next.type != EntityType::Person || end - first < 2 ||
        !startsUpper(tokenText(text, tokens[first])))
        return false;
    const TitleMatcher::Match whole = m_titles.at(text, tokens, first, end);
    if (!whole.isValid() || whole.endToken != end || end >= tokens.size())
        return false;
    const int name = tokenText(text, tokens[end]) == u"." ? end + 1 : end;
    return name < tokens.size() && tokens[name].span.begin == next.span.begin;
}

} // namespace lector
