// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/visits/visitlexicon.h"

#include <QList>

#include <optional>

namespace lector {

class VisitContext;

/// The phrase patterns around a travel cue: who travels, to which places, whom they meet.
/// Works inside one sentence and never crosses a clause boundary to pick up a place.
class VisitPatterns
{
public:
    /// What one cue says. Entity indexes; places in text order.
    struct Match
    {
        int visitor = -1;
        int host = -1;
        QList<int> places;
        QList<int> metWith;
        int cueToken = -1;
        int cueEnd = -1; ///< one past the cue's last token (its preposition, if any)
        CueKind kind = CueKind::Go;
    };

    explicit VisitPatterns(const VisitContext &context)
        : m_context(context)
    {}

    /// The visit the cue at `token` expresses, if its pattern matches (a visitor and a place).
    std::optional<Match> match(int token, int sentence, const TravelCue &cue) const;
    /// The host of a passive host verb whose guest is no subject ("A letter from X was received
    /// by Y in P"): a match with no visitor, its host and places; nullopt otherwise.
    std::optional<Match> passiveHost(int token, int sentence, const TravelCue &cue) const;

    /// The person a meet cue's object names ("meet President Jones", "talks with Jones"),
    /// whether or not a place follows, or -1.
    int personMet(int token, int sentence, const TravelCue &cue) const;

private:
    struct Places
    {
        QList<int> entities;  ///< place entities, coordinated ("Russia and Belarus")
        int stopMention = -1; ///< the first mention when it is no place
        int end = -1;         ///< one past the last token read
    };

    Places placesAfter(int token, int sentence, bool directObject) const;
    int prepositionAfter(int token, int sentence, const QStringList &prepositions,
                         int window) const;
    int possessor(int cueToken, int sentence, bool *found) const;
    int personAt(int mention) const;
    Places placeOfObject(int from, int sentence, const TravelCue &cue) const;
    /// Whether "by" at the token opens an agent of the subject's own people ("by his staff").
    bool byOwnPeople(int token, int sentence) const;
    /// One past the trip's origin right after the verb at `cueToken` ("flew from P", "left
    /// P"; travelcues.tsv, class origin), or -1.
    int originEnd(int cueToken, int sentence) const;

    bool matchGo(int token, int sentence, const TravelCue &cue, Match &m) const;
    bool matchBe(int token, int sentence, const TravelCue &cue, Match &m) const;
    bool matchVisit(int token, int sentence, const TravelCue &cue, Match &m) const;
    bool matchMeet(int token, int sentence, const TravelCue &cue, Match &m) const;
    bool matchNoun(int token, int sentence, const TravelCue &cue, Match &m) const;
    bool matchHost(int token, int sentence, const TravelCue &cue, Match &m) const;
    bool matchHosted(int token, int sentence, const TravelCue &cue, Match &m) const;
    /// How far after "by" a passive's agent may start: past its title ("by Secretary of State").
    static constexpr int AgentReach = 6;
    /// How many capitalised title words personMet() passes over ("talks with Prime Minister Y").
    static constexpr int MaxTitleWords = 3;

    const VisitContext &m_context;
};

} // namespace lector
