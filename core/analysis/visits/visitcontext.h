// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/visits/visitlexicon.h"
#include "model/analysis.h"
#include "model/document.h"
#include "text/tokenizer.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace lector {

/// One run's view of an Analysis for the VisitExtractor: which mention or time expression
/// covers each token, and the grammar shortcuts the visit rules share (subjects, pronouns,
/// nationality). Built per run and thrown away, so the analyser itself keeps no state.
class VisitContext
{
public:
    VisitContext(const Document &document, const Analysis &analysis, const VisitLexicon &lexicon);

    const Document &document() const { return m_document; }
    const Analysis &analysis() const { return m_analysis; }
    const VisitLexicon &lexicon() const { return m_lexicon; }

    QStringView word(int token) const;
    /// The lexicon entry of a word token, or nullptr.
    const VisitWord *entry(int token) const;
    bool isPunctuation(int token) const;
    /// The token as the visit model's features read it: the word itself (VisitModel::key()
    /// folds its case), or its class ("<person>", "<place>", "<organization>", "<other>",
    /// "<time>", "<num>"); empty outside the text.
    QStringView typeOf(int token) const;
    /// Index of the mention covering the token, or -1.
    int mentionOf(int token) const { return m_tokenMention.value(token, -1); }
    /// Index of the time expression covering the token, or -1.
    int timeOf(int token) const { return m_tokenTime.value(token, -1); }
    /// Whether a person, place or organization mention covers the token ("Russian" in
    /// "Russian ally Belarus" is a mention of another type, read as a plain word).
    bool isName(int token) const;
    int firstToken(int mention) const { return m_mentionFirst.at(mention); }
    int endToken(int mention) const { return m_mentionEnd.at(mention); }
    int firstTimeToken(int time) const { return m_timeFirst.at(time); }
    int endTimeToken(int time) const { return m_timeEnd.at(time); }
    /// The entity of a mention of one of the types, or -1. The mention of a site (isSite())
    /// is of type Place.
    int entityOf(int mention, std::initializer_list<EntityType> types) const;
    /// Whether the mention of an organization names a building or campus where the text puts
    /// someone: the organization's name is a site's (VisitLexicon::siteKind(): "the
    /// Pentagon", "Dartmouth College") and the mention is the object of "at" (not after a post
    /// held there: "a fellow at the Hoover Institute" is a workplace; VisitLexicon::isPost()),
    /// "in" (not for a seat of office: "once she was in the White House" is the office) or
    /// "inside", of a visit verb ("toured the Pentagon") or of "to" after a trip cue ("a trip
    /// to the White House").
    /// GUIDELINES.md counts named sites as places: the visit analysis pairs such a mention as a
    /// place, its words read "<site>" in the features (a class of its own: the model weighs a
    /// building apart from a town); the entity keeps its type, and its other mentions ("a White
    /// House official") stay the organization's.
    bool isSite(int mention) const
    {
        return mention >= 0 && mention < m_site.size() && m_site[mention];
    }
    /// Whether the text is the entity's name or one of its forms.
    bool hasForm(int entity, QStringView text, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    /// Whether the capitalised word at the token is one of the entity's forms ("Li"), also
    /// where the recogniser missed it.
    bool isFormOf(int token, int entity) const;
    /// Whether the comma at the token opens a relative clause (", who", ", which": class
    /// relative of travelcues.tsv).
    bool opensRelativeClause(int token) const;
    /// Whether the token opens a clause of its own inside the sentence: a contrast word
    /// (travelcues.tsv, class boundary: "but", "while") before a subject (a name, a capital, a
    /// subject pronoun) or a verb of its own, or "and" before a verb of its own ("and will fly",
    /// "and flew"): a tense word that needs no word before it or a past form (after "and" only
    /// a travel or meeting verb's: not "and invited guests"). Not "and Riga", "and visit" (the
    /// verb of the clause before governs it).
    bool opensOwnClause(int token) const;
    /// The relative clause that holds `cueToken` ("X, who was in P for a summit, will ..."):
    /// its first token (the comma before the relative word) and one past its last (the comma
    /// that closes it, not a comma of a list of names, or the sentence's end). False when the
    /// cue is in no relative clause opened before it and still open there.
    bool relativeClauseAround(int sentence, int cueToken, int *first, int *end) const;
    /// Whether the preposition or relation word at `token` puts the name after it aside from any
    /// trip ("a signal for P", "the dispute between P1 and P2", "after the invasion of P";
    /// travelcues.tsv argument aside, class relation), unless a verb of motion comes right
    /// before it ("flew between P1 and P2", "left for P"): there it gives route or destination.
    bool putsAside(int token) const;

    /// Whether the token is a possessive pronoun ("his", "their").
    bool isPossessive(int token) const;
    /// Whether the token is the possessive ending of a name ("Angola 's", with a straight or a
    /// curly apostrophe).
    bool isGenitive(int token) const { return Tokenizer::isPossessiveEnding(word(token)); }
    /// Whether the time expression is in the genitive and so names the noun after it, an event
    /// ("next month's budget vote", "Tuesday's primary"): the possessive ending right after the
    /// expression or its last token's. The one test of the visit steps (VisitAssembler's tense,
    /// VisitDater's dates; review of round 23).
    bool timeInGenitive(int time) const;
    /// Whether a trip noun stands within three words after a time in the genitive ("this
    /// year's tour of P", "Monday's state visit", "Tuesday's summit"): the noun may be the
    /// trip, whose date it is.
    bool genitiveNamesTrip(int time) const;
    /// Whether the token is a past form of a verb: lower-case, no name, ending in "-ed" or an
    /// irregular past of a travel or meeting verb ("flew", "met"; isIrregularPast()).
    bool isPastVerb(int token) const;
    /// Whether a plan told from a past moment opens at the token, before `end`: "would", or
    /// "was"/"were" and "to", "going to" or "due to" ("was to fly", "was due to arrive").
    bool pastPlanAt(int token, int end) const;
    bool isIrregularPast(QStringView word) const { return m_lexicon.isIrregularPast(word); }
    /// Whether the place's mention at `placeToken` modifies a noun after it ("an Oslo
    /// shipyard", "the Lisbon agreement"): that noun, not the place, is what the words before
    /// govern. A trip noun ("an Oslo visit") is not such a noun.
    bool modifiesNoun(int placeToken) const;
    /// Whether the place's mention at `placeToken`, alone or in a list of places, is the object
    /// of "of" or "from" after a noun of people or a post ("leaders of Brazil, India and
    /// Chile", "the president of Peru", "officials from Laos"): whose people they are, no
    /// destination.
    bool namesAffiliation(int placeToken) const;
    /// Whether the place's mention [first, end) is the subject of a reported clause: after
    /// "that" or a speech verb, before a modal or "has" and a verb that is no copula ("warned
    /// that Ukraine could lose ground"): what the clause tells of, no destination.
    bool isReportedSubject(int first, int end) const;
    /// Whether the place hosts someone in its clause ("Lisbon welcomed Ortega", "Lisbon gave
    /// Ortega a warm welcome") or is the agent of a hosting verb ("was hosted by Lisbon").
    bool hostsVisitor(int sentence, int placeToken) const;

    /// Whether the word is an article ("the", "a", "an"), compared case-insensitively.
    static bool isDeterminer(QStringView word);
    /// How actorToken() scans a sentence.
    enum class ActorScan : quint8 {
        Anywhere,  ///< the entity named anywhere in the sentence
        FirstActor ///< the entity as the first person or organization the sentence names
    };
    /// The token where the sentence names `entity` as a person or organization, by a mention
    /// or a subject pronoun resolved to it ("he spoke in Phoenix"), or -1. With FirstActor a
    /// capitalised form of the entity the recogniser missed counts too, places are passed
    /// over, and another person, organization or resolved pronoun named first ends the scan.
    int actorToken(int sentence, int entity, ActorScan scan) const;

    /// The subject before a verb: the nearest person or organization (or subject pronoun)
    /// before `token` in its clause that is not the object of a preposition nor a possessor.
    int subjectBefore(int token, int sentence) const;
    /// Whether the token `k` is a speech verb whose reported clause, before `end`, opens with a
    /// subject of its own: a noun after a determiner that is no trip word, then a modal or
    /// auxiliary ("said the minister would ...", "says that the pope will ...").
    bool reportsOwnSubject(int k, int end) const;
    /// Whether the word at `token` opens a predicate with no subject of its own after "and"
    /// ("and will fly", "and flew"): a cue, tense or modality word of the lexicon.
    bool predicateAfter(int token) const;
    /// Whether the name opening at `name` stands right after a lower-case word that is no
    /// function word of the lexicon (a verb's object: "met Garnier").
    bool objectOfVerb(int name, int sentenceFirst) const;
    /// The first token of the name opening at `name` with its title before it: capitalised
    /// words, one of them a post, up to three ("Trade Minister Garnier"); `name` when none.
    int titledNameStart(int name, int sentenceFirst) const;
    /// The entity a pronoun stands for, or -1: the nearest compatible person before it in
    /// the sentence, a later one for a possessive in a fronted phrase ("During his visit, X"),
    /// the first one of the previous sentences (not a possessor, "the X's shooting", unless
    /// only a possessor is there), or the speaker of the enclosing quote ("my").
    int resolvePronoun(int token, int sentence) const;
    /// resolvePronoun()'s reading of a sentence before the pronoun's: the person a subject
    /// pronoun of the same gender opening it stands for ("He was due in P. He also planned
    /// ..."), or the name after the comma that closes an opening phrase of no name, before a
    /// verb ("After meeting X, Y flew to P": Y); NoSubject when neither applies.
    int sentenceSubject(int sentence, const VisitWord &pronoun) const;
    static constexpr int NoSubject = -3;
    /// The person a definite role noun at `token` ("the") names: "the general", "The Defense
    /// Secretary is", "the minister said": at most two words of that person's roles, then the
    /// last word of a role one person of the article holds alone (the analysis's
    /// Entity::roles), standing as a subject: no name after it (then the name is the actor) and
    /// a verb, a modal, a tense word or a comma next. -1 when no person holds the role, or
    /// several do ("the senator" of an article with two). `end` gets one past the role noun.
    /// The resolver of role nouns for the visit analysis (the candidates and readWeight()).
    int roleHolder(int token, int *end) const;
    /// The people a plural subject at `token` names, in text order, or none: "they" after a
    /// list of two or more people ("X and Y", "X, Y and Z") earlier in its sentence or, when no
    /// name comes before it in its own, in the one before; a number word opening a clause ("Both
    /// candidates", "The two men", "All three", "The three were") for a list of as many people
    /// before it, else for exactly as many people named in the sentence before, else in the
    /// sentence after ("The three were arrested ... The three have been identified as A, B and C").
    /// Only people count ("they" after a list of countries names nobody). A number word also
    /// after a saying verb or "that" ("police say the three were arrested"). `end` gets one
    /// past the plural's words.
    QList<int> groupAt(int token, int sentence, int *end) const;
    /// Whether a plural noun ("The defendants", "the men") is the subject of the clause of
    /// `token` before it, the sentence starting at `from` (groupAt(): such a "they" is of them).
    bool pluralSubjectBefore(int token, int from) const;

    /// Countries the entity belongs to, from demonyms in its roles or right before its
    /// mentions ("Belarusian President X"), lower-case. Cached for the run.
    QStringList countriesOf(int entity) const;
    /// The places below the country a person's office or residence ties them to, lower-case,
    /// as words that may name a place: the capitalised runs of one to three words of the
    /// person's roles ("Colorado" of "Colorado Gov.", "Denver" of "Denver Mayor") and the
    /// place named right after a mention, after "of" or in brackets ("Gov. Ann Reyes of
    /// Colorado", "Sen. Lisa Marrow (Ohio)"). A run that names no place matches none, so the
    /// runs are not checked against the gazetteer. Cached for the run.
    QStringList regionsOf(int entity) const;
    /// Whether the place entity is one of the person's regionsOf() or a city that lies in one
    /// (VisitLexicon::liesInState(): "Denver" in "Colorado"): the guideline's home state or city
    /// ("a mayor in her own city").
    bool inHomeRegion(int person, int place) const;
    /// Whether the place is the person's seat of office (VisitLexicon::seat(): "President X"
    /// at the White House, "Defense Secretary X" at the Pentagon), the guideline's home base:
    /// a role of the person ends with one of the seat's titles, every word before the title is
    /// a demonym or a name of the seat's country or a word of the seat's name ("U.S. President",
    /// "White House press secretary"; not "former", "NAACP President"), and the person belongs
    /// to the seat's country (countriesOf(): "French President X" at the White House visits
    /// it), or to none stated where the seat is Seat::unqualified ("President X" at the White
    /// House, not at the Kremlin). The person's countries are also those of the places
    /// regionsOf() ties the office to ("President X of France"). `arrived`: the text tells the
    /// person arriving at, visiting or welcomed at the place ("arrived at", "visited", "was
    /// welcomed at"); a home base is not arrived at, so then a holder of no stated country
    /// does not hold it ("President X arrived at the White House" is a visitor).
    bool isSeatOf(int person, int place, bool arrived = false) const;
    /// A place entity's forms and the first-level subdivisions its forms lie in
    /// (VisitLexicon::statesOf()), lower-case. Cached for the run.
    QStringList placeRegions(int place) const;
    /// The country a place entity is or lies in (capital or country name), lower-case.
    QString countryOfPlace(int entity) const;
    /// Whether the place entity is a country itself: its name or one of its forms is the
    /// country countryOfPlace() gives.
    bool isCountry(int entity) const;
    /// The country the name at the token stands for when it names a country ("Angola",
    /// "U.S."), lower-case, else empty (a city, a person, no name).
    QString countryNamedAt(int token) const;

private:
    /// How many words after the place hostsVisitor() looks for the hosting verb or noun.
    static constexpr int HostReach = 8;
    /// How many words copulaBeforeNoun() reads back from the noun to its determiner.
    static constexpr int NounPhraseReach = 5;
    /// How many tokens personList() allows between two names of a list ("and Ohio Gov.").
    static constexpr int MaxListGap = 5;
    void findSites();
    /// Whether the mention stands where a place would: after "at", "in", "inside", a visit
    /// verb, or "to" after a trip cue (an article between).
    /// A seat of office (`office`) not after "in".
    bool usedAsPlace(int mention, bool office) const;
    template<typename List>
    static void mapTokens(const QList<Token> &tokens, const List &items, QList<int> &byToken,
                          QList<int> &first, QList<int> &end);
    /// The form of "be" (travelcues.tsv, class be) before the determiner of the noun phrase
    /// that ends at `noun` ("X was the first minister"), its lower-case words only, with a
    /// name or a subject pronoun right before it; or -1.
    int copulaBeforeNoun(int noun, int sentenceFirst) const;
    /// Whether the token may follow a subject: a verb of the lexicon (a cue, a modal or tense
    /// word, a saying verb), a past form ("stumped"), or a comma.
    bool followsSubject(int token) const;
    /// The people of the last list of two or more person names ("X and Y", "X, Y and Z") in
    /// [from, to), in text order.
    QList<int> personList(int from, int to) const;
    /// The distinct people the sentence names, by name or by a pronoun resolved to them, in
    /// text order.
    QList<int> peopleOf(int sentence) const;
    /// The role map of roleHolder(), read on the first call.
    void readRoles() const;
    /// The holder of the role whose last word the token is (m_roleOwner: -2 several, -1 none),
    /// looked up once per token.
    int roleAt(int token) const;
    /// Whether the word is one of the entity's role words (roleHolder()), case-insensitively.
    bool isRoleWord(int entity, QStringView word) const;
    static constexpr int UnknownRole = -3;
    bool isCompatible(int mention, const VisitWord &pronoun) const;
    /// The entity of the first mention in [from, to) the pronoun may stand for; with
    /// `notPossessor` not one followed by "'s".
    int firstCompatible(int from, int to, const VisitWord &pronoun,
                        bool notPossessor = false) const;
    int quoteSpeaker(int token) const;

    const Document &m_document;
    const Analysis &m_analysis;
    const VisitLexicon &m_lexicon;
    QList<const VisitWord *> m_tokenEntry; ///< entry() of each token, looked up once
    QList<int> m_tokenMention;
    QList<int> m_tokenTime;
    QList<int> m_mentionFirst;
    QList<int> m_mentionEnd;
    QList<int> m_timeFirst;
    QList<int> m_timeEnd;
    QList<bool> m_site;                             ///< isSite() of each mention
    mutable QHash<int, QStringList> m_countries;    ///< countriesOf() cache for this run
    mutable QHash<int, QStringList> m_regions;      ///< regionsOf() cache for this run
    mutable QHash<int, QStringList> m_placeRegions; ///< placeRegions() cache for this run
    mutable QHash<int, QString> m_placeCountry;     ///< countryOfPlace() cache for this run
    mutable bool m_rolesRead = false;
    mutable int m_pronounDepth = 0; ///< sentenceSubject()'s chain of pronouns, bounded
    struct RoleOwner
    {
        QString word;   ///< the last word of a role, lower-case
        int holder = 0; ///< its only holder, or -2 (several)
    };
    /// roleHolder(): VisitLexicon::foldedHash() of the last word of a role -> its holder
    mutable QHash<quint64, RoleOwner> m_roleOwner;
    mutable quint64 m_roleLengths = 0; ///< bit n: some role's last word has n characters
    mutable QList<int> m_roleAt;       ///< roleAt() of each token, UnknownRole until asked
};

} // namespace lector
