// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/visits/visitcandidates.h"
#include "analysis/visits/visitcontext.h"
#include "analysis/visits/visitdater.h"
#include "analysis/visits/visitpatterns.h"

#include <QHash>
#include <QList>

#include <utility>

namespace lector {

class VisitModel;

/// One run of the learned visit decision over one analysed document: candidates (see
/// VisitCandidateFinder), which of them the VisitModel accepts, and one Visit per accepted
/// trip and destination with its evidence sentences, date and status. The trainer
/// (tools/trainvisits) uses the same steps, so training and analysis see the same features.
class VisitAssembler
{
public:
    VisitAssembler(const Document &document, const Analysis &analysis, const VisitLexicon &lexicon,
                   const VisitModel &model);

    const VisitContext &context() const { return m_context; }
    QList<VisitCandidate> candidates() const { return m_finder.find(); }
    /// The visits of the accepted candidates, one per trip and destination, in text order.
    QList<Visit> visits(const QList<VisitCandidate> &candidates) const;
    /// What the pair model says of one candidate: each occurrence scored once.
    struct Scored
    {
        float total = 0.0f;     ///< the pair features plus the best occurrence
        int best = -1;          ///< that occurrence (a pattern match wins a tie)
        QList<float> sentences; ///< each occurrence's own score, in order
    };
    /// A visit built from one candidate (evidence, date; no status).
    Visit build(const VisitCandidate &candidate, const Scored &scored,
                const QList<Visit> &earlier) const;
    /// The score of a candidate: its pair features plus its best occurrence (multiple-instance:
    /// one sentence that tells of the visit is enough).
    static Scored score(const VisitModel &model, const VisitCandidate &candidate);
    /// The best of `count` occurrences by `score(i)`, a pattern match (`pattern(i)`) winning a
    /// tie, so that an untrained model still points at the cue's sentence: the one choice of
    /// score() and of both learners of lector-trainvisits, whatever their number type `Real`.
    /// Returns the occurrence (-1 when there is none) and its score with the tie-break.
    template<typename Real, typename Score, typename Pattern>
    static std::pair<int, Real> bestOccurrence(qsizetype count, Score &&score, Pattern &&pattern)
    {
        int best = -1;
        Real top = Real(0);
        for (qsizetype i = 0; i < count; ++i) {
            const Real s = score(i) + (pattern(i) ? Real(PatternTieBreak) : Real(0.0f));
            if (best < 0 || s > top) {
                top = s;
                best = int(i);
            }
        }
        return {best, top};
    }
    /// What decides a scored candidate (also read by the trainer's threshold search).
    enum class Verdict : quint8 {
        Score, ///< the model: a visit when the score is above 0
        Never, ///< the place is aside from the trip or a move of home, or the visitor hosts the
               ///< visit there
        Always ///< a travel-cue pattern away from the visitor's home
    };
    Verdict verdict(const VisitCandidate &candidate, const Scored &scored) const;

private:
    static constexpr float PatternTieBreak = 1e-4f;
    /// The score of a sentence that names the place as a reported clause's subject
    /// (VisitOccurrence::reportedSubject): below any the model gives.
    static constexpr float ReportedSubjectScore = -1.0e6f;
    /// How far after the cue a word that calls the trip off is read, inside the cue's clause.
    static constexpr int CalledOffReach = 8;
    bool isCalledOff(int sentence, int cueToken) const;
    /// Whether a dated visit with a duration in days covers the publication date.
    bool isUnderWayOn(const Visit &visit) const;
    /// Whether the whole period of the visit's date ("on Monday", "last week", "in March")
    /// lies before the publication date: a trip of that date took place, whatever the tense
    /// words said of it when it lay ahead ("learned that X would campaign in P on March 1").
    bool isOverBefore(const Visit &visit) const;
    /// Whether the whole period a date value names ("2024-04", "2024-W19") lies before the
    /// publication date; false without either.
    bool endsBefore(const QString &value) const;
    /// Whether the first day of the period a date value names lies after the publication
    /// date; false without either.
    bool startsAfter(const QString &value) const;
    /// Whether a past verb and then a past modal stand before the cue in its sentence
    /// ("learned that X would campaign in P", "were told she was to fly to P"): a plan reported
    /// from the past. Not a past verb alone ("is expected to", "has agreed to visit", "After
    /// she signed the accord, she will": review of round 24).
    bool reportedBefore(int sentence, int cue) const;
    /// The trip noun the visitor possesses in the sentence ("Garnier's trip"), when that is
    /// the sentence's one mention of the visitor; else -1.
    int possessedTrip(int sentence, int visitor) const;
    /// Whether another row of the visitor is dated to a later day up to the publication date:
    /// the visitor has left this place, whatever its duration.
    bool hasMovedOn(const Visit &visit, const QList<Visit> &visits) const;
    /// The status the tense words of the trip's clause give it (travelcues.tsv, class tense):
    /// planned, else ongoing, else past. `cue` is the token of the visit's cue (or place),
    /// `cueEnd` one past its words ("is in").
    VisitStatus tenseOf(int sentence, int cue, int cueEnd) const;
    /// Whether a time expression points back from the publication date ("earlier this week",
    /// "last week", "two days ago").
    bool pointsBack(int time) const;
    /// Whether the token follows a plural period noun ("the weeks ahead").
    bool closesPeriodAhead(int token) const;
    /// The date of a dated event of the visitor in the next few sentences that name no other
    /// place (a speech at the conference the trip was for). Whether one was found.
    bool laterEventDate(Visit &visit) const;
    /// Whether another occurrence merged into a trip says the visitor is at the place, so
    /// that its date may date the trip: a cue pattern, the dateline, or the place where
    /// someone is or goes (VisitDater::placesThere()).
    bool saysPresence(const VisitOccurrence &occurrence, int place) const;
    static constexpr int LaterEventWindow = 5;
    /// Whether every sentence that relates the pair puts the place aside from the trip (the
    /// object of "for", "between", a relation word), with no cue pattern: no visit.
    bool isAside(const VisitCandidate &candidate) const;
    /// A city's row takes the rows of its country, of a region written right after it
    /// ("Dayton, Ohio"; "RYE, N.H." of a dateline) and of the US state it lies in: one
    /// destination.
    void mergeDestinations(QList<Visit> &visits) const;
    /// The steps of mergeDestinations(); `removed` marks the rows merged into another.
    void mergeCountries(QList<Visit> &visits, QList<bool> &removed) const;
    /// City -> the regions written right after it ("Orlando, Florida").
    QHash<int, QList<int>> regionsAfterCities() const;
    void mergeRegions(QList<Visit> &visits, QList<bool> &removed) const;
    /// The city each named site is written in ("Merdeka Palace in Jakarta"): a place the
    /// gazetteer gives no subtype, right before "in" and a city.
    QHash<int, int> citiesOfSites() const;
    /// A site's row goes into the row of the city it lies in, on the same trip.
    void mergeSites(QList<Visit> &visits, QList<bool> &removed) const;
    /// How many days apart two rows of one trip may be dated (a site visited on the second
    /// day of a stay in its city).
    static constexpr int SiteTripDays = 7;
    /// Whether the place is a city or a place of no known kind (a small town, "RYE").
    bool isCityLike(int place) const;
    /// One key of a (visitor, place) or (visitor, sentence) pair.
    static quint64 pairKey(int a, int b) { return (quint64(quint32(a)) << 32) | quint32(b); }

    const VisitModel &m_model;
    VisitContext m_context;
    VisitPatterns m_patterns;
    VisitDater m_dater;
    VisitCandidateFinder m_finder;
    /// (visitor, sentence) -> the places of the accepted candidates told there, for this run
    mutable QHash<quint64, QList<int>> m_visitsIn;
};

} // namespace lector
