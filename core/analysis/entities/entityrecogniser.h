// SPDX-License-Identifier: GPL-3.0-or-later
// The entities family (analysis/entities/): reads tokens, sentences and time expressions, and
// adds the names. EntityRecogniser finds Analysis::mentions with a learned sequence model
// (NerFeatures, PredictionHistory, SequenceModel, Viterbi, WordWeightCache) and the
// gazetteer; AliasResolver and EntityGrouper group them into Analysis::entities with their
// roles.
#pragma once

#include "analysis/analyser.h"
#include "analysis/entities/nerfeatures.h"
#include "analysis/entities/usstates.h"

#include <array>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace lector {

class Gazetteer;
class Resources;
class SequenceModel;

/// hashLower() of the words of a title of lexicon/nobletitles.tsv ("Duke", "Crown Prince"):
/// with "of" and a place, one person's name (round 23; EntityRecogniser::nobleTitledPeople()).
struct NobleTitle
{
    QList<quint64> words;
    bool afterThe = false; ///< only after "the": "the Count of Monte Cristo", not "Count of"
};

/// Finds names of people, places, organizations and other entities (nationalities, events,
/// works) with a learned linear-chain model (SequenceModel, Viterbi decoding over BIO labels).
///
/// Requires: tokens, sentences, dates. Adds: Analysis::mentions, sorted and non-overlapping,
/// each with a type and source Model; entities are left to the AliasResolver. Countries and
/// large cities of the gazetteer that the model missed are added with source Gazetteer.
/// Ensures: a mention never starts with a title ("Defence Minister" in "Defence Minister Li";
/// the title goes to Mention::role, with its period: "Mr."), never starts with punctuation,
/// never ends with a possessive 's, never overlaps a time expression; a nationality word
/// ("Chinese") is never a person; a lone given name that the gazetteer does not list is a
/// person; a lone word that ends a person's full name elsewhere in the article is that person
/// (unless it is a country); a mention the model took for "other" that is exactly a gazetteer
/// organization is an organization; a full name the model typed "other" whose first word is a
/// given name or whose last word names a person of the article is a person
/// (PeopleAgreement::fullNamesTypedOther(), round 14). After the model (round 12): the surnames of
/// a dated citation are people (CitationAuthors); a lone "person" the article writes in lower case
/// twice or more is other (PeopleAgreement::dropCommonWords()); an unknown name after
/// "shares of", "a spokeswoman for" (lexicon/orgcues.tsv) is an organization; a capitalised
/// phrase the model left out that ends in a place's head word ("Montparnasse Cemetery",
/// lexicon/placewords.tsv) is a place, and one with an organization's head word before "of" or
/// "for" ("the Department of Linguistics", lexicon/orgwords.tsv) an organization. Round 14: the
/// AP abbreviation of a US state after a city and a comma ("Grand Rapids, Mich.") is a place,
/// the state for the AliasResolver, and the city a place (UsStates). Round 15: a title, a given
/// name and a country's name ("Rep. Jim Jordan") are a person (peopleNamedLikePlaces()); a
/// one-word title before a person's mention ("a spokesman for Mrs. Okafor") is no name
/// (titlesBeforePeople(); round 16: "Vermont Sen. Bernie Sanders", a place and a title the model
/// made one name, is the place); a name after a title's period that the model left out, opening
/// with a given name, is a person ("Gov. Mike Pence spoke": titledNamesLeftOut()). Round 16: a
/// given name there is one of givennames.tsv or of lexicon/usgivennames.tsv ("Gov. Butch Otter").
/// Round 17: a name with a possessive inside it is one name ("St. Jude Children's Research
/// Hospital": possessiveNames()); "St.", "Mt.", "Ft." open the name after them ("Ft. Bragg":
/// namesAfterAbbreviations()); "Rep. Will Hurd of Texas" is the person and the state.
/// Round 25: "Secretary of Defense Laura Kim", "Minister of Foreign Affairs Tomas Riva": the
/// title, "of" and the office's domain are the person's role (officesOfDomains()).
/// Sentences are tagged in text order, and a capitalised word's features include what the
/// earlier sentences' labels made of it (PredictionHistory).
/// Performance: tokens that are neither capitalised nor next to such a token are O without
/// scoring; the weights of each distinct word (WordWeightCache, per thread) are summed once,
/// and so are those of each history summary.
class EntityRecogniser final : public Analyser
{
public:
    /// Viterbi finds the best label sequence; Greedy picks labels left to right (for comparison).
    enum class Decoding { Viterbi, Greedy };

