// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotations.h"

#include <QHash>
#include <QList>

namespace lector {

class VisitContext;

/// Dates and times one run's visits, keeping only the precision the evidence supports.
///
/// In order: a date of the visit's own sentence (the nearest to the cue, not one that dates
/// another event: "after the invasion last year", "where the blasts of Aug. 7 killed", and the
/// date of a saying, "said on Monday that", or of the conjunct before the cue's, "left the navy
/// in 2009 and moved to Oslo the next year", only when no other is there); the publication date
/// when the sentence says the trip is under way ("continues his visit"), widened to the month
/// or year when a duration puts its start earlier; the last date of an earlier sentence of the
/// paragraph; the date of an earlier visit of the same visitor to the same place (the same
/// trip); the date of the nearest other sentence naming both the visitor (or a pronoun for
/// them) and the place ("he spoke in Phoenix on Wednesday night"). addLeadDate() comes last.
class VisitDater
{
public:
    explicit VisitDater(const VisitContext &context)
        : m_context(context)
    {}

    /// Days of a TIMEX3 duration in days or weeks ("P6D", "P2W"); 0 otherwise.
    static int durationDays(const QString &value);
    /// The duration time expression of the trip phrase around `cueToken` ("six-day visit").
    void addDuration(Visit &visit, int cueToken) const;
    /// A range that starts at the visit's day ("from 3 to 7 April", "May 2-4") as a duration in
    /// days ("P5D"), when the visit has no duration of its own.
    void addRange(Visit &visit) const;
    /// Sets visit.date, precision and time; `earlier` are the visits before it, dated. Calls
    /// of one VisitDater see one list that only grows, and visits in it keep their dates.
    void addDate(Visit &visit, int cueToken, const QList<Visit> &earlier) const;
    /// The last resort, for a visit still undated once the rows are merged and their status
    /// set (so that it moves neither), or dated by a sentence that is none of its own and lies
    /// farther from it than the lead: with a publication date, the day of the story's lead for
    /// a trip told in the LeadReach sentences after it (see the .cpp). Whether it was dated.
    bool addLeadDate(Visit &visit, int cueToken) const;
    /// Only the visit's own sentence: a date there, or the publication date when the sentence
    /// says the trip is under way. Whether one was found.
    /// Whether the sentence says the trip around `cueToken` is under way ("continues his visit").
    bool isUnderWay(int sentence, int cueToken) const { return isOngoing(sentence, cueToken); }
    bool addOwnDate(Visit &visit, int cueToken) const
    {
        return ownDate(visit, cueToken) || ongoingDate(visit, cueToken);
    }

    /// Whether the place's mention at `placeToken` stands where someone is or goes: right after
    /// a preposition that does not put it aside ("spoke in Phoenix"), a travel cue ("toured
    /// Lima"), or another name and a comma ("DES MOINES, Iowa"); not the object of another verb
    /// ("praised Oslo in 2015"). A sentence of the trip whose place stands so says presence.
    bool placesThere(int sentence, int placeToken) const;
    /// Whether the token is a word of a quotation (not indirect speech) that does not hold the
    /// cue: the speaker's words, not the narrator's account of the trip.
    bool inOtherQuote(int token, int cueToken) const;
    /// The calendar date of the saying whose reported speech (indirect, "Vogt said Monday
    /// she was visiting Hanoi") holds the token: a time expression just after or just before
    /// its speech cue. -1 when the token is no reported speech or the saying has no date.
    int sayingTime(int token) const;

private:
    /// How far (in sentences) pairSentenceDate() looks for another sentence of the trip.
    static constexpr int PairWindow = 60;
    /// addLeadDate(): the lead is among the first LeadSentences sentences, has LeadWords tokens
    /// or more, and dates the trips told up to LeadReach sentences after it.
    static constexpr int LeadSentences = 4;
    static constexpr int LeadWords = 8;
    static constexpr int LeadReach = 2;
    /// How near the cue a habit word ("often visits") keeps the lead's date from the trip.
    static constexpr int HabitReach = 4;
    /// How far before a stage of a life ("child") its opening word ("as a child") may stand.
    static constexpr int LifeReach = 4;

