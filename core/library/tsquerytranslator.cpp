// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/tsquerytranslator.h"

#include <QList>
#include <QStringList>

namespace lector {

namespace {

struct Token
{
    enum Kind { Word, Phrase, Open, Close, Comma, And, Or, Not, Near, End } kind = End;
    QString text;
    bool prefix = false;
    bool unclosed = false; ///< a phrase without its closing quote
};

QList<Token> lex(const QString &q)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < q.size()) {
        const QChar c = q[i];
        if (c == u'"') {
            const qsizetype close = q.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? q.size() : close;
            Token t{Token::Phrase, q.mid(i + 1, end - i - 1), false, close < 0};
            i = end + 1;
            if (i < q.size() && q[i] == u'*') {
                t.prefix = true;
                ++i;
            }
            tokens.append(t);
        } else if (c == u'(' || c == u')' || c == u',') {
            tokens.append({c == u'('   ? Token::Open
                           : c == u')' ? Token::Close
                                       : Token::Comma,
                           {},
                           false,
                           false});
            ++i;
        } else if (c.isLetterOrNumber()) {
            qsizetype end = i;
            while (end < q.size() && q[end].isLetterOrNumber())
                ++end;
            Token t{Token::Word, q.mid(i, end - i), false, false};
            i = end;
            if (i < q.size() && q[i] == u'*') {
                t.prefix = true;
                ++i;
            }
            if (!t.prefix && t.text == u"AND")
                t.kind = Token::And;
            else if (!t.prefix && t.text == u"OR")
                t.kind = Token::Or;
            else if (!t.prefix && t.text == u"NOT")
                t.kind = Token::Not;
            else if (!t.prefix && t.text == u"NEAR" && i < q.size() && q[i] == u'(')
                t.kind = Token::Near;
            tokens.append(t);
        } else {
            ++i; // punctuation and spaces separate words, as FTS5's tokenizer does
        }
    }
    tokens.append({Token::End, {}, false, false});
    return tokens;
}

// A lexeme of letters and digits only, quoted; ":*" for a prefix.
QString lexeme(const QString &word, bool prefix)
{
    return u'\'' + word + (prefix ? u"':*"_qs : u"'"_qs);
}

// The words of a phrase ("a b* c"), each a lexeme, in order. An unclosed phrase is not FTS5
// syntax: as the SQLite library's plain-words retry, it keeps its words but not AND, OR, NOT.
QStringList phraseLexemes(const QString &text, bool lastIsPrefix, bool unclosed = false)
{
    QStringList lexemes;
    const QList<Token> tokens = lex(text);
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        const Token &t = tokens[k];
        if (t.kind == Token::End)
            break;
        if (t.kind == Token::Phrase || t.text.isEmpty() || (unclosed && t.kind != Token::Word))
            continue;
        lexemes.append(lexeme(t.text, t.prefix));
    }
    if (lastIsPrefix && !lexemes.isEmpty() && !lexemes.last().endsWith(u":*"))
        lexemes.last() += u":*"_qs;
    return lexemes;
}

class Parser
{
public:
    explicit Parser(QList<Token> tokens)
        : m_tokens(std::move(tokens))
    {}

    QString parse()
    {
        QString result;
        // Stray closing parentheses and operators are skipped where a term is expected.
        while (peek().kind != Token::End) {
            const QString part = orExpr();
            if (!part.isEmpty())
                result = result.isEmpty() ? part : result + u" & "_qs + part;
            if (peek().kind != Token::End)
                ++m_pos;
        }
        return result;
    }

private:
    const Token &peek() const { return m_tokens[m_pos]; }

    QString orExpr()
    {
        QStringList parts;
        for (;;) {
            const QString part = andExpr();
            if (!part.isEmpty())
                parts.append(part);
            if (peek().kind != Token::Or)
                break;
            ++m_pos;
        }
        return parts.size() > 1 ? u'(' + parts.join(u" | "_qs) + u')' : parts.value(0);
    }

    static bool startsTerm(Token::Kind k)
    {
        return k == Token::Word || k == Token::Phrase || k == Token::Open || k == Token::Near;
    }

    QString andExpr()
    {
        QStringList parts;
        for (;;) {
            if (peek().kind == Token::And) {
                ++m_pos;
                continue;
            }
            if (!startsTerm(peek().kind) && peek().kind != Token::Not)
                break;
            const QString part = notExpr();
            if (!part.isEmpty())
                parts.append(part);
        }
        return parts.size() > 1 ? u'(' + parts.join(u" & "_qs) + u')' : parts.value(0);
    }

    QString notExpr()
    {
        QString left = startsTerm(peek().kind) ? primary() : QString();
        while (peek().kind == Token::Not) {
            ++m_pos;
            const QString right = startsTerm(peek().kind) ? primary() : QString();
            if (right.isEmpty())
                continue;
            left = left.isEmpty() ? QString(u"!"_qs + right)
                                  : QString(u'(' + left + u" & !"_qs + right + u')');
        }
        return left;
    }

    QString primary()
    {
        const Token t = peek();
        ++m_pos;
        switch (t.kind) {
        case Token::Word:
            return lexeme(t.text, t.prefix);
        case Token::Phrase: {
            const QStringList words = phraseLexemes(t.text, t.prefix, t.unclosed);
            if (t.unclosed)
                return words.size() > 1 ? u'(' + words.join(u" & "_qs) + u')' : words.value(0);
            return words.size() > 1 ? u'(' + words.join(u" <-> "_qs) + u')' : words.value(0);
        }
        case Token::Open: {
            const QString inner = orExpr();
            if (peek().kind == Token::Close)
                ++m_pos;
            return inner;
        }
        case Token::Near:
            return near();
        default:
            return {};
        }
    }

