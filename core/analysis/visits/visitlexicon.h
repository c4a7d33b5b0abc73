// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lexicon/nametable.h"
#include "lexicon/travelcuetable.h"
#include "model/annotations.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace lector {

class Resources;

enum class PronounKind : quint8 { None, Subject, Possessive, Speaker, SpeakerPossessive };

struct TravelCue
{
    CueKind kind = CueKind::Go;
    QStringList prepositions; ///< lower-case
};

/// What the VisitExtractor knows about one lower-case word.
struct VisitWord
{
    QList<TravelCue> cues;
    PronounKind pronoun = PronounKind::None;
    Gender gender = Gender::Unknown; ///< of a pronoun; Unknown fits anyone
    bool ongoing = false;
    bool relation = false;
    bool boundary = false;
    bool preposition = false;
    /// A preposition whose object is not where anyone goes ("a signal for P"; argument aside).
    bool aside = false;
    bool relative = false;      ///< opens a relative clause after a comma (", who ...")
    bool relativePlace = false; ///< a relative word of the place before the comma ("P, where")
    bool coordination = false;
    bool modal = false; ///< a tense or modality word the candidate features read
    bool calledOff = false;
    bool auxiliary = false; ///< a passive's auxiliary ("was", "been"; class auxiliary)
    bool habitual = false;  ///< the trip is a habit ("often visits"; class habitual)
    /// A stage of a life ("as a child", "in her youth", "years ago"; class lifetime): one of these
    /// words must stand within VisitDater::LifeReach words before it; empty: no such word.
    QStringList lifetimeAfter;
    /// The place after it is someone's home (class home): the prepositions before the place
    /// and the nouns that may stand between ("home country of"); empty: no home word.
    QStringList homeBefore;
    QStringList homeNouns;
    bool residence = false; ///< a verb of living somewhere (class residence): its subject's home
    /// A move of home (class migration, "fled to P"): the prepositions before the place.
    QStringList migrationBefore;
    /// A verb of a life's story (class biography, "born in P", "grew up in P"): the
    /// prepositions before the place, and a particle that may stand between ("up"), lower-case.
    QStringList biographyBefore;
    QString biographyParticle;
    /// A life's story only when the sentence gives no date finer than a year ("trained in P",
    /// not "trained in P on Monday"; detail undated).
    bool biographyUndated = false;
    /// Where a trip starts (class origin): the place after this word is the origin ("flew from
    /// P to Q"), or this verb's direct object is ("left P for Q").
    bool originFrom = false;
    bool originObject = false;
    QString calledOffAfter; ///< the word before must start with it ("called off"); lower-case
    /// The tense a word gives its sentence's trip (class tense): planned ("will", "to visit")
    /// or under way ("has arrived", "is visiting"); Clause: after the cue, it starts another
    /// clause ("said that"); None for other words.
    enum class Tense : quint8 { None, Planned, Ongoing, Hypothetical, Clause } tense = Tense::None;
    QStringList tenseAfter; ///< one of them must come right before; lower-case; empty = any
};

/// The word lists of the VisitExtractor (travelcues.tsv), read once, and which country each
/// place and demonym of the gazetteer belongs to and which first-level subdivision each city
/// lies in (Resources::placeCountries(), demonymCountries() and cityRegions(), shared, not
/// copied). Immutable after construction, so it is thread-safe; it does not refer to the
/// Resources it was made from.
class VisitLexicon
{
public:
    explicit VisitLexicon(const Resources &resources);

