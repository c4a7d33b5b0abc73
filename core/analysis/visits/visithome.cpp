// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/visits/visithome.h"

#include "analysis/visits/visitcontext.h"

#include <algorithm>

namespace lector {

QString VisitHome::countryAt(int token) const
{
    QStringView w = m_context.word(token);
    if (m_context.isGenitive(token))
        w = m_context.word(--token); // "Angola 's": the name before the possessive
    if (w.isEmpty() || !w.front().isUpper())
        return {};
    if (m_context.isName(token))
        return m_context.countryNamedAt(token);
    return m_context.lexicon().countryOfDemonym(w);
}

bool VisitHome::isPhraseWord(int token) const
{
    const QStringView w = m_context.word(token);
    if (w == u"of")
        return true; // "head of state", "head of the Slovak office"
    if (w.isEmpty() || !w.front().isLower() || m_context.isName(token) || m_context.entry(token) ||
        VisitContext::isDeterminer(w))
        return false;
    // Verb forms and adverbs end a role phrase ("authorities detained X", "reportedly").
    if (w.endsWith(u"ed") || w.endsWith(u"ing") || w.endsWith(u"ly"))
        return false;
    return std::none_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); });
}

bool VisitHome::isFrontedPhrase(int land, int from, int nameEnd) const
{
    // "According to a Belarusian analyst, Li's visit ...": the phrase before the comma is the
    // object of a preposition, or the name after it a possessor, so it is no apposition.
    int k = land - 1;
    if (k >= from && m_context.isGenitive(land))
        --k; // "Peru 's deputy minister": the phrase opens at the country's name
    if (k >= from && VisitContext::isDeterminer(m_context.word(k)))
        --k;
    if (k >= from && m_context.entry(k) &&
        (m_context.entry(k)->preposition || m_context.entry(k)->relation))
        return true;
    // "Despite Chinese opposition, X", "Following the Kenyan election, X": one word opens the
    // sentence before the phrase, so the phrase is its object, not a role of X.
    if (k == from && !VisitContext::isDeterminer(m_context.word(k)))
        return true;
    return m_context.isGenitive(nameEnd);
}

QStringList VisitHome::homeCountries(int entity) const
{
    const Analysis &a = m_context.analysis();
    QStringList out;
    if (a.entities[entity].type != EntityType::Person)
        return out;
    const auto add = [&](const QString &country) {
        if (!country.isEmpty() && !out.contains(country))
            out.append(country);
    };
    for (int m : a.entities[entity].mentions) {
        if (m < 0 || m >= a.mentions.size())
            continue; // as VisitContext::countriesOf()
        const int first = m_context.firstToken(m), end = m_context.endToken(m);
        const int s = first < a.tokens.size() ? a.sentenceAt(a.tokens[first].span.begin) : -1;
        if (s < 0)
            continue;
        const int from = a.sentences[s].firstToken, to = a.sentences[s].endToken;
        // "Indian opener X", "The former Pakistan prime minister, X": up to three role words
        // after the demonym or country; the last one no verb in -s ("Philippine lawmaker
        // wants X").
        int k = first - 1;
        const bool comma = k >= from && m_context.word(k) == u",";
        if (comma)
            --k;
        const QStringView last = k >= from ? m_context.word(k) : QStringView();
        int words = 0;
        while (k >= from && words < 3 && isPhraseWord(k)) {
            --k;
            ++words;
        }
        if (words > 0 && k >= from && !(last.endsWith(u's') && !last.endsWith(u"ss")) &&
            !(comma && isFrontedPhrase(k, from, end)))
            add(countryAt(k));
        // "X, a Haitian aid worker"; not "X, a guest of the Indian prime minister" nor "X, a
        // friend of the Ukrainian president": after "of" the phrase names someone else.
        if (end < to && m_context.word(end) == u",") {
            for (int j = end + 1; j < to && j <= end + 6; ++j) {
                if (const QString c = countryAt(j); !c.isEmpty()) {
                    add(c);
                    break;
                }
                if (!isPhraseWord(j) && !VisitContext::isDeterminer(m_context.word(j)))
                    break;
                if (m_context.word(j) == u"of")
                    break;
            }
        }
        // "Ivan Horvat of Croatia".
        if (end + 1 < to && m_context.word(end) == u"of")
            add(countryAt(end + 1));
    }
    return out;
}

bool VisitHome::isMigration(int placeFirst) const
{
    // "X fled to P in 1998", "having moved to P years ago": a move of home, not a visit.
    const VisitWord *w = m_context.entry(placeFirst - 2);
    if (!w || w->migrationBefore.isEmpty() || m_context.isName(placeFirst - 2))
        return false;
    return w->migrationBefore.contains(m_context.word(placeFirst - 1), Qt::CaseInsensitive);
}

