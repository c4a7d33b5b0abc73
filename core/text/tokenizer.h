// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis.h"
#include "model/document.h"

#include <QStringView>

namespace lector {

/// Splits the text into tokens.
///
/// The Pipeline runs it as the "tokens" step (analysis/textanalysers.h).
/// Requires: nothing. Adds: Analysis::tokens, sorted, non-overlapping, never empty.
/// Rules: a word is letters and digits with inner hyphens ("six-day") and inner apostrophes
/// ("O'Brien"), but a possessive "'s" is a token of its own ("Li" "'s"); initials keep their
/// periods ("U.S."); a number keeps inner separators ("1,000", "3.5", "2023-08-17") and a
/// letter suffix ("11th", "1990s"); every other non-space character is a token by itself.
class Tokenizer final
{
public:
    void run(const Document &document, Analysis &analysis) const;

    static QList<Token> tokenize(QStringView text);

    /// Whether `token` is the possessive ending the tokenizer splits off a name ("Li" "'s"),
    /// with a straight or a curly apostrophe.
    static bool isPossessiveEnding(QStringView token)
    {
        return token == u"'s" || token == u"\u2019s";
    }
    /// The same, or a bare apostrophe after a plural ("the ministers' trip").
    static bool isPossessiveMark(QStringView token)
    {
        return isPossessiveEnding(token) || token == u"'" || token == u"\u2019";
    }
    /// Whether `token` is a dash as a dateline or an aside writes it: "-", "--", an en or an em
    /// dash.
    static bool isDash(QStringView token)
    {
        return token == u"-" || token == u"--" || token == u"\u2013" || token == u"\u2014";
    }
};

} // namespace lector