    /// Uses `model`, or the compiled-in model (SequenceModel::shared()) when it is null.
    explicit EntityRecogniser(const Resources &resources,
                              std::shared_ptr<const SequenceModel> model = {},
                              Decoding decoding = Decoding::Viterbi);
    ~EntityRecogniser() override;
    QString name() const override { return QStringLiteral("entities"); }
    QStringList prerequisites() const override
    {
        return {QStringLiteral("tokens"), QStringLiteral("sentences"), QStringLiteral("dates")};
    }
    void run(const Document &document, Analysis &analysis) const override;

private:
    void tagSentence(const std::vector<NerTokenFacts> &facts, int first, int end,
                     std::vector<int> &labels) const;
    void scoreCandidates(const std::vector<NerTokenFacts> &facts, int first, int end) const;
    void decodeStretches(int first, int end, std::vector<int> &labels) const;
    void addMention(const Document &document, Analysis &analysis,
                    const std::vector<NerTokenFacts> &facts, int first, int end, int label) const;

    int splitBeforePlace(const std::vector<NerTokenFacts> &facts, int first, int end,
                         EntityType type) const;
    /// "Cancels", "visits", not "Congress": a word ending in one "s" (spansplits.cpp).
    static bool endsInOneS(QStringView word)
    {
        return word.endsWith(u's') && !word.endsWith(u"ss");
    }
    bool splitAtPartyMember(const Document &document, Analysis &analysis,
                            const std::vector<NerTokenFacts> &facts, int first, int end) const;
    bool splitAtLowerWord(const Document &document, Analysis &analysis,
                          const std::vector<NerTokenFacts> &facts, int first, int end,
                          int type) const;
    void addGazetteerPieces(const Document &document, Analysis &analysis,
                            const std::vector<NerTokenFacts> &facts, int first, int end) const;
    void addHeadlineMention(const Document &document, Analysis &analysis,
                            const std::vector<NerTokenFacts> &facts, int first, int end,
                            int type) const;
    EntityType typeFromLexicon(const NerTokenFacts &first, int length, EntityType type,
                               bool digitsAfter, bool mediumContext) const;
    void loadTravelCues(const Resources &resources);
    void placesAfterTravelCues(Analysis &analysis, const std::vector<NerTokenFacts> &facts,
                               const std::vector<std::pair<int, int>> &mentionTokens) const;
    void loadPlaceWords(const Resources &resources);
    void loadOrganizationCues(const Resources &resources);
    void firmsAfterCues(Analysis &analysis, const std::vector<NerTokenFacts> &facts) const;
    static bool isHeadRunWord(const QList<Token> &tokens, const std::vector<NerTokenFacts> &facts,
                              int k);
    int headRunEnd(const QList<Token> &tokens, const std::vector<NerTokenFacts> &facts,
                   int first) const;
    static int headRunStart(const QList<Token> &tokens, const std::vector<NerTokenFacts> &facts,
                            int first, int end);
    bool isPlaceByHeadWord(const QList<Token> &tokens, const std::vector<NerTokenFacts> &facts,
                           int first, int end) const;
    static bool isOrganizationJoin(const std::vector<NerTokenFacts> &facts, int k);
    static bool isOrganizationByHeadWord(const QList<Token> &tokens,
                                         const std::vector<NerTokenFacts> &facts, int first,
                                         int end);
    void namesByHeadWord(Analysis &analysis, const std::vector<NerTokenFacts> &facts) const;
    static bool isAbbreviationPeriod(const QList<Token> &tokens,
                                     const std::vector<NerTokenFacts> &facts, int k);
    void possessiveNames(Analysis &analysis, const std::vector<NerTokenFacts> &facts) const;
    void namesAfterAbbreviations(Analysis &analysis, const std::vector<NerTokenFacts> &facts) const;
    static void streetNames(Analysis &analysis, const std::vector<NerTokenFacts> &facts, int k);
    static bool firmsPlaceOfWords(Analysis &analysis, const std::vector<NerTokenFacts> &facts,
                                  int p, int end);
    void peopleNamedLikePlaces(Analysis &analysis, const std::vector<NerTokenFacts> &facts) const;
    void placesAfterOfficeOf(Analysis &analysis, const std::vector<NerTokenFacts> &facts) const;
    void titlesBeforePeople(Analysis &analysis, const std::vector<NerTokenFacts> &facts) const;
    void titledNamesLeftOut(Analysis &analysis, const std::vector<NerTokenFacts> &facts) const;
    void nobleTitledPeople(Analysis &analysis, const std::vector<NerTokenFacts> &facts) const;
    void worksAfterMakers(Analysis &analysis, const std::vector<NerTokenFacts> &facts) const;
    int officeTitleBefore(const QList<Token> &tokens, const std::vector<NerTokenFacts> &facts,
                          int name) const;
    void officesOfDomains(const QString &text, Analysis &analysis,
                          const std::vector<NerTokenFacts> &facts) const;
    void loadForeignHeads(const Resources &resources);
    void ampersandNames(Analysis &analysis, const std::vector<NerTokenFacts> &facts) const;
    static bool peopleAroundAmpersand(const Analysis &analysis,
                                      const std::vector<NerTokenFacts> &facts, int first, int k,
                                      int end);
    static bool fullNameBefore(const QList<Token> &tokens, const QList<Mention> &overlapping,
                               int first, int k);
    void foreignHeadNames(Analysis &analysis, const std::vector<NerTokenFacts> &facts) const;
    void firmsBeforeOwnedWords(const QString &text, Analysis &analysis,
                               const std::vector<NerTokenFacts> &facts) const;
    static QHash<quint64, int> fullNameEnds(const Analysis &analysis,
                                            const std::vector<NerTokenFacts> &facts);
    static bool namesPersonOfArticle(const QList<Token> &tokens,
                                     const std::vector<NerTokenFacts> &facts,
                                     const QHash<quint64, int> &fullNameEnds,
                                     const Mention &mention);
    static void retypeAsOrganization(const QList<Token> &tokens,
                                     const std::vector<NerTokenFacts> &facts,
                                     std::optional<QHash<quint64, int>> &fullNameEnds,
                                     Mention &mention);
    static bool isTitledNameWord(const QList<Token> &tokens,
                                 const std::vector<NerTokenFacts> &facts, int k);
    bool opensTitledName(const QList<Token> &tokens, const std::vector<NerTokenFacts> &facts,
                         int i) const;
    static int titledRunEnd(const QList<Token> &tokens, const std::vector<NerTokenFacts> &facts,
                            int i);
    bool mendTitledRun(const QList<Token> &tokens, const std::vector<NerTokenFacts> &facts,
                       const Span &span, int end, Mention &model) const;
    static Mention titledPerson(const Span &span);
    bool isGivenNameAfterTitle(const NerTokenFacts &word) const;
    static void titledPeople(const Document &document, Analysis &analysis,
                             const std::vector<NerTokenFacts> &facts,
                             std::vector<std::pair<int, int>> &mentionTokens);
    void addGazetteerPlaces(const Document &document, Analysis &analysis,
                            const std::vector<NerTokenFacts> &facts) const;

