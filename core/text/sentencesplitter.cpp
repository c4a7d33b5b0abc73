// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/sentencesplitter.h"

#include <utility>

namespace lector {

namespace {

bool isClosing(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'\u201D' || c == u'\u2019' || c == u')' || c == u']' ||
           c == u'\u00BB';
}

bool isOpeningQuote(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'\u201C' || c == u'\u2018' || c == u'\u00AB' ||
           c == u'(' || c == u'\u201E';
}

} // namespace

SentenceSplitter::SentenceSplitter(QSet<QString> abbreviations)
    : m_abbreviations(std::move(abbreviations))
{}

bool SentenceSplitter::endsSentence(QStringView text, const QList<Token> &tokens, int i) const
{
    const Token &t = tokens[i];
    const QChar c = text[t.span.begin];
    if (t.span.length() != 1 || (c != u'.' && c != u'!' && c != u'?' && c != u'\u2026'))
        return false;
    // Skip closing quotes and brackets that belong to this sentence.
    int next = i + 1;
    while (next < tokens.size() && tokens[next].span.length() == 1 &&
           isClosing(text[tokens[next].span.begin]) && !tokens[next].startsLine)
        ++next;
    if (next >= tokens.size() || tokens[next].startsLine)
        return true;
    const QChar first = text[tokens[next].span.begin];
    if (!(first.isUpper() || first.isDigit() || isOpeningQuote(first)))
        return false;
    if (c == u'.' && i > 0 && tokens[i - 1].span.end == t.span.begin) {
        const QStringView word = text.mid(tokens[i - 1].span.begin, tokens[i - 1].span.length());
        if (word.size() == 1 && word[0].isUpper())
            return false; // an initial: "J. Smith"
        if (m_abbreviations.contains(word.toString().toLower()))
            return false;
    }
    return true;
}

void SentenceSplitter::run(const Document &document, Analysis &analysis) const
{
    const QStringView text = document.text;
    const QList<Token> &tokens = analysis.tokens;
    analysis.sentences.clear();
    int paragraph = -1;
    int start = 0;
    auto close = [&](int end) {
        if (end <= start)
            return;
        Sentence s;
        s.firstToken = start;
        s.endToken = end;
        s.span = {tokens[start].span.begin, tokens[end - 1].span.end};
        s.paragraph = paragraph;
        analysis.sentences.append(s);
        start = end;
    };
    for (int i = 0; i < tokens.size(); ++i) {
        if (tokens[i].startsLine) {
            close(i);
            ++paragraph;
        }
        if (endsSentence(text, tokens, i)) {
            int end = i + 1;
            while (end < tokens.size() && !tokens[end].startsLine &&
                   tokens[end].span.length() == 1 && isClosing(text[tokens[end].span.begin]))
                ++end;
            i = end - 1;
            close(end);
        }
    }
    close(int(tokens.size()));
}

} // namespace lector
