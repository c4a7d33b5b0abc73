// SPDX-License-Identifier: GPL-3.0-or-later
// EntityRecogniser: the passes after the model that read titles before people's names (round 15,
// found on US political news: "Rep. Jim Jordan", "a spokesman for Mrs. Clinton", "Gov. Mike
// Pence spoke").
#include "analysis/entities/entityrecogniser.h"
#include "analysis/entities/mentionorder.h"

#include "lexicon/gazetteer.h"
#include "text/tokenizer.h"

#include <QSet>

#include <algorithm>

namespace lector {

namespace {

// The title word written right before token `name`, with its period if any ("Rep. Jim",
// "Rep Jim"): the title's index, or -1 when the word there is no title word (titles.tsv).
// `periodRequired`: only a title with its period ("Gov. Mike Pence").
int titleBefore(const std::vector<NerTokenFacts> &facts, int name, bool periodRequired = false)
{
    const bool period = name >= 2 && facts[size_t(name - 1)].word == u".";
    const int title = period ? name - 2 : periodRequired ? -1 : name - 1;
    return title >= 0 && (facts[size_t(title)].flags & NerFeatures::TitleWord) ? title : -1;
}

} // namespace

// A given name of givennames.tsv (the model's features read it) or of the US given names
// (lexicon/usgivennames.tsv, round 16: "Gov. Butch Otter", "Sen. Angus King"), which only
// these passes read.
bool EntityRecogniser::isGivenNameAfterTitle(const NerTokenFacts &word) const
{
    return (word.flags & NerFeatures::GivenName) ||
           m_usGivenNames.contains(NerFeatures::hashLower(word.word));
}

// "Rep. Jim Jordan said", "Sen. Paul Ireland": after a title, a given name and a surname that
// is also a country's name; the model took the surname for the place and left the given name
// out (round 15). A one-word place or organization right after a capitalised given name
// (givennames.tsv) that no mention holds, itself right after a title word ("Rep." or "Rep"),
// is that person's full name. A given name: isGivenNameAfterTitle().
void EntityRecogniser::peopleNamedLikePlaces(Analysis &analysis,
                                             const std::vector<NerTokenFacts> &facts) const
{
    const QList<Token> &tokens = analysis.tokens;
    for (qsizetype m = 0; m < analysis.mentions.size(); ++m) {
        Mention &mention = analysis.mentions[m];
        const int k = tokenAt(tokens, mention.span.begin);
        if ((mention.type != EntityType::Place && mention.type != EntityType::Organization) ||
            k < 2 || k >= tokens.size() || tokens[k].span.end != mention.span.end)
            continue;
        const NerTokenFacts &given = facts[size_t(k - 1)];
        if (tokens[k - 1].kind != TokenKind::Word || !isGivenNameAfterTitle(given) ||
            !(given.flags & NerFeatures::InitialCapital) ||
            (m > 0 && analysis.mentions[m - 1].span.end > tokens[k - 1].span.begin))
            continue;
        const int title = titleBefore(facts, k - 1);
        if (title < 0 || tokens[title].kind != TokenKind::Word ||
            !(facts[size_t(title)].flags & NerFeatures::InitialCapital))
            continue;
        mention.span.begin = tokens[k - 1].span.begin;
        mention.type = EntityType::Person;
    }
}

// "The mayor of Kiel said", "the governor of Sonora": the model typed a place of the gazetteer a
// person after a title word and "of" (round 22, the reader's error of round 21). A one-word
// person mention that is exactly a gazetteer place, right after "of" after a title word
// (titles.tsv), is the place: a person's name is not the domain of an office. Left alone: "the
// wife of Jordan" (no title); a word that ends another person's name of the article ("Steven
// Tyler ... the lawyer of Tyler", "the campaign manager of Warren": titles.tsv holds job roles
// too); a possessive after it ("the head of Warren's campaign"). Review of round 22.
void EntityRecogniser::placesAfterOfficeOf(Analysis &analysis,
                                           const std::vector<NerTokenFacts> &facts) const
{
    static const quint64 of = NerFeatures::hashLower(u"of");
    const QList<Token> &tokens = analysis.tokens;
    // The office's word position of each mention that may be a place: its token, or -1.
    const auto officeOf = [&](const Mention &mention) {
        const int k = tokenAt(tokens, mention.span.begin);
        if (mention.type != EntityType::Person || k < 2 || k >= tokens.size() ||
            tokens[k].span.end != mention.span.end)
            return -1;
        const NerTokenFacts &name = facts[size_t(k)];
        if (facts[size_t(k - 1)].lower != of ||
            !(facts[size_t(k - 2)].flags & NerFeatures::TitleWord) || name.matchTokens != 1 ||
            m_gazetteer->entry(name.matchEntry).major != EntityType::Place ||
            (k + 1 < tokens.size() && Tokenizer::isPossessiveEnding(facts[size_t(k + 1)].word)))
            return -1;
        return k;
    };
    QList<int> offices;
    for (qsizetype m = 0; m < analysis.mentions.size(); ++m) {
        if (officeOf(analysis.mentions[m]) >= 0)
            offices.append(int(m));
    }
    if (offices.isEmpty())
        return;
    // The last words of the article's other people's names.
    QSet<quint64> surnames;
    for (qsizetype m = 0, o = 0; m < analysis.mentions.size(); ++m) {
        if (o < offices.size() && offices[o] == m) {
            ++o;
            continue;
        }
        const Mention &mention = analysis.mentions[m];
        const int last = tokenAt(tokens, mention.span.end - 1);
        if (mention.type == EntityType::Person && last < tokens.size())
            surnames.insert(facts[size_t(last)].lower);
    }
    for (int m : offices) {
        Mention &mention = analysis.mentions[m];
        if (!surnames.contains(facts[size_t(tokenAt(tokens, mention.span.begin))].lower))
            mention.type = EntityType::Place;
    }
}

// "former Rep. George Miller", "Colorado Rep. Pat Schroeder": the model made the title a name of
// its own (of type other, or an organization) before the person's (round 15). A one-word
// mention that is a title word, right before a person's mention (after the title's period, if
// any), is no name: the AliasResolver makes the title the person's role. Round 16: "Vermont
// Sen. Bernie Sanders", "former New York Mayor Rudy Giuliani": the model made a place and the
// title one name ("Vermont Sen", a person; "New York Mayor", an organization). A mention of
// several words that ends in a capitalised title word and its period (or, when the model did
// not make it a person, without the period: "New York Mayor"), right before a person's mention
// in the same sentence, is the place of the gazetteer that ends right before the title, or no
// name when none does ("Democrat Sen"); not "Billie Jean King" nor "the Islamic State. Clinton
// said".
void EntityRecogniser::titlesBeforePeople(Analysis &analysis,
                                          const std::vector<NerTokenFacts> &facts) const
{
    const QList<Token> &tokens = analysis.tokens;
    QList<Mention> &mentions = analysis.mentions;
    for (qsizetype m = 0; m + 1 < mentions.size(); ++m) {
        Mention &mention = mentions[m];
        const int first = tokenAt(tokens, mention.span.begin);
        const int last = tokenAt(tokens, mention.span.end - 1);
        if (last >= tokens.size() || tokens[last].span.end != mention.span.end ||
            !(facts[size_t(last)].flags & NerFeatures::TitleWord) ||
            mentions[m + 1].type != EntityType::Person)
            continue;
        const int name = tokenAt(tokens, mentions[m + 1].span.begin);
        if (name >= tokens.size() || mentions[m + 1].span.begin != tokens[name].span.begin ||
            titleBefore(facts, name) != last)
            continue;
        if (first == last) {
            if (mention.type != EntityType::Person)
                mention.span = {};
            continue;
        }
        // Without the title's period only a mention the model did not make a person ("New York
        // Mayor Rudy Giuliani"; "Billie Jean King remembered" is a person's name).
        const bool period = titleBefore(facts, name, true) == last;
        if (!(facts[size_t(last)].flags & NerFeatures::InitialCapital) ||
            (!period && mention.type == EntityType::Person) ||
            analysis.sentenceAt(tokens[last].span.begin) !=
                analysis.sentenceAt(tokens[name].span.begin))
            continue;
        int place = first;
        while (place < last &&
               (facts[size_t(place)].matchTokens != last - place ||
                m_gazetteer->entry(facts[size_t(place)].matchEntry).major != EntityType::Place))
            ++place;
        if (place == last) {
            mention.span = {};
            continue;
        }
        mention.span = {tokens[place].span.begin, tokens[last - 1].span.end};
        mention.type = EntityType::Place;
        mention.role.clear();
    }
    mentions.removeIf([](const Mention &m) { return m.span.end == 0; });
}

// "Gov. Mike Pence spoke", "Rep. Ron DeSantis would": the model left out a titled name
// that it takes elsewhere (round 15; after the title's period the given name reads as a
// sentence's first word). After a capitalised title word and its period, a run of one to three
// capitalised words (and initials) that no mention holds, opening with a given name
// (isGivenNameAfterTitle()), is a person; not in a headline or a line of capitals. A person's
// mention that the model opened later in the run opens with the given name (round 16); an
// organization the model made of the surname and a place after "of" is the person and the place
// (round 17). Steps: opensTitledName(), titledRunEnd(), mendTitledRun().
void EntityRecogniser::titledNamesLeftOut(Analysis &analysis,
                                          const std::vector<NerTokenFacts> &facts) const
{
    const QList<Token> &tokens = analysis.tokens;
    QList<Mention> added;
    qsizetype next = 0; // the first mention that does not end before the run
    for (int i = 2; i < tokens.size(); ++i) {
        if (!opensTitledName(tokens, facts, i))
            continue;
        const int end = titledRunEnd(tokens, facts, i);
        // A given name only the US list holds opens a name only before a surname: "Dr. Pepper",
        // "Sgt. Pepper" are no people (round 16).
        if (end - i == 1 && !(facts[size_t(i)].flags & NerFeatures::GivenName))
            continue;
        const Span span{tokens[i].span.begin, tokens[end - 1].span.end};
        while (next < analysis.mentions.size() && analysis.mentions[next].span.end <= span.begin)
            ++next;
        const bool held =
            next < analysis.mentions.size() && analysis.mentions[next].span.begin < span.end;
        if (held && !mendTitledRun(tokens, facts, span, end, analysis.mentions[next]))
            continue;
        added.append(titledPerson(span));
        i = end - 1;
    }
    addMentions(analysis, added);
}

// A capitalised word of a titled name: not in a headline, a line of capitals or a time
// expression.
bool EntityRecogniser::isTitledNameWord(const QList<Token> &tokens,
                                        const std::vector<NerTokenFacts> &facts, int k)
{
    constexpr quint32 excluded =
        NerFeatures::TitleCaseLine | NerFeatures::CapitalsLine | NerFeatures::TimeWord;
    return k < tokens.size() && tokens[k].kind == TokenKind::Word &&
           (facts[size_t(k)].flags & NerFeatures::InitialCapital) &&
           !(facts[size_t(k)].flags & excluded);
}

// Whether token `i` opens a titled name: a given name (isGivenNameAfterTitle()) after a
// capitalised title word and its period, outside a headline.
bool EntityRecogniser::opensTitledName(const QList<Token> &tokens,
                                       const std::vector<NerTokenFacts> &facts, int i) const
{
    constexpr quint32 headline = NerFeatures::TitleCaseLine | NerFeatures::CapitalsLine;
    const int title = titleBefore(facts, i, true);
    return title >= 0 && (facts[size_t(title)].flags & NerFeatures::InitialCapital) &&
           !(facts[size_t(title)].flags & headline) && isTitledNameWord(tokens, facts, i) &&
           isGivenNameAfterTitle(facts[size_t(i)]);
}

// The end of the titled name that opens at `i`: up to two more words, an initial with its
// period ("Benjamin L. Cardin"), and a title word that is no next name's title ("Steve King,",
// not "Rep. Joe Gov.").
int EntityRecogniser::titledRunEnd(const QList<Token> &tokens,
                                   const std::vector<NerTokenFacts> &facts, int i)
{
    int end = i + 1;
    for (int words = 1; words < 3 && isTitledNameWord(tokens, facts, end); ++words) {
        const bool initial = tokens[end].span.length() == 1 && end + 2 < tokens.size() &&
                             facts[size_t(end + 1)].word == u"." &&
                             isTitledNameWord(tokens, facts, end + 2);
        if (initial)
            end += 2;
        else if ((facts[size_t(end)].flags & NerFeatures::TitleWord) &&
                 (end + 1 == tokens.size() || facts[size_t(end + 1)].word == u"." ||
                  isTitledNameWord(tokens, facts, end + 1)))
            break;
        ++end;
    }
    return end;
}

// The model's mention `model` overlaps the titled name `span` (tokens up to `end`). "Sen. Rand
// Paul", "Sen. Benjamin L. Cardin": the model tagged the surname alone; the person's mention
// opens with the given name (round 16). "Rep. Will Hurd of Texas": the model's organization
// "Hurd of Texas" is the person and the place the gazetteer lists after "of" (round 17): the
// mention becomes the place, and the result is true (the person is to be added).
bool EntityRecogniser::mendTitledRun(const QList<Token> &tokens,
                                     const std::vector<NerTokenFacts> &facts, const Span &span,
                                     int end, Mention &model) const
{
    if (model.type == EntityType::Person && model.span.begin > span.begin)
        model.span.begin = span.begin;
    const int of = end;
    if (model.type == EntityType::Person || model.span.begin <= span.begin ||
        model.span.end <= span.end || of + 1 >= tokens.size() || facts[size_t(of)].word != u"of" ||
        facts[size_t(of + 1)].matchTokens <= 0 ||
        tokens[of + facts[size_t(of + 1)].matchTokens].span.end != model.span.end ||
        m_gazetteer->entry(facts[size_t(of + 1)].matchEntry).major != EntityType::Place)
        return false;
    model.span.begin = tokens[of + 1].span.begin;
    model.type = EntityType::Place;
    return true;
}

// A person's mention of the model's source over `span`.
Mention EntityRecogniser::titledPerson(const Span &span)
{
    Mention person;
    person.span = span;
    person.type = EntityType::Person;
    person.source = MentionSource::Model;
    return person;
}

// "The Duke of Edinburgh said", "the Princess of Wales arrived in Kenya": a title of nobility or
// of a monarch (lexicon/nobletitles.tsv), its first word capitalised, then "of" and a
// capitalised name (or "the" and a place of the gazetteer: "the Queen of the Netherlands") is one
// person's name; the model made the place a mention of its own, or a
// person "of Edinburgh" (round 23). The name after "of" is the gazetteer's match there, else
// its capitalised words (at most MaxWords); every mention within the whole is replaced by the
// one person. Not when the title's word ends a person's name ("Peter T. King of New York"), nor
// in an apposition to a person's name ("Alexander III, King of Scotland": an office).
void EntityRecogniser::nobleTitledPeople(Analysis &analysis,
                                         const std::vector<NerTokenFacts> &facts) const
{
    constexpr int MaxWords = 3;
    constexpr int MaxNameWords = 5; // "Mohammed bin Rashid Al Maktoum"
    static const quint64 of = NerFeatures::hashLower(u"of");
    const QList<Token> &tokens = analysis.tokens;
    const int n = int(tokens.size());
    const auto capitalised = [&](int k) {
        return tokens[k].kind == TokenKind::Word &&
               (facts[size_t(k)].flags & NerFeatures::InitialCapital);
    };
    const auto surnameAt = [&](int k) {
        const int m = analysis.mentionAt(tokens[k].span.begin);
        return m >= 0 && analysis.mentions[m].type == EntityType::Person &&
               analysis.mentions[m].span.begin < tokens[k].span.begin;
    };
    // "Alexander III, King of Scotland": the title of a person named right before its comma is
    // that person's office, not a name of its own.
    const auto appositionAt = [&](int k) {
        if (k < 2 || facts[size_t(k - 1)].word != u",")
            return false;
        const int m = analysis.mentionAt(tokens[k - 2].span.begin);
        return m >= 0 && analysis.mentions[m].type == EntityType::Person;
    };
    static const quint64 the = NerFeatures::hashLower(u"the");
    // The place after "of" ("the Queen of the Netherlands"): its first token, or -1.
    const auto placeAfterOf = [&](int k) {
        if (capitalised(k + 1))
            return k + 1;
        if (k + 2 >= n)
            return -1;
        const NerTokenFacts &next = facts[size_t(k + 2)];
        return facts[size_t(k + 1)].lower == the && capitalised(k + 2) && next.matchTokens > 0 &&
                       m_gazetteer->entry(next.matchEntry).major == EntityType::Place
                   ? k + 2
                   : -1;
    };
    QList<Mention> people;
    for (int k = 1; k + 1 < n; ++k) {
        if (facts[size_t(k)].lower != of)
            continue;
        const int at = placeAfterOf(k);
        if (at < 0)
            continue;
        int first = -1;
        for (const NobleTitle &title : m_nobleTitles) {
            const int start = k - int(title.words.size());
            if (start < 0 || !capitalised(start))
                continue;
            bool match = true;
            for (int w = 0; w < title.words.size() && match; ++w)
                match = facts[size_t(start + w)].lower == title.words[w];
            // "Count of Arizona ballots resumed": an ambiguous title is one only after "the".
            if (match && title.afterThe && (start == 0 || facts[size_t(start - 1)].lower != the))
                match = false;
            if (match) {
                first = start;
                break;
            }
        }
        // "Peter T. King of New York", "Rep. Steve King of Iowa": the title's word ends the name
        // of a person the model found.
        if (first < 0 || surnameAt(first))
            continue;
        if (appositionAt(first)) {
            // The model's person "of Russia" (its title taken off as a role) is the place.
            const int m = analysis.mentionAt(tokens[k].span.begin);
            const NerTokenFacts &name = facts[size_t(at)];
            if (m >= 0 && analysis.mentions[m].span.begin == tokens[k].span.begin &&
                name.matchTokens > 0 &&
                m_gazetteer->entry(name.matchEntry).major == EntityType::Place) {
                analysis.mentions[m].span.begin = tokens[at].span.begin;
                analysis.mentions[m].type = EntityType::Place;
                analysis.mentions[m].role.clear();
            }
            continue;
        }
        int end = at;
        if (facts[size_t(at)].matchTokens > 0) {
            end = at + facts[size_t(at)].matchTokens;
        } else {
            while (end < n && end < at + MaxWords && capitalised(end))
                ++end;
        }
        // Review of round 23: "The King of Prussia mall" (the gazetteer's town of that name),
        // "Prince of Wales Hospital", "the Emir of Kuwait Cup", "Crown Prince of Saudi Arabia
        // Mohammed bin Salman": a name of the gazetteer starting at the title and covering the
        // place, or a capitalised word after the place, makes the title part of another name;
        // the model's mentions stand.
        const NerTokenFacts &titleFacts = facts[size_t(first)];
        if (titleFacts.matchTokens > 0 && first + titleFacts.matchTokens >= end)
            continue;
        const auto rule = [&](int from, int to, EntityType type) {
            Mention m;
            m.span = Span{tokens[from].span.begin, tokens[to - 1].span.end};
            m.type = type;
            m.source = MentionSource::Rule;
            people.append(m);
        };
        if (end < n && capitalised(end)) {
            // Round 24: "Crown Prince of Saudi Arabia Mohammed bin Salman met": a given name
            // after the place opens the holder's name (capitalised words and the particles of
            // nameparticles.tsv: "bin"); the place stays a place of its own and the title with
            // "of" no mention (no role is recorded: the visit analysis reads the place right
            // before the name as the office's, VisitContext::countriesOf() and regionsOf()).
            // A given name, or a word and a particle ("Sabah bin Jaber").
            // Review of rounds 23 and 24: or a word the model put in a person's mention ("The
            // Emir of Kuwait Sabah Al-Ahmad met": the model's "of Kuwait Sabah Al-Ahmad").
            const NerTokenFacts &place = facts[size_t(at)];
            const int held = analysis.mentionAt(tokens[end].span.begin);
            const bool named =
                (facts[size_t(end)].flags & NerFeatures::GivenName) ||
                (end + 2 < n && m_nameParticles.contains(facts[size_t(end + 1)].lower) &&
                 capitalised(end + 2)) ||
                (held >= 0 && analysis.mentions[held].type == EntityType::Person);
            if (place.matchTokens <= 0 || at + place.matchTokens != end)
                continue;
            if (!named) {
                // "the Duke of Edinburgh Award winners": no holder's name; the model's person
                // "of Edinburgh" is the place.
                const int m = analysis.mentionAt(tokens[k].span.begin);
                if (m >= 0 && analysis.mentions[m].type == EntityType::Person &&
                    analysis.mentions[m].span.begin == tokens[k].span.begin &&
                    analysis.mentions[m].span.end <= tokens[end - 1].span.end &&
                    m_gazetteer->entry(place.matchEntry).major == EntityType::Place) {
                    analysis.mentions[m].span =
                        Span{tokens[at].span.begin, tokens[end - 1].span.end};
                    analysis.mentions[m].type = EntityType::Place;
                    analysis.mentions[m].role.clear();
                }
                continue;
            }
            // Review of round 24: the name ends before a capitalised word the dictionary writes
            // in lower case alone ("Meets", "Garden"; dictwords.tsv: not a name's too, as
            // "Smith"); in a title-case or capitals line ("King of Jordan Abdullah Meets Biden
            // In Washington") it takes no word after the given name but a particle's.
            constexpr quint32 headlineFlags =
                NerFeatures::TitleCaseLine | NerFeatures::CapitalsLine;
            const bool headline = facts[size_t(end)].flags & headlineFlags;
            const auto ordinary = [&](int k) {
                const quint32 flags = facts[size_t(k)].flags;
                return (flags & NerFeatures::CommonWord) &&
                       !(flags & (NerFeatures::ProperWord | NerFeatures::GivenName));
            };
            int last = end + 1;
            while (last < n && last < end + MaxNameWords) {
                const bool particle = m_nameParticles.contains(facts[size_t(last)].lower) &&
                                      last + 1 < n && capitalised(last + 1);
                const bool afterParticle = m_nameParticles.contains(facts[size_t(last - 1)].lower);
                if (!particle &&
                    (!capitalised(last) || ordinary(last) || (headline && !afterParticle)))
                    break;
                ++last;
            }
            // "The Princess of Wales Rose Garden opened", "the Prince of Wales Charles Dickens
            // Museum": a capitalised word after the name that the name does not take makes the
            // whole another name (a garden's, a museum's); the model's mentions stand.
            if (!headline && last < n && capitalised(last))
                continue;
            rule(at, end, EntityType::Place);
            rule(end, last, EntityType::Person);
            k = last - 1;
            continue;
        }
        // Round 24: "the ship Queen of the Pacific sank": after a noun of a vessel's kind
        // (vesselnouns.tsv, lower case) the title with its place is the vessel's name.
        const bool vessel = first > 0 && m_vesselNouns.contains(facts[size_t(first - 1)].lower) &&
                            !capitalised(first - 1);
        rule(first, end, vessel ? EntityType::Other : EntityType::Person);
        k = end - 1;
    }
    if (people.isEmpty())
        return;
    QList<Mention> &mentions = analysis.mentions;
    mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                  [&](const Mention &m) {
                                      return std::any_of(people.cbegin(), people.cend(),
                                                         [&](const Mention &p) {
                                                             return m.span.begin < p.span.end &&
                                                                    p.span.begin < m.span.end;
                                                         });
                                  }),
                   mentions.end());
    addMentions(analysis, people);
}