    NerFeatures m_features;
    const Gazetteer *m_gazetteer = nullptr;
    std::shared_ptr<const SequenceModel> m_model;
    QSet<quint64> m_nationalities; ///< NerFeatures::hashLower() of demonyms
    QSet<quint64> m_partyMembers;  ///< hashLower() of partymembers.tsv ("Republican")
    QSet<quint64> m_stopNames;     ///< hashLower() of words that are rarely names alone
    QSet<quint64> m_prepositions;  ///< hashLower() of lexicon/placepreps.tsv ("across", "in")
    /// The phrases of lexicon/mediumwords.tsv ("on", "according to"), each its words.
    QList<QStringList> m_mediumPhrases;
    /// hashLower() of a travel verb whose object is the destination ("visited"), and keys of a
    /// verb or trip noun with a preposition before it ("arrived in", "visit to"), from
    /// lexicon/travelcues.tsv
    QSet<quint64> m_travelCues;
    /// Keys of a noun and the preposition before its object, when that object is an
    /// organization ("shares of", "spokeswoman for"), from lexicon/orgcues.tsv
    QSet<quint64> m_organizationCues;
    /// The keys of m_organizationCues whose object is never a person (orgcues.tsv's `firm`
    /// rows: "analysts at"), and the phrases written after a firm's possessive ("chief
    /// executive" of "Vantorix's chief executive"), lower case, each its words (round 21)
    QSet<quint64> m_firmOnlyCues;
    QList<QStringList> m_ownedPhrases;
    /// hashLower() of the head words that open foreign names (lexicon/foreignheads.tsv:
    /// "Estadio", "Palacio" places, "Banco", "Club" organizations), and of the lower-case words
    /// between their capitalised words ("de", "la"; round 21)
    QHash<quint64, EntityType> m_foreignHeads;
    /// One bit per foreignHeadBit() of a key of m_foreignHeads: most capitalised words are
    /// ruled out without a hash look-up
    std::array<quint64, 16> m_foreignHeadBits = {};
    QSet<quint64> m_foreignJoins;
    /// Lower case: the titles of titles.tsv written in lower case with two words or more
    /// ("chief executive"): the role before a name takes the whole title (round 21)
    QSet<QString> m_lowerTitles;
    /// hashLower() of the first word of each title of titles.tsv with "of" inside ("Chief" of
    /// "Chief of Staff"): an office's title before "of" and its domain (round 25)
    QSet<quint64> m_officeHeads;
    /// hashLower() of the last words of company names (orgwords.tsv rows of kind company and
    /// position end: "Airlines", "Aviation", "Cement"); round 26
    QSet<quint64> m_companyHeads;
    /// hashLower() of the head words of place names (lexicon/placewords.tsv): the last word
    /// ("Cemetery") or the first, before "of" ("Pyramid")
    QSet<quint64> m_placeHeadsEnd, m_placeHeadsStart;
    /// Head words of a place only after a saint's possessive ("St. John's Church"):
    /// placewords.tsv's `saint` rows; alone they name organizations too ("the Catholic Church").
    QSet<quint64> m_placeHeadsAfterSaint;
    QSet<quint64> m_placeJoins; ///< lower-case words inside such a name ("of", "the")
    /// hashLower() of name elements written joined to the next name (namejoins.tsv, "Abdel" of
    /// "AbdelFattah"): with the given names (NerFeatures), such a word is no company
    QSet<quint64> m_joinedNameParts;
    /// hashLower() of the given names of lexicon/usgivennames.tsv ("Butch"): the passes after a
    /// title read them, the model's features do not (round 16)
    QSet<quint64> m_usGivenNames;
    /// The titles of lexicon/nobletitles.tsv, longest first (round 23)
    QList<NobleTitle> m_nobleTitles;
    /// hashLower() of the nouns of lexicon/worknouns.tsv ("director", "author"): a city after
    /// one and "of" is a work's title (round 23)
    QSet<quint64> m_workNouns;
    /// hashLower() of the nouns of lexicon/vesselnouns.tsv ("ship", "liner"): a noble title
    /// with "of" after one is a vessel's name (round 24)
    QSet<quint64> m_vesselNouns;
    /// hashLower() of lexicon/nameparticles.tsv ("bin", "van"): lower-case words inside a
    /// person's name, between a title of nobletitles.tsv "of" a place and the surname (round 24)
    QSet<quint64> m_nameParticles;
    /// Per gazetteer entry: a country, or a city of a million people (a place for certain).
    std::vector<bool> m_confidentPlace;
    UsStates m_usStates; ///< the last pass: "Grand Rapids, Mich.", "Rhinelander, WI."
    Decoding m_decoding = Decoding::Viterbi;
};

} // namespace lector
