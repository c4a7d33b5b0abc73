// SPDX-License-Identifier: GPL-3.0-or-later
// UsStates: the states of the United States after a city ("Grand Rapids, Mich.", "Rhinelander,
// WI."), the EntityRecogniser's last pass (round 14; its own file since the review of round 14).
#include "analysis/entities/usstates.h"
#include "analysis/entities/mentionorder.h"

#include "lexicon/gazetteer.h"

#include <algorithm>

namespace lector {

namespace {

// The index of the token that starts at or contains `offset`.
int tokenAt(const QList<Token> &tokens, qsizetype offset)
{
    return int(std::lower_bound(tokens.cbegin(), tokens.cend(), offset,
                                [](const Token &t, qsizetype o) { return t.span.end <= o; }) -
               tokens.cbegin());
}

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

// "see Pa.", "Wash. the car", "after Mass.": the model's mention of an abbreviation that is
// also an ordinary word, neither after a city nor in brackets, is no place (the gazetteer's
// phrase made the model take it for one). Marks it for removal (an empty span).
void dropOrdinaryWord(QList<Mention> &mentions, qsizetype next, const Span &span,
                      const NerTokenFacts &word)
{
    if (next < mentions.size() && mentions[next].span.overlaps(span) &&
        mentions[next].span.begin == span.begin && mentions[next].span.end <= span.end &&
        (word.flags & NerFeatures::CommonWord))
        mentions[next].span = {};
}

} // namespace

UsStates::UsStates(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer)
    , m_usState(size_t(gazetteer.size()))
    , m_postalCodes(gazetteer.usStatesByPostalCode())
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
        if (!stateWordAt(tokens, facts, i, state))
            continue;
        while (next < mentions.size() && mentions[next].span.end <= state.span.begin)
            ++next;
        const bool afterCity = afterNameAndComma(facts, i);
        if (state.postal && !(afterCity && postalAfterPlace(text, mentions, tokens, next, i)))
            continue;
        if (afterCity && next > 0 && mentions[next - 1].span.end == tokens[i - 2].span.end)
            cityBeforeState(mentions[next - 1], tokens, facts);
        if (afterCity || (!state.postal && inBrackets(tokens, facts, i, state.end)))
            markState(mentions, next, state, added);
        else
            dropOrdinaryWord(mentions, next, state.span, facts[size_t(i)]);
        i = state.end - 1;
    }
    mentions.removeIf([](const Mention &m) { return m.span.end == 0; });
    addMentions(analysis, added);
}

// Whether token `i` opens a state's abbreviation of the gazetteer with its period ("Mich.",
// "N.H."; not "Michigan", nor "Calif" of "Menlo Park, Calif .") or is a postal code
// (isPostalCode()); if so, `state` says where it ends and what its mention spans.
bool UsStates::stateWordAt(const QList<Token> &tokens, const std::vector<NerTokenFacts> &facts,
                           int i, StateWord &state) const
{
    const NerTokenFacts &f = facts[size_t(i)];
    const bool postal = isPostalCode(tokens, facts, i);
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
// before punctuation (not "?" or "!"), a number (the ZIP code) or the end of the line; never in
// a line of capitals ("STORM HITS TOWNS IN OHIO").
bool UsStates::isPostalCode(const QList<Token> &tokens, const std::vector<NerTokenFacts> &facts,
                            int i) const
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
           (after.flags &
            (NerFeatures::Punctuation | NerFeatures::HasDigit | NerFeatures::LineStart)) != 0;
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
