// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/visits/visitlexicon.h"
#include "analysis/visits/visitstructure.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lector {

class VisitContext;
class VisitPatterns;

/// One sentence (or the dateline) that puts a visitor and a place together.
struct VisitOccurrence
{
    int sentence = -1;
    int cueToken = -1; ///< the travel cue of a pattern match, else the place's first token
    int cueEnd = -1;   ///< one past the cue (with its preposition)
    int host = -1;     ///< from a pattern match, or -1
    QList<int> metWith;
    bool pattern = false;       ///< a VisitPatterns rule matched this pair here
    CueKind kind = CueKind::Go; ///< of that rule
    bool hostOfVisit = false;   ///< the visitor is who hosts a visit to the place here
    /// How the place stands to the cue that governs it here (None: no cue, or the dateline).
    VisitStructure::Destination destination = VisitStructure::Destination::None;
    int preposition = -1;    ///< the token of the preposition governing the place, or -1
    QList<quint64> features; ///< of this sentence alone (VisitModel keys)
};

/// A (visitor, place) pair of one document with every sentence that relates them.
struct VisitCandidate
{
    int visitor = -1;                   ///< entity index: person or organization
    int place = -1;                     ///< entity index: place
    QList<VisitOccurrence> occurrences; ///< in text order
    QList<quint64> features;            ///< of the pair itself (entities, dateline, counts), sorted

    /// The place lies in a country the visitor belongs to by a phrase around their name that
    /// the home feature does not read ("X, a Haitian aid worker"; see
    /// VisitCandidateFinder::homeCountries()), or the text calls the place the visitor's home
    /// ("X flew home to P", "in his hometown of P"; VisitCandidateFinder::homeOwner()): a rule
    /// at decision time, not a feature.
    bool homeByPhrase = false;
    /// Every sentence that relates the pair tells a move of home to the place ("X fled to P",
    /// "moved to P"; travelcues.tsv, class migration): no visit (GUIDELINES.md).
    bool migration = false;

    /// Whether the place lies in the visitor's own country, as far as the text (demonyms,
    /// roles, "U.S. Secretary of State X", appositions) and the gazetteer tell: no visit by
    /// the home base rule, whatever the model says.
    bool atHome() const;
};

/// Generates visit candidates: every person or organization (also a resolved subject pronoun)
/// and every place of a sentence, the pairs the travel-cue patterns find, and the dateline's
/// place with the people of the article's opening. Describes each with features for the
/// VisitModel: the cue, the words between and around, order and distance, modality, whether
/// the place is the visitor's home (demonyms and roles, the gazetteer's country of a city),
/// the dateline, and how central the visitor is to the article. Holds no state of its own.
class VisitCandidateFinder
{
public:
    VisitCandidateFinder(const VisitContext &context, const VisitPatterns &patterns)
        : m_context(context)
        , m_patterns(patterns)
        , m_structure(context)
    {}

    QList<VisitCandidate> find() const;

private:
    struct Actor
    {
        int entity = -1;
        int first = -1; ///< first token of the mention or the pronoun
        int end = -1;
        bool pronoun = false;
        bool subject = false; ///< the first actor of the sentence
    };

    /// What one pass over a sentence with a place found: its actors (the first one its
    /// subject), the features of the sentence as a whole (travel cues, modal words, a date)
    /// and each token's VisitContext::typeOf(), read by every pair of the sentence.
    struct SentenceView
    {
        int first = 0;
        QList<QStringView> types;
        QList<Actor> actors;
        QList<quint64> keys;
        QList<int> cues;                  ///< the travel cues' tokens
        QList<int> actorStarts;           ///< each actor's first token
        VisitStructure::Roles placeRoles; ///< of the place being paired
        QStringView typeOf(int token, const VisitContext &context) const;
    };

    int datelinePlace(int *second) const;
    void scan(int sentence, SentenceView &view) const;
    void addOccurrenceFeatures(VisitOccurrence &o, const Actor &actor, int placeFirst, int placeEnd,
                               const SentenceView &view) const;
    void addPairFeatures(VisitCandidate &c, int mainPerson, int dateline, int datelineSecond) const;
    /// The countries a person belongs to by the phrases around their mentions that
    /// VisitContext::countriesOf() does not read: a demonym or a country before lower-case
    /// role words ("Indian opener X", "Angola's deputy health minister, X"), after the name in
    /// an apposition ("X, a Haitian aid worker", "X, head of the Slovak office") or after "of"
    /// ("X of Croatia"). Lower-case.
    QStringList homeCountries(int entity) const;
    /// Whether a move of home governs the place mention starting at `placeFirst` ("fled to P").
    bool isMigration(int placeFirst) const;
    /// Whose home the place mention starting at `placeFirst` is by a home word right before it
    /// (travelcues.tsv, class home: "flew home to P", "his home country of P"): the possessor
    /// before the home word, else the subject before it; -1 when there is no such phrase.
    int homeOwner(int sentence, int placeFirst) const;
    /// The country the name or demonym at the token stands for as a modifier ("Haitian",
    /// "Pakistan", "Angola 's"), or empty.
    QString countryAt(int token) const;
    /// Whether "<phrase> , <name>" is no apposition: the phrase from the token `land` is the
    /// object of a preposition, or the name (ending before `nameEnd`) a possessor.
    bool isFrontedPhrase(int land, int from, int nameEnd) const;
    /// Whether the token is a plain lower-case word of a noun phrase ("deputy", "head", "of"),
    /// not a name, article, verb form or function word of the visit lexicon.
    bool isPhraseWord(int token) const;

    const VisitContext &m_context;
    const VisitPatterns &m_patterns;
    VisitStructure m_structure;
};

} // namespace lector
