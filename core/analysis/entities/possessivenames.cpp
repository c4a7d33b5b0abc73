// SPDX-License-Identifier: GPL-3.0-or-later
// EntityRecogniser: names around a possessive and the abbreviations "St.", "Mt.", "Ft." (rounds
// 17 and 18): possessiveNames ("St. Paul's Cathedral", "Macy's Department Store"),
// namesAfterAbbreviations ("Ft. Bragg", "Main St. Police"). Moved out of entitylexicontypes.cpp
// unchanged (round 18).
#include "analysis/entities/entityrecogniser.h"
#include "analysis/entities/mentionorder.h"

#include "text/tokenizer.h"

namespace lector {

namespace {

// "St", "Mt", "Ft": abbreviations that open a name with their period ("St. Paul's Cathedral",
// "Mt. Sinai", "Ft. Bragg").
bool isNameAbbreviation(QStringView word)
{
    return word == u"St" || word == u"Mt" || word == u"Ft";
}

} // namespace

// Whether token `k` is the period of "St.", "Mt." or "Ft.", written right after it.
bool EntityRecogniser::isAbbreviationPeriod(const QList<Token> &tokens,
                                            const std::vector<NerTokenFacts> &facts, int k)
{
    return k > 0 && k < tokens.size() && facts[size_t(k)].word == u"." &&
           tokens[k].span.begin == tokens[k - 1].span.end &&
           isNameAbbreviation(facts[size_t(k - 1)].word) && isHeadRunWord(tokens, facts, k - 1);
}

// "St. Paul's Cathedral" (the model's "Cathedral" alone), "St. Jude Children's Research
// Hospital" (its "St" and "Research Hospital") (round 17): a run of capitalised words ending in a
// head word of a place (placewords.tsv) or an organization (orgwords.tsv), right after "X's", is
// one name with its owner: the capitalised words before the possessive, with the period of "St.",
// "Mt." or "Ft.". Not when a mention of the model holds an owner word, unless the owner opens with
// such an abbreviation: "Britain's Labour Party", "Trump's Justice Department" keep their owner
// apart; nor a person's mention after the possessive ("Paul's brother Tom" has no head word
// anyway). The name keeps the type of the mention the model made of its head, else the head word's.
void EntityRecogniser::possessiveNames(Analysis &analysis,
                                       const std::vector<NerTokenFacts> &facts) const
{
    const QList<Token> &tokens = analysis.tokens;
    QList<Mention> &mentions = analysis.mentions;
    QList<Mention> added;
    for (int p = 1; p + 1 < tokens.size(); ++p) {
        if (!Tokenizer::isPossessiveEnding(facts[size_t(p)].word) ||
            tokens[p].span.begin != tokens[p - 1].span.end || !isHeadRunWord(tokens, facts, p + 1))
            continue;
        const int end = headRunEnd(tokens, facts, p + 1);
        const NerTokenFacts &head = facts[size_t(end - 1)];
        const bool orgHead = head.flags & NerFeatures::OrgWord;
        const bool saintHead = m_placeHeadsAfterSaint.contains(head.lower);
        if (!orgHead && !saintHead && !m_placeHeadsEnd.contains(head.lower)) {
            if (firmsPlaceOfWords(analysis, facts, p, end))
                p = end - 1;
            continue;
        }
        int first = p;
        while (first > 0 && (isHeadRunWord(tokens, facts, first - 1) ||
                             isAbbreviationPeriod(tokens, facts, first - 1)))
            --first;
        first = headRunStart(tokens, facts, first, p);
        if (first >= p)
            continue;
        const bool abbreviation = isNameAbbreviation(facts[size_t(first)].word);
        // A place's head word only after a saint's or a mountain's name: "Mesoamerica's Gulf
        // Coast" is the coast of a place; "Church" only after a saint's ("St. John's Church",
        // not "England's Church").
        if (!orgHead && (!abbreviation || (saintHead && facts[size_t(first)].word != u"St")))
            continue;
        const Span owner{tokens[first].span.begin, tokens[p - 1].span.end};
        const Span name{tokens[first].span.begin, tokens[end - 1].span.end};
        EntityType type = orgHead ? EntityType::Organization : EntityType::Place;
        bool keep = true;
        for (const Mention &m : std::as_const(mentions)) {
            if (!m.span.overlaps(name))
                continue;
            const bool ownerWord = m.span.overlaps(owner);
            if (m.span.begin < name.begin || m.span.end > name.end || m.span == name ||
                (ownerWord && !abbreviation) ||
                (!ownerWord && m.type != EntityType::Place && m.type != EntityType::Organization)) {
                keep = false;
                break;
            }
            // "St. Mary's Church" is the building, a place, whatever the model typed its head.
            if (!ownerWord && !saintHead)
                type = m.type;
        }
        if (!keep)
            continue;
        for (Mention &m : mentions) {
            if (m.span.overlaps(name))
                m.span = {};
        }
        Mention mention;
        mention.span = name;
        mention.type = type;
        mention.source = MentionSource::Model;
        added.append(mention);
        p = end - 1;
    }
    mentions.removeIf([](const Mention &m) { return m.span.end == 0; });
    addMentions(analysis, added);
}

// "Macy's Department Store" (round 18): an organization of the model, a possessive, and a
// mention of the model typed a place or an organization that is two dictionary words or more and
// holds no phrase of the gazetteer, are one organization. `p` is the possessive, [p + 1, end) the
// words after it. Not after a person or a place ("Trump's Justice Department", "Britain's Home
// Office"), nor a name after the possessive ("Google's Mountain View"). Returns whether it joined.
bool EntityRecogniser::firmsPlaceOfWords(Analysis &analysis,
                                         const std::vector<NerTokenFacts> &facts, int p, int end)
{
    const QList<Token> &tokens = analysis.tokens;
    QList<Mention> &mentions = analysis.mentions;
    if (end - (p + 1) < 2)
        return false;
    for (int k = p + 1; k < end; ++k) {
        const NerTokenFacts &f = facts[size_t(k)];
        constexpr quint32 nameLike = NerFeatures::ProperWord | NerFeatures::GivenName;
        // A lone word of the gazetteer may be a dictionary word too ("Store", a Slovenian
        // town); a phrase of it is a name ("Mountain View").
        if (!(f.flags & NerFeatures::CommonWord) || (f.flags & nameLike) || f.matchTokens > 1)
            return false;
    }
    const Span after{tokens[p + 1].span.begin, tokens[end - 1].span.end};
    qsizetype owner = -1, place = -1;
    for (qsizetype m = 0; m < mentions.size(); ++m) {
        const Mention &mention = mentions[m];
        if (mention.span.end == tokens[p - 1].span.end && mention.type == EntityType::Organization)
            owner = m;
        else if (mention.span == after &&
                 (mention.type == EntityType::Place || mention.type == EntityType::Organization))
            place = m;
    }
    if (owner < 0 || place < 0)
        return false;
    mentions[owner].span.end = after.end;
    mentions[place].span = {};
    return true;
}

// "for the Main St. Police" (round 18): a mention of the model that opens with the "St." of a
// street ("St. Police") takes the street's name before it ("Main St. Police"): the capitalised
// words right before the abbreviation, less an ordinary word that only opens the sentence
// ("The St. Paul City Council"), and any mention of them joins it. `k` is the period of "St.".
void EntityRecogniser::streetNames(Analysis &analysis, const std::vector<NerTokenFacts> &facts,
                                   int k)
{
    const QList<Token> &tokens = analysis.tokens;
    QList<Mention> &mentions = analysis.mentions;
    const Span abbreviation{tokens[k - 1].span.begin, tokens[k].span.end};
    int first = k - 2;
    while (first > 0 && isHeadRunWord(tokens, facts, first - 1))
        --first;
    first = headRunStart(tokens, facts, first, k - 1);
    if (first > k - 2)
        return; // "The St. Paul City Council": only an opener before the abbreviation
    const Span street{tokens[first].span.begin, abbreviation.begin};
    qsizetype opening = -1; // the mention that opens with the abbreviation and goes on after it
    for (qsizetype m = 0; m < mentions.size(); ++m) {
        const Span &span = mentions[m].span;
        if (span.begin == abbreviation.begin && span.end > abbreviation.end)
            opening = m;
        else if (span.overlaps(street) && (span.begin < street.begin || span.end > street.end))
            return; // a mention across the street's name: leave both
    }
    if (opening < 0)
        return;
    for (Mention &m : mentions) {
        if (m.span.overlaps(street))
            m.span = {};
    }
    mentions[opening].span.begin = street.begin;
}

// "Ft. Bragg", "Mt. Sinai Hospital", "St. Louis" (round 17): "St.", "Mt." and "Ft." open the name
// after them. A mention that starts right after the abbreviation's period opens with the
// abbreviation (a mention of the abbreviation alone joins it); a mention of the abbreviation
// alone takes the capitalised words after its period that no mention holds ("St. Jude" was
// "St"); after "Mt." or "Ft." such words that no mention holds are a place (a mountain, a fort).
// Not after a capitalised word ("Main St.", a street).
void EntityRecogniser::namesAfterAbbreviations(Analysis &analysis,
                                               const std::vector<NerTokenFacts> &facts) const
{
    const QList<Token> &tokens = analysis.tokens;
    QList<Mention> &mentions = analysis.mentions;
    QList<Mention> added;
    qsizetype next = 0; // the first mention that does not end before the abbreviation
    for (int k = 1; k + 1 < tokens.size(); ++k) {
        // "Main St. Police said": after a capitalised word the abbreviation ends a street's name.
        if (!isAbbreviationPeriod(tokens, facts, k) || !isHeadRunWord(tokens, facts, k + 1))
            continue;
        const Span abbreviation{tokens[k - 1].span.begin, tokens[k].span.end};
        if (k >= 2 && isHeadRunWord(tokens, facts, k - 2)) {
            if (facts[size_t(k - 1)].word == u"St")
                streetNames(analysis, facts, k);
            continue;
        }
        while (next < mentions.size() && mentions[next].span.end <= abbreviation.begin)
            ++next;
        qsizetype own = -1; // a mention of the abbreviation alone
        qsizetype after = next;
        if (next < mentions.size() && mentions[next].span.begin == abbreviation.begin &&
            mentions[next].span.end <= abbreviation.end) {
            own = next;
            after = next + 1;
        } else if (next < mentions.size() && mentions[next].span.begin < abbreviation.end) {
            continue; // the abbreviation is inside a longer mention already
        }
        if (after < mentions.size() && mentions[after].span.begin == tokens[k + 1].span.begin) {
            // "St. John's University": no saint's abbreviation before a person, whose name
            // other people of the article share ("Mary's husband John").
            if (mentions[after].type == EntityType::Person && facts[size_t(k - 1)].word == u"St")
                continue;
            mentions[after].span.begin = abbreviation.begin;
            if (own >= 0)
                mentions[own].span = {};
            continue;
        }
        int end = k + 1;
        while (isHeadRunWord(tokens, facts, end) &&
               (after >= mentions.size() || tokens[end].span.end <= mentions[after].span.begin))
            ++end;
        if (own >= 0) {
            mentions[own].span = {abbreviation.begin, tokens[end - 1].span.end};
        } else if (facts[size_t(k - 1)].word != u"St" &&
                   (after >= mentions.size() ||
                    mentions[after].span.begin >= tokens[end - 1].span.end)) {
            Mention mention;
            mention.span = {abbreviation.begin, tokens[end - 1].span.end};
            mention.type = EntityType::Place;
            mention.source = MentionSource::Model;
            added.append(mention);
        }
        k = end - 1;
    }
    // "The choir of St. John's sang": "St" (or "Mt.", "Ft.") alone is never a name.
    for (int k = 1; k < tokens.size(); ++k) {
        if (facts[size_t(k)].word != u"." || tokens[k].span.begin != tokens[k - 1].span.end ||
            !isNameAbbreviation(facts[size_t(k - 1)].word))
            continue;
        for (Mention &m : mentions) {
            if (m.span.begin == tokens[k - 1].span.begin &&
                (m.span.end == tokens[k - 1].span.end || m.span.end == tokens[k].span.end))
                m.span = {};
        }
    }
    mentions.removeIf([](const Mention &m) { return m.span.end == 0; });
    addMentions(analysis, added);
}

} // namespace lector
