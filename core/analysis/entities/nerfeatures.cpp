// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entities/nerfeatures.h"

#include "analysis/entities/documentcase.h"
#include "analysis/entities/tablememory.h"

#include "lexicon/gazetteer.h"
#include "lexicon/resources.h"
#include "lexicon/titlematcher.h"
#include "lexicon/wordhash.h"

#include <algorithm>

namespace lector {

namespace {

// The word hash of the features is FNV-1a over folded characters (lexicon/wordhash.h, where the
// packed word cluster table is built with it too).
using wordhash::fnvOffset;
using wordhash::lowerFolded;
using wordhash::step;

inline quint64 rotate(quint64 x, int bits)
{
    return (x << bits) | (x >> (64 - bits));
}

// One finaliser over a multiply-mix of the parts: the parts are word hashes or small flag sets,
// so distinct combinations give distinct sums in practice, and splitmix64() spreads the bits.
inline quint64 key(quint64 templ, quint64 a, quint64 b = 0, quint64 c = 0)
{
    return splitmix64(templ * 0x9e3779b97f4a7c15ULL + a + rotate(b, 21) * 0xff51afd7ed558ccdULL +
                      rotate(c, 42) * 0xc4ceb9fe1a85ec53ULL) |
           1;
}

inline char16_t shapeOf(QChar c)
{
    if (c.isUpper())
        return u'X';
    if (c.isLower())
        return u'x';
    if (c.isDigit())
        return u'd';
    if (c.isLetter())
        return u'a';
    return c.unicode();
}

// A long document's facts take tens of megabytes (64 bytes a token), whose first touch costs a
// page fault per 4 KiB: reserved afresh, the region is advised into huge pages before resize()
// writes it.
void reserveFacts(std::vector<NerTokenFacts> &facts, size_t count)
{
    if (facts.capacity() >= count || count * sizeof(NerTokenFacts) < 4 * hugePageBytes)
        return;
    std::vector<NerTokenFacts>().swap(facts);
    facts.reserve(count);
    adviseHugePages(facts.data(), count * sizeof(NerTokenFacts));
}

} // namespace

NerFeatures::NerFeatures(const Resources &resources)
    : m_gazetteer(&resources.gazetteer())
{
    // dictwords.tsv: one row per initial letter, its words separated by spaces.
    const TsvTable &dictionary = resources.table(QStringLiteral("dictwords"));
    qsizetype words = 0;
    for (const TsvTable::Row &row : dictionary.rows())
        words += row.fields.value(1).count(u' ') + 1;
    m_dictionary = WordFlagTable(size_t(words));
    for (const TsvTable::Row &row : dictionary.rows()) {
        for (QStringView word : QStringView(row.fields.value(1)).tokenize(u' ', Qt::SkipEmptyParts))
            m_dictionary.add(hashLower(word), word.front().isUpper() ? dictProper : dictCommon);
    }
    m_clusters = resources.wordClusters(); // finished when the resources are loaded
    m_entryTypes.resize(size_t(m_gazetteer->size()));
    for (int e = 0; e < m_gazetteer->size(); ++e) {
        const GazetteerEntry &entry = m_gazetteer->entry(e);
        m_entryTypes[size_t(e)] =
            (quint32(entry.major) + 1) | ((qHash(entry.minor) & 0xffffu) << 8);
    }
    const TsvTable &given = resources.table(QStringLiteral("givennames"));
    const TsvTable &org = resources.table(QStringLiteral("orgwords"));
    const QStringList titleWords = resources.titleTable().lastWords();
    m_lexicon = WordFlagTable(size_t(given.rows().size() + org.rows().size() + titleWords.size()));
    for (const TsvTable::Row &row : given.rows())
        m_lexicon.add(hashLower(row.fields.first()), lexGiven);
    for (const TsvTable::Row &row : org.rows())
        m_lexicon.add(hashLower(row.fields.first()), lexOrg);
    // A title may have several words ("defence minister"); the word next to the name is the
    // last one, so that is the one the features look for.
    for (const QString &last : titleWords)
        m_lexicon.add(hashLower(last), lexTitle);
}

bool NerFeatures::isGivenName(quint64 hash) const
{
    return (m_lexicon.flags(hash) & lexGiven) != 0;
}

quint32 NerFeatures::lexiconFlags(quint64 hash) const
{
    const quint32 bits = m_lexicon.flags(hash);
    return ((bits & lexGiven) ? GivenName : 0u) | ((bits & lexOrg) ? OrgWord : 0u) |
           ((bits & lexTitle) ? TitleWord : 0u);
}

quint32 NerFeatures::dictionaryFlags(quint64 hash) const
{
    const quint32 bits = m_dictionary.flags(hash);
    return ((bits & dictCommon) ? CommonWord : 0u) | ((bits & dictProper) ? ProperWord : 0u);
}

quint64 NerFeatures::hashLower(QStringView word)
{
    return wordhash::lowerFoldedHash(word);
}

void NerFeatures::describeWord(QStringView word, NerTokenFacts &f) const
{
    quint64 lower = fnvOffset, exact = fnvOffset, shape = fnvOffset;
    char16_t lastShape = 0;
    int shapeLength = 0;
    const qsizetype n = word.size();
    quint32 flags = 0;
    int uppers = 0, letters = 0;
    for (qsizetype k = 0; k < n; ++k) {
        const QChar c = word[k];
        const char16_t u = c.unicode();
        char16_t l, s;
        // Most news text is ASCII: classify it without Unicode tables.
        if (u < 128) {
            const bool upper = u >= u'A' && u <= u'Z', lowerCase = u >= u'a' && u <= u'z';
            const bool digit = u >= u'0' && u <= u'9';
            l = upper ? char16_t(u + 32) : digit ? u'0' : u;
            s = upper ? u'X' : lowerCase ? u'x' : digit ? u'd' : u;
            letters += upper || lowerCase;
            uppers += upper;
            flags |= digit ? HasDigit : u == u'-' ? HasHyphen : u == u'.' ? HasPeriod : 0u;
        } else {
            l = lowerFolded(c);
            s = shapeOf(c);
            letters += c.isLetter();
            uppers += c.isUpper();
            if (c.isDigit())
                flags |= HasDigit;
        }
        lower = step(lower, l);
        exact = step(exact, u);
        if (s != lastShape && shapeLength < 6) {
            shape = step(shape, s);
            lastShape = s;
            ++shapeLength;
        }
    }
    if (n > 0 && word[0].isUpper())
        flags |= InitialCapital;
    if (letters > 0 && uppers == letters)
        flags |= AllCapitals;
    f.lower = lower | 1;
    f.exact = exact | 1;
    f.shape = shape | 1;
    f.flags = flags;
    f.word = word;
    f.gazetteer = 0;
    f.matchEntry = -1;
    f.matchTokens = -1;
    f.cluster = 0;
}

void NerFeatures::describe(QStringView text, const QList<Token> &tokens,
                           const QList<TimeExpression> &times,
                           std::vector<NerTokenFacts> &facts) const
{
    reserveFacts(facts, size_t(tokens.size()));
    facts.resize(size_t(tokens.size())); // describeWord() sets every field

    qsizetype t = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens[i];
        NerTokenFacts &f = facts[size_t(i)];
        const QStringView word = text.mid(token.span.begin, token.span.length());
        describeWord(word, f);
        if (token.startsLine)
            f.flags |= LineStart;
        if (token.kind == TokenKind::Punctuation || token.kind == TokenKind::Symbol)
            f.flags |= Punctuation;
        // "Mr." and "Mr" are the same title word; "Inc." is an organization word as written.
        const quint32 lexicon = lexiconFlags(f.lower);
        f.flags |= lexicon & (GivenName | OrgWord);
        f.flags |=
            (word.endsWith(u'.') ? lexiconFlags(hashLower(word.chopped(1))) : lexicon) & TitleWord;
        if (f.flags & (InitialCapital | AllCapitals))
            f.flags |= dictionaryFlags(f.lower);
        f.cluster = m_clusters.cluster(f.lower);
        while (t < times.size() && times[t].span.end <= token.span.begin)
            ++t;
        if (t < times.size() && times[t].span.overlaps(token.span))
            f.flags |= TimeWord;
    }
    DocumentCase::markLines(tokens, facts);
    DocumentCase::markDocument(tokens, facts);
    markGazetteer(text, tokens, facts);
}