    /// The entry of `word` compared case-insensitively (curly apostrophes read as straight),
    /// or nullptr. Does not allocate.
    const VisitWord *find(QStringView word) const;
    /// The country a place name stands for ("Minsk" -> "belarus"), lower-case; empty if unknown.
    QString countryOfPlace(QStringView name) const;
    /// The country of a demonym ("Belarusian" -> "belarus"), lower-case; empty if unknown.
    QString countryOfDemonym(QStringView word) const;
    /// Whether a city of that name lies in the state or other first-level subdivision
    /// (gazetteer/cities.tsv, the admin1 key: "Seattle" in "Washington"; "Springfield" in each
    /// of its seven states), both named as the gazetteer names them, compared
    /// case-insensitively. A city named as a subdivision of its country lies in that one alone
    /// ("New York").
    bool liesInState(QStringView city, QStringView state) const;
    /// The subdivisions a city of that name lies in (gazetteer/cities.tsv's admin1 key), named
    /// as the gazetteer names them, lower-case; empty when the city is unknown.
    QStringList statesOf(QStringView city) const;
    /// Whether the word is a plural unit of time of lexicon/temporal_units.tsv ("days",
    /// "weeks", "hours"), compared case-insensitively: "in the weeks ahead" closes a period.
    bool isPluralTimeUnit(QStringView word) const;
    /// The state of the United States a name, AP abbreviation or postal code stands for
    /// ("Ky.", "KY", "Kentucky" -> "kentucky"; gazetteer/subdivisions.tsv), lower-case, or empty.
    QString usStateNamed(QStringView phrase) const;
    /// Whether the word is a one-word speech verb of lexicon/speechcues.tsv of the frame say
    /// ("said", "added"; not "told", whose object is the addressee), case-insensitively.
    bool isSaying(QStringView word) const;
    /// How many people a number word of a plural subject names ("both" 2, "three" 3;
    /// travelcues.tsv class group), or 0; case-insensitively. Not a VisitWord: the words of the
    /// class are no function words for the rules that read the lexicon's entries.
    int groupSize(QStringView word) const;
    /// Whether the word is a plural noun of people after such a number word ("Both
    /// candidates", "the two men"; travelcues.tsv class group, argument people).
    bool isPeopleNoun(QStringView word) const;
    /// Whether the word is a noun of a thing or person sent in someone's stead of
    /// lexicon/proxynouns.tsv ("letter", "envoy"; class noun), case-insensitively.
    bool isProxyNoun(QStringView word) const;
    /// Whether the word is a verb that sends one (proxynouns.tsv class send: "sent").
    bool isSendVerb(QStringView word) const;
    /// Whether the word is a noun of a person's own people of lexicon/entouragenouns.tsv
    /// ("staff", "aides", "supporters"), case-insensitively.
    bool isEntourageNoun(QStringView word) const;
    /// How a word opens a plural subject (travelcues.tsv class group): None; Pronoun, a plural
    /// pronoun naming the people listed before it ("they"); Before, a word before a number
    /// word ("the three", "all four"); Alone, a number word that opens one by itself ("Both
    /// went"). Case-insensitively; asked of nearly every word, so the cheap tests (the rows'
    /// lengths and first letters, read from the rows) come first.
    enum class GroupOpener : quint8 { None, Pronoun, Before, Alone };
    GroupOpener groupOpener(QStringView word) const;
    /// groupOpener()'s cheap tests alone, inline: false = the word opens no plural.
    bool mayOpenGroup(QStringView word) const
    {
        // Bit 0 stands for the lengths of 64 and more.
        return !word.isEmpty() && ((m_openerLengths >> (word.size() < 64 ? word.size() : 0)) & 1) &&
               ((m_openerInitials >> initialBit(word.front())) & 1);
    }
    /// mayOpenGroup()'s bit of a first letter: folded to lower case (ASCII without a call), & 63.
    static int initialBit(QChar c)
    {
        const char16_t u = c.unicode();
        return (u < 128 ? (u >= u'A' && u <= u'Z' ? u + 32 : u) : c.toCaseFolded().unicode()) & 63;
    }
    /// Whether the word, after a noun, makes it a subject ("also", "did"; travelcues.tsv class
    /// group, argument after), case-insensitively.
    bool followsSubject(QStringView word) const;
    /// Whether an organization's name names a building or campus as well as the body in it
    /// (lexicon/sitewords.tsv), and how: None; Name, the whole name, a leading "the" aside (a
    /// seat of office, "the White House": "in" it names the office as often as the building);
    /// Head, its head word, last ("Dartmouth College", "Verizon Center") or first before "of"
    /// ("University of Miami"). Compared case-insensitively.
    enum class SiteKind : quint8 { None, Head, Name };
    SiteKind siteKind(QStringView name) const;
    /// A seat of office (a `name` row of lexicon/sitewords.tsv with a country and titles): the
    /// country it belongs to and the titles, lower-case, whose holder has it as their seat
    /// ("White House": united states; president, vice president, press secretary, ...).
    struct Seat
    {
        QString name; ///< lower-case
        QString country;
        QStringList titles;
        /// A title holder of no stated country holds it ("President X" at the White House).
        bool unqualified = false;
    };
    /// The seat of office the whole name is (compared case-insensitively), or nullptr.
    const Seat *seat(QStringView name) const;
    /// Whether the word names a post someone holds at a body ("a fellow at the Hoover
    /// Institute": a workplace, no visit): a one-word title of lexicon/titles.tsv, a person
    /// noun of quote_words.tsv or a role row of sitewords.tsv; case-insensitively.
    bool isPost(QStringView word) const;
    /// Whether the word is an irregular past form of a travel or meeting verb ("flew", "met";
    /// travelcues.tsv class pastform); the regular ones end in "-ed".
    bool isIrregularPast(QStringView word) const;
    /// Whether the word, between a person and an event noun, says the person took no part
    /// ("not", "skipped", "didn't"; lexicon/eventroles.tsv class absent), case-insensitively.
    bool deniesPart(QStringView word) const;
    /// How the words right before a person make the person a source of what the sentence
    /// tells (eventroles.tsv class source: "according to X", "a poll by X"): None, Source, or
    /// Agent: a source unless it is a passive's agent ("was moderated by X"). `before` is the
    /// word right before the person, `earlier` the one before it.
    enum class SourceKind : quint8 { None, Source, Agent };
    SourceKind sourceBefore(QStringView earlier, QStringView before) const;
    /// The class of an event noun (lexicon/eventnouns.tsv: "debates" -> "debate"), compared
    /// case-insensitively; empty for any other word.
    QString eventClass(QStringView word) const;
    /// A hash of the word folded to lower case (ASCII, QChar::toLower(), U+2019 as '), no
    /// copy; and whether the word folds to `folded`, a word already folded.
    static quint64 foldedHash(QStringView word);
    static bool equalsFolded(QStringView word, QStringView folded);

private:
    static QHash<QString, VisitWord> readCues(const Resources &resources);
    static QStringView key(QStringView word, QChar *buffer, qsizetype capacity);
    /// Whether a word set keyed by foldedHash() holds the word, case-insensitively; no copy.
    static bool containsFolded(const QHash<quint64, QString> &words, QStringView word);

