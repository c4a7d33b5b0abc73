// SPDX-License-Identifier: GPL-3.0-or-later
// EntityRecogniser: names the model cuts in pieces (round 21): firms joined by "&" ("Pratt &
// Whitney": ampersandNames()) and names of other languages that open with their head word
// ("Estadio Jose Amalfitani", "Palacio de la Moneda": foreignHeadNames()).
#include "analysis/entities/entityrecogniser.h"
#include "analysis/entities/mentionorder.h"

#include "lexicon/gazetteer.h"
#include "lexicon/resources.h"
#include "lexicon/tsvtable.h"
#include "text/tokenizer.h"

#include <algorithm>

namespace lector {

namespace {

// The bit of EntityRecogniser::m_foreignHeadBits that a word's hashLower() sets.
unsigned foreignHeadBit(quint64 lower)
{
    return unsigned(lower >> 17) & 1023u;
}

bool hasBit(const std::array<quint64, 16> &bits, unsigned bit)
{
    return (bits[bit >> 6] >> (bit & 63u)) & 1u;
}

// The mentions of the article while a pass replaces some of them by whole names (round 21
// mend: each replacement sorted all mentions again, and each look-up scanned them from the
// start, quadratic in the names of a long text). The pass asks about spans that begin in text
// order; the mentions that end before the span asked about are moved to `m_done` on the way,
// with the replacements, and the rest are looked at from `m_next` on. finish() puts them back
// in text order once.
class MentionEdits
{
public:
    explicit MentionEdits(QList<Mention> &mentions)
        : m_mentions(mentions)
    {
        m_rest.swap(mentions);
    }
    MentionEdits(const MentionEdits &) = delete;
    MentionEdits &operator=(const MentionEdits &) = delete;
    ~MentionEdits() { finish(); }

    // The mentions that overlap `span`, in text order (no span asked about later may begin
    // before it).
    QList<Mention> overlapping(const Span &span)
    {
        skipBefore(span);
        QList<Mention> found;
        if (m_lastReplacement >= 0 && m_done[m_lastReplacement].span.overlaps(span))
            found.append(m_done[m_lastReplacement]);
        for (qsizetype i = m_next; i < m_rest.size() && m_rest[i].span.begin < span.end; ++i) {
            if (m_rest[i].span.overlaps(span))
                found.append(m_rest[i]);
        }
        return found;
    }

    // Replaces every mention that overlaps `span` (none of an earlier replacement) by one
    // mention of `type` (the mentions inside it are pieces of the one name); `removed` is
    // called with each mention it replaces.
    template<typename Removed> void replace(const Span &span, EntityType type, Removed removed)
    {
        skipBefore(span);
        for (; m_next < m_rest.size() && m_rest[m_next].span.begin < span.end; ++m_next) {
            if (m_rest[m_next].span.overlaps(span))
                removed(m_rest[m_next]);
            else
                m_done.append(m_rest[m_next]);
        }
        Mention mention;
        mention.span = span;
        mention.type = type;
        mention.source = MentionSource::Model;
        m_lastReplacement = m_done.size();
        m_done.append(mention);
    }

private:
    void skipBefore(const Span &span)
    {
        for (; m_next < m_rest.size() && m_rest[m_next].span.end <= span.begin; ++m_next)
            m_done.append(m_rest[m_next]);
    }

    void finish()
    {
        if (m_lastReplacement < 0) { // nothing replaced: the list as it was
            m_mentions.swap(m_rest);
            return;
        }
        m_done.append(QList<Mention>(m_rest.cbegin() + m_next, m_rest.cend()));
        sortMentions(m_done);
        m_mentions.swap(m_done);
    }