// "Vilnius" (place, city), "New Zealand" (place, country): the longest gazetteer phrase at a
// capitalised token marks its tokens with their position and the entry's types.
void NerFeatures::markGazetteer(QStringView text, const QList<Token> &tokens,
                                std::vector<NerTokenFacts> &facts) const
{
    for (int i = 0; i < tokens.size();) {
        if (!(facts[size_t(i)].flags & InitialCapital)) {
            ++i;
            continue;
        }
        const Gazetteer::Match match = m_gazetteer->longestMatch(text, tokens, i);
        facts[size_t(i)].matchTokens = match.tokens;
        facts[size_t(i)].matchEntry = match.entry;
        if (match.tokens <= 0) {
            ++i;
            continue;
        }
        const quint32 type = m_entryTypes[size_t(match.entry)];
        for (int k = 0; k < match.tokens; ++k) {
            const quint32 position = match.tokens == 1 ? 1 : k == 0 ? 2 : 3;
            facts[size_t(i + k)].gazetteer = type | (position << 4);
        }
        i += match.tokens;
    }
}

bool NerFeatures::isCandidate(const std::vector<NerTokenFacts> &facts, int first, int end, int i)
{
    constexpr quint32 nameLike = InitialCapital | AllCapitals | HasDigit;
    if (facts[size_t(i)].flags & nameLike)
        return true;
    return (i > first && (facts[size_t(i - 1)].flags & nameLike)) ||
           (i + 1 < end && (facts[size_t(i + 1)].flags & nameLike));
}

