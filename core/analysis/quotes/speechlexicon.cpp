// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/quotes/speechlexicon.h"

#include "lexicon/resources.h"
#include "lexicon/titlematcher.h"

namespace lector {

namespace {

constexpr qsizetype MaxWord = 32;

// Lower-cases `word` into `buffer`; an empty view when the word is too long to be a lexicon word.
std::u16string_view lowered(QStringView word, char16_t (&buffer)[MaxWord])
{
    if (word.size() >= MaxWord)
        return {};
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word[i].unicode();
        // ASCII inline (QChar::toLower is a call into Qt per character, most of the quote
        // steps' lookups); curly apostrophes read as straight ones, so "didn’t" finds "didn't".
        if (c < 0x80)
            buffer[i] = c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
        else
            buffer[i] = c == u'\u2019' ? u'\'' : char16_t(QChar::toLower(c));
    }
    return std::u16string_view(buffer, size_t(word.size()));
}

std::u16string toKey(const QString &word)
{
    const QString lower = word.toLower();
    return std::u16string(reinterpret_cast<const char16_t *>(lower.constData()),
                          size_t(lower.size()));
}

SpeechLexicon::Frame frameNamed(const QString &name)
{
    if (name == u"tell")
        return SpeechLexicon::Frame::Tell;
    if (name == u"according")
        return SpeechLexicon::Frame::According;
    return SpeechLexicon::Frame::Say;
}

SpeechLexicon::Role roleNamed(const QString &name)
{
    if (name == u"pronoun")
        return SpeechLexicon::Role::Pronoun;
    if (name == u"boundary")
        return SpeechLexicon::Role::Boundary;
    if (name == u"auxiliary")
        return SpeechLexicon::Role::Auxiliary;
    if (name == u"complementizer")
        return SpeechLexicon::Role::Complementizer;
    if (name == u"preposition")
        return SpeechLexicon::Role::Preposition;
    return SpeechLexicon::Role::None;
}

} // namespace

SpeechLexicon::SpeechLexicon(const Resources &resources, GivenNames givenNames)
{
    for (const TsvTable::Row &row : resources.table(QStringLiteral("speechcues")).rows()) {
        const QStringList words = row.fields.value(0).split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        CueEntry entry;
        for (qsizetype i = 1; i < words.size(); ++i)
            entry.rest.push_back(toKey(words[i]));
        entry.frame = frameNamed(row.fields.value(2));
        entry.lemma = row.fields.value(1, words.first());
        entry.bare = row.fields.value(3) == u"yes" || row.fields.value(3) == u"count";
        entry.countedObject = row.fields.value(3) == u"count";
        m_cues[toKey(words.first())].push_back(std::move(entry));
    }
    for (const TsvTable::Row &row : resources.table(QStringLiteral("quote_words")).rows()) {
        if (row.fields.value(1) == u"group") {
            m_groupNouns.insert(toKey(row.fields.value(0)));
            continue;
        }
        if (row.fields.value(1) == u"function") {
            m_functionWords.insert(row.fields.value(0).toLower());
            m_determiners.insert(toKey(row.fields.value(0)));
            continue;
        }
        if (row.fields.value(1) == u"particle") {
            m_functionWords.insert(row.fields.value(0).toLower());
            continue;
        }
        if (row.fields.value(1) == u"person") {
            m_personNouns.insert(toKey(row.fields.value(0)));
            continue;
        }
        if (row.fields.value(1) == u"quantity") {
            m_quantities.insert(toKey(row.fields.value(0)));
            continue;
        }
        if (row.fields.value(1) == u"office") {
            m_officePrepositions.insert(row.fields.value(0));
            continue;
        }
        if (row.fields.value(1) == u"relative") {
            m_personRelatives.insert(toKey(row.fields.value(0)));
            continue;
        }
        if (row.fields.value(1) == u"content") {
            m_contentNouns.insert(toKey(row.fields.value(0)));
            continue;
        }
        if (row.fields.value(1) == u"verb") {
            m_finiteVerbs.insert(toKey(row.fields.value(0)));
            continue;
        }
        if (row.fields.value(1) == u"empty") {
            m_emptyObjects.insert(toKey(row.fields.value(0)));
            continue;
        }
        WordEntry entry;
        entry.role = roleNamed(row.fields.value(1));
        const QString gender = row.fields.value(2);
        entry.gender = gender == u"male"     ? Gender::Male
                       : gender == u"female" ? Gender::Female
                                             : Gender::Unknown;
        entry.beforeNoun = row.fields.value(1) == u"possessive";
        m_words.try_emplace(toKey(row.fields.value(0)), entry);
    }
    m_placePrepositions = resources.wordSet(QStringLiteral("placepreps"));
    for (const QString &title : resources.titleTable().words())
        m_titleWords.insert(toKey(title));
    if (givenNames == GivenNames::Read)
        readGivenNames(resources);
    for (const auto &[key, entry] : m_words) {
        Facts &facts = m_facts[key];
        facts.role = entry.role;
        facts.gender = entry.gender;
        facts.determiner = entry.beforeNoun;
    }
    for (const std::u16string &key : m_determiners)
        m_facts[key].determiner = true;
    for (const std::u16string &key : m_personNouns)
        m_facts[key].personNoun = true;
}

