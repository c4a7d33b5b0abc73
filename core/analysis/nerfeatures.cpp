// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/nerfeatures.h"

#include "lexicon/gazetteer.h"
#include "lexicon/resources.h"

#include <algorithm>

namespace lector {

namespace {

constexpr quint64 fnvOffset = 14695981039346656037ULL;
constexpr quint64 fnvPrime = 1099511628211ULL;

inline quint64 step(quint64 h, char16_t c)
{
    return (h ^ c) * fnvPrime;
}

inline quint64 finish(quint64 x)
{
    // splitmix64 finaliser: spreads the bits so that keys hash well in open addressing.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

inline quint64 key(quint64 templ, quint64 a, quint64 b = 0, quint64 c = 0)
{
    return finish(finish(finish(templ * 0x100000001b3ULL ^ a) ^ b) + c) | 1;
}

inline char16_t lowerFolded(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128) {
        if (u >= u'A' && u <= u'Z')
            return char16_t(u + 32);
        if (u >= u'0' && u <= u'9')
            return u'0';
        return u;
    }
    if (c.isDigit())
        return u'0';
    return c.toLower().unicode();
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

// Open-addressing set of non-zero hashes for one document (no allocation per insert).
class HashSet
{
public:
    explicit HashSet(qsizetype n)
    {
        qsizetype cap = 16;
        while (cap < 2 * n)
            cap *= 2;
        m_slots.assign(size_t(cap), 0);
    }
    void insert(quint64 h)
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(finish(h)) & mask;; i = (i + 1) & mask) {
            if (m_slots[i] == h)
                return;
            if (m_slots[i] == 0) {
                m_slots[i] = h;
                return;
            }
        }
    }
    bool contains(quint64 h) const
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(finish(h)) & mask;; i = (i + 1) & mask) {
            if (m_slots[i] == h)
                return true;
            if (m_slots[i] == 0)
                return false;
        }
    }

private:
    std::vector<quint64> m_slots;
};

} // namespace

NerFeatures::NerFeatures(const Resources &resources)
    : m_gazetteer(&resources.gazetteer())
{
    for (const TsvTable::Row &row : resources.table(QStringLiteral("givennames")).rows())
        m_givenNames.insert(hashLower(row.fields.first()));
    for (const TsvTable::Row &row : resources.table(QStringLiteral("orgwords")).rows())
        m_orgWords.insert(hashLower(row.fields.first()));
    // A title may have several words ("defence minister"); the word next to the name is the
    // last one, so that is the one the features look for.
    for (const TsvTable::Row &row : resources.table(QStringLiteral("titles")).rows()) {
        const QString title = row.fields.first().trimmed();
        const qsizetype space = title.lastIndexOf(u' ');
        QStringView last = QStringView(title).mid(space + 1);
        if (last.endsWith(u'.'))
            last.chop(1);
        if (!last.isEmpty())
            m_titleWords.insert(hashLower(last));
    }
}

quint64 NerFeatures::hashLower(QStringView word)
{
    quint64 h = fnvOffset;
    for (QChar c : word)
        h = step(h, lowerFolded(c));
    return h | 1;
}

bool NerFeatures::isTitleWord(QStringView word) const
{
    if (word.endsWith(u'.'))
        word.chop(1);
    return m_titleWords.contains(hashLower(word));
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
        const char16_t l = lowerFolded(c);
        lower = step(lower, l);
        exact = step(exact, c.unicode());
        if (k < 4)
            f.prefix[k] = lower | 1;
        const char16_t s = shapeOf(c);
        if (s != lastShape && shapeLength < 6) {
            shape = step(shape, s);
            lastShape = s;
            ++shapeLength;
        }
        letters += c.isLetter();
        uppers += c.isUpper();
        if (c.isDigit())
            flags |= HasDigit;
        else if (c == u'-')
            flags |= HasHyphen;
        else if (c == u'.')
            flags |= HasPeriod;
    }
    for (qsizetype k = n; k < 4; ++k)
        f.prefix[k] = 0;
    quint64 suffix = fnvOffset;
    for (qsizetype k = 0; k < 4; ++k) {
        if (k < n)
            suffix = step(suffix, lowerFolded(word[n - 1 - k]));
        f.suffix[k] = k < n ? (suffix | 1) : 0;
    }
    if (n > 0 && word[0].isUpper())
        flags |= InitialCapital;
    if (letters > 0 && uppers == letters)
        flags |= AllCapitals;
    f.lower = lower | 1;
    f.exact = exact | 1;
    f.shape = shape | 1;
    f.flags = flags;
}

void NerFeatures::describe(QStringView text, const QList<Token> &tokens,
                           const QList<TimeExpression> &times,
                           std::vector<NerTokenFacts> &facts) const
{
    facts.assign(size_t(tokens.size()), NerTokenFacts());
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
        if (m_titleWords.contains(word.endsWith(u'.') ? hashLower(word.chopped(1)) : f.lower))
            f.flags |= TitleWord;
        if (m_givenNames.contains(f.lower))
            f.flags |= GivenName;
        if (m_orgWords.contains(f.lower))
            f.flags |= OrgWord;
        while (t < times.size() && times[t].span.end <= token.span.begin)
            ++t;
        if (t < times.size() && times[t].span.overlaps(token.span))
            f.flags |= TimeWord;
    }
    markLines(tokens, facts);
    markDocument(text, tokens, facts);
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
        const GazetteerEntry &entry = m_gazetteer->entry(match.entry);
        const quint32 type = (quint32(entry.major) + 1) | ((qHash(entry.minor) & 0xffffu) << 8);
        for (int k = 0; k < match.tokens; ++k) {
            const quint32 position = match.tokens == 1 ? 1 : k == 0 ? 2 : 3;
            facts[size_t(i + k)].gazetteer = type | (position << 4);
        }
        i += match.tokens;
    }
}

