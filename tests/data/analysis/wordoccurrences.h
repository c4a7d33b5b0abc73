// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the analysis tests put hand-made mentions: every whole-word occurrence of some words.

#include "model/analysis.h"

#include <QList>
#include <QString>

namespace lector::test {

/// Whether `pos` is outside `text` or not a letter or digit.
inline bool isWordBoundary(const QString &text, qsizetype pos)
{
    return pos <= 0 || pos >= text.size() || !text.at(pos).isLetterOrNumber();
}

/// Every occurrence of `words` in `text` that starts and ends at a word boundary.
inline QList<Span> occurrences(const QString &text, const QString &words)
{
    QList<Span> out;
    for (qsizetype at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
        const qsizetype end = at + words.size();
        if (isWordBoundary(text, at - 1) && isWordBoundary(text, end))
            out.append(Span{at, end});
    }
    return out;
}

} // namespace lector::test
