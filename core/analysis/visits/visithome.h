// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace lector {

class VisitContext;

/// The phrases that make a place someone's home, or a trip to it a move of home, which the
/// home feature (VisitContext::countriesOf()) does not read: a country or demonym in a role
/// phrase around a person's name, a home word before the place ("flew home to P"), a migration
/// verb before it ("fled to P"). VisitCandidateFinder turns them into the rules of
/// VisitCandidate::homeByPhrase and VisitCandidate::migration (GUIDELINES.md: home base,
/// refugees and migration). Reads the context only; holds no state of its own.
class VisitHome
{
public:
    explicit VisitHome(const VisitContext &context)
        : m_context(context)
    {}

    /// The countries a person belongs to by the phrases around their mentions that
    /// VisitContext::countriesOf() does not read: a demonym or a country before lower-case
    /// role words ("Indian opener X", "Angola's deputy health minister, X"), after the name in
    /// an apposition ("X, a Haitian aid worker", "X, head of the Slovak office") or after "of"
    /// ("X of Croatia"). Lower-case. Empty for an entity that is no person.
    QStringList homeCountries(int entity) const;
    /// Whether a move of home governs the place mention starting at `placeFirst` ("fled to P").
    bool isMigration(int placeFirst) const;
    /// Whether a verb of a life's story governs the place mention starting at `placeFirst`
    /// ("born in P", "trained in P", "grew up in P"; travelcues.tsv, class biography), the verb
    /// inside the sentence; a verb of detail undated only when the sentence has no date finer
    /// than a year ("trained in P on Monday" is a trip).
    bool isBiography(int sentence, int placeFirst) const;
    /// The person a place is home to by a relative clause after it ("Columbus, where he
    /// lives", "Lima, where Ana Ruiz currently lives"): a present verb of class residence after
    /// ", where" and its own subject (a name or a pronoun, one adverb between), or -1.
    int residentAfter(int sentence, int placeEnd) const;
    /// Whose home the place mention starting at `placeFirst` is by a home word right before it
    /// (travelcues.tsv, class home: "flew home to P", "his home country of P"): the possessor
    /// before the home word, else the subject before it; for a verb of living (class
    /// residence) its own subject only (residentOf()); -1 when there is no such phrase.
    int homeOwner(int sentence, int placeFirst) const;

private:
    /// The country the name or demonym at the token stands for as a modifier ("Haitian",
    /// "Pakistan", "Angola 's"), or empty.
    QString countryAt(int token) const;
    /// The own subject of the verb of living at `verb`: a subject pronoun or the last token of
    /// a name right before it, or "who" after the name's comma ("X, who lives in P"), with at
    /// most one adverb in -ly between; -1 otherwise ("families who live in P", "will live in P
    /// through the primary", "performed live in P").
    int residentOf(int sentence, int verb) const;
    /// Whether "<phrase> , <name>" is no apposition: the phrase from the token `land` is the
    /// object of a preposition, or the name (ending before `nameEnd`) a possessor.
    bool isFrontedPhrase(int land, int from, int nameEnd) const;
    /// Whether the token is a plain lower-case word of a noun phrase ("deputy", "head", "of"),
    /// not a name, article, verb form or function word of the visit lexicon.
    bool isPhraseWord(int token) const;

    const VisitContext &m_context;
};

} // namespace lector
