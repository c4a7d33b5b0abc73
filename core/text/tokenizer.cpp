// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/tokenizer.h"

namespace lector {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

bool isWordChar(QChar c)
{
    // No ASCII character is a mark: English news skips the category look-up (a call into Qt)
    // for its spaces and punctuation.
    if (c.unicode() < 128)
        return c.isLetterOrNumber();
    return c.isLetterOrNumber() || c.isMark();
}

// Scans a word starting at i (a letter); returns its end.
qsizetype scanWord(QStringView text, qsizetype i)
{
    const qsizetype n = text.size();
    // Initials with periods: "U.S.", "U.N.", "J.R.R." (single letters, each with its period).
    if (i + 3 < n && text[i + 1] == u'.' && text[i + 2].isLetter() && text[i + 3] == u'.') {
        qsizetype j = i;
        while (j + 1 < n && text[j].isLetter() && text[j + 1] == u'.')
            j += 2;
        return j;
    }
    qsizetype j = i;
    while (j < n) {
        if (isWordChar(text[j])) {
            ++j;
            continue;
        }
        // The separator first: most words end at a space, whose next character is not looked at.
        if ((isHyphen(text[j]) || isApostrophe(text[j])) && j + 1 < n && isWordChar(text[j + 1])) {
            // "Li's" ends the word before the possessive; "'s" becomes its own token.
            if (isApostrophe(text[j]) && (text[j + 1] == u's' || text[j + 1] == u'S') &&
                (j + 2 >= n || !isWordChar(text[j + 2])))
                break;
            j += 2;
            continue;
        }
        break;
    }
    return j;
}

qsizetype scanNumber(QStringView text, qsizetype i)
{
    const qsizetype n = text.size();
    qsizetype j = i;
    while (j < n) {
        if (text[j].isDigit()) {
            ++j;
            continue;
        }
        const QChar c = text[j];
        if (j + 1 < n && text[j + 1].isDigit() &&
            (c == u'.' || c == u',' || c == u':' || c == u'/' || isHyphen(c))) {
            j += 2;
            continue;
        }
        break;
    }
    while (j < n && text[j].isLetter()) // 11th, 1990s, 5km
        ++j;
    return j;
}

} // namespace

QList<Token> Tokenizer::tokenize(QStringView text)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 5 + 1);
    const qsizetype n = text.size();
    bool atLineStart = true;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c == u'\n') {
            atLineStart = true;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token token;
        token.startsLine = atLineStart;
        atLineStart = false;
        qsizetype end;
        if (c.isDigit()) {
            end = scanNumber(text, i);
            token.kind = TokenKind::Number;
        } else if (c.isLetter()) {
            end = scanWord(text, i);
            token.kind = TokenKind::Word;
        } else if (isApostrophe(c) && i + 1 < n && (text[i + 1] == u's' || text[i + 1] == u'S') &&
                   (i + 2 >= n || !isWordChar(text[i + 2])) && i > 0 && isWordChar(text[i - 1])) {
            end = i + 2; // possessive 's
            token.kind = TokenKind::Word;
        } else if (c.isSurrogate() && i + 1 < n) {
            end = i + 2;
            token.kind = QChar::isLetter(QChar::surrogateToUcs4(c, text[i + 1]))
                             ? TokenKind::Word
                             : TokenKind::Symbol;
        } else {
            end = i + 1;
            token.kind = c.isPunct() ? TokenKind::Punctuation : TokenKind::Symbol;
        }
        token.span = {i, end};
        tokens.append(token);
        i = end;
    }
    return tokens;
}

void Tokenizer::run(const Document &document, Analysis &analysis) const
{
    analysis.tokens = tokenize(document.text);
}

} // namespace lector
