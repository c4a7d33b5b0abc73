// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QtGlobal>

namespace lector {

class TsvTable;

/// WordNet's lexicographer classes of English words (lexicon/wordnetclasses.tsv, made by
/// tools/make_wordnet_classes.py from Debian's WordNet 3.0): what kind of thing a common word
/// names, as a back-off that reaches words no training text had. "rally" is a noun of groups
/// and acts and a verb of contact and competition; "campaign" a noun of events and a verb of
/// competition and social life; "paris" has a proper-noun sense of locations.
///
/// A word's classes are packed into one integer: the first two distinct noun classes and verb
/// classes in WordNet's sense order (most frequent sense first), the class of its first
/// proper-noun (instance) sense, and whether it is an adjective or an adverb. Looked up lower
/// case; an inflected form the table lacks is reduced by WordNet's own detachment rules
/// ("rallies" -> "rally", "campaigned" -> "campaign") and its irregular forms ("went" -> "go").
/// Immutable after construction; cheap to share.
class WordNetClasses
{
public:
    /// The noun classes: WordNet's lexicographer files 3-28 (noun.Tops .. noun.time), numbered
    /// 1-26 here; 0 is none.
    enum Noun : quint8 {
        NounNone = 0,
        NounTops,
        NounAct,
        NounAnimal,
        NounArtifact,
        NounAttribute,
        NounBody,
        NounCognition,
        NounCommunication,
        NounEvent,
        NounFeeling,
        NounFood,
        NounGroup,
        NounLocation,
        NounMotive,
        NounObject,
        NounPerson,
        NounPhenomenon,
        NounPlant,
        NounPossession,
        NounProcess,
        NounQuantity,
        NounRelation,
        NounShape,
        NounState,
        NounSubstance,
        NounTime
    };
    /// The verb classes: lexicographer files 29-43 (verb.body .. verb.weather), 1-15; 0 none.
    enum Verb : quint8 {
        VerbNone = 0,
        VerbBody,
        VerbChange,
        VerbCognition,
        VerbCommunication,
        VerbCompetition,
        VerbConsumption,
        VerbContact,
        VerbCreation,
        VerbEmotion,
        VerbMotion,
        VerbPerception,
        VerbPossession,
        VerbSocial,
        VerbStative,
        VerbWeather
    };

    /// A word's classes (0 when WordNet does not know it).
    struct Entry
    {
        quint32 bits = 0;
        bool isEmpty() const { return bits == 0; }
        /// The noun class of the `rank`-th distinct noun sense class (0 or 1).
        Noun noun(int rank = 0) const { return Noun((bits >> (rank ? 5 : 0)) & 31); }
        Verb verb(int rank = 0) const { return Verb((bits >> (rank ? 14 : 10)) & 15); }
        /// The noun class of the first proper-noun sense ("paris": location), else none.
        Noun instance() const { return Noun((bits >> 18) & 31); }
        bool isNoun() const { return noun() != NounNone; }
        bool isVerb() const { return verb() != VerbNone; }
        bool isAdjective() const { return bits & (1u << 23); }
        bool isAdverb() const { return bits & (1u << 24); }
    };

    /// The table the classes are read from: lexicon/wordnetclasses.tsv.
    static QString tableName() { return QStringLiteral("wordnetclasses"); }

    WordNetClasses() = default;
    /// Rows of (word, classes: "n.act n.event v.social i.location a r" or "=BASE").
    explicit WordNetClasses(const TsvTable &table);

    bool isEmpty() const { return m_words.isEmpty(); }
    qsizetype size() const { return m_words.size(); }

    /// The classes of `word` (any case), reducing an inflected form the table lacks.
    Entry lookup(QStringView word) const;
    /// The classes of exactly this lower-case form, without reduction.
    Entry exact(QStringView lowerWord) const { return Entry{m_words.value(lowerWord, 0)}; }

    /// Short names for features and messages: "act", "event", ...; "" for none.
    static QStringView nounName(Noun noun);
    static QStringView verbName(Verb verb);

private:
    QStringList m_keys;                  ///< the words (shallow copies of the table's fields)
    QHash<QStringView, quint32> m_words; ///< views of m_keys
};

} // namespace lector
