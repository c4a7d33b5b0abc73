// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon/gazetteer.h"

#include "lexicon/resources.h"
#include "text/tokenizer.h"

#include <algorithm>

namespace lector {

namespace {

// File priority when two files list the same phrase: "Georgia" is first the country
// (countries.tsv), then the US state (subdivisions.tsv). Files not listed come last, by name.
constexpr const char16_t *preferredTables[] = {
    u"countries", u"places_extra",     u"regions",      u"organizations",
    u"demonyms",  u"former_countries", u"subdivisions", u"cities",
};

// Case-folded FNV-1a hash, so "CHINA" and "China" land in the same bucket and the ALL-CAPS
// fall-back needs no second index. Allocation-free.
size_t foldedHash(QStringView word)
{
    size_t hash = 1469598103934665603ull;
    for (QChar c : word) {
        char16_t u = c.unicode();
        if (u < 128) {
            if (u >= u'A' && u <= u'Z')
                u = char16_t(u + 32);
        } else {
            u = c.toCaseFolded().unicode();
        }
        hash = (hash ^ u) * 1099511628211ull;
    }
    return hash;
}

bool parseMajor(QStringView text, EntityType *type)
{
    if (text == u"person")
        *type = EntityType::Person;
    else if (text == u"place")
        *type = EntityType::Place;
    else if (text == u"organization")
        *type = EntityType::Organization;
    else if (text == u"other")
        *type = EntityType::Other;
    else
        return false;
    return true;
}

// An upper-case word of two or more letters ("SUMMIT", "U.S."), not "A" or "I".
bool isCapsWord(QStringView word)
{
    int letters = 0;
    for (QChar c : word) {
        if (c.isLower())
            return false;
        if (c.isLetter())
            ++letters;
    }
    return letters >= 2;
}

// The ALL-CAPS fall-back applies inside a run of upper-case words, a headline such as
// "TALKS IN BEIJING END", and to a dateline ("LONDON 1996-08-22", "MOSCOW (Reuters) -"),
// never to a lone acronym in ordinary text.
bool inCapsText(QStringView text, const QList<Token> &tokens, int index)
{
    auto word = [&](int i) { return text.sliced(tokens[i].span.begin, tokens[i].span.length()); };
    if (!isCapsWord(word(index)))
        return false;
    if (tokens[index].startsLine)
        return true;
    for (int i : {index - 1, index + 1}) {
        if (i >= 0 && i < tokens.size() && tokens[i].kind == TokenKind::Word && isCapsWord(word(i)))
            return true;
    }
    return false;
}

bool hasNonAscii(QStringView word)
{
    for (QChar c : word) {
        if (c.unicode() >= 128)
            return true;
    }
    return false;
}

// "Łódź" -> "Lodz", "Mérida" -> "Merida": the word without its diacritics, as the gazetteer's
// ASCII names write it. Letters that do not decompose are mapped by hand.
QString withoutDiacritics(QStringView word)
{
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        switch (c.unicode()) {
        case u'\u0141':
            out.append(u'L');
            break; // Ł
        case u'\u0142':
            out.append(u'l');
            break;
        case u'\u00d8':
            out.append(u'O');
            break; // Ø
        case u'\u00f8':
            out.append(u'o');
            break;
        case u'\u0110':
            out.append(u'D');
            break; // Đ
        case u'\u0111':
            out.append(u'd');
            break;
        case u'\u0131':
            out.append(u'i');
            break; // dotless i
        case u'\u00df':
            out.append(u"ss");
            break;
        case u'\u00c6':
            out.append(u"AE");
            break;
        case u'\u00e6':
            out.append(u"ae");
            break;
        case u'\u0152':
            out.append(u"OE");
            break;
        case u'\u0153':
            out.append(u"oe");
            break;
        default:
            if (c.category() != QChar::Mark_NonSpacing)
                out.append(c);
        }
    }
    return out;
}

} // namespace