// "The director of Selma said", "the author of Dune", "the star of Chicago": a one-word mention
// that is a city of the gazetteer, right after "of" after a noun that names a person by a work
// (lexicon/worknouns.tsv, lower case), is the work's title, no place (round 23; the review of
// round 22). Not before a possessive ("the director of Selma's museum"), nor a country or a
// region ("the director of Africa" at a ministry is an office's domain).
void EntityRecogniser::worksAfterMakers(Analysis &analysis,
                                        const std::vector<NerTokenFacts> &facts) const
{
    if (m_workNouns.isEmpty())
        return;
    static const quint64 of = NerFeatures::hashLower(u"of");
    const QList<Token> &tokens = analysis.tokens;
    for (Mention &mention : analysis.mentions) {
        const int k = tokenAt(tokens, mention.span.begin);
        if (mention.type != EntityType::Place || k < 2 || k >= tokens.size() ||
            tokens[k].span.end != mention.span.end)
            continue;
        const NerTokenFacts &name = facts[size_t(k)];
        const NerTokenFacts &maker = facts[size_t(k - 2)];
        if (facts[size_t(k - 1)].lower != of || !m_workNouns.contains(maker.lower) ||
            !maker.word.front().isLower() || name.matchTokens != 1 ||
            m_gazetteer->entry(name.matchEntry).minor != u"city" ||
            (k + 1 < tokens.size() && Tokenizer::isPossessiveEnding(facts[size_t(k + 1)].word)))
            continue;
        mention.type = EntityType::Other;
    }
}

} // namespace lector
