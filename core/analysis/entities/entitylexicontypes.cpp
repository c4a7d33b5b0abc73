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
// its capitalised words ("of", "the"). A position the list does not know is reported and its
// row left out, not read as one of the others.
void EntityRecogniser::loadPlaceWords(const Resources &resources)
{
    const TsvTable &table = resources.table(QStringLiteral("placewords"));
    for (const TsvTable::Row &row : table.rows()) {
        const QString &position = row.fields.value(1);
        QSet<quint64> *words = position == u"end"     ? &m_placeHeadsEnd
                               : position == u"start" ? &m_placeHeadsStart
                               : position == u"join"  ? &m_placeJoins
                                                      : nullptr;
        if (!words) {
            qWarning("%s, line %d: the position \"%s\" of \"%s\" is none of end, start and join; "
                     "the row is left out.",
                     qUtf8Printable(table.path()), row.line, qUtf8Printable(position),
                     qUtf8Printable(row.fields.value(0)));
            continue;
        }
        words->insert(NerFeatures::hashLower(row.fields.value(0)));
    }
}

void EntityRecogniser::loadOrganizationCues(const Resources &resources)
{
    for (const TsvTable::Row &row : resources.table(QStringLiteral("orgcues")).rows()) {
        const quint64 word = NerFeatures::hashLower(row.fields.value(0));
        for (QStringView preposition :
             QStringView(row.fields.value(1)).tokenize(u' ', Qt::SkipEmptyParts))
            m_organizationCues.insert(cuePair(word, NerFeatures::hashLower(preposition)));
    }
}

// "Shares of Brembo fell", "a spokeswoman for Vantrell said": after a noun of
// lexicon/orgcues.tsv and its preposition, a run of capitalised words that the model left out,
// or typed a place, is an organization, unless the gazetteer lists it as a place ("shares in
// Asia"). A rare firm's name in a short sentence gives the model little else to go on. A person
// stays one ("a spokesman for Obama").
void EntityRecogniser::firmsAfterCues(Analysis &analysis,
                                      const std::vector<NerTokenFacts> &facts) const
{
    const QList<Token> &tokens = analysis.tokens;
    qsizetype next = 0; // the first mention that does not end before the token (mentions are
                        // sorted and flat, so the first overlapping mention is that one)
    QList<Mention> added;
    for (int i = 2; i < tokens.size(); ++i) {
        const NerTokenFacts &f = facts[size_t(i)];
        if (!(f.flags & NerFeatures::InitialCapital) || (f.flags & NerFeatures::TimeWord) ||
            tokens[i].kind != TokenKind::Word ||
            !m_organizationCues.contains(
                cuePair(facts[size_t(i - 2)].lower, facts[size_t(i - 1)].lower)))
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
        } else if (Mention &it = analysis.mentions[next]; it.span.begin == span.begin &&
                                                          it.span.end == span.end &&
                                                          it.type == EntityType::Place) {
            it.type = EntityType::Organization;
        }
        i = end - 1;
    }
    addMentions(analysis, added);
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
        if (!orgHead && !m_placeHeadsEnd.contains(head.lower)) {
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
        // Coast" is the coast of a place.
        if (!orgHead && !abbreviation)
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
            if (!ownerWord)
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
//   not when `digitsAfter` (the token after the name has digits, or there is none).
EntityType EntityRecogniser::typeFromLexicon(const NerTokenFacts &first, int length,
                                             EntityType type, bool digitsAfter) const
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