QStringView GazetteerEntry::valueIn(QStringView all, QStringView key)
{
    // A scan instead of split(): this runs for each of the tens of thousands of cities at
    // start-up, and a list per call was a tenth of the gazetteer's loading time.
    for (qsizetype at = 0; at < all.size();) {
        qsizetype end = all.indexOf(QChar(u';'), at);
        if (end < 0)
            end = all.size();
        const QStringView item = all.sliced(at, end - at);
        if (item.size() > key.size() && item.startsWith(key) && item[key.size()] == u'=')
            return item.sliced(key.size() + 1);
        at = end + 1;
    }
    return {};
}

Gazetteer::Gazetteer(const Resources &resources)
{
    QStringList names;
    for (const char16_t *name : preferredTables)
        names.append(QString::fromUtf16(name));
    QStringList others;
    for (const QString &name : resources.tableNames()) {
        if (resources.table(name).path().contains(u"/gazetteer/") && !names.contains(name))
            others.append(name);
    }
    others.sort();
    names += others;
    // "Lima", "New York": a city of a million people comes before the province or state of
    // the same name, which comes before smaller towns.
    const int bigCityRank = 2 * int(names.indexOf(u"subdivisions"_qs)) - 1;
    for (int i = 0; i < names.size(); ++i) {
        if (!resources.hasTable(names[i]))
            continue;
        m_error = addTable(resources.table(names[i]), 2 * i, bigCityRank);
        if (!m_error.isEmpty())
            return;
    }
    m_pool.squeeze();
    // Longest first, then by rank; a stable sort keeps row order among equals.
    for (QList<int> &bucket : m_byFirstWord) {
        std::stable_sort(bucket.begin(), bucket.end(), [this](int a, int b) {
            const Phrase &pa = m_phrases[a];
            const Phrase &pb = m_phrases[b];
            return pa.wordCount != pb.wordCount ? pa.wordCount > pb.wordCount : pa.rank < pb.rank;
        });
    }
}

QString Gazetteer::addTable(const TsvTable &table, int rank, int bigCityRank)
{
    for (const TsvTable::Row &row : table.rows()) {
        GazetteerEntry entry;
        const QString phrase = row.fields.value(0).trimmed();
        entry.canonical = row.fields.value(1).trimmed();
        if (phrase.isEmpty() || entry.canonical.isEmpty() ||
            !parseMajor(row.fields.value(2), &entry.major)) {
            return QStringLiteral("The gazetteer file %1 has a bad row on line %2: it needs a "
                                  "phrase, a canonical name and a type of person, place, "
                                  "organization or other.")
                .arg(table.path())
                .arg(row.line);
        }
        entry.minor = row.fields.value(3);
        entry.extra = row.fields.value(4);
        entry.population = entry.value(u"pop").toLongLong();
        Phrase p;
        p.rank = entry.isCityOf(millionCity) ? std::min(rank, bigCityRank) : rank;
        p.entry = addEntry(std::move(entry));
        p.firstWord = int(m_words.size());
        for (const Token &token : Tokenizer::tokenize(phrase)) {
            m_words.append({int(m_pool.size()), int(token.span.length())});
            m_pool.append(QStringView(phrase).sliced(token.span.begin, token.span.length()));
        }
        p.wordCount = int(m_words.size()) - p.firstWord;
        m_byFirstWord[foldedHash(word(p.firstWord))].append(int(m_phrases.size()));
        m_phrases.append(p);
    }
    return {};
}

int Gazetteer::addEntry(GazetteerEntry entry)
{
    const size_t key = qHashMulti(0, entry.canonical, int(entry.major), entry.minor, entry.extra);
    for (auto it = m_entryIndex.constFind(key); it != m_entryIndex.cend() && it.key() == key;
         ++it) {
        const GazetteerEntry &known = m_entries[*it];
        if (known.canonical == entry.canonical && known.major == entry.major &&
            known.minor == entry.minor && known.extra == entry.extra)
            return *it;
    }
    m_entries.append(std::move(entry));
    m_entryIndex.insert(key, int(m_entries.size()) - 1);
    return int(m_entries.size()) - 1;
}