void NerFeatures::extract(const std::vector<NerTokenFacts> &facts, int first, int end,
                          std::vector<quint64> &keys) const
{
    const size_t at = keys.size();
    keys.resize(at + size_t(end - first) * perToken);
    for (int i = first; i < end; ++i)
        extractToken(facts, first, end, i, keys.data() + at + size_t(i - first) * perToken);
}

void NerFeatures::extractToken(const std::vector<NerTokenFacts> &facts, int first, int end, int i,
                               quint64 *out)
{
    const auto at = [&](int j) -> const NerTokenFacts & {
        return j < first ? outside(true) : j >= end ? outside(false) : facts[size_t(j)];
    };
    extractWordKeys(facts[size_t(i)], out);
    quint64 k[neighbourKeys];
    quint64 *neighbours = out + wordKeys;
    extractNeighbourKeys(at(i - 1), k);
    neighbours[0] = k[0];
    neighbours[1] = k[1];
    neighbours[5] = k[5];
    neighbours[6] = k[6];
    extractNeighbourKeys(at(i + 1), k);
    neighbours[2] = k[2];
    neighbours[7] = k[7];
    neighbours[8] = k[8];
    extractNeighbourKeys(at(i - 2), k);
    neighbours[3] = k[3];
    extractNeighbourKeys(at(i + 2), k);
    neighbours[4] = k[4];
    extractPairKeys(facts, first, end, i, out + wordKeys + neighbourKeys);
}

const NerTokenFacts &NerFeatures::outside(bool before)
{
    static const NerTokenFacts start = [] {
        NerTokenFacts f;
        f.lower = f.exact = f.shape = 0x5151;
        f.cluster = 0x515151;
        return f;
    }();
    static const NerTokenFacts stop = [] {
        NerTokenFacts f;
        f.lower = f.exact = f.shape = 0x7373;
        f.cluster = 0x737373;
        return f;
    }();
    return before ? start : stop;
}

