// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/visits/visitevents.h"
#include "analysis/visits/visithome.h"
#include "analysis/visits/visitlexicon.h"
#include "analysis/visits/visitpatterns.h"
#include "analysis/visits/visitstructure.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lector {

class VisitContext;

/// One sentence (or the dateline) that puts a visitor and a place together.
struct VisitOccurrence
{
    int sentence = -1;
    int cueToken = -1; ///< the travel cue of a pattern match, else the place's first token
    int cueEnd = -1;   ///< one past the cue (with its preposition)
    int host = -1;     ///< from a pattern match, or -1
    QList<int> metWith;
    bool pattern = false; ///< a VisitPatterns rule matched this pair here
    /// The pattern is of a name the visitor is coordinated with ("X, Y and Z held a rally in
    /// P" for X and Y): a pattern for the decision, not for the model's features.
    bool coordinated = false;
    CueKind kind = CueKind::Go; ///< of that rule
    bool hostOfVisit = false;   ///< the visitor is who hosts a visit to the place here
    /// How the place stands to the cue that governs it here (None: no cue, or the dateline).
    VisitStructure::Destination destination = VisitStructure::Destination::None;
    int preposition = -1; ///< the token of the preposition governing the place, or -1
    bool event = false;   ///< an event's place from another sentence (VisitEvents)
    /// Of an event occurrence: the sentence that placed the event, whose tense is the event's
    /// ("The debate will be held in P"), and its cue there (VisitEvents::Event::placedCue), or
    /// -1 (none: the dateline's place).
    int placedIn = -1, placedCue = -1;
    /// The place is the subject of a reported clause here ("warned that Ukraine could lose
    /// ground"; VisitContext::isReportedSubject()): read by the decision, not the model.
    bool reportedSubject = false;
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
    /// VisitHome::homeCountries()), or the text calls the place the visitor's home
    /// ("X flew home to P", "in his hometown of P"; VisitHome::homeOwner()): a rule
    /// at decision time, not a feature.
    bool homeByPhrase = false;
    /// Every sentence that relates the pair tells a move of home to the place ("X fled to P",
    /// "moved to P"; travelcues.tsv, class migration) or a life spent there ("born in P",
    /// "trained in P"; class biography): no visit (GUIDELINES.md).
    bool migration = false;
    /// The place is the visitor's seat of office ("President X" at the White House;
    /// VisitContext::isSeatOf()): home base, a rule at decision time as homeByPhrase.
    bool seat = false;

    /// What the article tells of the visitor of a pair whose place is the dateline's
    /// (VisitCandidateFinder::readDateline()): whether the dateline places them there or only
    /// heads an article that reports them.
    struct Dateline
    {
        bool pair = false; ///< the place is the dateline's (its city or the region after it)
        /// The visitor is the first person or organization of the lead sentence (the credit,
        /// "(AP)", passed over).
        bool lead = false;
        /// The visitor's countries (the home feature's and VisitHome::homeCountries()) against
        /// the dateline place's country.
        enum class Home : quint8 { Unknown, Same, Other } home = Home::Unknown;
        /// The visitor is the agent of an activity cue (travelcues.tsv classes go, visit, meet,
        /// noun: "met", "toured", "talks", "arrived") in a sentence that names no place but the
        /// dateline's.
        bool activity = false;
        bool speaker = false;     ///< the speaker of a quotation of the article
        bool onlySpeaker = false; ///< every sentence naming the visitor is one of their quotations
    } dateline;

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
        , m_home(context)
    {}

    /// Every candidate pair with its features, each dateline pair with its
    /// VisitCandidate::Dateline facts (read by the decision as features dll, dla, dlh, dlq).
    QList<VisitCandidate> find() const;

private:
    /// How the sentence names an actor: by a mention, a pronoun resolved to it, a role noun its
    /// holder (VisitContext::roleHolder(): "the general") or a plural subject one of its
    /// people (VisitContext::groupAt(): "they" after "X and Y", "Both candidates"). The
    /// occurrence feature `vr` reads it.
    enum class Named : quint8 { Name, Pronoun, Role, Group };
    struct Actor
    {
        int entity = -1;
        int first = -1; ///< first token of the mention or the pronoun
        int end = -1;
        bool pronoun = false; ///< not a name: a pronoun, a role noun or a plural
        bool subject = false; ///< the first actor of the sentence
        Named named = Named::Name;
    };

