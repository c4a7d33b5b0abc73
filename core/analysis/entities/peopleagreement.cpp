// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entities/peopleagreement.h"

#include "analysis/entities/mentionorder.h"

#include "lexicon/gazetteer.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace lector {

namespace {

// Per-thread scratch, reused across documents.
struct Scratch
{
    std::vector<quint64> surnames;
    std::vector<quint64> nameWords; ///< first and last words of full names of people
};

Scratch &scratch()
{
    thread_local Scratch s;
    return s;
}

// "Theodorus of Tabennese", "Catherine of Aragon": the word after "of" that ends a person's
// name is the place the person is named after, not a surname.
bool endsWithPlace(const std::vector<NerTokenFacts> &facts, int first, int end)
{
    return end - first >= 3 && facts[size_t(end - 2)].word == u"of";
}

// NerFeatures::AfterSentenceEnd marks a word after any punctuation; "Their daughter, Gloria,
// started school" names her mid-sentence all the same.
bool opensSentence(const std::vector<NerTokenFacts> &facts, int i)
{
    if (!(facts[size_t(i)].flags & NerFeatures::AfterSentenceEnd))
        return false;
    const QStringView before = i > 0 ? facts[size_t(i - 1)].word : QStringView();
    return before != u"," && before != u";";
}

// The words of a full name as a person writes it: capitalised words ("Donald", "Trump"), an
// initial with its period ("J."); never a word of capitals, digits, an organization's head word
// or a time word.
bool isFullNameWord(const std::vector<NerTokenFacts> &facts, int first, int k)
{
    const NerTokenFacts &f = facts[size_t(k)];
    if (f.word == u"." && k > first && facts[size_t(k - 1)].word.size() == 1)
        return true;
    constexpr quint32 excluded = NerFeatures::HasDigit | NerFeatures::OrgWord |
                                 NerFeatures::TimeWord | NerFeatures::Punctuation |
                                 NerFeatures::CapitalsLine | NerFeatures::TitleCaseLine;
    return (f.flags & NerFeatures::InitialCapital) && !(f.flags & excluded) &&
           (!(f.flags & NerFeatures::AllCapitals) || f.word.size() == 1);
}

} // namespace

// "Donald Trump spoke in Ohio", "a Donald Trump supporter": the model, unsure of a surname that
// is also an ordinary word ("trump"), may type a full name "other", and the lone "Trump said"
// of the next sentence a person: two entities for one man. A name of two to four capitalised
// words typed "other" is a person when its first word is a common given name or its last word
// ends a person's name elsewhere in the article. Not when the gazetteer lists the whole name,
// when a word is an organization's head word or the last word a place's ("Victoria Falls"),
// nor when the last word is an ordinary word the dictionary never capitalises ("the Stanley
// Cup"), unless the article names a person by that word. A whole-document pass, as
// agreeOnSurnames(): a name the model typed a person in one sentence and "other" in the next.
void PeopleAgreement::fullNamesTypedOther(Analysis &analysis,
                                          const std::vector<NerTokenFacts> &facts,
                                          const MentionTokens &mentionTokens,
                                          const QSet<quint64> &placeHeads)
{
    Scratch &s = scratch();
    s.surnames.clear();
    for (size_t m = 0; m < mentionTokens.size(); ++m) {
        const auto [first, end] = mentionTokens[m];
        if (std::as_const(analysis.mentions)[qsizetype(m)].type == EntityType::Person &&
            !(facts[size_t(end - 1)].flags & NerFeatures::Punctuation) &&
            !endsWithPlace(facts, first, end))
            s.surnames.push_back(facts[size_t(end - 1)].lower);
    }
    std::sort(s.surnames.begin(), s.surnames.end());
    for (size_t m = 0; m < mentionTokens.size(); ++m) {
        const auto [first, end] = mentionTokens[m];
        Mention &mention = analysis.mentions[qsizetype(m)];
        const bool other = mention.type == EntityType::Other;
        const bool organization = mention.type == EntityType::Organization;
        if ((!other && !organization) || end - first < 2 || end - first > 4)
            continue;
        bool words = true;
        for (int k = first; k < end && words; ++k)
            words = isFullNameWord(facts, first, k);
        const NerTokenFacts &head = facts[size_t(first)], &last = facts[size_t(end - 1)];
        if (!words || (last.flags & NerFeatures::Punctuation) || head.matchTokens == end - first)
            continue;
        // "Roman Catholic", "Rose Bowl": a given name that is also an ordinary word names no
        // one by itself ("Mike" and "Bill" are people with the article's evidence only).
        const bool given = (head.flags & NerFeatures::GivenName) && head.word.size() > 1;
        const bool plainGiven = given && !(head.flags & NerFeatures::CommonWord);
        // "Ivanka Trump ... Trump said": a first word no dictionary lists, with the article's
        // evidence; not "Republican Trump", "Dump Trump", "African Americans".
        const bool unknown = !(head.flags & (NerFeatures::CommonWord | NerFeatures::ProperWord |
                                             NerFeatures::HasHyphen)) &&
                             head.matchTokens <= 0;
        const bool named = std::binary_search(s.surnames.cbegin(), s.surnames.cend(), last.lower);
        const bool ordinary =
            (last.flags & NerFeatures::CommonWord) && !(last.flags & NerFeatures::ProperWord);
        if (placeHeads.contains(last.lower) || (!named && ordinary))
            continue;
        // "Jews Against Trump": the words between are names too.
        bool middle = true;
        for (int k = first + 1; k < end - 1 && middle; ++k)
            middle = !(facts[size_t(k)].flags & NerFeatures::CommonWord) ||
                     (facts[size_t(k)].flags & NerFeatures::ProperWord);
        if (!middle)
            continue;
        // "Mike Pence said ... Pence's call", an organization to the model: only with the
        // article's evidence and a given name ("Morgan Stanley", "Roman Catholic Church" stay).
        const bool person = other ? plainGiven || (named && (given || unknown)) : named && given;
        if (!person)
            continue;
        mention.type = EntityType::Person;
    }
}

