// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon/titlematcher.h"

#include "lexicon/resources.h"
#include "text/tokenizer.h"

#include <algorithm>

namespace lector {

namespace {

Gender parseGender(QStringView text)
{
    if (text == u"m")
        return Gender::Male;
    if (text == u"f")
        return Gender::Female;
    return Gender::Unknown;
}

QStringView tokenText(QStringView text, const Token &token)
{
    return text.sliced(token.span.begin, token.span.length());
}

} // namespace

TitleTable::TitleTable(const Resources &resources)
{
    for (const TsvTable::Row &row : resources.table(QStringLiteral("titles")).rows()) {
        const QString title = row.fields.value(0).trimmed();
        if (title.isEmpty())
            continue;
        m_titles.append({title, parseGender(row.fields.value(1))});
    }
}

QStringList TitleTable::words() const
{
    QStringList out;
    for (const Title &t : m_titles)
        if (!t.title.contains(u' ') && !t.title.contains(u'.'))
            out.append(t.title);
    return out;
}

QStringList TitleTable::lastWords() const
{
    QStringList out;
    for (const Title &t : m_titles) {
        QStringView last = QStringView(t.title).mid(t.title.lastIndexOf(u' ') + 1);
        if (last.endsWith(u'.'))
            last.chop(1);
        if (!last.isEmpty())
            out.append(last.toString());
    }
    return out;
}

QStringList TitleTable::lowerCaseTitles() const
{
    QStringList out;
    for (const Title &t : m_titles)
        if (t.title.contains(u' ') && t.title.front().isLower())
            out.append(t.title);
    return out;
}

TitleMatcher::TitleMatcher(const Resources &resources)
{
    for (const TitleTable::Title &row : resources.titleTable().titles()) {
        Title title;
        title.title = row.title;
        title.gender = row.gender;
        for (const Token &token : Tokenizer::tokenize(title.title))
            title.words.append(tokenText(title.title, token).toString().toLower());
        if (title.words.isEmpty())
            continue;
        m_titleGenders.insert(title.title.toLower(), title.gender);
        const int index = int(m_titles.size());
        m_byLastWord[title.words.constLast()].append(index);
        m_byFirstWord[title.words.constFirst()].append(index);
        m_titles.append(std::move(title));
    }
    auto longestFirst = [this](int a, int b) {
        return m_titles[a].words.size() > m_titles[b].words.size();
    };
    for (QList<int> &list : m_byLastWord)
        std::stable_sort(list.begin(), list.end(), longestFirst);
    for (QList<int> &list : m_byFirstWord)
        std::stable_sort(list.begin(), list.end(), longestFirst);
    m_givenNames = readGivenNames(resources);
}

QHash<QString, Gender> TitleMatcher::readGivenNames(const Resources &resources)
{
    QHash<QString, Gender> names;
    for (const TsvTable::Row &row : resources.table(QStringLiteral("givennames")).rows())
        names.insert(row.fields.value(0), parseGender(row.fields.value(1)));
    return names;
}

bool TitleMatcher::wordsMatch(const Title &title, QStringView text, const QList<Token> &tokens,
                              int first) const
{
    for (int i = 0; i < title.words.size(); ++i) {
        const Token &token = tokens[first + i];
        if (i > 0 && token.startsLine)
            return false;
        if (tokenText(text, token).compare(title.words[i], Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

TitleMatcher::Match TitleMatcher::before(QStringView text, const QList<Token> &tokens, int end,
                                         int limit) const
{
    if (end <= limit || end > tokens.size())
        return {};
    const QString last = tokenText(text, tokens[end - 1]).toString().toLower();
    auto it = m_byLastWord.constFind(last);
    if (it == m_byLastWord.cend())
        return {};
    for (int index : *it) {
        const Title &title = m_titles[index];
        const int first = end - int(title.words.size());
        if (first >= limit && wordsMatch(title, text, tokens, first))
            return {first, end, title.title, title.gender};
    }
    return {};
}

TitleMatcher::Match TitleMatcher::at(QStringView text, const QList<Token> &tokens, int first,
                                     int end) const
{
    if (first < 0 || first >= end || end > tokens.size())
        return {};
    const QString word = tokenText(text, tokens[first]).toString().toLower();
    auto it = m_byFirstWord.constFind(word);
    if (it == m_byFirstWord.cend())
        return {};
    for (int index : *it) {
        const Title &title = m_titles[index];
        const int stop = first + int(title.words.size());
        if (stop <= end && wordsMatch(title, text, tokens, first))
            return {first, stop, title.title, title.gender};
    }
    return {};
}

Gender TitleMatcher::titleGender(QStringView title) const
{
    if (title.isEmpty())
        return Gender::Unknown;
    return m_titleGenders.value(title.toString().toLower(), Gender::Unknown);
}

Gender TitleMatcher::givenNameGender(QStringView name) const
{
    return m_givenNames.value(name.toString(), Gender::Unknown);
}

Gender TitleMatcher::givenNameGender(const QString &name) const
{
    return m_givenNames.value(name, Gender::Unknown);
}

} // namespace lector
