// SPDX-License-Identifier: GPL-3.0-or-later
// EntityRecogniser: where the lexicons decide a mention's type against the model
// (typeFromLexicon) and the travel-cue pass (placesAfterTravelCues).
#include "analysis/entities/entityrecogniser.h"
#include "analysis/entities/mentionorder.h"

#include "analysis/entities/tablememory.h"
#include "lexicon/gazetteer.h"
#include "lexicon/resources.h"
#include "lexicon/travelcuetable.h"
#include "lexicon/tsvtable.h"
#include "text/tokenizer.h"

namespace lector {

namespace {

// The key of a travel word followed by a preposition ("arrived in").
quint64 cuePair(quint64 word, quint64 preposition)
{
    return splitmix64(word) ^ preposition;
}

// "DaimlerChrysler", "GlaxoSmithKline": letters only, a capital, at least four lower-case
// letters, then a capital again followed by lower-case letters. Surname particles ("McCain",
// "MacArthur", "DeSantis", "LaGuardia") are shorter than four letters before the capital.
// Returns the length of the first part ("Daimler"), or 0.
qsizetype joinedBrandHead(QStringView word)
{
    if (word.size() < 7 || !word.front().isUpper())
        return 0;
    qsizetype i = 1;
    while (i < word.size() && word[i].isLower())
        ++i;
    if (i < 5 || i + 2 >= word.size() || !word[i].isUpper())
        return 0;
    for (qsizetype k = i + 1; k < word.size(); ++k) {
        if (!word[k].isLetter())
            return 0;
    }
    return word[i + 1].isLower() && word[i + 2].isLower() ? i : 0;
}

} // namespace

void EntityRecogniser::loadTravelCues(const Resources &resources)
{
    // lexicon/travelcues.tsv (the visit extractor's cues, read by TravelCueTable): a verb whose
    // object is the destination ("visited X"), a verb of motion or a trip noun with the
    // prepositions before its destination ("arrived in X", "visit to X"). A verb whose object is
    // usually an event or an institution ("attended Oxford"; detail event) is left out.
    const TravelCueTable table(resources);
    for (const TravelCueTable::Cue &cue : table.cues()) {
        if (cue.event)
            continue;
        const quint64 word = NerFeatures::hashLower(cue.word);
        if (cue.kind == CueKind::Visit)
            m_travelCues.insert(word);
        if (cue.kind != CueKind::Visit && cue.kind != CueKind::Go && cue.kind != CueKind::Noun)
            continue;
        for (const QString &preposition : cue.prepositions)
            m_travelCues.insert(cuePair(word, NerFeatures::hashLower(preposition)));
    }
}

// lexicon/placewords.tsv: the head words of place names, by position in the name ("Cemetery"
// ends one, "Pyramid" opens one before "of"), and the lower-case words that may stand between
// its capitalised words ("of", "the"), and the head words that make a place only after a saint's
// possessive ("St. John's Church"). A position the list does not know is reported and its
// row left out, not read as one of the others.
void EntityRecogniser::loadPlaceWords(const Resources &resources)
{
    const TsvTable &table = resources.table(QStringLiteral("placewords"));
    for (const TsvTable::Row &row : table.rows()) {
        const QString &position = row.fields.value(1);
        QSet<quint64> *words = position == u"end"     ? &m_placeHeadsEnd
                               : position == u"start" ? &m_placeHeadsStart
                               : position == u"join"  ? &m_placeJoins
                               : position == u"saint" ? &m_placeHeadsAfterSaint
                                                      : nullptr;
        if (!words) {
            qWarning(
                "%s, line %d: the position \"%s\" of \"%s\" is none of end, start, join, saint; "
                "the row is left out.",
                qUtf8Printable(table.path()), row.line, qUtf8Printable(position),
                qUtf8Printable(row.fields.value(0)));
            continue;
        }
        words->insert(NerFeatures::hashLower(row.fields.value(0)));
    }
}

// A word of a name by its head word: capitalised, and not in a headline, a line of capitals, a
// time expression or an ALL-CAPS word.
bool EntityRecogniser::isHeadRunWord(const QList<Token> &tokens,
                                     const std::vector<NerTokenFacts> &facts, int k)
{
    constexpr quint32 excluded = NerFeatures::CapitalsLine | NerFeatures::TitleCaseLine |
                                 NerFeatures::TimeWord | NerFeatures::AllCapitals;
    return k < tokens.size() && tokens[k].kind == TokenKind::Word &&
           (facts[size_t(k)].flags & NerFeatures::InitialCapital) &&
           !(facts[size_t(k)].flags & excluded);
}

// The end of the run of capitalised words that starts at `first`, with at most two lower-case
// words of placewords.tsv's `join` rows between two of them ("Pyramid of the Sun").
int EntityRecogniser::headRunEnd(const QList<Token> &tokens,
                                 const std::vector<NerTokenFacts> &facts, int first) const
{
    const auto connector = [&](int k) {
        return k < tokens.size() && tokens[k].kind == TokenKind::Word &&
               !(facts[size_t(k)].flags & NerFeatures::InitialCapital) &&
               (m_placeJoins.contains(facts[size_t(k)].lower) || isOrganizationJoin(facts, k));
    };
    int end = first + 1;
    while (end < tokens.size()) {
        if (isHeadRunWord(tokens, facts, end)) {
            ++end;
            continue;
        }
        int k = end;
        while (k - end < 2 && connector(k))
            ++k;
        if (k == end || !isHeadRunWord(tokens, facts, k))
            break;
        end = k;
    }
    return end;
}

// Where the name of the run [first, end) starts: "Then the State Library" is "State Library".
// An ordinary word that only opens the sentence is no part of it, nor is a lower-case word
// after it.
int EntityRecogniser::headRunStart(const QList<Token> &tokens,
                                   const std::vector<NerTokenFacts> &facts, int first, int end)
{
    constexpr quint32 nameLike =
        NerFeatures::ProperWord | NerFeatures::GivenName | NerFeatures::OrgWord;
    while (first < end && (facts[size_t(first)].flags & NerFeatures::AfterSentenceEnd) &&
           (facts[size_t(first)].flags & NerFeatures::CommonWord) &&
           !(facts[size_t(first)].flags & nameLike) && facts[size_t(first)].matchTokens <= 0)
        ++first;
    while (first < end && !isHeadRunWord(tokens, facts, first))
        ++first;
    return first;
}

// Whether the name [first, end) is a place by its head word: two capitalised words or more,
// ending in a place's head word that is no organization's ("Montparnasse Cemetery", not
// "Medical Center"), or opening with a `start` word before "of" ("Pyramid of the Sun"); never
// a title ("Secretary of State").
bool EntityRecogniser::isPlaceByHeadWord(const QList<Token> &tokens,
                                         const std::vector<NerTokenFacts> &facts, int first,
                                         int end) const
{
    int words = 0;
    for (int k = first; k < end; ++k)
        words += isHeadRunWord(tokens, facts, k);
    const NerTokenFacts &head = facts[size_t(end - 1)];
    const bool endsWell = m_placeHeadsEnd.contains(head.lower);
    const bool startsWell = end - first >= 3 &&
                            m_placeHeadsStart.contains(facts[size_t(first)].lower) &&
                            facts[size_t(first + 1)].word == u"of";
    return words >= 2 && (endsWell || startsWell) &&
           !(facts[size_t(first)].flags & NerFeatures::TitleWord) &&
           !(endsWell && (head.flags & NerFeatures::OrgWord));
}

// "of" or "for" after an organization's head word ("Society for General Systems Research").
bool EntityRecogniser::isOrganizationJoin(const std::vector<NerTokenFacts> &facts, int k)
{
    const QStringView word = facts[size_t(k)].word;
    return k > 0 && (word == u"of" || word == u"for") &&
           (facts[size_t(k - 1)].flags & NerFeatures::OrgWord) &&
           (facts[size_t(k - 1)].flags & NerFeatures::InitialCapital);
}

// Whether the name [first, end) is an organization by its head word: two capitalised words or
// more, with an organization's head word (orgwords.tsv) before "of" or "for" and more of the
// name after it ("the Department of Linguistics", "the Office of the Mayor", "the Association
// for Computational Linguistics"); never a title.
bool EntityRecogniser::isOrganizationByHeadWord(const QList<Token> &tokens,
                                                const std::vector<NerTokenFacts> &facts, int first,
                                                int end)
{
    int words = 0;
    bool head = false;
    for (int k = first; k < end; ++k) {
        words += isHeadRunWord(tokens, facts, k);
        head = head || (k + 2 < end && isOrganizationJoin(facts, k + 1));
    }
    return words >= 2 && head && !(facts[size_t(first)].flags & NerFeatures::TitleWord);
}

// "buried in the Montparnasse Cemetery", "the Pyramid of the Sun", "Hwy 51 (Broken Arrow
// Expressway)": a run of capitalised words that the model left out is a place when its head
// word says so (isPlaceByHeadWord()). Not in a headline; a word that only opens the sentence
// is left out of the name ("Then the State").
void EntityRecogniser::namesByHeadWord(Analysis &analysis,
                                       const std::vector<NerTokenFacts> &facts) const
{
    const QList<Token> &tokens = analysis.tokens;
    qsizetype next = 0; // the first mention that does not end before the token
    QList<Mention> added;
    for (int i = 0; i < tokens.size(); ++i) {
        if (!isHeadRunWord(tokens, facts, i))
            continue;
        const int end = headRunEnd(tokens, facts, i);
        const int first = headRunStart(tokens, facts, i, end);
        i = end - 1;
        EntityType type = EntityType::Other;
        if (first < end && isPlaceByHeadWord(tokens, facts, first, end))
            type = EntityType::Place;
        else if (first < end && isOrganizationByHeadWord(tokens, facts, first, end))
            type = EntityType::Organization;
        if (type == EntityType::Other)
            continue;
        const Span span{tokens[first].span.begin, tokens[end - 1].span.end};
        while (next < analysis.mentions.size() && analysis.mentions[next].span.end <= span.begin)
            ++next;
        if (next < analysis.mentions.size() && analysis.mentions[next].span.begin < span.end)
            continue;
        Mention mention;
        mention.span = span;
        mention.type = type;
        mention.source = MentionSource::Model;
        added.append(mention);
    }
    addMentions(analysis, added);
}

// Where the lexicons know a name better than the model, which learnt word identities from old
// news, they decide:
// - "their daughter, Rosa.": a lone given name that no gazetteer lists as a place or
//   organization is a person, even if the training text used it as a club name;
// - "a video shared on Facebook": a whole mention that is a gazetteer organization, and that
//   the model took for "other" (products, events), is the organization;
// - "DaimlerChrysler said": a lone person written as two joined capitalised words that no list
//   holds is a company's name; "AbdulAziz said": one whose first part is a given name or a
//   joined name element is a person;
// - "PITTSBURGH \u2014 Senator ...": the name of a dateline that the gazetteer lists as a place
//   is that place, not the city's team; not in a table of standings ("PITTSBURGH 53 73"), so
//   not when `digitsAfter` (the token after the name has digits, or there is none);
// - "posted it on Reddit": one word that the gazetteer knows only as a web site or a medium
//   (org_brands.tsv) and that the model typed a place is the organization, only where
//   `mediumContext` (after "on", "via", "through", "according to"): elsewhere towns and sites
//   share such names ("near Steinberg", "a Neptune, N.J., native", "visited Delphi").
EntityType EntityRecogniser::typeFromLexicon(const NerTokenFacts &first, int length,
                                             EntityType type, bool digitsAfter,
                                             bool mediumContext) const
{
    const bool inGazetteer = first.matchTokens > 0;
    if (length == 1 && !inGazetteer && (first.flags & NerFeatures::GivenName) &&
        !(first.flags & NerFeatures::AllCapitals) &&
        (type == EntityType::Organization || type == EntityType::Place))
        return EntityType::Person;
    if (type == EntityType::Other && first.matchTokens == length &&
        m_gazetteer->entry(first.matchEntry).major == EntityType::Organization)
        return EntityType::Organization;
    // "Ryanair said", "flights to Northrop Grumman": a whole mention that the gazetteer knows
    // only as an organization (places take precedence there) is no person, nor, when it has
    // two words or more, a place.
    if ((type == EntityType::Person || (type == EntityType::Place && length >= 2)) &&
        first.matchTokens == length && !(first.flags & NerFeatures::GivenName) &&
        m_gazetteer->entry(first.matchEntry).major == EntityType::Organization)
        return EntityType::Organization;
    if (type == EntityType::Place && length == 1 && first.matchTokens == 1 && mediumContext &&
        m_gazetteer->entry(first.matchEntry).major == EntityType::Organization &&
        m_gazetteer->entry(first.matchEntry).minor == u"brand")
        return EntityType::Organization;
    if (length == 1 && !inGazetteer && !(first.flags & NerFeatures::GivenName)) {
        // Not when the first part is a given name or a name element written joined to the next
        // name ("AbdulAziz", "MarieClaire": givennames.tsv, namejoins.tsv): then it may be a
        // person's name. Only a name element (namejoins.tsv) makes the model's organization or
        // place a person: a joined given name is also a brand ("MorganStanley", "MarieClaire";
        // review of round 10).
        const qsizetype head = joinedBrandHead(first.word);
        const quint64 part = head > 0 ? NerFeatures::hashLower(first.word.first(head)) : 0;
        const bool nameElement = m_joinedNameParts.contains(part);
        const bool personPart = m_features.isGivenName(part) || nameElement;
        if (type == EntityType::Person && head > 0 && !personPart)
            return EntityType::Organization;
        if ((type == EntityType::Organization || type == EntityType::Place) && head > 0 &&
            nameElement)
            return EntityType::Person;
    }
    if (type == EntityType::Organization && (first.flags & NerFeatures::Dateline) && !digitsAfter &&
        first.matchTokens == length &&
        m_gazetteer->entry(first.matchEntry).major == EntityType::Place)
        return EntityType::Place;
    return type;
}

// "The president visited Milwaukee", "arrived in Cleveland": an organization that is exactly
// a place of the gazetteer, right after a travel cue, is the place, not the city's team, unless
// its sentence reads like sport: another organization in it ("The Bulls visited Milwaukee"),
// or a score ("101-95").
void EntityRecogniser::placesAfterTravelCues(
    Analysis &analysis, const std::vector<NerTokenFacts> &facts,
    const std::vector<std::pair<int, int>> &mentionTokens) const
{
    if (mentionTokens.size() != size_t(analysis.mentions.size()))
        return;
    const auto hasDigit = [&facts](int k) {
        return (facts[size_t(k)].flags & NerFeatures::HasDigit) != 0;
    };
    const auto isDash = [&facts](int k) {
        const QStringView w = facts[size_t(k)].word;
        return w == u"-" || w == u"\u2013";
    };
    // The candidates: an organization that is exactly a gazetteer place, after a travel cue.
    std::vector<bool> candidate(mentionTokens.size(), false);
    for (size_t m = 0; m < mentionTokens.size(); ++m) {
        const auto [first, end] = mentionTokens[m];
        const NerTokenFacts &head = facts[size_t(first)];
        if (analysis.mentions[qsizetype(m)].type != EntityType::Organization || first == 0 ||
            head.matchTokens != end - first ||
            m_gazetteer->entry(head.matchEntry).major != EntityType::Place)
            continue;
        const quint64 before = facts[size_t(first - 1)].lower;
        candidate[m] =
            m_travelCues.contains(before) ||
            (first >= 2 && m_travelCues.contains(cuePair(facts[size_t(first - 2)].lower, before)));
    }
    size_t sentence = 0;
    for (size_t m = 0; m < mentionTokens.size(); ++m) {
        if (!candidate[m])
            continue;
        const int first = mentionTokens[m].first;
        while (sentence + 1 < size_t(analysis.sentences.size()) &&
               analysis.sentences[qsizetype(sentence)].endToken <= first)
            ++sentence;
        const Sentence &s = analysis.sentences[qsizetype(sentence)];
        bool sport = false;
        for (int k = s.firstToken; k < s.endToken && !sport; ++k) {
            const quint32 flags = facts[size_t(k)].flags;
            sport = ((flags & NerFeatures::HasDigit) && (flags & NerFeatures::HasHyphen)) ||
                    (k + 2 < s.endToken && hasDigit(k) && isDash(k + 1) && hasDigit(k + 2));
        }
        // Another organization of the sentence, not itself such a place ("The Bulls visited
        // Milwaukee"; but "visited Milwaukee and then flew to Cleveland" is two places).
        for (size_t n = 0; n < mentionTokens.size() && !sport; ++n) {
            sport = n != m && !candidate[n] && mentionTokens[n].first >= s.firstToken &&
                    mentionTokens[n].second <= s.endToken &&
                    analysis.mentions[qsizetype(n)].type == EntityType::Organization;
        }
        if (!sport)
            analysis.mentions[qsizetype(m)].type = EntityType::Place;
    }
}

// "President Xi" typed as an organization when the article also names "Xi Jinping": a title
// word and one name word that opens or ends a person's name of the article, and that the
// article never writes in lower case, is that person, the title its role. Only two words, so
// "General Motors" (no person "Motors") stays.
void EntityRecogniser::titledPeople(const Document &document, Analysis &analysis,
                                    const std::vector<NerTokenFacts> &facts,
                                    std::vector<std::pair<int, int>> &mentionTokens)
{
    if (mentionTokens.size() != size_t(analysis.mentions.size()))
        return;
    QSet<quint64> nameWords;
    for (size_t m = 0; m < mentionTokens.size(); ++m) {
        const auto [first, end] = mentionTokens[m];
        if (analysis.mentions[qsizetype(m)].type != EntityType::Person)
            continue;
        nameWords.insert(facts[size_t(first)].lower);
        nameWords.insert(facts[size_t(end - 1)].lower);
    }
    if (nameWords.isEmpty())
        return;
    const QList<Token> &tokens = analysis.tokens;
    for (size_t m = 0; m < mentionTokens.size(); ++m) {
        const auto [first, end] = mentionTokens[m];
        Mention &mention = analysis.mentions[qsizetype(m)];
        if ((mention.type != EntityType::Organization && mention.type != EntityType::Place) ||
            end - first != 2)
            continue;
        const NerTokenFacts &title = facts[size_t(first)];
        const NerTokenFacts &name = facts[size_t(first + 1)];
        // Not a word this article also writes in lower case, nor an organization's head word:
        // "Imam Mosque" ("the mosque").
        const bool ordinary =
            (name.flags & NerFeatures::CommonWord) && (name.flags & NerFeatures::SeenLower);
        if (!(title.flags & NerFeatures::TitleWord) ||
            (name.flags & (NerFeatures::TitleWord | NerFeatures::OrgWord)) || ordinary ||
            !(name.flags & NerFeatures::InitialCapital) || title.matchTokens == 2 ||
            !nameWords.contains(name.lower))
            continue;
        mention.type = EntityType::Person;
        mention.role = document.text.mid(tokens[first].span.begin, tokens[first].span.length());
        mention.span = tokens[first + 1].span;
        mentionTokens[m] = {first + 1, end};
    }
}

} // namespace lector
