// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis.h"

#include <algorithm>

namespace lector {

/// Puts the mentions back in text order after a rule appended some (stable: mentions of one
/// span keep their order), as every later step expects.
inline void sortMentions(QList<Mention> &mentions)
{
    std::stable_sort(mentions.begin(), mentions.end(),
                     [](const Mention &a, const Mention &b) { return a.span < b.span; });
}

/// Appends the mentions a rule found to the analysis's, in text order.
inline void addMentions(Analysis &analysis, const QList<Mention> &added)
{
    if (added.isEmpty())
        return;
    analysis.mentions.append(added);
    sortMentions(analysis.mentions);
}

/// The index of the token that starts at or contains `offset` (tokens.size() past the last).
inline int tokenAt(const QList<Token> &tokens, qsizetype offset)
{
    return int(std::lower_bound(tokens.cbegin(), tokens.cend(), offset,
                                [](const Token &t, qsizetype o) { return t.span.end <= o; }) -
               tokens.cbegin());
}

} // namespace lector