// "Daniel Reyes was arrested ... Reyes said": a lone word that ends the full name of a person
// elsewhere in the article is that person, wherever it stands, unless it names a country.
void PeopleAgreement::agreeOnSurnames(Analysis &analysis, const std::vector<NerTokenFacts> &facts,
                                      const MentionTokens &mentionTokens,
                                      const Gazetteer &gazetteer,
                                      const std::vector<bool> &confidentPlace)
{
    Scratch &s = scratch();
    s.surnames.clear();
    for (size_t m = 0; m < mentionTokens.size(); ++m) {
        const auto [first, end] = mentionTokens[m];
        if (std::as_const(analysis.mentions)[qsizetype(m)].type == EntityType::Person &&
            end - first >= 2 && !(facts[size_t(end - 1)].flags & NerFeatures::Punctuation) &&
            !endsWithPlace(facts, first, end))
            s.surnames.push_back(facts[size_t(end - 1)].lower);
    }
    if (s.surnames.empty())
        return;
    std::sort(s.surnames.begin(), s.surnames.end());
    for (size_t m = 0; m < mentionTokens.size(); ++m) {
        const auto [first, end] = mentionTokens[m];
        const NerTokenFacts &f = facts[size_t(first)];
        if (end - first != 1 ||
            std::as_const(analysis.mentions)[qsizetype(m)].type == EntityType::Person ||
            !std::binary_search(s.surnames.begin(), s.surnames.end(), f.lower) ||
            (f.matchTokens == 1 && confidentPlace[size_t(f.matchEntry)] &&
             gazetteer.entry(f.matchEntry).minor == u"country"))
            continue;
        Mention &mention = analysis.mentions[qsizetype(m)];
        mention.type = EntityType::Person;
        mention.role.clear();
    }
}

