// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entities/wordflagtable.h"
#include "lexicon/wordclustertable.h"
#include "model/annotations.h"

#include <QList>
#include <QSet>
#include <QStringView>

#include <vector>

namespace lector {

class Gazetteer;
class Resources;

/// Facts about one token that the NER features combine; computed once per document.
struct NerTokenFacts
{
    quint64 lower = 0; ///< hash of the lower-cased word, digits folded to '0'
    quint64 exact = 0; ///< hash of the word as written
    quint64 shape = 0; ///< hash of the collapsed shape ("Xx", "X.X.", "d-d")
    /// The token as written, in the document's text (facts live only while it does); its
    /// prefixes and suffixes are hashed only for words that the WordWeightCache lacks.
    QStringView word;
    quint32 flags = 0;     ///< NerFeatures::Flag bits
    quint32 gazetteer = 0; ///< gazetteer match: position (B/I) and category, 0 when none
    /// Gazetteer::longestMatch() at this token when describe() looked it up (matchTokens >= 0),
    /// so that later users need not look again.
    qint32 matchEntry = -1;
    qint32 matchTokens = -1;
    /// The word's Brown cluster (WordClusterTable::cluster()), 0 when it has none.
    quint32 cluster = 0;
};

/// Turns the tokens of a document into hashed feature keys for the SequenceModel.
///
/// Shared by the EntityRecogniser and the trainer (tools/train), so both see exactly the same
/// features. Every token gets `perToken` keys; none of the work allocates per token. Knowledge
/// (title words, given names, organization words, gazetteer entries, word clusters) comes from
/// Resources, which must outlive this object. Const and thread-safe.
class NerFeatures
{
public:
    enum Flag : quint32 {
        InitialCapital = 1u << 0,
        AllCapitals = 1u << 1,
        HasDigit = 1u << 2,
        HasHyphen = 1u << 3,
        HasPeriod = 1u << 4,
        LineStart = 1u << 5,
        CapitalsLine = 1u << 6,   ///< the token's line has no lower-case word: a headline
        TitleWord = 1u << 7,      ///< a title or honorific ("minister", "mr")
        SeenCapitalMid = 1u << 8, ///< capitalised elsewhere in the document, mid-sentence
        SeenLower = 1u << 9,      ///< written in lower case elsewhere in the document
        Punctuation = 1u << 10,
        TimeWord = 1u << 11, ///< inside a time expression of the temporal tagger
        AfterSentenceEnd = 1u << 12,
        GivenName = 1u << 13, ///< a common given name ("Anna")
        OrgWord = 1u << 14,   ///< a head word of organization names ("Ministry", "Party")
        /// The token's line capitalises its words: a title-case headline or heading
        /// ("Airline Chief Says Maintenance Was Skipped"), where capitals say little.
        TitleCaseLine = 1u << 15,
        /// An ALL-CAPS word opening a line and followed by a comma or a bracket: a dateline
        /// ("HANOI, Vietnam (AP) -").
        Dateline = 1u << 16,
        /// The dictionary (lexicon/dictwords.tsv) lists the word in lower case: an ordinary
        /// word ("Customers" opening a sentence). Looked up for capitalised words only.
        CommonWord = 1u << 17,
        /// The dictionary lists the word capitalised: a name ("Abuja", "Charlene").
        ProperWord = 1u << 18,
    };
    static constexpr int perToken = 40;
    /// The first wordKeys of a token's keys depend on the word alone (NerTokenFacts::exact),
    /// so their weights can be summed once per distinct word of a document; so can the next
    /// neighbourKeys, which depend on one neighbour alone (see Role).
    static constexpr int wordKeys = 16;
    static constexpr int neighbourKeys = 9;
    static constexpr int pairKeys = perToken - wordKeys - neighbourKeys;
    /// What a word is to the token whose keys are made: itself or one of its neighbours.
    enum Role { Self, Previous, Next, BeforePrevious, AfterNext, roleCount };
    /// Stored in the model; bump when features change (6: the PredictionHistory keys).
    static constexpr quint32 version = 6;

    explicit NerFeatures(const Resources &resources);

    /// Fills `facts` (one per token) for the whole document. `times` may be empty.
    void describe(QStringView text, const QList<Token> &tokens, const QList<TimeExpression> &times,
                  std::vector<NerTokenFacts> &facts) const;
    /// Appends perToken keys for every token in [first, end) (one sentence) to `keys`.
    void extract(const std::vector<NerTokenFacts> &facts, int first, int end,
                 std::vector<quint64> &keys) const;
    /// Writes the perToken keys of token `i` of the sentence [first, end) to `out`.
    static void extractToken(const std::vector<NerTokenFacts> &facts, int first, int end, int i,
                             quint64 *out);
    /// The first wordKeys keys of a token (the same as extractToken() writes).
    static void extractWordKeys(const NerTokenFacts &word, quint64 *out);
    /// The neighbourKeys keys that `word` gives a token as its neighbour: out[0], out[1],
    /// out[5], out[6] as Previous, out[2], out[7], out[8] as Next, out[3] as BeforePrevious,
    /// out[4] as AfterNext.
    static void extractNeighbourKeys(const NerTokenFacts &word, quint64 *out);
    /// The pairKeys keys of token `i` that combine it with its neighbours or lexicons.
    static void extractPairKeys(const std::vector<NerTokenFacts> &facts, int first, int end, int i,
                                quint64 *out);
    /// The facts that stand for the positions before the first and after the last token of a
    /// sentence.
    static const NerTokenFacts &outside(bool before);
    /// Whether token `i` of the sentence [first, end) can be part of a name: it or a neighbour
    /// is capitalised or has a digit. Other tokens ("the", "said", "of" between lower-case
    /// words) are outside every name, which spares scoring about two thirds of all tokens.
    static bool isCandidate(const std::vector<NerTokenFacts> &facts, int first, int end, int i);

    /// Hash of a word, lower-cased, as used for `NerTokenFacts::lower`.
    static quint64 hashLower(QStringView word);
    /// Whether givennames.tsv lists the word (its hashLower()).
    bool isGivenName(quint64 hash) const;

private:
    void describeWord(QStringView word, NerTokenFacts &f) const;

    void markGazetteer(QStringView text, const QList<Token> &tokens,
                       std::vector<NerTokenFacts> &facts) const;

    /// The word's TitleWord, GivenName, OrgWord flags (m_lexicon).
    quint32 lexiconFlags(quint64 hash) const;
    /// The word's CommonWord, ProperWord flags (m_dictionary).
    quint32 dictionaryFlags(quint64 hash) const;

    /// The tables' own flag bits (WordFlagTable keeps three).
    enum : quint32 { lexGiven = 1, lexOrg = 2, lexTitle = 4, dictCommon = 1, dictProper = 2 };
    /// hashLower() of title words (the word that ends a title), given names and organization
    /// head words; every token asks it.
    WordFlagTable m_lexicon;
    /// hashLower() of the dictionary's words, as written in lower case (dictCommon) or
    /// capitalised (dictProper); asked for capitalised words only, and kept apart from
    /// m_lexicon so that the small table stays in the cache.
    WordFlagTable m_dictionary;
    /// Brown clusters learnt from unlabeled text (lexicon/wordclusters.tsv): prefixes of a
    /// word's bit string carry what the model learnt about one word to words used alike.
    WordClusterTable m_clusters;
    const Gazetteer *m_gazetteer = nullptr;
    /// Per gazetteer entry: its major type and a hash of its minor type, as markGazetteer()
    /// writes them into NerTokenFacts::gazetteer.
    std::vector<quint32> m_entryTypes;
};

} // namespace lector
