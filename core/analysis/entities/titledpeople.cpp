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

namespace {

// nobleTitledPeople()'s reading of one article, a step per function (the review of round 24
// found the pass nested six deep): at each "of", the title before it (titleStartBefore()), the
// place after it (placeAfterOf(), placeEnd()), then either the title's holder named after the
// place (holderAfterPlace()) or the whole as one person's name.
class NobleTitleScan
{
public:
    NobleTitleScan(Analysis &analysis, const std::vector<NerTokenFacts> &facts,
                   const Gazetteer &gazetteer, const QList<NobleTitle> &titles,
                   const QSet<quint64> &nameParticles, const QSet<quint64> &vesselNouns)
        : m_analysis(analysis)
        , m_tokens(analysis.tokens)
        , m_facts(facts)
        , m_n(int(analysis.tokens.size()))
        , m_gazetteer(gazetteer)
        , m_titles(titles)
        , m_nameParticles(nameParticles)
        , m_vesselNouns(vesselNouns)
    {}

    /// The mentions of the article's noble titles (source Rule), in text order; the model's
    /// mentions of "of" a place after an office are mended in place on the way.
    QList<Mention> people()
    {
        static const quint64 of = NerFeatures::hashLower(u"of");
        for (int k = 1; k + 1 < m_n; ++k) {
            if (fact(k).lower == of)
                k = readOf(k);
        }
        return m_people;
    }

private:
    static constexpr int MaxWords = 3;
    static constexpr int MaxNameWords = 5; // "Mohammed bin Rashid Al Maktoum"

    const NerTokenFacts &fact(int k) const { return m_facts[size_t(k)]; }

    bool capitalised(int k) const
    {
        return m_tokens[k].kind == TokenKind::Word && (fact(k).flags & NerFeatures::InitialCapital);
    }

    // The gazetteer's match at `k` is a place.
    bool placeMatch(int k) const
    {
        return fact(k).matchTokens > 0 &&
               m_gazetteer.entry(fact(k).matchEntry).major == EntityType::Place;
    }

    // The person's mention the token `k` is in, when it opened before `k`.
    bool surnameAt(int k) const
    {
        const int m = m_analysis.mentionAt(m_tokens[k].span.begin);
        return m >= 0 && m_analysis.mentions[m].type == EntityType::Person &&
               m_analysis.mentions[m].span.begin < m_tokens[k].span.begin;
    }

    // "Alexander III, King of Scotland": the title of a person named right before its comma is
    // that person's office, not a name of its own.
    bool appositionAt(int k) const
    {
        if (k < 2 || fact(k - 1).word != u",")
            return false;
        const int m = m_analysis.mentionAt(m_tokens[k - 2].span.begin);
        return m >= 0 && m_analysis.mentions[m].type == EntityType::Person;
    }

    // The place after "of" at `k` ("the Queen of the Netherlands"): its first token, or -1.
    int placeAfterOf(int k) const
    {
        static const quint64 the = NerFeatures::hashLower(u"the");
        if (capitalised(k + 1))
            return k + 1;
        if (k + 2 >= m_n)
            return -1;
        return fact(k + 1).lower == the && capitalised(k + 2) && placeMatch(k + 2) ? k + 2 : -1;
    }

    // The first token of the title written right before "of" at `k`, capitalised, or -1.
    // "Count of Arizona ballots resumed": an ambiguous title is one only after "the".
    int titleStartBefore(int k) const
    {
        static const quint64 the = NerFeatures::hashLower(u"the");
        for (const NobleTitle &title : m_titles) {
            const int start = k - int(title.words.size());
            if (start < 0 || !capitalised(start))
                continue;
            bool match = true;
            for (int w = 0; w < title.words.size() && match; ++w)
                match = fact(start + w).lower == title.words[w];
            if (match && title.afterThe && (start == 0 || fact(start - 1).lower != the))
                match = false;
            if (match)
                return start;
        }
        return -1;
    }