bool VisitHome::isBiography(int sentence, int placeFirst) const
{
    // "X, who was born in P", "she trained in P and worked in Q", "grew up in P": where a life
    // was spent, not a trip to the place.
    const Sentence &s = m_context.analysis().sentences[sentence];
    const int sentenceFirst = s.firstToken;
    int verb = placeFirst - 2;
    if (verb < sentenceFirst)
        return false;
    const VisitWord *w = m_context.entry(verb);
    if ((!w || w->biographyBefore.isEmpty()) && verb - 1 >= sentenceFirst) {
        // "grew up in P": the particle between the verb and the preposition.
        const VisitWord *before = m_context.entry(verb - 1);
        if (before && !before->biographyParticle.isEmpty() &&
            m_context.word(verb).compare(before->biographyParticle, Qt::CaseInsensitive) == 0) {
            w = before;
            --verb;
        }
    }
    if (!w || w->biographyBefore.isEmpty() || m_context.isName(verb) ||
        !w->biographyBefore.contains(m_context.word(placeFirst - 1), Qt::CaseInsensitive))
        return false;
    // "trained in P on Monday", "studied in P for a week in March": a dated stay is a trip.
    if (w->biographyUndated)
        for (int k = sentenceFirst; k < s.endToken; ++k)
            if (const int t = m_context.timeOf(k); t >= 0) {
                const TimeExpression &time = m_context.analysis().times[t];
                if (time.type == TimexType::Date && time.precision > DatePrecision::Year)
                    return false;
            }
    return true;
}

int VisitHome::residentOf(int sentence, int verb) const
{
    const int first = m_context.analysis().sentences[sentence].firstToken;
    int k = verb - 1;
    if (k >= first && k > verb - 2 && m_context.word(k).endsWith(u"ly") && !m_context.isName(k))
        --k; // "who currently lives"
    if (k < first)
        return -1;
    if (const VisitWord *w = m_context.entry(k); w && w->pronoun == PronounKind::Subject)
        return m_context.resolvePronoun(k, sentence);
    if (m_context.word(k).compare(u"who", Qt::CaseInsensitive) == 0) {
        if (k - 2 < first || m_context.word(k - 1) != u",")
            return -1;
        k -= 2;
    }
    const int m = m_context.mentionOf(k);
    if (m < 0 || m_context.endToken(m) != k + 1)
        return -1;
    return m_context.entityOf(m, {EntityType::Person, EntityType::Organization});
}

int VisitHome::residentAfter(int sentence, int placeEnd) const
{
    const Sentence &s = m_context.analysis().sentences[sentence];
    const VisitWord *where = m_context.entry(placeEnd + 1);
    if (placeEnd + 3 >= s.endToken || m_context.word(placeEnd) != u"," || !where ||
        !where->relativePlace)
        return -1;
    // "where he lives", "where Ana Ruiz now lives": the verb two or three tokens on, its own
    // subject before it.
    for (int k = placeEnd + 3; k < std::min(placeEnd + 6, s.endToken); ++k) {
        const VisitWord *w = m_context.entry(k);
        if (w && w->residence)
            return residentOf(sentence, k);
    }
    return -1;
}

int VisitHome::homeOwner(int sentence, int placeFirst) const
{
    // "X flew home to P", "X was returning to his home country of P", "X spoke to students in
    // her hometown of P": the text calls the place the visitor's home, which is no visit
    // (GUIDELINES.md, home base).
    const int first = m_context.analysis().sentences[sentence].firstToken;
    const auto homeWord = [&](int k) {
        const VisitWord *w = k >= first ? m_context.entry(k) : nullptr;
        return w && !w->homeBefore.isEmpty() ? w : nullptr;
    };
    const int preposition = placeFirst - 1;
    int k = preposition - 1;
    const VisitWord *home = homeWord(k);
    if (!home && homeWord(k - 1) &&
        homeWord(k - 1)->homeNouns.contains(m_context.word(k), Qt::CaseInsensitive))
        home = homeWord(--k); // "home country of"
    if (!home || !home->homeBefore.contains(m_context.word(preposition), Qt::CaseInsensitive))
        return -1;
    // "X, who lives in P": the own subject of the verb of living.
    if (home->residence)
        return m_context.isName(k) ? -1 : residentOf(sentence, k);
    // "his home country", "X's hometown"; else the subject of the clause, but only for a bare
    // "home" after a verb of motion or "back" ("flew home to P", "was back home in P"): "a
    // nursing home in P", "the ancestral homeland of P" say nothing of the subject's home.
    const VisitWord *before = k - 1 >= first ? m_context.entry(k - 1) : nullptr;
    if (before && before->pronoun == PronounKind::Possessive)
        return m_context.resolvePronoun(k - 1, sentence);
    if (k - 2 >= first && m_context.isGenitive(k - 1))
        return m_context.entityOf(m_context.mentionOf(k - 2),
                                  {EntityType::Person, EntityType::Organization});
    const bool bareHome =
        k == preposition - 1 && m_context.word(k).compare(u"home", Qt::CaseInsensitive) == 0;
    const bool afterMotion = (before && !before->cues.isEmpty()) ||
                             m_context.word(k - 1).compare(u"back", Qt::CaseInsensitive) == 0;
    return bareHome && afterMotion && k - 1 >= first ? m_context.subjectBefore(k, sentence) : -1;
}

} // namespace lector
