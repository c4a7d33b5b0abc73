// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/annotations.h"

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
    quint64 lower = 0;      ///< hash of the lower-cased word, digits folded to '0'
    quint64 exact = 0;      ///< hash of the word as written
    quint64 shape = 0;      ///< hash of the collapsed shape ("Xx", "X.X.", "d-d")
    quint64 prefix[4] = {}; ///< hashes of the first 1..4 lower-cased characters
    quint64 suffix[4] = {}; ///< hashes of the last 1..4 lower-cased characters
    quint32 flags = 0;      ///< NerFeatures::Flag bits
    quint32 gazetteer = 0;  ///< gazetteer match: position (B/I) and category, 0 when none
    /// Gazetteer::longestMatch() at this token when describe() looked it up (matchTokens >= 0),
    /// so that later users need not look again.
    qint32 matchEntry = -1;
    qint32 matchTokens = -1;
};

/// Turns the tokens of a document into hashed feature keys for the SequenceModel.
///
/// Shared by the EntityRecogniser and the trainer (tools/train), so both see exactly the same
/// features. Every token gets `perToken` keys; none of the work allocates per token. Knowledge
/// (title words, given names, organization words, gazetteer entries) comes from Resources,
/// which must outlive this object. Const and thread-safe.
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
    };
    static constexpr int perToken = 32;
    static constexpr quint32 version = 1; ///< stored in the model; bump when features change

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
    /// Whether token `i` of the sentence [first, end) can be part of a name: it or a neighbour
    /// is capitalised or has a digit. Other tokens ("the", "said", "of" between lower-case
    /// words) are outside every name, which spares scoring about two thirds of all tokens.
    static bool isCandidate(const std::vector<NerTokenFacts> &facts, int first, int end, int i);

    /// Whether the lower-cased word is a title or honorific word.
    bool isTitleWord(QStringView word) const;
    /// Hash of a word, lower-cased, as used for `NerTokenFacts::lower`.
    static quint64 hashLower(QStringView word);

private:
    void describeWord(QStringView word, NerTokenFacts &f) const;
    void markLines(const QList<Token> &tokens, std::vector<NerTokenFacts> &facts) const;
    void markDocument(QStringView text, const QList<Token> &tokens,
                      std::vector<NerTokenFacts> &facts) const;

    void markGazetteer(QStringView text, const QList<Token> &tokens,
                       std::vector<NerTokenFacts> &facts) const;

    QSet<quint64> m_titleWords; ///< hashLower() of every word that ends a title
    QSet<quint64> m_givenNames; ///< hashLower() of given names
    QSet<quint64> m_orgWords;   ///< hashLower() of organization head words
    const Gazetteer *m_gazetteer = nullptr;
};

} // namespace lector