bool Gazetteer::matches(const Phrase &phrase, QStringView text, const QList<Token> &tokens,
                        int first, bool caps) const
{
    if (first + phrase.wordCount > tokens.size())
        return false;
    // Lengths and line starts first, without reading a character: most phrases of a bucket
    // share their first word and differ in a later one ("New York" at "New Zealand"), and
    // neither comparison below can match words of different lengths.
    for (int i = 0; i < phrase.wordCount; ++i) {
        const Token &token = tokens[first + i];
        if ((i > 0 && token.startsLine) ||
            token.span.length() != m_words[phrase.firstWord + i].length)
            return false;
    }
    for (int i = 0; i < phrase.wordCount; ++i) {
        const Token &token = tokens[first + i];
        const QStringView written = text.sliced(token.span.begin, token.span.length());
        const QStringView listed = word(phrase.firstWord + i);
        if (written == listed)
            continue;
        if (!caps || !isCapsWord(written) || written.compare(listed, Qt::CaseInsensitive) != 0)
            return false;
    }
    if (!caps)
        return true;
    // "MALI" in a headline may be Mali; "US" is an acronym, so short words must match exactly.
    int letters = 0;
    for (int i = 0; i < phrase.wordCount; ++i)
        letters += m_words[phrase.firstWord + i].length;
    return letters >= 4;
}

Gazetteer::Match Gazetteer::longestMatch(QStringView text, const QList<Token> &tokens,
                                         int first) const
{
    if (first < 0 || first >= tokens.size())
        return {};
    const Token &token = tokens[first];
    const QStringView firstWord = text.sliced(token.span.begin, token.span.length());
    auto it = m_byFirstWord.constFind(foldedHash(firstWord));
    if (it == m_byFirstWord.cend())
        return {};
    // Exact case first; the case-insensitive fall-back only when nothing matched as written.
    for (int index : *it) {
        if (matches(m_phrases[index], text, tokens, first, false))
            return {m_phrases[index].wordCount, m_phrases[index].entry};
    }
    if (!inCapsText(text, tokens, first))
        return {};
    for (int index : *it) {
        if (matches(m_phrases[index], text, tokens, first, true))
            return {m_phrases[index].wordCount, m_phrases[index].entry};
    }
    return {};
}

bool Gazetteer::hasPhrase(QStringView text, const QList<Token> &tokens, int first, int count) const
{
    if (first < 0 || count <= 0 || first + count > tokens.size())
        return false;
    const Token &token = tokens[first];
    auto it =
        m_byFirstWord.constFind(foldedHash(text.sliced(token.span.begin, token.span.length())));
    if (it == m_byFirstWord.cend())
        return false;
    for (int index : *it) {
        const Phrase &p = m_phrases[index];
        if (p.wordCount == count && matches(p, text, tokens, first, false))
            return true;
    }
    return false;
}

QHash<QString, int> Gazetteer::usStatesByPostalCode() const
{
    QHash<QString, int> states;
    for (int e = 0; e < size(); ++e) {
        const GazetteerEntry &entry = m_entries.at(e);
        const QStringView iso = entry.value(u"iso");
        if (entry.major == EntityType::Place && entry.minor == u"region" && iso.size() == 5 &&
            iso.startsWith(u"US-"))
            states.insert(iso.sliced(3).toString(), e);
    }
    return states;
}

QList<int> Gazetteer::entriesFor(QStringView phrase) const
{
    const QList<Token> tokens = Tokenizer::tokenize(phrase);
    QList<int> found;
    if (tokens.isEmpty())
        return found;
    auto it = m_byFirstWord.constFind(
        foldedHash(phrase.sliced(tokens[0].span.begin, tokens[0].span.length())));
    if (it != m_byFirstWord.cend()) {
        for (int index : *it) {
            const Phrase &p = m_phrases[index];
            if (p.wordCount == tokens.size() && matches(p, phrase, tokens, 0, false) &&
                !found.contains(p.entry))
                found.append(p.entry);
        }
    }
    if (found.isEmpty() && hasNonAscii(phrase)) {
        const QString folded = withoutDiacritics(phrase);
        if (folded != phrase)
            return entriesFor(folded);
    }
    return found;
}

} // namespace lector