    QList<VisitWord> m_entries;
    QStringList m_keys;           ///< the lower-case word of each entry
    QHash<quint64, int> m_byHash; ///< folded hash -> index into m_entries
    qsizetype m_longest = 0;
    NameTable m_placeCountry;   ///< country, capital or alias -> country
    NameTable m_demonymCountry; ///< demonym -> country
    NameTable m_cityRegions;    ///< city -> its subdivisions (Resources)
    /// isPluralTimeUnit(): folded hash -> lower-case word (temporal_units.tsv, class units)
    QHash<quint64, QString> m_pluralTimeUnits;
    QHash<QString, QString> m_usStates; ///< name, abbreviation or postal code -> state, lower-case
    QHash<quint64, QString> m_saying;   ///< isSaying(): folded hash -> lower-case word
    QHash<quint64, QString> m_groupWords;  ///< groupSize()'s words: folded hash -> lower-case
    QHash<QString, int> m_groupSizes;      ///< groupSize(): lower-case word -> how many
    qsizetype m_groupLongest = 0;          ///< the longest of groupSize()'s words
    QHash<quint64, QString> m_peopleNouns; ///< isPeopleNoun(): folded hash -> lower-case word
    QHash<quint64, QString> m_entourage;   ///< isEntourageNoun(): folded hash -> lower-case word
    QHash<quint64, QString> m_proxyNouns;  ///< isProxyNoun(): folded hash -> lower-case word
    QHash<quint64, QString> m_sendVerbs;   ///< isSendVerb(): folded hash -> lower-case word
    QHash<quint64, QString> m_siteHeads;   ///< siteKind()'s head words (folded hash)
    QHash<quint64, QString> m_siteNames;   ///< siteKind()'s whole names (folded hash)
    QHash<quint64, Seat> m_seats;          ///< seat(): folded hash of the name -> the seat
    QHash<quint64, QString> m_posts;       ///< isPost(): folded hash -> lower-case word
    QHash<quint64, QString> m_pastForms;   ///< isIrregularPast(): folded hash -> lower-case
    QHash<quint64, QString> m_absent;      ///< deniesPart()'s whole words (folded hash)
    QStringList m_absentEndings;           ///< deniesPart()'s word endings, lower-case
    /// sourceBefore(): one or two lower-case words (folded hash of the words joined by a
    /// space) -> whether only a passive's agent is exempt
    QHash<quint64, std::pair<QString, bool>> m_sources;
    // event noun -> its class (eventnouns.tsv)
    struct EventNoun
    {
        QString word; ///< lower-case
        QString kind;
    };
    QHash<quint64, EventNoun> m_events; ///< eventClass(): folded hash -> noun and class
    qsizetype m_eventShortest = 0, m_eventLongest = 0; ///< of m_events' nouns: most words skip

    // groupOpener(), followsSubject() (travelcues.tsv class group)
    struct Opener
    {
        QString word; ///< lower-case
        GroupOpener kind = GroupOpener::None;
    };
    QHash<quint64, Opener> m_openers; ///< folded hash -> the row
    quint64 m_openerLengths = 0;      ///< bit n set = an opener of n letters (bit 0: 64 or more)
    quint64 m_openerInitials = 0;     ///< bit initialBit() of each opener's first letter set
    QHash<quint64, QString> m_subjectFollowers; ///< followsSubject(): folded hash -> word
};

} // namespace lector
