// SPDX-License-Identifier: GPL-3.0-or-later
// UsStates: the states of the United States after a city ("Grand Rapids, Mich.", "Rhinelander,
// WI."), the EntityRecogniser's last pass (round 14; its own file since the review of round 14).
#include "analysis/entities/usstates.h"
#include "analysis/entities/mentionorder.h"

#include "lexicon/gazetteer.h"
#include "lexicon/resources.h"

#include <algorithm>

namespace lector {

namespace {

// "Grand Rapids, Mich.": token `i` follows a capitalised word and a comma.
bool afterNameAndComma(const std::vector<NerTokenFacts> &facts, int i)
{
    return i >= 2 && facts[size_t(i - 1)].word == u"," &&
           (facts[size_t(i - 2)].flags & NerFeatures::InitialCapital);
}

// "Sen. Rand Paul (Ky.)": an abbreviation alone in brackets.
bool inBrackets(const QList<Token> &tokens, const std::vector<NerTokenFacts> &facts, int first,
                int end)
{
    return first >= 1 && end < tokens.size() && facts[size_t(first - 1)].word == u"(" &&
           facts[size_t(end)].word == u")";
}

// The model's mention of an abbreviation that is no place: marks it for removal (an empty
// span).
void dropMention(QList<Mention> &mentions, qsizetype next, const Span &span)
{
    if (next < mentions.size() && mentions[next].span.overlaps(span) &&
        mentions[next].span.begin == span.begin && mentions[next].span.end <= span.end)
        mentions[next].span = {};
}

// Whether the mention `next` (the first that does not end before token `i`) is exactly token
// `i`, typed a place.
bool typedPlaceAt(const QList<Mention> &mentions, qsizetype next, const Token &token)
{
    return next < mentions.size() && mentions[next].type == EntityType::Place &&
           mentions[next].span.begin == token.span.begin &&
           mentions[next].span.end == token.span.end;
}

} // namespace

UsStates::UsStates(const Resources &resources)
    : m_gazetteer(resources.gazetteer())
    , m_partyLabels(resources.wordSet(QStringLiteral("partylabels")))
    , m_placePrepositions(resources.wordSet(QStringLiteral("placepreps")))
    , m_usState(size_t(m_gazetteer.size()))
    , m_postalCodes(m_gazetteer.usStatesByPostalCode())
{
    for (const int state : std::as_const(m_postalCodes))
        m_usState[size_t(state)] = true;
}

// "Grand Rapids, Mich., is", "in Scranton, Pa., in 1942": US news writes a state after a city
// in its AP abbreviation (gazetteer/subdivisions.tsv, "Mich." of Michigan), and the model made
// "Grand Rapids" an organization, or missed "Mich". After a capitalised word and a comma, or
// alone in brackets ("Sen. Rand Paul (Ky.)"), the abbreviation is the state, and a city mention
// before the comma that the model typed otherwise is a place (not one the gazetteer lists as an
// organization). The mention ends before the period, as the model's do: a period inside a
// place's mention cost the visit CV 0.009 (even lines; the visit features read the token after
// the place), and the EntityGrouper finds the state by the phrase with its period. Elsewhere
// an abbreviation that is also an ordinary word ("see Pa.", "Wash. the car", "after Mass.") is
// no place: the gazetteer's phrase made the model take it for one.
void UsStates::markStates(const QString &text, Analysis &analysis,
                          const std::vector<NerTokenFacts> &facts) const
{
    const QList<Token> &tokens = analysis.tokens;
    QList<Mention> &mentions = analysis.mentions;
    QList<Mention> added;
    qsizetype next = 0; // the first mention that does not end before the token
    StateWord state;
    for (int i = 0; i < tokens.size(); ++i) {
        while (next < mentions.size() && mentions[next].span.end <= tokens[i].span.begin)
            ++next;
        if (!stateWordAt(tokens, facts, i, typedPlaceAt(mentions, next, tokens[i]), state))
            continue;
        if (isNoPlace(text, analysis, facts, next, state)) {
            dropMention(mentions, next, state.span);
            i = state.end - 1;
            continue;
        }
        const bool afterCity = afterNameAndComma(facts, i);
        if (state.postal && !(afterCity && postalAfterPlace(text, mentions, tokens, next, i)))
            continue;
        if (afterCity && next > 0 && mentions[next - 1].span.end == tokens[i - 2].span.end)
            cityBeforeState(mentions[next - 1], tokens, facts);
        if (afterCity || (!state.postal && inBrackets(tokens, facts, i, state.end)))
            markState(mentions, next, state, added);
        else if (facts[size_t(i)].flags & NerFeatures::CommonWord)
            dropMention(mentions, next, state.span); // "see Pa.", "Wash. the car", "after Mass."
        i = state.end - 1;
    }
    mentions.removeIf([](const Mention &m) { return m.span.end == 0; });
    addMentions(analysis, added);
}

// Whether token `i` opens a state's abbreviation of the gazetteer with its period ("Mich.",
// "N.H."; not "Michigan", nor "Calif" of "Menlo Park, Calif .") or is a postal code
// (isPostalCode()); if so, `state` says where it ends and what its mention spans.
bool UsStates::stateWordAt(const QList<Token> &tokens, const std::vector<NerTokenFacts> &facts,
                           int i, bool typedPlace, StateWord &state) const
{
    const NerTokenFacts &f = facts[size_t(i)];
    const bool postal = isPostalCode(tokens, facts, i, typedPlace);
    if (!postal && (f.matchTokens <= 0 || !m_usState[size_t(f.matchEntry)]))
        return false;
    const int end = postal ? i + 1 : i + f.matchTokens;
    const bool period = !postal && end - i >= 2 && facts[size_t(end - 1)].word == u"." &&
                        tokens[end - 1].span.begin == tokens[end - 2].span.end;
    if (!postal && !period && !f.word.contains(u'.'))
        return false;
    state.first = i;
    state.end = end;
    state.span = {tokens[i].span.begin, tokens[period ? end - 2 : end - 1].span.end};
    state.postal = postal;
    return true;
}

// "Springfield, IL 62701", "Rhinelander, WI.": a US postal code after a city and a comma, and
// before punctuation (not "?" or "!"), a number (the ZIP code) or the end of the line, or
// before any word when the model typed the code itself a place (`typedPlace`: "Flint, MI have
// waited", round 15; "Portland, OR last year" is no such place); never in a line of capitals
// ("STORM HITS TOWNS IN OHIO").
bool UsStates::isPostalCode(const QList<Token> &tokens, const std::vector<NerTokenFacts> &facts,
                            int i, bool typedPlace) const
{
    const NerTokenFacts &f = facts[size_t(i)];
    if (i < 2 || f.word.size() != 2 || !(f.flags & NerFeatures::AllCapitals) ||
        (f.flags & NerFeatures::CapitalsLine) || !m_postalCodes.contains(f.word.toString()) ||
        facts[size_t(i - 1)].word != u"," ||
        !(facts[size_t(i - 2)].flags & NerFeatures::InitialCapital))
        return false;
    if (i + 1 == tokens.size())
        return true;
    const NerTokenFacts &after = facts[size_t(i + 1)];
    return after.word != u"?" && after.word != u"!" &&
           (typedPlace || (after.flags & (NerFeatures::Punctuation | NerFeatures::HasDigit |
                                          NerFeatures::LineStart)) != 0);
}

// Round 15, what US political news writes with a state's abbreviation that is no place:
// - "Sen. Joe Manchin (D-W.Va.)": "Va." ends a longer string of letters and periods, a party
//   and a state (the tokenizer keeps "D-W" a word; "(R-Fla.)" never matches);
// - "Sen. Angus King (Ind.)": alone in brackets, a party's label (lexicon/partylabels.tsv);
// - "Del. Eleanor Holmes Norton spoke": a title right before a person's full name, not after a
//   place preposition ("voters in Del." stays) or a city and a comma ("Dover, Del."), and on
//   the same line.
// `next`: the first mention that does not end before the abbreviation.
bool UsStates::isNoPlace(const QString &text, const Analysis &analysis,
                         const std::vector<NerTokenFacts> &facts, qsizetype next,
                         const StateWord &state) const
{
    if (state.postal)
        return false;
    const QList<Token> &tokens = analysis.tokens;
    const int i = state.first;
    if (i >= 1 && tokens[i - 1].span.end == tokens[i].span.begin &&
        (tokens[i - 1].kind == TokenKind::Word || facts[size_t(i - 1)].word == u"."))
        return true;
    const QList<Mention> &mentions = analysis.mentions;
    // The mention right before the abbreviation, with one token between ("King (", "Gary (",
    // "Md. and": an abbreviation's period may end it).
    int j = i - 2;
    if (j >= 1 && facts[size_t(j)].word == u".")
        --j;
    const Mention *before = next > 0 && j >= 0 && mentions[next - 1].span.end == tokens[j].span.end
                                ? &mentions[next - 1]
                                : nullptr;
    if (inBrackets(tokens, facts, i, state.end)) {
        // A party's label after a person ("Sen. Angus King (Ind.)"); after a place ("the plant
        // in Gary (Ind.)") it is the state (the review of round 15).
        const Span written{tokens[i].span.begin, tokens[state.end - 1].span.end};
        return before && before->type == EntityType::Person &&
               m_partyLabels.contains(
                   QStringView(text).sliced(written.begin, written.length()).toString().toLower());
    }
    if (state.end >= tokens.size() || tokens[state.end].startsLine || afterNameAndComma(facts, i) ||
        (i >= 1 && m_placePrepositions.contains(facts[size_t(i - 1)].word.toString().toLower())))
        return false;
    // "Voters in Md. and Del. Tom Carper said": a state joined to a state before it.
    if (before && before->type == EntityType::Place &&
        (facts[size_t(i - 1)].word == u"and" || facts[size_t(i - 1)].word == u"or" ||
         facts[size_t(i - 1)].word == u","))
        return false;
    const qsizetype nameBegin = tokens[state.end].span.begin;
    qsizetype m = next;
    while (m < mentions.size() && mentions[m].span.begin < nameBegin)
        ++m;
    // A full name: a sentence may open with a surname after a state ("Clinton won Pa. and Del.
    // Trump won Ohio").
    return m < mentions.size() && mentions[m].span.begin == nameBegin &&
           mentions[m].type == EntityType::Person && state.end + 1 < tokens.size() &&
           tokens[state.end + 1].span.begin < mentions[m].span.end;
}

// "IN", "OR", "ME": a postal code is a state never alone, and only right after a name the
// model took for a place ("the founding of ISIS, OK?" is none), in the United States.
// `next`: the first mention that does not end before the code at token `i`.
bool UsStates::postalAfterPlace(const QString &text, const QList<Mention> &mentions,
                                const QList<Token> &tokens, qsizetype next, int i) const
{
    if (next == 0)
        return false;
    const Mention &city = mentions[next - 1];
    return city.type == EntityType::Place && city.span.end == tokens[i - 2].span.end &&
           !abroad(text, city);
}

// "Buenos Aires, AR", "Perth, WA.", "Rabat, MA.": the city before a two-capital code is no US
// city when the gazetteer lists it, and in no entry in the United States (review of round 14).
bool UsStates::abroad(const QString &text, const Mention &city) const
{
    const QList<int> entries =
        m_gazetteer.entriesFor(QStringView(text).sliced(city.span.begin, city.span.length()));
    if (entries.isEmpty())
        return false;
    return std::none_of(entries.cbegin(), entries.cend(),
                        [&](int e) { return m_gazetteer.entry(e).extra.startsWith(u"iso=US;"); });
}

// The city of "Grand Rapids, Mich.": a place, whatever the model made of it, unless the
// gazetteer lists it as an organization. A person stays one unless the gazetteer lists the
// whole name as a place ("Jackson, Miss."): US news writes a lawmaker's state after the name
// ("Sens. Kelly Ayotte, N.H., and Ron Johnson, Wis."; review of round 14).
void UsStates::cityBeforeState(Mention &city, const QList<Token> &tokens,
                               const std::vector<NerTokenFacts> &facts) const
{
    const int first = tokenAt(tokens, city.span.begin);
    const NerTokenFacts &c = facts[size_t(first)];
    const bool listed = c.matchTokens > 0 && first + c.matchTokens <= tokens.size();
    const EntityType listedAs = listed ? m_gazetteer.entry(c.matchEntry).major : EntityType::Other;
    if (city.type == EntityType::Place || listedAs == EntityType::Organization)
        return;
    if (city.type == EntityType::Person &&
        (listedAs != EntityType::Place ||
         tokens[first + c.matchTokens - 1].span.end != city.span.end))
        return;
    city.type = EntityType::Place;
    city.role.clear();
}

// The state's mention: the model's mention over the abbreviation becomes the place, with the
// abbreviation's span ("W" and "Va" of "W.Va." become one; the other pieces get an empty span,
// removed by markStates()), or a new mention is added.
void UsStates::markState(QList<Mention> &mentions, qsizetype next, const StateWord &state,
                         QList<Mention> &added)
{
    if (next == mentions.size() || !mentions[next].span.overlaps(state.span)) {
        Mention mention;
        mention.span = state.span;
        mention.type = EntityType::Place;
        mention.source = MentionSource::Gazetteer;
        added.append(mention);
        return;
    }
    for (qsizetype m = next + 1; m < mentions.size() && mentions[m].span.overlaps(state.span); ++m)
        mentions[m].span = {};
    Mention &model = mentions[next];
    model.span = state.span;
    model.type = EntityType::Place;
    model.role.clear();
    if (state.postal) // the AliasResolver finds the state of a postal code by its source
        model.source = MentionSource::Gazetteer;
}

} // namespace lector