    QList<Mention> &m_mentions;
    QList<Mention> m_rest;
    QList<Mention> m_done;
    qsizetype m_next = 0;
    qsizetype m_lastReplacement = -1;
};

// Whether the mentions `overlapping` a span all lie inside it, at least one does, and none is
// the whole span already of a type that `stands` ("Procter & Gamble" typed a person or "other"
// is the firm, and "Banco Nacional" typed a person the bank; but the model's place or
// organization of a whole foreign name stands: "the Hôpital Cochin" a place, "the Théâtre
// National Populaire" an organization); `places` tells whether all of them are places.
template<typename Stands>
bool piecesInside(const QList<Mention> &overlapping, const Span &span, Stands stands, bool *places)
{
    *places = true;
    for (const Mention &m : overlapping) {
        if (m.span.begin < span.begin || m.span.end > span.end || (m.span == span && stands(m)))
            return false;
        *places = *places && m.type == EntityType::Place;
    }
    return !overlapping.isEmpty();
}

// Whether a personal pronoun follows the token `k` in its sentence, within a few words
// ("Castillo Terrones said he would appeal").
bool personalPronounAfter(const QList<Token> &tokens, const std::vector<NerTokenFacts> &facts,
                          int k)
{
    static constexpr QStringView personal[] = {u"he", u"she", u"his", u"her", u"him"};
    for (int i = k + 1; i < tokens.size() && i <= k + 8; ++i) {
        const QStringView w = facts[size_t(i)].word;
        if (w == u"." || w == u"!" || w == u"?")
            return false;
        for (QStringView p : personal) {
            if (w.compare(p, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

// lexicon/foreignheads.tsv: the head words that open a name of another language, by the type
// they give it, and the lower-case words between its capitalised words.
void EntityRecogniser::loadForeignHeads(const Resources &resources)
{
    const TsvTable &table = resources.table(QStringLiteral("foreignheads"));
    for (const TsvTable::Row &row : table.rows()) {
        const quint64 word = NerFeatures::hashLower(row.fields.value(0));
        const QString &type = row.fields.value(1);
        if (type == u"join")
            m_foreignJoins.insert(word);
        else if (type == u"place" || type == u"organization")
            m_foreignHeads.insert(word,
                                  type == u"place" ? EntityType::Place : EntityType::Organization);
        else
            qWarning("%s, line %d: the type \"%s\" of \"%s\" is none of place, organization, "
                     "join; the row is left out.",
                     qUtf8Printable(table.path()), row.line, qUtf8Printable(type),
                     qUtf8Printable(row.fields.value(0)));
    }
    for (auto it = m_foreignHeads.cbegin(); it != m_foreignHeads.cend(); ++it) {
        const unsigned bit = foreignHeadBit(it.key());
        m_foreignHeadBits[bit >> 6] |= quint64(1) << (bit & 63u);
    }
}

// "Pratt & Whitney", "Halvorsen & Brandt", "Ernst & Young": capitalised words (at most three)
// on both sides of an "&" written apart, on one line, are one organization's name, whatever
// pieces the model made of them (people, a place), when it made at least one and none reaches
// beyond them (peopleAroundAmpersand() says when they are people). Not places alone ("Sydney &
// Melbourne"), unless the gazetteer lists the whole name ("Trinidad & Tobago", then of its type).
// The words after "&" end at a title of titles.tsv ("Pratt & Whitney President Hale", round 21
// mend).
// "AT&T" is one token and the model's already.
void EntityRecogniser::ampersandNames(Analysis &analysis,
                                      const std::vector<NerTokenFacts> &facts) const
{
    const QList<Token> &tokens = analysis.tokens;
    const auto word = [&](int k) {
        return isHeadRunWord(tokens, facts, k) && !tokens[k].startsLine;
    };
    const auto nextToAmpersand = [&](int i) {
        return (i > 0 && facts[size_t(i - 1)].word == u"&") ||
               (i + 1 < tokens.size() && facts[size_t(i + 1)].word == u"&");
    };
    // The words the article names alone as a person, each with its number of mentions, away
    // from an "&" (counted once here, not looked for among all mentions at each "&").
    QHash<quint64, int> lonePeople;
    const auto loneWordOf = [&](const Mention &m) {
        if (m.type != EntityType::Person)
            return -1;
        const int f = tokenAt(tokens, m.span.begin);
        return f == tokenAt(tokens, m.span.end - 1) && !nextToAmpersand(f) ? f : -1;
    };
    for (const Mention &m : std::as_const(analysis.mentions)) {
        if (const int f = loneWordOf(m); f >= 0)
            ++lonePeople[facts[size_t(f)].lower];
    }
    MentionEdits edits(analysis.mentions);
    for (int k = 1; k + 1 < tokens.size(); ++k) {
        const QStringView ampersand = facts[size_t(k)].word;
        if (ampersand.size() != 1 || ampersand.front() != u'&' ||
            !isHeadRunWord(tokens, facts, k - 1) || !word(k + 1) ||
            tokens[k].span.begin == tokens[k - 1].span.end)
            continue;
        int first = k - 1;
        while (first > 0 && k - first < 3 && !tokens[first].startsLine && word(first - 1))
            --first;
        // "Yesterday Pratt & Whitney", "In Carrano & Biewener's study": an ordinary word
        // opening the sentence is no part of it, but the word before "&" always is ("Marks &
        // Spencer" opening a sentence).
        first = std::min(headRunStart(tokens, facts, first, k), k - 1);
        if (first < k - 1 && (facts[size_t(first)].flags & NerFeatures::AfterSentenceEnd) &&
            (facts[size_t(first)].flags & NerFeatures::SeenLower))
            ++first;
        int end = k + 2;
        while (end < tokens.size() && end - k < 4 && word(end) &&
               !(facts[size_t(end)].flags & NerFeatures::TitleWord))
            ++end;
        const auto lone = [&](int i) { return lonePeople.value(facts[size_t(i)].lower) > 0; };
        if (peopleAroundAmpersand(analysis, facts, first, k, end) || lone(k - 1) || lone(k + 1) ||
            fullNameBefore(tokens,
                           edits.overlapping({tokens[first].span.begin, tokens[k - 1].span.end}),
                           first, k))
            continue;
        const Span span{tokens[first].span.begin, tokens[end - 1].span.end};
        const NerTokenFacts &f = facts[size_t(first)];
        const bool listed = f.matchTokens == end - first;
        const EntityType type =
            listed ? m_gazetteer->entry(f.matchEntry).major : EntityType::Organization;
        bool places = false;
        const auto firm = [](const Mention &m) { return m.type == EntityType::Organization; };
        if (!piecesInside(edits.overlapping(span), span, firm, &places) || (places && !listed))
            continue;
        edits.replace(span, type, [&](const Mention &m) {
            if (const int i = loneWordOf(m); i >= 0)
                --lonePeople[facts[size_t(i)].lower];
        });
        k = end - 1;
    }
}

// Whether the names [first, k) and [k + 1, end) around the "&" at `k` are people or authors, not
// one firm, by their words: a given name on both sides of it ("Tom & Jerry", "Prez Jim & Sarah");
// a first name that opens with a given name and has two words or more ("Anna Berg & Tom Hale"); a
// title after "&"; authors cited with a year or a reference number ("(Dye & Bavelier, 2010)",
// "(Baron & Beresford 2014)", "Carrano & Biewener [7]"). ampersandNames() adds the mentions: the
// model typed a person's full name before "&" ("Rudy Giuliani & Sen. Jeff Sessions",
// fullNameBefore()), or the article names a word next to "&" alone as a person elsewhere
// ("Carrano and Biewener").
bool EntityRecogniser::peopleAroundAmpersand(const Analysis &analysis,
                                             const std::vector<NerTokenFacts> &facts, int first,
                                             int k, int end)
{
    const QList<Token> &tokens = analysis.tokens;
    const auto flags = [&facts](int i) { return facts[size_t(i)].flags; };
    if (((flags(k - 1) & NerFeatures::GivenName) && (flags(k + 1) & NerFeatures::GivenName)) ||
        ((flags(first) & NerFeatures::GivenName) && k - first >= 2) ||
        (flags(k + 1) & NerFeatures::TitleWord))
        return true;
    if (end < tokens.size()) {
        const QStringView after = facts[size_t(end)].word;
        const int year = (after == u"," || after == u"(") ? end + 1 : end;
        if (after == u"[" || (year < tokens.size() && tokens[year].kind == TokenKind::Number &&
                              facts[size_t(year)].word.size() >= 4))
            return true;
    }
    return false;
}

// Whether one of the mentions `overlapping` the words [first, k) before an "&" is a person's name
// of two words or more inside them.
bool EntityRecogniser::fullNameBefore(const QList<Token> &tokens, const QList<Mention> &overlapping,
                                      int first, int k)
{
    for (const Mention &m : overlapping) {
        if (m.type != EntityType::Person)
            continue;
        const int f = tokenAt(tokens, m.span.begin), l = tokenAt(tokens, m.span.end - 1);
        if (l > f && f >= first && l < k)
            return true;
    }
    return false;
}

// "at the Estadio Jose Amalfitani", "the Palacio de la Moneda", "Banco Santander" (round 21): a
// head word of lexicon/foreignheads.tsv and the capitalised words after it (with at most two of
// its lower-case joins between two of them: "de la"; up to a title of titles.tsv: "Banco
// Santander Chairman Ana Botin", round 21 mend) are one name of the head word's type (the
// gazetteer's, when it lists the whole name), whatever pieces the model made of it, when no mention
// reaches beyond it. A name the model found whole keeps the model's type, a person's only with a
// personal pronoun after it ("Banco Nacional" typed a person is the bank). The model, trained on
// English names, ends the name at the head word ("Estadio" an organization, "Jose Amalfitani" a
// person) or leaves it out.
void EntityRecogniser::foreignHeadNames(Analysis &analysis,
                                        const std::vector<NerTokenFacts> &facts) const
{
    const QList<Token> &tokens = analysis.tokens;
    const auto join = [&](int k) {
        return k < tokens.size() && tokens[k].kind == TokenKind::Word &&
               !(facts[size_t(k)].flags & NerFeatures::InitialCapital) &&
               m_foreignJoins.contains(facts[size_t(k)].lower);
    };
    MentionEdits edits(analysis.mentions);
    for (int i = 0; i + 1 < tokens.size(); ++i) {
        if (!(facts[size_t(i)].flags & NerFeatures::InitialCapital) ||
            !hasBit(m_foreignHeadBits, foreignHeadBit(facts[size_t(i)].lower)))
            continue;
        const auto head = m_foreignHeads.constFind(facts[size_t(i)].lower);
        if (head == m_foreignHeads.cend() || !isHeadRunWord(tokens, facts, i))
            continue;
        int end = i + 1;
        while (end < tokens.size() && end - i < 6) {
            int k = end;
            while (k - end < 2 && join(k))
                ++k;
            if (!isHeadRunWord(tokens, facts, k) || tokens[k].startsLine ||
                (facts[size_t(k)].flags & NerFeatures::TitleWord))
                break;
            end = k + 1;
        }
        const NerTokenFacts &f = facts[size_t(i)];
        if (end - i < 2)
            continue;
        const Span span{tokens[i].span.begin, tokens[end - 1].span.end};
        const EntityType type =
            f.matchTokens == end - i ? m_gazetteer->entry(f.matchEntry).major : *head;
        bool places = false;
        const QList<Mention> overlapping = edits.overlapping(span);
        // Left out by the model altogether (no mention overlaps it): the head word says it is
        // a name.
        // A whole name of the model stands but a person's with no personal pronoun after it
        // (round 21 mend: "The Club World Cup final" stays "other", "Castillo Terrones said he
        // would appeal" a person).
        const auto stands = [&](const Mention &m) {
            return m.type != EntityType::Person || personalPronounAfter(tokens, facts, end - 1);
        };
        if (overlapping.isEmpty() || piecesInside(overlapping, span, stands, &places))
            edits.replace(span, type, [](const Mention &) {});
        i = end - 1;
    }
}

} // namespace lector