    // NEAR(a b c, N): the phrases inside, then an optional distance.
    QString near()
    {
        ++m_pos; // '('
        QStringList terms;
        int distance = 10;
        while (peek().kind != Token::End && peek().kind != Token::Close) {
            const Token t = peek();
            ++m_pos;
            if (t.kind == Token::Comma && peek().kind == Token::Word) {
                bool ok = false;
                const int n = peek().text.toInt(&ok);
                if (ok)
                    distance = std::clamp(n, 0, 100);
                ++m_pos;
            } else if (t.kind == Token::Word) {
                terms.append(lexeme(t.text, t.prefix));
            } else if (t.kind == Token::Phrase) {
                const QStringList words = phraseLexemes(t.text, t.prefix);
                if (!words.isEmpty())
                    terms.append(words.size() > 1 ? u'(' + words.join(u" <-> "_qs) + u')'
                                                  : words.first());
            }
        }
        if (peek().kind == Token::Close)
            ++m_pos;
        if (terms.size() != 2)
            return terms.size() > 1 ? u'(' + terms.join(u" & "_qs) + u')' : terms.value(0);
        // FTS5 counts the words between the two; <d> counts positions from one to the other.
        QStringList alternatives;
        for (int d = 1; d <= distance + 1; ++d) {
            const QString op = QStringLiteral(" <%1> ").arg(d);
            alternatives.append(terms[0] + op + terms[1]);
            alternatives.append(terms[1] + op + terms[0]);
        }
        return u'(' + alternatives.join(u" | "_qs) + u')';
    }

    QList<Token> m_tokens;
    qsizetype m_pos = 0;
};

} // namespace

QString TsQueryTranslator::translate(const QString &query)
{
    return Parser(lex(query)).parse();
}

QString TsQueryTranslator::loosened(const QString &tsquery)
{
    QString loose;
    loose.reserve(tsquery.size());
    bool quoted = false;
    for (qsizetype i = 0; i < tsquery.size(); ++i) {
        const QChar c = tsquery[i];
        if (c == u'\'') // '' inside a quoted word is an escaped quote: two toggles
            quoted = !quoted;
        if (quoted || c == u'\'') {
            loose += c;
            continue;
        }
        if (c == u'!')
            return tsquery;
        if (c == u'<') {
            const qsizetype close = tsquery.indexOf(u'>', i);
            if (close < 0)
                return tsquery;
            loose += u'&';
            i = close;
            continue;
        }
        loose += c;
    }
    return loose;
}

namespace {

// A token of a normalised tsquery: a quoted lexeme with its suffix (":*", weights), or an
// operator or parenthesis as written.
struct QueryToken
{
    QString text;
    bool lexeme = false;
    int distance = 0; ///< N of a phrase operator <N> (<-> is 1), else 0
};

QList<QueryToken> queryTokens(const QString &q)
{
    QList<QueryToken> tokens;
    for (qsizetype i = 0; i < q.size();) {
        const QChar c = q[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == u'\'') {
            qsizetype end = i + 1;
            for (; end < q.size(); ++end) {
                if (q[end] == u'\\') {
                    ++end; // an escaped character
                } else if (q[end] == u'\'') {
                    if (end + 1 < q.size() && q[end + 1] == u'\'')
                        ++end; // '' is a quote inside the lexeme
                    else
                        break;
                }
            }
            ++end; // the closing quote
            if (end < q.size() && q[end] == u':')
                while (end < q.size() && !q[end].isSpace() && q[end] != u')')
                    ++end;
            tokens.append({q.mid(i, end - i), true, 0});
            i = end;
        } else if (c == u'<') {
            const qsizetype close = q.indexOf(u'>', i);
            if (close < 0)
                return {};
            const QString inner = q.mid(i + 1, close - i - 1);
            tokens.append({q.mid(i, close - i + 1), false, inner == u"-" ? 1 : inner.toInt()});
            i = close + 1;
        } else {
            tokens.append({QString(c), false, 0});
            ++i;
        }
    }
    return tokens;
}

// The pair lexeme of two quoted lexemes ('a' and 'b' or 'b':*), or empty when the first is a
// prefix or either has weights (a pair has no position, so no weight).
QString pairOf(const QString &first, const QString &second)
{
    if (!first.endsWith(u'\'') || !(second.endsWith(u'\'') || second.endsWith(u"':*")))
        return {};
    // '~*' marks an article too long for its pairs to be indexed (schema 7): it may hold any.
    const qsizetype close = second.lastIndexOf(u'\'');
    return u"( '~"_qs + first.mid(1, first.size() - 2) + u' ' + second.mid(1, close - 1) + u'\'' +
           second.mid(close + 1) + u" | '~*' )"_qs;
}

} // namespace

QString TsQueryTranslator::pairLoosened(const QString &normalized, bool withPairs)
{
    const QList<QueryToken> tokens = queryTokens(normalized);
    if (tokens.isEmpty())
        return normalized;
    QStringList out;
    bool changed = false;
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        const QueryToken &t = tokens[k];
        if (!t.lexeme && t.text == u"!")
            return normalized; // a NOT: the query as it is (see loosened())
        if (t.distance == 0) {
            out.append(t.text);
            continue;
        }
        out.append(u"&"_qs);
        changed = true;
        if (withPairs && t.distance == 1 && k > 0 && k + 1 < tokens.size() &&
            tokens[k - 1].lexeme && tokens[k + 1].lexeme) {
            if (const QString pair = pairOf(tokens[k - 1].text, tokens[k + 1].text);
                !pair.isEmpty())
                out << pair << u"&"_qs;
        }
    }
    return changed ? out.join(u' ') : normalized;
}

} // namespace lector