    /// What one sentence holds for the pairs: its place mentions and travel cues (readPlaces()),
    /// the pairs the cue patterns match (matchPatterns()), and from one pass over it (scan())
    /// its actors (the first one its subject), the features of the sentence as a whole (travel
    /// cues, modal words, a date) and each token's VisitContext::typeOf(), read by every pair
    /// of the sentence. Reused from sentence to sentence, so its lists keep their capacity.
    struct SentenceView
    {
        int sentence = -1;
        int first = 0;
        QList<int> placeMentions;
        bool here = false;    ///< "At a rally here": "here" is the dateline's place
        bool opening = false; ///< the dateline places this sentence's people
        QHash<quint64, VisitPatterns::Match> matched; ///< by (visitor, place)
        QSet<quint64> hosts;                          ///< (host, place): "X hosted Y in P"
        /// The people a visit is paid to ("X visited President Y in P") and its places.
        QHash<int, QList<int>> visited;
        QSet<quint64> seen; ///< (visitor, place) paired here
        QList<QStringView> types;
        QList<Actor> actors;
        QList<quint64> keys;
        QList<int> cues;                  ///< the travel cues' tokens
        QList<int> actorStarts;           ///< each actor's first token
        VisitStructure::Roles placeRoles; ///< of the place being paired
        /// The actor whose name the place's phrase is set off after by commas ("X, speaking
        /// at a rally in P on Monday, ..."; "X, who toured P, ..."), or -1, and that phrase.
        int phraseOwner = -1;
        int phraseFirst = -1, phraseEnd = -1;
        /// Whether the sentence has a speech verb of the frame say (reportsOthersTrip()) and a
        /// coordination word (coordinatedMatch()), read by pairPlaces() when a pattern matched.
        bool saying = false, coordination = false;
        QStringView typeOf(int token, const VisitContext &context) const;
    };

    /// One find()'s state: the candidates so far, by (visitor, place), what the document's
    /// structure says (dateline, main person) and what the sentences told of homes and moves.
    struct Found
    {
        QList<VisitCandidate> candidates;
        QHash<quint64, int> byPair;
        int dateline = -1, datelineSecond = -1, datelineSentence = -1;
        QList<int> datelineMentions; ///< the mentions of its place and region
        int mainPerson = -1;
        QSet<quint64> homes; ///< (owner, place) by VisitHome::homeOwner()
        /// (sentence, place) by VisitHome::isMigration() and VisitHome::isBiography()
        QSet<quint64> moves;
        /// The candidate of the pair, added when new.
        VisitCandidate &candidate(int visitor, int place);
    };