void SpeechLexicon::readGivenNames(const Resources &resources)
{
    const auto key = [](QStringView name) {
        return std::u16string(reinterpret_cast<const char16_t *>(name.utf16()),
                              size_t(name.size()));
    };
    const QHash<QString, Gender> given = TitleMatcher::readGivenNames(resources);
    // usnamegenders.tsv adds 12,340 names (fewer where givennames.tsv has them).
    m_givenNames.reserve(size_t(given.size()) + 12'340);
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        m_givenNames.emplace(key(it.key()), it.value());
    // usnamegenders.tsv: one row per gender and initial, its names separated by spaces; a name
    // givennames.tsv holds keeps that gender.
    for (const TsvTable::Row &row : resources.table(QStringLiteral("usnamegenders")).rows()) {
        const Gender gender = row.fields.value(0) == u"m" ? Gender::Male : Gender::Female;
        const QString names = row.fields.value(2);
        for (QStringView name : QStringView(names).tokenize(u' ', Qt::SkipEmptyParts))
            m_givenNames.try_emplace(key(name), gender);
    }
}

SpeechLexicon::Cue SpeechLexicon::cueAt(QStringView text, const QList<Token> &tokens, int i) const
{
    if (i < 0 || i >= tokens.size() || tokens[i].kind != TokenKind::Word)
        return {};
    char16_t buffer[MaxWord];
    const Span first = tokens[i].span;
    auto it = m_cues.find(lowered(text.mid(first.begin, first.length()), buffer));
    if (it == m_cues.end())
        return {};
    for (const CueEntry &entry : it->second) {
        bool matches = i + int(entry.rest.size()) < tokens.size();
        for (size_t k = 0; matches && k < entry.rest.size(); ++k) {
            const Span s = tokens[i + 1 + int(k)].span;
            matches = lowered(text.mid(s.begin, s.length()), buffer) == entry.rest[k];
        }
        if (matches)
            return Cue{entry.frame, 1 + int(entry.rest.size()), entry.bare, entry.countedObject,
                       entry.lemma};
    }
    return {};
}

SpeechLexicon::Role SpeechLexicon::role(QStringView word) const
{
    char16_t buffer[MaxWord];
    auto it = m_words.find(lowered(word, buffer));
    return it == m_words.end() ? Role::None : it->second.role;
}

Gender SpeechLexicon::pronounGender(QStringView word) const
{
    char16_t buffer[MaxWord];
    auto it = m_words.find(lowered(word, buffer));
    return it == m_words.end() ? Gender::Unknown : it->second.gender;
}

SpeechLexicon::Facts SpeechLexicon::facts(QStringView word) const
{
    char16_t buffer[MaxWord];
    const std::u16string_view key = lowered(word, buffer);
    const auto it = m_facts.find(key);
    if (it == m_facts.end())
        return {};
    // A word too long for the buffer comes back empty, and no lexicon word is empty.
    return it->second;
}

bool SpeechLexicon::isQuantity(QStringView word) const
{
    return (!word.isEmpty() && word.front().isDigit()) || containsLower(m_quantities, word);
}

bool SpeechLexicon::isDeterminer(QStringView word) const
{
    char16_t buffer[MaxWord];
    const std::u16string_view key = lowered(word, buffer);
    if (key.empty())
        return false;
    const auto it = m_words.find(key);
    return (it != m_words.end() && it->second.beforeNoun) ||
           m_determiners.find(key) != m_determiners.end();
}

bool SpeechLexicon::containsLower(const WordSet &set, QStringView word)
{
    char16_t buffer[MaxWord];
    const std::u16string_view key = lowered(word, buffer);
    return !key.empty() && set.find(key) != set.end();
}

Gender SpeechLexicon::genderOfWord(QStringView word, QStringView next) const
{
    char16_t buffer[MaxWord];
    auto it = m_words.find(lowered(word, buffer));
    if (it == m_words.end())
        return Gender::Unknown;
    if (it->second.beforeNoun &&
        (next.isEmpty() || !next.front().isLower() || role(next) != Role::None ||
         m_functionWords.contains(next.toString())))
        return Gender::Unknown;
    return it->second.gender;
}

} // namespace lector