// A headline or dateline written in capitals ("RUSSIA BEATS FRANCE IN FINAL") says nothing
// through its capitals, so the model must learn to read such lines differently.
void NerFeatures::markLines(const QList<Token> &tokens, std::vector<NerTokenFacts> &facts) const
{
    const qsizetype n = tokens.size();
    qsizetype lineBegin = 0;
    while (lineBegin < n) {
        qsizetype lineEnd = lineBegin + 1;
        while (lineEnd < n && !tokens[lineEnd].startsLine)
            ++lineEnd;
        int capitals = 0, lower = 0;
        for (qsizetype i = lineBegin; i < lineEnd; ++i) {
            const quint32 fl = facts[size_t(i)].flags;
            if (tokens[i].kind != TokenKind::Word)
                continue;
            if (fl & AllCapitals)
                capitals += tokens[i].span.length() > 1;
            else
                ++lower;
        }
        if (capitals > 0 && lower == 0) {
            for (qsizetype i = lineBegin; i < lineEnd; ++i)
                facts[size_t(i)].flags |= CapitalsLine;
        }
        lineBegin = lineEnd;
    }
}

// A word that opens a sentence or stands in a headline is capitalised anyway; how the same word
// is written elsewhere in the article tells a name ("Mr Hill said" ... "HILL WINS") from a
// common word ("the hill").
void NerFeatures::markDocument(QStringView text, const QList<Token> &tokens,
                               std::vector<NerTokenFacts> &facts) const
{
    Q_UNUSED(text);
    HashSet capitalMid(tokens.size()), lower(tokens.size());
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        NerTokenFacts &f = facts[size_t(i)];
        const bool afterEnd =
            i == 0 || tokens[i].startsLine || (facts[size_t(i - 1)].flags & Punctuation);
        if (afterEnd)
            f.flags |= AfterSentenceEnd;
        if (tokens[i].kind != TokenKind::Word || (f.flags & CapitalsLine))
            continue;
        if ((f.flags & InitialCapital) && !afterEnd)
            capitalMid.insert(f.lower);
        else if (!(f.flags & InitialCapital))
            lower.insert(f.lower);
    }
    for (NerTokenFacts &f : facts) {
        if (capitalMid.contains(f.lower))
            f.flags |= SeenCapitalMid;
        if (lower.contains(f.lower))
            f.flags |= SeenLower;
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
    static const NerTokenFacts before = [] {
        NerTokenFacts f;
        f.lower = f.exact = f.shape = 0x5151;
        return f;
    }();
    static const NerTokenFacts after = [] {
        NerTokenFacts f;
        f.lower = f.exact = f.shape = 0x7373;
        return f;
    }();
    auto at = [&](int j) -> const NerTokenFacts & {
        return j < first ? before : j >= end ? after : facts[size_t(j)];
    };
    constexpr quint32 docBits = CapitalsLine | SeenCapitalMid | SeenLower | AfterSentenceEnd;
    constexpr quint32 lexBits = TimeWord | TitleWord | GivenName | OrgWord;
    constexpr quint32 formBits =
        InitialCapital | AllCapitals | HasDigit | HasHyphen | HasPeriod | LineStart;
    const NerTokenFacts &w = facts[size_t(i)], &p = at(i - 1), &n = at(i + 1);
    const NerTokenFacts &pp = at(i - 2), &nn = at(i + 2);
    const quint64 start = i == first ? 1 : 0;
    const quint64 caps = (w.flags & CapitalsLine) ? 1 : 0;
    const quint64 k[perToken] = {
        key(0, 0),
        key(1, w.lower),
        key(2, w.exact),
        key(3, p.lower),
        key(4, n.lower),
        key(5, pp.lower),
        key(6, nn.lower),
        key(7, p.lower, w.lower),
        key(8, w.lower, n.lower),
        key(9, w.shape),
        key(10, p.shape, w.shape),
        key(11, w.shape, n.shape),
        key(12, p.shape, w.shape, n.shape),
        key(13, w.prefix[0]),
        key(14, w.prefix[1]),
        key(15, w.prefix[2]),
        key(16, w.prefix[3]),
        key(17, w.suffix[0]),
        key(18, w.suffix[1]),
        key(19, w.suffix[2]),
        key(20, w.suffix[3]),
        key(21, p.lower, w.shape),
        key(22, w.shape, n.lower),
        key(23, start, w.shape),
        key(24, caps, caps ? w.lower : 0),
        key(25, w.flags & docBits, w.shape),
        key(26, p.flags & TitleWord, pp.flags & TitleWord, w.shape),
        key(27, p.exact),
        key(28, w.gazetteer),
        key(29, p.gazetteer, w.gazetteer, n.gazetteer),
        key(30, w.flags & lexBits, n.flags & lexBits, w.shape),
        key(31, w.flags & formBits, n.flags & formBits),
    };
    std::copy(k, k + perToken, out);
}

} // namespace lector
