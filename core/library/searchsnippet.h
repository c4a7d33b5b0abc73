// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace lector {

/// A team library's search snippet, made by Lector from the article's text instead of by the
/// server's ts_headline(), which parses each body again (half a millisecond for 3 KB, most of a
/// page of 50 results): the stretch of `words` words holding the most words of the query, each
/// [marked], with … where the text was cut, as the SQLite library's FTS5 snippet() gives it.
/// Words match as the `lector` text search configuration matches them: without case and accents,
/// a prefix word (:*) on the start of a word.
class SearchSnippet
{
public:
    /// The words of a tsquery as TsQueryTranslator writes it: each 'quoted', :* for a prefix.
    explicit SearchSnippet(const QString &tsquery);

    QString make(const QString &text, int words = 12) const;

    /// A word as the search compares it: case folded, accents removed.
    static QString folded(const QString &word);

private:
    bool matches(QStringView word) const;

    struct Term
    {
        QString word; ///< folded
        bool prefix = false;
    };
    QList<Term> m_terms;
};

} // namespace lector
