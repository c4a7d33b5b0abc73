// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entities/nerfeatures.h"

namespace lector {

/// How a document writes its words, as NerFeatures flags of its tokens: lines in capitals or
/// title case (headlines, headings), datelines, and whether a capitalised word is written in
/// lower case (SeenLower) or capitalised mid-sentence (SeenCapitalMid) elsewhere in it.
/// Part of NerFeatures::describe(); allocation-light and thread-safe.
class DocumentCase
{
public:
    /// Marks CapitalsLine, TitleCaseLine and Dateline. Needs the word flags of describeWord().
    static void markLines(const QList<Token> &tokens, std::vector<NerTokenFacts> &facts);
    /// Marks AfterSentenceEnd, SeenCapitalMid and SeenLower. Needs markLines() done.
    static void markDocument(const QList<Token> &tokens, std::vector<NerTokenFacts> &facts);

private:
    static bool isTitleCaseLine(const QList<Token> &tokens, const std::vector<NerTokenFacts> &facts,
                                qsizetype begin, qsizetype end);
};

} // namespace lector
