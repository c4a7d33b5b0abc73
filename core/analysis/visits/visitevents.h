// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace lector {

class VisitContext;
struct VisitCandidate;

/// Events placed in one sentence and named again in another (issue 13, round 17): "the
/// Republican debate in Las Vegas" ... "Rounding out the main debate stage will be X, Y and Z".
/// Reads the sentences in text order and remembers, for each class of event noun
/// (lexicon/eventnouns.tsv), the place the first sentence that placed one gave it ("debate in
/// P", "debate at <venue> in P", "the P debate", "gathers in P for the debate", "the
/// convention ended here": the dateline's); the article's event, not a past one it recalls
/// ("since the last debate in Milwaukee"). A later sentence that names a noun of that class and
/// no place of its own (after "in", "at", "to") refers to that place, or with none placed to
/// the dateline's. VisitCandidateFinder::pairEvent() pairs its people with it as an occurrence
/// of its own (features "ev...": class, subject or not, "the" or "a", sentences since, how it
/// was placed), for the learned decision to weigh; no rule forces a visit. Nouns in direct
/// quotes are left out. One instance per document and run.
class VisitEvents
{
public:
    struct Event
    {
        int place = -1;        ///< entity index of the event's place, or -1: no event
        int noun = -1;         ///< the event noun's token in the sentence that refers to it
        int placedIn = -1;     ///< the sentence that placed the event
        bool definite = false; ///< "the debate", "Tuesday's debate", not "a debate"
        /// How the place was found: "near" ("debate in P", "the P debate"), "far" (a place
        /// after "in" or "at" elsewhere in the sentence: "gathers in P ... for the debate"),
        /// "here" (the dateline's, "the convention ended here"), "dl" (no sentence placed it:
        /// the dateline's place).
        QStringView how;
        QString kind; ///< the noun's class
        /// In the sentence that placed the event: the later of its noun and its place's
        /// mention, the cue whose tense words are the event's ("The debate will be held in P";
        /// not "..., which would raise taxes" after it), or -1 (the dateline's place).
        int placedCue = -1;
    };

    /// `dateline`: the dateline's place entity, or -1 ("CLEVELAND -" places "the convention
    /// ended here", and an event no sentence places).
    VisitEvents(const VisitContext &context, int dateline);

    /// Reads sentence `sentence` with its place mentions: notes the places it gives its event
    /// nouns; when it names no place after "in", "at" or "to" (a place that modifies a name,
    /// "Ohio Gov. X", does not count), returns the event an earlier sentence placed (or the
    /// dateline) that its first other event noun refers to, else no event.
    Event read(int sentence, const QList<int> &placeMentions);

    /// Drops the event occurrences of every candidate that has others: the event adds pairs
    /// nothing else proposes and leaves the evidence and date of the others as they were.
    static void keepNewPairsOnly(QList<VisitCandidate> &candidates);

private:
    /// The place entity the sentence gives the event noun at `noun`, or -1.
    int placeOf(int noun, int sentence, const QList<int> &placeMentions, QStringView *how) const;
    /// Whether a place mention of the sentence is the object of "in", "at", "to" and the like.
    bool placesItself(const QList<int> &placeMentions) const;
    bool inDirectQuote(int token) const;
    bool definite(int noun, int sentence) const;

    const VisitContext &m_context;
    int m_dateline = -1;
    QHash<QString, Event> m_placed; ///< by class: the latest placed event
    /// The direct quotes' outer spans sorted by their start, and the furthest end of each
    /// prefix of them: inDirectQuote() is a binary search, not a pass over every quote.
    QList<qsizetype> m_quoteBegin;
    QList<qsizetype> m_quoteEnd;
};

} // namespace lector
