// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/visits/visitlexicon.h"

#include <QList>
#include <QStringView>

namespace lector {

class VisitContext;

/// A light, rule-based reading of the clause around a travel cue, for the visit model's
/// features: who the cue's agent is and which place its preposition governs. No parser: the
/// tokens, the entity mentions, the cue lexicon (travelcues.tsv: cues, prepositions, clause
/// boundaries) and commas. Made for one run over one document (it remembers the last cue's
/// subject).
class VisitStructure
{
public:
    /// How the candidate visitor stands to the cue.
    enum class Agent : quint8 {
        None,       ///< no cue in reach, or the visitor is named in another sentence
        Subject,    ///< "X flew to P": the nearest actor before the verb, same clause
        Possessor,  ///< "X's visit to P", "his trip"
        By,         ///< "a visit by X"
        Companion,  ///< "talks in P with X": X may be the host
        Object,     ///< "met X in P", "hosted X": the cue's object
        Fronted,    ///< "Speaking in P on Thursday, X said": the subject after a fronted phrase
        OtherClause ///< before or after the cue, with a clause boundary or another actor between
    };
    /// How the candidate place stands to the cue.
    enum class Destination : quint8 {
        None,        ///< no cue in reach
        Object,      ///< "visited P", "arrived in P", "trip to the town of P"
        ListItem,    ///< "visited P1, P2 and P3": a later item of a list headed by the object
        OtherPhrase, ///< the object of another preposition ("a signal for the US and P")
        Modifier,    ///< "the P president", "a P hospital"
        Possessor,   ///< "P's foreign minister"
        Before,      ///< the place comes before the cue ("a Moscow visit", "In P, X met")
        Bare         ///< after the cue, no preposition governs it
    };
    struct Roles
    {
        int cue = -1; ///< the governing cue's token, or -1
        CueKind kind = CueKind::Go;
        Agent agent = Agent::None;
        Destination destination = Destination::None;
        int preposition = -1; ///< the preposition governing the place, or -1
    };
    struct Actor
    {
        int entity = -1;
        int first = -1;
        int end = -1; ///< first == end: the visitor is named in an earlier sentence
        bool pronoun = false;
    };

    explicit VisitStructure(const VisitContext &context)
        : m_context(context)
    {}

    /// The roles of the actor and of the place [placeFirst, placeEnd) around the cue that
    /// governs the place. `cues`: the sentence's cue tokens in order; `actors`: the first
    /// token of each actor of the sentence, in order.
    Roles roles(int sentence, const Actor &actor, int placeFirst, int placeEnd,
                const QList<int> &cues, const QList<int> &actors) const;
    /// The place's part of roles() (cue, destination, preposition; agent None), the same for
    /// every actor of the sentence.
    Roles placeRoles(int sentence, int placeFirst, int placeEnd, const QList<int> &cues) const;
    /// The actor's part of roles(), given the place's.
    Agent agent(int sentence, const Roles &place, const Actor &actor, int placeFirst,
                const QList<int> &actors) const;
    /// Whether the actor is an earlier name of a list whose last name is the cue's subject
    /// (VisitContext::subjectBefore(), the caller's) ("X, Governor Y and Mayor Z held a rally":
    /// X and Y; the nearest, Z, is the subject itself).
    bool inSubjectList(const Actor &actor, int subject, int cue) const;
    /// The features of the roles (VisitModel keys), appended to `keys`: each role, the two
    /// together, each with the cue's class, and the governing preposition with the place's role.
    void addFeatures(QList<quint64> &keys, const Roles &roles) const;

    static QStringView agentName(Agent agent);
    static QStringView destinationName(Destination destination);

private:
    int governingCue(int placeFirst, int placeEnd, const QList<int> &cues) const;
    bool clauseBreak(int from, int to) const;
    /// The first token of the list the place ends ("Peru" for "Chile" in "Peru, Chile"), or
    /// placeFirst.
    int listHead(int sentence, int placeFirst) const;
    /// The "(" of a short parenthesis closed at the token ("(EU)"), or -1.
    int openingParenthesis(int token) const;
    /// Whether the token after a name goes on with a list: ",", "and" or "(".
    bool continuesList(int token) const;
    Destination destinationOf(int sentence, int cue, int placeFirst, int placeEnd,
                              int *preposition) const;
    Agent agentOf(int sentence, int cue, const Actor &actor, int placeFirst,
                  const QList<int> &actors) const;
    bool isPlainWord(int token) const;
    /// Whether the actor's name is joined to the subject's by "and" (and commas) before the
    /// cue, over at most `items` names: 1 for the features ("X and Governor Y held"), more for
    /// inSubjectList().
    bool coordinatedWith(const Actor &actor, int subject, int cue, int items) const;
    /// How many names of a list of subjects coordinatedWith() reads.
    static constexpr int MaxListItems = 6;
    /// Whether the sentence opens with an adverbial phrase at this token.
    bool opensAdverbial(int token) const;

    const VisitContext &m_context;
    mutable int m_subjectCue = -1; ///< the last cue subjectBefore() was asked about (a token
    mutable int m_subject = -1;    ///< is in one sentence only), and its answer
};

} // namespace lector