// "Li Shangfu arrived ... This is Li's second visit", "their daughter, Gloria, ... Gloria
// likes": a capitalised word that the model left out is a person when it starts or ends the
// full name of a person of the article, or is a common given name standing mid-sentence; once
// so found, it is also a person at the start of a sentence. Never a word the gazetteer knows,
// one of a longer capitalised phrase, or one in a headline.
void PeopleAgreement::addNameWords(Analysis &analysis, const std::vector<NerTokenFacts> &facts,
                                   const MentionTokens &mentionTokens,
                                   const QSet<quint64> &stopNames)
{
    Scratch &s = scratch();
    s.nameWords.clear();
    for (size_t m = 0; m < mentionTokens.size(); ++m) {
        const auto [first, end] = mentionTokens[m];
        if (std::as_const(analysis.mentions)[qsizetype(m)].type != EntityType::Person ||
            (facts[size_t(end - 1)].flags & NerFeatures::Punctuation))
            continue;
        s.nameWords.push_back(facts[size_t(first)].lower);
        if (!endsWithPlace(facts, first, end))
            s.nameWords.push_back(facts[size_t(end - 1)].lower);
    }
    const QList<Token> &tokens = analysis.tokens;
    constexpr quint32 excluded = NerFeatures::CapitalsLine | NerFeatures::TitleCaseLine |
                                 NerFeatures::TimeWord | NerFeatures::TitleWord |
                                 NerFeatures::AllCapitals;
    const qsizetype count = analysis.mentions.size();
    bool added = false;
    for (const bool sentenceStart : {false, true}) {
        std::sort(s.nameWords.begin(), s.nameWords.end());
        if (s.nameWords.empty() && sentenceStart)
            break;
        qsizetype next = 0; // the first model mention that does not end before the token
        for (int i = 0; i < tokens.size(); ++i) {
            const NerTokenFacts &f = facts[size_t(i)];
            if (!(f.flags & NerFeatures::InitialCapital) || (f.flags & excluded) ||
                f.matchTokens > 0 || tokens[i].kind != TokenKind::Word ||
                opensSentence(facts, i) != sentenceStart)
                continue;
            while (next < count && analysis.mentions[next].span.end <= tokens[i].span.begin)
                ++next;
            if (next < count && analysis.mentions[next].span.overlaps(tokens[i].span))
                continue;
            if ((i + 1 < tokens.size() &&
                 (facts[size_t(i + 1)].flags & NerFeatures::InitialCapital) &&
                 tokens[i + 1].kind == TokenKind::Word) ||
                (i > 0 && !sentenceStart &&
                 (facts[size_t(i - 1)].flags & NerFeatures::InitialCapital)))
                continue;
            const bool known = std::binary_search(s.nameWords.begin(), s.nameWords.end(), f.lower);
            if (!known && (sentenceStart || !(f.flags & NerFeatures::GivenName) ||
                           stopNames.contains(f.lower)))
                continue;
            Mention mention;
            mention.span = tokens[i].span;
            mention.type = EntityType::Person;
            mention.source = MentionSource::Model;
            analysis.mentions.append(mention);
            added = true;
            if (!known)
                s.nameWords.push_back(f.lower);
        }
    }
    if (added)
        sortMentions(analysis.mentions);
}

// "How to Grow Basil ... Basil needs warm air ... the basil plants": a capitalised word that
// the article writes in lower case again and again is a thing, whatever the model made of
// its capitals. Given names ("Will", "Rose") and surnames of full names ("Robert Frost ...
// Frost") stay people.
void PeopleAgreement::dropCommonWords(Analysis &analysis, const std::vector<NerTokenFacts> &facts)
{
    const QList<Token> &tokens = analysis.tokens;
    const auto firstToken = [&tokens](qsizetype offset) {
        return int(std::lower_bound(tokens.cbegin(), tokens.cend(), offset,
                                    [](const Token &t, qsizetype o) { return t.span.end <= o; }) -
                   tokens.cbegin());
    };
    QSet<quint64> surnames;
    std::vector<int> lone; // one-word people: their token
    for (qsizetype m = 0; m < analysis.mentions.size(); ++m) {
        const Mention &mention = analysis.mentions[m];
        if (mention.type != EntityType::Person)
            continue;
        const int first = firstToken(mention.span.begin);
        int last = first;
        while (last + 1 < tokens.size() && tokens[last + 1].span.begin < mention.span.end)
            ++last;
        if (last > first)
            surnames.insert(facts[size_t(last)].lower);
        else if (mention.role.isEmpty())
            lone.push_back(first);
    }
    constexpr quint32 keeps = NerFeatures::GivenName | NerFeatures::TitleWord;
    QSet<quint64> candidates;
    for (const int t : lone) {
        const quint32 flags = facts[size_t(t)].flags;
        if ((flags & NerFeatures::SeenLower) && (flags & NerFeatures::CommonWord) &&
            !(flags & keeps) && !surnames.contains(facts[size_t(t)].lower))
            candidates.insert(facts[size_t(t)].lower);
    }
    if (candidates.isEmpty())
        return;
    QHash<quint64, int> lowerCase;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const NerTokenFacts &f = facts[size_t(t)];
        if (tokens[t].kind == TokenKind::Word && !(f.flags & NerFeatures::InitialCapital) &&
            !(f.flags & NerFeatures::AllCapitals) && candidates.contains(f.lower))
            ++lowerCase[f.lower];
    }
    for (Mention &mention : analysis.mentions) {
        if (mention.type != EntityType::Person || !mention.role.isEmpty())
            continue;
        const int t = firstToken(mention.span.begin);
        if (tokens[t].span.end == mention.span.end && lowerCase.value(facts[size_t(t)].lower) >= 2)
            mention.type = EntityType::Other;
    }
}

} // namespace lector