    // The end of the name after "of" that opens at `at`: the gazetteer's match there, else its
    // capitalised words (at most MaxWords).
    int placeEnd(int at) const
    {
        if (fact(at).matchTokens > 0)
            return at + fact(at).matchTokens;
        int end = at;
        while (end < m_n && end < at + MaxWords && capitalised(end))
            ++end;
        return end;
    }

    // The model's person's mention that opens with "of" at `k` and ends by `end`: the
    // mention's index, or -1.
    int personOpeningAt(int k, int end) const
    {
        const int m = m_analysis.mentionAt(m_tokens[k].span.begin);
        return m >= 0 && m_analysis.mentions[m].type == EntityType::Person &&
                       m_analysis.mentions[m].span.begin == m_tokens[k].span.begin &&
                       m_analysis.mentions[m].span.end <= m_tokens[end - 1].span.end
                   ? m
                   : -1;
    }

    // Mention `m` becomes a place that opens at token `from` and ends at offset `end`.
    void makePlace(int m, int from, qsizetype end)
    {
        Mention &mention = m_analysis.mentions[m];
        mention.span = Span{m_tokens[from].span.begin, end};
        mention.type = EntityType::Place;
        mention.role.clear();
    }

    // "Alexander III, King of Russia": the model's person "of Russia" (its title taken off as a
    // role) is the place of the gazetteer after "of" at `k`.
    void placeOfOffice(int k, int at)
    {
        const int m = m_analysis.mentionAt(m_tokens[k].span.begin);
        if (m >= 0 && m_analysis.mentions[m].span.begin == m_tokens[k].span.begin && placeMatch(at))
            makePlace(m, at, m_analysis.mentions[m].span.end);
    }

    // Review of round 23: "The King of Prussia mall" (the gazetteer's town of that name),
    // "Prince of Wales Hospital": a name of the gazetteer starting at the title and covering the
    // place makes the title part of another name; the model's mentions stand.
    bool titleOpensOtherName(int first, int end) const
    {
        return fact(first).matchTokens > 0 && first + fact(first).matchTokens >= end;
    }

    // Round 24: "the ship Queen of the Pacific sank": after a noun of a vessel's kind
    // (vesselnouns.tsv, lower case) the title with its place is the vessel's name.
    bool afterVesselNoun(int first) const
    {
        return first > 0 && m_vesselNouns.contains(fact(first - 1).lower) &&
               !capitalised(first - 1);
    }

    // A name particle of nameparticles.tsv ("bin") at `k`, before a capitalised word.
    bool particleAt(int k) const
    {
        return m_nameParticles.contains(fact(k).lower) && k + 1 < m_n && capitalised(k + 1);
    }

    // The capitalised word at `end` after the place opens the holder's name: a given name, a
    // word and a particle ("Sabah bin Jaber"), or (review of rounds 23 and 24) a word the model
    // put in a person's mention ("The Emir of Kuwait Sabah Al-Ahmad met": the model's "of Kuwait
    // Sabah Al-Ahmad"). Round 25: or a word the dictionary writes only capitalised and no title
    // nor organization word ("King of Spain Felipe arrived", "Queen of Denmark Margrethe": the
    // model made "Spain Felipe" a place, or left the name out); "Hospital", "Award" of "Prince of
    // Wales Hospital", "the Duke of Edinburgh Award" are common words. Or such a word the
    // model joined to the place ("Emir of Qatar Tamim arrived": a place "Qatar Tamim").
    bool holderNamedAt(int at, int end) const
    {
        constexpr quint32 notName =
            NerFeatures::CommonWord | NerFeatures::TitleWord | NerFeatures::OrgWord;
        const int held = m_analysis.mentionAt(m_tokens[end].span.begin);
        const quint32 flags = fact(end).flags;
        const bool joined = held >= 0 && m_analysis.mentions[held].type != EntityType::Person &&
                            m_analysis.mentions[held].span.begin <= m_tokens[at].span.begin;
        return (flags & NerFeatures::GivenName) ||
               ((flags & NerFeatures::ProperWord || joined) && !(flags & notName)) ||
               (end + 2 < m_n && m_nameParticles.contains(fact(end + 1).lower) &&
                capitalised(end + 2)) ||
               (held >= 0 && m_analysis.mentions[held].type == EntityType::Person);
    }

