// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lector {

/// The Library dock's search syntax (SQLite FTS5's: words, "phrases", prefix*, AND, OR, NOT,
/// parentheses, NEAR(a b) and NEAR(a b, N)) written as a PostgreSQL tsquery, for to_tsquery()
/// on a team library. Words keep only letters and digits and are quoted, so nothing the user
/// types can be tsquery syntax of its own; whatever cannot be parsed is left out rather than
/// failing (an unmatched parenthesis, a dangling operator), as the SQLite library retries a
/// query FTS5 refuses as plain words. NEAR(a b, N) becomes "a and b at most N words apart,
/// in either order" (FTS5's default N is 10); with more than two terms it is all of them.
class TsQueryTranslator
{
public:
    /// The tsquery text, empty when the query holds no word.
    static QString translate(const QString &query);
    /// The tsquery `tsquery` with each phrase or distance operator (<->, <N>) made an AND: it
    /// matches every article the query matches, and the GIN index answers it without reading
    /// any article's vector (a phrase must be checked on the vector itself). The query itself
    /// when nothing changes, or when it holds a NOT (whose phrase, made an AND, would match
    /// fewer articles).
    static QString loosened(const QString &tsquery);
    /// As loosened(), for a query as the server normalised it (to_tsquery(...)::text: quoted
    /// lexemes, operators spaced), and with each pair of lexemes joined by <-> (a phrase's next
    /// word) also required as the lexeme '~first second' that a team library's index holds for
    /// every pair of adjacent words (schema 7), or else '~*' (an article whose pairs were too
    /// many to index); a phrase's last word may be a prefix ('~a b':*).
    /// Every article the query matches holds those pairs, and the index answers them, so a
    /// phrase of common words leaves few articles to check. With `withPairs` false, loosened().
    static QString pairLoosened(const QString &normalized, bool withPairs = true);
};

} // namespace lector