    bool ownDate(Visit &visit, int cueToken) const;
    /// Whether the date `time` of another conjunct fits the tense of the trip's clause, from
    /// `clauseFirst` to its cue at `cueToken`: a clause that tells a plan or a stay under way
    /// takes no period over before the publication date, one told in the past none that
    /// begins after it.
    bool fitsConjunctTense(int time, int clauseFirst, int cueToken) const;
    /// The "and" or "but" that opens the cue's conjunct ("... in 2001 and travelled"), or -1.
    int conjunctStart(int sentence, int cueToken) const;
    /// Whether the tokens [first, end), a clause up to its cue and the word after it, tell a
    /// trip in the past: no word of tense planned or ongoing (travelcues.tsv, class tense, after
    /// its word if it names one) among them ("who was in P", not "who is in P", "who has
    /// arrived in P"; a time after the trip, "this week", is no part of it).
    bool tellsPast(int first, int end) const;
    bool isOngoing(int sentence, int cueToken) const;
    bool ongoingDate(Visit &visit, int cueToken) const;
    bool governingDate(Visit &visit) const;
    /// Whether the time, in the genitive and still ahead of the publication date, names the
    /// event a trip told with a past verb at `cueToken` was made for ("arrived in Oslo for next
    /// month's budget vote"): no date of that trip.
    bool namesEventAhead(int time, int cueToken) const;
    /// Whether the trip's sentence tells a time of another part of life than the story's: a
    /// habit near the cue in its clause (travelcues.tsv, class habitual: "often visits") or a
    /// stage of a life (class lifetime: "as a child", "in her youth"). No date of another
    /// sentence or of the lead then (addDate(), addLeadDate()).
    bool tellsOtherTime(int sentence, int cueToken) const;
    bool sameTripDate(Visit &visit, const QList<Visit> &earlier) const;
    bool pairSentenceDate(Visit &visit) const;
    static bool looksLikeYear(QStringView word);
    /// Whether the sentence tells a trip (a travel verb or trip noun).
    bool toldTrip(int sentence) const;
    /// Whether the lead sentence tells an event in another place than the visit's.
    bool leadElsewhere(int sentence, const Visit &visit) const;
    bool namesAttendedPeriod(int time) const;
    /// Whether the date tells another event than the trip at `cueToken` (of `visitor`, in
    /// `sentence`).
    bool datesOtherEvent(int time, int cueToken, int visitor, int sentence) const;
    /// Whether the relative clause opened by the comma at `comma` is the place's ("P, where")
    /// with the visitor as its subject, named or a pronoun resolved to it.
    bool visitorsPlaceClause(int comma, int visitor, int sentence) const;
    /// Whether a comma stands in [from, to).
    bool commaBetween(int from, int to) const;
    bool datesSaying(int time, int cueToken) const;
    bool datesMainVerb(int time, int cueToken) const;
    /// The quote whose speech cue covers the token, or -1.
    int quoteOfCue(int token) const;
    /// The quote whose words cover the token, or -1.
    int quoteAt(int token) const;
    void indexQuotes() const;
    bool isCalendarDate(int time) const;
    bool crossesClause(int from, int to) const;
    void setTime(Visit &visit, int time) const;

    const VisitContext &m_context;
    /// (visitor, place) -> the latest dated visit of `earlier` indexed so far: one look-up
    /// per visit instead of a scan of all earlier ones (quadratic on long texts).
    mutable QHash<quint64, qsizetype> m_lastDated;
    mutable qsizetype m_indexed = 0; ///< how many of `earlier` are in m_lastDated
    mutable QList<int> m_speechCue;  ///< per token: quoteOfCue(), built on first use
    mutable QList<int> m_quoteWords; ///< per token: quoteAt()
};

} // namespace lector