    // A capitalised word the dictionary writes in lower case alone ("Meets", "Garden";
    // dictwords.tsv: not a name's too, as "Smith").
    bool ordinaryWord(int k) const
    {
        const quint32 flags = fact(k).flags;
        return (flags & NerFeatures::CommonWord) &&
               !(flags & (NerFeatures::ProperWord | NerFeatures::GivenName));
    }

    // A regnal number of two to four capitals I, V and X ("II", "VI"), or "V" or "X" alone
    // ("Felipe VI", "Abdullah II"); not the pronoun "I".
    bool regnalNumberAt(int k) const
    {
        const QStringView word = fact(k).word;
        if (word.size() > 4 || word == u"I")
            return false;
        return std::all_of(word.begin(), word.end(),
                           [](QChar c) { return c == u'I' || c == u'V' || c == u'X'; });
    }

    // The end of the holder's name that opens at `end`: capitalised words and particles, at
    // most MaxNameWords, up to an ordinary word (ordinaryWord()); in a title-case or capitals
    // line ("King of Jordan Abdullah Meets Biden In Washington") no word after the given name
    // but a particle's (review of round 24). Round 25: a regnal number ends the name ("King of
    // Jordan Abdullah II arrived").
    int holderNameEnd(int end, bool headline) const
    {
        int last = end + 1;
        while (last < m_n && last < end + MaxNameWords) {
            if (regnalNumberAt(last))
                return last + 1;
            const bool afterParticle = m_nameParticles.contains(fact(last - 1).lower);
            if (!particleAt(last) &&
                (!capitalised(last) || ordinaryWord(last) || (headline && !afterParticle)))
                break;
            ++last;
        }
        return last;
    }

    // Round 24: "Crown Prince of Saudi Arabia Mohammed bin Salman met": a name after the place
    // (tokens [at, end)) opens the holder's name; the place stays a place of its own and the
    // title with "of" no mention (no role is recorded: the visit analysis reads the place right
    // before the name as the office's, VisitContext::countriesOf() and regionsOf()). Without a
    // holder's name ("the Duke of Edinburgh Award winners") the model's person "of Edinburgh"
    // is the place. "The Princess of Wales Rose Garden opened", "the Prince of Wales Charles
    // Dickens Museum": a capitalised word after the name that the name does not take makes the
    // whole another name (a garden's, a museum's); the model's mentions stand. Returns the
    // token the scan goes on after.
    int holderAfterPlace(int k, int at, int end)
    {
        if (fact(at).matchTokens <= 0 || at + fact(at).matchTokens != end)
            return k;
        if (!holderNamedAt(at, end)) {
            const int m = personOpeningAt(k, end);
            if (m >= 0 && placeMatch(at))
                makePlace(m, at, m_tokens[end - 1].span.end);
            return k;
        }
        constexpr quint32 headlineFlags = NerFeatures::TitleCaseLine | NerFeatures::CapitalsLine;
        const bool headline = fact(end).flags & headlineFlags;
        const int last = holderNameEnd(end, headline);
        if (!headline && last < m_n && capitalised(last))
            return k;
        add(at, end, EntityType::Place);
        add(end, last, EntityType::Person);
        return last - 1;
    }

    // The title before "of" at `k` and the name after it: the mentions they make. Returns the
    // token the scan goes on after (`k` when nothing was read).
    int readOf(int k)
    {
        const int at = placeAfterOf(k);
        if (at < 0)
            return k;
        const int first = titleStartBefore(k);
        // "Peter T. King of New York", "Rep. Steve King of Iowa": the title's word ends the name
        // of a person the model found.
        if (first < 0 || surnameAt(first))
            return k;
        if (appositionAt(first)) {
            placeOfOffice(k, at);
            return k;
        }
        const int end = placeEnd(at);
        if (titleOpensOtherName(first, end))
            return k;
        if (end < m_n && capitalised(end))
            return holderAfterPlace(k, at, end);
        add(first, end, afterVesselNoun(first) ? EntityType::Other : EntityType::Person);
        return end - 1;
    }