    /// The dateline's place (and the region after it in `second`) and the sentence it opens.
    int datelinePlace(int *second, int *sentence, QList<int> *mentions) const;
    /// Whether the words from `token` on are the rest of a dateline after its place.
    bool isCredit(int token) const;
    int mainPerson() const;
    /// Reads the sentence's places and travel cues into `view`; false when no pair can come
    /// of it (no place, and no dateline to place its people): most sentences stop there.
    bool readPlaces(int sentence, int dateline, int datelineSentence, SentenceView &view) const;
    void matchPatterns(SentenceView &view) const;
    /// The place a host verb's subject (into `host`) receives a visitor in, told in a relative
    /// clause after it ("P, where X will welcome him"), or -1.
    int hostPlaceBefore(int cueToken, const SentenceView &view, int *host) const;
    /// How far before a host verb hostPlaceBefore() looks for ", where".
    static constexpr int HostReach = 8;
    void scan(int sentence, SentenceView &view) const;
    /// The actor a role noun at `token` names (VisitContext::roleHolder()), added to the view;
    /// one past the role noun, or -1.
    int addRoleHolder(int token, SentenceView &view) const;
    /// Whether the mention [first, end) is the credit of a dateline ("BERLIN (Reuters) -"): a
    /// name in brackets followed by a dash near the start of the sentence.
    bool isCredit(int first, int end, int sentence) const;
    /// Whether the possessive pronoun at `token`, opening its sentence (`first`..`end`), owns a
    /// noun in apposition with a person's name between commas ("His opponent, Senator X,"):
    /// then the name, not the possessor, is the clause's actor.
    bool possessesApposedName(int token, int first, int end) const;
    /// The token "to" one or two words before the meet cue at `cueToken` when a go cue of the
    /// sentence stands before it ("will travel to P to meet Y"), or -1.
    int purposeAfterTrip(int cueToken, const SentenceView &view) const;
    /// The people a plural subject at `token` names (VisitContext::groupAt()), added to the
    /// view, all but `resolved` (the pronoun's own).
    void addGroup(int token, int sentence, int resolved, SentenceView &view) const;
    /// Notes whether the text calls the place mention the home of someone or a move of home.
    void readHome(int placeMention, const SentenceView &view, Found &found) const;
    /// Whether a move of home or a verb of a life's story governs the place mention
    /// (VisitHome::isMigration(), VisitHome::isBiography()).
    bool isLifeStory(int placeMention, int sentence) const;
    /// Whether a trip cue governs another mention of the same place in the sentence ("X, who
    /// was born in P, will visit P"): then the life's story marks no move.
    bool tripToAnotherMention(int placeMention, const SentenceView &view) const;
    void pairPlaces(SentenceView &view, Found &found) const;
    /// Whether the actor is a possessor inside an appositive after another name, the place
    /// after that appositive ("Y, X's rival, campaigned in P"): not the verb's subject.
    bool possessorInAppositive(const Actor &actor, int placeFirst, const SentenceView &view) const;
    /// Whether a cue pattern gives the place to another name after a speech verb that follows
    /// the actor ("X said Y would visit P").
    bool reportsOthersTrip(const Actor &actor, int place, const SentenceView &view) const;
    /// Whether the actor is the subject of a speech verb whose reported clause opens with a
    /// subject of its own, a noun after a determiner, before the place ("X said the pope would
    /// meet Y in P"): the speaker tells of another's trip.
    bool reportsSubjectsTrip(const Actor &actor, int placeFirst) const;
    /// How many words after the actor reportsSubjectsTrip() looks for the speech verb.
    static constexpr int SpeakerReach = 3;
    bool objectBeforeSharedPredicate(const Actor &actor, int placeFirst,
                                     const SentenceView &view) const;
    bool byProxy(const Actor &actor, int placeFirst, const SentenceView &view) const;
    /// The pattern match of the place whose visitor the actor is coordinated with ("X, Y and
    /// Z held a rally in P" for X and Y), or view.matched.cend().
    QHash<quint64, VisitPatterns::Match>::const_iterator
    coordinatedMatch(const Actor &actor, int place, int placeFirst, const SentenceView &view) const;
    void pairPatternVisitors(SentenceView &view, Found &found) const;
    void pairDateline(SentenceView &view, Found &found) const;
    /// The Dateline facts of every candidate of the dateline's places.
    void readDateline(Found &found) const;
    /// How much the article is about each candidate's visitor, against its other people: the
    /// share of its sentences that name them (by name, resolved pronoun or role noun) and
    /// whether no other person is named in more.
    void readWeight(Found &found) const;
    /// The people of a sentence naming an event placed earlier, with its place (visitevents.cpp).
    void pairEvent(SentenceView &view, const VisitEvents::Event &event, Found &found) const;
    /// The pair features and the home and migration rules of every candidate.
    void finish(Found &found) const;
    void addOccurrenceFeatures(VisitOccurrence &o, const Actor &actor, int placeFirst, int placeEnd,
                               const SentenceView &view) const;
    /// Finds the actor of the sentence whose name a phrase between commas holding the place
    /// [placeFirst, placeEnd) follows, into view.phraseOwner, phraseFirst and phraseEnd.
    void readPhraseOwner(int placeFirst, int placeEnd, SentenceView &view) const;
    void addPairFeatures(VisitCandidate &c, int mainPerson, int dateline, int datelineSecond) const;

    const VisitContext &m_context;
    const VisitPatterns &m_patterns;
    VisitStructure m_structure;
    VisitHome m_home;
};

} // namespace lector