void NerFeatures::extractWordKeys(const NerTokenFacts &w, quint64 *out)
{
    // Hashes of the first and of the last 1..4 lower-cased characters (0 where the word is
    // shorter).
    quint64 prefix[4] = {}, suffix[4] = {};
    const qsizetype n = w.word.size();
    quint64 forward = fnvOffset, backward = fnvOffset;
    for (qsizetype k = 0; k < 4 && k < n; ++k) {
        forward = step(forward, lowerFolded(w.word[k]));
        backward = step(backward, lowerFolded(w.word[n - 1 - k]));
        prefix[k] = forward | 1;
        suffix[k] = backward | 1;
    }
    // Word cluster prefixes of 4, 6 and 10 bits and the whole path (Turian et al. 2010). Since
    // round 9 the shipped wordclusters.tsv holds clusters of pretrained word vectors (GloVe 6B;
    // tools/make_embedding_clusters.sh, resources/README.md); a word it lacks is in cluster 0.
    const quint64 k[wordKeys] = {
        key(0, 0),
        key(1, w.lower),
        key(2, w.exact),
        key(9, w.shape),
        key(13, prefix[0]),
        key(14, prefix[1]),
        key(15, prefix[2]),
        key(16, prefix[3]),
        key(17, suffix[0]),
        key(18, suffix[1]),
        key(19, suffix[2]),
        key(20, suffix[3]),
        key(32, WordClusterTable::prefix(w.cluster, 4)),
        key(33, WordClusterTable::prefix(w.cluster, 6)),
        key(34, WordClusterTable::prefix(w.cluster, 10)),
        key(35, w.cluster),
    };
    std::copy(k, k + wordKeys, out);
}

void NerFeatures::extractNeighbourKeys(const NerTokenFacts &word, quint64 *out)
{
    out[0] = key(3, word.lower);
    out[1] = key(27, word.exact);
    out[2] = key(4, word.lower);
    out[3] = key(5, word.lower);
    out[4] = key(6, word.lower);
    out[5] = key(36, WordClusterTable::prefix(word.cluster, 6));
    out[6] = key(37, word.cluster);
    out[7] = key(38, WordClusterTable::prefix(word.cluster, 6));
    out[8] = key(39, word.cluster);
}

void NerFeatures::extractPairKeys(const std::vector<NerTokenFacts> &facts, int first, int end,
                                  int i, quint64 *out)
{
    const auto at = [&](int j) -> const NerTokenFacts & {
        return j < first ? outside(true) : j >= end ? outside(false) : facts[size_t(j)];
    };
    constexpr quint32 docBits = CapitalsLine | SeenCapitalMid | SeenLower | AfterSentenceEnd |
                                TitleCaseLine | Dateline | CommonWord | ProperWord;
    constexpr quint32 lexBits =
        TimeWord | TitleWord | GivenName | OrgWord | CommonWord | ProperWord;
    constexpr quint32 formBits =
        InitialCapital | AllCapitals | HasDigit | HasHyphen | HasPeriod | LineStart;
    const NerTokenFacts &w = facts[size_t(i)], &p = at(i - 1), &n = at(i + 1);
    const NerTokenFacts &pp = at(i - 2);
    const quint64 start = i == first ? 1 : 0;
    // In a headline the word itself, not its capitals, tells a name from a common word.
    const quint64 caps = (w.flags & CapitalsLine) ? 1 : (w.flags & TitleCaseLine) ? 2 : 0;
    const quint64 k[pairKeys] = {
        key(7, p.lower, w.lower),
        key(8, w.lower, n.lower),
        key(10, p.shape, w.shape),
        key(11, w.shape, n.shape),
        key(12, p.shape, w.shape, n.shape),
        key(21, p.lower, w.shape),
        key(22, w.shape, n.lower),
        key(23, start, w.shape),
        key(24, caps, caps ? w.lower : 0),
        key(25, w.flags & docBits, w.shape),
        key(26, p.flags & TitleWord, pp.flags & TitleWord, w.shape),
        key(28, w.gazetteer),
        key(29, p.gazetteer, w.gazetteer, n.gazetteer),
        key(30, w.flags & lexBits, n.flags & lexBits, w.shape),
        key(31, w.flags & formBits, n.flags & formBits),
    };
    std::copy(k, k + pairKeys, out);
}

} // namespace lector