    // A rule's mention of `type` over tokens [from, to).
    void add(int from, int to, EntityType type)
    {
        Mention m;
        m.span = Span{m_tokens[from].span.begin, m_tokens[to - 1].span.end};
        m.type = type;
        m.source = MentionSource::Rule;
        m_people.append(m);
    }

    Analysis &m_analysis;
    const QList<Token> &m_tokens;
    const std::vector<NerTokenFacts> &m_facts;
    const int m_n;
    const Gazetteer &m_gazetteer;
    const QList<NobleTitle> &m_titles;
    const QSet<quint64> &m_nameParticles;
    const QSet<quint64> &m_vesselNouns;
    QList<Mention> m_people;
};

} // namespace

// "The Duke of Edinburgh said", "the Princess of Wales arrived in Kenya": a title of nobility or
// of a monarch (lexicon/nobletitles.tsv), its first word capitalised, then "of" and a
// capitalised name (or "the" and a place of the gazetteer: "the Queen of the Netherlands") is one
// person's name; the model made the place a mention of its own, or a
// person "of Edinburgh" (round 23). The name after "of" is the gazetteer's match there, else
// its capitalised words (at most three); every mention within the whole is replaced by the
// one person. Not when the title's word ends a person's name ("Peter T. King of New York"), nor
// in an apposition to a person's name ("Alexander III, King of Scotland": an office). The steps:
// NobleTitleScan.
void EntityRecogniser::nobleTitledPeople(Analysis &analysis,
                                         const std::vector<NerTokenFacts> &facts) const
{
    const QList<Mention> people =
        NobleTitleScan(analysis, facts, *m_gazetteer, m_nobleTitles, m_nameParticles, m_vesselNouns)
            .people();
    if (people.isEmpty())
        return;
    // Every mention within a rule's mention gives way to it.
    const auto overlapped = [&](const Mention &m) {
        return std::any_of(people.cbegin(), people.cend(), [&](const Mention &p) {
            return m.span.begin < p.span.end && p.span.begin < m.span.end;
        });
    };
    QList<Mention> &mentions = analysis.mentions;
    mentions.erase(std::remove_if(mentions.begin(), mentions.end(), overlapped), mentions.end());
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

namespace {

// A word of an office's domain after "of" or "for" ("State", "Defense", "Foreign Affairs",
// "Homeland Security"): capitalised, a common word of the dictionary or a title's word, and no
// given name.
bool isDomainWord(const QList<Token> &tokens, const std::vector<NerTokenFacts> &facts, int k)
{
    const quint32 flags = facts[size_t(k)].flags;
    return tokens[k].kind == TokenKind::Word && (flags & NerFeatures::InitialCapital) &&
           (flags & (NerFeatures::CommonWord | NerFeatures::TitleWord)) &&
           !(flags & NerFeatures::GivenName);
}

} // namespace

// The first token of an office's title written right before token `name`: a capitalised title
// word (or the first word of a title of titles.tsv with "of": "Chief of Staff"), "of" or "for" and
// one to three words of its domain (isDomainWord()): "Secretary of State", "Minister of Foreign
// Affairs", "Secretary of State for Health"; -1 when none.
int EntityRecogniser::officeTitleBefore(const QList<Token> &tokens,
                                        const std::vector<NerTokenFacts> &facts, int name) const
{
    constexpr int MaxDomainWords = 3;
    static const quint64 of = NerFeatures::hashLower(u"of");
    static const quint64 forWord = NerFeatures::hashLower(u"for");
    int title = -1;
    for (int p = name - 1;;) {
        int q = p;
        while (q >= 0 && p - q < MaxDomainWords && isDomainWord(tokens, facts, q))
            --q;
        if (q == p || q < 1 || (facts[size_t(q)].lower != of && facts[size_t(q)].lower != forWord))
            break;
        const NerTokenFacts &head = facts[size_t(q - 1)];
        if (!(head.flags & NerFeatures::InitialCapital) ||
            !((head.flags & NerFeatures::TitleWord) || m_officeHeads.contains(head.lower)))
            break;
        title = q - 1;
        p = title;
    }
    return title;
}

// Round 25 (the round 24 review): "Secretary of State Daniel Park said" gave the role "State"
// (the last word of titles.tsv's "Secretary of State" is a title word), "Secretary of Defense
// Laura Kim" a person "of Defense Laura Kim", "Minister of Health Rose Adler" an organization. A
// name after an office's title (officeTitleBefore()) is the person's, from its first word that
// is no domain word (the last word of the mention at least); the title with the capitalised
// words right before it (at most three: "U.S. Secretary of State") is the role. A mention the
// model typed other than a person is one only when the name opens with a given name; a place is
// left alone. A person's mention within the title ("of State") is none; a place there stays
// ("Assistant Secretary for Near East Affairs"), and so do the capitalised words' before the
// title ("U.S.", "Missouri Secretary of State"). The model's person "of Texas Ana Brill" after a
// capitalised title word is the place of the gazetteer after "of" and the person.
void EntityRecogniser::officesOfDomains(const QString &text, Analysis &analysis,
                                        const std::vector<NerTokenFacts> &facts) const
{
    static const quint64 of = NerFeatures::hashLower(u"of");
    static const quint64 forWord = NerFeatures::hashLower(u"for");
    const QList<Token> &tokens = analysis.tokens;
    constexpr quint32 capitalisedTitle = NerFeatures::TitleWord | NerFeatures::InitialCapital;
    QList<Span> titles;
    QList<Mention> places;
    for (Mention &mention : analysis.mentions) {
        const int first = tokenAt(tokens, mention.span.begin);
        const int end = tokenAt(tokens, mention.span.end - 1) + 1;
        if (mention.type == EntityType::Place || first < 1 || end > tokens.size())
            continue;
        // "Governor of Texas Ana Brill said": the model's person "of Texas Ana Brill" after a
        // capitalised title word is the office's place of the gazetteer and the person.
        const NerTokenFacts &place = facts[size_t(std::min(first + 1, end - 1))];
        if (mention.type == EntityType::Person && facts[size_t(first)].lower == of &&
            (facts[size_t(first - 1)].flags & capitalisedTitle) == capitalisedTitle &&
            place.matchTokens > 0 && first + 1 + place.matchTokens < end &&
            m_gazetteer->entry(place.matchEntry).major == EntityType::Place) {
            const int after = first + 1 + place.matchTokens;
            Mention office;
            office.span = Span{tokens[first + 1].span.begin, tokens[after - 1].span.end};
            office.type = EntityType::Place;
            office.source = MentionSource::Rule;
            places.append(office);
            mention.span.begin = tokens[after].span.begin;
            continue;
        }
        int name = first;
        if (facts[size_t(name)].lower == of || facts[size_t(name)].lower == forWord)
            ++name;
        while (name + 1 < end && isDomainWord(tokens, facts, name))
            ++name;
        // "of State", "Undergraduate Education": a mention of the domain's words alone.
        if (name > first && isDomainWord(tokens, facts, name))
            continue;
        const int title = officeTitleBefore(tokens, facts, name);
        if (title < 0 || (mention.type != EntityType::Person &&
                          !(facts[size_t(name)].flags & NerFeatures::GivenName)))
            continue;
        int start = title;
        while (start > 0 && start > title - 3 &&
               (facts[size_t(start - 1)].flags & NerFeatures::InitialCapital) &&
               !(facts[size_t(start)].flags & NerFeatures::LineStart))
            --start;
        const Span role{tokens[start].span.begin, tokens[name - 1].span.end};
        mention.role = text.mid(role.begin, role.length());
        mention.span.begin = tokens[name].span.begin;
        mention.type = EntityType::Person;
        titles.append(Span{tokens[title].span.begin, role.end});
    }
    if (!titles.isEmpty()) {
        analysis.mentions.removeIf([&](const Mention &m) {
            return m.type == EntityType::Person &&
                   std::any_of(titles.cbegin(), titles.cend(),
                               [&](const Span &t) { return t.contains(m.span); });
        });
    }
    addMentions(analysis, places);
}

} // namespace lector
